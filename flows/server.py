"""A temporary local Prefect server whose database and results live in a directory of ours."""

from __future__ import annotations

import socket
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

STARTUP_TIMEOUT = 120  # seconds; the server takes 10-20 s to start on a small machine


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def home_settings(home: Path) -> dict:
    """Prefect settings that keep a server's database and task results under `home`."""
    from prefect.settings import (
        PREFECT_HOME,
        PREFECT_LOCAL_STORAGE_PATH,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        PREFECT_SERVER_DATABASE_CONNECTION_URL,
    )

    home = home.resolve()
    return {
        PREFECT_HOME: str(home),
        PREFECT_LOCAL_STORAGE_PATH: str(home / "storage"),
        PREFECT_SERVER_DATABASE_CONNECTION_URL: f"sqlite+aiosqlite:///{home / 'prefect.db'}",
        PREFECT_SERVER_ANALYTICS_ENABLED: False,
    }


@contextmanager
def local_server(home: Path) -> Iterator[str]:
    """Run a Prefect server on 127.0.0.1 (database `home/prefect.db`) for the block; yields its API URL.

    Flows run inside the block report to it; it is stopped on the way out. Browse the runs afterwards with
    `PREFECT_HOME=<home> prefect server start`.

    Args:
        home: the server's PREFECT_HOME.
    """
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    home.mkdir(parents=True, exist_ok=True)
    with temporary_settings(updates=home_settings(home)):
        server = SubprocessASGIServer(port=free_port())
        server.start(timeout=STARTUP_TIMEOUT)
        try:
            with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
                try:
                    yield server.api_url
                finally:
                    _drain_logs()
        finally:
            server.stop()


def _drain_logs() -> None:
    """Send buffered run logs and events before the server goes away."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogWorker

    try:
        APILogWorker.drain_all(timeout=10, at_exit=False)
        EventsWorker.drain_all(timeout=10, at_exit=False)
    except RuntimeError:
        pass
