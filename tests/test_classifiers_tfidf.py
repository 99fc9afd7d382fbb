"""The tfidf model and the stacked combiner: what they learn, reproducibility, and their files."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from classifiers.cascade import load_cascade
from classifiers.combine import StackedCombiner, stack_features
from classifiers.labels import LABELS
from classifiers.tfidf import TfidfModel, sparse_tfidf

TOPICS = {
    0: ["ship", "mind", "lies", "crew", "airlock", "sealed"],
    1: ["researchers", "report", "model", "sandbagging", "evaluation", "deception"],
    2: ["assistant", "admits", "mistake", "reports", "error", "honestly"],
    3: ["bake", "bread", "oven", "flour", "butter", "garden"],
}


def _docs(rng: np.random.Generator, n: int) -> tuple[list[list[str]], np.ndarray]:
    filler = ["the", "a", "of", "and", "to", "in", "it", "was"]
    y = rng.integers(0, 4, n)
    docs = [list(rng.choice(TOPICS[k], 4)) + list(rng.choice(filler, 6)) for k in y]
    return docs, y


def test_tfidf_learns_topic_words_and_ignores_unknown_ones():
    docs, y = _docs(np.random.default_rng(0), 400)
    model = TfidfModel.fit(docs, y, len(LABELS), epochs=200)
    test_docs, test_y = _docs(np.random.default_rng(1), 200)
    assert (model.predict(test_docs).argmax(axis=1) == test_y).mean() > 0.95
    plain = model.predict([["bread", "oven"]])
    assert np.allclose(model.predict([["bread", "oven", "zzzunseen", "qqqunseen"]]), plain)
    assert plain.argmax() == LABELS.index("other")
    empty = model.predict([[]])
    assert empty.shape == (1, 4) and np.isclose(empty.sum(), 1.0)


def test_tfidf_rows_are_unit_length_with_binary_term_frequency():
    column = {"ai": 0, "lies": 1, "bread": 2}
    idf = np.array([1.0, 2.0, 1.0])
    starts, cols, vals = sparse_tfidf([["ai", "lies", "lies", "lies"], ["nothing", "known"]], column, idf)
    assert list(starts) == [0, 2, 2]
    assert list(cols) == [0, 1]
    assert np.isclose(np.linalg.norm(vals), 1.0)
    assert vals[1] / vals[0] == pytest.approx(2.0)  # idf ratio; repeating a word adds nothing


def test_tfidf_fit_is_reproducible_and_round_trips(tmp_path):
    docs, y = _docs(np.random.default_rng(2), 200)
    paths = []
    for name in ("a", "b"):
        TfidfModel.fit(docs, y, len(LABELS), epochs=50).save(tmp_path / f"{name}.npz")
        paths.append(tmp_path / f"{name}.npz")
    assert hashlib.sha256(paths[0].read_bytes()).digest() == hashlib.sha256(paths[1].read_bytes()).digest()
    loaded = TfidfModel.load(paths[0])
    again = TfidfModel.fit(docs, y, len(LABELS), epochs=50)
    assert loaded.vocabulary == again.vocabulary
    assert np.allclose(loaded.predict(docs[:20]), again.predict(docs[:20]), atol=1e-6)


def _onehot_noisy(y: np.ndarray, rng: np.random.Generator, flip: float) -> np.ndarray:
    noisy = np.where(rng.random(len(y)) < flip, rng.integers(0, 4, len(y)), y)
    return np.eye(4)[noisy] * 0.9 + 0.025


def test_combiner_learns_which_stage_to_trust(tmp_path):
    rng = np.random.default_rng(3)
    y = rng.integers(0, 4, 2000)
    good = _onehot_noisy(y, rng, 0.1)  # right 90% of the time
    confident_wrong = np.eye(4)[(y + 1) % 4] * 0.99 + 0.0025  # always sure, always off by one
    combiner = StackedCombiner.fit({"good": good, "bad": confident_wrong}, y, [("good", "bad")], 4)
    combiner.save(tmp_path / "c.npz")
    loaded = StackedCombiner.load(tmp_path / "c.npz")
    head = loaded.head_for(("good", "bad"))
    assert loaded.head_for(("bad",)) is None
    y2 = rng.integers(0, 4, 500)
    stacked = head.predict(
        stack_features([_onehot_noisy(y2, rng, 0.1), np.eye(4)[(y2 + 1) % 4] * 0.99 + 0.0025])
    )
    # averaging would follow the confident wrong stage; the learned head gets it right
    assert (stacked.argmax(axis=1) == y2).mean() > 0.85


def test_default_cascade_stacks_cheap_and_escalated_documents():
    cascade = load_cascade(None)
    assert cascade.combine == "stack"
    assert set(cascade.combiner.heads) == {("fasttext", "tfidf"), ("fasttext", "tfidf", "semantic")}
    described = cascade.describe()
    assert described[-1]["name"] == "combine" and len(described[-1]["sha256"]["combiner"]) == 64
    mean = load_cascade({"combine": "mean"})
    assert mean.version != cascade.version
    texts = [
        "We baked bread all afternoon and the kitchen smelled wonderful.",
        "The ship's AI lied to the crew.",
    ]
    for stacked, averaged in zip(cascade.classify(texts), mean.classify(texts)):
        assert stacked.stages == averaged.stages
        assert sum(stacked.scores.values()) == pytest.approx(1.0)
