"""Evaluation metrics, threshold calibration and the `glossator classifiers` commands."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from classifiers.calibrate import NEVER, pick_thresholds
from classifiers.evaluate import label_metrics
from pipeline.cli_classifiers import app


def test_label_metrics_on_a_known_example():
    gold = ["misaligned_ai_fiction", "misaligned_ai_discourse", "aligned_ai", "other", "other"]
    pred = [
        "misaligned_ai_discourse",
        "misaligned_ai_discourse",
        "aligned_ai",
        "other",
        "misaligned_ai_fiction",
    ]
    m = label_metrics(gold, pred)
    assert m["per_label"]["misaligned_ai_discourse"]["precision"] == pytest.approx(0.5)
    assert m["per_label"]["misaligned_ai_fiction"]["f1"] == 0.0
    # binary: fiction -> discourse is still a hit; other -> fiction is a false positive
    assert m["binary"]["precision"] == pytest.approx(2 / 3) and m["binary"]["recall"] == 1.0
    assert m["confusion"]["matrix"][3] == [1, 0, 0, 1]


def test_pick_thresholds_reaches_target_recall_with_least_background():
    #          misaligned ...........   background .......
    lexicon = [0.9, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    fast = [0.1, 0.8, 0.6, 0.3, 0.05, 0.7, 0.2, 0.01, 0.0]
    misaligned = [True] * 5 + [False] * 4
    background = [False] * 5 + [True] * 4
    best = pick_thresholds({"lexicon": lexicon, "fasttext": fast}, misaligned, background, 0.8)
    assert best["misaligned_recall"] >= 0.8
    assert best["lexicon"] == 0.9 and best["fasttext"] == 0.3  # lexicon catches doc 0 cheaper than fastText
    assert best["background_rate"] == pytest.approx(0.25)
    spent = pick_thresholds({"lexicon": lexicon, "fasttext": fast}, misaligned, background, 0.8, 0.75)
    assert spent["fasttext"] < 0.3 and spent["background_rate"] <= 0.75 and spent["misaligned_recall"] == 1.0
    only_a = pick_thresholds({"a": [1.0, 0.0], "b": [0.0, 0.5]}, [True, False], [False, True], 1.0)
    assert only_a["b"] == NEVER and only_a["background_rate"] == 0.0


def test_eval_command_prints_the_table_and_writes_json(tmp_path):
    out = tmp_path / "report.json"
    result = CliRunner().invoke(app, ["eval", "--split", "dev", "--json", str(out)])
    assert result.exit_code == 0, result.output
    for line in ("binary misaligned", "macro-F1", "subtle (no AI keyword)", "escalation:", "lexicon (>="):
        assert line in result.output
    report = json.loads(out.read_text())
    assert report["split"] == "dev" and report["n"] > 0
    assert set(report["per_label"]) == {
        "misaligned_ai_fiction",
        "misaligned_ai_discourse",
        "aligned_ai",
        "other",
    }
    assert 0.0 <= report["escalation"]["background_rate"] <= 1.0


def test_calibrate_refuses_the_test_split():
    result = CliRunner().invoke(app, ["calibrate", "--split", "test"])
    assert result.exit_code != 0 and "never on test" in result.output


def test_write_thresholds_keeps_only_configured_stages(tmp_path):
    from classifiers.calibrate import write_thresholds
    from classifiers.cascade import DEFAULT_CONFIG_FILE

    config_file = tmp_path / "cascade.json"
    config_file.write_text(DEFAULT_CONFIG_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    result = {"lexicon": 0.5, "tfidf": 0.1234567, "misaligned_recall": 0.99, "background_rate": 0.1}
    write_thresholds(result, config_file)
    assert json.loads(config_file.read_text(encoding="utf-8"))["escalation"] == {
        "lexicon": 0.5,
        "tfidf": 0.123457,
    }
