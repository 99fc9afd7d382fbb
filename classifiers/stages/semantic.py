"""The semantic stage: a softmax head over static sentence embeddings (model2vec).

The shipped encoder is a model2vec distillation of all-MiniLM-L6-v2 (see classifiers/distill.py); it
needs only numpy at inference. Long documents are embedded in windows and, as in the fastText stage,
take the probabilities of the window least likely to be `other`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from classifiers.head import SoftmaxHead
from classifiers.labels import MISALIGNED_COLUMNS
from classifiers.registry import MODELS_DIR, Stage, StageOutput, register
from classifiers.text import chunk_words, most_salient, words


def semantic_chunks(texts: list[str], size: int, overlap: int) -> tuple[list[str], list[int]]:
    """Window strings of every text and, for each, the index of the text it came from."""
    chunks, owner = [], []
    for i, text in enumerate(texts):
        for chunk in chunk_words(words(text), size, overlap):
            chunks.append(" ".join(chunk))
            owner.append(i)
    return chunks, owner


class Encoder:
    """A model2vec static model loaded from a local directory (never from a hub), encoding by word.

    A static model's embedding of a text is the mean of its tokens' vectors, and the tokenizer splits
    words independently, so each distinct word's token-vector sum and token count are computed once
    (with the model's own tokenizer) and cached; a text then costs a dictionary look-up per word and
    one numpy gather. On ~2 KB documents this is about ten times faster than `StaticModel.encode`,
    whose tokenizer dominates. The mean is L2-normalised, as the model's config asks.

    Args:
        path: directory holding model.safetensors, tokenizer.json and config.json.
        max_words: words embedded per text (the rest are ignored).
        cache_words: the cache (1 KB a word) is cleared when it grows past this many words.
    """

    def __init__(self, path: Path, max_words: int = 512, cache_words: int = 50_000):
        from model2vec import StaticModel

        if not (path / "model.safetensors").is_file():
            raise FileNotFoundError(f"classifiers stage 'semantic': no model.safetensors in {path}")
        self.model = StaticModel.from_pretrained(path, force_download=False)
        self.embedding = np.asarray(self.model.embedding, dtype=np.float32)
        self.dim = self.embedding.shape[1]
        self.max_words, self.cache_words = max_words, cache_words
        self._reset()

    def _reset(self) -> None:
        self.row_of: dict[str, int] = {}
        self.sums = np.zeros((1024, self.dim), dtype=np.float32)
        self.counts = np.zeros(1024, dtype=np.float32)

    def _add(self, new_words: list[str]) -> None:
        unk = self.model.unk_token_id
        encodings = self.model.tokenizer.encode_batch(new_words, add_special_tokens=False)
        ids = [[t for t in e.ids if t != unk] for e in encodings]
        base, end = len(self.row_of), len(self.row_of) + len(new_words)
        if end > len(self.counts):  # grow by doubling
            size = max(end, 2 * len(self.counts))
            self.sums = np.vstack([self.sums, np.zeros((size - len(self.sums), self.dim), dtype=np.float32)])
            self.counts = np.concatenate([self.counts, np.zeros(size - len(self.counts), dtype=np.float32)])
        for k, token_ids in enumerate(ids):
            if token_ids:
                self.sums[base + k] = self.embedding[token_ids].sum(axis=0)
            self.counts[base + k] = len(token_ids)
        self.row_of.update((w, base + k) for k, w in enumerate(new_words))

    def encode(self, texts: list[str]) -> np.ndarray:
        """(n, dim) L2-normalised mean token vectors of whitespace-separated, lower-cased `texts`."""
        if len(self.row_of) > self.cache_words:
            self._reset()
        token_lists = [t.split()[: self.max_words] for t in texts]
        missing = list({w for toks in token_lists for w in toks if w not in self.row_of})
        if missing:
            self._add(missing)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, toks in enumerate(token_lists):
            if toks:
                rows = np.fromiter((self.row_of[w] for w in toks), dtype=np.int64, count=len(toks))
                out[i] = self.sums[rows].sum(axis=0) / max(float(self.counts[rows].sum()), 1.0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@register("semantic")
class SemanticStage(Stage):
    """Softmax head over model2vec embeddings; runs on escalated documents only."""

    expensive = True
    defaults: ClassVar[dict[str, Any]] = {
        "encoder": "minilm-m2v",
        "head": "semantic_head.npz",
        "chunk_words": 300,
        "chunk_overlap": 50,
    }

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
        return StageOutput(scores=probs[:, list(MISALIGNED_COLUMNS)].sum(axis=1).tolist(), probs=probs)
