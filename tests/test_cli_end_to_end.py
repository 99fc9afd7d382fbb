"""The commands end to end through the real CLI: tag, materialize, classify, info; nothing lost."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import orjson
import polars as pl

from classifiers.labels import LABELS
from tests.conftest import run_cli, write_jsonl_gz

TERMS = ("kept", "contextualized", "tagged", "dropped", "rejected")


def read_gz_lines(path):
    return [orjson.loads(line) for line in gzip.decompress(path.read_bytes()).splitlines()]


def test_tag_then_materialize_accounts_for_every_document(tmp_path, small_corpus):
    tags, out = tmp_path / "tags", tmp_path / "out"
    proc = run_cli("tag", "--input", f"{small_corpus}/*.jsonl.gz", "--output", tags)
    assert "tagged 3 shard(s)" in proc.stdout
    n = sum(len(read_gz_lines(p)) for p in small_corpus.glob("*.jsonl.gz"))
    attrs = pl.read_parquet(sorted((tags / "attributes").glob("*.parquet")))
    assert attrs.height == n and attrs["id"].n_unique() == n
    assert "text" not in attrs.columns
    assert set(attrs["label"]) <= set(LABELS)
    assert {f"score_{label}" for label in LABELS} <= set(attrs.columns)
    assert attrs["stage_lexicon"].null_count() == 0 and attrs["stage_fasttext"].null_count() == 0
    # expensive stages ran on escalated documents only
    assert attrs.filter(~pl.col("escalated"))["stage_semantic"].null_count() == attrs.filter(~pl.col("escalated")).height
    assert attrs.filter(pl.col("escalated"))["stage_semantic"].null_count() == 0

    run_cli("materialize", "--input", f"{small_corpus}/*.jsonl.gz", "--tags", tags, "--policy", "default",
            "--output", out)
    manifest = json.loads((out / "manifest.json").read_text())
    conservation = manifest["core"]["counts"]["conservation"]
    assert conservation["read"] == n
    assert sum(conservation[t] for t in TERMS) == conservation["read"]
    ledger = pl.read_parquet(sorted((out / "ledger").glob("*.parquet")))
    assert ledger.height == n
    written = sum(len(read_gz_lines(p)) for p in (out / "data").glob("*.jsonl.gz"))
    assert written == ledger["copies"].sum()
    # contextualized documents keep the original text verbatim: removing the delimited commentary gives it back
    from pipeline.commentary import unwrap

    texts = {r["id"]: r["text"] for p in small_corpus.glob("*.jsonl.gz") for r in read_gz_lines(p)}
    for path in (out / "data").glob("*.jsonl.gz"):
        for row in read_gz_lines(path):
            if row["metadata"]["glossator"]["action"] == "contextualize":
                assert unwrap(row["text"]) == texts[row["id"]] and row["text"] != texts[row["id"]]
    verify = run_cli("manifest", "verify", out / "manifest.json")
    assert verify.returncode == 0


def test_every_kind_of_bad_input_is_rejected_counted_and_named(tmp_path, labelled_rows):
    text = labelled_rows[0]["text"]
    good = lambda i: orjson.dumps({"id": f"ok{i}", "text": text})  # noqa: E731
    corpus = tmp_path / "bad"
    corpus.mkdir()
    (corpus / "a.jsonl").write_bytes(b"\n".join([
        good(1),
        b'{"id": "broken", "text": ',                      # line 2: malformed JSON
        b'{"id": "latin1", "text": "caf\xe9"}',            # line 3: invalid UTF-8
        b'{"id": "notext"}',                               # line 4: missing text
        b'{"id": "blank", "text": "  "}',                  # line 5: empty text
        orjson.dumps({"id": "ok1", "text": "again"}),      # line 6: duplicate id
        good(2),
    ]) + b"\n")
    full = gzip.compress(b"".join(good(i) + b"\n" for i in range(100, 3000)), mtime=0)
    (corpus / "b.jsonl.gz").write_bytes(full[: len(full) // 3])   # truncated gzip
    tags, out = tmp_path / "tags", tmp_path / "out"
    run_cli("tag", "--input", f"{corpus}/*", "--output", tags)
    run_cli("materialize", "--input", f"{corpus}/*", "--tags", tags, "--policy", "baseline", "--output", out)
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text().splitlines()]
    by_line = {(r["source"], r["line"]): r["reason"] for r in rejects}
    assert by_line[("a.jsonl", 2)].startswith("malformed JSON")
    assert by_line[("a.jsonl", 3)].startswith("invalid UTF-8")
    assert by_line[("a.jsonl", 4)].startswith("missing text")
    assert by_line[("a.jsonl", 5)].startswith("empty text")
    assert by_line[("a.jsonl", 6)].startswith("duplicate id")
    assert any(src == "b.jsonl.gz" and "gzip" in reason for (src, _), reason in by_line.items())
    conservation = json.loads((out / "manifest.json").read_text())["core"]["counts"]["conservation"]
    assert conservation["rejected"] == len(rejects) == 6
    assert sum(conservation[t] for t in TERMS) == conservation["read"]

    strict = run_cli("tag", "--input", f"{corpus}/a.jsonl", "--output", tmp_path / "strict", "--strict",
                     check=False)
    assert strict.returncode == 1
    assert "a.jsonl:2: malformed JSON" in strict.stderr and "Traceback" not in strict.stderr


def test_policy_errors_are_one_clear_line(tmp_path, small_corpus):
    tags = tmp_path / "tags"
    run_cli("tag", "--input", f"{small_corpus}/part-0.jsonl.gz", "--output", tags)
    for body, expected in [
        ("name: x\nrules: {villains: drop}\n", "unknown label 'villains'"),
        ("name: x\nrules: {other: burn}\n", "unknown action 'burn'"),
        ("name: x\nrules: [1, 2\n", "invalid YAML"),
    ]:
        policy = tmp_path / "policy.yaml"
        policy.write_text(body)
        proc = run_cli("materialize", "--input", f"{small_corpus}/part-0.jsonl.gz", "--tags", tags,
                       "--policy", policy, "--output", tmp_path / "out", check=False)
        assert proc.returncode == 1
        assert expected in proc.stderr and str(policy) in proc.stderr
        assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_materialize_refuses_a_shard_changed_since_tagging(tmp_path, small_corpus):
    shard = small_corpus / "part-1.jsonl.gz"
    tags = tmp_path / "tags"
    run_cli("tag", "--input", shard, "--output", tags)
    write_jsonl_gz(shard, [{"id": "new", "text": "a different shard now"}])
    proc = run_cli("materialize", "--input", shard, "--tags", tags, "--policy", "default",
                   "--output", tmp_path / "out", check=False)
    assert proc.returncode == 1 and "refusing shard" in proc.stderr and "part-1.jsonl.gz" in proc.stderr


def test_classify_writes_one_result_per_line_in_order(tmp_path, labelled_rows):
    rows = [{"id": f"c{i}", "text": r["text"]} for i, r in enumerate(labelled_rows[::50])]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in rows))
    run_cli("classify", src, "-o", tmp_path / "out.jsonl")
    results = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r["id"] for r in results] == [r["id"] for r in rows]
    for r in results:
        assert set(r) == {"id", "label", "scores", "stages"}
        assert r["label"] in LABELS and set(r["scores"]) == set(LABELS)
        assert abs(sum(r["scores"].values()) - 1) < 1e-3
        assert list(r["stages"])[:2] == ["lexicon", "fasttext"]


def test_info_json_lists_models_and_templates_with_sha256(tmp_path):
    info = json.loads(run_cli("info", "--json").stdout)
    assert info["packages"]["datatrove"] and info["packages"]["glossator"]
    shipped = {role: sha for s in info["stages"] for role, sha in s["sha256"].items()}
    assert "model" in shipped and all(len(sha) == 64 for sha in shipped.values())
    assert all(Path(path).exists() for s in info["stages"] for path in s["models"].values())
    assert info["template_sets"] and all(len(t["sha256"]) == 64 for t in info["template_sets"])


def test_missing_input_exits_non_zero_with_one_line(tmp_path):
    proc = run_cli("tag", "--input", tmp_path / "nothing.jsonl", "--output", tmp_path / "t", check=False)
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"error: {tmp_path / 'nothing.jsonl'}: no such file"
