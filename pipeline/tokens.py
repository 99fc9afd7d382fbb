"""One token estimate for the whole project, so manifests, commentary caps and budgets agree."""

import re

_WORDISH = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def estimate_tokens(text: str) -> int:
    """Approximate BPE token count: words and punctuation marks, plus a share for long words.

    Args:
        text: any text.
    """
    return sum(1 + len(piece) // 8 for piece in _WORDISH.findall(text))
