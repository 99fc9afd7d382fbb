"""The `build-ablations` flow: one tagging pass, every variant materialized, matched budgets, an index."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.task_runners import ThreadPoolTaskRunner

from flows.artifacts import publish_ablations, publish_dataset
from flows.names import ablations_run_name
from flows.tag_corpus import tag_corpus
from pipeline import ablations
from pipeline.ablations import DEFAULT_SEED, DEFAULT_TOLERANCE, VARIANTS, Variant


@task(
    name="materialize-variant",
    task_run_name="materialize {variant.name} ({variant.policy})",
    retries=1,
    retry_delay_seconds=30,
)
def materialize_variant(
    inputs: list[str], tags: str, variant: Variant, output: str, version: str, workers: int
) -> int:
    """Materialize one variant; returns its estimated tokens before the budget is applied."""
    ablations.materialize_variant(inputs, tags, variant, output, version, workers)
    return ablations.estimated_tokens(Path(output) / variant.name)


@task(name="trim-to-budget", task_run_name="trim {dataset} to {target} tokens")
def trim_to_budget(dataset: str, target: int, target_from: str, tolerance: float, seed: str) -> dict:
    # no retries: a half-trimmed dataset must be materialized again, which the next flow run does
    return ablations.trim_to_budget(dataset, target, target_from, tolerance, seed)


@task(name="write-index", task_run_name="index {name} v{version}")
def write_index(output: str, name: str, version: str, variants: list[Variant]) -> str:
    return str(ablations.write_index(output, name, version, tuple(variants)).resolve())


@flow(
    name="build-ablations", flow_run_name=ablations_run_name, task_runner=ThreadPoolTaskRunner(max_workers=2)
)
def build_ablations(
    inputs: list[str],
    output: str,
    tags: str | None = None,
    name: str = "glossator-ablations",
    version: str = "1",
    config: str | None = None,
    tolerance: float = DEFAULT_TOLERANCE,
    seed: str = DEFAULT_SEED,
    workers: int = 1,
) -> dict:
    """Baseline, filtered, contextualized, tagged and aligned-upsampled variants at a matched token budget.

    `{date}` in `output` or `version` becomes today's UTC date, so a weekly schedule keeps every week's set.

    Args:
        inputs: shards (paths, globs or fsspec URLs).
        output: the ablation set directory (one dataset per variant, diffs/, manifest.json, SUMMARY.md).
        tags: the tags directory (default: `output/tags`); shards already tagged are not tagged again.
        name: the set's name.
        version: the set's version.
        config: a glossator config YAML for tagging; None for the defaults.
        tolerance: largest allowed budget residual, as a share of the target.
        seed: orders the `other` documents the budget drops.
        workers: parallel datatrove tasks per materialization.
    """
    output, version = ablations.expand(output), ablations.expand(version)
    tags = tags or str(Path(output) / "tags")
    tagging = tag_corpus(inputs, tags, config)
    pending = {
        v.name: materialize_variant.submit(inputs, tags, v, output, version, workers) for v in VARIANTS
    }
    tokens = {variant: future.result() for variant, future in pending.items()}
    target, target_from = ablations.budget_target(tokens)
    trims = {
        v.name: trim_to_budget.submit(str(Path(output) / v.name), target, target_from, tolerance, seed)
        for v in VARIANTS
    }
    budgets = {variant: future.result() for variant, future in trims.items()}
    index = write_index(output, name, version, list(VARIANTS))
    for variant in VARIANTS:
        publish_dataset(Path(output) / variant.name, f"{name}-{variant.name}")
    summary = publish_ablations(index, name)
    return {
        "index": index,
        "output": str(Path(output).resolve()),
        "tags": tagging["tags"],
        "tagged": tagging["tagged"],
        "target_tokens": target,
        "target_from": target_from,
        "budgets": budgets,
        "markdown": summary,
    }
