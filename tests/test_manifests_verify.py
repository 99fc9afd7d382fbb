"""Reruns are byte-identical; `verify` catches every kind of tampering with a dataset."""

from __future__ import annotations

import gzip
import shutil

import orjson
import polars as pl
import pytest
import typer
from typer.testing import CliRunner

from manifests import read_manifest, scan_dataset, write_manifest
from manifests.examples.toy import curate, estimate_tokens, make_inputs
from manifests.schema import content_id
from manifests.verify import verify
from pipeline import cli_manifest


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    return make_inputs(tmp_path_factory.mktemp("inputs"), shards=3, documents=40)


@pytest.fixture
def dataset(tmp_path, inputs):
    curate(inputs, tmp_path / "ds")
    return tmp_path / "ds"


def cli(*args: str):
    app = typer.Typer()
    app.add_typer(cli_manifest.app, name="manifest")
    app.command("report")(cli_manifest.report)
    return CliRunner().invoke(app, list(map(str, args)))


def test_two_runs_give_identical_shards_ledgers_and_cores(tmp_path, inputs):
    first = curate(inputs, tmp_path / "one")
    second = curate(inputs, tmp_path / "two")
    files = sorted(p.relative_to(tmp_path / "one") for p in (tmp_path / "one").rglob("*") if p.is_file())
    assert len(files) == 3 + 3 + 1 + 1  # data, ledger, rejects, manifest
    for rel in files:
        assert (tmp_path / "one" / rel).read_bytes() == (tmp_path / "two" / rel).read_bytes(), rel
    assert first["core"] == second["core"] and first["content_id"] == second["content_id"]


def test_runtime_differences_leave_the_content_id_alone(dataset):
    manifest = read_manifest(dataset)
    manifest["runtime"] = {"hostnames": ["b"], "executor": "ray", "duration_s": 3.5}
    write_manifest(dataset, manifest)
    assert verify(dataset) == []


def test_a_fresh_dataset_verifies(dataset):
    assert verify(dataset) == []
    manifest = read_manifest(dataset)
    cons = manifest["core"]["counts"]["conservation"]
    assert cons["read"] == 120 and cons["rejected"] == 6
    assert manifest["core"]["counts"]["rejects_by_reason"] == {"invalid_json": 3, "missing_text": 3}
    assert cons["written"] == sum(o["documents"] for o in manifest["core"]["outputs"])


def _rewrite_shard(path, edit):
    lines = gzip.decompress(path.read_bytes()).splitlines()
    path.write_bytes(gzip.compress(b"\n".join(edit(lines)) + b"\n", mtime=0))


def test_an_edited_document_fails_the_hash(dataset):
    def edit(lines):
        doc = orjson.loads(lines[0])
        doc["text"] += " (edited)"
        return [orjson.dumps(doc), *lines[1:]]

    _rewrite_shard(dataset / "data" / "part-1.jsonl.gz", edit)
    found = verify(dataset)
    assert len(found) == 1
    assert found[0].startswith("data/part-1.jsonl.gz: sha256 mismatch (manifest ")


def test_a_removed_document_fails_hash_and_recount(dataset):
    _rewrite_shard(dataset / "data" / "part-0.jsonl.gz", lambda lines: lines[:-1])
    found = verify(dataset)
    assert any("sha256 mismatch" in p for p in found)
    assert any(p.startswith("data/part-0.jsonl.gz: ") and "documents, manifest says" in p for p in found)
    assert any("ledger copies to it add up to" in p for p in found)


def test_a_truncated_or_missing_shard_is_reported(dataset):
    shard = dataset / "data" / "part-2.jsonl.gz"
    shard.write_bytes(shard.read_bytes()[:40])
    found = verify(dataset)
    assert any("sha256 mismatch" in p for p in found) and any("unreadable" in p for p in found)
    shard.unlink()
    assert "data/part-2.jsonl.gz: output file is missing" in verify(dataset)


