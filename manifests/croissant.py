"""Croissant 1.1 JSON-LD for a dataset manifest: every file with its sha256, PROV-O provenance,
and record sets for the documents and the decision ledger."""

from __future__ import annotations

import os
from pathlib import Path

import orjson

from manifests.exportbase import load_dataset, parent_name
from manifests.files import sha256_file
from manifests.io import manifest_path
from manifests.ledger import SCORE_PREFIX, STAGE_PREFIX

CROISSANT_VERSION = "http://mlcommons.org/croissant/1.1"
CROISSANT_CONTEXT = {
    "@language": "en",
    "@vocab": "https://schema.org/",
    "arrayShape": "cr:arrayShape",
    "citeAs": "cr:citeAs",
    "column": "cr:column",
    "conformsTo": "dct:conformsTo",
    "containedIn": "cr:containedIn",
    "cr": "http://mlcommons.org/croissant/",
    "rai": "http://mlcommons.org/croissant/RAI/",
    "data": {"@id": "cr:data", "@type": "@json"},
    "dataType": {"@id": "cr:dataType", "@type": "@vocab"},
    "dct": "http://purl.org/dc/terms/",
    "description": {"@container": "@language"},
    "equivalentProperty": "cr:equivalentProperty",
    "examples": {"@id": "cr:examples", "@type": "@json"},
    "extract": "cr:extract",
    "field": "cr:field",
    "fileProperty": "cr:fileProperty",
    "fileObject": "cr:fileObject",
    "fileSet": "cr:fileSet",
    "format": "cr:format",
    "includes": "cr:includes",
    "isArray": "cr:isArray",
    "isLiveDataset": "cr:isLiveDataset",
    "jsonPath": "cr:jsonPath",
    "key": "cr:key",
    "md5": "cr:md5",
    "name": {"@container": "@language"},
    "parentField": "cr:parentField",
    "path": "cr:path",
    "prov": "http://www.w3.org/ns/prov#",
    "recordSet": "cr:recordSet",
    "references": "cr:references",
    "regex": "cr:regex",
    "repeated": "cr:repeated",
    "replace": "cr:replace",
    "samplingRate": "cr:samplingRate",
    "sc": "https://schema.org/",
    "separator": "cr:separator",
    "source": "cr:source",
    "subField": "cr:subField",
    "transform": "cr:transform",
}
JSONL = "application/jsonlines"
PARQUET = "application/x-parquet"


def _file_object(rel: str, url: str, sha256: str, size: int, fmt: str, description: str) -> dict:
    return {
        "@type": "cr:FileObject",
        "@id": rel,
        "name": rel,
        "description": description,
        "contentUrl": url,
        "encodingFormat": fmt,
        "contentSize": f"{size} B",
        "sha256": sha256,
    }


def _field(record: str, column: str, file_set: str, data_type: str, description: str | None = None) -> dict:
    field = {
        "@type": "cr:Field",
        "@id": f"{record}/{column}",
        "name": column,
        "dataType": data_type,
        "source": {"fileSet": {"@id": file_set}, "extract": {"column": column}},
    }
    if description:
        field["description"] = description
    return field


