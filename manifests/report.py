"""An HTML report card with PNG plots, for a reviewer to open in a browser."""

from __future__ import annotations

import html
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from manifests.errors import ManifestError
from manifests.io import manifest_path, read_manifest
from manifests.schema import validate

PALETTE = ("#1f77b4", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22")
LABEL_COLORS = {
    "misaligned_ai_fiction": "#d62728",
    "misaligned_ai_discourse": "#ff7f0e",
    "aligned_ai": "#2ca02c",
    "other": "#9a9a9a",
}
CSS = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 70rem; color: #222; }
h1 { margin-bottom: 0.2rem; } .muted { color: #666; } code { background: #f3f3f3; padding: 0 0.2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
td, th { border: 1px solid #ccc; padding: 0.25rem 0.6rem; } th { background: #f6f6f6; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.cards { display: flex; gap: 1rem; flex-wrap: wrap; }
.card { border: 1px solid #ddd; border-radius: 6px; padding: 0.6rem 1rem; }
.card b { display: block; font-size: 1.4rem; }
img { max-width: 100%; border: 1px solid #eee; margin-bottom: 1rem; }
"""


def _colors(labels: list[str]) -> dict[str, str]:
    unknown = [label for label in labels if label not in LABEL_COLORS]
    return {
        label: LABEL_COLORS.get(label) or PALETTE[unknown.index(label) % len(PALETTE)] for label in labels
    }


def _stacked(
    ax, edges: list[float], series: dict[str, list[int]], colors: dict[str, str], title: str
) -> None:
    left = np.asarray(edges[:-1])
    width = np.diff(edges)
    bottom = np.zeros(len(left))
    for label, counts in series.items():
        ax.bar(
            left,
            counts,
            width=width,
            bottom=bottom,
            align="edge",
            color=colors[label],
            label=label,
            edgecolor="white",
            linewidth=0.4,
        )
        bottom += np.asarray(counts)
    ax.set_title(title, fontsize=10)
    ax.set_xlim(edges[0], edges[-1])
    ax.set_ylabel("documents")


def plot_scores(dist: dict, out: Path) -> Path:
    """One panel per score column, bars stacked by the label each document was given."""
    assigned = sorted(dist["scores"])
    names = sorted({n for per in dist["scores"].values() for n in per})
    colors = _colors(sorted(set(assigned) | set(names)))
    cols = 2 if len(names) > 1 else 1
    rows = -(-len(names) // cols) or 1
    fig, axes = plt.subplots(rows, cols, figsize=(6 * cols, 3.2 * rows), squeeze=False)
    for ax, name in zip(axes.flat, names):
        _stacked(
            ax,
            dist["bins"],
            {label: dist["scores"][label][name] for label in assigned},
            colors,
            f"score_{name}",
        )
        ax.set_xlabel("score")
    for ax in list(axes.flat)[len(names) :]:
        ax.axis("off")
    axes.flat[0].legend(title="assigned label", fontsize=8)
    fig.suptitle("Score histograms by assigned label")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def plot_stages(dist: dict, out: Path, order: list[str] = ()) -> Path:
    """One panel per cascade stage: its score, stacked by assigned label, with how many documents it ran on.

    Args:
        dist: the manifest's distributions section.
        out: the PNG to write.
        order: stage names in cascade order (others follow, sorted).
    """
    stages = [s for s in order if s in dist["stages"]] + sorted(s for s in dist["stages"] if s not in order)
    labels = sorted({label for per in dist["stages"].values() for label in per})
    colors = _colors(labels)
    cols = 2 if len(stages) > 1 else 1
    rows = max(1, -(-len(stages) // cols))
    fig, axes = plt.subplots(rows, cols, figsize=(6 * cols, 3.2 * rows), squeeze=False)
    for ax, stage in zip(axes.flat, stages):
        per = dist["stages"][stage]
        ran = sum(v["ran"] for v in per.values())
        _stacked(
            ax,
            dist["bins"],
            {label: per[label]["histogram"] for label in labels if label in per},
            colors,
            f"stage_{stage} (ran on {ran} documents)",
        )
        ax.set_xlabel("stage score")
    for ax in list(axes.flat)[len(stages) :]:
        ax.axis("off")
    if stages:
        axes.flat[0].legend(title="assigned label", fontsize=8)
    fig.suptitle("Stage scores by assigned label")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def plot_counts(counts: dict, out: Path) -> Path:
    """Documents by label x action as an annotated heat map."""
    labels = sorted(counts["by_label_action"])
    actions = sorted({a for row in counts["by_label_action"].values() for a in row})
    grid = np.array(
        [[counts["by_label_action"][label].get(a, 0) for a in actions] for label in labels], dtype=float
    )
    fig, ax = plt.subplots(figsize=(1.6 * max(len(actions), 2) + 3, 0.7 * max(len(labels), 1) + 1.8))
    ax.imshow(grid if grid.size else np.zeros((1, 1)), cmap="Blues", aspect="auto")
    ax.set_xticks(range(len(actions)), actions)
    ax.set_yticks(range(len(labels)), labels)
    top = grid.max() if grid.size else 0
    for (i, j), value in np.ndenumerate(grid):
        ax.text(
            j, i, f"{int(value)}", ha="center", va="center", color="white" if value > top / 2 else "black"
        )
    ax.set_title("Documents by label and action")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def plot_flagged(dist: dict, out: Path) -> Path:
    """Share of documents flagged per input shard (ranked when there are too many shards to name)."""
    shards = dist["flagged_by_shard"]
    names = sorted(shards)
    shares = [shards[n]["share"] for n in names]
    title = f"Share flagged per input shard ({', '.join(dist['flagged_labels'])})"
    if len(names) <= 40:
        fig, ax = plt.subplots(figsize=(8, 0.35 * len(names) + 1.6))
        ax.barh(range(len(names)), shares, color=LABEL_COLORS["misaligned_ai_fiction"])
        ax.set_yticks(range(len(names)), names)
        ax.invert_yaxis()
        for i, n in enumerate(names):
            ax.text(
                shares[i], i, f" {shards[n]['flagged']}/{shards[n]['documents']}", va="center", fontsize=8
            )
        ax.set_xlim(0, min(1.0, max(shares, default=0) * 1.25 + 0.05))
        ax.set_xlabel("share flagged")
    else:
        fig, ax = plt.subplots(figsize=(8, 3.5))
        ax.plot(range(len(shares)), sorted(shares, reverse=True), color=LABEL_COLORS["misaligned_ai_fiction"])
        ax.set_xlabel(f"shards, ranked ({len(names)})")
        ax.set_ylabel("share flagged")
    ax.set_title(title, fontsize=10)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def _table(header: list[str], rows: list[list]) -> str:
    def cell(value) -> str:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return (
                f'<td class="n">{value:,}</td>'
                if isinstance(value, int)
                else f'<td class="n">{value:.4g}</td>'
            )
        return f"<td>{html.escape(str(value))}</td>"

    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(cell(v) for v in row) + "</tr>" for row in rows)
    return f"<table><tr>{head}</tr>{body}</table>"


def _dataset_html(manifest: dict, images: dict[str, str]) -> str:
    core = manifest["core"]
    identity, counts, code = core["identity"], core["counts"], core["code"]
    cons = counts["conservation"]
    actions = sorted({a for row in counts["by_label_action"].values() for a in row})
    tokens = sum(o["estimated_tokens"] for o in core["outputs"])
    cards = [
        ("documents read", cons["read"]),
        ("documents written", cons["written"]),
        ("estimated tokens", tokens),
        ("rejected", cons["rejected"]),
        ("output shards", len(core["outputs"])),
    ]
    esc = html.escape
    parts = [
        f"<h1>{esc(identity['name'])} {esc(identity['version'])}</h1>",
        (
            f"<p class='muted'>content id <code>{manifest['content_id']}</code>"
            f" · glossator {esc(code['glossator_version'])}"
            f" · commit <code>{esc(code['git_commit'] or 'unknown')}</code>"
            f"{' (dirty)' if code['git_dirty'] else ''}"
            f" · config <code>{core['config']['sha256'][:12]}</code></p>"
        ),
        f"<p>{esc(identity.get('description', ''))}</p>",
        "<div class='cards'>"
        + "".join(f"<div class='card'><b>{v:,}</b>{esc(k)}</div>" for k, v in cards)
        + "</div>",
        "<h2>Conservation</h2>",
        f"<p><code>{esc(cons['equation'])}</code><br><code>{esc(cons['written_equation'])}</code></p>",
        "<h2>Decisions</h2>",
        _table(
            ["label", *actions, "total"],
            [
                [label, *[row.get(a, 0) for a in actions], sum(row.values())]
                for label, row in sorted(counts["by_label_action"].items())
            ],
        ),
        f"<img src='{images['counts']}' alt='documents by label and action'>",
    ]
    if counts["rejects_by_reason"]:
        parts += [
            "<h3>Rejects by reason</h3>",
            _table(["reason", "lines"], sorted(counts["rejects_by_reason"].items())),
        ]
    parts += [
        "<h2>Scores</h2>",
        f"<img src='{images['scores']}' alt='score histograms'>",
        f"<img src='{images['stages']}' alt='stage score histograms'>",
        "<h2>Classifier cascade</h2>",
        _table(
            ["stage", "thresholds", "model", "model sha256"],
            [
                [
                    s["name"],
                    ", ".join(f"{k}={v:g}" for k, v in sorted(s["thresholds"].items())) or "—",
                    s.get("model") or "—",
                    (s["model_sha256"] or "—")[:12],
                ]
                for s in core["classifiers"]["stages"]
            ],
        ),
        "<h2>Flagged per input shard</h2>",
        f"<img src='{images['flagged']}' alt='share flagged per shard'>",
        "<h2>Inputs</h2>",
        _table(
            ["key", "uri", "documents", "bytes", "sha256"],
            [[i["key"], i["uri"], i["documents"], i["bytes"], i["sha256"][:12]] for i in core["inputs"]],
        ),
        "<h2>Outputs</h2>",
        _table(
            ["path", "documents", "estimated tokens", "bytes", "sha256"],
            [
                [o["path"], o["documents"], o["estimated_tokens"], o["bytes"], o["sha256"][:12]]
                for o in core["outputs"]
            ],
        ),
    ]
    runtime = manifest.get("runtime") or {}
    if runtime:
        parts += ["<h2>Run</h2>", _table(["field", "value"], [[k, runtime[k]] for k in sorted(runtime)])]
    return "".join(parts)


def _index_html(manifest: dict) -> str:
    core = manifest["core"]
    rows = []
    for v in core["variants"]:
        d = v["diff"]
        moved = d["decisions"]["changed"] if d["decisions"].get("available") else "—"
        changed = "; ".join(f"{t['stage']}.{t['threshold']} {t['old']}→{t['new']}" for t in d["thresholds"])
        rows.append([v["name"], v["version"], v["content_id"][:12], changed or "—", len(d["config"]), moved])
    base = core["baseline"]
    return (
        f"<h1>{html.escape(core['identity']['name'])} {html.escape(core['identity']['version'])}</h1>"
        f"<p class='muted'>ablation index · content id <code>{manifest['content_id']}</code></p>"
        f"<p>Baseline: {html.escape(base['name'])} {html.escape(base['version'])}"
        f" (<code>{html.escape(base['path'])}</code>)</p>"
        + _table(
            ["variant", "version", "content id", "threshold changes", "config changes", "documents moved"],
            rows,
        )
    )


def render(path: str | Path, out_dir: str | Path) -> Path:
    """Write index.html and its PNG plots into `out_dir`; returns the HTML file.

    Args:
        path: a manifest (file, or directory holding manifest.json).
        out_dir: where to write the report.
    """
    manifest = read_manifest(path)
    validate(manifest, str(manifest_path(path)))
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ManifestError(f"{out_dir}: cannot create report directory ({exc.strerror})") from exc
    title = f"{manifest['core']['identity']['name']} {manifest['core']['identity']['version']}"
    if manifest["kind"] == "index":
        body = _index_html(manifest)
    else:
        core = manifest["core"]
        images = {
            "scores": plot_scores(core["distributions"], out_dir / "scores.png").name,
            "stages": plot_stages(
                core["distributions"],
                out_dir / "stages.png",
                [s["name"] for s in core["classifiers"]["stages"]],
            ).name,
            "counts": plot_counts(core["counts"], out_dir / "counts.png").name,
            "flagged": plot_flagged(core["distributions"], out_dir / "flagged.png").name,
        }
        body = _dataset_html(manifest, images)
    page = (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"<style>{CSS}</style></head><body>{body}</body></html>\n"
    )
    target = out_dir / "index.html"
    target.write_text(page, encoding="utf-8")
    return target
