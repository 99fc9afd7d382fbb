"""Describe a materialized dataset directory: outputs, ledger, rejects, counts and distributions.

The pipeline can pass these sections to `build_manifest` as they are, so the manifest describes
exactly the files on disk.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from manifests.errors import ManifestError
from manifests.files import iter_documents, sha256_file
from manifests.ledger import (
    DEFAULT_FLAGGED_LABELS,
    counts,
    distributions,
    ledger_rows,
    read_ledger,
    read_rejects,
)

DATA_DIR = "data"
LEDGER_DIR = "ledger"
REJECTS_FILE = "rejects.jsonl"


def describe_output(root: Path, rel: str, estimate_tokens: Callable[[str], int]) -> dict:
    """One `outputs` entry: path, sha256, bytes, documents and estimated tokens of a shard.

    Args:
        root: the dataset directory.
        rel: the shard's path relative to `root`.
        estimate_tokens: text -> approximate token count.
    """
    sha256, size = sha256_file(root / rel)
    documents = tokens = 0
    for doc in iter_documents(root / rel, rel):
        if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
            raise ManifestError(f"{rel}: document {documents + 1} has no string 'text'")
        documents += 1
        tokens += estimate_tokens(doc["text"])
    return {"path": rel, "sha256": sha256, "bytes": size, "documents": documents, "estimated_tokens": tokens}


def scan_dataset(
    root: str | Path,
    estimate_tokens: Callable[[str], int],
    bins: int | list[float] = 20,
    flagged_labels: tuple[str, ...] | list[str] = DEFAULT_FLAGGED_LABELS,
) -> dict:
    """The file-derived sections of a dataset manifest: outputs, ledger, rejects, counts, distributions.

    Args:
        root: the directory that holds (or will hold) manifest.json, with data/, ledger/, rejects.jsonl.
        estimate_tokens: text -> approximate token count (the pipeline's estimator).
        bins: histogram bins (a count over [0, 1] or explicit edges).
        flagged_labels: labels counted as flagged in the per-shard share.
    """
    root = Path(root)
    if not root.is_dir():
        raise ManifestError(f"{root}: not a directory")
    outputs = [
        describe_output(root, p.relative_to(root).as_posix(), estimate_tokens)
        for p in sorted((root / DATA_DIR).glob("*.jsonl.gz"))
    ]
    ledger_paths = [p.relative_to(root).as_posix() for p in sorted((root / LEDGER_DIR).glob("*.parquet"))]
    frame = read_ledger(root, ledger_paths)
    ledger = []
    for rel in ledger_paths:
        sha256, size = sha256_file(root / rel)
        ledger.append({"path": rel, "sha256": sha256, "bytes": size, "rows": ledger_rows(root / rel)})
    rejects_rows = read_rejects(root / REJECTS_FILE)
    rejects = None
    if (root / REJECTS_FILE).is_file():
        sha256, size = sha256_file(root / REJECTS_FILE)
        rejects = {"path": REJECTS_FILE, "sha256": sha256, "bytes": size, "rows": len(rejects_rows)}
    return {
        "outputs": outputs,
        "ledger": ledger,
        "rejects": rejects,
        "counts": counts(frame, rejects_rows),
        "distributions": distributions(frame, rejects_rows, bins, flagged_labels),
    }
