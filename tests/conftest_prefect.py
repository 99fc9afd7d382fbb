"""One Prefect test harness for the whole session (import `prefect_harness` into a test module to use it)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory) -> Path:
    """A temporary Prefect server and database; task results (the tag cache) under a session directory."""
    from prefect.settings import temporary_settings
    from prefect.testing.utilities import prefect_test_harness

    from flows.server import home_settings

    home = tmp_path_factory.mktemp("prefect-home")
    with temporary_settings(updates=home_settings(home)):
        with prefect_test_harness(server_startup_timeout=120):
            yield home


def copy_sample(directory: Path, names: tuple[str, ...]) -> Path:
    """Copies of bundled sample shards in `directory` (so a test may change them)."""
    from pipeline.sample_corpus import SAMPLE_DIR

    directory.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(SAMPLE_DIR / name, directory / name)
    return directory
