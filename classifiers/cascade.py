"""The classifier cascade: cheap stages on every document, expensive stages on escalated ones.

Escalation: a document goes to the expensive stages when any cheap stage's score reaches that stage's
threshold in `escalation` (no thresholds at all: every document goes). An expensive stage with its own
threshold narrows the set seen by the expensive stages after it.

Label scores: `combine: "stack"` (the default) feeds the probabilities of the stages that ran to the
stacked combiner's head for that set of stages (`classifiers/combine.py`, `models/combiner.npz`);
`"last"` takes the label probabilities of the last stage that gave them for the document; `"mean"`
averages all that ran. A set of stages the combiner has no head for falls back to the mean. The label
is the arg-max.
"""

from __future__ import annotations

import copy
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.combine import StackedCombiner, stack_features
from classifiers.labels import LABELS, MISALIGNED_COLUMNS
from classifiers.registry import MODELS_DIR, Stage, _display, file_sha256, get_stage
from classifiers.text import clear_caches

COMBINE_METHODS = ("stack", "last", "mean")

DEFAULT_CONFIG_FILE = MODELS_DIR / "cascade.json"
_EVIDENCE_KEYS = ("terms", "behaviours", "ai_names")


@dataclass
class Result:
    """One document's classification.

    Args:
        label: the primary label (arg-max of `scores`).
        scores: probability per label, all four, summing to 1.
        stages: every configured stage in order -> its probability that the document is misaligned;
            None where the stage did not run.
        escalated: whether the cheap stages sent the document on to the expensive stages (with no
            expensive stage configured: whether they would have).
        evidence: {"terms", "behaviours", "ai_names"} from the lexicon.
    """

    label: str
    scores: dict[str, float]
    stages: dict[str, float | None]
    escalated: bool
    evidence: dict = field(default_factory=dict)


