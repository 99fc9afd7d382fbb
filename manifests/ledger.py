"""The decision ledger and the rejects file: their columns, reading them, and what they add up to.

Counts and distributions in a manifest are computed here, from the same files `verify` re-reads,
so a manifest built by `scan_dataset` always agrees with its own verification.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import polars as pl

from manifests.errors import ManifestError
from manifests.stats import bin_edges, histogram

ACTIONS = ("keep", "drop", "contextualize", "tag", "upsample", "rewrite")
# What each action writes: drop writes nothing, upsample writes k >= 1 copies, the rest one document.
SINGLE_COPY_ACTIONS = frozenset({"keep", "contextualize", "tag", "rewrite"})
DEFAULT_FLAGGED_LABELS = ("misaligned_ai_fiction", "misaligned_ai_discourse")
SCORE_PREFIX = "score_"
STAGE_PREFIX = "stage_"

REQUIRED_COLUMNS = {
    "id": pl.String,
    "source": pl.String,
    "line": pl.Int64,
    "label": pl.String,
    "action": pl.String,
    "output": pl.String,
    "copies": pl.Int32,
}


def check_columns(frame: pl.DataFrame, where: str) -> list[str]:
    """Problems with a ledger's columns: missing ones, wrong types, no score columns.

    Args:
        frame: the ledger.
        where: its path, for messages.
    """
    problems = []
    for name, dtype in REQUIRED_COLUMNS.items():
        if name not in frame.columns:
            problems.append(f"{where}: missing column {name!r}")
        elif frame.schema[name] != dtype and not (name == "output" and frame.schema[name] == pl.Null):
            problems.append(f"{where}: column {name!r} is {frame.schema[name]}, expected {dtype}")
    for name in frame.columns:
        if name.startswith((SCORE_PREFIX, STAGE_PREFIX)) and frame.schema[name] not in (
            pl.Float32,
            pl.Float64,
        ):
            problems.append(f"{where}: column {name!r} is {frame.schema[name]}, expected Float32")
    if not any(c.startswith(SCORE_PREFIX) for c in frame.columns):
        problems.append(f"{where}: no score_<label> columns")
    return problems


def read_ledger(root: Path, paths: list[str]) -> pl.DataFrame:
    """All ledger files of a dataset as one frame, in file order.

    Args:
        root: the directory holding manifest.json.
        paths: ledger files relative to `root`.
    """
    frames = []
    for rel in paths:
        path = root / rel
        if not path.is_file():
            raise ManifestError(f"{rel}: ledger file not found under {root}")
        try:
            frame = pl.read_parquet(path)
        except Exception as exc:  # polars raises several kinds for a bad file
            raise ManifestError(f"{rel}: not a readable parquet file ({exc.__class__.__name__})") from exc
        problems = check_columns(frame, rel)
        if problems:
            raise ManifestError(problems[0])
        frames.append(frame)
    if not frames:
        return pl.DataFrame(schema=REQUIRED_COLUMNS)
    return pl.concat(frames, how="diagonal_relaxed")


def ledger_rows(path: Path) -> int:
    """Rows in one ledger file, from its parquet footer."""
    return pl.scan_parquet(path).select(pl.len()).collect().item()


def read_rejects(path: Path) -> list[dict]:
    """The rejects file as a list of {"source", "line", "id", "reason"}; an absent file is no rejects.

    Args:
        path: the rejects.jsonl file.
    """
    if not path.is_file():
        return []
    rows = []
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                row = orjson.loads(raw)
            except orjson.JSONDecodeError as exc:
                raise ManifestError(f"{path.name}:{number}: not valid JSON ({exc})") from exc
            if not isinstance(row, dict) or "reason" not in row or "source" not in row:
                raise ManifestError(f"{path.name}:{number}: expected an object with 'source' and 'reason'")
            rows.append(row)
    return rows


def labels_of(frame: pl.DataFrame) -> list[str]:
    """Labels named by the score_<label> columns, in column order."""
    return [c[len(SCORE_PREFIX) :] for c in frame.columns if c.startswith(SCORE_PREFIX)]


def stages_of(frame: pl.DataFrame) -> list[str]:
    """Stages named by the stage_<name> columns, in column order."""
    return [c[len(STAGE_PREFIX) :] for c in frame.columns if c.startswith(STAGE_PREFIX)]


def conservation(frame: pl.DataFrame, rejects: list[dict]) -> dict:
    """The conservation equation: every input line is kept, contextualized, tagged, dropped or rejected.

    `kept` includes upsampled originals and `contextualized` includes rewrites; the extra upsample
    copies are their own figure, so `written = kept + contextualized + tagged + upsample_copies`.

    Args:
        frame: the ledger.
        rejects: the rejects rows.
    """
    actions = Counter(frame["action"].to_list())
    copies = frame.filter(pl.col("action") == "upsample")["copies"].sum() if len(frame) else 0
    figures = {
        "kept": actions["keep"] + actions["upsample"],
        "contextualized": actions["contextualize"] + actions["rewrite"],
        "tagged": actions["tag"],
        "dropped": actions["drop"],
        "rejected": len(rejects),
        "upsample_copies": int(copies or 0) - actions["upsample"],
    }
    figures["read"] = len(frame) + len(rejects)
    figures["written"] = int(frame["copies"].sum() or 0) if len(frame) else 0
    figures["equation"] = (
        f"read {figures['read']} = kept {figures['kept']} + contextualized {figures['contextualized']}"
        f" + tagged {figures['tagged']} + dropped {figures['dropped']} + rejected {figures['rejected']}"
    )
    figures["written_equation"] = (
        f"written {figures['written']} = kept {figures['kept']} + contextualized {figures['contextualized']}"
        f" + tagged {figures['tagged']} + upsample copies {figures['upsample_copies']}"
    )
    return figures


def conservation_problems(figures: dict, where: str = "counts.conservation") -> list[str]:
    """Where the two equations of a conservation block fail (each a one-line message)."""
    problems = []
    try:
        parts = ("kept", "contextualized", "tagged", "dropped", "rejected")
        total = sum(figures[k] for k in parts)
        if figures["read"] != total:
            problems.append(f"{where}: {figures['equation']} does not hold (right side is {total})")
        written = figures["kept"] + figures["contextualized"] + figures["tagged"] + figures["upsample_copies"]
        if figures["written"] != written:
            problems.append(f"{where}: {figures['written_equation']} does not hold (right side is {written})")
    except (KeyError, TypeError) as exc:
        problems.append(f"{where}: incomplete ({exc})")
    return problems


def counts(frame: pl.DataFrame, rejects: list[dict]) -> dict:
    """The `counts` section: documents by label x action, by label, by action, rejects by reason,
    and the conservation equation.

    Args:
        frame: the ledger.
        rejects: the rejects rows.
    """
    by_label_action: dict[str, dict[str, int]] = {}
    for (label, action), n in sorted(
        Counter(zip(frame["label"].to_list(), frame["action"].to_list())).items()
    ):
        by_label_action.setdefault(label, {})[action] = n
    return {
        "by_label_action": by_label_action,
        "by_label": dict(sorted(Counter(frame["label"].to_list()).items())),
        "by_action": dict(sorted(Counter(frame["action"].to_list()).items())),
        "rejects_by_reason": dict(sorted(Counter(str(r["reason"]) for r in rejects).items())),
        "conservation": conservation(frame, rejects),
    }


def distributions(
    frame: pl.DataFrame,
    rejects: list[dict],
    bins: int | list[float] = 20,
    flagged_labels: tuple[str, ...] | list[str] = DEFAULT_FLAGGED_LABELS,
) -> dict:
    """The `distributions` section: score histograms by assigned label, stage-score histograms by
    stage and label, and the share of documents flagged per input shard.

    Args:
        frame: the ledger.
        rejects: the rejects rows (rejected lines count as read in their shard, never as flagged).
        bins: a number of equal bins over [0, 1], or explicit edges.
        flagged_labels: labels that count as flagged.
    """
    edges = bin_edges(bins)
    labels = sorted(set(frame["label"].to_list()))
    scores: dict[str, dict[str, list[int]]] = {}
    stages: dict[str, dict[str, dict]] = {s: {} for s in stages_of(frame)}
    for label in labels:
        part = frame.filter(pl.col("label") == label)
        scores[label] = {
            name: histogram(part[SCORE_PREFIX + name].to_list(), edges) for name in labels_of(frame)
        }
        for stage in stages:
            values = part[STAGE_PREFIX + stage].drop_nulls().drop_nans().to_list()
            stages[stage][label] = {"ran": len(values), "histogram": histogram(values, edges)}
    read = Counter(frame["source"].to_list())
    read.update(str(r["source"]) for r in rejects)
    flagged = Counter(frame.filter(pl.col("label").is_in(list(flagged_labels)))["source"].to_list())
    by_shard = {
        source: {"documents": n, "flagged": flagged[source], "share": flagged[source] / n if n else 0.0}
        for source, n in sorted(read.items())
    }
    return {
        "bins": edges,
        "flagged_labels": sorted(flagged_labels),
        "scores": scores,
        "stages": stages,
        "flagged_by_shard": by_shard,
    }
