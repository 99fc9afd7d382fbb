"""Canonical JSON, histograms, atomic writes and the schema: the manifest's byte-level contract."""

from __future__ import annotations

import copy
import json

import pytest

from manifests import ManifestError, build_manifest, dumps, histogram, read_manifest, validate, write_manifest
from manifests.canonical import sha256_hex
from manifests.examples.toy import curate, make_inputs
from manifests.schema import content_id, problems, schema


@pytest.fixture(scope="module")
def dataset(tmp_path_factory):
    base = tmp_path_factory.mktemp("canonical")
    return curate(make_inputs(base / "inputs", shards=2, documents=30), base / "ds"), base / "ds"


def test_dumps_is_independent_of_key_order_and_float_noise():
    a = {"b": [0.1 + 0.2, 1 / 3], "a": {"y": 1, "x": "é"}, "c": -0.0}
    b = {"c": 0.0, "a": {"x": "é", "y": 1}, "b": [0.3, 0.333333333333]}
    assert dumps(a) == dumps(b)
    text = dumps(a).decode("utf-8")
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '"é"' in text  # UTF-8, not \u escapes
    assert list(json.loads(text)) == ["a", "b", "c"]
    assert json.loads(text)["b"] == [0.3, 0.333333]


def test_dumps_refuses_what_json_cannot_carry():
    with pytest.raises(ManifestError, match=r"\$\.scores\[1\]: nan"):
        dumps({"scores": [0.5, float("nan")]})
    with pytest.raises(ManifestError, match="is not a string"):
        dumps({1: "x"})
    with pytest.raises(ManifestError, match="set is not a JSON value"):
        dumps({"x": {1, 2}})


def test_numpy_scalars_are_plain_numbers():
    np = pytest.importorskip("numpy")
    assert dumps({"n": np.int64(3), "f": np.float32(0.1)}) == dumps({"n": 3, "f": 0.1})


def test_histogram_bins_and_edges():
    assert histogram([0.0, 0.1, 0.5, 0.99, 1.0, None, float("nan")], 2) == [2, 3]
    assert histogram([0.2, 0.7], [0.0, 0.5, 1.0]) == [1, 1]
    assert histogram([-0.1, 1.2], 4) == [1, 0, 0, 1]  # out-of-range values land in the end bins
    with pytest.raises(ManifestError, match="increasing"):
        histogram([0.5], [0.0, 0.0, 1.0])


def test_write_read_roundtrip_is_canonical_and_atomic(dataset, tmp_path):
    manifest, _ = dataset
    target = write_manifest(tmp_path / "m", manifest)
    assert target == tmp_path / "m" / "manifest.json"
    assert target.read_bytes() == dumps(manifest)
    assert read_manifest(tmp_path / "m") == manifest
    assert [p.name for p in target.parent.iterdir()] == ["manifest.json"]  # no temporary file left


def test_read_manifest_errors_name_the_file(tmp_path):
    with pytest.raises(ManifestError, match="no such manifest"):
        read_manifest(tmp_path)
    (tmp_path / "manifest.json").write_text('{"a": 1,\n oops}')
    with pytest.raises(ManifestError, match=r"manifest\.json:2: not valid JSON"):
        read_manifest(tmp_path)


def test_content_id_covers_core_not_runtime(dataset):
    manifest, _ = dataset
    assert manifest["content_id"] == content_id(manifest)
    assert manifest["content_id"] == sha256_hex({k: manifest[k] for k in ("schema_version", "kind", "core")})
    other = copy.deepcopy(manifest)
    other["runtime"] = {"hostnames": ["elsewhere"], "duration_s": 99.0}
    assert content_id(other) == manifest["content_id"] and problems(other) == []
    other["core"]["identity"]["version"] = "9.9.9"
    assert content_id(other) != manifest["content_id"]
    assert any("content_id" in p and "does not match" in p for p in problems(other))


def test_published_schema_has_a_version_and_accepts_the_examples():
    from pathlib import Path

    assert schema()["properties"]["schema_version"] == {"const": "1.0"}
    examples = Path(__file__).resolve().parents[1] / "manifests" / "examples"
    for name in ("dataset", "dataset-strict", "index"):
        validate(read_manifest(examples / name), name)


@pytest.mark.parametrize(
    "mutate, expected",
    [
        (lambda m: m["core"].pop("counts"), "'counts' is a required property"),
        (lambda m: m["core"]["outputs"][0].update(sha256="abc"), "$.core.outputs[0].sha256"),
        (
            lambda m: m["core"]["counts"]["by_label_action"]["other"].update(explode=1),
            "'explode' is not one of",
        ),
        (lambda m: m["core"]["ledger"][0].update(path="/etc/passwd"), "$.core.ledger[0].path"),
        (lambda m: m.update(schema_version="2.0"), "$.schema_version"),
        (lambda m: m.update(kind="bundle"), "$.kind"),
    ],
)
def test_schema_rejects_malformed_manifests(dataset, mutate, expected):
    manifest = copy.deepcopy(dataset[0])
    mutate(manifest)
    found = problems(manifest)
    assert any(expected in p for p in found), found
    with pytest.raises(ManifestError):
        validate(manifest)


def test_conservation_that_does_not_add_up_is_refused(dataset):
    manifest = copy.deepcopy(dataset[0])
    manifest["core"]["counts"]["conservation"]["dropped"] += 1
    manifest["content_id"] = content_id(manifest)
    found = problems(manifest)
    assert len(found) == 1 and "read 60 = kept" in found[0] and "does not hold" in found[0]


def test_build_manifest_checks_sections(dataset):
    manifest, _ = dataset
    sections = dict(manifest["core"], config=manifest["core"]["config"]["value"])
    rebuilt = build_manifest(**sections, runtime={"executor": "local"})
    assert rebuilt["content_id"] == manifest["content_id"]
    with pytest.raises(ManifestError, match="^surprise: not a section of a dataset manifest"):
        build_manifest(**sections, surprise=1)
    with pytest.raises(ManifestError, match="'policy' is a required property"):
        build_manifest(**{k: v for k, v in sections.items() if k != "policy"})
    with pytest.raises(ManifestError, match="kind: 'bundle'"):
        build_manifest(kind="bundle")
