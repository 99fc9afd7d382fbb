"""The HTML report card renders, with real plots."""

from __future__ import annotations

import html
from pathlib import Path

import matplotlib.image as mpimg
import pytest
import typer
from typer.testing import CliRunner

from manifests import read_manifest
from manifests.examples.toy import curate, make_inputs
from manifests.report import render
from pipeline import cli_manifest

PLOTS = ("scores.png", "stages.png", "counts.png", "flagged.png")


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    curate(make_inputs(base / "inputs", shards=3, documents=40), base / "ds")
    return base / "ds"


def test_report_writes_html_and_plots(dataset, tmp_path):
    manifest = read_manifest(dataset)
    page = render(dataset, tmp_path / "r")
    text = page.read_text()
    assert page.name == "index.html"
    assert manifest["content_id"] in text
    assert html.escape(manifest["core"]["counts"]["conservation"]["equation"]) in text
    for name in PLOTS:
        assert f"src='{name}'" in text
        image = mpimg.imread(tmp_path / "r" / name)
        assert image.shape[0] > 200 and image.shape[1] > 400
        assert image[..., :3].std() > 0.05, f"{name} looks blank"
    for shard in manifest["core"]["distributions"]["flagged_by_shard"]:
        assert shard in text


def test_report_of_an_index_lists_the_variants(tmp_path):
    index = Path(__file__).resolve().parents[1] / "manifests" / "examples" / "index"
    text = render(index, tmp_path / "idx").read_text()
    assert "strict-fiction" in text and "misaligned_ai_fiction 0.45→0.6" in text


def test_report_command(dataset):
    app = typer.Typer()
    app.command("report")(cli_manifest.report)
    app.command("other")(lambda: None)
    runner = CliRunner()
    result = runner.invoke(app, ["report", str(dataset)])
    assert result.exit_code == 0, result.output
    assert (dataset / "report" / "index.html").is_file()
    bad = runner.invoke(app, ["report", str(dataset / "missing")])
    assert bad.exit_code == 1 and "no such manifest" in bad.stderr
