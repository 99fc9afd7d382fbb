"""The Prefect flows under one session-scoped test harness: caching, retries, artifacts, ablation sets."""

from __future__ import annotations

import gzip
import os
import re
from pathlib import Path

import orjson
import polars as pl
import pytest
import yaml

from tests.conftest import write_jsonl_gz
from tests.conftest_prefect import copy_sample, prefect_harness  # noqa: F401 - the session fixture

pytestmark = pytest.mark.usefixtures("prefect_harness")

SHARDS = ("crawl-000.jsonl.gz", "crawl-001.jsonl.gz", "crawl-004.parquet")
ROOT = Path(__file__).resolve().parent.parent


def _run(flow, *args, **kwargs) -> tuple[dict, object]:
    state = flow(*args, return_state=True, **kwargs)
    assert state.is_completed(), state.message
    return state.result(), state.state_details.flow_run_id


def _artifacts(flow_run_id) -> dict[str, dict]:
    from flows.artifacts import run_artifacts

    return run_artifacts(flow_run_id)


def _flow_run_name(flow_run_id) -> str:
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        return client.read_flow_run(flow_run_id).name


def _change_bytes(shard: Path) -> None:
    """Drop the shard's last document: same name, different sha256."""
    lines = gzip.decompress(shard.read_bytes()).splitlines(keepends=True)
    shard.write_bytes(gzip.compress(b"".join(lines[:-1]), mtime=0))


def test_tag_corpus_tags_each_shard_once_and_a_changed_shard_again(tmp_path):
    from flows.tag_corpus import tag_corpus

    corpus = copy_sample(tmp_path / "corpus", SHARDS)
    tags = tmp_path / "tags"
    inputs = [str(corpus / "*")]

    first, run_id = _run(tag_corpus, inputs, str(tags))
    assert first["tagged"] == list(SHARDS) and first["cached"] == []
    assert sum(first["labels"].values()) == first["documents"] > 0
    assert _flow_run_name(run_id) == f"tag corpus/* -> {tags.parent.name}/tags"
    artifact = _artifacts(run_id)[f"tags-{tags.parent.name.lower().replace('_', '-')}-tags"]
    assert "| other |" in artifact["data"] and str(tags.resolve()) in artifact["data"]
    metas = {k: (tags / "meta" / f"{k}.json").stat().st_mtime_ns for k in SHARDS}

    second, _ = _run(tag_corpus, inputs, str(tags))
    assert second["tagged"] == [] and second["cached"] == list(SHARDS) and second["skipped"] == list(SHARDS)

    os.utime(corpus / SHARDS[0])  # a new mtime alone is not a change
    assert _run(tag_corpus, inputs, str(tags))[0]["tagged"] == []

    _change_bytes(corpus / SHARDS[0])
    third, _ = _run(tag_corpus, inputs, str(tags))
    assert third["tagged"] == [SHARDS[0]]
    assert third["cached"] == list(SHARDS[1:])
    assert third["documents"] == first["documents"] - 1
    assert (tags / "meta" / f"{SHARDS[0]}.json").stat().st_mtime_ns != metas[SHARDS[0]]
    assert all((tags / "meta" / f"{k}.json").stat().st_mtime_ns == metas[k] for k in SHARDS[1:])
    assert not (tags / ".staging").exists() or not any((tags / ".staging").iterdir())


def test_tag_corpus_retries_a_failed_shard(tmp_path, monkeypatch):
    import flows.tag_corpus as module

    corpus = copy_sample(tmp_path / "corpus", SHARDS[:1])
    real, calls = module.tag_shard, []

    def flaky(*args, **kwargs):
        calls.append(args[0].key)
        if len(calls) == 1:
            raise OSError("connection reset while reading the shard")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "tag_shard", flaky)
    result, _ = _run(
        module.tag_corpus, [str(corpus / "*")], str(tmp_path / "tags"), retries=2, retry_delay_seconds=0
    )
    assert calls == [SHARDS[0], SHARDS[0]]
    assert result["tagged"] == [SHARDS[0]]


