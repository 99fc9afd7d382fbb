"""Assemble a manifest from plain sections: normalize, hash the configuration, seal with a content id."""

from __future__ import annotations

import platform
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from manifests.canonical import normalize, sha256_hex
from manifests.errors import ManifestError
from manifests.io import read_manifest
from manifests.schema import SCHEMA_VERSION, content_id, validate

DATASET_SECTIONS = (
    "identity",
    "code",
    "config",
    "classifiers",
    "commentary",
    "policy",
    "inputs",
    "outputs",
    "ledger",
    "rejects",
    "counts",
    "distributions",
)
INDEX_SECTIONS = ("identity", "code", "config", "baseline", "variants")


def config_section(value: dict) -> dict:
    """{"sha256", "value"}: the full configuration and the sha256 of its canonical JSON.

    Args:
        value: the configuration as plain data.
    """
    value = normalize(value, "config")
    return {"sha256": sha256_hex(value), "value": value}


def package_versions(names: Iterable[str]) -> dict[str, str]:
    """Installed versions of the named distributions ("not installed" for missing ones)."""
    versions = {}
    for name in sorted(set(names)):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def python_version() -> str:
    return platform.python_version()


def build_manifest(kind: str = "dataset", runtime: dict | None = None, **sections) -> dict:
    """A validated manifest with its content id.

    Args:
        kind: "dataset" or "index".
        runtime: timings, hostnames, executor: kept outside the core and the content id.
        **sections: the core sections. For a dataset: identity, code, config (the plain configuration;
            its sha256 is added here), classifiers, commentary, policy, inputs, outputs, ledger, rejects,
            counts, distributions (see SCHEMA.md; `scan_dataset` gives the last five). For an index:
            identity, baseline, variants, optionally code and config (use `build_index`).
    """
    allowed = {"dataset": DATASET_SECTIONS, "index": INDEX_SECTIONS}.get(kind)
    if allowed is None:
        raise ManifestError(f"kind: {kind!r} is not 'dataset' or 'index'")
    unknown = sorted(set(sections) - set(allowed))
    if unknown:
        raise ManifestError(f"{unknown[0]}: not a section of a {kind} manifest")
    core = {}
    for name in allowed:
        if name not in sections:
            continue
        value = sections[name]
        if name == "config" and value is not None:
            value = config_section(value)
        core[name] = normalize(value, f"core.{name}")
    manifest = {"schema_version": SCHEMA_VERSION, "kind": kind, "core": core}
    manifest["content_id"] = content_id(manifest)
    if runtime is not None:
        manifest["runtime"] = normalize(runtime, "runtime")
    validate(manifest, f"{kind} manifest")
    return manifest


def parent_ref(path: str | Path, uri: str | None = None) -> dict:
    """A lineage entry for `identity.parents`: the parent manifest's name, version and content id.

    Args:
        path: the parent's manifest.json or its directory.
        uri: where a reader can find the parent (defaults to the path given).
    """
    parent = read_manifest(path)
    identity = parent["core"]["identity"]
    return {
        "name": identity["name"],
        "version": identity["version"],
        "content_id": parent["content_id"],
        "uri": uri if uri is not None else str(path),
    }
