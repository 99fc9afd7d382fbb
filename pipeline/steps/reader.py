"""ShardReader: jsonl, jsonl.gz and parquet in; one Document (or reject) per input record out."""

from __future__ import annotations

import gzip
import io
import zlib
from collections import Counter
from typing import Iterator

import fsspec
import orjson
import pyarrow.parquet as pq
from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from pipeline.records import ShardSummary, reason_kind, reject, shard_end
from pipeline.shards import HashingReader, InputError, Shard, sha256_of

DEFAULT_MAX_DOC_BYTES = 64 * 1024 * 1024


class ShardReader(PipelineStep):
    """Reads the shards assigned to this rank, validating every record.

    A record is rejected (and sent on as a reject) when it is malformed JSON, not UTF-8, not an object,
    has a missing/empty text or id, or is larger than `max_doc_bytes`; a truncated gzip ends its shard
    with one reject. Records without an id field get `<shard key>#<line>`.

    Args:
        shards: all shards of the run; rank r reads shards[r::world_size].
        text_key: field holding the text.
        id_key: field holding the document id.
        max_doc_bytes: records above this size are rejected, unread.
        strict: raise InputError at the first bad record instead of rejecting it.
    """

    name = "📖 glossator shards"
    type = "📖 - READER"

    def __init__(
        self,
        shards: list[Shard],
        text_key: str = "text",
        id_key: str = "id",
        max_doc_bytes: int = DEFAULT_MAX_DOC_BYTES,
        strict: bool = False,
    ):
        super().__init__()
        self.shards = shards
        self.text_key = text_key
        self.id_key = id_key
        self.max_doc_bytes = max_doc_bytes
        self.strict = strict

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for shard in self.shards[rank::world_size]:
            yield from self.read_shard(shard)

    def read_shard(self, shard: Shard) -> Iterator[Document]:
        rejects: Counter = Counter()
        read = 0
        with fsspec.open(shard.uri, "rb") as raw:
            hashing = HashingReader(raw)
            records = self._parquet(shard) if shard.format == "parquet" else self._jsonl(shard, hashing)
            for doc in records:
                read += 1
                if "reject" in doc.metadata:
                    reason = doc.metadata["reject"]
                    if self.strict:
                        raise InputError(f"{shard.uri}:{doc.metadata['line']}: {reason}")
                    rejects[reason_kind(reason)] += 1
                    self.stat_update("rejected")
                else:
                    self.stat_update("documents")
                yield doc
            sha256, size = hashing.drain(), hashing.bytes
        if shard.format == "parquet":
            sha256, size = sha256_of(shard.uri)
        yield shard_end(ShardSummary(shard.key, shard.uri, sha256, size, read, dict(rejects)))

    def _jsonl(self, shard: Shard, raw: HashingReader) -> Iterator[Document]:
        buffered = io.BufferedReader(raw, buffer_size=1 << 20)
        stream = gzip.GzipFile(fileobj=buffered, mode="rb") if shard.format == "jsonl.gz" else buffered
        line = 0
        while True:
            try:
                chunk = stream.readline(self.max_doc_bytes + 1)
            except (EOFError, zlib.error, gzip.BadGzipFile) as e:
                yield reject(shard.key, line + 1, f"truncated or corrupt gzip: {e}")
                return
            if not chunk:
                return
            line += 1
            if len(chunk) > self.max_doc_bytes and not chunk.endswith(b"\n"):
                skipped = self._skip_rest_of_line(stream)
                if skipped is not None:
                    yield reject(shard.key, line, f"document too large: over {self.max_doc_bytes} bytes")
                else:
                    yield reject(shard.key, line, "truncated or corrupt gzip: inside an oversized record")
                    return
                continue
            if not chunk.strip():
                yield reject(shard.key, line, "empty line")
                continue
            yield self._from_json(shard, line, chunk)

    @staticmethod
    def _skip_rest_of_line(stream) -> int | None:
        skipped = 0
        try:
            while True:
                piece = stream.readline(1 << 20)
                skipped += len(piece)
                if not piece or piece.endswith(b"\n"):
                    return skipped
        except (EOFError, zlib.error, gzip.BadGzipFile):
            return None

    def _from_json(self, shard: Shard, line: int, chunk: bytes) -> Document:
        try:
            chunk.decode("utf-8")
        except UnicodeDecodeError as e:
            return reject(shard.key, line, f"invalid UTF-8: byte {e.start}")
        try:
            row = orjson.loads(chunk)
        except orjson.JSONDecodeError as e:
            return reject(shard.key, line, f"malformed JSON: {e}")
        if not isinstance(row, dict):
            return reject(shard.key, line, f"not a JSON object: {type(row).__name__}")
        return self._from_row(shard, line, row)

    def _from_row(self, shard: Shard, line: int, row: dict) -> Document:
        doc_id = row.pop(self.id_key, None)
        text = row.pop(self.text_key, None)
        if doc_id is None:
            doc_id = f"{shard.key}#{line}"
        elif not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool) or str(doc_id).strip() == "":
            return reject(shard.key, line, f"empty or invalid id: {doc_id!r}"[:200])
        doc_id = str(doc_id)
        if text is None:
            return reject(shard.key, line, f"missing text: no {self.text_key!r} field", doc_id)
        if not isinstance(text, str):
            return reject(shard.key, line, f"missing text: {self.text_key!r} is {type(text).__name__}", doc_id)
        if not text.strip():
            return reject(shard.key, line, "empty text", doc_id)
        if len(text) > self.max_doc_bytes:
            return reject(shard.key, line, f"document too large: over {self.max_doc_bytes} bytes", doc_id)
        return Document(text=text, id=doc_id, metadata={"shard": shard.key, "line": line, "fields": row})

    def _parquet(self, shard: Shard) -> Iterator[Document]:
        with fsspec.open(shard.uri, "rb") as f:
            try:
                parquet = pq.ParquetFile(f)
            except Exception as e:  # noqa: BLE001 - pyarrow raises several types for a damaged file
                yield reject(shard.key, 1, f"unreadable parquet: {e}")
                return
            yield from self._parquet_rows(shard, parquet)

    def _parquet_rows(self, shard: Shard, parquet: pq.ParquetFile) -> Iterator[Document]:
        line = 0
        for batch in parquet.iter_batches(batch_size=1024):
            for row in batch.to_pylist():
                line += 1
                if isinstance(row.get(self.text_key), bytes):
                    try:
                        row[self.text_key] = row[self.text_key].decode("utf-8")
                    except UnicodeDecodeError as e:
                        yield reject(shard.key, line, f"invalid UTF-8: byte {e.start}")
                        continue
                yield self._from_row(shard, line, row)
