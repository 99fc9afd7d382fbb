"""Hashing files and reading output shards."""

from __future__ import annotations

import gzip
import hashlib
import zlib
from collections.abc import Iterator
from pathlib import Path

import orjson

from manifests.errors import ManifestError


def sha256_file(path: Path) -> tuple[str, int]:
    """The sha256 and size in bytes of a file.

    Args:
        path: a local file.
    """
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def iter_documents(path: Path, where: str) -> Iterator[dict]:
    """The JSON objects of a .jsonl.gz (or plain .jsonl) shard, one per non-empty line.

    Args:
        path: the shard.
        where: its name in messages.
    """
    opener = gzip.open if path.name.endswith(".gz") else open
    number = 0
    try:
        with opener(path, "rb") as handle:
            for number, raw in enumerate(handle, start=1):
                if raw.strip():
                    yield orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise ManifestError(f"{where}:{number}: not valid JSON ({exc})") from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise ManifestError(f"{where}: unreadable after line {number} ({exc})") from exc
