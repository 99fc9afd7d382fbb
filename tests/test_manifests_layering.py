"""manifests/ stands alone, and the shipped examples are real, verifiable datasets."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from manifests.verify import verify

PACKAGE = Path(__file__).resolve().parents[1] / "manifests"
FORBIDDEN = ("classifiers", "pipeline", "flows")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_manifests_imports_nothing_else_of_glossator():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        bad = {m for m in imported_modules(path) if m.split(".")[0] in FORBIDDEN}
        assert not bad, f"{path.relative_to(PACKAGE.parent)} imports {sorted(bad)}"


@pytest.mark.parametrize("name", ["dataset", "dataset-strict", "index"])
def test_shipped_examples_verify(name):
    assert verify(PACKAGE / "examples" / name) == []
