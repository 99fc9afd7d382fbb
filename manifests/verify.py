"""Check a manifest against the files it describes: hashes, counts, conservation, ledger, schema."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import polars as pl

from manifests.canonical import normalize
from manifests.errors import ManifestError
from manifests.files import iter_documents, sha256_file
from manifests.io import manifest_path, read_manifest
from manifests.ledger import (
    ACTIONS,
    SINGLE_COPY_ACTIONS,
    check_columns,
    counts,
    distributions,
    ledger_rows,
    read_ledger,
    read_rejects,
)
from manifests.schema import problems as schema_problems


def _compare(expected, actual, where: str, limit: int = 5) -> list[str]:
    """Differences between a recorded section and a recomputed one, as `where.key: manifest X, files Y`."""
    out: list[str] = []

    def walk(a, b, path):
        if len(out) >= limit:
            return
        if isinstance(a, dict) and isinstance(b, dict):
            for key in sorted(set(a) | set(b)):
                walk(a.get(key), b.get(key), f"{path}.{key}")
        elif a != b:
            out.append(f"{path}: manifest says {a!r}, files give {b!r}")

    walk(normalize(expected), normalize(actual), where)
    return out


def _check_file(root: Path, entry: dict, what: str) -> list[str]:
    path = root / entry["path"]
    if not path.is_file():
        return [f"{entry['path']}: {what} file is missing"]
    sha256, size = sha256_file(path)
    if sha256 != entry["sha256"]:
        return [f"{entry['path']}: sha256 mismatch (manifest {entry['sha256'][:12]}, file {sha256[:12]})"]
    if size != entry["bytes"]:
        return [f"{entry['path']}: size mismatch (manifest {entry['bytes']} bytes, file {size})"]
    return []


def _check_ledger_rows(frame: pl.DataFrame, outputs: set[str]) -> list[str]:
    found = []
    bad_action = frame.filter(~pl.col("action").is_in(list(ACTIONS)))
    if len(bad_action):
        row = bad_action.row(0, named=True)
        found.append(f"ledger {row['source']}:{row['line']}: unknown action {row['action']!r}")
    wrong_copies = frame.filter(
        ((pl.col("action") == "drop") & ((pl.col("copies") != 0) | pl.col("output").is_not_null()))
        | (pl.col("action").is_in(list(SINGLE_COPY_ACTIONS)) & (pl.col("copies") != 1))
        | ((pl.col("action") == "upsample") & (pl.col("copies") < 1))
        | ((pl.col("copies") > 0) & pl.col("output").is_null())
    )
    if len(wrong_copies):
        row = wrong_copies.row(0, named=True)
        found.append(
            f"ledger {row['source']}:{row['line']}: action {row['action']} with copies {row['copies']}"
            f" and output {row['output']!r} ({len(wrong_copies)} such rows)"
        )
    unknown = sorted(set(frame["output"].drop_nulls().to_list()) - outputs)
    if unknown:
        found.append(f"ledger: output {unknown[0]!r} is not among the manifest's outputs")
    dupes = frame.group_by(["source", "line"]).len().filter(pl.col("len") > 1).sort(["source", "line"])
    if len(dupes):
        row = dupes.row(0, named=True)
        found.append(f"ledger {row['source']}:{row['line']}: appears {row['len']} times")
    return found


def verify_dataset(root: Path, manifest: dict) -> list[str]:
    """Problems of a dataset manifest whose structure is already valid.

    Args:
        root: the directory holding the manifest.
        manifest: the parsed manifest.
    """
    core = manifest["core"]
    found: list[str] = []
    for entry in core["ledger"]:
        found += _check_file(root, entry, "ledger")
    if core["rejects"] is not None:
        found += _check_file(root, core["rejects"], "rejects")
    elif (root / "rejects.jsonl").is_file():
        found.append("rejects.jsonl: present but the manifest records no rejects file")
    try:
        frame = read_ledger(root, [e["path"] for e in core["ledger"]])
        rejects = read_rejects(root / core["rejects"]["path"]) if core["rejects"] else []
    except ManifestError as exc:
        return found + [str(exc)]
    found += check_columns(frame, "ledger")
    if found:
        return found
    for entry in core["ledger"]:
        rows = ledger_rows(root / entry["path"])
        if rows != entry["rows"]:
            found.append(f"{entry['path']}: {rows} rows, manifest says {entry['rows']}")
    if core["rejects"] is not None and len(rejects) != core["rejects"]["rows"]:
        found.append(
            f"{core['rejects']['path']}: {len(rejects)} rows, manifest says {core['rejects']['rows']}"
        )

    copies = Counter()
    for output, n in frame.group_by("output").agg(pl.col("copies").sum()).iter_rows():
        if output is not None:
            copies[output] = n
    for entry in core["outputs"]:
        found += _check_file(root, entry, "output")
        if not (root / entry["path"]).is_file():
            continue
        try:
            lines = sum(1 for _ in iter_documents(root / entry["path"], entry["path"]))
        except ManifestError as exc:
            found.append(str(exc))
            continue
        if lines != entry["documents"]:
            found.append(f"{entry['path']}: {lines} documents, manifest says {entry['documents']}")
        if lines != copies[entry["path"]]:
            found.append(
                f"{entry['path']}: {lines} documents, ledger copies to it add up to {copies[entry['path']]}"
            )
    found += _check_ledger_rows(frame, {e["path"] for e in core["outputs"]})

    read = Counter(frame["source"].to_list())
    read.update(str(r["source"]) for r in rejects)
    for entry in core["inputs"]:
        if read[entry["key"]] != entry["documents"]:
            found.append(
                f"input {entry['key']}: {entry['documents']} documents read, ledger and rejects account for"
                f" {read[entry['key']]}"
            )
    unknown = sorted(set(read) - {e["key"] for e in core["inputs"]})
    if unknown and core["inputs"]:
        found.append(f"ledger: source {unknown[0]!r} is not among the manifest's inputs")

    recount = counts(frame, rejects)
    found += _compare(core["counts"], recount, "counts")
    written = sum(e["documents"] for e in core["outputs"])
    if recount["conservation"]["written"] != written:
        found.append(
            f"counts.conservation: ledger writes {recount['conservation']['written']} documents,"
            f" outputs hold {written}"
        )
    dist = core["distributions"]
    found += _compare(
        dist, distributions(frame, rejects, dist["bins"], dist["flagged_labels"]), "distributions"
    )
    return found


def verify_index(root: Path, manifest: dict, depth: int) -> list[str]:
    from manifests.diff import diff_manifests

    core = manifest["core"]
    found: list[str] = []
    baseline_path = root / core["baseline"]["path"]
    entries = [("baseline", core["baseline"], None)] + [(v["name"], v, v["diff"]) for v in core["variants"]]
    for name, entry, recorded in entries:
        path = root / entry["path"]
        sub = verify(path, depth + 1)
        found += [f"{name}: {p}" for p in sub]
        if sub:
            continue
        actual = read_manifest(path)["content_id"]
        if actual != entry["content_id"]:
            found.append(
                f"{name}: {entry['path']} has content id {actual[:12]}, index says {entry['content_id'][:12]}"
            )
        elif recorded is not None:
            sample = len(recorded.get("decisions", {}).get("sample", []))
            fresh = diff_manifests(baseline_path, path, sample=max(sample, 0))
            found += [f"{name}: {p}" for p in _compare(recorded, fresh, "diff")]
    return found


def verify(path: str | Path, depth: int = 0) -> list[str]:
    """Every problem found, one line each; an empty list means the manifest and its files agree.

    Args:
        path: a manifest file or the directory holding manifest.json.
        depth: nesting level when verifying an index's members (guards against cycles).
    """
    if depth > 4:
        return [f"{path}: index nesting deeper than 4 levels"]
    try:
        manifest = read_manifest(path)
    except ManifestError as exc:
        return [str(exc)]
    found = schema_problems(manifest)
    if found:
        return found
    root = manifest_path(path).parent
    if manifest["kind"] == "index":
        return verify_index(root, manifest, depth)
    return verify_dataset(root, manifest)
