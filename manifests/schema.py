"""The published JSON Schema, and the checks a schema cannot express (content id, conservation)."""

from __future__ import annotations

import functools
from importlib import resources

import orjson
from jsonschema import Draft202012Validator

from manifests.canonical import sha256_hex
from manifests.errors import ManifestError
from manifests.ledger import conservation_problems

SCHEMA_VERSION = "1.0"
SCHEMA_FILE = "manifest-1.schema.json"


@functools.cache
def schema() -> dict:
    """The JSON Schema for manifests of SCHEMA_VERSION."""
    return orjson.loads(resources.files("manifests").joinpath("schemas", SCHEMA_FILE).read_bytes())


@functools.cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def _where(path) -> str:
    out = "$"
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def content_id(manifest: dict) -> str:
    """The sha256 of the canonical JSON of everything but `content_id` and `runtime`
    (schema_version, kind and core), so reruns that only differ in timings share an id.

    Args:
        manifest: a manifest dict.
    """
    return sha256_hex({k: manifest.get(k) for k in ("schema_version", "kind", "core")})


def problems(manifest: dict) -> list[str]:
    """Everything wrong with a manifest's structure, one line each (empty when valid).

    Args:
        manifest: a manifest dict.
    """
    if not isinstance(manifest, dict):
        return ["$: a manifest is a JSON object"]
    found = [
        f"{_where(err.absolute_path)}: {err.message}"
        for err in sorted(_validator().iter_errors(manifest), key=lambda e: list(map(str, e.absolute_path)))
    ]
    if found:
        return found
    expected = content_id(manifest)
    if manifest["content_id"] != expected:
        found.append(f"$.content_id: {manifest['content_id']} does not match the core ({expected})")
    core = manifest["core"]
    if manifest["kind"] == "dataset":
        found += conservation_problems(core["counts"]["conservation"], "$.core.counts.conservation")
        for section, key in (("inputs", "key"), ("outputs", "path"), ("ledger", "path")):
            names = [entry[key] for entry in core[section]]
            dupes = sorted({n for n in names if names.count(n) > 1})
            if dupes:
                found.append(f"$.core.{section}: duplicate {key} {dupes[0]!r}")
        stages = [s["name"] for s in core["classifiers"]["stages"]]
        if len(set(stages)) != len(stages):
            found.append("$.core.classifiers.stages: duplicate stage names")
    else:
        names = [v["name"] for v in core["variants"]]
        if len(set(names)) != len(names):
            found.append("$.core.variants: duplicate variant names")
    return found


def validate(manifest: dict, where: str = "manifest") -> None:
    """Raise ManifestError naming the first problem (and how many more there are).

    Args:
        manifest: a manifest dict.
        where: the file or object name for the message.
    """
    found = problems(manifest)
    if found:
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        raise ManifestError(f"{where}: {found[0]}{more}")
