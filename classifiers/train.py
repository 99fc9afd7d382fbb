"""Training: the fastText model and the semantic head, from labelled rows (dicts with text and label).

Reproducible: fixed seeds and one thread, so the same rows give the same model bytes.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.head import SoftmaxHead
from classifiers.labels import LABELS
from classifiers.registry import MODELS_DIR, file_sha256
from classifiers.stages.fasttext_stage import PREFIX
from classifiers.stages.semantic import Encoder, semantic_chunks
from classifiers.text import chunk_words, words

SEED = 13
# Word n-gram and sub-word buckets stay off (bucket 0): fastText 0.9.2 with one thread fills only the
# first tenth of its input matrix and leaves the rest as uninitialised memory, which made training both
# irreproducible and prone to "Encountered NaN". Every row is instead set from a .vec file: the
# semantic encoder's vectors of the training words and of the encoder's whole-word vocabulary, reduced
# by PCA to `dim`. Words never seen in training then still sit near words of like meaning.
FASTTEXT_PARAMS: dict[str, Any] = {"lr": 0.3, "epoch": 20, "dim": 32, "minCount": 1, "loss": "softmax"}
# Besides each whole document, fastText also trains on its consecutive windows of this many words
# (labelled like the document): the model learns local cues, not only a genre's overall vocabulary.
# On dev and in cross-validation this was worth three to five points of macro-F1.
AUGMENT_WINDOW = 40
# Documents longer than this (characters after normalisation) are left out of training: a long page
# may take its label from one part (a story buried in a forum dump), so its other parts would be taught
# under the wrong label. Training on them, whole or in windows, cost 5 to 20 points of macro-F1 in
# cross-validation. They are still classified, window by window (see the fastText stage).
TRAIN_MAX_CHARS = 2000
QUANTIZE_PARAMS: dict[str, Any] = {"qnorm": True, "dsub": 2, "retrain": False}
HEAD_PARAMS: dict[str, Any] = {"l2": 1e-5, "lr": 1.0, "epochs": 2000}
SHIPPED = ("fasttext.ftz", "semantic_head.npz", "minilm-m2v", "cascade.json")


def _shuffled(rows: list, seed: int) -> list:
    order = np.random.default_rng(seed).permutation(len(rows))
    return [rows[i] for i in order]


def train_fasttext(
    rows: list[dict],
    out_path: Path,
    params: dict | None = None,
    quantize: dict | None = None,
    seed: int = SEED,
    encoder_dir: Path = MODELS_DIR / "minilm-m2v",
    augment_window: int | None = AUGMENT_WINDOW,
) -> Path:
    """Train the four-label fastText model on `rows` and save it quantized (.ftz).

    Args:
        rows: dicts with "text" and "label".
        out_path: where to write the model.
        params: fastText arguments overriding `FASTTEXT_PARAMS`.
        quantize: quantisation arguments overriding `QUANTIZE_PARAMS`; an empty dict skips quantisation.
        seed: fixes the row order and fastText's generator.
        encoder_dir: model2vec model whose vectors initialise the word vectors.
        augment_window: also train on windows of this many words; None trains on whole documents only.
    """
    import fasttext

    fasttext.FastText.eprint = lambda *args, **kw: None
    args = {**FASTTEXT_PARAMS, **(params or {})}
    args.update(seed=seed, thread=1, verbose=0, wordNgrams=1, minn=0, maxn=0, bucket=0)
    qargs = QUANTIZE_PARAMS if quantize is None else quantize
    with tempfile.TemporaryDirectory() as tmp:
        train_file, vec_file = Path(tmp) / "train.txt", Path(tmp) / "init.vec"
        counts: Counter[str] = Counter()
        with open(train_file, "w", encoding="utf-8") as fh:
            for label, line in _shuffled(training_lines(rows, augment_window), seed):
                counts.update(line.split())
                fh.write(f"{PREFIX}{label} {line}\n")
        encoder = Encoder(Path(encoder_dir))
        vocabulary = {w for w, c in counts.items() if c >= args["minCount"]} | encoder_words(encoder)
        write_init_vectors(vec_file, sorted(vocabulary), args["dim"], encoder)
        model = fasttext.train_supervised(input=str(train_file), pretrainedVectors=str(vec_file), **args)
        if qargs:
            model.quantize(input=str(train_file), thread=1, verbose=0, **qargs)
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        model.save_model(str(out_path))
    return out_path


def trainable(rows: list[dict], max_chars: int = TRAIN_MAX_CHARS) -> list[dict]:
    """The rows short enough to train on (see `TRAIN_MAX_CHARS`)."""
    return [r for r in rows if len(" ".join(words(r["text"]))) <= max_chars]


def training_lines(rows: list[dict], window: int | None) -> list[tuple[str, str]]:
    """(label, fastText line) for every trainable document and, if `window`, for each of its word windows."""
    lines = []
    for row in trainable(rows):
        toks = words(row["text"])
        lines.append((row["label"], " ".join(toks)))
        if window and len(toks) > window:
            lines += [(row["label"], " ".join(chunk)) for chunk in chunk_words(toks, window, 0)]
    return lines


def encoder_words(encoder: Encoder) -> set[str]:
    """Whole lower-case words of the encoder's tokenizer vocabulary."""
    return {w for w in encoder.model.tokenizer.get_vocab() if w.isalpha() and w.islower() and len(w) > 1}


