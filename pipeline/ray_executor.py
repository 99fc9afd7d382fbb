"""Scale-out on Ray through datatrove's RayPipelineExecutor: the same steps as the local run, one Ray task
per shard. All outputs go to a filesystem every node can reach (a shared mount or an fsspec URL)."""

from __future__ import annotations

import os
from pathlib import Path

from datatrove.pipeline.base import PipelineStep


def connect(address: str | None) -> None:
    """Join the Ray cluster at `address`, or start a local one bound to 127.0.0.1 when it is None."""
    import ray

    if ray.is_initialized():
        return
    env = {"env_vars": {k: v for k, v in os.environ.items() if k.startswith("GLOSSATOR_")}}
    if address:
        ray.init(address=address, runtime_env=env, log_to_driver=False)
    else:
        ray.init(_node_ip_address="127.0.0.1", include_dashboard=False, runtime_env=env, log_to_driver=False)


def build_ray_executor(
    pipeline: list[PipelineStep], tasks: int, workers: int, logging_dir: Path, address: str | None
):
    """A RayPipelineExecutor with one task per shard and at most `workers` running at once.

    Args:
        pipeline: the steps.
        tasks: number of tasks.
        workers: concurrent Ray tasks.
        logging_dir: datatrove's logs and stats (must be reachable from every node).
        address: Ray cluster address, or None for a local Ray instance.
    """
    from datatrove.executor.ray import RayPipelineExecutor

    connect(address)
    return RayPipelineExecutor(
        pipeline=pipeline,
        tasks=tasks,
        workers=max(1, min(workers, tasks)),
        logging_dir=str(logging_dir),
        skip_completed=False,
        cpus_per_task=1,
        mem_per_cpu_gb=0.5,
    )
