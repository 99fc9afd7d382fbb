"""Croissant 1.1 JSON-LD and Hugging Face card exports, checked against the files they describe."""

from __future__ import annotations

import hashlib
import json

import pytest
import typer
import yaml
from typer.testing import CliRunner

from manifests import ManifestError, read_manifest
from manifests.examples.toy import curate, make_inputs
from manifests.export import card, croissant, to_card, to_croissant, validate_croissant
from pipeline import cli_manifest


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    base = tmp_path_factory.mktemp("export")
    curate(make_inputs(base / "inputs", shards=2, documents=40), base / "ds")
    return base / "ds"


def cli(*args: str):
    app = typer.Typer()
    app.add_typer(cli_manifest.app, name="manifest")
    return CliRunner().invoke(app, list(map(str, args)))


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_croissant_lists_every_file_with_its_sha256_and_provenance(dataset):
    manifest = read_manifest(dataset)
    doc = croissant(dataset)
    assert doc["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    assert doc["identifier"] == f"sha256:{manifest['content_id']}"
    files = {d["@id"]: d for d in doc["distribution"] if d["@type"] == "cr:FileObject"}
    expected = (
        {"manifest.json", "rejects.jsonl"}
        | {o["path"] for o in manifest["core"]["outputs"]}
        | {e["path"] for e in manifest["core"]["ledger"]}
    )
    assert set(files) == expected
    for rel, entry in files.items():
        assert entry["sha256"] == sha256(dataset / rel), rel
        assert entry["contentSize"] == f"{(dataset / rel).stat().st_size} B"
    derived = {d["@id"]: d for d in doc["prov:wasDerivedFrom"]}
    for item in manifest["core"]["inputs"]:
        assert derived[item["uri"]]["sha256"] == item["sha256"]
    activity = doc["prov:wasGeneratedBy"]
    assert activity["@type"] == "prov:Activity"
    assert f"urn:sha256:{manifest['core']['config']['sha256']}" in {u["@id"] for u in activity["prov:used"]}


def test_croissant_validates_and_loads_with_mlcroissant(dataset):
    mlc = pytest.importorskip("mlcroissant")
    out = dataset / "croissant.json"
    to_croissant(dataset, out)
    assert validate_croissant(out) == []
    loaded = mlc.Dataset(jsonld=str(out))
    manifest = read_manifest(dataset)
    documents = list(loaded.records("documents"))
    assert len(documents) == manifest["core"]["counts"]["conservation"]["written"]
    ledger = list(loaded.records("ledger"))
    assert len(ledger) == sum(e["rows"] for e in manifest["core"]["ledger"])
    assert {r["ledger/action"].decode() for r in ledger} == set(manifest["core"]["counts"]["by_action"])


def test_croissant_written_elsewhere_points_back_to_the_files(dataset, tmp_path):
    doc = to_croissant(dataset, tmp_path / "exports" / "c.json")
    objects = [d for d in doc["distribution"] if d["@type"] == "cr:FileObject"]
    for entry in objects:
        assert (tmp_path / "exports" / entry["contentUrl"]).resolve() == (dataset / entry["@id"]).resolve()
    published = croissant(dataset, base_url="https://data.example/sets/toy/")
    urls = {d["contentUrl"] for d in published["distribution"] if d["@type"] == "cr:FileObject"}
    assert "https://data.example/sets/toy/data/part-0.jsonl.gz" in urls


def test_validate_croissant_reports_errors(tmp_path):
    pytest.importorskip("mlcroissant")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"@context": {}, "@type": "sc:Dataset", "name": "x"}))
    assert validate_croissant(bad)


def test_card_has_front_matter_and_the_facts(dataset, tmp_path):
    manifest = read_manifest(dataset)
    text = to_card(dataset, tmp_path / "README.md")
    assert text == (tmp_path / "README.md").read_text()
    assert text.startswith("---\n")
    front = yaml.safe_load(text.split("---\n")[1])
    assert front["license"] == "cc-by-4.0" and front["pretty_name"] == "toy-curated"
    assert front["configs"][0]["data_files"][0]["path"] == "data/*.jsonl.gz"
    assert front["size_categories"] == ["n<1K"]
    body = text.split("---\n", 2)[2]
    assert manifest["content_id"] in body
    assert manifest["core"]["counts"]["conservation"]["equation"] in body
    for output in manifest["core"]["outputs"]:
        assert output["sha256"] in body


def test_exports_refuse_index_manifests(tmp_path):
    from pathlib import Path

    index = Path(__file__).resolve().parents[1] / "manifests" / "examples" / "index"
    with pytest.raises(ManifestError, match="exports describe dataset manifests"):
        card(index)


def test_export_command(dataset, tmp_path):
    result = cli(
        "manifest", "export", dataset, "--croissant", dataset / "croissant.json", "--card", tmp_path / "c.md"
    )
    assert result.exit_code == 0, result.output
    assert (dataset / "croissant.json").is_file() and (tmp_path / "c.md").is_file()
    none = cli("manifest", "export", dataset)
    assert none.exit_code == 1 and "nothing to export" in none.stderr
