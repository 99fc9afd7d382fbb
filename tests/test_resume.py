"""Kill `glossator tag` mid-run, run it again: finished shards are skipped, the rest redone, same result."""

from __future__ import annotations

import os
import signal
import subprocess
import time

import polars as pl

from tests.conftest import GLOSSATOR, run_cli, write_jsonl_gz


def test_tag_resumes_after_kill(tmp_path, labelled_rows):
    corpus = tmp_path / "corpus"
    rows = [{"id": f"{r['id']}-{k}", "text": r["text"]} for k in range(3) for r in labelled_rows]
    n_shards = 8
    for i in range(n_shards):
        write_jsonl_gz(corpus / f"shard-{i}.jsonl.gz", rows[i::n_shards])
    tags = tmp_path / "tags"
    proc = subprocess.Popen([*GLOSSATOR, "tag", "--input", f"{corpus}/*.jsonl.gz", "--output", str(tags)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.time() + 300
        while time.time() < deadline and len(list((tags / "meta").glob("*.json"))) < 2:
            time.sleep(0.05)
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
    finished = sorted(p.stem for p in (tags / "meta").glob("*.json"))
    assert 2 <= len(finished) < n_shards, "the kill should land mid-run"
    # a shard without its meta file is not finished, whatever else is on disk
    visible = sorted(p.name.removesuffix(".parquet") for p in (tags / "attributes").glob("*.parquet"))
    assert set(finished) <= set(visible)

    again = run_cli("tag", "--input", f"{corpus}/*.jsonl.gz", "--output", tags)
    assert f"tagged {n_shards - len(finished)} shard(s), skipped {len(finished)} finished" in again.stdout
    assert not list(tags.rglob(".*.tmp-*"))

    clean = tmp_path / "clean"
    run_cli("tag", "--input", f"{corpus}/*.jsonl.gz", "--output", clean)
    for i in range(n_shards):
        name = f"attributes/shard-{i}.jsonl.gz.parquet"
        assert pl.read_parquet(tags / name).equals(pl.read_parquet(clean / name))

    third = run_cli("tag", "--input", f"{corpus}/*.jsonl.gz", "--output", tags)
    assert f"tagged 0 shard(s), skipped {n_shards} finished" in third.stdout
