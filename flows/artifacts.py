"""Markdown artifacts: counts by label (and action) and where the outputs are."""

from __future__ import annotations

from pathlib import Path

from prefect.artifacts import create_markdown_artifact

from classifiers.labels import LABELS
from flows.names import short, slug
from pipeline.ablations import ablation_markdown, dataset_markdown


def tags_markdown(summary: dict) -> str:
    """The tags directory after a tag-corpus run: what was tagged, skipped and cached, documents by label."""
    lines = [
        f"### tag-corpus: {len(summary['shards'])} shard(s) -> `{summary['tags']}`",
        "",
        f"classifier version `{summary['classifier_version']}`; tagged {len(summary['tagged'])}, skipped "
        f"{len(summary['skipped'])} unchanged ({len(summary['cached'])} from the Prefect cache)",
        "",
        "| label | documents |",
        "|---|---|",
        *[f"| {label} | {summary['labels'].get(label, 0)} |" for label in LABELS],
        f"| **total** | {summary['documents']} |",
        "",
        f"tagged now: {', '.join(f'`{k}`' for k in summary['tagged']) or 'none'}  ",
        f"run file: `{Path(summary['tags']) / 'tags.json'}`",
        "",
    ]
    return "\n".join(lines)


def publish_tags(summary: dict) -> None:
    create_markdown_artifact(
        tags_markdown(summary),
        key=slug(f"tags-{short(summary['tags'])}"),
        description=f"tags in {summary['tags']}",
    )


def publish_dataset(dataset: str | Path, key: str) -> None:
    create_markdown_artifact(
        dataset_markdown(dataset),
        key=slug(key),
        description=f"dataset manifest {Path(dataset).resolve() / 'manifest.json'}",
    )


def artifacts_of(flow_run_ids: list) -> list[dict]:
    """The artifacts published by these flow runs, oldest first, as plain dicts.

    Posted directly: `read_artifacts` and `Artifact.get` send explicit nulls, which this server's
    FastAPI rejects with 422 (prefect 3.8.8, fastapi 0.154).
    """
    from prefect.client.orchestration import get_client

    body = {
        "artifacts": {"flow_run_id": {"any_": [str(i) for i in flow_run_ids]}},
        "sort": "CREATED_DESC",
        "limit": 200,
        "offset": 0,
    }
    with get_client(sync_client=True) as client:
        found = client.request("POST", "/artifacts/filter", json=body).json()
    return list(reversed(found))


def run_artifacts(flow_run_id) -> dict[str, dict]:
    """Artifact key -> artifact of everything a flow run and its subflow runs published."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterParentFlowRunId
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        children = client.read_flow_runs(
            flow_run_filter=FlowRunFilter(
                parent_flow_run_id=FlowRunFilterParentFlowRunId(any_=[flow_run_id])
            ),
            sort=FlowRunSort.START_TIME_ASC,
            limit=200,
            offset=0,
        )
    return {a["key"]: a for a in artifacts_of([flow_run_id, *[c.id for c in children]])}


def publish_ablations(index: str | Path, key: str) -> str:
    markdown = ablation_markdown(index)
    create_markdown_artifact(markdown, key=slug(key), description=f"ablation index {Path(index).resolve()}")
    return markdown