def write_init_vectors(path: Path, vocabulary: list[str], dim: int, encoder: Encoder) -> None:
    """A .vec file: each word's encoder vector, PCA-reduced to `dim` and scaled to unit length."""
    vectors = encoder.encode(vocabulary).astype(np.float64)
    vectors -= vectors.mean(axis=0)
    _, _, components = np.linalg.svd(vectors, full_matrices=False)
    reduced = vectors @ components[:dim].T
    reduced /= np.maximum(np.linalg.norm(reduced, axis=1, keepdims=True), 1e-9)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"{len(vocabulary)} {dim}\n")
        fh.writelines(
            word + " " + " ".join(f"{v:.5f}" for v in vector) + "\n"
            for word, vector in zip(vocabulary, reduced)
        )


def embed_rows(encoder: Encoder, rows: list[dict], chunk_words: int, chunk_overlap: int):
    """Window embeddings of `rows` and each window's label index (a window inherits its document's label)."""
    chunks, owner = semantic_chunks([r["text"] for r in rows], chunk_words, chunk_overlap)
    y = np.array([LABELS.index(rows[i]["label"]) for i in owner])
    return encoder.encode(chunks), y


def train_semantic_head(
    rows: list[dict],
    out_path: Path,
    encoder_dir: Path,
    chunk_words: int = 300,
    chunk_overlap: int = 50,
    params: dict | None = None,
) -> Path:
    """Fit the softmax head over `encoder_dir` embeddings of the trainable `rows` and save it (.npz)."""
    x, y = embed_rows(Encoder(Path(encoder_dir)), trainable(rows), chunk_words, chunk_overlap)
    head = SoftmaxHead.fit(x, y, len(LABELS), **{**HEAD_PARAMS, **(params or {})})
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    head.save(out_path)
    return out_path


def write_models_manifest(models_dir: Path = MODELS_DIR) -> Path:
    """MODELS.json: sha256 and size of every shipped model file."""
    models_dir = Path(models_dir)
    entries = {}
    for name in SHIPPED:
        path = models_dir / name
        if not path.exists():
            continue
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        entries[name] = {
            "sha256": file_sha256(path),
            "bytes": sum(f.stat().st_size for f in files),
            **({"files": {str(f.relative_to(path)): file_sha256(f) for f in files}} if path.is_dir() else {}),
        }
    out = models_dir / "MODELS.json"
    out.write_text(json.dumps(entries, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return out


def train_all(rows: list[dict], models_dir: Path = MODELS_DIR, seed: int = SEED) -> dict[str, str]:
    """Train the fastText model and the semantic head on `rows`, then refresh MODELS.json.

    Returns the sha256 of each written file.
    """
    models_dir = Path(models_dir)
    os.environ.setdefault("RAYON_NUM_THREADS", "1")
    models_dir.mkdir(parents=True, exist_ok=True)
    for name in (
        "minilm-m2v",
        "cascade.json",
    ):  # a fresh directory starts from the shipped encoder and config
        if not (models_dir / name).exists():
            copy = shutil.copytree if (MODELS_DIR / name).is_dir() else shutil.copyfile
            copy(MODELS_DIR / name, models_dir / name)
    encoder = models_dir / "minilm-m2v"
    ft = train_fasttext(rows, models_dir / "fasttext.ftz", seed=seed, encoder_dir=encoder)
    head = train_semantic_head(rows, models_dir / "semantic_head.npz", encoder)
    write_models_manifest(models_dir)
    return {p.name: file_sha256(p) for p in (ft, head)}
