"""ShardReader: every input record becomes one document or one reject naming its line."""

import gzip
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.records import is_reject, is_shard_end
from pipeline.shards import InputError, resolve_shards, sha256_of
from pipeline.steps.reader import ShardReader


def read_all(path: Path, **kwargs) -> tuple[list, dict]:
    shards = resolve_shards([str(path)])
    docs = list(ShardReader(shards, **kwargs).run())
    end = docs.pop()
    assert is_shard_end(end)
    return docs, end.metadata["shard_end"].to_dict()


def write_lines(path: Path, lines: list[bytes]) -> Path:
    data = b"".join(line + b"\n" for line in lines)
    path.write_bytes(gzip.compress(data, mtime=0) if path.name.endswith(".gz") else data)
    return path


def good(i: int) -> bytes:
    return orjson.dumps({"id": f"d{i}", "text": f"document number {i}", "lang": "en"})


def test_valid_records_keep_order_lines_and_extra_fields(tmp_path):
    docs, summary = read_all(write_lines(tmp_path / "a.jsonl.gz", [good(i) for i in range(5)]))
    assert [d.id for d in docs] == [f"d{i}" for i in range(5)]
    assert [d.metadata["line"] for d in docs] == [1, 2, 3, 4, 5]
    assert docs[0].metadata["fields"] == {"lang": "en"}
    assert summary["read"] == 5 and summary["rejects"] == {}
    assert summary["sha256"] == sha256_of(str(tmp_path / "a.jsonl.gz"))[0]


@pytest.mark.parametrize(
    "line, reason",
    [
        (b'{"id": "x", "text": "unterminated', "malformed JSON"),
        (b'{"id": "x", "text": "caf\xe9"}', "invalid UTF-8"),
        (b'{"id": "x"}', "missing text"),
        (b'{"id": "x", "text": 42}', "missing text"),
        (b'{"id": "x", "text": "   "}', "empty text"),
        (b'{"id": "", "text": "fine"}', "empty or invalid id"),
        (b'["not", "an", "object"]', "not a JSON object"),
        (b"", "empty line"),
    ],
)
def test_bad_record_is_rejected_with_its_line(tmp_path, line, reason):
    path = write_lines(tmp_path / "bad.jsonl", [good(1), line, good(3)])
    docs, summary = read_all(path)
    assert [d.id for d in docs if not is_reject(d)] == ["d1", "d3"]
    rejects = [d for d in docs if is_reject(d)]
    assert len(rejects) == 1
    assert rejects[0].metadata["line"] == 2
    assert rejects[0].metadata["reject"].startswith(reason)
    assert summary["read"] == 3 and sum(summary["rejects"].values()) == 1


def test_strict_stops_at_first_bad_record_naming_file_and_line(tmp_path):
    path = write_lines(tmp_path / "bad.jsonl", [good(1), b"{oops", good(3)])
    with pytest.raises(InputError, match=r"bad\.jsonl:2: malformed JSON"):
        read_all(path, strict=True)


def test_truncated_gzip_keeps_what_was_read_and_rejects_the_tail(tmp_path):
    full = gzip.compress(b"".join(good(i) + b"\n" for i in range(2000)), mtime=0)
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(full[: len(full) // 2])
    docs, summary = read_all(path)
    valid = [d for d in docs if not is_reject(d)]
    rejects = [d for d in docs if is_reject(d)]
    assert 0 < len(valid) < 2000
    assert len(rejects) == 1 and "gzip" in rejects[0].metadata["reject"]
    assert rejects[0].metadata["line"] == len(valid) + 1 or rejects[0].metadata["line"] == len(valid)
    assert summary["read"] == len(docs)
    assert summary["bytes"] == path.stat().st_size


def test_large_document_is_read_and_oversized_one_rejected(tmp_path):
    big = "word " * 2_000_000  # 10 MB
    path = write_lines(tmp_path / "big.jsonl", [orjson.dumps({"id": "big", "text": big}), good(2)])
    docs, _ = read_all(path)
    assert [len(d.text) for d in docs] == [len(big), len("document number 2")]
    docs, summary = read_all(path, max_doc_bytes=1_000_000)
    assert docs[0].metadata["reject"].startswith("document too large")
    assert docs[1].id == "d2"
    assert summary["rejects"] == {"document too large": 1}


def test_missing_id_gets_a_stable_id_from_shard_and_line(tmp_path):
    docs, _ = read_all(write_lines(tmp_path / "noid.jsonl", [orjson.dumps({"text": "no id here"})]))
    assert docs[0].id == "noid.jsonl#1"


def test_parquet_shard(tmp_path):
    table = pa.Table.from_pylist(
        [{"id": "p1", "text": "first", "url": "u1"}, {"id": "p2", "text": "", "url": "u2"}, {"id": "p3", "text": "third", "url": "u3"}]
    )
    pq.write_table(table, tmp_path / "s.parquet")
    docs, summary = read_all(tmp_path / "s.parquet")
    assert [(d.id, d.metadata["line"]) for d in docs if not is_reject(d)] == [("p1", 1), ("p3", 3)]
    assert summary["rejects"] == {"empty text": 1}
    assert summary["sha256"] == sha256_of(str(tmp_path / "s.parquet"))[0]


def test_shard_keys_are_unique_across_directories(tmp_path):
    for sub in ("2024-01", "2024-02"):
        (tmp_path / sub).mkdir()
        write_lines(tmp_path / sub / "part-0.jsonl", [good(1)])
    keys = [s.key for s in resolve_shards([str(tmp_path / "*" / "*.jsonl")])]
    assert keys == ["2024-01__part-0.jsonl", "2024-02__part-0.jsonl"]


def test_fsspec_memory_url(tmp_path):
    import fsspec

    with fsspec.open("memory://corpus/m.jsonl", "wb") as f:
        f.write(good(7) + b"\n")
    shards = resolve_shards(["memory://corpus/*.jsonl"])
    assert shards[0].uri == "memory://corpus/m.jsonl"
    docs = [d for d in ShardReader(shards).run() if not is_shard_end(d)]
    assert [d.id for d in docs] == ["d7"]


def test_missing_input_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        resolve_shards([str(tmp_path / "nope.jsonl")])