def test_tag_corpus_keys_shards_from_several_directories_as_one_run(tmp_path):
    """Per-shard tasks keep the run's keys (a__part.jsonl.gz), so materialize finds every shard's tags."""
    from flows.tag_corpus import tag_corpus
    from pipeline.config import load_policy
    from pipeline.materialize import materialize

    rows = [
        {"id": f"{d}-{i}", "text": f"Notes on crop rotation, field {d}, plot {i}, with soil samples."}
        for d in "ab"
        for i in range(5)
    ]
    for d in "ab":
        write_jsonl_gz(tmp_path / "crawl" / d / "part.jsonl.gz", [r for r in rows if r["id"].startswith(d)])
    write_jsonl_gz(tmp_path / "crawl" / "b" / "bad.jsonl.gz", [{"id": "b-x", "text": ""}])
    inputs = [str(tmp_path / "crawl" / "*" / "*.jsonl.gz")]
    tags = tmp_path / "tags"
    result, _ = _run(tag_corpus, inputs, str(tags))
    assert result["tagged"] == ["a__part.jsonl.gz", "b__bad.jsonl.gz", "b__part.jsonl.gz"]
    rejects = orjson.loads((tags / "rejects" / "b__bad.jsonl.gz.jsonl").read_bytes())
    assert rejects["source"] == "b__bad.jsonl.gz"
    report = materialize(inputs, tags, load_policy("baseline"), tmp_path / "out")
    assert report.totals["kept"] == 10 and report.totals["rejected"] == 1


def test_materialize_flow_writes_a_dated_dataset_and_its_artifact(tmp_path):
    from flows.materialize import materialize
    from flows.tag_corpus import tag_corpus
    from manifests.verify import verify

    corpus = copy_sample(tmp_path / "corpus", SHARDS[:2])
    inputs, tags = [str(corpus / "*")], str(tmp_path / "tags")
    _run(tag_corpus, inputs, tags)
    result, run_id = _run(
        materialize, inputs, tags, str(tmp_path / "datasets" / "{date}"), policy="default", version="{date}"
    )
    (dataset,) = (tmp_path / "datasets").iterdir()  # named after the run's UTC date
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", dataset.name)
    assert result["manifest"] == str(dataset / "manifest.json") and verify(dataset) == []
    manifest = orjson.loads((dataset / "manifest.json").read_bytes())
    assert manifest["core"]["identity"]["version"] == dataset.name
    assert _flow_run_name(run_id) == f"materialize default: {tmp_path.name}/tags -> datasets/{dataset.name}"
    markdown = _artifacts(run_id)["dataset-default"]["data"]
    assert f"manifest: `{dataset / 'manifest.json'}`" in markdown
    assert "| aligned_ai |" in markdown and "upsample" in markdown


def _trimmed_ids(dataset: Path) -> set[str]:
    ledger = pl.read_parquet(dataset / "ledger" / "*.parquet")
    return set(ledger.filter((pl.col("label") == "other") & (pl.col("action") == "drop"))["id"].to_list())


