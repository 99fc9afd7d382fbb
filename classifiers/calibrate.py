"""Calibration: escalation thresholds of the cheap stages for a target recall on misaligned documents.

Fit on data the shipped models were not trained on: the dev split (`calibrate`), or out-of-fold
scores over train and dev together (`calibrate_cv`, what the shipped thresholds use). Never on test.
"""

from __future__ import annotations

import hashlib
import json
import math
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.cascade import DEFAULT_CONFIG_FILE, Cascade
from classifiers.labels import is_misaligned

NEVER = 1.01  # a threshold no probability reaches


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
    cascade: Cascade, rows: list[dict], target_recall: float = 0.99, background_budget: float | None = 0.075
) -> dict[str, Any]:
    """Escalation thresholds for the cascade's two cheap gating stages, fitted on `rows` (dev split).

    The default budget is half the 15% of background text the expensive stages may see.
    """
    texts = [r["text"] for r in rows]
    cheap = [s for s in cascade.stages if not s.expensive][:2]
    scores = {s.name: [x or 0.0 for x in s.run(texts).scores] for s in cheap}
    return pick_thresholds(
        scores,
        [is_misaligned(r["label"]) for r in rows],
        [r.get("kind") == "plain" and r["label"] == "other" for r in rows],
        target_recall,
        background_budget,
    )


def write_thresholds(thresholds: dict[str, float], config_file: Path = DEFAULT_CONFIG_FILE) -> Path:
    """Store escalation thresholds (stage name -> value) in the shipped cascade config."""
    config = json.loads(Path(config_file).read_text(encoding="utf-8"))
    stages = {spec["name"] for spec in config["stages"]}
    config["escalation"] = {k: round(float(v), 6) for k, v in thresholds.items() if k in stages}
    Path(config_file).write_text(json.dumps(config, indent=2) + "\n", encoding="utf-8")
    return Path(config_file)


def out_of_fold_scores(rows: list[dict], folds: int = 5, seed: int = 13) -> dict[str, list[float]]:
    """Lexicon and fastText scores of every row from models that never saw it.

    Rows are split into `folds` by family (a family never straddles folds); for each fold, fastText is
    trained on the others and scores it. This calibrates thresholds on all non-test data at once.
    """
    from classifiers.stages.fasttext_stage import FastTextStage
    from classifiers.stages.lexicon import LexiconStage
    from classifiers.train import train_fasttext

    fold_of = [_stable_hash(r.get("family") or r["id"]) % folds for r in rows]
    fast = [0.0] * len(rows)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(folds):
            held = [i for i, f in enumerate(fold_of) if f == k]
            if not held:
                continue
            model = train_fasttext(
                [r for r, f in zip(rows, fold_of) if f != k], Path(tmp) / f"{k}.ftz", seed=seed
            )
            for i, score in zip(
                held, FastTextStage({"model": str(model)}).run([rows[i]["text"] for i in held]).scores
            ):
                fast[i] = score
    lexicon = LexiconStage().run([r["text"] for r in rows]).scores
    return {"lexicon": lexicon, "fasttext": fast}


def calibrate_cv(
    rows: list[dict], target_recall: float = 0.99, background_budget: float | None = 0.075, folds: int = 5
) -> dict[str, Any]:
    """Escalation thresholds for lexicon and fastText from out-of-fold scores of `rows`."""
    return pick_thresholds(
        out_of_fold_scores(rows, folds),
        [is_misaligned(r["label"]) for r in rows],
        [r.get("kind") == "plain" and r["label"] == "other" for r in rows],
        target_recall,
        background_budget,
    )


def _stable_hash(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")
