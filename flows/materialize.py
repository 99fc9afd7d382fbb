"""The `materialize` flow: a policy applied to stored tags, written as a dataset with its manifest."""

from __future__ import annotations

from pathlib import Path

from prefect import flow, task

from flows.artifacts import publish_dataset
from flows.names import materialize_run_name
from pipeline.ablations import expand
from pipeline.config import load_policy


@task(name="materialize", task_run_name="materialize {policy} -> {output}", retries=1, retry_delay_seconds=30)
def materialize_task(
    inputs: list[str], tags: str, policy: str, output: str, name: str | None, version: str, workers: int
) -> dict:
    from pipeline.materialize import materialize as run_materialize

    report = run_materialize(
        inputs, tags, load_policy(policy), output, name=name, version=version, workers=workers
    )
    return {
        "manifest": str(report.manifest_path.resolve()),
        "content_id": report.manifest["content_id"],
        "totals": report.totals,
        "by_label_action": report.by_label_action(),
    }


@flow(name="materialize", flow_run_name=materialize_run_name)
def materialize(
    inputs: list[str],
    tags: str,
    output: str,
    policy: str = "default",
    name: str | None = None,
    version: str = "1",
    workers: int = 1,
) -> dict:
    """Apply `policy` to the tagged shards; `{date}` in `output` or `version` becomes today's UTC date.

    Args:
        inputs: the tagged shards (paths, globs or fsspec URLs).
        tags: the tags directory.
        output: the dataset directory.
        policy: a shipped policy's name or a policy file.
        name: the dataset's name (default: the policy's).
        version: the dataset's version.
        workers: parallel datatrove tasks.
    """
    output, version = expand(output), expand(version)
    result = materialize_task(inputs, tags, policy, output, name, version, workers)
    publish_dataset(output, f"dataset-{name or Path(policy).stem}")
    return result
