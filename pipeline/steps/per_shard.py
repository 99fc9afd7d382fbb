"""PerShardWriter: the base of writers whose files are per input shard, finished on the shard's end marker."""

from __future__ import annotations

from abc import abstractmethod
from typing import Protocol

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from pipeline.records import SHARD_END, is_reject, is_shard_end


class ShardFiles(Protocol):
    """The open files of one shard."""

    def add(self, doc: Document) -> None: ...

    def add_reject(self, doc: Document) -> None: ...

    def finish(self, summary: dict) -> None: ...

    def abandon(self) -> None: ...


class PerShardWriter(PipelineStep):
    """Routes every document to its shard's files; on `shard_end` they are finished (renamed into place).

    A stream that ends without a shard's marker (an error upstream) abandons that shard's temporary files,
    so nothing unfinished ever looks finished. Subclasses fill `open_shard`.
    """

    type = "💽 - WRITER"

    @abstractmethod
    def open_shard(self, key: str) -> ShardFiles:
        """Args:
        key: the shard's key.
        """

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        shard = None
        try:
            for doc in data:
                if shard is None:
                    shard = self.open_shard(doc.metadata["shard"])
                if is_shard_end(doc):
                    shard.finish(doc.metadata[SHARD_END].to_dict())
                    self.stat_update("shards")
                    shard = None
                elif is_reject(doc):
                    shard.add_reject(doc)
                else:
                    shard.add(doc)
                yield doc
        finally:
            if shard is not None:
                shard.abandon()
