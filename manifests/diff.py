"""Compare two dataset manifests and their ledgers: what changed, by how much, and which documents moved."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from manifests.canonical import dumps, normalize
from manifests.errors import ManifestError
from manifests.io import manifest_path, read_manifest
from manifests.ledger import SCORE_PREFIX, STAGE_PREFIX, read_ledger
from manifests.markdown import render_markdown
from manifests.schema import validate

__all__ = ["changes", "diff_manifests", "render_json", "render_markdown"]

_LIST_KEYS = ("name", "key", "path")
_MISSING = object()


def changes(old, new, path: str = "") -> list[dict]:
    """Leaf-level differences between two JSON values, as {"path", "old", "new"} (None when absent).

    Lists of objects that each carry a unique "name", "key" or "path" are matched by it, so a
    reordered or extended stage list shows as the stages that changed; other lists by position
    when their lengths match, else as a whole.

    Args:
        old: the value in A.
        new: the value in B.
        path: key path prefix, e.g. "config".
    """
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for key in sorted(set(old) | set(new)):
            out += changes(old.get(key, _MISSING), new.get(key, _MISSING), f"{path}.{key}" if path else key)
        return out
    if isinstance(old, list) and isinstance(new, list):
        for key in _LIST_KEYS:
            if _keyed(old, key) and _keyed(new, key):
                a, b = {x[key]: x for x in old}, {x[key]: x for x in new}
                out = []
                for name in list(dict.fromkeys([*a, *b])):
                    out += changes(a.get(name, _MISSING), b.get(name, _MISSING), f"{path}[{name}]")
                return out
        if len(old) == len(new) and any(isinstance(x, (dict, list)) for x in old + new):
            out = []
            for i, (a, b) in enumerate(zip(old, new)):
                out += changes(a, b, f"{path}[{i}]")
            return out
    if old is _MISSING and new is _MISSING or old == new:
        return []
    return [{"path": path, "old": None if old is _MISSING else old, "new": None if new is _MISSING else new}]


def _keyed(items: list, key: str) -> bool:
    names = [x.get(key) for x in items if isinstance(x, dict)]
    return (
        len(names) == len(items) and all(isinstance(n, str) for n in names) and len(set(names)) == len(names)
    )


def _files(old: list[dict], new: list[dict], key: str, fields: tuple[str, ...]) -> dict:
    a, b = {e[key]: e for e in old}, {e[key]: e for e in new}
    changed = []
    for name in sorted(set(a) & set(b)):
        if any(a[name][f] != b[name][f] for f in ("sha256", *fields)):
            entry = {key: name}
            for f in ("sha256", *fields):
                entry[f"old_{f}"], entry[f"new_{f}"] = a[name][f], b[name][f]
            changed.append(entry)
    return {"added": sorted(set(b) - set(a)), "removed": sorted(set(a) - set(b)), "changed": changed}


def _count_deltas(old: dict, new: dict, name: str) -> list[dict]:
    rows = []
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, 0), new.get(key, 0)
        if a != b and isinstance(a, int) and isinstance(b, int):
            rows.append({name: key, "old": a, "new": b, "delta": b - a})
    return rows


def _stages(old: list[dict], new: list[dict]) -> tuple[dict, list[dict], list[dict]]:
    a, b = {s["name"]: s for s in old}, {s["name"]: s for s in new}
    order = [s["name"] for s in old], [s["name"] for s in new]
    common = [n for n in order[0] if n in b]
    summary = {
        "added": [n for n in order[1] if n not in a],
        "removed": [n for n in order[0] if n not in b],
        "order": {"old": order[0], "new": order[1]} if common != [n for n in order[1] if n in a] else None,
    }
    thresholds, models = [], []
    for name in common:
        ta, tb = a[name]["thresholds"], b[name]["thresholds"]
        for key in sorted(set(ta) | set(tb)):
            if ta.get(key) != tb.get(key):
                thresholds.append({"stage": name, "threshold": key, "old": ta.get(key), "new": tb.get(key)})
        if a[name]["model_sha256"] != b[name]["model_sha256"] or a[name].get("model") != b[name].get("model"):
            models.append(
                {
                    "stage": name,
                    "old_model": a[name].get("model"),
                    "new_model": b[name].get("model"),
                    "old_sha256": a[name]["model_sha256"],
                    "new_sha256": b[name]["model_sha256"],
                }
            )
    return summary, thresholds, models


def _ledger(path: Path, manifest: dict) -> pl.DataFrame:
    root = manifest_path(path).parent
    frame = read_ledger(root, [e["path"] for e in manifest["core"]["ledger"]])
    keep = ["source", "line", "id", "label", "action"]
    return frame.select(keep + [c for c in frame.columns if c.startswith((SCORE_PREFIX, STAGE_PREFIX))])


def _spread(rows: pl.DataFrame, n: int) -> list[dict]:
    """n rows evenly spaced through `rows` (already in a stable order), as dicts."""
    if n >= rows.height:
        return rows.to_dicts()
    return rows[[(i * rows.height) // n for i in range(n)]].to_dicts()


def _side(frame: pl.DataFrame, side: str) -> pl.DataFrame:
    return frame.rename({c: f"{side}:{c}" for c in frame.columns if c not in ("source", "line")})


def _values(row: dict, side: str, prefix: str) -> dict:
    """{name: value} of one side's non-null score_* or stage_* columns."""
    head = f"{side}:{prefix}"
    return {k[len(head) :]: v for k, v in row.items() if k.startswith(head) and v is not None}


