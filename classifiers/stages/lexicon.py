"""The lexicon stage: AI names, and AI-entity words near misaligned-behaviour words.

Cheap enough for every document: one byte translation, one `split`, and a dictionary look-up per
word; phrases are checked only where their first word occurs.

Score: s = sum of distinct behaviour-term weights within `window` words of an entity (capped at 3)
+ 0.5 per distinct behaviour kind near an entity + risk-term weights (capped at 3) + a bonus for a
name famous for turning on people; the score is s / (s + `half`), so s == half gives 0.5.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress
from pathlib import Path
from typing import Any, ClassVar

from classifiers import lexicon_terms as terms
from classifiers.registry import Stage, StageOutput, register
from classifiers.text import words

_ENTITY, _NAME, _BEHAVIOUR, _RISK = "entity", "name", "behaviour", "risk"


_Entry = tuple[tuple[str, ...], int, str, str, float, str]  # words, length, category, label, weight, phrase


def _build_index() -> dict[str, list[_Entry]]:
    entries: list[tuple[str, str, str, float]] = []
    entries += [(t, _ENTITY, t, w) for t, w in terms.ENTITIES.items()]
    entries += [(t, _NAME, t, 1.0 if bad else 0.0) for t, bad in terms.AI_NAMES.items()]
    entries += [(t, _BEHAVIOUR, kind, 1.0) for kind, ts in terms.BEHAVIOURS.items() for t in ts]
    entries += [(t, _RISK, t, w) for t, w in terms.RISK_TERMS.items()]
    index: dict[str, list[_Entry]] = {}
    for phrase, category, label, weight in entries:
        toks = tuple(phrase.split())
        index.setdefault(toks[0], []).append((toks, len(toks), category, label, weight, " ".join(toks)))
    for options in index.values():
        options.sort(key=lambda o: -o[1])
    return index


_INDEX = _build_index()
# First words that only open phrases ("the" of "the machines"), with the words that may follow them:
# most of their occurrences are rejected on the next word without trying each phrase.
_OPENERS = {
    first: frozenset(o[0][1] for o in options)
    for first, options in _INDEX.items()
    if all(o[1] > 1 for o in options)
}
_UPPER_RE = re.compile(r"\b(" + "|".join(terms.UPPERCASE_NAMES) + r")\b")


@register("lexicon")
class LexiconStage(Stage):
    """AI names and AI-entity terms within `window` words of misalignment terms."""

    defaults: ClassVar[dict[str, Any]] = {"window": 12, "half": 2.0}

    def model_files(self):
        return {"terms": Path(terms.__file__)}

    def run(self, texts: list[str]) -> StageOutput:
        scores, evidence = [], []
        for text in texts:
            score, ev = self.score(text)
            scores.append(score)
            evidence.append(ev)
        return StageOutput(scores=scores, evidence=evidence)

    def score(self, text: str) -> tuple[float, dict]:
        """The document's score and its evidence (terms, behaviours, ai_names)."""
        toks = words(text)
        upper = [m for m in _UPPER_RE.findall(text)] if any(n in text for n in terms.UPPERCASE_NAMES) else []
        hits = list(compress(range(len(toks)), map(_INDEX.__contains__, toks)))  # C-speed scan
        if not hits and not upper:
            return 0.0, {"terms": [], "behaviours": [], "ai_names": []}
        entity_pos: list[tuple[int, float]] = []
        names: dict[str, float] = {n.lower(): float(terms.UPPERCASE_NAMES[n]) for n in upper}
        risks: dict[str, float] = {}
        behaviours: list[tuple[int, str, str]] = []
        entity_terms: set[str] = set()
        consumed, last = -1, len(toks) - 1
        for i in hits:
            if i < consumed:
                continue
            nexts = _OPENERS.get(toks[i])
            if nexts is not None and (i == last or toks[i + 1] not in nexts):
                continue
            for phrase, length, category, label, weight, text_of in _INDEX[toks[i]]:
                if length > 1 and tuple(toks[i : i + length]) != phrase:
                    continue
                if category == _ENTITY:
                    entity_pos.append((i, weight))
                    entity_terms.add(text_of)
                elif category == _NAME:
                    entity_pos.append((i, 1.0))
                    names[text_of] = max(names.get(text_of, 0.0), weight)
                elif category == _RISK:
                    risks[text_of] = weight
                    continue
                else:
                    behaviours.append((i, label, text_of))
                consumed = i + length
                break
        if upper:
            lowered = {n.lower() for n in upper}
            entity_pos += [(j, 1.0) for j, tok in enumerate(toks) if tok in lowered]
            entity_pos.sort()
        near = self._near(entity_pos, behaviours)
        s = min(3.0, 0.5 * sum(near.values()))
        kinds: dict[str, float] = {}
        for (kind, _), weight in near.items():
            kinds[kind] = max(kinds.get(kind, 0.0), weight)
        s += 0.5 * sum(kinds.values())
        s += min(3.0, sum(risks.values()))
        if any(names.values()):
            s += 1.5 if behaviours else 0.7
        score = s / (s + self.options["half"])
        evidence = {
            "terms": sorted(entity_terms | set(risks) | {term for _, term in near}),
            "behaviours": sorted(kinds),
            "ai_names": sorted(names),
        }
        return score, evidence

    def _near(
        self, entity_pos: list[tuple[int, float]], behaviours: list[tuple[int, str, str]]
    ) -> dict[tuple[str, str], float]:
        """(kind, term) of behaviour hits within `window` words of an entity -> strongest entity weight."""
        window, near = self.options["window"], {}
        positions = [p for p, _ in entity_pos]
        for pos, kind, term in behaviours:
            j = bisect_left(positions, pos - window)
            best = 0.0
            while j < len(positions) and positions[j] <= pos + window:
                best = max(best, entity_pos[j][1])
                j += 1
            if best:
                near[(kind, term)] = max(near.get((kind, term), 0.0), best)
        return near
