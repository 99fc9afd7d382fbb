"""Ablation sets: from one tagging pass, a set of variants for a controlled comparison.

Each variant is one policy materialized over the same tagged shards. Variants are then brought to a matched
token budget: the target is the smallest variant's estimated tokens (usually `filtered`), and every other
variant drops documents labelled `other` (and kept) in ascending order of sha256(seed, id) until its
estimated tokens are at or below the target. The order is the same in every variant, so the trimmed sets
are nested and identical across variants up to their size; the residual (tokens after minus target, at most
one document) must be within `tolerance` of the target. Method, target and residual go into each variant's
manifest (`config.value.budget`), and the index manifest links the variants with a diff against the baseline.

Layout of an ablation set directory:
    <variant>/          a dataset (data/, ledger/, rejects.jsonl, manifest.json), one per variant
    diffs/<variant>.md  the diff of each variant against the baseline, for review
    manifest.json       the index manifest (kind "index")
    SUMMARY.md          counts by label x action per variant, budgets, where everything is
"""

from __future__ import annotations

import gzip
import hashlib
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import orjson
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from classifiers.labels import LABELS, OTHER
from manifests import build_manifest, read_manifest, scan_dataset, write_manifest
from manifests.diff import render_markdown
from manifests.index import build_index
from pipeline.atomic import atomic_path, write_atomic
from pipeline.config import ACTION_NAMES, GlossatorConfig, Policy, load_policy
from pipeline.tokens import estimate_tokens

BASELINE = "baseline"
DEFAULT_TOLERANCE = 0.005
DEFAULT_SEED = "glossator-budget-1"
TRIM_LABEL = OTHER
METHOD = "drop-other-by-id-hash"
DIFFS_DIR = "diffs"
SUMMARY_FILE = "SUMMARY.md"


@dataclass(frozen=True)
class Variant:
    """One member of an ablation set.

    Args:
        name: the variant's name (its directory and its manifest's identity.name).
        policy: a shipped policy's name or a policy file.
    """

    name: str
    policy: str


VARIANTS = (
    Variant(BASELINE, "baseline"),
    Variant("filtered", "filtered"),
    Variant("contextualized", "contextualized"),
    Variant("tagged", "tagged"),
    Variant("aligned-upsampled", "upsampled"),
)


def expand(template: str, now: datetime | None = None) -> str:
    """`{date}` in a path or version becomes today's UTC date (a weekly build keeps last week's)."""
    now = now or datetime.now(timezone.utc)
    return template.replace("{date}", now.strftime("%Y-%m-%d"))


def materialize_variant(
    inputs: list[str],
    tags: str | Path,
    variant: Variant,
    output: str | Path,
    version: str = "1",
    workers: int = 1,
):
    """Materialize one variant into `output/<variant.name>`; returns the `MaterializeReport`.

    Args:
        inputs: the tagged shards.
        tags: the tags directory.
        variant: which policy, under which name.
        output: the ablation set directory.
        version: the set's version (every variant gets it).
        workers: parallel tasks.
    """
    from pipeline.materialize import materialize

    return materialize(
        inputs,
        tags,
        load_policy(variant.policy),
        Path(output) / variant.name,
        name=variant.name,
        version=version,
        workers=workers,
    )


def estimated_tokens(dataset: str | Path) -> int:
    """Estimated tokens of a dataset's outputs, from its manifest."""
    return sum(o["estimated_tokens"] for o in read_manifest(dataset)["core"]["outputs"])


def budget_target(tokens: dict[str, int]) -> tuple[int, str]:
    """The matched budget and the variant that sets it: the smallest, since trimming can only remove.

    Args:
        tokens: variant name -> estimated tokens before trimming.
    """
    name = min(sorted(tokens), key=lambda n: tokens[n])
    return tokens[name], name


def _rank(seed: str, doc_id: str) -> str:
    return hashlib.sha256(f"{seed}\n{doc_id}".encode()).hexdigest()


def _candidates(root: Path, manifest: dict, seed: str) -> pl.DataFrame:
    """Kept `other` documents with their output, tokens and rank, in trimming order."""
    ledger = pl.concat(
        [
            pl.read_parquet(root / e["path"], columns=["id", "source", "label", "action", "output"])
            for e in manifest["core"]["ledger"]
        ]
    ).filter((pl.col("label") == TRIM_LABEL) & (pl.col("action") == "keep"))
    wanted = set(ledger["id"].to_list())
    tokens: dict[str, int] = {}
    for output in sorted(set(ledger["output"].to_list())):
        with gzip.open(root / output, "rb") as lines:
            for line in lines:
                record = orjson.loads(line)
                if record["id"] in wanted:
                    tokens[record["id"]] = estimate_tokens(record["text"])
    ids = ledger["id"].to_list()
    ranked = ledger.with_columns(
        pl.Series("tokens", [tokens[i] for i in ids], pl.Int64),
        pl.Series("rank", [_rank(seed, i) for i in ids], pl.String),
    )
    return ranked.sort("rank")


