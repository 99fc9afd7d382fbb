"""Exports of a dataset manifest: Croissant 1.1 JSON-LD and a Hugging Face dataset card."""

from manifests.card import card, to_card
from manifests.croissant import croissant, to_croissant, validate_croissant

__all__ = ["card", "croissant", "to_card", "to_croissant", "validate_croissant"]
