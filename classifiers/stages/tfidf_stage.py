"""The tfidf stage: a four-label logistic regression over TF-IDF word features (binary term frequency).

Cheap (a dictionary look-up per word and a sparse product), it runs on every document next to
fastText. The two see text differently: fastText averages 32-dimensional word vectors, this model gives
every word its own weight, scaled by how rare it is. Its misaligned score is the better escalation gate
and its probabilities are one input of the stacked combiner (see `classifiers/combine.py`).

Long documents are treated like in the fastText stage: a document of more than `whole_words` words is
also scored in windows of `window_words` words, and keeps its whole-text probabilities unless they say
`other` while its most salient window does not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from classifiers.labels import MISALIGNED_COLUMNS
from classifiers.registry import MODELS_DIR, Stage, StageOutput, register
from classifiers.text import chunk_words, whole_or_window, words
from classifiers.tfidf import TfidfModel


@register("tfidf")
class TfidfStage(Stage):
    """Logistic regression over TF-IDF word features (`models/tfidf.npz`)."""

    defaults: ClassVar[dict[str, Any]] = {
        "model": "tfidf.npz",
        "whole_words": 500,
        "window_words": 200,
        "window_overlap": 50,
    }

    def __init__(self, options: dict | None = None, models_dir: Path = MODELS_DIR):
        super().__init__(options, models_dir)
        path = self.resolve(self.options["model"])
        if not path.is_file():
            raise FileNotFoundError(f"classifiers stage 'tfidf': model file {path} not found")
        self.model = TfidfModel.load(path)

    def model_files(self):
        return {"model": self.resolve(self.options["model"])}

    def run(self, texts: list[str]) -> StageOutput:
        docs = [words(text) for text in texts]
        probs = self.model.predict(docs)
        windows, owner = [], []
        for i, doc in enumerate(docs):
            if len(doc) > self.options["whole_words"]:
                chunks = chunk_words(doc, self.options["window_words"], self.options["window_overlap"])
                windows += chunks
                owner += [i] * len(chunks)
        if windows:
            probs = whole_or_window(probs, self.model.predict(windows), owner)
        return StageOutput(scores=probs[:, list(MISALIGNED_COLUMNS)].sum(axis=1).tolist(), probs=probs)
