"""Same inputs + same configuration -> same bytes; a changed threshold -> a diff naming it and the moved docs."""

from __future__ import annotations

import json

import polars as pl

from tests.conftest import run_cli


def test_reruns_are_byte_identical_and_threshold_changes_show_in_the_diff(tmp_path, small_corpus):
    inputs = f"{small_corpus}/*.jsonl.gz"
    tags = tmp_path / "tags"
    run_cli("tag", "--input", inputs, "--output", tags)
    for run in ("a", "b"):
        run_cli("materialize", "--input", inputs, "--tags", tags, "--policy", "contextualized",
                "--output", tmp_path / run)
    for sub in ("data", "ledger"):
        names = sorted(p.name for p in (tmp_path / "a" / sub).iterdir())
        assert names and names == sorted(p.name for p in (tmp_path / "b" / sub).iterdir())
        for name in names:
            assert (tmp_path / "a" / sub / name).read_bytes() == (tmp_path / "b" / sub / name).read_bytes()
    a, b = (json.loads((tmp_path / run / "manifest.json").read_text()) for run in ("a", "b"))
    assert a["core"] == b["core"] and a["content_id"] == b["content_id"]

    strict = tmp_path / "strict.yaml"
    strict.write_text(
        "name: contextualized\nversion: '1'\n"
        "rules: {misaligned_ai_fiction: contextualize, misaligned_ai_discourse: contextualize}\n"
        "thresholds: {misaligned_ai_fiction: 0.999, misaligned_ai_discourse: 0.5}\n"
    )
    run_cli("materialize", "--input", inputs, "--tags", tags, "--policy", strict, "--output", tmp_path / "c")
    ledger_a = pl.read_parquet(sorted((tmp_path / "a" / "ledger").glob("*.parquet")))
    ledger_c = pl.read_parquet(sorted((tmp_path / "c" / "ledger").glob("*.parquet")))
    moved = ledger_a.join(ledger_c, on=["source", "line"], suffix="_c").filter(pl.col("action") != pl.col("action_c"))
    assert moved.height > 0, "the stricter threshold should move some fiction documents"

    report = run_cli("manifest", "diff", tmp_path / "a" / "manifest.json", tmp_path / "c" / "manifest.json",
                     "--format", "md", "--sample", "1000").stdout
    assert "misaligned_ai_fiction" in report and "0.999" in report
    for doc_id in moved["id"].to_list():
        assert doc_id in report
    as_json = json.loads(run_cli("manifest", "diff", tmp_path / "a" / "manifest.json",
                                 tmp_path / "c" / "manifest.json", "--format", "json").stdout)
    threshold_change = [c for c in as_json["policy"] if c["path"].endswith("misaligned_ai_fiction.threshold")]
    assert threshold_change == [{"path": threshold_change[0]["path"], "old": 0.5, "new": 0.999}]
    assert as_json["decisions"]["changed"] == moved.height
