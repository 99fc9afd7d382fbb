"""What the exports share: loading a dataset manifest and naming its parents."""

from __future__ import annotations

from pathlib import Path

from manifests.errors import ManifestError
from manifests.io import manifest_path, read_manifest
from manifests.schema import validate


def load_dataset(path) -> tuple[dict, Path]:
    manifest = read_manifest(path)
    validate(manifest, str(manifest_path(path)))
    if manifest["kind"] != "dataset":
        raise ManifestError(
            f"{manifest_path(path)}: exports describe dataset manifests, this is an {manifest['kind']}"
        )
    return manifest, manifest_path(path).parent


def parent_name(parent: dict) -> str:
    name = " ".join(parent[k] for k in ("name", "version") if parent.get(k))
    return f"{name} (`{parent['content_id'][:12]}`)" if name else f"manifest `{parent['content_id'][:12]}`"
