"""Flow-run names and artifact keys that say what ran on what."""

from __future__ import annotations

import re
from pathlib import PurePath

from prefect.runtime import flow_run

from pipeline.ablations import expand


def short(path: str) -> str:
    """The last two components of a path or URL, enough to recognise it in a list of runs."""
    parts = PurePath(str(path)).parts
    return "/".join(parts[-2:]) if len(parts) > 1 else str(path)


def describe_inputs(inputs: list[str]) -> str:
    if not inputs:
        return "nothing"
    return short(inputs[0]) + (f" +{len(inputs) - 1} more" if len(inputs) > 1 else "")


def slug(text: str) -> str:
    """An artifact key: lowercase letters, digits and dashes."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "glossator"


def tag_run_name() -> str:
    p = flow_run.parameters
    return f"tag {describe_inputs(p['inputs'])} -> {short(p['tags'])}"


def materialize_run_name() -> str:
    p = flow_run.parameters
    return f"materialize {p.get('policy', 'default')}: {short(p['tags'])} -> {short(expand(p['output']))}"


def ablations_run_name() -> str:
    p = flow_run.parameters
    name, version = p.get("name", "glossator-ablations"), expand(p.get("version", "1"))
    return f"ablations {name} v{version}: {describe_inputs(p['inputs'])} -> {short(expand(p['output']))}"
