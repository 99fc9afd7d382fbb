"""Markdown for a manifest diff, fit for a pull-request comment."""

from __future__ import annotations

import orjson

_MAX_CELL = 80


def _cell(value) -> str:
    if value is None:
        text = "—"
    elif isinstance(value, str):
        text = f"`{value}`" if value else '`""`'
    elif isinstance(value, (dict, list)):
        text = "`" + orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode() + "`"
    else:
        text = (
            str(value).lower()
            if isinstance(value, bool)
            else f"{value:g}"
            if isinstance(value, float)
            else str(value)
        )
    if len(text) > _MAX_CELL:
        text = text[: _MAX_CELL - 2] + "…`" if text.startswith("`") else text[: _MAX_CELL - 1] + "…"
    return text.replace("|", "\\|").replace("\n", " ")


def _table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [
        "| " + " | ".join(_cell(v) if not isinstance(v, _Raw) else v for v in row) + " |" for row in rows
    ]
    return lines + [""]


class _Raw(str):
    """A table cell that is already Markdown."""


def _delta(n: int) -> _Raw:
    return _Raw(f"{n:+d}")


def _short(sha) -> _Raw:
    return _Raw(f"`{sha[:12]}`" if sha else "—")


def _scores(old: dict, new: dict) -> _Raw:
    parts = []
    for name in sorted(set(old) | set(new)):
        a, b = old.get(name), new.get(name)
        fa = "—" if a is None else f"{a:.3f}"
        fb = "—" if b is None else f"{b:.3f}"
        parts.append(f"{name} {fa}" if fa == fb else f"{name} {fa}→{fb}")
    return _Raw(", ".join(parts).replace("|", "\\|"))


def _changes_table(title: str, rows: list[dict]) -> list[str]:
    if not rows:
        return []
    return [f"#### {title}", ""] + _table(
        ["key", "old", "new"], [[_Raw(f"`{r['path']}`"), r["old"], r["new"]] for r in rows]
    )


def _files_section(title: str, files: dict, key: str) -> list[str]:
    if not (files["added"] or files["removed"] or files["changed"]):
        return []
    out = [f"#### {title}", ""]
    if files["added"]:
        out.append("Added: " + ", ".join(f"`{n}`" for n in files["added"]))
    if files["removed"]:
        out.append("Removed: " + ", ".join(f"`{n}`" for n in files["removed"]))
    if files["added"] or files["removed"]:
        out.append("")
    if files["changed"]:
        out += _table(
            [key, "documents", "sha256"],
            [
                [
                    _Raw(f"`{c[key]}`"),
                    _Raw(f"{c['old_documents']} → {c['new_documents']}"),
                    _Raw(f"{_short(c['old_sha256'])} → {_short(c['new_sha256'])}"),
                ]
                for c in files["changed"]
            ],
        )
    return out


def _summary(diff: dict) -> str:
    parts = []
    for key, noun in (
        ("thresholds", "threshold"),
        ("models", "model"),
        ("config", "configuration key"),
        ("policy", "policy key"),
        ("commentary", "commentary field"),
        ("code", "code field"),
    ):
        n = len(diff[key])
        if n:
            parts.append(f"{n} {noun}{'s' if n != 1 else ''} changed")
    d = diff["decisions"]
    if d.get("available") and (d["changed"] or parts):
        parts.append(f"{d['changed']} of {d['compared']} documents changed action")
    if parts:
        return "; ".join(parts)
    compared = f" ({d['compared']} documents compared)" if d.get("available") else ""
    return f"no changes in configuration, models or decisions{compared}"