def _rewrite_shard(root: Path, source: str, output: str, trimmed: set[str]) -> None:
    """Remove trimmed documents from one output shard, its ledger (action drop) and its stats."""
    with gzip.open(root / output, "rb") as lines:
        kept = [line for line in lines if orjson.loads(line)["id"] not in trimmed]
    with atomic_path(root / output) as tmp, open(tmp, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=6) as gz:
            gz.writelines(kept)
    ledger_path = root / "ledger" / f"{source}.parquet"
    table = pq.read_table(ledger_path)
    mask = pc.fill_null(pc.is_in(table["id"], value_set=pa.array(sorted(trimmed), pa.string())), False)
    for column, value in (("action", "drop"), ("output", None), ("copies", 0), ("added_tokens", 0)):
        index = table.schema.get_field_index(column)
        field = table.schema.field(index)
        table = table.set_column(index, field, pc.if_else(mask, pa.scalar(value, field.type), table[column]))
    with atomic_path(ledger_path) as tmp:
        pq.write_table(table, tmp, compression="zstd")
    stats_path = root / "stats" / f"{source}.json"
    if stats_path.exists():
        stats = orjson.loads(stats_path.read_bytes())
        n = len(trimmed)
        stats["outcomes"]["kept"] -= n
        stats["outcomes"]["dropped"] += n
        row = stats["by_label_action"][TRIM_LABEL]
        row["keep"] -= n
        row["drop"] = row.get("drop", 0) + n
        stats["by_label_action"][TRIM_LABEL] = {a: c for a, c in sorted(row.items()) if c}
        stats["written"] -= n
        write_atomic(stats_path, orjson.dumps(stats, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2))


def _reseal(root: Path, manifest: dict, budget: dict, seconds: float) -> dict:
    """The dataset manifest rebuilt from the trimmed files, with the budget in its configuration."""
    from pipeline.manifest import commentary_section

    core = manifest["core"]
    scanned = scan_dataset(root, estimate_tokens)
    policy = Policy.model_validate(core["config"]["value"]["policy"])
    output_tokens = sum(o["estimated_tokens"] for o in scanned["outputs"])
    ledger_files = [root / e["path"] for e in scanned["ledger"]]
    resealed = build_manifest(
        identity=core["identity"],
        code=core["code"],
        config={**core["config"]["value"], "budget": budget},
        classifiers=core["classifiers"],
        commentary=commentary_section(policy, ledger_files, output_tokens),
        policy=core["policy"],
        inputs=core["inputs"],
        runtime={**manifest.get("runtime", {}), "budget_s": round(seconds, 3)},
        **scanned,
    )
    write_manifest(root, resealed)
    return resealed


def trim_to_budget(
    dataset: str | Path,
    target: int,
    target_from: str,
    tolerance: float = DEFAULT_TOLERANCE,
    seed: str = DEFAULT_SEED,
) -> dict:
    """Drop kept `other` documents in id-hash order until the dataset is at or under `target` tokens.

    Rewrites the dataset's output shards, ledger (trimmed rows become action drop) and manifest; returns the
    budget record written into the manifest's `config.value.budget`. Run it once, on a fresh materialization.

    Args:
        dataset: the variant's dataset directory.
        target: the matched budget, in estimated tokens.
        target_from: the variant that set the target (recorded).
        tolerance: largest allowed |tokens after - target| / target.
        seed: mixed into the hash that orders documents; the same seed gives the same order everywhere.
    """
    started = time.time()
    root = Path(dataset)
    manifest = read_manifest(root)
    if "budget" in manifest["core"]["config"]["value"]:
        raise ValueError(
            f"{root / 'manifest.json'}: config.value.budget: already trimmed; materialize it again"
        )
    before = estimated_tokens(root)
    ranked = _candidates(root, manifest, seed)
    cumulative = ranked["tokens"].cum_sum()
    excess = before - target
    count = 0 if excess <= 0 else int((cumulative < excess).sum()) + 1
    if count > ranked.height:
        raise ValueError(
            f"{root}: cannot reach the token budget {target}: {before} tokens, only "
            f"{int(ranked['tokens'].sum())} in kept '{TRIM_LABEL}' documents"
        )
    trimmed = ranked.head(count)
    after = before - int(trimmed["tokens"].sum())
    residual = after - target
    if abs(residual) > tolerance * target:
        raise ValueError(
            f"{root}: residual {residual} tokens is over the tolerance {tolerance:g} of the budget {target}"
        )
    for (source, output), group in trimmed.group_by(["source", "output"], maintain_order=True):
        _rewrite_shard(root, source, output, set(group["id"].to_list()))
    budget = {
        "method": METHOD,
        "description": (
            f"kept '{TRIM_LABEL}' documents dropped in ascending sha256(seed, id) order until estimated "
            "tokens are at most the target (the smallest variant's); the same order in every variant"
        ),
        "estimator": "pipeline.tokens.estimate_tokens",
        "label": TRIM_LABEL,
        "seed": seed,
        "target_tokens": target,
        "target_from": target_from,
        "tolerance": tolerance,
        "tokens_before": before,
        "tokens_after": after,
        "residual_tokens": residual,
        "residual_share": residual / target if target else 0.0,
        "trimmed_documents": count,
        "trimmed_tokens": before - after,
    }
    _reseal(root, manifest, budget, time.time() - started)
    return budget


