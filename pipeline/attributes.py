"""The attributes format: one parquet file per input shard, one row per valid document, no text.

Layout of a tags directory:
    attributes/<shard key>.parquet   id, line, label, score_<label>, stage_<stage>, escalated,
                                     evidence columns, chars, classifier_version
    rejects/<shard key>.jsonl        {"source", "line", "id", "reason"} per rejected record
    meta/<shard key>.json            the shard's summary; written last, it marks the shard finished
"""

from __future__ import annotations

from pathlib import Path

import orjson
import pyarrow as pa

from classifiers.labels import LABELS

ATTRIBUTES_DIR, REJECTS_DIR, META_DIR = "attributes", "rejects", "meta"


def attributes_schema(stage_names: list[str]) -> pa.Schema:
    fields = [
        pa.field("id", pa.string()),
        pa.field("line", pa.int64()),
        pa.field("label", pa.string()),
        *[pa.field(f"score_{label}", pa.float32()) for label in LABELS],
        *[pa.field(f"stage_{stage}", pa.float32()) for stage in stage_names],
        pa.field("escalated", pa.bool_()),
        pa.field("evidence_terms", pa.list_(pa.string())),
        pa.field("behaviours", pa.list_(pa.string())),
        pa.field("ai_names", pa.list_(pa.string())),
        pa.field("chars", pa.int64()),
        pa.field("classifier_version", pa.string()),
    ]
    return pa.schema(fields)


def attribute_row(doc_id: str, line: int, chars: int, result, version: str) -> dict:
    """One attributes row from a `classifiers.cascade.Result`."""
    row = {"id": doc_id, "line": line, "label": result.label}
    row.update({f"score_{label}": result.scores[label] for label in LABELS})
    row.update({f"stage_{stage}": score for stage, score in result.stages.items()})
    row.update(
        escalated=result.escalated,
        evidence_terms=list(result.evidence.get("terms", [])),
        behaviours=list(result.evidence.get("behaviours", [])),
        ai_names=list(result.evidence.get("ai_names", [])),
        chars=chars,
        classifier_version=version,
    )
    return row


def attributes_path(tags_dir: Path, key: str) -> Path:
    return tags_dir / ATTRIBUTES_DIR / f"{key}.parquet"


def meta_path(tags_dir: Path, key: str) -> Path:
    return tags_dir / META_DIR / f"{key}.json"


def read_meta(tags_dir: Path, key: str) -> dict | None:
    path = meta_path(tags_dir, key)
    return orjson.loads(path.read_bytes()) if path.exists() else None
