"""Training: the fastText model and the semantic head, from labelled rows (dicts with text and label).

Reproducible: fixed seeds and one thread, so the same rows give the same model bytes.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.head import SoftmaxHead
from classifiers.labels import LABELS
from classifiers.registry import MODELS_DIR, file_sha256
from classifiers.stages.fasttext_stage import PREFIX, fasttext_line
from classifiers.stages.semantic import Encoder, semantic_chunks

SEED = 13
FASTTEXT_PARAMS: dict[str, Any] = {
    "lr": 0.2, "epoch": 30, "dim": 32, "wordNgrams": 2, "minn": 0, "maxn": 0, "minCount": 2,
    "bucket": 200_000, "loss": "softmax",
}
QUANTIZE_PARAMS: dict[str, Any] = {"qnorm": True, "dsub": 2, "cutoff": 50_000, "retrain": False}
HEAD_PARAMS: dict[str, Any] = {"l2": 1e-3, "lr": 0.5, "epochs": 400}
SHIPPED = ("fasttext.ftz", "semantic_head.npz", "minilm-m2v", "cascade.json")


def _shuffled(rows: list[dict], seed: int) -> list[dict]:
    order = np.random.default_rng(seed).permutation(len(rows))
    return [rows[i] for i in order]


def train_fasttext(
    rows: list[dict], out_path: Path, params: dict | None = None, quantize: dict | None = None, seed: int = SEED
) -> Path:
    """Train the four-label fastText model on `rows` and save it quantized (.ftz).

    Args:
        rows: dicts with "text" and "label".
        out_path: where to write the model.
        params: fastText arguments overriding `FASTTEXT_PARAMS`.
        quantize: quantisation arguments overriding `QUANTIZE_PARAMS`; an empty dict skips quantisation.
        seed: fixes the row order and fastText's generator.
    """
    import fasttext

    fasttext.FastText.eprint = lambda *args, **kw: None
    args = {**FASTTEXT_PARAMS, **(params or {}), "seed": seed, "thread": 1, "verbose": 0}
    qargs = QUANTIZE_PARAMS if quantize is None else quantize
    with tempfile.TemporaryDirectory() as tmp:
        train_file = Path(tmp) / "train.txt"
        with open(train_file, "w", encoding="utf-8") as fh:
            for row in _shuffled(rows, seed):
                fh.write(f"{PREFIX}{row['label']} {fasttext_line(row['text'])}\n")
        model = fasttext.train_supervised(input=str(train_file), **args)
        if qargs:
            model.quantize(input=str(train_file), thread=1, verbose=0, **qargs)
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        model.save_model(str(out_path))
    return out_path


def embed_rows(encoder: Encoder, rows: list[dict], chunk_words: int, chunk_overlap: int):
    """Window embeddings of `rows` and each window's label index (a window inherits its document's label)."""
    chunks, owner = semantic_chunks([r["text"] for r in rows], chunk_words, chunk_overlap)
    y = np.array([LABELS.index(rows[i]["label"]) for i in owner])
    return encoder.encode(chunks), y


def train_semantic_head(
    rows: list[dict], out_path: Path, encoder_dir: Path, chunk_words: int = 300, chunk_overlap: int = 50,
    params: dict | None = None,
) -> Path:
    """Fit the softmax head over `encoder_dir` embeddings of `rows` and save it (.npz)."""
    x, y = embed_rows(Encoder(Path(encoder_dir)), rows, chunk_words, chunk_overlap)
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
    ft = train_fasttext(rows, models_dir / "fasttext.ftz", seed=seed)
    head = train_semantic_head(rows, models_dir / "semantic_head.npz", models_dir / "minilm-m2v")
    write_models_manifest(models_dir)
    return {p.name: file_sha256(p) for p in (ft, head)}
