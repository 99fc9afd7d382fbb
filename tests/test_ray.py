"""Tag and materialize the demo corpus on a two-node Ray cluster on loopback: same bytes as a local run."""

from __future__ import annotations

import ipaddress
import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline.config import load_policy
from pipeline.materialize import materialize
from pipeline.sample_corpus import SAMPLE_DIR, sample_inputs
from pipeline.tag import tag
from tests.conftest import GLOSSATOR

pytestmark = [pytest.mark.ray, pytest.mark.timeout(300)]

# Set before Ray is imported: it reads them once (ray_executor.bind_to_loopback covers a late import).
RAY_ENV = {
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
    "RAY_AUTH_MODE": "disabled",
    "RAY_USAGE_STATS_ENABLED": "0",
}


def descendants(root: int) -> set[int]:
    """Pids of every live process below `root`."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def _address(hex_address: str) -> IPAddress:
    raw = bytes.fromhex(hex_address.split(":")[0])
    if len(raw) == 4:
        return ipaddress.IPv4Address(raw[::-1])
    address = ipaddress.IPv6Address(b"".join(raw[i : i + 4][::-1] for i in range(0, 16, 4)))
    return address.ipv4_mapped or address


def sockets_of(pids: set[int]) -> list[tuple[str, str, IPAddress, IPAddress]]:
    """(table, inode, local address, remote address) of every TCP/UDP socket that `pids` hold."""
    inodes = set()
    for pid in pids:
        try:
            fds = list(Path(f"/proc/{pid}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                link = os.readlink(fd)
            except OSError:
                continue
            if link.startswith("socket:["):
                inodes.add(link[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6"):
        for row in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            fields = row.split()
            if fields[9] in inodes:
                found.append((table, fields[9], _address(fields[1]), _address(fields[2])))
    return found


@dataclass
class LoopbackCluster:
    """The running cluster's address, and the pids below this process that existed before it started."""

    address: str
    earlier: set[int]

    def processes(self) -> set[int]:
        """Every process the cluster started (raylets, GCS, agents, workers) that is still below this one."""
        return descendants(os.getpid()) - self.earlier


@pytest.fixture(scope="module")
def ray_cluster():
    """A head and a worker node (two raylets) on 127.0.0.1; every process it started is gone afterwards."""
    saved = {k: os.environ.get(k) for k in RAY_ENV}
    os.environ.update(RAY_ENV)
    earlier, started, temp_dir = descendants(os.getpid()), set(), tempfile.mkdtemp(prefix="glossator-ray-")
    try:
        ray = pytest.importorskip("ray")
        from ray.cluster_utils import Cluster

        from pipeline.ray_executor import bind_to_loopback

        bind_to_loopback()
        node = {"num_cpus": 1, "node_ip_address": "127.0.0.1", "temp_dir": temp_dir}
        cluster = Cluster(shutdown_at_exit=True)
        try:
            cluster.add_node(**node, include_dashboard=False)
            cluster.add_node(**node)
            cluster.wait_for_nodes(timeout=60)
            ray.init(address=cluster.address, log_to_driver=False)
            yield LoopbackCluster(cluster.address, earlier)
        finally:
            started = descendants(os.getpid()) - earlier
            ray.shutdown()
            cluster.shutdown()
    finally:
        left = wait_gone(started, timeout=20)
        shutil.rmtree(temp_dir, ignore_errors=True)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    assert not left, f"Ray processes left running after shutdown: {left}"


def outside_loopback(sockets) -> list[tuple[str, str, IPAddress, IPAddress]]:
    return [s for s in sockets if not s[2].is_loopback or not (s[3].is_loopback or s[3].is_unspecified)]


def wait_gone(pids: set[int], timeout: float) -> list[int]:
    """Wait until none of `pids` is alive; SIGKILL and return those still alive after `timeout` seconds."""
    deadline = time.time() + timeout
    while time.time() < deadline and any(alive(p) for p in pids):
        time.sleep(0.2)
    left = sorted(p for p in pids if alive(p))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    return left


def tree_bytes(root: Path, skip: tuple[str, ...]) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.relative_to(root).parts[0] not in skip
    }


