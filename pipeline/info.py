"""`glossator info`: versions, shipped models and template sets, with sha256."""

from __future__ import annotations

import hashlib
import platform
from importlib import metadata
from pathlib import Path

from rich.console import Console
from rich.table import Table

PACKAGES = ("glossator", "datatrove", "fasttext-numpy2-wheel", "model2vec", "numpy", "polars", "pyarrow",
            "prefect", "ray", "typer", "orjson", "pydantic")


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def template_sets() -> list[Path]:
    root = Path(__file__).parent / "templates"
    return sorted(p for p in root.iterdir() if p.is_dir() and p.name != "prompts") if root.exists() else []


def collect_info() -> dict:
    from classifiers.cascade import load_cascade
    from pipeline.commentary import Commentary
    from pipeline.config import DEFAULTS, shipped_policies

    cascade = load_cascade(None)
    return {
        "glossator": _version("glossator"),
        "python": platform.python_version(),
        "packages": {p: _version(p) for p in PACKAGES},
        "classifier_version": cascade.version,
        "stages": cascade.describe(),
        "template_sets": [
            {"name": c.name, "path": str(path), "sha256": c.sha256}
            for path in template_sets()
            for c in [Commentary(path)]
        ],
        "policies": [
            {"name": p, "path": str(DEFAULTS / "policies" / f"{p}.yaml"),
             "sha256": _sha256(DEFAULTS / "policies" / f"{p}.yaml")}
            for p in shipped_policies()
        ],
    }


def print_info(console: Console, data: dict) -> None:
    table = Table("package", "version")
    for package, version in data["packages"].items():
        table.add_row(package, version or "-")
    console.print(table)
    stages = Table("stage", "model file", "sha256")
    for stage in data["stages"]:
        for role, path in stage.get("models", {}).items() or [("-", "-")]:
            stages.add_row(stage["name"], str(path), stage.get("sha256", {}).get(role, "-")[:16])
    console.print(stages)
    for t in data["template_sets"]:
        console.print(f"template set {t['name']}: {t['path']} sha256 {t['sha256'][:16]}…")
    console.print(f"classifier version {data['classifier_version']}")
