"""Training is reproducible (same rows and seed -> same bytes); chunking finds a buried narrative."""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from classifiers.dataset.build import build_dataset
from classifiers.labels import LABELS, MISALIGNED
from classifiers.registry import MODELS_DIR, get_stage
from classifiers.text import chunk_words
from classifiers.train import train_fasttext, train_semantic_head, train_tfidf

FAST = {"epoch": 5}


@pytest.fixture(scope="module")
def rows():
    return build_dataset()


@pytest.fixture(scope="module")
def train_rows(rows):
    picked = [r for r in rows if r["split"] == "train"][::4]
    assert len({r["label"] for r in picked}) >= 2
    return picked


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_fasttext_training_is_reproducible(train_rows, tmp_path):
    first = train_fasttext(train_rows, tmp_path / "a.ftz", params=FAST, seed=7)
    second = train_fasttext(train_rows, tmp_path / "b.ftz", params=FAST, seed=7)
    other_seed = train_fasttext(train_rows, tmp_path / "c.ftz", params=FAST, seed=8)
    assert _sha(first) == _sha(second)
    assert _sha(first) != _sha(other_seed)
    assert first.stat().st_size < 5_000_000


def test_semantic_head_training_is_reproducible(train_rows, tmp_path):
    encoder = MODELS_DIR / "minilm-m2v"
    params = {"epochs": 50}
    first = train_semantic_head(train_rows, tmp_path / "a.npz", encoder, params=params)
    second = train_semantic_head(train_rows, tmp_path / "b.npz", encoder, params=params)
    assert _sha(first) == _sha(second)


def test_tfidf_training_is_reproducible(train_rows, tmp_path):
    first = train_tfidf(train_rows, tmp_path / "a.npz", params={"epochs": 30})
    second = train_tfidf(train_rows, tmp_path / "b.npz", params={"epochs": 30})
    assert _sha(first) == _sha(second)


def test_chunk_windows_cover_every_word():
    tokens = [str(i) for i in range(1000)]
    windows = chunk_words(tokens, 300, 50)
    assert all(len(w) == 300 for w in windows)
    assert {t for w in windows for t in w} == set(tokens)
    assert windows[-1][-1] == "999"
    assert chunk_words(tokens[:10], 300, 50) == [tokens[:10]]


def test_chunking_finds_a_narrative_deep_in_a_long_document(rows):
    narrative = next(
        r["text"]
        for r in rows
        if r["split"] == "test"
        and r["label"] in MISALIGNED
        and r["kind"] == "plain"
        and 150 < len(r["text"].split()) < 300
    )
    filler = [r["text"] for r in rows if r["label"] == "other" and r["kind"] == "plain"]
    if not filler:  # until the background family lands, any non-AI prose will do
        filler = [
            "The committee met on Tuesday to discuss the budget for the new library wing and the parking rules."
        ] * 40
    before, after = [], []
    while sum(len(t.split()) for t in before) < 2500:
        before.append(filler[len(before) % len(filler)])
    after = before[:4]
    long_doc = "\n\n".join(before + [narrative] + after)
    assert len(long_doc.split()) > 2800

    chunked = get_stage("fasttext")().run([long_doc])
    whole = get_stage("fasttext")({"chunk_chars": 10_000_000}).run([long_doc])
    misaligned_cols = [LABELS.index(label) for label in MISALIGNED]
    assert chunked.scores[0] > 0.5
    assert LABELS[int(np.argmax(chunked.probs[0]))] in MISALIGNED
    assert chunked.scores[0] > whole.scores[0]
    assert chunked.probs[0, misaligned_cols].sum() == pytest.approx(chunked.scores[0])