def test_tag_and_materialize_on_two_ray_nodes_match_a_local_run(tmp_path, ray_cluster, monkeypatch):
    import ray
    from ray._private.state import actors

    import pipeline.manifest

    # Both manifests are built in this process: pin the git state, which edits elsewhere may change meanwhile.
    code = pipeline.manifest.code_section()
    monkeypatch.setattr(pipeline.manifest, "code_section", lambda: code)
    inputs = sample_inputs()
    policy = load_policy("default")
    tag(inputs, tmp_path / "local-tags")
    local = materialize(inputs, tmp_path / "local-tags", policy, tmp_path / "local-out")

    nodes = [n for n in ray.nodes() if n["Alive"]]
    assert len(nodes) == 2 and {n["NodeManagerAddress"] for n in nodes} == {"127.0.0.1"}
    tagged = tag(inputs, tmp_path / "ray-tags", workers=2, executor="ray", ray_address=ray_cluster.address)
    remote = materialize(
        inputs,
        tmp_path / "ray-tags",
        policy,
        tmp_path / "ray-out",
        workers=2,
        executor="ray",
        ray_address=ray_cluster.address,
    )
    sockets = sockets_of(ray_cluster.processes() | {os.getpid()})
    assert len(sockets) > 10  # the raylets', the GCS's and the workers' connections
    assert not outside_loopback(sockets), f"sockets outside 127.0.0.0/8: {outside_loopback(sockets)}"

    assert tagged.documents == 2440
    assert tree_bytes(tmp_path / "ray-tags", ("logs",)) == tree_bytes(tmp_path / "local-tags", ("logs",))
    skip = ("logs", "manifest.json")
    assert tree_bytes(tmp_path / "ray-out", skip) == tree_bytes(tmp_path / "local-out", skip)
    assert remote.manifest["core"] == local.manifest["core"]
    assert remote.manifest["content_id"] == local.manifest["content_id"]
    assert remote.manifest["runtime"]["executor"] == "ray"
    workers = [a for a in actors().values() if a["ActorClassName"].endswith("RankWorker")]
    assert len(workers) == 12  # one task per shard, for tag and for materialize
    assert {a["Address"]["NodeID"] for a in workers} == {n["NodeID"] for n in nodes}


def test_cli_without_an_address_runs_a_private_ray_instance_on_loopback_and_stops_it(tmp_path):
    shards = sorted(str(p) for p in SAMPLE_DIR.glob("crawl-00[0-2].jsonl.gz"))
    inputs = [a for s in shards for a in ("-i", s)]
    command = [*GLOSSATOR, "tag", *inputs, "-o", str(tmp_path / "tags"), "--executor", "ray", "-w", "2"]
    ray_tmp = tempfile.mkdtemp(prefix="glossator-ray-")  # short: Ray's socket paths must fit in 107 bytes
    env = {k: v for k, v in os.environ.items() if not k.startswith("RAY_")}
    env.update(HOME=str(tmp_path / "home"), RAY_TMPDIR=ray_tmp)  # Ray's auth token and session files
    log = tmp_path / "glossator.log"
    seen, sockets = set(), set()
    try:
        with open(log, "wb") as out:
            proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        seen.add(proc.pid)
        deadline = time.time() + 180
        while proc.poll() is None and time.time() < deadline:
            pids = descendants(proc.pid)
            seen |= pids
            sockets |= set(sockets_of(pids | {proc.pid}))
            time.sleep(0.2)
        if proc.poll() is None:
            pytest.fail("glossator tag --executor ray still running after 180 s")
    finally:
        left = wait_gone(seen, timeout=20)
        shutil.rmtree(ray_tmp, ignore_errors=True)
    assert proc.returncode == 0, log.read_text()
    assert not left, "Ray processes left running after glossator exited"
    assert len(sockets) > 10 and not outside_loopback(sockets), outside_loopback(sockets)
    assert sorted(p.name for p in (tmp_path / "tags" / "meta").glob("*.json")) == [
        f"{Path(s).name}.json" for s in shards
    ]


def test_a_task_no_node_can_hold_fails_at_once(ray_cluster):
    from pipeline.ray_executor import check_capacity

    check_capacity(1, 0.5)
    with pytest.raises(RuntimeError, match="no node has 2 CPU"):
        check_capacity(2, 0.5)


@pytest.mark.parametrize(
    "address, loopback",
    [
        (None, True),
        ("127.0.0.1:6379", True),
        ("127.3.2.1:1", True),
        ("localhost:6379", True),
        ("[::1]:6379", True),
        ("ray://127.0.0.1:10001", True),
        ("10.0.0.5:6379", False),
        ("head.example:6379", False),
        ("auto", False),
    ],
)
def test_loopback_addresses_are_recognised(address, loopback):
    from pipeline.ray_executor import is_loopback

    assert is_loopback(address) is loopback
