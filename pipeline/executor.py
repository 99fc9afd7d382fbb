"""Running a datatrove pipeline locally or on Ray, with a progress bar fed by finished shards."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.base import PipelineStep

from pipeline.progress import progress_bar

EXECUTORS = ("local", "ray")


def build_executor(
    pipeline: list[PipelineStep],
    tasks: int,
    workers: int,
    logging_dir: Path,
    executor: str = "local",
    ray_address: str | None = None,
):
    """A datatrove executor with one task per shard; completion is tracked by glossator, not datatrove.

    Args:
        pipeline: the steps.
        tasks: number of tasks (the reader gives task r the shards r, r+tasks, ...).
        workers: processes (local) or concurrent Ray tasks.
        logging_dir: datatrove's logs and stats.
        executor: "local" or "ray".
        ray_address: address of a running Ray cluster (None: start or join a local one).
    """
    if executor == "local":
        return LocalPipelineExecutor(
            pipeline=pipeline,
            tasks=tasks,
            workers=max(1, min(workers, tasks)),
            logging_dir=str(logging_dir),
            skip_completed=False,
        )
    if executor == "ray":
        from pipeline.ray_executor import build_ray_executor

        return build_ray_executor(pipeline, tasks, workers, logging_dir, ray_address)
    raise ValueError(f"unknown executor {executor!r} (expected one of {', '.join(EXECUTORS)})")


def run_executor(
    executor,
    total: int,
    done: Callable[[], int],
    description: str,
    show_progress: bool = True,
) -> None:
    """Run `executor` in a thread while a progress bar polls `done()` (finished shards) up to `total`.

    Args:
        executor: a datatrove executor.
        total: shards to finish.
        done: counts finished shards.
        description: the bar's label.
        show_progress: draw the bar (off in tests and under Prefect).
    """
    failure: list[BaseException] = []

    def target() -> None:
        try:
            executor.run()
        except BaseException as e:  # noqa: BLE001 - re-raised in the calling thread
            failure.append(e)

    thread = threading.Thread(target=target, name="glossator-executor", daemon=True)
    with progress_bar(description, total, enabled=show_progress) as advance:
        thread.start()
        while thread.is_alive():
            thread.join(timeout=0.25)
            advance(done())
        advance(done())
    if failure:
        raise failure[0]
