"""Scale-out on Ray through datatrove's RayPipelineExecutor: the same steps as the local run, one Ray task
per shard. Inputs, tags, outputs and logs must be on a filesystem every node reaches (a shared mount or an
fsspec URL); see docs/scale-out.md."""

from __future__ import annotations

import ipaddress
import os
import socket
from pathlib import Path

from datatrove.pipeline.base import PipelineStep

# Ray binds to the machine's outward address unless this is "0"; it reads it once, at import.
LOOPBACK_FLAG = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"
CPUS_PER_TASK = 1
MEM_PER_TASK_GB = 1.0


def is_loopback(address: str | None) -> bool:
    """True for None (a local instance) and for addresses such as "127.0.0.1:6379" or "localhost:6379"."""
    if address is None:
        return True
    host = address.split("://")[-1].rsplit(":", 1)[0].strip("[]")
    try:
        return ipaddress.ip_address(socket.gethostbyname(host) if host == "localhost" else host).is_loopback
    except (ValueError, OSError):
        return False


def bind_to_loopback() -> None:
    """Make Ray (in this process and the processes it starts) use 127.0.0.1 instead of the outward address."""
    os.environ[LOOPBACK_FLAG] = "0"
    from ray._private import ray_constants

    ray_constants.ENABLE_RAY_CLUSTER = False


def connect(address: str | None) -> None:
    """Join the Ray cluster at `address`, or start a local instance bound to 127.0.0.1 when it is None.

    A driver joining a cluster on loopback must see itself as 127.0.0.1 too, or it waits forever for a
    raylet on the outward address. Ray's usage reporting is off unless RAY_USAGE_STATS_ENABLED says otherwise.

    Args:
        address: "host:port" of the cluster's GCS, "auto", or None (then RAY_ADDRESS, if set).
    """
    address = address or os.environ.get("RAY_ADDRESS") or None
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    if is_loopback(address):
        bind_to_loopback()
    import ray

    if ray.is_initialized():
        return
    env_vars = {k: v for k, v in os.environ.items() if k.startswith("GLOSSATOR_")}
    options = {"runtime_env": {"env_vars": env_vars}} if env_vars else {}
    if address:
        ray.init(address=address, log_to_driver=False, **options)
    else:
        ray.init(address="local", include_dashboard=False, log_to_driver=False, **options)


def check_capacity(cpus: float, memory_gb: float) -> None:
    """Fail now, rather than wait forever, when no node could ever run one task."""
    import ray

    nodes = [n["Resources"] for n in ray.nodes() if n["Alive"]]
    fits = [r for r in nodes if r.get("CPU", 0) >= cpus and r.get("memory", 0) >= memory_gb * 2**30]
    if not fits:
        have = [(r.get("CPU", 0), round(r.get("memory", 0) / 2**30, 1)) for r in nodes]
        raise RuntimeError(
            f"ray: no node has {cpus} CPU and {memory_gb} GB of memory for one task (nodes: CPU, GB = {have})"
        )


def build_ray_executor(
    pipeline: list[PipelineStep], tasks: int, workers: int, logging_dir: Path, address: str | None
):
    """A RayPipelineExecutor with one task per shard and at most `workers` running at once.

    Args:
        pipeline: the steps.
        tasks: number of tasks.
        workers: concurrent Ray tasks.
        logging_dir: datatrove's logs and stats (must be reachable from every node).
        address: Ray cluster address, or None for a local Ray instance on 127.0.0.1.
    """
    from datatrove.executor.ray import RayPipelineExecutor

    connect(address)
    check_capacity(CPUS_PER_TASK, MEM_PER_TASK_GB)
    return RayPipelineExecutor(
        pipeline=pipeline,
        tasks=tasks,
        workers=max(1, min(workers, tasks)),
        logging_dir=str(logging_dir),
        skip_completed=False,
        cpus_per_task=CPUS_PER_TASK,
        mem_per_cpu_gb=MEM_PER_TASK_GB / CPUS_PER_TASK,
    )
