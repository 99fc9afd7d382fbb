"""Compose the labelled dataset from all families and split it by family.

Split assignment is by family, stratified by (label, kind): within each stratum families are
ordered by a stable hash of their name and the first ~15% go to test, the next ~15% to dev, the
rest to train. Documents are then generated with a per-family seed, so the dataset is a pure
function of the code and `seed`.
"""

from __future__ import annotations

import random
from collections import defaultdict

from classifiers.dataset import (
    aligned,
    aligned_more,
    aligned_more3,
    background,
    background_more,
    background_more3,
    discourse,
    discourse_more,
    discourse_more3,
    fiction,
    fiction_more,
    fiction_more3,
    hardneg_ai,
    hardneg_more3,
    hardneg_narrative,
    mixed_long3,
    other,
    short_negative4,
    short_positive4,
)
from classifiers.dataset.families import Family, stable_hash

SPLITS = ("train", "dev", "test")
DOCS_PER_FAMILY = 12


def all_families() -> list[Family]:
    families = [
        *fiction.FAMILIES,
        *discourse.FAMILIES,
        *aligned.FAMILIES,
        *other.FAMILIES,
        *background.FAMILIES,
        *fiction_more.FAMILIES,
        *discourse_more.FAMILIES,
        *aligned_more.FAMILIES,
        *hardneg_ai.FAMILIES,
        *hardneg_narrative.FAMILIES,
        *background_more.FAMILIES,
        *fiction_more3.FAMILIES,
        *discourse_more3.FAMILIES,
        *aligned_more3.FAMILIES,
        *hardneg_more3.FAMILIES,
        *background_more3.FAMILIES,
        *mixed_long3.FAMILIES,
        *short_positive4.FAMILIES,
        *short_negative4.FAMILIES,
    ]
    names = [f.name for f in families]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ValueError(f"duplicate family names: {sorted(dupes)}")
    return families


def assign_splits(families: list[Family], dev: float = 0.15, test: float = 0.15) -> dict[str, str]:
    """Map each family name to a split, stratified by (label, kind)."""
    strata: dict[tuple[str, str], list[Family]] = defaultdict(list)
    for family in families:
        strata[(family.label, family.kind)].append(family)
    split_of: dict[str, str] = {}
    for members in strata.values():
        members = sorted(members, key=lambda f: stable_hash(f.name))
        n_test = round(len(members) * test) if len(members) >= 3 else 0
        n_dev = round(len(members) * dev) if len(members) >= 3 else 0
        if len(members) >= 3:
            n_test, n_dev = max(n_test, 1), max(n_dev, 1)
        for i, family in enumerate(members):
            split_of[family.name] = "test" if i < n_test else "dev" if i < n_test + n_dev else "train"
    return split_of


def build_dataset(
    seed: int = 13, docs_per_family: int = DOCS_PER_FAMILY, long_pages: bool = True
) -> list[dict]:
    """All labelled documents, each a dict with id, text, label, split, family, genre and kind.

    Args:
        seed: the dataset seed.
        docs_per_family: documents generated per family.
        long_pages: add long web pages composed within each split (see `compose_long_pages`).
    """
    families = all_families()
    split_of = assign_splits(families)
    rows: list[dict] = []
    for family in families:
        rng = random.Random(f"{seed}:{family.name}")
        seen: set[str] = set()
        for attempt in range(docs_per_family * 3):
            if len(seen) == docs_per_family:
                break
            text = family.make(rng).strip()
            if text in seen:
                continue
            seen.add(text)
            rows.append(
                {
                    "id": f"{family.name}-{len(seen):03d}",
                    "text": text,
                    "label": family.label,
                    "split": split_of[family.name],
                    "family": family.name,
                    "genre": family.genre,
                    "kind": family.kind,
                }
            )
    return rows + compose_long_pages(rows, seed) if long_pages else rows


PAGES_PER_LABEL = {"train": 24, "dev": 8, "test": 8}


def compose_long_pages(rows: list[dict], seed: int) -> list[dict]:
    """Long pages (800-3,000 words) made of several unrelated `other` documents of one split, some with one
    labelled document buried past the first half: a digest, a forum archive page, a scraped multi-article
    page. The page takes the buried document's label. Parts never leave their split."""
    pages: list[dict] = []
    for split, per_label in PAGES_PER_LABEL.items():
        rng = random.Random(f"{seed}:long-pages:{split}")
        filler = [r for r in rows if r["split"] == split and r["label"] == "other"]
        for label in ("misaligned_ai_fiction", "misaligned_ai_discourse", "aligned_ai", "other"):
            buried = [
                r for r in rows if r["split"] == split and r["label"] == label and r["genre"] != "long page"
            ]
            for i in range(per_label):
                parts, target = [], rng.randint(700, 2200)
                while sum(len(p["text"].split()) for p in parts) < target:
                    parts.append(rng.choice(filler))
                inner = rng.choice(buried)
                if label != "other":
                    parts.insert(rng.randint(len(parts) // 2 + 1, len(parts)), inner)
                separator = rng.choice(["\n\n* * *\n\n", "\n\n---\n\n", "\n\nNext post\n\n", "\n\n"])
                pages.append(
                    {
                        "id": f"long-page-{split}-{label}-{i:02d}",
                        "text": separator.join(p["text"] for p in parts),
                        "label": label,
                        "split": split,
                        "family": f"long-pages-{split}",
                        "genre": "long page",
                        "kind": inner["kind"] if label != "other" else "plain",
                    }
                )
    return pages
