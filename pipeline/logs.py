"""datatrove logs every task at INFO on stderr; glossator's CLI shows a progress bar instead.

When GLOSSATOR_DATATROVE_LOG_LEVEL is set (the CLI sets it, and worker processes inherit it), datatrove's
console logging is raised to that level; its per-task log files under `logs/` stay complete.
"""

from __future__ import annotations

import os
import sys

from loguru import logger

ENV = "GLOSSATOR_DATATROVE_LOG_LEVEL"


def quiet_datatrove() -> None:
    level = os.environ.get(ENV)
    if not level:
        return
    import datatrove.executor.base as executor_base
    import datatrove.utils.logging as dt_logging

    def setup_default_logger() -> None:
        logger.remove()
        logger.add(sys.stderr, level=level)

    def add_task_logger(logging_dir, rank: int, local_rank: int = 0, node_rank: int = -1):
        logger.remove()
        logfile = logging_dir.open(f"logs/task_{rank:05d}.log", "w")
        logger.add(sys.stderr, level=level)
        logger.add(logfile, level="DEBUG", colorize=False)
        return logfile

    dt_logging.setup_default_logger = setup_default_logger
    executor_base.add_task_logger = add_task_logger
    setup_default_logger()
