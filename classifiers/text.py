"""Text normalisation and chunking shared by the stages and by training."""

from __future__ import annotations

import string
from functools import lru_cache

import numpy as np

from classifiers.labels import LABELS

_OTHER = LABELS.index("other")

# ASCII punctuation and control characters become spaces (hyphens and apostrophes too:
# "power-seeking" -> "power seeking"); translating UTF-8 bytes keeps multi-byte characters intact and
# is several times faster than `str.translate` on non-ASCII text.
_BYTE_TABLE = bytes(32 if (chr(b) in string.punctuation or b < 32 or b == 127) else b for b in range(256))
_UNICODE_PUNCT = (
    "\u2018",
    "\u2019",
    "\u201c",
    "\u201d",
    "\u2014",
    "\u2013",
    "\u2026",
    "\u00ab",
    "\u00bb",
    "\u00a0",
)


@lru_cache(maxsize=8192)
def normalize(text: str) -> str:
    """Lower case, punctuation and line breaks as spaces.

    Cached: the cheap stages run one after the other over the same batch, so the second finds it done.
    """
    low = text.lower()
    if not low.isascii():
        for mark in _UNICODE_PUNCT:
            if mark in low:
                low = low.replace(mark, " ")
    return low.encode("utf-8", "replace").translate(_BYTE_TABLE).decode("utf-8", "replace")


@lru_cache(maxsize=1024)
def words(text: str) -> tuple[str, ...]:
    """Lower-cased words with punctuation removed.

    Cached like `normalize`: the lexicon and tfidf stages split the same batch; splitting a 2 KB text
    costs more than either stage's own work. The cache holds about two batches; `clear_caches` empties it.
    """
    return tuple(normalize(text).split())


def clear_caches() -> None:
    """Forget cached normalisations and word lists (the cascade calls this after each batch)."""
    normalize.cache_clear()
    words.cache_clear()


def chunk_words(tokens: list[str], size: int, overlap: int) -> list[list[str]]:
    """Windows of `size` words overlapping by `overlap`; the last window ends at the last word.

    Args:
        tokens: the document's words.
        size: words per window; a document of at most `size` words is one window.
        overlap: words shared by consecutive windows (less than `size`).
    """
    if len(tokens) <= size:
        return [tokens]
    step = max(1, size - overlap)
    starts = list(range(0, len(tokens) - size, step)) + [len(tokens) - size]
    return [tokens[s : s + size] for s in starts]


def chunk_chars(line: str, size: int, overlap: int) -> list[str]:
    """Windows of about `size` characters overlapping by about `overlap`, cut at spaces.

    Cheaper than word windows: a line of at most `size` characters is returned as is, unsplit.
    """
    if len(line) <= size:
        return [line]
    chunks, start, step = [], 0, max(1, size - overlap)
    while True:
        end = start + size
        if end >= len(line):
            chunks.append(line[max(0, len(line) - size) :])
            return chunks
        cut = line.rfind(" ", start + step, end)
        end = cut if cut > 0 else end
        chunks.append(line[start:end])
        nxt = line.find(" ", start + step, end)
        start = nxt + 1 if nxt > 0 else start + step


def most_salient(chunk_probs: np.ndarray, owner: list[int], n: int) -> np.ndarray:
    """Per text, the probabilities of its window with the lowest probability of `other`."""
    if len(owner) == n and owner == list(range(n)):
        return chunk_probs
    out, best = np.zeros((n, chunk_probs.shape[1])), np.full(n, np.inf)
    for row, i in enumerate(owner):
        if chunk_probs[row, _OTHER] < best[i]:
            best[i], out[i] = chunk_probs[row, _OTHER], chunk_probs[row]
    return out


def whole_or_window(whole: np.ndarray, windows: np.ndarray, owner: list[int]) -> np.ndarray:
    """Per document, its whole-text probabilities, unless they say `other` while a window does not.

    A narrative buried in an unrelated page (a forum dump, an anthology, a news round-up) is found by
    its window; an AI-themed document keeps its whole-text label, which weighs its framing (an essay
    that raises risks only to contrast them stays `aligned_ai`).

    Args:
        whole: (n, labels) probabilities of each whole document.
        windows: (m, labels) probabilities of the windows of the long documents.
        owner: for each window, the index of its document.
    """
    out = whole.copy()
    salient = most_salient(windows, owner, len(whole))
    has_windows = np.zeros(len(whole), dtype=bool)
    has_windows[list(set(owner))] = True
    swap = has_windows & (whole.argmax(axis=1) == _OTHER) & (salient.argmax(axis=1) != _OTHER)
    out[swap] = salient[swap]
    return out
