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


class AttributeColumns:
    """Attributes rows gathered column by column (one list per schema field), for one parquet row group.

    Args:
        stage_names: the cascade's stages, in order.
        version: `Cascade.version`, stored on every row.
    """

    def __init__(self, stage_names: list[str], version: str):
        self.schema = attributes_schema(stage_names)
        self.version = version
        self._scores = [(label, f"score_{label}") for label in LABELS]
        self._stages = [(stage, f"stage_{stage}") for stage in stage_names]
        self.columns: dict[str, list] = {name: [] for name in self.schema.names}

    def __len__(self) -> int:
        return len(self.columns["id"])

    def add(self, doc_id: str, line: int, chars: int, result) -> None:
        """Append the row of one `classifiers.cascade.Result`."""
        cols, evidence = self.columns, result.evidence
        cols["id"].append(doc_id)
        cols["line"].append(line)
        cols["label"].append(result.label)
        for label, key in self._scores:
            cols[key].append(result.scores[label])
        for stage, key in self._stages:
            cols[key].append(result.stages.get(stage))
        cols["escalated"].append(result.escalated)
        cols["evidence_terms"].append(list(evidence.get("terms", [])))
        cols["behaviours"].append(list(evidence.get("behaviours", [])))
        cols["ai_names"].append(list(evidence.get("ai_names", [])))
        cols["chars"].append(chars)
        cols["classifier_version"].append(self.version)

    def take_table(self) -> pa.Table:
        """The gathered rows as a table; the columns start empty again."""
        table = pa.Table.from_pydict(self.columns, schema=self.schema)
        self.columns = {name: [] for name in self.schema.names}
        return table


def attributes_path(tags_dir: Path, key: str) -> Path:
    return tags_dir / ATTRIBUTES_DIR / f"{key}.parquet"


def meta_path(tags_dir: Path, key: str) -> Path:
    return tags_dir / META_DIR / f"{key}.json"


def read_meta(tags_dir: Path, key: str) -> dict | None:
    path = meta_path(tags_dir, key)
    return orjson.loads(path.read_bytes()) if path.exists() else None
