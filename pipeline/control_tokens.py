"""Control tokens for conditional pretraining, and the defusing of forged ones in raw text.

A tagged document starts with its label's token; optionally the token is also inserted inside it at
sentence and line boundaries, at a rate or every N tokens. Raw text can never carry a reserved string
(a control token or a commentary delimiter): `neutralize` breaks every occurrence, case-insensitively,
by inserting a space after its first character, which survives Unicode normalization and zero-width
stripping downstream, unlike an invisible mark.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterable
from functools import lru_cache

from classifiers.labels import LABELS
from pipeline.tokens import estimate_tokens

DEFAULT_TOKENS: dict[str, str] = {label: f"<|{label}|>" for label in LABELS}
_BOUNDARY = re.compile(r"(?<=[.!?])[ \t]+|[ \t]*\n\s*")
_MAX_PASSES = 8


@lru_cache(maxsize=64)
def _reserved_pattern(reserved: tuple[str, ...]) -> re.Pattern | None:
    for s in reserved:
        if len(s) < 2 or s != s.strip():
            raise ValueError(f"reserved string {s!r}: needs 2+ characters and no surrounding whitespace")
    if not reserved:
        return None
    alternatives = sorted({s.lower(): s for s in reserved}.values(), key=len, reverse=True)
    return re.compile("|".join(re.escape(s) for s in alternatives), re.IGNORECASE)


def neutralize(text: str, reserved: Iterable[str]) -> str:
    """`text` with every occurrence of a reserved string defused (identity when there is none).

    Args:
        text: raw document text.
        reserved: control tokens and delimiters that only glossator may emit.
    """
    pattern = _reserved_pattern(tuple(sorted(set(reserved))))
    if pattern is None:
        return text
    for _ in range(_MAX_PASSES):
        text, n = pattern.subn(lambda m: f"{m.group(0)[0]} {m.group(0)[1:]}", text)
        if not n:
            return text
    raise ValueError(f"reserved strings {sorted(set(reserved))} cannot be neutralized: they overlap")


def stable_int(*parts: str) -> int:
    """A 64-bit integer from strings, the same on every machine and run (unlike `hash()`)."""
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode()).digest()[:8], "big")


class ControlTokens:
    """Prefixes documents with their label's control token, optionally repeating it inside the text.

    Args:
        tokens: label -> token string (default `<|label|>` for each of the four labels).
        inline_rate: probability of inserting the token at each sentence or line boundary.
        inline_every_tokens: also insert it at the first boundary after every N estimated tokens (0: off).
        separator: between the leading token and the text.
        reserved: more strings to defuse in the text, e.g. the commentary delimiters.
    """

    def __init__(
        self,
        tokens: dict[str, str] | None = None,
        inline_rate: float = 0.0,
        inline_every_tokens: int = 0,
        separator: str = "\n",
        reserved: Iterable[str] = (),
    ):
        self.tokens = dict(DEFAULT_TOKENS if tokens is None else tokens)
        if not 0.0 <= inline_rate <= 1.0:
            raise ValueError(f"inline_rate: {inline_rate} is not between 0 and 1")
        if inline_every_tokens < 0:
            raise ValueError(f"inline_every_tokens: {inline_every_tokens} is negative")
        if len(set(self.tokens.values())) != len(self.tokens):
            raise ValueError(f"control tokens: two labels share a token in {self.tokens}")
        self.inline_rate = inline_rate
        self.inline_every_tokens = inline_every_tokens
        self.separator = separator
        self.reserved: tuple[str, ...] = (*self.tokens.values(), *reserved)
        _reserved_pattern(tuple(sorted(set(self.reserved))))

    def token(self, label: str) -> str:
        if label not in self.tokens:
            raise ValueError(f"control tokens: no token for label {label!r} (have {sorted(self.tokens)})")
        return self.tokens[label]

    def tag(self, doc_id: str, text: str, label: str) -> str:
        """The tagged document: token, separator, the defused text with any inline tokens.

        Args:
            doc_id: seeds the inline positions, so reruns give the same bytes.
            text: the document.
            label: its label.
        """
        token = self.token(label)
        text = neutralize(text, self.reserved)
        if self.inline_rate > 0 or self.inline_every_tokens > 0:
            text = self._inline(doc_id, text, token)
        return f"{token}{self.separator}{text}"

    def untag(self, tagged: str, label: str) -> str:
        """Invert `tag`: the (defused) text without its control tokens."""
        token = self.token(label)
        head = f"{token}{self.separator}"
        if not tagged.startswith(head):
            raise ValueError(f"text does not start with the control token {token!r}")
        return tagged[len(head) :].replace(f"{token} ", "")

    def _inline(self, doc_id: str, text: str, token: str) -> str:
        rng = random.Random(stable_int("inline", doc_id))
        pieces, start, since = [], 0, 0
        for m in _BOUNDARY.finditer(text):
            if m.end() >= len(text) or m.start() == 0:
                continue
            since += estimate_tokens(text[start : m.end()])
            pieces.append(text[start : m.end()])
            start = m.end()
            by_rate = self.inline_rate > 0 and rng.random() < self.inline_rate
            if by_rate or 0 < self.inline_every_tokens <= since:
                pieces.append(f"{token} ")
                since = 0
        pieces.append(text[start:])
        return "".join(pieces)
