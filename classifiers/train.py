"""Training: the fastText model, the tfidf model, the semantic head and the stacked combiner, from labelled
rows (dicts with text and label).

Reproducible: fixed seeds and one thread, so the same rows give the same model bytes. The combiner is fitted
on out-of-fold probabilities: each stage model is retrained five times, each time without one fifth of the
families, and scores the families it did not see.
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

from classifiers.combine import StackedCombiner
from classifiers.dataset.families import stable_hash
from classifiers.head import SoftmaxHead
from classifiers.labels import LABELS
from classifiers.registry import MODELS_DIR, file_sha256
from classifiers.stages.fasttext_stage import PREFIX
from classifiers.stages.semantic import Encoder, semantic_chunks
from classifiers.text import chunk_words, words
from classifiers.tfidf import TfidfModel

SEED = 13
# Word n-gram and sub-word buckets stay off (bucket 0): fastText 0.9.2 with one thread fills only the
# first tenth of its input matrix and leaves the rest as uninitialised memory, which made training both
# irreproducible and prone to "Encountered NaN". Every row is instead set from a .vec file: the
# semantic encoder's vectors of the training words and of the encoder's whole-word vocabulary, reduced
# by PCA to `dim`. Words never seen in training then still sit near words of like meaning.
FASTTEXT_PARAMS: dict[str, Any] = {
    "lr": 0.3,
    "epoch": 20,
    "dim": 32,
    "minCount": 1,
    "loss": "softmax",
    "wordNgrams": 1,
    "minn": 0,
    "maxn": 0,
    "bucket": 0,
}
# Besides each whole document, fastText also trains on its consecutive windows of this many words
# (labelled like the document): the model learns local cues, not only a genre's overall vocabulary.
# In 5-fold family cross-validation on the 7,300-document dataset (macro-F1): no windows 0.807, 40 words
# 0.772, 100 words 0.842, 150 words 0.843, 200 words 0.830.
AUGMENT_WINDOW = 100
# Composed pages (genre "long page": unrelated documents with one labelled document buried inside, see
# `compose_long_pages`) are left out of training: the page takes its label from one part, so its other
# parts would be taught under the wrong label (that cost 5 to 20 points of macro-F1 in cross-validation).
# They are still classified, window by window. Other long documents are trained on (up to this many
# characters): their label is what the whole text is about. Leaving out everything over 2,000 characters,
# as earlier versions did, cost the tfidf model 1.7 points of out-of-fold macro-F1 on the 7,300-document
# dataset.
TRAIN_MAX_CHARS = 20_000
COMPOSED_GENRE = "long page"
QUANTIZE_PARAMS: dict[str, Any] = {"qnorm": True, "dsub": 2, "retrain": False}
HEAD_PARAMS: dict[str, Any] = {"l2": 1e-5, "lr": 1.0, "epochs": 2000}
# Chosen by 5-fold family cross-validation on train + dev (macro-F1 0.833 against 0.827 and 0.824 for the
# neighbouring settings); l2 is per example, about scikit-learn's C=10.
TFIDF_PARAMS: dict[str, Any] = {"min_df": 2, "l2": 3e-5, "lr": 4.0, "epochs": 600}
# The stage sets the combiner has a head for: what runs on every document, and that plus the escalated stage.
COMBINED_STAGES: list[tuple[str, ...]] = [("fasttext", "tfidf"), ("fasttext", "tfidf", "semantic")]
FOLDS = 5
SHIPPED = ("fasttext.ftz", "tfidf.npz", "semantic_head.npz", "combiner.npz", "minilm-m2v", "cascade.json")


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
    args.update(seed=seed, thread=1, verbose=0)
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
    """The rows to train on: not composed pages, and not longer than `max_chars` (see `TRAIN_MAX_CHARS`)."""
    return [
        r for r in rows if r.get("genre") != COMPOSED_GENRE and len(" ".join(words(r["text"]))) <= max_chars
    ]


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


def train_tfidf(rows: list[dict], out_path: Path, params: dict | None = None) -> Path:
    """Fit the TF-IDF logistic regression on the trainable `rows` and save it (.npz)."""
    train = trainable(rows)
    y = np.array([LABELS.index(r["label"]) for r in train])
    model = TfidfModel.fit(
        [words(r["text"]) for r in train], y, len(LABELS), **{**TFIDF_PARAMS, **(params or {})}
    )
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    model.save(out_path)
    return out_path


def fold_of(rows: list[dict], folds: int = FOLDS) -> list[int]:
    """Each row's fold, by a stable hash of its family (a family never straddles folds)."""
    return [stable_hash(r.get("family") or r["id"]) % folds for r in rows]


def out_of_fold(
    rows: list[dict], folds: int = FOLDS, seed: int = SEED, encoder_dir: Path = MODELS_DIR / "minilm-m2v"
) -> dict[str, np.ndarray]:
    """fastText, tfidf and semantic label probabilities of every row from models that never saw its family.

    Each fold's models are trained on the other folds and score it through the stage classes, so long
    documents are windowed exactly as at inference.
    """
    from classifiers.stages.fasttext_stage import FastTextStage
    from classifiers.stages.semantic import SemanticStage
    from classifiers.stages.tfidf_stage import TfidfStage

    assigned = fold_of(rows, folds)
    probs = {name: np.zeros((len(rows), len(LABELS))) for name in ("fasttext", "tfidf", "semantic")}
    encoder_dir = Path(encoder_dir).resolve()
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            held = [i for i, f in enumerate(assigned) if f == k]
            if not held:
                continue
            train = [r for r, f in zip(rows, assigned) if f != k]
            texts = [rows[i]["text"] for i in held]
            stages = {
                "fasttext": FastTextStage(
                    {
                        "model": str(
                            train_fasttext(train, Path(tmp) / "ft.ftz", seed=seed, encoder_dir=encoder_dir)
                        )
                    }
                ),
                "tfidf": TfidfStage({"model": str(train_tfidf(train, Path(tmp) / "tfidf.npz"))}),
                "semantic": SemanticStage(
                    {
                        "encoder": str(encoder_dir),
                        "head": str(train_semantic_head(train, Path(tmp) / "head.npz", encoder_dir)),
                    }
                ),
            }
            for name, stage in stages.items():
                probs[name][held] = stage.run(texts).probs
    return probs


def train_combiner(rows: list[dict], oof: dict[str, np.ndarray], out_path: Path) -> Path:
    """Fit the stacked combiner on out-of-fold probabilities of `rows` and save it (.npz)."""
    y = np.array([LABELS.index(r["label"]) for r in rows])
    combiner = StackedCombiner.fit(oof, y, COMBINED_STAGES, len(LABELS))
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    combiner.save(out_path)
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


def train_all(
    rows: list[dict], models_dir: Path = MODELS_DIR, seed: int = SEED, folds: int = FOLDS
) -> tuple[dict[str, str], dict[str, np.ndarray]]:
    """Train fastText, tfidf and the semantic head on `rows`, the combiner on their out-of-fold
    probabilities, then refresh MODELS.json.

    Returns the sha256 of each written file, and the out-of-fold probabilities (for calibration).
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
    tfidf = train_tfidf(rows, models_dir / "tfidf.npz")
    head = train_semantic_head(rows, models_dir / "semantic_head.npz", encoder)
    oof = out_of_fold(rows, folds, seed, encoder)
    combiner = train_combiner(rows, oof, models_dir / "combiner.npz")
    write_models_manifest(models_dir)
    return {p.name: file_sha256(p) for p in (ft, tfidf, head, combiner)}, oof
