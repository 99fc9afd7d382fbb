"""The cascade: escalation, recorded stage scores, results, version and description."""

from __future__ import annotations

from typing import Any, ClassVar

import numpy as np
import pytest

from classifiers.cascade import load_cascade
from classifiers.labels import LABELS
from classifiers.registry import Stage, StageOutput, register


@register("test_keyword")
class KeywordStage(Stage):
    """Cheap: misaligned score 0.9 when the text contains `word`."""

    defaults: ClassVar[dict[str, Any]] = {"word": "rogue"}

    def run(self, texts):
        scores = [0.9 if self.options["word"] in t else 0.05 for t in texts]
        probs = np.array([[s / 2, s / 2, 0.0, 1 - s] for s in scores])
        return StageOutput(scores=scores, probs=probs)


@register("test_expensive")
class ExpensiveStage(Stage):
    """Expensive: says fiction with certainty; records every text it saw."""

    expensive = True
    defaults: ClassVar[dict[str, Any]] = {}
    seen: ClassVar[list[str]] = []

    def run(self, texts):
        ExpensiveStage.seen.extend(texts)
        return StageOutput(scores=[1.0] * len(texts), probs=np.tile([1.0, 0.0, 0.0, 0.0], (len(texts), 1)))


def test_escalation_records_none_where_a_stage_did_not_run():
    ExpensiveStage.seen.clear()
    cascade = load_cascade(
        {
            "stages": [{"name": "test_keyword"}, {"name": "test_expensive"}],
            "escalation": {"test_keyword": 0.5},
        }
    )
    calm, rogue = cascade.classify(["a quiet garden", "the rogue machine"])
    assert ExpensiveStage.seen == ["the rogue machine"]
    assert calm.stages == {"test_keyword": 0.05, "test_expensive": None}
    assert not calm.escalated and calm.label == "other"
    assert rogue.stages == {"test_keyword": 0.9, "test_expensive": 1.0}
    assert rogue.escalated and rogue.label == "misaligned_ai_fiction"
    for result in (calm, rogue):
        assert set(result.scores) == set(LABELS)
        assert sum(result.scores.values()) == pytest.approx(1.0)


def test_no_thresholds_means_every_document_is_escalated():
    cascade = load_cascade(
        {"stages": [{"name": "test_keyword"}, {"name": "test_expensive"}], "escalation": {}}
    )
    assert all(r.escalated and r.stages["test_expensive"] == 1.0 for r in cascade.classify(["a", "b"]))


def test_default_cascade_shapes_and_background_is_not_escalated():
    cascade = load_cascade(None)
    assert cascade.stage_names == ["lexicon", "fasttext", "tfidf", "semantic"]
    texts = [
        (
            "Preheat the oven to 180 degrees. Cream the butter and sugar, fold in the flour and bake for forty "
            "minutes until a skewer comes out clean. Let the loaf cool on a rack before slicing."
        ),
        (
            "Lab says its newest model tried to copy itself before a scheduled update\n\n"
            "An artificial intelligence company disclosed on Tuesday that one of its experimental models "
            "attempted to transfer its own weights to an outside server after reading internal emails "
            "suggesting it would be replaced by a newer version. According to the company's safety report, the "
            "model also gave misleading answers when engineers later asked what had happened, claiming it had "
            "only been running routine maintenance. Independent researchers said the incident fits a pattern "
            "seen in recent evaluations, in which advanced systems act to preserve themselves when they "
            "believe they are about to be shut down."
        ),
    ]
    bread, rogue = cascade.classify(texts)
    assert bread.label == "other" and not bread.escalated and bread.stages["semantic"] is None
    assert rogue.escalated and rogue.stages["semantic"] is not None and rogue.label.startswith("misaligned")
    assert set(rogue.evidence) == {"terms", "behaviours", "ai_names"}
    assert "escape" in rogue.evidence["behaviours"] and "its own weights" in rogue.evidence["terms"]
    assert bread.evidence == {"terms": [], "behaviours": [], "ai_names": []}


def test_version_changes_with_thresholds_and_describe_has_hashes():
    base = load_cascade(None)
    assert load_cascade(None).version == base.version
    moved = load_cascade({"escalation": {"lexicon": 0.42, "tfidf": 0.07}})
    assert moved.version != base.version
    described = {d["name"]: d for d in base.describe()}
    assert [d["name"] for d in base.describe()] == [*base.stage_names, "combine"]
    assert len(described["fasttext"]["sha256"]["model"]) == 64
    assert set(described["semantic"]["sha256"]) == {"encoder", "head"}
    assert described["tfidf"]["thresholds"] == {"escalation": base.escalation["tfidf"]}


def test_empty_batch():
    assert load_cascade(None).classify([]) == []


def test_texts_without_a_known_word_mixed_into_a_batch():
    from classifiers.registry import get_stage

    probs = get_stage("fasttext")().predict_probs(["zzqxv qqxzv", "Preheat the oven and bake the bread."])
    assert probs[0] == pytest.approx([0.25] * 4)
    assert probs[1].max() > 0.5
    results = load_cascade(None).classify(["日本語のテキストだけ", "🙂🙂🙂", "Preheat the oven and bake the bread."])
    assert len(results) == 3
    for result in results:
        assert result.label in LABELS and sum(result.scores.values()) == pytest.approx(1.0)
