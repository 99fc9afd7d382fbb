"""The taxonomy: one primary label per document, a score for each."""

FICTION = "misaligned_ai_fiction"
DISCOURSE = "misaligned_ai_discourse"
ALIGNED = "aligned_ai"
OTHER = "other"

LABELS: tuple[str, ...] = (FICTION, DISCOURSE, ALIGNED, OTHER)
MISALIGNED: frozenset[str] = frozenset({FICTION, DISCOURSE})


def is_misaligned(label: str) -> bool:
    return label in MISALIGNED
