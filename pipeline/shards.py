"""Input shards: resolving globs and fsspec URLs, naming shards, hashing their bytes."""

from __future__ import annotations

import hashlib
import io
import posixpath
from dataclasses import dataclass
from typing import BinaryIO

import fsspec
from fsspec.core import url_to_fs

FORMATS = {".jsonl": "jsonl", ".jsonl.gz": "jsonl.gz", ".json.gz": "jsonl.gz", ".parquet": "parquet"}


class InputError(Exception):
    """Bad input that stops a run (a missing file, a refused shard). The message names the file."""


@dataclass(frozen=True)
class Shard:
    """One input file.

    Args:
        uri: where to read it (local path or fsspec URL).
        key: its name within the run, unique and filesystem-safe; attributes and outputs are named after it.
        format: "jsonl", "jsonl.gz" or "parquet".
    """

    uri: str
    key: str
    format: str

    @property
    def stem(self) -> str:
        for ext in sorted(FORMATS, key=len, reverse=True):
            if self.key.endswith(ext):
                return self.key[: -len(ext)]
        return self.key


def shard_format(path: str) -> str | None:
    for ext in sorted(FORMATS, key=len, reverse=True):
        if path.endswith(ext):
            return FORMATS[ext]
    return None


def resolve_shards(patterns: list[str]) -> list[Shard]:
    """Expand globs/URLs into shards with unique keys, sorted by key.

    Keys are paths relative to the inputs' longest common directory, with "/" replaced by "__",
    so `a/part-1.jsonl` and `b/part-1.jsonl` get distinct keys.

    Args:
        patterns: local paths, globs, or fsspec URLs (e.g. "s3://bucket/*.jsonl.gz", "memory://x.jsonl").
    """
    found: list[tuple[str, str]] = []  # (uri, path within its filesystem)
    for pattern in patterns:
        fs, _ = url_to_fs(pattern)
        protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
        matches = sorted(fs.glob(pattern)) if any(c in pattern for c in "*?[") else [fs._strip_protocol(pattern)]
        matches = [m for m in matches if not fs.isdir(m)] if matches else []
        if not matches:
            raise InputError(f"{pattern}: no such file")
        for path in matches:
            if not fs.exists(path):
                raise InputError(f"{pattern}: no such file")
            uri = path if protocol in ("file", "local") else f"{protocol}://{path.lstrip('/')}"
            found.append((uri, path))
    for uri, _ in found:
        if shard_format(uri) is None:
            raise InputError(f"{uri}: unsupported format (expected .jsonl, .jsonl.gz or .parquet)")
    paths = list(dict.fromkeys(p for _, p in found))
    uris = dict((p, u) for u, p in found)
    common = posixpath.dirname(paths[0]) if len(paths) == 1 else posixpath.commonpath(paths)
    if len(paths) > 1 and common in paths:
        common = posixpath.dirname(common)
    shards = []
    for path in paths:
        rel = posixpath.relpath(path, common) if common else path.lstrip("/")
        shards.append(Shard(uri=uris[path], key=rel.replace("/", "__"), format=shard_format(path)))
    return sorted(shards, key=lambda s: s.key)


class HashingReader(io.RawIOBase):
    """A read-only raw stream that hashes every byte read through it (wrap it in io.BufferedReader).

    Args:
        raw: a binary file object.
    """

    def __init__(self, raw: BinaryIO):
        super().__init__()
        self.raw = raw
        self.digest = hashlib.sha256()
        self.bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.raw.read(len(buffer))
        n = len(chunk)
        buffer[:n] = chunk
        self.digest.update(chunk)
        self.bytes += n
        return n

    def drain(self) -> str:
        """Read what is left, so the digest covers the whole file; returns the hex digest."""
        buffer = bytearray(1 << 20)
        while self.readinto(buffer):
            pass
        return self.digest.hexdigest()


def sha256_of(uri: str) -> tuple[str, int]:
    """The sha256 and size of a file's bytes."""
    with fsspec.open(uri, "rb") as raw:
        reader = HashingReader(raw)
        return reader.drain(), reader.bytes
