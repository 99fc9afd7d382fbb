"""The fastText stage: a supervised four-label model, classified chunk by chunk.

A document longer than `chunk_chars` characters (after normalisation; about 3,000 characters is 500
words) is cut at spaces into windows overlapping by `chunk_overlap` characters, and each window is
classified. The document takes the label probabilities of its most salient window, the one with the
lowest probability of `other`: a narrative deep in a long page decides the page instead of being
averaged away. (The price: a long page has more windows that can fire by chance.)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from classifiers.labels import LABELS, MISALIGNED
from classifiers.registry import MODELS_DIR, Stage, StageOutput, register
from classifiers.text import chunk_chars, most_salient, normalize

PREFIX = "__label__"
_COLUMN = {PREFIX + label: i for i, label in enumerate(LABELS)}
_MISALIGNED_COLS = [i for i, label in enumerate(LABELS) if label in MISALIGNED]


@register("fasttext")
class FastTextStage(Stage):
    """Four-label fastText classifier over windows of `chunk_chars` characters."""

    defaults = {"model": "fasttext.ftz", "chunk_chars": 3000, "chunk_overlap": 500}

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
        return StageOutput(scores=probs[:, _MISALIGNED_COLS].sum(axis=1).tolist(), probs=probs)

    def predict_probs(self, texts: list[str]) -> np.ndarray:
        """(n, 4) label probabilities, one row per text."""
        size, overlap = self.options["chunk_chars"], self.options["chunk_overlap"]
        lines, owner = [], []
        for i, text in enumerate(texts):
            for chunk in chunk_chars(normalize(text), size, overlap):
                lines.append(chunk)
                owner.append(i)
        return most_salient(self._predict_lines(lines), owner, len(texts))

    def _predict_lines(self, lines: list[str]) -> np.ndarray:
        labels, probs = self.model.f.multilinePredict(lines, len(LABELS), 0.0, "strict")
        out = np.zeros((len(lines), len(LABELS)))
        if lines:
            cols = np.array([[_COLUMN[name] for name in names] for names in labels])
            out[np.arange(len(lines))[:, None], cols] = np.asarray(probs)
        out /= np.maximum(out.sum(axis=1, keepdims=True), 1e-12)
        return out
