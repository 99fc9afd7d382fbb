"""Reading and writing manifest files: canonical bytes, written atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import orjson

from manifests.canonical import dumps
from manifests.errors import ManifestError

MANIFEST_FILE = "manifest.json"


def manifest_path(path: str | Path) -> Path:
    """The manifest file for a path that is either a .json file or the directory holding manifest.json."""
    path = Path(path)
    return path / MANIFEST_FILE if path.is_dir() or path.suffix != ".json" else path


def write_manifest(path: str | Path, manifest: dict) -> Path:
    """Write canonical bytes atomically: a temporary file in the same directory, then a rename.

    Args:
        path: the manifest file, or a directory to write manifest.json into.
        manifest: the manifest (see `build_manifest`).
    """
    target = manifest_path(path)
    data = dumps(manifest)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def read_manifest(path: str | Path) -> dict:
    """Parse a manifest file (structure is not checked here: see `schema.validate` and `verify`).

    Args:
        path: the manifest file, or the directory holding manifest.json.
    """
    target = manifest_path(path)
    try:
        data = target.read_bytes()
    except FileNotFoundError:
        raise ManifestError(f"{target}: no such manifest") from None
    except OSError as exc:
        raise ManifestError(f"{target}: cannot read ({exc.strerror})") from exc
    try:
        manifest = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise ManifestError(f"{target}:{exc.lineno}: not valid JSON ({exc.msg})") from exc
    if not isinstance(manifest, dict):
        raise ManifestError(f"{target}: a manifest is a JSON object")
    return manifest