def write_index(
    output: str | Path,
    name: str,
    version: str,
    variants: tuple[Variant, ...] = VARIANTS,
    sample: int = 10,
    description: str = "",
) -> Path:
    """Write the index manifest linking every variant to the baseline, each diff as Markdown, and SUMMARY.md.

    Args:
        output: the ablation set directory, holding one dataset per variant.
        name: the set's name.
        version: the set's version.
        variants: the members; the one named `baseline` is the baseline.
        sample: moved documents listed in each diff.
        description: free text for the index's identity.
    """
    from pipeline.manifest import code_section

    output = Path(output)
    others = {v.name: output / v.name for v in variants if v.name != BASELINE}
    first = read_manifest(output / BASELINE)["core"]["config"]["value"]
    policies = {v.name: read_manifest(output / v.name)["core"]["config"]["value"]["policy"] for v in variants}
    config = {
        "variants": [
            {"name": name, "policy": policy, "policy_sha256": Policy.model_validate(policy).sha256()}
            for name, policy in policies.items()
        ],
        "budget": {
            k: v
            for k, v in first.get("budget", {}).items()
            if k
            in (
                "method",
                "description",
                "estimator",
                "label",
                "seed",
                "target_tokens",
                "target_from",
                "tolerance",
            )
        },
        "tag": first["tag"],
    }
    identity = {
        "name": name,
        "version": version,
        "parents": [],
        "description": description or f"ablation set: {', '.join(v.name for v in variants)}",
    }
    index = build_index(
        output, identity, output / BASELINE, others, sample=sample, config=config, code=code_section()
    )
    path = write_manifest(output, index)
    (output / DIFFS_DIR).mkdir(exist_ok=True)
    for entry in index["core"]["variants"]:
        markdown = render_markdown(entry["diff"], BASELINE, entry["name"])
        (output / DIFFS_DIR / f"{entry['name']}.md").write_text(markdown, encoding="utf-8")
    (output / SUMMARY_FILE).write_text(ablation_markdown(path), encoding="utf-8")
    return path


def label_action_rows(dataset: str | Path) -> list[tuple[str, dict[str, int]]]:
    """(label, {action: documents}) for every label, from a dataset manifest."""
    table = read_manifest(dataset)["core"]["counts"]["by_label_action"]
    return [(label, table.get(label, {})) for label in LABELS]


def _actions(rows: list[dict[str, int]]) -> list[str]:
    present = {a for row in rows for a in row}
    return [a for a in ACTION_NAMES if a in present or a == "keep"]


def _md_table(header: list[str], rows: list[list]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]


def dataset_markdown(dataset: str | Path) -> str:
    """A dataset's counts by label x action, its conservation figures and where its manifest is."""
    path = (Path(dataset) / "manifest.json").resolve()
    manifest = read_manifest(path)
    core = manifest["core"]
    rows = label_action_rows(path)
    actions = _actions([r for _, r in rows])
    c = core["counts"]["conservation"]
    tokens = sum(o["estimated_tokens"] for o in core["outputs"])
    lines = [
        f"### `{core['identity']['name']}` v{core['identity']['version']}: documents by label × action",
        "",
    ]
    lines += _md_table(
        ["label", *actions, "total"],
        [[label, *[r.get(a, 0) for a in actions], sum(r.values())] for label, r in rows],
    )
    lines += [
        "",
        f"read {c['read']} = kept {c['kept']} + contextualized {c['contextualized']} + tagged "
        f"{c['tagged']} + dropped {c['dropped']} + rejected {c['rejected']}; written {c['written']} "
        f"documents ({c['upsample_copies']} upsample copies), {tokens:,} estimated tokens",
        "",
    ]
    budget = core["config"]["value"].get("budget")
    if budget:
        lines += [
            f"token budget: {budget['target_tokens']:,} (from `{budget['target_from']}`), residual "
            f"{budget['residual_tokens']:+,} ({budget['residual_share']:+.3%}); "
            f"{budget['trimmed_documents']} `{budget['label']}` documents trimmed",
            "",
        ]
    lines += [f"manifest: `{path}`  ", f"content id: `{manifest['content_id']}`", ""]
    return "\n".join(lines)


