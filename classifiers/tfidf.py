"""A TF-IDF logistic-regression classifier over words, trained and run with numpy alone (deterministic).

Features: for each vocabulary word in a text, (1 + log count) * idf, the vector scaled to unit length
(sublinear TF-IDF). Model: multinomial logistic regression with class-balanced weights and an L2
penalty, fitted by full-batch gradient descent with momentum. Sparse throughout: a batch of texts is
one array of word indices with a row offset per text, so nothing is ever materialised as a
vocabulary-wide matrix.
"""

from __future__ import annotations

from collections.abc import Sequence
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
        self.column = {word: i for i, word in enumerate(self.vocabulary)}
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
    """Unit-length sublinear TF-IDF rows of `docs` as (starts, columns, values)."""
    starts = np.zeros(len(docs) + 1, dtype=np.int64)
    parts_cols, parts_vals = [], []
    get = column.get
    for i, doc in enumerate(docs):
        ids = np.fromiter((c for c in map(get, doc) if c is not None), dtype=np.int64)
        uniq, tf = np.unique(ids, return_counts=True)
        vals = (1.0 + np.log(tf)) * idf[uniq]
        norm = float(np.sqrt(vals @ vals)) if len(vals) else 1.0
        parts_cols.append(uniq)
        parts_vals.append(vals / norm)
        starts[i + 1] = starts[i] + len(uniq)
    cols = np.concatenate(parts_cols) if parts_cols else np.zeros(0, dtype=np.int64)
    vals = np.concatenate(parts_vals).astype(np.float64) if parts_vals else np.zeros(0)
    return starts, cols, vals


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
