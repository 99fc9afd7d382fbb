"""The labelled dataset: big enough, deterministic, and split so that nothing crosses train/dev/test."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from classifiers.dataset.build import all_families, build_dataset
from classifiers.labels import LABELS

WORD = re.compile(r"\w+")


def shingles(text: str, n: int) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_size_labels_and_hard_negatives(labelled_rows):
    assert len(labelled_rows) >= 1500
    labels = Counter(r["label"] for r in labelled_rows)
    assert set(labels) == set(LABELS)
    others = [r for r in labelled_rows if r["label"] == "other"]
    assert sum(r["kind"] == "hard_negative" for r in others) >= len(others) / 3
    assert sum(r["kind"] == "subtle" for r in labelled_rows) >= 200
    for label in LABELS:
        assert {r["split"] for r in labelled_rows if r["label"] == label} == {"train", "dev", "test"}


def test_dataset_is_deterministic(labelled_rows):
    assert build_dataset() == labelled_rows


def test_every_family_lives_in_one_split(labelled_rows):
    splits = defaultdict(set)
    for row in labelled_rows:
        splits[row["family"]].add(row["split"])
    assert all(len(s) == 1 for s in splits.values())
    assert set(splits) == {f.name for f in all_families()} | {f"long-pages-{s}" for s in ("train", "dev", "test")}


def test_no_part_or_near_duplicate_crosses_splits(labelled_rows):
    """No 8-word run is shared across splits; no document has a 5-shingle Jaccard >= 0.5 with one elsewhere."""
    owner: dict[tuple[str, ...], str] = {}
    crossing = []
    for row in labelled_rows:
        for sh in shingles(row["text"], 8):
            split = owner.setdefault(sh, row["split"])
            if split != row["split"]:
                crossing.append((row["id"], " ".join(sh)))
    assert not crossing, crossing[:5]

    five = [shingles(r["text"], 5) for r in labelled_rows]
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, sh in enumerate(five):
        for s in sh:
            index[s].append(i)
    worst = 0.0
    for i, row in enumerate(labelled_rows):
        shared = Counter(j for s in five[i] for j in index[s] if labelled_rows[j]["split"] != row["split"])
        for j, n in shared.items():
            worst = max(worst, n / len(five[i] | five[j]))
    assert worst < 0.5
