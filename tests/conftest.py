"""Shared fixtures: small real corpora on disk and a way to run the real `glossator` command."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

GLOSSATOR = [sys.executable, "-m", "pipeline.cli"]


def run_cli(*args: str, check: bool = True, timeout: float = 600, **kwargs) -> subprocess.CompletedProcess:
    """Run `glossator ARGS` in a subprocess, as a user would."""
    env = {**os.environ, "COLUMNS": "200"}
    proc = subprocess.run([*GLOSSATOR, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env,
                          **kwargs)
    if check and proc.returncode != 0:
        raise AssertionError(f"glossator {' '.join(map(str, args))} failed ({proc.returncode}):\n{proc.stderr}")
    return proc


def write_jsonl_gz(path: Path, rows: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(b"".join(orjson.dumps(r) + b"\n" for r in rows), mtime=0))
    return path


@pytest.fixture(scope="session")
def labelled_rows() -> list[dict]:
    from classifiers.dataset.build import build_dataset

    return build_dataset()


@pytest.fixture
def small_corpus(tmp_path, labelled_rows) -> Path:
    """Three jsonl.gz shards of 40 labelled documents each, every label present."""
    by_label: dict[str, list[dict]] = {}
    for row in labelled_rows:
        by_label.setdefault(row["label"], []).append(row)
    picked = [r for rows in by_label.values() for r in rows[:30]]
    corpus = tmp_path / "corpus"
    for i in range(3):
        rows = [{"id": r["id"], "text": r["text"], "truth": r["label"]} for r in picked[i::3]]
        write_jsonl_gz(corpus / f"part-{i}.jsonl.gz", rows)
    return corpus
