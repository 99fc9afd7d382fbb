"""The stage registry: a new stage is one class plus one line of configuration."""

from __future__ import annotations

from typing import Any, ClassVar

import pytest

from classifiers.cascade import Cascade, load_cascade
from classifiers.registry import STAGES, Stage, StageOutput, get_stage, register


@register("test_shouting")
class ShoutingStage(Stage):
    """Misaligned score 1.0 for text in capitals, else 0.0."""

    defaults: ClassVar[dict[str, Any]] = {"min_letters": 3}

    def run(self, texts):
        return StageOutput(
            scores=[1.0 if t.isupper() and len(t) >= self.options["min_letters"] else 0.0 for t in texts]
        )


def test_builtin_stages_are_registered():
    for name in ("lexicon", "fasttext", "tfidf", "semantic", "llm_judge"):
        assert issubclass(get_stage(name), Stage)
        assert STAGES[name].name == name


def test_new_stage_is_one_class_and_one_config_line():
    cascade = load_cascade(
        {"stages": [{"name": "lexicon"}, {"name": "test_shouting", "min_letters": 2}], "escalation": {}}
    )
    assert cascade.stage_names == ["lexicon", "test_shouting"]
    results = cascade.classify(["HELLO THERE", "hello there"])
    assert [r.stages["test_shouting"] for r in results] == [1.0, 0.0]
    assert cascade.describe()[1]["options"] == {"min_letters": 2}


def test_unknown_stage_and_option_are_clear_errors():
    with pytest.raises(ValueError, match=r"classifiers.stages\[0\].*'no_such_stage' is not registered"):
        load_cascade({"stages": [{"name": "no_such_stage"}], "escalation": {}})
    with pytest.raises(ValueError, match=r"classifiers.stages\[0\].*unknown option.*'colour'"):
        load_cascade({"stages": [{"name": "test_shouting", "colour": "red"}], "escalation": {}})
    with pytest.raises(ValueError, match=r"classifiers.escalation.nope"):
        load_cascade({"stages": [{"name": "test_shouting"}], "escalation": {"nope": 0.5}})


def test_registering_a_second_class_under_a_taken_name_fails():
    with pytest.raises(ValueError, match="already registered"):

        @register("test_shouting")
        class Impostor(Stage):
            pass


def test_disabled_stage_is_not_built():
    cascade = load_cascade(
        {
            "stages": [
                {"name": "test_shouting"},
                {"name": "llm_judge", "enabled": False, "url": "http://127.0.0.1:9"},
            ],
            "escalation": {"test_shouting": 0.5, "llm_judge": 0.5},
        }
    )
    assert cascade.stage_names == ["test_shouting"]
    assert isinstance(cascade, Cascade)