def test_a_consistently_rehashed_manifest_still_fails_on_counts(dataset):
    """Someone edits a shard and updates its hash: the ledger and counts still give it away."""
    shard = dataset / "data" / "part-0.jsonl.gz"
    _rewrite_shard(shard, lambda lines: lines + lines[:1])
    manifest = read_manifest(dataset)
    fresh = scan_dataset(dataset, estimate_tokens)
    manifest["core"]["outputs"] = fresh["outputs"]
    manifest["content_id"] = content_id(manifest)
    write_manifest(dataset, manifest)
    found = verify(dataset)
    assert any("ledger copies to it add up to" in p for p in found), found
    assert any("ledger writes" in p and "outputs hold" in p for p in found), found


def test_an_edited_ledger_is_caught(dataset):
    path = dataset / "ledger" / "part-0.parquet"
    frame = pl.read_parquet(path)
    frame = frame.with_columns(
        pl.when(pl.col("line") == 1).then(pl.lit("drop")).otherwise(pl.col("action")).alias("action")
    )
    frame.write_parquet(path)
    found = verify(dataset)
    assert any(p.startswith("ledger/part-0.parquet: sha256 mismatch") for p in found)


def test_a_ledger_edited_and_rehashed_is_caught_by_its_rows(dataset):
    path = dataset / "ledger" / "part-0.parquet"
    frame = pl.read_parquet(path)
    first_kept = frame.filter(pl.col("action") == "keep")["line"][0]
    frame = frame.with_columns(
        pl.when(pl.col("line") == first_kept).then(pl.lit("drop")).otherwise(pl.col("action")).alias("action")
    )
    frame.write_parquet(path)
    manifest = read_manifest(dataset)
    manifest["core"]["ledger"] = scan_dataset(dataset, estimate_tokens)["ledger"]
    manifest["content_id"] = content_id(manifest)
    write_manifest(dataset, manifest)
    found = verify(dataset)
    assert f"ledger part-0.jsonl.gz:{first_kept}: action drop with copies 1" in found[0]
    assert any(p.startswith("counts.by_action.drop: manifest says") for p in found)


def test_an_edited_rejects_file_is_caught(dataset):
    path = dataset / "rejects.jsonl"
    path.write_bytes(
        path.read_bytes() + b'{"source": "part-0.jsonl.gz", "line": 99, "id": null, "reason": "x"}\n'
    )
    assert any(p.startswith("rejects.jsonl: sha256 mismatch") for p in verify(dataset))


def test_an_edited_count_is_caught(dataset):
    manifest = read_manifest(dataset)
    manifest["core"]["counts"]["by_label"]["other"] += 1
    manifest["content_id"] = content_id(manifest)
    write_manifest(dataset, manifest)
    found = verify(dataset)
    recorded = manifest["core"]["counts"]["by_label"]["other"]
    assert found == [f"counts.by_label.other: manifest says {recorded}, files give {recorded - 1}"]


def test_a_hand_edited_manifest_fails_its_content_id(dataset):
    path = dataset / "manifest.json"
    path.write_text(path.read_text().replace('"version": "1.0.0"', '"version": "1.0.1"'))
    found = verify(dataset)
    assert len(found) == 1 and found[0].startswith("$.content_id: ") and "does not match the core" in found[0]


def test_verify_command_exit_codes(dataset):
    ok = cli("manifest", "verify", dataset)
    assert ok.exit_code == 0 and ok.stdout.startswith("ok: ")
    shutil.rmtree(dataset / "ledger")
    bad = cli("manifest", "verify", dataset)
    assert bad.exit_code == 1
    assert "error: ledger/part-0.parquet: ledger file is missing" in bad.stderr
    assert "Traceback" not in bad.output
    missing = cli("manifest", "verify", dataset / "nope")
    assert missing.exit_code == 1 and missing.stderr.strip().count("\n") == 0
    assert "no such manifest" in missing.stderr
