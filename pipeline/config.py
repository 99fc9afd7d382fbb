"""Configuration and policy files: YAML in, validated models out, one clear line on any mistake."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import orjson
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from classifiers.labels import LABELS, OTHER
from pipeline.steps.reader import DEFAULT_MAX_DOC_BYTES

DEFAULTS = Path(__file__).parent / "defaults"
ACTION_NAMES = ("keep", "drop", "contextualize", "tag", "upsample", "rewrite")


class ConfigError(Exception):
    """A configuration or policy file that cannot be used; the message names the file and key."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReaderConfig(_Strict):
    text_key: str = "text"
    id_key: str = "id"
    max_doc_bytes: int = Field(DEFAULT_MAX_DOC_BYTES, gt=0)


class GlossatorConfig(_Strict):
    """Everything `tag` needs besides its inputs.

    Args:
        classifiers: the cascade's configuration (see `classifiers.cascade.load_cascade`); empty = defaults.
        reader: field names and the size cap.
        batch_size: documents per cascade call.
    """

    classifiers: dict[str, Any] = Field(default_factory=dict)
    reader: ReaderConfig = Field(default_factory=ReaderConfig)
    batch_size: int = Field(512, gt=0)


class Rule(_Strict):
    action: str
    factor: int = Field(1, ge=1, le=100)

    @field_validator("action")
    @classmethod
    def _known_action(cls, value: str) -> str:
        if value not in ACTION_NAMES:
            raise ValueError(f"unknown action {value!r} (expected one of {', '.join(ACTION_NAMES)})")
        return value


class ContextualizeConfig(_Strict):
    template_set: str = "default"
    placement: str = "auto"
    max_added_tokens: int | None = None
    delimiters: dict[str, str] | None = None


class TagConfig(_Strict):
    tokens: dict[str, str] | None = None
    inline_rate: float = Field(0.0, ge=0.0, le=1.0)
    inline_every_tokens: int = Field(0, ge=0)


class RewriteConfig(_Strict):
    url: str
    model: str
    prompt: str | None = None
    timeout: float = 60.0
    retries: int = 2
    cache_dir: str | None = None


class Policy(_Strict):
    """What happens to each label.

    Args:
        name: shown in manifests and summaries.
        version: bumped by whoever edits the policy.
        rules: label -> action (a string, or a mapping with `action` and, for upsample, `factor`).
            Labels without a rule are kept.
        thresholds: label -> minimum score for the label's rule to apply; below it the document is
            treated as `other`. Changing a threshold needs no re-tagging.
    """

    name: str
    version: str = "1"
    description: str = ""
    rules: dict[str, Rule]
    thresholds: dict[str, float] = Field(default_factory=dict)
    contextualize: ContextualizeConfig = Field(default_factory=ContextualizeConfig)
    tag: TagConfig = Field(default_factory=TagConfig)
    rewrite: RewriteConfig | None = None

    @field_validator("rules", mode="before")
    @classmethod
    def _expand_rules(cls, rules: Any) -> Any:
        if not isinstance(rules, dict):
            raise ValueError("must be a mapping of label -> action")
        for label in rules:
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r} (expected one of {', '.join(LABELS)})")
        expanded = {label: ({"action": rule} if isinstance(rule, str) else rule) for label, rule in rules.items()}
        return {label: expanded.get(label, {"action": "keep"}) for label in LABELS}

    @field_validator("thresholds")
    @classmethod
    def _known_labels(cls, thresholds: dict[str, float]) -> dict[str, float]:
        for label, value in thresholds.items():
            if label not in LABELS or label == OTHER:
                raise ValueError(f"unknown label {label!r} for a threshold")
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"threshold for {label} must be within [0, 1], got {value}")
        return thresholds

    def sha256(self) -> str:
        return hashlib.sha256(orjson.dumps(self.model_dump(), option=orjson.OPT_SORT_KEYS)).hexdigest()


def _load_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ConfigError(f"{path}: invalid YAML{where}: {getattr(e, 'problem', None) or e}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def _validate(model: type[BaseModel], data: dict, path: Path | str):
    try:
        return model.model_validate(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(top level)"
        message = first["msg"].removeprefix("Value error, ")
        more = f" (and {e.error_count() - 1} more)" if e.error_count() > 1 else ""
        raise ConfigError(f"{path}: {where}: {message}{more}") from None


def load_policy(path: str | Path) -> Policy:
    """Read and validate a policy file. Names without a path resolve to the shipped policies."""
    path = Path(path)
    if not path.exists() and (DEFAULTS / "policies" / f"{path.name}.yaml").exists():
        path = DEFAULTS / "policies" / f"{path.name}.yaml"
    return _validate(Policy, _load_yaml(path), path)


def load_config(path: str | Path | None) -> GlossatorConfig:
    """Read and validate a glossator config file; None gives the defaults."""
    if path is None:
        return GlossatorConfig()
    path = Path(path)
    return _validate(GlossatorConfig, _load_yaml(path), path)


def shipped_policies() -> list[str]:
    return sorted(p.stem for p in (DEFAULTS / "policies").glob("*.yaml"))