def render_markdown(diff: dict, a_label: str | None = None, b_label: str | None = None) -> str:
    """The diff as Markdown: summary, configuration, thresholds, models, counts, files, moved documents.

    Args:
        diff: what `diff_manifests` returns.
        a_label: where A lives (e.g. its path), shown under the heading.
        b_label: where B lives.
    """
    a, b = diff["a"], diff["b"]
    out = [
        f"### Manifest diff: `{a['name']} {a['version']}` → `{b['name']} {b['version']}`",
        "",
        f"Content id `{a['content_id'][:12]}` → `{b['content_id'][:12]}`"
        + (" (identical)" if diff["identical"] else ""),
        "",
    ]
    if a_label or b_label:
        out += [f"Compared `{a_label or 'A'}` → `{b_label or 'B'}`", ""]
    out += [
        f"**Summary:** {_summary(diff)}.",
        "",
    ]
    if diff["thresholds"]:
        out += ["#### Thresholds", ""] + _table(
            ["stage", "threshold", "old", "new"],
            [
                [_Raw(f"`{t['stage']}`"), _Raw(f"`{t['threshold']}`"), t["old"], t["new"]]
                for t in diff["thresholds"]
            ],
        )
    if diff["models"]:
        out += ["#### Models", ""] + _table(
            ["stage", "model", "sha256"],
            [
                [
                    _Raw(f"`{m['stage']}`"),
                    _Raw(f"{_cell(m['old_model'])} → {_cell(m['new_model'])}"),
                    _Raw(f"{_short(m['old_sha256'])} → {_short(m['new_sha256'])}"),
                ]
                for m in diff["models"]
            ],
        )
    stages = diff["stages"]
    if stages["added"] or stages["removed"] or stages["order"]:
        out += ["#### Stages", ""]
        if stages["added"]:
            out.append("Added: " + ", ".join(f"`{s}`" for s in stages["added"]))
        if stages["removed"]:
            out.append("Removed: " + ", ".join(f"`{s}`" for s in stages["removed"]))
        if stages["order"]:
            out.append(
                f"Order: {' → '.join(stages['order']['old'])} became {' → '.join(stages['order']['new'])}"
            )
        out.append("")
    out += _changes_table("Configuration", diff["config"])
    out += _changes_table("Policy", diff["policy"])
    out += _changes_table("Commentary", diff["commentary"])
    out += _changes_table("Code", diff["code"])
    out += _changes_table("Identity", diff["identity"])
    counts = diff["counts"]
    if counts["by_label_action"]:
        out += ["#### Documents by label and action", ""] + _table(
            ["label", "action", "old", "new", "Δ"],
            [
                [_Raw(f"`{r['label']}`"), _Raw(f"`{r['action']}`"), r["old"], r["new"], _delta(r["delta"])]
                for r in counts["by_label_action"]
            ],
        )
    if counts["conservation"]:
        out += ["#### Conservation", ""] + _table(
            ["figure", "old", "new", "Δ"],
            [[r["figure"], r["old"], r["new"], _delta(r["delta"])] for r in counts["conservation"]],
        )
    if counts["rejects_by_reason"]:
        out += ["#### Rejects by reason", ""] + _table(
            ["reason", "old", "new", "Δ"],
            [[r["reason"], r["old"], r["new"], _delta(r["delta"])] for r in counts["rejects_by_reason"]],
        )
    out += _files_section("Input shards", diff["inputs"], "key")
    out += _files_section("Output shards", diff["outputs"], "path")
    out += _decisions(diff["decisions"])
    return "\n".join(out).rstrip() + "\n"


def _decisions(d: dict) -> list[str]:
    out = ["#### Decisions", ""]
    if not d.get("available"):
        return out + [f"Ledgers not compared: {d.get('reason', 'unavailable')}", ""]
    out += [
        (
            f"{d['changed']} of {d['compared']} documents changed action;"
            f" {d['labels_changed']} changed label; {d['only_in_a']} only in A, {d['only_in_b']} only in B."
        ),
        "",
    ]
    if d["transitions"]:
        out += _table(
            ["old action", "new action", "documents"],
            [[_Raw(f"`{t['old']}`"), _Raw(f"`{t['new']}`"), t["documents"]] for t in d["transitions"]],
        )
    if d["sample"]:
        out += [
            f"<details><summary>{len(d['sample'])} of the {d['changed']} documents that moved</summary>",
            "",
        ]
        out += _table(
            ["id", "source:line", "action", "label", "scores"],
            [
                [
                    s["id"],
                    _Raw(f"`{s['source']}:{s['line']}`"),
                    _Raw(f"`{s['old_action']}` → `{s['new_action']}`"),
                    _Raw(
                        f"`{s['old_label']}`"
                        if s["old_label"] == s["new_label"]
                        else f"`{s['old_label']}` → `{s['new_label']}`"
                    ),
                    _scores(s["old_scores"], s["new_scores"]),
                ]
                for s in d["sample"]
            ],
        )
        out += ["</details>", ""]
    return out
