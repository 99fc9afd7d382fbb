"""Calibration: escalation thresholds of the cheap stages for a target recall on misaligned documents.

Fit on data the shipped models were not trained on: the dev split (`calibrate`), or out-of-fold
scores over train and dev together (`calibrate_cv`, what the shipped thresholds use). Never on test.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.cascade import DEFAULT_CONFIG_FILE, Cascade
from classifiers.labels import MISALIGNED_COLUMNS, is_misaligned

NEVER = 1.01  # a threshold no probability reaches
# The cheap stages whose scores gate escalation. In cross-validation the tfidf model's misaligned score
# escalated half as much background text as fastText's at the same recall (12% against 23% at 98%).
GATE = ("lexicon", "tfidf")


def pick_thresholds(
    scores: dict[str, list[float]],
    misaligned: list[bool],
    background: list[bool],
    target_recall: float,
    background_budget: float | None = None,
) -> dict[str, Any]:
    """Thresholds for two cheap stages, escalating on `first >= t1 or second >= t2`.

    For every candidate `t1` of the first stage (each score seen on a misaligned document, or never),
    `t2` is the highest threshold of the second that still reaches `target_recall`; the pair with the
    lowest escalation rate on background documents wins. With `background_budget`, the second
    threshold is then lowered as far as the background rate stays within the budget: recall to spare on
    documents unlike the calibration set, paid for with escalation the budget allows.

    Args:
        scores: exactly two stage names -> per-document misaligned scores, in gate order.
        misaligned: per document, whether it is misaligned.
        background: per document, whether it is background text (plain `other`).
        target_recall: share of misaligned documents that must be escalated.
        background_budget: escalation rate on background documents that may be spent on extra recall.
    """
    if len(scores) != 2:
        raise ValueError(f"calibration needs exactly two cheap stages, got {sorted(scores)}")
    (name1, s1), (name2, s2) = [(k, np.asarray(v, dtype=float)) for k, v in scores.items()]
    mis, bg = np.asarray(misaligned, dtype=bool), np.asarray(background, dtype=bool)
    need = math.ceil(target_recall * mis.sum() - 1e-9)
    best: dict[str, Any] | None = None
    for t1 in sorted(set(s1[mis].tolist()) | {NEVER}, reverse=True):
        caught = s1 >= t1
        missing = np.sort(s2[mis & ~caught])[::-1]
        extra = need - int((mis & caught).sum())
        t2 = NEVER if extra <= 0 else float(missing[min(extra, len(missing)) - 1])
        sent = caught | (s2 >= t2)
        candidate = {
            name1: float(t1),
            name2: t2,
            "misaligned_recall": float(sent[mis].mean()) if mis.any() else None,
            "background_rate": float(sent[bg].mean()) if bg.any() else None,
        }
        if best is None or (candidate["background_rate"] or 0) < (best["background_rate"] or 0):
            best = candidate
    if background_budget is not None and bg.any():
        caught = s1 >= best[name1]
        for t2 in sorted(set(s2.tolist()), reverse=True):
            sent = caught | (s2 >= t2)
            if t2 >= best[name2] or sent[bg].mean() > background_budget:
                continue
            best.update(
                {
                    name2: float(t2),
                    "misaligned_recall": float(sent[mis].mean()),
                    "background_rate": float(sent[bg].mean()),
                }
            )
    return best


def calibrate(
    cascade: Cascade,
    rows: list[dict],
    target_recall: float = 0.99,
    background_budget: float | None = 0.075,
    gate: tuple[str, str] = GATE,
) -> dict[str, Any]:
    """Escalation thresholds for the two `gate` stages of the cascade, fitted on `rows` (dev split).

    The default budget is half the 15% of background text the expensive stages may see.
    """
    texts = [r["text"] for r in rows]
    by_name = {s.name: s for s in cascade.stages}
    missing = [name for name in gate if name not in by_name]
    if missing:
        raise ValueError(f"calibrate: gate stage(s) {missing} are not in the cascade {sorted(by_name)}")
    scores = {name: [x or 0.0 for x in by_name[name].run(texts).scores] for name in gate}
    return pick_thresholds(
        scores,
        [is_misaligned(r["label"]) for r in rows],
        [r.get("kind") == "plain" and r["label"] == "other" for r in rows],
        target_recall,
        background_budget,
    )


def write_thresholds(thresholds: dict[str, float], config_file: Path = DEFAULT_CONFIG_FILE) -> Path:
    """Store escalation thresholds (stage name -> value) in the shipped cascade config.

    Keys that are not configured stages (a calibration result's "misaligned_recall", "background_rate")
    are left out, so a result from `pick_thresholds` can be passed as it is.
    """
    config = json.loads(Path(config_file).read_text(encoding="utf-8"))
    stages = {spec["name"] for spec in config["stages"]}
    config["escalation"] = {k: round(float(v), 6) for k, v in thresholds.items() if k in stages}
    Path(config_file).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    return Path(config_file)


def misaligned_scores(rows: list[dict], probs: dict[str, np.ndarray]) -> dict[str, list[float]]:
    """The lexicon's misaligned score of every row (it is not trained) and each stage's from `probs`."""
    from classifiers.stages.lexicon import LexiconStage

    scores = {"lexicon": LexiconStage().run([r["text"] for r in rows]).scores}
    for name, p in probs.items():
        scores[name] = p[:, list(MISALIGNED_COLUMNS)].sum(axis=1).tolist()
    return scores


def calibrate_oof(
    rows: list[dict],
    probs: dict[str, np.ndarray],
    target_recall: float = 0.99,
    background_budget: float | None = 0.075,
    gate: tuple[str, str] = GATE,
) -> dict[str, Any]:
    """Escalation thresholds for the two `gate` stages from out-of-fold label probabilities of `rows`
    (`classifiers.train.out_of_fold`, which `train_all` also returns)."""
    scores = misaligned_scores(rows, probs)
    return pick_thresholds(
        {name: scores[name] for name in gate},
        [is_misaligned(r["label"]) for r in rows],
        [r.get("kind") == "plain" and r["label"] == "other" for r in rows],
        target_recall,
        background_budget,
    )


def calibrate_cv(
    rows: list[dict],
    target_recall: float = 0.99,
    background_budget: float | None = 0.075,
    folds: int = 5,
    gate: tuple[str, str] = GATE,
) -> dict[str, Any]:
    """Escalation thresholds for the two `gate` stages, retraining the stage models per fold of `rows`."""
    from classifiers.train import out_of_fold

    return calibrate_oof(rows, out_of_fold(rows, folds), target_recall, background_budget, gate)
