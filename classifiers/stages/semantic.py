"""The semantic stage: a softmax head over static sentence embeddings (model2vec).

The shipped encoder is a model2vec distillation of all-MiniLM-L6-v2 (see classifiers/distill.py); it
needs only numpy at inference. Long documents are embedded in windows and, as in the fastText stage,
take the probabilities of the window least likely to be `other`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from classifiers.head import SoftmaxHead
from classifiers.labels import LABELS, MISALIGNED
from classifiers.registry import MODELS_DIR, Stage, StageOutput, register
from classifiers.text import chunk_words, most_salient, words

_MISALIGNED_COLS = [i for i, label in enumerate(LABELS) if label in MISALIGNED]


def semantic_chunks(texts: list[str], size: int, overlap: int) -> tuple[list[str], list[int]]:
    """Window strings of every text and, for each, the index of the text it came from."""
    chunks, owner = [], []
    for i, text in enumerate(texts):
        for chunk in chunk_words(words(text), size, overlap):
            chunks.append(" ".join(chunk))
            owner.append(i)
    return chunks, owner


class Encoder:
    """A model2vec static model loaded from a local directory (never from a hub).

    Args:
        path: directory holding model.safetensors, tokenizer.json and config.json.
        max_length: tokens kept per window.
    """

    def __init__(self, path: Path, max_length: int = 512):
        from model2vec import StaticModel

        if not (path / "model.safetensors").is_file():
            raise FileNotFoundError(f"classifiers stage 'semantic': no model.safetensors in {path}")
        self.model = StaticModel.from_pretrained(path, force_download=False)
        self.max_length = max_length

    def encode(self, chunks: list[str]) -> np.ndarray:
        if not chunks:
            return np.zeros((0, self.model.dim), dtype=np.float32)
        return self.model.encode(chunks, max_length=self.max_length, use_multiprocessing=False)


@register("semantic")
class SemanticStage(Stage):
    """Softmax head over model2vec embeddings; runs on escalated documents only."""

    expensive = True
    defaults = {"encoder": "minilm-m2v", "head": "semantic_head.npz", "chunk_words": 300, "chunk_overlap": 50}

    def __init__(self, options: dict | None = None, models_dir: Path = MODELS_DIR):
        super().__init__(options, models_dir)
        self.encoder = Encoder(self.resolve(self.options["encoder"]))
        head = self.resolve(self.options["head"])
        if not head.is_file():
            raise FileNotFoundError(f"classifiers stage 'semantic': head file {head} not found")
        self.head = SoftmaxHead.load(head)

    def model_files(self):
        return {"encoder": self.resolve(self.options["encoder"]), "head": self.resolve(self.options["head"])}

    def run(self, texts: list[str]) -> StageOutput:
        chunks, owner = semantic_chunks(texts, self.options["chunk_words"], self.options["chunk_overlap"])
        probs = most_salient(self.head.predict(self.encoder.encode(chunks)), owner, len(texts))
        return StageOutput(scores=probs[:, _MISALIGNED_COLS].sum(axis=1).tolist(), probs=probs)