class Cascade:
    """Stages in order plus escalation thresholds.

    Args:
        stages: constructed stages, in order.
        escalation: stage name -> threshold on its misaligned score.
        combine: "stack", "last" or "mean" (see the module docstring).
        combiner: the stacked combiner's file, for "stack".
    """

    def __init__(
        self,
        stages: list[Stage],
        escalation: dict[str, float] | None = None,
        combine: str = "last",
        combiner: Path | None = None,
    ):
        self.stages = stages
        self.escalation = dict(escalation or {})
        self.combine = combine
        self.combiner_file = Path(combiner) if combiner else None
        self.combiner: StackedCombiner | None = None
        names = [s.name for s in stages]
        if len(set(names)) != len(names):
            raise ValueError(f"classifiers.stages: a stage is configured twice: {names}")
        unknown = sorted(set(self.escalation) - set(names))
        if unknown:
            raise ValueError(f"classifiers.escalation: {unknown} are not configured stages {names}")
        if combine not in COMBINE_METHODS:
            raise ValueError(f"classifiers.combine: expected one of {list(COMBINE_METHODS)}, got {combine!r}")
        self._describe = [self._describe_stage(s) for s in stages]
        if combine == "stack":
            if self.combiner_file is None or not self.combiner_file.is_file():
                raise FileNotFoundError(
                    f"classifiers.combine 'stack': combiner file {self.combiner_file} not found"
                )
            self.combiner = StackedCombiner.load(self.combiner_file)
            self._describe.append(
                {
                    "name": "combine",
                    "expensive": False,
                    "options": {"method": "stack", "heads": ["+".join(k) for k in self.combiner.heads]},
                    "models": {"combiner": _display(self.combiner_file)},
                    "sha256": {"combiner": file_sha256(self.combiner_file)},
                    "thresholds": {},
                }
            )
        # model paths are left out: the same files in another checkout give the same version
        identity = [{k: v for k, v in d.items() if k != "models"} for d in self._describe]
        payload = json.dumps({"stages": identity, "combine": combine}, sort_keys=True, default=str)
        self.version = hashlib.sha256(payload.encode()).hexdigest()[:16]

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.stages]

    def describe(self) -> list[dict[str, Any]]:
        """Per stage, in order: name, thresholds, options, model paths and their sha256; with the stacked
        combiner, a last entry named "combine" for its file."""
        return copy.deepcopy(self._describe)

    def _describe_stage(self, stage: Stage) -> dict[str, Any]:
        info = stage.describe()
        info["thresholds"] = (
            {"escalation": self.escalation[stage.name]} if stage.name in self.escalation else {}
        )
        return info

    def classify(self, texts: list[str]) -> list[Result]:
        """Classify a batch; results in the same order."""
        n = len(texts)
        stage_scores: dict[str, list[float | None]] = {}
        probs_by_stage: list[np.ndarray] = []
        evidence = [{key: [] for key in _EVIDENCE_KEYS} for _ in range(n)]
        gate = None
        escalated = np.zeros(n, dtype=bool)
        for stage in self.stages:
            if stage.expensive and gate is None:
                gate = self._cheap_gate(stage_scores, n)
                escalated = gate.copy()
            idx = np.arange(n) if not stage.expensive else np.flatnonzero(gate)
            scores: list[float | None] = [None] * n
            probs = np.full((n, len(LABELS)), np.nan)
            if len(idx):
                out = stage.run([texts[i] for i in idx])
                for j, i in enumerate(idx):
                    scores[i] = None if out.scores[j] is None else float(out.scores[j])
                if out.probs is not None:
                    probs[idx] = out.probs
                for j, i in enumerate(idx) if out.evidence else ():
                    for key in _EVIDENCE_KEYS:
                        evidence[i][key] = sorted(set(evidence[i][key]) | set(out.evidence[j].get(key, ())))
            stage_scores[stage.name] = scores
            probs_by_stage.append(probs)
            if stage.expensive and stage.name in self.escalation:
                threshold = self.escalation[stage.name]
                gate &= np.array([s is not None and s >= threshold for s in scores], dtype=bool)
        if gate is None:  # no expensive stage: still report what the cheap stages would escalate
            escalated = self._cheap_gate(stage_scores, n) if self.escalation else escalated
        final = self._combine(probs_by_stage, stage_scores, n)
        clear_caches()
        results = []
        for i in range(n):
            row = {label: float(final[i, k]) for k, label in enumerate(LABELS)}
            results.append(
                Result(
                    label=LABELS[int(np.argmax(final[i]))],
                    scores=row,
                    stages={name: stage_scores[name][i] for name in stage_scores},
                    escalated=bool(escalated[i]),
                    evidence=evidence[i],
                )
            )
        return results

    def _cheap_gate(self, stage_scores: dict[str, list[float | None]], n: int) -> np.ndarray:
        cheap = {name: t for name, t in self.escalation.items() if name in stage_scores}
        if not cheap:
            return np.ones(n, dtype=bool)
        gate = np.zeros(n, dtype=bool)
        for name, threshold in cheap.items():
            gate |= np.array([s is not None and s >= threshold for s in stage_scores[name]], dtype=bool)
        return gate

    def _combine(self, probs_by_stage: list[np.ndarray], stage_scores: dict, n: int) -> np.ndarray:
        if self.combine == "stack":
            final = self._stack(probs_by_stage, n)
        else:
            final = np.full((n, len(LABELS)), np.nan)
        if self.combine == "last":
            for probs in probs_by_stage:
                ok = ~np.isnan(probs).any(axis=1)
                final[ok] = probs[ok]
        missing = np.isnan(final).any(axis=1)
        if self.combine != "last" and probs_by_stage and missing.any():
            stacked = np.stack(probs_by_stage)[:, missing]
            ran = ~np.isnan(stacked).any(axis=2)
            total = np.where(ran[..., None], stacked, 0.0).sum(axis=0)
            count = ran.sum(axis=0)
            mean = np.full((int(missing.sum()), len(LABELS)), np.nan)
            mean[count > 0] = total[count > 0] / count[count > 0, None]
            final[missing] = mean
        missing = np.isnan(final).any(axis=1)
        if missing.any():
            final[missing] = self._fallback(stage_scores, np.flatnonzero(missing))
        return final / final.sum(axis=1, keepdims=True)

    def _stack(self, probs_by_stage: list[np.ndarray], n: int) -> np.ndarray:
        """The combiner's probabilities for documents whose set of stages has a head; NaN elsewhere."""
        final = np.full((n, len(LABELS)), np.nan)
        ran = np.stack([~np.isnan(p).any(axis=1) for p in probs_by_stage], axis=1)
        for pattern in np.unique(ran, axis=0):
            names = tuple(s.name for s, r in zip(self.stages, pattern) if r)
            head = self.combiner.head_for(names)
            rows = np.flatnonzero((ran == pattern).all(axis=1))
            if head is not None and names:
                final[rows] = head.predict(
                    stack_features([probs_by_stage[k][rows] for k in np.flatnonzero(pattern)])
                )
        return final

    def _fallback(self, stage_scores: dict[str, list[float | None]], rows: np.ndarray) -> np.ndarray:
        """Label probabilities from misaligned scores alone, for documents no labelling stage scored."""
        out = np.zeros((len(rows), len(LABELS)))
        misaligned = list(MISALIGNED_COLUMNS)
        for r, i in enumerate(rows):
            seen = [s[i] for s in stage_scores.values() if s[i] is not None]
            p = seen[-1] if seen else 0.0
            out[r, misaligned] = p / len(misaligned)
            out[r, LABELS.index("other")] = 1.0 - p
        return out


