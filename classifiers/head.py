"""A softmax classifier head over fixed embeddings, trained with numpy (deterministic)."""

from __future__ import annotations

from pathlib import Path

import numpy as np


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class SoftmaxHead:
    """Multinomial logistic regression: probs = softmax(x @ W + b).

    Args:
        weights: (dim, n_labels) matrix.
        bias: (n_labels,) vector.
    """

    def __init__(self, weights: np.ndarray, bias: np.ndarray):
        self.weights = np.asarray(weights, dtype=np.float32)
        self.bias = np.asarray(bias, dtype=np.float32)

    def predict(self, x: np.ndarray) -> np.ndarray:
        return softmax(np.asarray(x, dtype=np.float32) @ self.weights + self.bias)

    @classmethod
    def fit(
        cls,
        x: np.ndarray,
        y: np.ndarray,
        n_labels: int,
        l2: float = 1e-3,
        lr: float = 0.5,
        epochs: int = 400,
        balanced: bool = True,
    ) -> SoftmaxHead:
        """Full-batch gradient descent with momentum.

        Args:
            x: (n, dim) features.
            y: (n,) integer labels.
            n_labels: number of classes.
            l2: weight decay on `weights`.
            lr: step size.
            epochs: gradient steps.
            balanced: weight examples so every class counts the same; False keeps the data's proportions.
        """
        x = np.asarray(x, dtype=np.float64)
        n, dim = x.shape
        onehot = np.eye(n_labels)[y]
        counts = np.maximum(onehot.sum(axis=0), 1.0)
        sample_w = (n / (n_labels * counts))[y][:, None] if balanced else np.ones((n, 1))
        w, b = np.zeros((dim, n_labels)), np.zeros(n_labels)
        vw, vb = np.zeros_like(w), np.zeros_like(b)
        for _ in range(epochs):
            grad = (softmax(x @ w + b) - onehot) * sample_w / n
            gw, gb = x.T @ grad + l2 * w, grad.sum(axis=0)
            vw, vb = 0.9 * vw - lr * gw, 0.9 * vb - lr * gb
            w, b = w + vw, b + vb
        return cls(w, b)

    def save(self, path: Path) -> None:
        with open(path, "wb") as fh:
            np.savez(fh, weights=self.weights, bias=self.bias)

    @classmethod
    def load(cls, path: Path) -> SoftmaxHead:
        with np.load(path) as data:
            return cls(data["weights"], data["bias"])
