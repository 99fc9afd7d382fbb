"""The stage registry: a new stage is one small class decorated with `@register("name")`.

A stage takes a batch of texts and returns, per document, its probability that the document is
misaligned (`StageOutput.scores`), and optionally a probability per label (`probs`, columns in
`classifiers.labels.LABELS` order) and evidence. Cheap stages run on every document; stages with
`expensive = True` run only on the documents the cascade escalates to them.

    @register("my_stage")
    class MyStage(Stage):
        defaults = {"threshold_words": 3}

        def run(self, texts):
            return StageOutput(scores=[...])

and one line of configuration: `{"name": "my_stage", "threshold_words": 5}`.
"""

from __future__ import annotations

import hashlib
import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

MODELS_DIR = Path(__file__).resolve().parent / "models"
_BUILTINS = ("lexicon", "fasttext_stage", "tfidf_stage", "semantic", "llm_judge")

STAGES: dict[str, type[Stage]] = {}


@dataclass
class StageOutput:
    """What one stage says about a batch.

    Args:
        scores: per document, the probability it is misaligned; None where the stage gave no answer.
        probs: optional (n, 4) array of label probabilities; a row of NaN where there is no answer.
        evidence: optional per-document dicts merged into `Result.evidence`.
    """

    scores: list[float | None]
    probs: np.ndarray | None = None
    evidence: list[dict] | None = None


class Stage:
    """Base class of cascade stages.

    Args:
        options: the stage's configuration minus `name` and `enabled`; unknown keys are an error.
        models_dir: directory that relative model paths are resolved against.
    """

    name: ClassVar[str] = ""
    expensive: ClassVar[bool] = False
    defaults: ClassVar[dict[str, Any]] = {}

    def __init__(self, options: dict[str, Any] | None = None, models_dir: Path = MODELS_DIR):
        options = dict(options or {})
        unknown = sorted(set(options) - set(self.defaults))
        if unknown:
            raise ValueError(f"classifiers stage {self.name!r}: unknown option(s) {unknown}")
        self.options = {**self.defaults, **options}
        self.models_dir = Path(models_dir)

    def run(self, texts: list[str]) -> StageOutput:
        raise NotImplementedError

    def model_files(self) -> dict[str, Path]:
        """Files whose bytes define this stage, by role; hashed into `describe()` and the version."""
        return {}

    def resolve(self, path: str) -> Path:
        """`path` as given if absolute, else under the models directory."""
        p = Path(path)
        return p if p.is_absolute() else self.models_dir / p

    def describe(self) -> dict[str, Any]:
        files = self.model_files()
        return {
            "name": self.name,
            "expensive": self.expensive,
            "options": self.options,
            "models": {role: _display(path) for role, path in files.items()},
            "sha256": {role: file_sha256(path) for role, path in files.items()},
        }


def _display(path: Path) -> str:
    """`path` as classifiers/... when inside this package (the same in every checkout), else as given."""
    try:
        return str(Path(path).resolve().relative_to(MODELS_DIR.parent.parent))
    except ValueError:
        return str(path)


def register(name: str):
    """Class decorator adding a stage to the registry under `name`."""

    def decorate(cls: type[Stage]) -> type[Stage]:
        if name in STAGES and STAGES[name] is not cls:
            raise ValueError(
                f"classifiers stage {name!r} is already registered by {STAGES[name].__qualname__}"
            )
        cls.name = name
        STAGES[name] = cls
        return cls

    return decorate


def get_stage(name: str) -> type[Stage]:
    """The stage class registered under `name` (built-in stages are imported on first use)."""
    if name not in STAGES:
        for module in _BUILTINS:
            importlib.import_module(f"classifiers.stages.{module}")
    if name not in STAGES:
        raise KeyError(f"classifiers stage {name!r} is not registered; known: {sorted(STAGES)}")
    return STAGES[name]


def file_sha256(path: Path) -> str:
    """Hex sha256 of a file, or of a directory's files (relative names and bytes, sorted)."""
    path = Path(path)
    digest = hashlib.sha256()
    if path.is_dir():
        for file in sorted(p for p in path.rglob("*") if p.is_file()):
            digest.update(str(file.relative_to(path)).encode() + b"\0")
            digest.update(hashlib.sha256(file.read_bytes()).digest())
        return digest.hexdigest()
    return hashlib.sha256(path.read_bytes()).hexdigest()
