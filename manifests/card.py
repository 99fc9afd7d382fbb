"""A Hugging Face dataset card (README.md with YAML front matter) for a dataset manifest."""

from __future__ import annotations

from pathlib import Path

import orjson
import yaml

from manifests.exportbase import load_dataset, parent_name

_SIZES = [
    (1_000, "n<1K"),
    (10_000, "1K<n<10K"),
    (100_000, "10K<n<100K"),
    (1_000_000, "100K<n<1M"),
    (10_000_000, "1M<n<10M"),
    (100_000_000, "10M<n<100M"),
    (1_000_000_000, "100M<n<1B"),
    (10_000_000_000, "1B<n<10B"),
    (100_000_000_000, "10B<n<100B"),
]


def _size_category(n: int) -> str:
    return next((name for limit, name in _SIZES if n < limit), "n>1T")


def _md_table(header: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(lines)


def card(path: str | Path) -> str:
    """A Hugging Face dataset card (README.md) with YAML front matter, from a dataset manifest.

    Args:
        path: the manifest (file, or directory holding manifest.json).
    """
    manifest, _ = load_dataset(path)
    core = manifest["core"]
    identity, code, counts = core["identity"], core["code"], core["counts"]
    cons = counts["conservation"]
    front = {
        "pretty_name": identity["name"],
        "license": (identity.get("license") or "other").lower(),
        "task_categories": ["text-generation"],
        "tags": ["glossator", "curated", "ai-safety"],
        "size_categories": [_size_category(cons["written"])],
        "configs": [
            {"config_name": "default", "data_files": [{"split": "train", "path": "data/*.jsonl.gz"}]}
        ],
    }
    actions = sorted({a for row in counts["by_label_action"].values() for a in row})
    stage_rows = [
        [
            f"`{s['name']}`",
            ", ".join(f"{k}={v:g}" for k, v in sorted(s["thresholds"].items())) or "—",
            f"`{s['model_sha256'][:12]}`" if s["model_sha256"] else "—",
        ]
        for s in core["classifiers"]["stages"]
    ]
    commit = code["git_commit"] or "unknown"
    diff_sha = (code["git_diff_sha256"] or "?")[:12]
    dirty = f" (dirty, diff sha256 `{diff_sha}`)" if code["git_dirty"] else ""
    commentary = core["commentary"]
    parts = [
        "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True) + "---",
        f"# {identity['name']} {identity['version']}",
        identity.get("description", ""),
        "## Provenance",
        "\n".join(
            [
                (
                    f"- Content id: `{manifest['content_id']}` (sha256 of the manifest core;"
                    " `glossator manifest verify` re-checks every file against it)"
                ),
                f"- Built by glossator {code['glossator_version']} at commit `{commit}`{dirty}",
                f"- Configuration sha256: `{core['config']['sha256']}`",
                *[f"- Derived from {parent_name(p)}" for p in identity["parents"]],
                *[
                    f"- Input `{i['uri']}`: {i['documents']} lines, sha256 `{i['sha256'][:12]}`"
                    for i in core["inputs"]
                ],
            ]
        ),
        "## Curation",
        (
            "Each document is scored by a classifier cascade for misaligned-AI narratives and handled by a"
            " per-label policy (keep, drop, contextualize, tag, upsample, rewrite)."
        ),
        _md_table(["stage", "thresholds", "model sha256"], stage_rows),
        "### Policy\n\n```json\n"
        + orjson.dumps(core["policy"], option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode()
        + "\n```",
    ]
    if commentary:
        added = commentary["added_tokens"]
        parts.append(
            f"Commentary was added to {added['documents']} documents ({added['total']} tokens,"
            f" at most {added['max']} per document)."
        )
    parts += [
        "## Composition",
        _md_table(
            ["label", *actions, "total"],
            [
                [f"`{label}`", *[row.get(a, 0) for a in actions], sum(row.values())]
                for label, row in sorted(counts["by_label_action"].items())
            ],
        ),
        f"`{cons['equation']}`  \n`{cons['written_equation']}`",
    ]
    if counts["rejects_by_reason"]:
        parts.append(
            "Rejected input lines: " + ", ".join(f"{k} {v}" for k, v in counts["rejects_by_reason"].items())
        )
    parts += [
        "## Files",
        _md_table(
            ["path", "documents", "estimated tokens", "bytes", "sha256"],
            [
                [f"`{o['path']}`", o["documents"], o["estimated_tokens"], o["bytes"], f"`{o['sha256']}`"]
                for o in core["outputs"]
            ],
        ),
        "The decision ledger (`ledger/*.parquet`) has one row per input document: scores, label and action.",
    ]
    return "\n\n".join(p for p in parts if p) + "\n"


def to_card(path: str | Path, out: str | Path) -> str:
    """Write the dataset card to `out` (usually README.md beside the data) and return it."""
    text = card(path)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(text, encoding="utf-8")
    return text
