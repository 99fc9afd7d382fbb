"""AttributesWriter: per shard, streams tags to parquet, rejects to jsonl, and finishes with its meta file."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pyarrow.parquet as pq
from datatrove.data import Document

from pipeline.atomic import write_atomic
from pipeline.attributes import (
    REJECTS_DIR,
    AttributeColumns,
    attributes_path,
    meta_path,
)
from pipeline.steps.per_shard import PerShardWriter

ROW_GROUP = 8192


class AttributesWriter(PerShardWriter):
    """Writes the attributes of each shard; a shard's files appear (by rename) only once it is complete.

    Args:
        output_dir: the tags directory.
        stage_names: the cascade's stages, in order (one `stage_<name>` column each).
        classifier_version: `Cascade.version`, stored on every row and in the meta file.
    """

    name = "💾 attributes writer"

    def __init__(self, output_dir: str, stage_names: list[str], classifier_version: str):
        super().__init__()
        self.output_dir = output_dir
        self.stage_names = stage_names
        self.classifier_version = classifier_version

    def open_shard(self, key: str) -> _ShardFiles:
        return _ShardFiles(Path(self.output_dir), key, self)


class _ShardFiles:
    def __init__(self, root: Path, key: str, step: AttributesWriter):
        self.root, self.key, self.step = root, key, step
        self.rows = AttributeColumns(step.stage_names, step.classifier_version)
        self.final = attributes_path(root, key)
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.final.with_name(f".{self.final.name}.tmp-{os.getpid()}")
        self.writer = pq.ParquetWriter(self.tmp, self.rows.schema, compression="zstd")
        self.rejects: list[bytes] = []
        self.documents = 0

    def add(self, doc: Document) -> None:
        meta = doc.metadata
        self.rows.add(doc.id, meta["line"], len(doc.text), meta["tags"])
        self.documents += 1
        if len(self.rows) >= ROW_GROUP:
            self._flush()

    def add_reject(self, doc: Document) -> None:
        meta = doc.metadata
        record = {"source": self.key, "line": meta["line"], "id": doc.id or None, "reason": meta["reject"]}
        self.rejects.append(orjson.dumps(record) + b"\n")

    def _flush(self) -> None:
        if len(self.rows):
            self.writer.write_table(self.rows.take_table())

    def finish(self, summary: dict) -> None:
        self._flush()
        self.writer.close()
        os.replace(self.tmp, self.final)
        write_atomic(self.root / REJECTS_DIR / f"{self.key}.jsonl", b"".join(self.rejects))
        meta = {
            **summary,
            "documents": self.documents,
            "rejected": sum(summary["rejects"].values()),
            "classifier_version": self.step.classifier_version,
            "attributes": str(self.final.relative_to(self.root)),
        }
        write_atomic(meta_path(self.root, self.key), orjson.dumps(meta, option=orjson.OPT_INDENT_2))

    def abandon(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)
