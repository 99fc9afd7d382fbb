"""`glossator serve` and `glossator deploy` (the scheduled Prefect deployments), `glossator ablations`.

Mount on the main app with `app.command(name=n)(getattr(cli_flows, n))` for serve, deploy and ablations;
`python -m pipeline.cli_flows serve ...` works on its own.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from pipeline.logs import ENV as DATATROVE_LOG_ENV

os.environ.setdefault(DATATROVE_LOG_ENV, "CRITICAL")

app = typer.Typer(help="Prefect deployments and ablation sets.", no_args_is_help=True, add_completion=False)
out = Console()

InputsOpt = typer.Option(
    None,
    "--input",
    "-i",
    help="Shards: paths, globs or fsspec URLs (repeatable); default: the bundled sample corpus.",
)


def _inputs(inputs: Optional[list[str]]) -> list[str]:
    from pipeline.sample_corpus import sample_inputs

    return list(inputs) if inputs else sample_inputs()


@app.command()
def serve(
    inputs: Optional[list[str]] = InputsOpt,
    root: Path = typer.Option(Path("glossator-runs"), "--root", "-r", help="Where tags and datasets go."),
    limit: int = typer.Option(2, "--limit", min=1, help="Flow runs at once in this process."),
    parallel: Optional[int] = typer.Option(
        None, "--parallel", min=1, help="Shards tagged at once, server-wide (sets the glossator-tag limit)."
    ),
) -> None:
    """Register the nightly-tagging, daily-materialize and weekly-ablations deployments and run them here.

    Uses the Prefect API in PREFECT_API_URL (start one with `prefect server start`); Ctrl-C stops serving
    and pauses the schedules.
    """
    from flows.deployments import serve as serve_deployments

    root = root.resolve()
    out.print(f"serving glossator deployments; outputs under {root}")
    serve_deployments(_inputs(inputs), root, limit=limit, parallel=parallel)


@app.command()
def deploy(
    inputs: Optional[list[str]] = InputsOpt,
    root: Path = typer.Option(..., "--root", "-r", help="Where tags and datasets go, as the workers see it."),
    pool: str = typer.Option("glossator", "--pool", help="The work pool whose workers run the flows."),
    parallel: Optional[int] = typer.Option(
        None, "--parallel", min=1, help="Shards tagged at once, server-wide (sets the glossator-tag limit)."
    ),
) -> None:
    """Register the same deployments with a work pool on the server in PREFECT_API_URL (for a shared server).

    Then run `prefect worker start --pool POOL` where glossator is installed and the data is mounted.
    """
    from flows.deployments import deploy as deploy_deployments

    for name in deploy_deployments(_inputs(inputs), root, pool, parallel):
        out.print(f"registered {name} (work pool {pool})")


@app.command()
def ablations(
    inputs: Optional[list[str]] = InputsOpt,
    output: Path = typer.Option(..., "--output", "-o", help="The ablation set directory."),
    tags: Optional[Path] = typer.Option(None, "--tags", "-t", help="Tags directory (default: OUTPUT/tags)."),
    name: str = typer.Option("glossator-ablations", "--name", help="The set's name."),
    version: str = typer.Option("1", "--version", help="The set's version."),
    config: Optional[Path] = typer.Option(None, "--config", help="glossator config YAML for tagging."),
    tolerance: float = typer.Option(0.005, "--tolerance", min=0.0, help="Largest budget residual (share)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Parallel tasks."),
) -> None:
    """Build the ablation set (tag, five variants at a matched token budget, index, diffs) without Prefect."""
    from pipeline.ablations import build_ablations
    from pipeline.config import load_config

    report = build_ablations(
        _inputs(inputs),
        tags or output / "tags",
        output,
        name=name,
        version=version,
        config=load_config(config),
        tolerance=tolerance,
        workers=workers,
    )
    out.print((report.output / "SUMMARY.md").read_text(encoding="utf-8"), markup=False, highlight=False)
    out.print(f"ablation set built in {report.seconds:.1f} s: {report.index}")


if __name__ == "__main__":
    app()
