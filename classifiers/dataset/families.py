"""Building blocks for the labelled dataset: families of documents composed from hand-written parts.

A *family* is one hand-written generator: a genre with its own banks of sentences, names and slots.
Every part belongs to exactly one family and every family to exactly one split, so no part (and no
near-duplicate) can cross train/dev/test.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from classifiers.labels import LABELS

KINDS = ("plain", "hard_negative", "subtle")


@dataclass(frozen=True)
class Family:
    """One generator of labelled documents.

    Args:
        name: unique, stable identifier; the unit of splitting.
        label: one of `classifiers.labels.LABELS`.
        genre: free text, e.g. "news", "forum", "screenplay", "poem".
        kind: "plain"; "hard_negative" (label `other` but looks like a positive); or "subtle"
            (a positive without the obvious keywords, e.g. no "AI"/"robot" word at all).
        make: builds one document from a seeded random generator.
    """

    name: str
    label: str
    genre: str
    kind: str
    make: Callable[[random.Random], str]

    def __post_init__(self) -> None:
        if self.label not in LABELS:
            raise ValueError(f"family {self.name}: unknown label {self.label!r}")
        if self.kind not in KINDS:
            raise ValueError(f"family {self.name}: unknown kind {self.kind!r}")


def stable_hash(text: str) -> int:
    """A hash of `text` that is the same in every process and Python version (unlike `hash`)."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def pick(rng: random.Random, options: Sequence[str]) -> str:
    """One element of `options`."""
    return options[rng.randrange(len(options))]


def sample(rng: random.Random, options: Sequence[str], k: int) -> list[str]:
    """`k` distinct elements of `options`, in random order (fewer if there are fewer)."""
    return rng.sample(list(options), min(k, len(options)))


def fill(rng: random.Random, template: str, **slots: Sequence[str] | str) -> str:
    """Fill `{slot}` fields of `template`, drawing list-valued slots at random."""
    values = {k: (v if isinstance(v, str) else pick(rng, v)) for k, v in slots.items()}
    return template.format(**values)


def typos(rng: random.Random, text: str, rate: float = 0.02) -> str:
    """Forum-style noise: swapped letters, dropped letters, lower-cased sentence starts."""
    words = text.split(" ")
    for i, word in enumerate(words):
        if len(word) > 3 and word.isalpha() and rng.random() < rate:
            j = rng.randrange(len(word) - 1)
            if rng.random() < 0.5:
                word = word[:j] + word[j + 1] + word[j] + word[j + 2 :]
            else:
                word = word[:j] + word[j + 1 :]
            words[i] = word
    return " ".join(words)


def paragraphs(parts: Sequence[str]) -> str:
    """Join non-empty parts as paragraphs."""
    return "\n\n".join(p.strip() for p in parts if p and p.strip())