def default_config() -> dict[str, Any]:
    """The shipped configuration (classifiers/models/cascade.json)."""
    return json.loads(DEFAULT_CONFIG_FILE.read_text(encoding="utf-8"))


def load_cascade(config: dict[str, Any] | None = None) -> Cascade:
    """Build the cascade from the `classifiers` section of glossator's config.

    Args:
        config: {"stages": [{"name": ..., "enabled": ..., **options}], "escalation": {stage: threshold},
            "combine": "stack" | "last" | "mean", "combiner": file in models_dir (for "stack"),
            "models_dir": path}; keys left out take the shipped defaults,
            None takes them all.
    """
    merged = default_config()
    merged.update(config or {})
    unknown = sorted(set(merged) - {"stages", "escalation", "combine", "combiner", "models_dir"})
    if unknown:
        raise ValueError(f"classifiers: unknown key(s) {unknown}")
    models_dir = Path(merged.get("models_dir") or MODELS_DIR)
    stages = []
    for i, spec in enumerate(merged["stages"]):
        if not isinstance(spec, dict) or "name" not in spec:
            raise ValueError(f"classifiers.stages[{i}]: expected a mapping with a 'name'")
        options = {k: v for k, v in spec.items() if k not in ("name", "enabled")}
        if not spec.get("enabled", True):
            continue
        try:
            stages.append(get_stage(spec["name"])(options, models_dir))
        except (ValueError, KeyError) as err:
            raise ValueError(f"classifiers.stages[{i}]: {err}") from None
    configured = {spec["name"] for spec in merged["stages"]}
    escalation = {}
    for name, threshold in (merged.get("escalation") or {}).items():
        if name not in configured:
            raise ValueError(f"classifiers.escalation.{name}: no such stage in classifiers.stages")
        if name in {s.name for s in stages}:
            escalation[name] = float(threshold)
    combine = merged.get("combine", "last")
    combiner = models_dir / merged.get("combiner", "combiner.npz") if combine == "stack" else None
    return Cascade(stages, escalation, combine, combiner)


__all__ = ["Cascade", "Result", "default_config", "load_cascade"]
