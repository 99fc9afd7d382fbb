"""A TF-IDF logistic-regression classifier over words, trained and run with numpy alone (deterministic).

Features: for each vocabulary word present in a text, its idf, the vector scaled to unit length (TF-IDF with
binary term frequency; in cross-validation as good as sublinear 1 + log(count), and faster). Model:
multinomial logistic regression with class-balanced weights and an L2 penalty, fitted by full-batch
gradient descent with momentum. Sparse throughout: a batch of texts is one array of word indices with a
row offset per text, so nothing is ever materialised as a vocabulary-wide matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from pathlib import Path

import numpy as np

from classifiers.head import softmax

Tokens = Sequence[str]


class TfidfModel:
    """Vocabulary, idf weights and a linear softmax layer.

    Args:
        vocabulary: the words, in column order.
        idf: (V,) inverse document frequency of each word.
        weights: (V, n_labels) matrix.
        bias: (n_labels,) vector.
    """

    def __init__(self, vocabulary: list[str], idf: np.ndarray, weights: np.ndarray, bias: np.ndarray):
        self.vocabulary = list(vocabulary)
        self.column = _Columns((word, i) for i, word in enumerate(self.vocabulary))
        self.idf = np.asarray(idf, dtype=np.float32)
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)

    def features(self, docs: Sequence[Tokens]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sparse rows (starts, columns, values): row i is columns[starts[i]:starts[i+1]]."""
        return sparse_tfidf(docs, self.column, self.idf)

    def predict(self, docs: Sequence[Tokens]) -> np.ndarray:
        """(n, n_labels) label probabilities of tokenised texts."""
        starts, cols, vals = self.features(docs)
        return softmax(sparse_dot(starts, cols, vals, self.weights) + self.bias)

    @classmethod
    def fit(
        cls,
        docs: Sequence[Tokens],
        y: np.ndarray,
        n_labels: int,
        min_df: int = 2,
        l2: float = 1e-4,
        lr: float = 2.0,
        epochs: int = 300,
    ) -> TfidfModel:
        """Build the vocabulary (words in at least `min_df` texts) and fit the softmax layer.

        Args:
            docs: tokenised training texts.
            y: (n,) integer labels.
            n_labels: number of classes.
            min_df: a word must occur in this many texts to enter the vocabulary.
            l2: weight decay on `weights` (per example, like the loss).
            lr: step size.
            epochs: gradient steps.
        """
        df: dict[str, int] = {}
        for doc in docs:
            for word in set(doc):
                df[word] = df.get(word, 0) + 1
        vocabulary = sorted(w for w, c in df.items() if c >= min_df)
        n = len(docs)
        idf = np.log((1 + n) / (1 + np.array([df[w] for w in vocabulary], dtype=np.float64))) + 1
        model = cls(vocabulary, idf, np.zeros((len(vocabulary), n_labels)), np.zeros(n_labels))
        starts, cols, vals = model.features(docs)
        rows = np.repeat(np.arange(n), np.diff(starts))
        y = np.asarray(y)
        onehot = np.eye(n_labels)[y]
        counts = np.maximum(onehot.sum(axis=0), 1.0)
        sample_w = (n / (n_labels * counts))[y][:, None]
        w, b = np.zeros((len(vocabulary), n_labels)), np.zeros(n_labels)
        vw, vb = np.zeros_like(w), np.zeros_like(b)
        for _ in range(epochs):
            grad = (softmax(sparse_dot(starts, cols, vals, w) + b) - onehot) * sample_w / n
            per_entry = grad[rows] * vals[:, None]
            gw = np.stack(
                [np.bincount(cols, per_entry[:, k], minlength=len(vocabulary)) for k in range(n_labels)],
                axis=1,
            )
            vw, vb = 0.9 * vw - lr * (gw + l2 * w), 0.9 * vb - lr * grad.sum(axis=0)
            w, b = w + vw, b + vb
        return cls(vocabulary, idf, w, b)

    def save(self, path: Path) -> None:
        with open(path, "wb") as fh:
            np.savez(
                fh,
                vocabulary=np.array("\n".join(self.vocabulary)),
                idf=self.idf,
                weights=self.weights,
                bias=self.bias,
            )

    @classmethod
    def load(cls, path: Path) -> TfidfModel:
        with np.load(path) as data:
            vocabulary = str(data["vocabulary"]).split("\n")
            return cls(vocabulary, data["idf"], data["weights"], data["bias"])


def sparse_tfidf(
    docs: Sequence[Tokens], column: dict[str, int], idf: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Unit-length TF-IDF rows of `docs` with binary term frequency, as (starts, columns, values).

    Batched: each text's distinct words are found with `dict.fromkeys` (C speed, first-occurrence order,
    so the same text always gives the same row), and everything after that is a few numpy operations over
    the whole batch.
    """
    distinct = [dict.fromkeys(doc) for doc in docs]
    n_words = np.fromiter(map(len, distinct), dtype=np.int64, count=len(distinct))
    lookup = column if isinstance(column, _Columns) else _Columns(column)
    cols = np.fromiter(
        map(lookup.__getitem__, chain.from_iterable(distinct)), dtype=np.int64, count=int(n_words.sum())
    )
    rows = np.repeat(np.arange(len(distinct)), n_words)
    known = cols >= 0
    cols, rows = cols[known], rows[known]
    vals = idf[cols].astype(np.float64)
    norms = np.sqrt(np.bincount(rows, vals * vals, minlength=len(distinct)))
    vals = vals / np.where(norms > 0, norms, 1.0)[rows]
    starts = np.zeros(len(distinct) + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=len(distinct)), out=starts[1:])
    return starts, cols, vals


class _Columns(dict):
    """word -> column, -1 for a word outside the vocabulary (looked up at C speed through `map`)."""

    def __missing__(self, word: str) -> int:
        return -1


def sparse_dot(starts: np.ndarray, cols: np.ndarray, vals: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Sparse rows times a dense (V, k) matrix -> (n, k)."""
    n = len(starts) - 1
    out = np.zeros((n, w.shape[1]))
    if len(cols):
        rows = np.repeat(np.arange(n), np.diff(starts))
        contrib = w[cols] * vals[:, None]
        for k in range(w.shape[1]):
            out[:, k] = np.bincount(rows, contrib[:, k], minlength=n)
    return out