def croissant(path: str | Path, out: str | Path | None = None, base_url: str | None = None) -> dict:
    """The Croissant 1.1 JSON-LD for a dataset manifest.

    Args:
        path: the manifest (file, or directory holding manifest.json).
        out: where the JSON-LD will live; local contentUrls and globs are made relative to its directory
            (default: the dataset directory).
        base_url: if given, contentUrls are `base_url/<path in the dataset>` instead of local paths.
    """
    manifest, root = load_dataset(path)
    core = manifest["core"]
    identity = core["identity"]
    here = Path(out).resolve().parent if out else root.resolve()
    prefix = Path(os.path.relpath(root.resolve(), here)).as_posix()

    def local(rel: str) -> str:
        return rel if prefix == "." else f"{prefix}/{rel}"

    def url(rel: str) -> str:
        return f"{base_url.rstrip('/')}/{rel}" if base_url else local(rel)

    activity = {
        "@type": "prov:Activity",
        "@id": f"urn:glossator:run:{manifest['content_id']}",
        "prov:label": f"glossator curation of {identity['name']} {identity['version']}",
        "prov:wasAssociatedWith": {
            "@type": ["prov:SoftwareAgent", "sc:SoftwareApplication"],
            "prov:label": f"glossator {core['code']['glossator_version']}",
            "softwareVersion": core["code"]["glossator_version"],
            **({"sc:identifier": f"git:{core['code']['git_commit']}"} if core["code"]["git_commit"] else {}),
        },
        "prov:used": [
            {
                "@type": "prov:Entity",
                "@id": f"urn:sha256:{core['config']['sha256']}",
                "prov:label": "curation configuration",
            }
        ]
        + [
            {
                "@type": "prov:Entity",
                "@id": f"urn:sha256:{s['model_sha256']}",
                "prov:label": f"{s['name']} model",
            }
            for s in core["classifiers"]["stages"]
            if s["model_sha256"]
        ],
    }
    runtime = manifest.get("runtime", {})
    if runtime.get("started_at"):
        activity["prov:startedAtTime"] = runtime["started_at"]
    if runtime.get("finished_at"):
        activity["prov:endedAtTime"] = runtime["finished_at"]
    derived = [
        {
            "@type": "prov:Entity",
            "@id": i["uri"],
            "prov:label": i["key"],
            "sha256": i["sha256"],
            "contentSize": f"{i['bytes']} B",
        }
        for i in core["inputs"]
    ]
    derived += [
        {
            "@type": "prov:Entity",
            "@id": p.get("uri") or f"urn:glossator:manifest:{p['content_id']}",
            "prov:label": parent_name(p),
            "identifier": p["content_id"],
        }
        for p in identity["parents"]
    ]

    manifest_sha, manifest_size = sha256_file(manifest_path(path))
    distribution = [
        _file_object(
            "manifest.json",
            url("manifest.json"),
            manifest_sha,
            manifest_size,
            "application/json",
            "glossator manifest (content id in `identifier`)",
        )
    ]
    distribution += [
        _file_object(
            o["path"],
            url(o["path"]),
            o["sha256"],
            o["bytes"],
            JSONL,
            f"{o['documents']} documents, about {o['estimated_tokens']} tokens",
        )
        for o in core["outputs"]
    ]
    distribution += [
        _file_object(
            e["path"], url(e["path"]), e["sha256"], e["bytes"], PARQUET, f"decision ledger, {e['rows']} rows"
        )
        for e in core["ledger"]
    ]
    if core["rejects"]:
        r = core["rejects"]
        distribution.append(
            _file_object(
                r["path"], url(r["path"]), r["sha256"], r["bytes"], JSONL, f"{r['rows']} rejected input lines"
            )
        )
    distribution += [
        {
            "@type": "cr:FileSet",
            "@id": "output-shards",
            "name": "output-shards",
            "encodingFormat": JSONL,
            "includes": local("data/*.jsonl.gz"),
            "description": "the training documents",
        },
        {
            "@type": "cr:FileSet",
            "@id": "ledger-files",
            "name": "ledger-files",
            "encodingFormat": PARQUET,
            "includes": local("ledger/*.parquet"),
            "description": "one row per input document: scores and decision",
        },
    ]
    dist = core["distributions"]
    labels = sorted(
        {name for per_label in dist["scores"].values() for name in per_label}
        | set(core["counts"]["by_label"])
    )
    stages = list(dist["stages"])
    ledger_fields = [
        _field("ledger", "id", "ledger-files", "sc:Text", "document id"),
        _field("ledger", "source", "ledger-files", "sc:Text", "input shard key"),
        _field("ledger", "line", "ledger-files", "sc:Integer", "line in the input shard (1-based)"),
        _field("ledger", "label", "ledger-files", "sc:Text", "primary label"),
        *[_field("ledger", SCORE_PREFIX + label, "ledger-files", "sc:Float") for label in labels],
        *[
            _field(
                "ledger", STAGE_PREFIX + stage, "ledger-files", "sc:Float", "null where the stage did not run"
            )
            for stage in stages
        ],
        _field(
            "ledger",
            "action",
            "ledger-files",
            "sc:Text",
            "keep, drop, contextualize, tag, upsample or rewrite",
        ),
        _field("ledger", "output", "ledger-files", "sc:Text", "output shard the document went to"),
        _field("ledger", "copies", "ledger-files", "sc:Integer", "documents written for it"),
    ]
    doc = {
        "@context": CROISSANT_CONTEXT,
        "@type": "sc:Dataset",
        "conformsTo": CROISSANT_VERSION,
        "name": identity["name"],
        "description": identity.get("description") or f"{identity['name']}, curated by glossator.",
        "version": identity["version"],
        "identifier": f"sha256:{manifest['content_id']}",
        "keywords": ["glossator", "pretraining data", *labels],
        "prov:wasDerivedFrom": derived,
        "prov:wasGeneratedBy": activity,
        "distribution": distribution,
        "recordSet": [
            {
                "@type": "cr:RecordSet",
                "@id": "documents",
                "name": "documents",
                "description": "training documents as written (upsampled documents repeat their id)",
                "field": [
                    _field("documents", "id", "output-shards", "sc:Text"),
                    _field("documents", "text", "output-shards", "sc:Text"),
                ],
            },
            {
                "@type": "cr:RecordSet",
                "@id": "ledger",
                "name": "ledger",
                "description": "the decision ledger",
                "key": [{"@id": "ledger/source"}, {"@id": "ledger/line"}],
                "field": ledger_fields,
            },
        ],
    }
    for key in ("license", "url"):
        if identity.get(key):
            doc[key] = identity[key]
    if identity.get("creators"):
        doc["creator"] = [{"@type": "sc:Person", "name": c} for c in identity["creators"]]
    if runtime.get("finished_at"):
        doc["datePublished"] = runtime["finished_at"][:10]
    return doc


def to_croissant(path: str | Path, out: str | Path, base_url: str | None = None) -> dict:
    """Write the Croissant 1.1 JSON-LD of a dataset manifest to `out` and return it.

    Args:
        path: the manifest (file, or directory holding manifest.json).
        out: the JSON-LD file to write (put it in the dataset directory to keep local paths short).
        base_url: if given, contentUrls point there instead of local paths.
    """
    doc = croissant(path, out, base_url)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_bytes(orjson.dumps(doc, option=orjson.OPT_INDENT_2) + b"\n")
    return doc


def validate_croissant(path: str | Path) -> list[str]:
    """Errors mlcroissant reports for a Croissant file (needs the optional `mlcroissant` package).

    Args:
        path: the JSON-LD file.
    """
    import mlcroissant as mlc
    from absl import logging as absl_logging

    verbosity = absl_logging.get_verbosity()
    absl_logging.set_verbosity(absl_logging.ERROR)  # recommended-property warnings are not failures
    try:
        mlc.Dataset(jsonld=str(path))
    except mlc.ValidationError as exc:
        return [
            line.strip("- ").strip() for line in str(exc).splitlines() if line.strip().startswith("-")
        ] or [str(exc)]
    finally:
        absl_logging.set_verbosity(verbosity)
    return []
