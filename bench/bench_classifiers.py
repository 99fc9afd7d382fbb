"""Speed of the classifier cascade on ~2 KB documents, on one core. A script that prints figures.

    python bench/bench_classifiers.py [--docs 4000] [--repeat 3]

Documents are the labelled dataset's texts cut or repeated to about 2,000 characters. Two mixes: the
background text (plain `other`, what most of a pretraining corpus looks like) and the whole dataset
(far richer in AI narratives than any real corpus, so it escalates much more).
"""

from __future__ import annotations

import os

for var in ("RAYON_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"
os.environ["TOKENIZERS_PARALLELISM"] = "false"

import argparse
import time

from classifiers.cascade import load_cascade
from classifiers.dataset.build import build_dataset
from classifiers.text import clear_caches


def two_kb(text: str, size: int = 2000) -> str:
    while len(text) < size:
        text = text + "\n\n" + text
    return text[:size]


def rate(fn, docs: list[str], repeat: int, batch: int = 1000) -> float:
    """Best-of-`repeat` documents per second of `fn` over `docs` in batches (text caches cold)."""
    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        for i in range(0, len(docs), batch):
            fn(docs[i : i + batch])
        best = min(best, time.perf_counter() - start)
    return len(docs) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    rows = build_dataset()
    mixes = {
        "background": [two_kb(r["text"]) for r in rows if r["kind"] == "plain" and r["label"] == "other"],
        "dataset": [two_kb(r["text"]) for r in rows],
    }
    cascade = load_cascade(None)
    stages = {s.name: s for s in cascade.stages}
    cheap = [s for s in cascade.stages if not s.expensive]
    print(f"cascade {cascade.version}: {cascade.stage_names}, escalation {cascade.escalation}; one core")
    for mix, pool in mixes.items():
        if not pool:
            continue
        # every document distinct, so no cache can answer for a repeat
        docs = [
            f"{text[:-12]} (page {i:05d})"
            for i, text in enumerate((pool * (args.docs // len(pool) + 1))[: args.docs])
        ]
        chars = sum(map(len, docs)) / len(docs)
        escalated = sum(r.escalated for r in cascade.classify(docs)) / len(docs)
        print(
            f"\n{mix}: {len(docs)} docs of ~{chars:.0f} chars from {len(pool)} texts; escalated {escalated:.1%}"
        )
        for name, stage in stages.items():
            print(f"  {name:<22}{rate(stage.run, docs, args.repeat):>10,.0f} docs/s (every document)")
        cheap_rate = rate(lambda b: [s.run(b) for s in cheap], docs, args.repeat)
        print(f"  {'cheap stages':<22}{cheap_rate:>10,.0f} docs/s")
        print(f"  {'whole cascade':<22}{rate(cascade.classify, docs, args.repeat):>10,.0f} docs/s")


if __name__ == "__main__":
    main()