def ablation_markdown(index: str | Path) -> str:
    """The ablation set at a glance: budgets, counts by label x action per variant, diffs and locations."""
    index_path = (Path(index) / "manifest.json" if Path(index).is_dir() else Path(index)).resolve()
    root = index_path.parent
    core = read_manifest(index_path)["core"]
    members = [(core["baseline"]["name"], core["baseline"]["path"], None)]
    members += [(v["name"], v["path"], v["diff"]) for v in core["variants"]]
    budget = core.get("config", {}).get("value", {}).get("budget", {})
    lines = [f"## Ablation set `{core['identity']['name']}` v{core['identity']['version']}", ""]
    if budget:
        lines += [
            f"Matched token budget: **{budget['target_tokens']:,}** estimated tokens, set by "
            f"`{budget['target_from']}`; method `{budget['method']}` ({budget['description']}); "
            f"tolerance ±{budget['tolerance']:.2%}.",
            "",
        ]
    header = [
        "variant",
        "policy",
        "documents written",
        "est. tokens",
        "residual",
        f"`{TRIM_LABEL}` trimmed",
        "actions changed vs baseline",
        "manifest",
    ]
    summary, counts = [], []
    all_rows = {name: label_action_rows(root / path) for name, path, _ in members}
    actions = _actions([r for rows in all_rows.values() for _, r in rows])
    for name, path, diff in members:
        dataset = read_manifest(root / path)["core"]
        b = dataset["config"]["value"].get("budget", {})
        changed = "—" if diff is None else diff["decisions"].get("changed", "n/a")
        summary.append(
            [
                f"`{name}`",
                dataset["config"]["value"]["policy"]["name"],
                dataset["counts"]["conservation"]["written"],
                f"{sum(o['estimated_tokens'] for o in dataset['outputs']):,}",
                f"{b['residual_tokens']:+,} ({b['residual_share']:+.3%})" if b else "—",
                b.get("trimmed_documents", "—"),
                changed,
                f"`{path}`",
            ]
        )
        for label, row in all_rows[name]:
            counts.append([f"`{name}`", label, *[row.get(a, 0) for a in actions], sum(row.values())])
    lines += _md_table(header, summary)
    lines += ["", "### Documents by label × action", ""]
    lines += _md_table(["variant", "label", *actions, "total"], counts)
    lines += [
        "",
        f"Index manifest: `{index_path}`  ",
        f"Diffs against the baseline: `{root / DIFFS_DIR}/`",
        "",
    ]
    return "\n".join(lines)


@dataclass
class AblationReport:
    """What `build_ablations` wrote.

    Args:
        output: the ablation set directory.
        index: the index manifest.
        budgets: variant -> its budget record.
        seconds: wall time.
    """

    output: Path
    index: Path
    budgets: dict[str, dict]
    seconds: float


def build_ablations(
    inputs: list[str],
    tags: str | Path,
    output: str | Path,
    name: str = "glossator-ablations",
    version: str = "1",
    variants: tuple[Variant, ...] = VARIANTS,
    config: GlossatorConfig | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    seed: str = DEFAULT_SEED,
    workers: int = 1,
) -> AblationReport:
    """The whole ablation set without Prefect: tag (resumable), materialize, trim to budget, index, summary.

    Args:
        inputs: shards (paths, globs or fsspec URLs).
        tags: the tags directory (finished shards are not tagged again).
        output: the ablation set directory.
        name: the set's name.
        version: the set's version.
        variants: the members; one must be named `baseline`.
        config: reader and classifier configuration for tagging.
        tolerance: largest allowed budget residual, as a share of the target.
        seed: orders the documents the budget trims.
        workers: parallel tasks.
    """
    from pipeline.tag import tag

    started = time.time()
    if BASELINE not in {v.name for v in variants}:
        raise ValueError(f"variants: none is named {BASELINE!r}")
    output = Path(output)
    tag(inputs, tags, config=config, workers=workers)
    tokens = {}
    for variant in variants:
        materialize_variant(inputs, tags, variant, output, version, workers)
        tokens[variant.name] = estimated_tokens(output / variant.name)
    target, source = budget_target(tokens)
    budgets = {v.name: trim_to_budget(output / v.name, target, source, tolerance, seed) for v in variants}
    index = write_index(output, name, version, variants)
    return AblationReport(output, index, budgets, time.time() - started)
