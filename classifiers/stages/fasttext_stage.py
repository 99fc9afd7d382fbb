"""The fastText stage: a supervised four-label model, classified chunk by chunk.

Every document is classified whole. One longer than `whole_chars` characters (after normalisation;
3,000 characters is about 500 words) is also cut at spaces into windows of `chunk_chars` characters
overlapping by `chunk_overlap`, and each window is classified. The document keeps its whole-text
probabilities unless they say `other` while its most salient window (the one least likely `other`)
does not: then it takes that window's (`classifiers.text.whole_or_window`). A narrative deep in an
unrelated page is found instead of averaged away, while an AI-themed document is still judged whole.
"""

from __future__ import annotations

from itertools import chain
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from classifiers.labels import LABELS, MISALIGNED_COLUMNS
from classifiers.registry import MODELS_DIR, Stage, StageOutput, register
from classifiers.text import chunk_chars, normalize, whole_or_window

PREFIX = "__label__"
_COLUMN = {PREFIX + label: i for i, label in enumerate(LABELS)}


@register("fasttext")
class FastTextStage(Stage):
    """Four-label fastText classifier over windows of `chunk_chars` characters."""

    defaults: ClassVar[dict[str, Any]] = {
        "model": "fasttext.ftz",
        "whole_chars": 3000,
        "chunk_chars": 1000,
        "chunk_overlap": 250,
    }

    def __init__(self, options: dict | None = None, models_dir: Path = MODELS_DIR):
        super().__init__(options, models_dir)
        import fasttext

        fasttext.FastText.eprint = lambda *args, **kw: None  # silence the load-time warning
        path = self.resolve(self.options["model"])
        if not path.is_file():
            raise FileNotFoundError(f"classifiers stage 'fasttext': model file {path} not found")
        self.model = fasttext.load_model(str(path))

    def model_files(self):
        return {"model": self.resolve(self.options["model"])}

    def run(self, texts: list[str]) -> StageOutput:
        probs = self.predict_probs(texts)
        return StageOutput(scores=probs[:, list(MISALIGNED_COLUMNS)].sum(axis=1).tolist(), probs=probs)

    def predict_probs(self, texts: list[str]) -> np.ndarray:
        """(n, 4) label probabilities, one row per text."""
        whole, size, overlap = (
            self.options["whole_chars"],
            self.options["chunk_chars"],
            self.options["chunk_overlap"],
        )
        lines = [normalize(text) for text in texts]
        windows, owner = [], []
        for i, line in enumerate(lines):
            if len(line) > whole:
                chunks = chunk_chars(line, size, overlap)
                windows += chunks
                owner += [i] * len(chunks)
        probs = self._predict_lines(lines)
        return whole_or_window(probs, self._predict_lines(windows), owner) if windows else probs

    def _predict_lines(self, lines: list[str]) -> np.ndarray:
        """(n, 4) probabilities; uniform for a line with no word fastText knows (it returns no labels)."""
        labels, probs = self.model.f.multilinePredict(lines, len(LABELS), 0.0, "strict")
        out = np.full((len(lines), len(LABELS)), 1.0 / len(LABELS))
        known = [i for i, names in enumerate(labels) if names]
        if known:
            flat = map(_COLUMN.__getitem__, chain.from_iterable(labels[i] for i in known))
            cols = np.fromiter(flat, dtype=np.int64, count=len(known) * len(LABELS)).reshape(len(known), -1)
            out[np.array(known)[:, None], cols] = np.asarray([probs[i] for i in known])
        out /= np.maximum(out.sum(axis=1, keepdims=True), 1e-12)
        return out
