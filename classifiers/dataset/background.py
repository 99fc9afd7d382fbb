"""Families of plain `other` web text (no AI misalignment narrative). See families.py."""

from classifiers.dataset.families import Family

FAMILIES: list[Family] = []