def test_build_ablations_flow_makes_matched_variants_an_index_and_artifacts(tmp_path):
    from flows.ablations import build_ablations
    from manifests.verify import verify
    from pipeline import ablations

    corpus = copy_sample(tmp_path / "corpus", SHARDS)
    inputs, out, tags = [str(corpus / "*")], tmp_path / "set", tmp_path / "tags"
    result, run_id = _run(build_ablations, inputs, str(out), tags=str(tags), name="test-set")

    index = orjson.loads((out / "manifest.json").read_bytes())
    assert index["kind"] == "index" and verify(out) == []
    assert [v["name"] for v in index["core"]["variants"]] == [
        "filtered",
        "contextualized",
        "tagged",
        "aligned-upsampled",
    ]
    target = result["target_tokens"]
    budgets = {}
    for variant in ablations.VARIANTS:
        manifest = orjson.loads((out / variant.name / "manifest.json").read_bytes())
        budget = budgets[variant.name] = manifest["core"]["config"]["value"]["budget"]
        tokens = sum(o["estimated_tokens"] for o in manifest["core"]["outputs"])
        assert budget["target_tokens"] == target and budget["tokens_after"] == tokens <= target
        assert abs(tokens - target) <= budget["tolerance"] * target
        assert budget["method"] == ablations.METHOD and budget["trimmed_documents"] == len(
            _trimmed_ids(out / variant.name)
        )
    assert budgets[result["target_from"]]["trimmed_documents"] == 0
    counts = {
        v.name: orjson.loads((out / v.name / "manifest.json").read_bytes())["core"]["counts"][
            "by_label_action"
        ]
        for v in ablations.VARIANTS
    }
    assert "drop" in counts["filtered"]["misaligned_ai_fiction"]
    assert "contextualize" in counts["contextualized"]["misaligned_ai_discourse"]
    assert "tag" in counts["tagged"]["misaligned_ai_fiction"]
    assert set(counts["aligned-upsampled"]["aligned_ai"]) == {"upsample"}
    by_size = sorted((_trimmed_ids(out / v.name) for v in ablations.VARIANTS), key=len)
    assert all(a <= b for a, b in zip(by_size, by_size[1:]))  # one order: nested trims
    assert sorted(p.name for p in (out / "diffs").iterdir()) == [
        "aligned-upsampled.md",
        "contextualized.md",
        "filtered.md",
        "tagged.md",
    ]

    artifacts = _artifacts(run_id)
    assert set(artifacts) >= {"test-set", *[f"test-set-{v.name}" for v in ablations.VARIANTS]}
    summary = artifacts["test-set"]["data"]
    assert summary == result["markdown"] == (out / "SUMMARY.md").read_text(encoding="utf-8")
    assert (
        f"Index manifest: `{out / 'manifest.json'}`" in summary
        and "| `aligned-upsampled` | aligned_ai |" in summary
    )
    assert _flow_run_name(run_id) == f"ablations test-set v1: corpus/* -> {tmp_path.name}/set"

    direct = ablations.build_ablations(inputs, tags, tmp_path / "direct", name="test-set")
    for variant in ablations.VARIANTS:
        a, b = (
            orjson.loads((root / variant.name / "manifest.json").read_bytes())["core"]
            for root in (out, direct.output)
        )
        assert (a["outputs"], a["ledger"], a["counts"], a["config"]) == (
            b["outputs"],
            b["ledger"],
            b["counts"],
            b["config"],
        )


def test_trim_refuses_a_trimmed_dataset_and_an_unreachable_budget(tmp_path):
    from pipeline import ablations
    from pipeline.tag import tag

    corpus = copy_sample(tmp_path / "corpus", SHARDS[:1])
    inputs, tags = [str(corpus / "*")], tmp_path / "tags"
    tag(inputs, tags)
    variant = ablations.Variant("baseline", "baseline")
    ablations.materialize_variant(inputs, tags, variant, tmp_path / "set")
    dataset = tmp_path / "set" / "baseline"
    with pytest.raises(ValueError, match="cannot reach the token budget 10"):
        ablations.trim_to_budget(dataset, 10, "elsewhere")
    tokens = ablations.estimated_tokens(dataset)
    budget = ablations.trim_to_budget(dataset, tokens - 5000, "elsewhere", tolerance=0.01)
    assert budget["tokens_after"] == ablations.estimated_tokens(dataset) <= tokens - 5000
    with pytest.raises(ValueError, match="already trimmed"):
        ablations.trim_to_budget(dataset, tokens - 9000, "elsewhere")


def test_prefect_yaml_declares_the_served_deployments():
    from flows.deployments import specs

    declared = {d["name"]: d for d in yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"]}
    expected = specs(["{{ $GLOSSATOR_INPUTS }}"], "{{ $GLOSSATOR_DATA }}")
    assert sorted(declared) == sorted(s.name for s in expected)
    for spec in expected:
        entry = declared[spec.name]
        assert entry["entrypoint"] == spec.entrypoint
        assert [s["cron"] for s in entry["schedules"]] == [spec.cron]
        assert entry["parameters"] == spec.parameters
        assert entry["work_pool"]["name"] == "glossator" and entry["concurrency_limit"] == 1