def decisions(a_path: Path, a: dict, b_path: Path, b: dict, sample: int) -> dict:
    """Documents whose action changed, matched by (source, line) across the two ledgers.

    Args:
        a_path: manifest A's path.
        a: manifest A.
        b_path: manifest B's path.
        b: manifest B.
        sample: how many changed documents to list; spread over transitions and through the shards.
    """
    try:
        old, new = _ledger(a_path, a), _ledger(b_path, b)
    except ManifestError as exc:
        return {"available": False, "reason": str(exc)}
    joined = _side(old, "a").join(_side(new, "b"), on=["source", "line"], how="full", coalesce=True)
    both = joined.filter(pl.col("a:action").is_not_null() & pl.col("b:action").is_not_null())
    moved = both.filter(pl.col("a:action") != pl.col("b:action")).sort(["source", "line"])
    transitions = (
        moved.group_by(["a:action", "b:action"])
        .len()
        .sort(["len", "a:action", "b:action"], descending=[True, False, False])
    )
    groups = [
        moved.filter((pl.col("a:action") == o) & (pl.col("b:action") == n))
        for o, n, _ in transitions.iter_rows()
    ]
    quota = [0] * len(groups)
    remaining = min(sample, moved.height)
    while remaining > 0:  # round-robin over transitions, so rare moves are sampled too
        for i, rows in enumerate(groups):
            if remaining and quota[i] < rows.height:
                quota[i] += 1
                remaining -= 1
    picked = []
    for rows, n in zip(groups, quota):
        for row in _spread(rows, n):
            picked.append(
                {
                    "id": row["a:id"] if row["a:id"] is not None else row["b:id"],
                    "source": row["source"],
                    "line": row["line"],
                    "old_action": row["a:action"],
                    "new_action": row["b:action"],
                    "old_label": row["a:label"],
                    "new_label": row["b:label"],
                    "old_scores": _values(row, "a", SCORE_PREFIX),
                    "new_scores": _values(row, "b", SCORE_PREFIX),
                    "old_stages": _values(row, "a", STAGE_PREFIX),
                    "new_stages": _values(row, "b", STAGE_PREFIX),
                }
            )
    return {
        "available": True,
        "compared": both.height,
        "changed": moved.height,
        "labels_changed": both.filter(pl.col("a:label") != pl.col("b:label")).height,
        "only_in_a": joined.filter(pl.col("b:action").is_null()).height,
        "only_in_b": joined.filter(pl.col("a:action").is_null()).height,
        "transitions": [{"old": o, "new": n, "documents": c} for o, n, c in transitions.iter_rows()],
        "sample": picked,
    }


def _head(manifest: dict) -> dict:
    identity = manifest["core"]["identity"]
    return {"name": identity["name"], "version": identity["version"], "content_id": manifest["content_id"]}


def _load(path) -> dict:
    manifest = read_manifest(path)
    validate(manifest, str(manifest_path(path)))
    if manifest["kind"] != "dataset":
        raise ManifestError(
            f"{manifest_path(path)}: diff compares dataset manifests, this is an {manifest['kind']}"
        )
    return manifest


def diff_manifests(a_path: str | Path, b_path: str | Path, sample: int = 20) -> dict:
    """What changed from dataset manifest A to B, including a sample of documents whose action changed.

    Args:
        a_path: manifest A (file, or directory holding manifest.json).
        b_path: manifest B.
        sample: at most this many changed documents are listed (0 for none).
    """
    a, b = _load(a_path), _load(b_path)
    ca, cb = a["core"], b["core"]
    stages, thresholds, models = _stages(ca["classifiers"]["stages"], cb["classifiers"]["stages"])
    return normalize(
        {
            "a": _head(a),
            "b": _head(b),
            "identical": a["content_id"] == b["content_id"],
            "identity": changes(ca["identity"], cb["identity"], "identity"),
            "code": changes(ca["code"], cb["code"], "code"),
            "config": changes(ca["config"]["value"], cb["config"]["value"], "config"),
            "stages": stages,
            "thresholds": thresholds,
            "models": models,
            "commentary": changes(ca["commentary"], cb["commentary"], "commentary"),
            "policy": changes(ca["policy"], cb["policy"], "policy"),
            "counts": {
                "by_label_action": [
                    {"label": label, **row}
                    for label in sorted(
                        set(ca["counts"]["by_label_action"]) | set(cb["counts"]["by_label_action"])
                    )
                    for row in _count_deltas(
                        ca["counts"]["by_label_action"].get(label, {}),
                        cb["counts"]["by_label_action"].get(label, {}),
                        "action",
                    )
                ],
                "rejects_by_reason": _count_deltas(
                    ca["counts"]["rejects_by_reason"], cb["counts"]["rejects_by_reason"], "reason"
                ),
                "conservation": _count_deltas(
                    ca["counts"]["conservation"], cb["counts"]["conservation"], "figure"
                ),
            },
            "inputs": _files(ca["inputs"], cb["inputs"], "key", ("documents",)),
            "outputs": _files(ca["outputs"], cb["outputs"], "path", ("documents", "estimated_tokens")),
            "decisions": decisions(Path(a_path), a, Path(b_path), b, sample),
        }
    )


def render_json(diff: dict) -> bytes:
    """The diff as canonical JSON bytes."""
    return dumps(diff)
