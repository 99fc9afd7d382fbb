"""The scheduled deployments: nightly tagging, daily materialization, weekly ablation set.

`serve` runs them from this process (`glossator serve`); `deploy` registers them with a work pool on a shared
server (`glossator deploy`), whose workers run them; prefect.yaml declares the same three for
`prefect deploy --all`. A test keeps the YAML and these specs in step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEPLOYMENT_TAGS = ["glossator"]
TIMEZONE = "UTC"


@dataclass(frozen=True)
class DeploymentSpec:
    """One scheduled deployment.

    Args:
        name: the deployment's name (the full name is `<flow name>/<name>`).
        entrypoint: `module:flow` of the flow.
        cron: when it runs, in TIMEZONE.
        description: shown in the Prefect UI.
        parameters: the flow's parameters.
    """

    name: str
    entrypoint: str
    cron: str
    description: str
    parameters: dict = field(default_factory=dict)


def specs(inputs: list[str], root: str | Path) -> list[DeploymentSpec]:
    """The deployments over `inputs`, writing under `root` (tags/, datasets/, ablations/).

    Args:
        inputs: shards (paths, globs or fsspec URLs); a glob picks up new shards at every run.
        root: where tags and datasets go.
    """
    root = Path(root)
    tags = str(root / "tags")
    return [
        DeploymentSpec(
            "nightly-tagging",
            "flows.tag_corpus:tag_corpus",
            "0 2 * * *",
            "Tag new and changed shards; unchanged shards are cached.",
            {"inputs": inputs, "tags": tags},
        ),
        DeploymentSpec(
            "daily-materialize",
            "flows.materialize:materialize",
            "0 5 * * *",
            "Materialize the default policy from the night's tags.",
            {
                "inputs": inputs,
                "tags": tags,
                "policy": "default",
                "output": str(root / "datasets" / "default" / "{date}"),
                "version": "{date}",
            },
        ),
        DeploymentSpec(
            "weekly-ablations",
            "flows.ablations:build_ablations",
            "0 3 * * 0",
            "Build the week's ablation set at a matched token budget.",
            {
                "inputs": inputs,
                "tags": tags,
                "output": str(root / "ablations" / "{date}"),
                "version": "{date}",
            },
        ),
    ]


def runner_deployments(inputs: list[str], root: str | Path, paused: bool = False) -> list:
    """The specs as Prefect `RunnerDeployment`s, one run at a time each."""
    from prefect.schedules import Cron
    from prefect.types.entrypoint import EntrypointType
    from prefect.utilities.importtools import import_object

    deployments = []
    for spec in specs(inputs, root):
        flow = import_object(spec.entrypoint)
        deployments.append(
            flow.to_deployment(
                spec.name,
                schedules=[Cron(spec.cron, timezone=TIMEZONE)],
                paused=paused,
                parameters=spec.parameters,
                description=spec.description,
                tags=DEPLOYMENT_TAGS,
                concurrency_limit=1,
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
        )
    return deployments


def serve(inputs: list[str], root: str | Path, limit: int = 2, parallel: int | None = None) -> None:
    """Register the deployments with the Prefect API and run their flow runs here until interrupted.

    Args:
        inputs: shards for every deployment.
        root: where tags and datasets go.
        limit: flow runs at once in this process.
        parallel: the server-wide shard-tagging limit (`glossator-tag`), set if given, created if missing.
    """
    from prefect import serve as prefect_serve

    _set_limit(parallel)
    prefect_serve(*runner_deployments(inputs, root), limit=limit)


def _set_limit(parallel: int | None) -> None:
    from prefect.client.orchestration import get_client

    from flows.tag_corpus import DEFAULT_PARALLEL, TAG_LIMIT, ensure_limit

    if parallel is None:
        ensure_limit(TAG_LIMIT, DEFAULT_PARALLEL)
    else:
        with get_client(sync_client=True) as client:
            client.upsert_global_concurrency_limit_by_name(TAG_LIMIT, parallel)


def deploy(inputs: list[str], root: str | Path, pool: str, parallel: int | None = None) -> list[str]:
    """Register the deployments with a work pool (`prefect worker start --pool POOL` runs them); their names.

    Workers import the flows from the installed glossator package, so no code is pushed anywhere.

    Args:
        inputs: shards for every deployment, as the workers see them.
        root: where tags and datasets go, as the workers see it.
        pool: the work pool (e.g. `prefect work-pool create glossator --type process`).
        parallel: the server-wide shard-tagging limit (`glossator-tag`), set if given, created if missing.
    """
    _set_limit(parallel)
    names = []
    for deployment in runner_deployments(inputs, root):
        deployment.apply(work_pool_name=pool)
        names.append(deployment.full_name)
    return names
