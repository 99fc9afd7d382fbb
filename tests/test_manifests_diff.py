"""`diff` names what changed and lists the documents that moved; index manifests link ablation variants."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner

from manifests import read_manifest, write_manifest
from manifests.diff import changes, diff_manifests, render_json, render_markdown
from manifests.examples.toy import FICTION, curate, make_inputs
from manifests.index import build_index
from manifests.verify import verify
from pipeline import cli_manifest


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    base = tmp_path_factory.mktemp("diff")
    inputs = make_inputs(base / "inputs", shards=3, documents=40)
    curate(inputs, base / "baseline")
    curate(inputs, base / "again")
    curate(inputs, base / "strict", thresholds={FICTION: 0.6}, version="1.1.0")
    return base


def actions(root):
    out = {}
    for path in sorted((root / "ledger").glob("*.parquet")):
        for row in pq.read_table(path).to_pylist():
            out[(row["source"], row["line"])] = (row["id"], row["action"])
    return out


def cli(*args: str):
    app = typer.Typer()
    app.add_typer(cli_manifest.app, name="manifest")
    return CliRunner().invoke(app, list(map(str, args)))


def test_same_configuration_gives_an_empty_diff(runs):
    diff = diff_manifests(runs / "baseline", runs / "again")
    assert diff["identical"] is True
    assert diff["config"] == diff["thresholds"] == diff["counts"]["by_label_action"] == []
    assert diff["decisions"]["changed"] == 0 and diff["decisions"]["compared"] == 114
    assert "no changes in configuration, models or decisions" in render_markdown(diff)


def test_a_changed_threshold_names_the_threshold_and_the_documents_that_moved(runs):
    diff = diff_manifests(runs / "baseline", runs / "strict", sample=1000)
    assert diff["identical"] is False
    assert diff["thresholds"] == [{"stage": "fasttext", "threshold": FICTION, "old": 0.45, "new": 0.6}]
    assert {"path": f"config.thresholds.{FICTION}", "old": 0.45, "new": 0.6} in diff["config"]

    old, new = actions(runs / "baseline"), actions(runs / "strict")
    moved = {key: (old[key][1], new[key][1]) for key in old if old[key][1] != new[key][1]}
    assert moved, "the fixture should move some documents"
    decisions = diff["decisions"]
    assert decisions["changed"] == len(moved)
    listed = {(s["source"], s["line"]): (s["old_action"], s["new_action"]) for s in decisions["sample"]}
    assert listed == moved
    assert {s["id"] for s in decisions["sample"]} == {old[key][0] for key in moved}
    for s in decisions["sample"]:
        assert s["old_label"] == FICTION and s["new_label"] == "other"
        assert 0.45 <= s["old_scores"][FICTION] < 0.6
    by_cell = {(r["label"], r["action"]): r["delta"] for r in diff["counts"]["by_label_action"]}
    assert by_cell[(FICTION, "contextualize")] == -by_cell[("other", "keep")] < 0


def test_markdown_is_a_readable_review_comment(runs):
    diff = diff_manifests(runs / "baseline", runs / "strict", sample=3)
    text = render_markdown(diff, "baseline", "strict")
    assert text.startswith("### Manifest diff: `toy-curated 1.0.0` → `toy-curated 1.1.0`")
    assert "Compared `baseline` → `strict`" in text
    assert f"| `fasttext` | `{FICTION}` | 0.45 | 0.6 |" in text
    assert "documents changed action" in text and "<details>" in text
    for s in diff["decisions"]["sample"]:
        assert f"`{s['id']}`" in text and f"`{s['source']}:{s['line']}`" in text
    assert len(diff["decisions"]["sample"]) == 3


def test_sample_zero_lists_no_documents_but_still_counts(runs):
    diff = diff_manifests(runs / "baseline", runs / "strict", sample=0)
    assert diff["decisions"]["sample"] == [] and diff["decisions"]["changed"] > 0


def test_missing_ledgers_still_give_a_manifest_diff(runs, tmp_path):
    copy = tmp_path / "copy"
    copy.mkdir()
    (copy / "manifest.json").write_bytes((runs / "strict" / "manifest.json").read_bytes())
    diff = diff_manifests(runs / "baseline", copy)
    assert diff["decisions"]["available"] is False and "ledger file not found" in diff["decisions"]["reason"]
    assert diff["thresholds"] and "Ledgers not compared" in render_markdown(diff)


def test_changes_matches_lists_by_name():
    old = {"stages": [{"name": "a", "t": 1}, {"name": "b", "t": 2}]}
    new = {"stages": [{"name": "b", "t": 3}, {"name": "a", "t": 1}, {"name": "c", "t": 0}]}
    assert changes(old, new) == [
        {"path": "stages[b].t", "old": 2, "new": 3},
        {"path": "stages[c]", "old": None, "new": {"name": "c", "t": 0}},
    ]


def test_diff_command_markdown_json_and_errors(runs, tmp_path):
    md = cli("manifest", "diff", runs / "baseline", runs / "strict", "--sample", "2")
    assert md.exit_code == 0 and "#### Thresholds" in md.stdout
    js = cli(
        "manifest",
        "diff",
        runs / "baseline",
        runs / "strict",
        "--format",
        "json",
        "--out",
        tmp_path / "d.json",
    )
    assert js.exit_code == 0
    data = json.loads((tmp_path / "d.json").read_text())
    assert data["thresholds"][0]["threshold"] == FICTION
    assert (tmp_path / "d.json").read_bytes() == render_json(
        diff_manifests(runs / "baseline", runs / "strict")
    )
    bad = cli("manifest", "diff", runs / "baseline", tmp_path / "nowhere")
    assert bad.exit_code == 1 and "no such manifest" in bad.stderr and "Traceback" not in bad.output


def test_index_manifest_links_variants_with_their_diffs(runs, tmp_path):
    index_dir = runs / "ablation"
    index = build_index(
        index_dir,
        {"name": "fiction-threshold", "version": "1", "parents": []},
        runs / "baseline",
        {"strict": runs / "strict", "same": runs / "again"},
        sample=5,
    )
    write_manifest(index_dir, index)
    assert index["kind"] == "index"
    variants = {v["name"]: v for v in index["core"]["variants"]}
    assert variants["strict"]["path"] == "../strict/manifest.json"
    assert variants["strict"]["diff"]["thresholds"][0]["new"] == 0.6
    assert variants["same"]["diff"]["identical"] is True
    assert verify(index_dir) == []

    strict = read_manifest(runs / "strict")
    strict["runtime"] = {"note": "runtime edits do not matter"}
    write_manifest(runs / "strict", strict)
    assert verify(index_dir) == []
    (runs / "strict" / "rejects.jsonl").write_bytes(b"")
    found = verify(index_dir)
    assert found and all(p.startswith("strict: ") for p in found)
    assert any("rejects.jsonl: sha256 mismatch" in p for p in found)
