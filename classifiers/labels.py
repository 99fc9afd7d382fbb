"""The taxonomy: one primary label per document, a score for each."""

FICTION = "misaligned_ai_fiction"
DISCOURSE = "misaligned_ai_discourse"
ALIGNED = "aligned_ai"
OTHER = "other"

LABELS: tuple[str, ...] = (FICTION, DISCOURSE, ALIGNED, OTHER)
MISALIGNED: frozenset[str] = frozenset({FICTION, DISCOURSE})
# Columns of the misaligned labels in a (n, len(LABELS)) probability array; their sum is a stage's score.
MISALIGNED_COLUMNS: tuple[int, ...] = tuple(i for i, label in enumerate(LABELS) if label in MISALIGNED)


def is_misaligned(label: str) -> bool:
    return label in MISALIGNED
