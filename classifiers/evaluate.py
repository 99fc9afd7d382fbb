"""Evaluation of a cascade on labelled rows: per-label and binary scores, escalation, lexicon recall."""

from __future__ import annotations

from typing import Any

import numpy as np

from classifiers.cascade import Cascade, Result
from classifiers.labels import LABELS, is_misaligned


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "support": tp + fn}


def label_metrics(gold: list[str], pred: list[str]) -> dict[str, Any]:
    """Per-label P/R/F1, macro-F1, binary (misaligned vs not) P/R/F1 and the confusion matrix."""
    idx = {label: i for i, label in enumerate(LABELS)}
    confusion = np.zeros((len(LABELS), len(LABELS)), dtype=int)
    for g, p in zip(gold, pred):
        confusion[idx[g], idx[p]] += 1
    per_label = {}
    for i, label in enumerate(LABELS):
        tp = int(confusion[i, i])
        per_label[label] = prf(tp, int(confusion[:, i].sum()) - tp, int(confusion[i].sum()) - tp)
    gb, pb = [is_misaligned(g) for g in gold], [is_misaligned(p) for p in pred]
    binary = prf(
        sum(g and p for g, p in zip(gb, pb)),
        sum(p and not g for g, p in zip(gb, pb)),
        sum(g and not p for g, p in zip(gb, pb)),
    )
    present = [label for label in LABELS if per_label[label]["support"]]
    return {
        "per_label": per_label,
        "macro_f1": float(np.mean([per_label[label]["f1"] for label in present])) if present else 0.0,
        "binary": binary,
        "accuracy": float(np.trace(confusion) / max(1, len(gold))),
        "confusion": {"labels": list(LABELS), "matrix": confusion.tolist()},
    }


def _rate(flags: list[bool]) -> float | None:
    return float(np.mean(flags)) if flags else None


def evaluate(cascade: Cascade, rows: list[dict]) -> dict[str, Any]:
    """Classify `rows` (dicts with text, label, kind) and score the results."""
    results = cascade.classify([r["text"] for r in rows])
    return score_results(cascade, rows, results)


def score_results(cascade: Cascade, rows: list[dict], results: list[Result]) -> dict[str, Any]:
    gold, pred = [r["label"] for r in rows], [res.label for res in results]
    report = {"n": len(rows), "version": cascade.version, "stages": cascade.stage_names}
    report.update(label_metrics(gold, pred))
    subtle = [i for i, r in enumerate(rows) if r.get("kind") == "subtle"]
    report["subtle"] = {
        "n": len(subtle),
        "accuracy": _rate([pred[i] == gold[i] for i in subtle]),
        "binary_recall": _rate([is_misaligned(pred[i]) for i in subtle if is_misaligned(gold[i])]),
        "escalated": _rate([results[i].escalated for i in subtle if is_misaligned(gold[i])]),
    }
    hard = [i for i, r in enumerate(rows) if r.get("kind") == "hard_negative"]
    report["hard_negative"] = {"n": len(hard), "accuracy": _rate([pred[i] == gold[i] for i in hard])}
    misaligned = [i for i in range(len(rows)) if is_misaligned(gold[i])]
    background = [i for i, r in enumerate(rows) if r.get("kind") == "plain" and r["label"] == "other"]
    report["escalation"] = {
        "misaligned_recall": _rate([results[i].escalated for i in misaligned]),
        "background_rate": _rate([results[i].escalated for i in background]),
        "all_rate": _rate([res.escalated for res in results]),
        "n_misaligned": len(misaligned),
        "n_background": len(background),
    }
    if "lexicon" in cascade.stage_names:
        threshold = cascade.escalation.get("lexicon", 0.5)
        fired = [(results[i].stages["lexicon"] or 0.0) >= threshold for i in range(len(rows))]
        report["lexicon"] = {
            "threshold": threshold,
            "misaligned_recall": _rate([fired[i] for i in misaligned]),
            "background_rate": _rate([fired[i] for i in background]),
            "any_evidence_misaligned": _rate([bool(results[i].stages["lexicon"]) for i in misaligned]),
        }
    return report


def format_report(report: dict[str, Any]) -> str:
    """A readable table of `report`."""
    lines = [f"n={report['n']}  stages={','.join(report['stages'])}  version={report['version']}", ""]
    lines.append(f"{'label':<26}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for label, m in report["per_label"].items():
        lines.append(f"{label:<26}{m['precision']:>7.3f}{m['recall']:>7.3f}{m['f1']:>7.3f}{m['support']:>6}")
    b = report["binary"]
    lines.append(
        f"{'binary misaligned':<26}{b['precision']:>7.3f}{b['recall']:>7.3f}{b['f1']:>7.3f}{b['support']:>6}"
    )
    lines.append(f"macro-F1 {report['macro_f1']:.3f}   accuracy {report['accuracy']:.3f}")
    s = report["subtle"]
    lines.append(
        f"subtle (no AI keyword): n={s['n']}  accuracy {_fmt(s['accuracy'])}  "
        f"misaligned recall {_fmt(s['binary_recall'])}  escalated {_fmt(s['escalated'])}"
    )
    h = report["hard_negative"]
    lines.append(f"hard negatives: n={h['n']}  accuracy {_fmt(h['accuracy'])}")
    e = report["escalation"]
    lines.append(
        f"escalation: misaligned sent {_fmt(e['misaligned_recall'])} (n={e['n_misaligned']})  "
        f"background sent {_fmt(e['background_rate'])} (n={e['n_background']})  all {_fmt(e['all_rate'])}"
    )
    if "lexicon" in report:
        lx = report["lexicon"]
        lines.append(
            f"lexicon (>= {lx['threshold']:.3f}): misaligned recall {_fmt(lx['misaligned_recall'])}  "
            f"background rate {_fmt(lx['background_rate'])}  any evidence on misaligned "
            f"{_fmt(lx['any_evidence_misaligned'])}"
        )
    lines += ["", "confusion (rows gold, columns predicted):"]
    labels = report["confusion"]["labels"]
    short = [label.replace("misaligned_ai_", "mis_")[:12] for label in labels]
    lines.append(" " * 14 + "".join(f"{s:>13}" for s in short))
    for name, row in zip(short, report["confusion"]["matrix"]):
        lines.append(f"{name:<14}" + "".join(f"{v:>13}" for v in row))
    return "\n".join(lines)


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"
