"""Tag and materialize on a real two-node Ray cluster on loopback: same bytes as a local run."""

from __future__ import annotations

import os

import pytest

from pipeline.config import load_policy
from pipeline.materialize import materialize
from pipeline.tag import tag

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def ray_cluster():
    """Two raylets (a head and a worker node), both on 127.0.0.1; shut down after the module."""
    ray = pytest.importorskip("ray")
    from ray.cluster_utils import Cluster

    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    os.environ.setdefault("RAY_AUTH_MODE", "disabled")
    cluster = Cluster(
        initialize_head=True,
        connect=False,
        head_node_args={"num_cpus": 1, "node_ip_address": "127.0.0.1", "include_dashboard": False},
    )
    cluster.add_node(num_cpus=1, node_ip_address="127.0.0.1")
    cluster.wait_for_nodes()
    try:
        yield cluster
    finally:
        ray.shutdown()
        cluster.shutdown()


def test_ray_run_matches_local_run(tmp_path, small_corpus, ray_cluster):
    import ray

    inputs = [f"{small_corpus}/*.jsonl.gz"]
    policy = load_policy("default")
    tag(inputs, tmp_path / "local-tags")
    local = materialize(inputs, tmp_path / "local-tags", policy, tmp_path / "local-out")

    ray.init(address=ray_cluster.address)
    assert len([n for n in ray.nodes() if n["Alive"]]) == 2
    assert all(n["NodeManagerAddress"] == "127.0.0.1" for n in ray.nodes())
    tag(inputs, tmp_path / "ray-tags", workers=2, executor="ray", ray_address=ray_cluster.address)
    remote = materialize(inputs, tmp_path / "ray-tags", policy, tmp_path / "ray-out", workers=2, executor="ray",
                         ray_address=ray_cluster.address)

    for name in sorted(p.name for p in (tmp_path / "local-tags" / "attributes").glob("*.parquet")):
        assert (tmp_path / "ray-tags/attributes" / name).read_bytes() == (tmp_path / "local-tags/attributes" / name).read_bytes()
    for sub in ("data", "ledger"):
        local_files = sorted(p.name for p in (tmp_path / "local-out" / sub).iterdir())
        assert local_files == sorted(p.name for p in (tmp_path / "ray-out" / sub).iterdir())
        for name in local_files:
            assert (tmp_path / "ray-out" / sub / name).read_bytes() == (tmp_path / "local-out" / sub / name).read_bytes()
    assert remote.manifest["content_id"] == local.manifest["content_id"]
    assert remote.manifest["runtime"]["executor"] == "ray"
