"""Histograms with fixed, recorded bin edges, so two manifests' distributions line up bin by bin."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from manifests.errors import ManifestError


def bin_edges(bins: int | Sequence[float], low: float = 0.0, high: float = 1.0) -> list[float]:
    """Edges for `bins` equal bins over [low, high], or the given edges checked for order.

    Args:
        bins: a number of bins, or explicit increasing edges.
        low: lower end when `bins` is a number.
        high: upper end when `bins` is a number.
    """
    if isinstance(bins, int):
        if bins < 1:
            raise ManifestError(f"bins: {bins} must be at least 1")
        return [round(low + (high - low) * i / bins, 12) for i in range(bins + 1)]
    edges = [float(e) for e in bins]
    if len(edges) < 2 or any(b <= a for a, b in zip(edges, edges[1:])):
        raise ManifestError(f"bins: edges {edges} must be at least two increasing numbers")
    return edges


def histogram(values: Iterable[float | None], bins: int | Sequence[float] = 20) -> list[int]:
    """Counts per bin. Bins are [e_i, e_i+1), the last one closed; values outside are counted
    in the end bins (scores are probabilities, so this only absorbs rounding); None and NaN are skipped.

    Args:
        values: the numbers.
        bins: a number of equal bins over [0, 1], or explicit increasing edges.
    """
    edges = np.asarray(bin_edges(bins), dtype=np.float64)
    data = np.asarray([v for v in values if v is not None], dtype=np.float64)
    data = data[~np.isnan(data)]
    data = np.clip(data, edges[0], edges[-1])
    counts, _ = np.histogram(data, bins=edges)
    return [int(c) for c in counts]
