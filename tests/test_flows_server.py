"""A real `prefect server start` on 127.0.0.1 and `glossator serve`: schedules, a run, its artifacts."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import orjson
import pytest

from tests.conftest_prefect import copy_sample

pytestmark = [pytest.mark.server, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
STARTUP = 180  # seconds to wait for the server, the deployments or a run (a ceiling, never asserted on)


def _free_port() -> int:
    from flows.server import free_port

    return free_port()


def _descendants(pid: int) -> set[int]:
    """Every live process below `pid`, from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _stop(proc: subprocess.Popen, sig: int) -> None:
    """Signal the process, wait for it, then kill whatever it left behind; each by its pid."""
    if proc.poll() is not None:
        return
    family = _descendants(proc.pid)
    proc.send_signal(sig)
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)
    for pid in family:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 30
    while any(_alive(pid) for pid in family) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in family if _alive(pid)], "processes left behind"


def _wait(what: str, check, timeout: float = STARTUP):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(1)
    raise AssertionError(f"timed out waiting for {what}")


def _healthy(api: str) -> bool:
    try:
        return httpx.get(f"{api}/health", timeout=5).status_code == 200
    except httpx.HTTPError:
        return False


def test_served_deployment_runs_on_a_real_server(tmp_path):
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL, temporary_settings

    from flows.artifacts import run_artifacts
    from manifests.verify import verify

    corpus = copy_sample(tmp_path / "corpus", ("crawl-000.jsonl.gz", "crawl-004.parquet"))
    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect"),
        "PREFECT_API_URL": api,
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "DO_NOT_TRACK": "1",
    }
    logs = {name: open(tmp_path / f"{name}.log", "wb") for name in ("server", "serve")}
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env={**env, "PREFECT_API_URL": ""},
        cwd=tmp_path,
        stdout=logs["server"],
        stderr=subprocess.STDOUT,
    )
    serve = None
    try:
        _wait("the server", lambda: _healthy(api))
        serve = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "pipeline.cli_flows",
                "serve",
                "--input",
                str(corpus / "*"),
                "--root",
                str(tmp_path / "runs"),
            ],
            env=env,
            cwd=ROOT,
            stdout=logs["serve"],
            stderr=subprocess.STDOUT,
        )
        with temporary_settings(updates={PREFECT_API_URL: api}), get_client(sync_client=True) as client:

            def deployment():
                try:
                    return client.read_deployment_by_name("build-ablations/weekly-ablations")
                except ObjectNotFound:
                    return None

            weekly = _wait("the served deployments", deployment)
            assert [s.schedule.cron for s in weekly.schedules] == ["0 3 * * 0"]
            assert weekly.parameters["output"] == str(tmp_path / "runs" / "ablations" / "{date}")
            for name, cron in (
                ("tag-corpus/nightly-tagging", "0 2 * * *"),
                ("materialize/daily-materialize", "0 5 * * *"),
            ):
                assert [s.schedule.cron for s in client.read_deployment_by_name(name).schedules] == [cron]
            assert client.read_global_concurrency_limit_by_name("glossator-tag").limit == 2

            run = run_deployment("build-ablations/weekly-ablations", timeout=0)
            final = _wait("the flow run", lambda: (r := client.read_flow_run(run.id)).state.is_final() and r)
            assert final.state.is_completed(), (tmp_path / "serve.log").read_text()[-3000:]
            (output,) = (tmp_path / "runs" / "ablations").iterdir()  # named after the run's UTC date
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", output.name)
            day = output.name
            assert final.name == f"ablations glossator-ablations v{day}: corpus/* -> ablations/{day}"
            assert verify(output) == []
            index = orjson.loads((output / "manifest.json").read_bytes())
            assert index["core"]["identity"]["version"] == output.name
            artifacts = {key: a["data"] for key, a in run_artifacts(run.id).items()}
            assert f"Index manifest: `{output / 'manifest.json'}`" in artifacts["glossator-ablations"]
            assert "| other |" in artifacts["tags-runs-tags"]
            assert "token budget" in artifacts["glossator-ablations-contextualized"]

            _stop(serve, signal.SIGINT)  # the shared-server path: the same deployments, on a work pool
            subprocess.run(
                [sys.executable, "-m", "prefect", "work-pool", "create", "glossator", "--type", "process"],
                env=env,
                cwd=tmp_path,
                check=True,
                capture_output=True,
                timeout=120,
            )
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pipeline.cli_flows",
                    "deploy",
                    "--pool",
                    "glossator",
                    "--input",
                    str(corpus / "*"),
                    "--root",
                    str(tmp_path / "shared"),
                ],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                timeout=120,
            )
            pooled = client.read_deployment_by_name("build-ablations/weekly-ablations")
            assert (
                pooled.work_pool_name == "glossator"
                and pooled.entrypoint == "flows.ablations.build_ablations"
            )
            assert [s.schedule.cron for s in pooled.schedules] == ["0 3 * * 0"]
            assert pooled.parameters["tags"] == str(tmp_path / "shared" / "tags")
    finally:
        if serve is not None:
            _stop(serve, signal.SIGINT)
        _stop(server, signal.SIGTERM)
        for log in logs.values():
            log.close()
    assert not _healthy(api)


def test_demo_builds_the_ablation_set_through_a_temporary_server(tmp_path):
    from manifests.verify import verify

    script = (
        "import sys; from pathlib import Path; from rich.console import Console; "
        "from flows.demo import run_demo; "
        "run_demo(Path(sys.argv[1]), Console(width=160))"
    )
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_API_URL": ""}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "demo")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Completed; 7 Markdown artifacts" in done.stdout
    assert "documents by label x action" in done.stdout and "matched budget" in done.stdout
    assert "every document accounted for" in done.stdout
    adds_up = re.findall(r"^│ (\S+)\s+│ 2440 │(?:[^│]*│){5} (yes|NO) ", done.stdout, re.M)
    assert len(adds_up) == 5 and all(flag == "yes" for _, flag in adds_up), adds_up
    assert re.search(r"aligned_ai\s+│\s+0\s+│\s+0\s+│\s+0\s+│\s+0\s+│\s+[1-9]", done.stdout)  # upsampled
    assert verify(tmp_path / "demo" / "ablations") == []
    assert (tmp_path / "demo" / ".prefect" / "prefect.db").exists()
    api = re.search(r"Prefect API at (\S+/api)", done.stdout).group(1)
    assert not _healthy(api)
