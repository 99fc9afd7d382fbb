"""Index manifests: one ablation set, linking each variant to a baseline with the diff between them."""

from __future__ import annotations

import os
from pathlib import Path

from manifests.build import build_manifest
from manifests.diff import diff_manifests
from manifests.errors import ManifestError
from manifests.io import manifest_path, read_manifest


def _link(index_dir: Path, path: str | Path) -> str:
    return Path(os.path.relpath(manifest_path(path).resolve(), index_dir.resolve())).as_posix()


def build_index(
    index_dir: str | Path,
    identity: dict,
    baseline: str | Path,
    variants: dict[str, str | Path],
    sample: int = 10,
    config: dict | None = None,
    code: dict | None = None,
    runtime: dict | None = None,
) -> dict:
    """An index manifest (kind "index") over dataset manifests that already exist.

    Args:
        index_dir: the directory the index manifest will be written to; links are relative to it.
        identity: name, version, parents (and optional description, license, url, creators).
        baseline: the baseline dataset's manifest (file or directory).
        variants: variant name -> its dataset manifest (file or directory).
        sample: how many moved documents each variant's diff lists.
        config: the ablation's own configuration (e.g. the grid), if any.
        code: code and environment of the run that made the set, if any.
        runtime: timings and hosts (outside the core).
    """
    index_dir = Path(index_dir)
    base = read_manifest(baseline)
    if base.get("kind") != "dataset":
        raise ManifestError(f"{manifest_path(baseline)}: the baseline must be a dataset manifest")
    entries = []
    for name, path in variants.items():
        diff = diff_manifests(baseline, path, sample=sample)
        entries.append(
            {
                "name": name,
                "version": diff["b"]["version"],
                "path": _link(index_dir, path),
                "content_id": diff["b"]["content_id"],
                "diff": diff,
            }
        )
    sections = {
        "identity": identity,
        "baseline": {
            "name": base["core"]["identity"]["name"],
            "version": base["core"]["identity"]["version"],
            "path": _link(index_dir, baseline),
            "content_id": base["content_id"],
        },
        "variants": entries,
    }
    if config is not None:
        sections["config"] = config
    if code is not None:
        sections["code"] = code
    return build_manifest(kind="index", runtime=runtime, **sections)
