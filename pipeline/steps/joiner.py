"""TagJoiner: attaches each document's stored attributes, read back in shard order; no re-classifying."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pyarrow.parquet as pq
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from pipeline.attributes import attributes_path
from pipeline.records import is_reject, is_shard_end
from pipeline.shards import InputError


class TagJoiner(PipelineStep):
    """Sets `metadata["attrs"]` (the attributes row as a dict) on every valid document.

    Attributes hold one row per valid record, in line order, so the join is a merge: each document must
    meet the row with its own line and id, or the shard changed since it was tagged.

    Args:
        tags_dir: the tags directory written by `glossator tag`.
        duplicates: shard key -> {line: reason} of records to reject as duplicate ids.
    """

    name = "🔗 tag joiner"
    type = "🔗 - JOINER"

    def __init__(self, tags_dir: str, duplicates: dict[str, dict[int, str]] | None = None):
        super().__init__()
        self.tags_dir = tags_dir
        self.duplicates = duplicates or {}

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        rows: Iterator[dict] | None = None
        for doc in data:
            if is_shard_end(doc):
                rows = None
                yield doc
                continue
            key = doc.metadata["shard"]
            if rows is None:
                rows = self._rows(key)
            if is_reject(doc):
                yield doc
                continue
            line = doc.metadata["line"]
            row = next(rows, None)
            if row is None or row["line"] != line or row["id"] != doc.id:
                found = "nothing" if row is None else f"id {row['id']!r} at line {row['line']}"
                raise InputError(
                    f"{key}:{line}: attributes do not match the shard (expected id {doc.id!r}, found {found}); "
                    "re-run glossator tag"
                )
            if line in self.duplicates.get(key, {}):
                doc.metadata["reject"] = self.duplicates[key][line]
                self.stat_update("duplicates")
            else:
                doc.metadata["attrs"] = row
            yield doc

    def _rows(self, key: str) -> Iterator[dict]:
        parquet = pq.ParquetFile(attributes_path(Path(self.tags_dir), key))
        for batch in parquet.iter_batches(batch_size=4096):
            yield from batch.to_pylist()
