"""`glossator manifest diff|verify|export` and `glossator report`: thin commands over manifests/."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from manifests.diff import diff_manifests, render_json, render_markdown
from manifests.errors import ManifestError
from manifests.export import to_card, to_croissant, validate_croissant
from manifests.io import manifest_path
from manifests.verify import verify as verify_manifest

app = typer.Typer(help="Inspect, compare, verify and export dataset manifests.", no_args_is_help=True)


class Format(str, Enum):
    md = "md"
    json = "json"


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


@app.command()
def diff(
    a: Annotated[Path, typer.Argument(help="Manifest A (file or dataset directory).")],
    b: Annotated[Path, typer.Argument(help="Manifest B.")],
    format: Annotated[
        Format, typer.Option("--format", help="md for a pull-request comment, json for tools.")
    ] = Format.md,
    sample: Annotated[
        int, typer.Option("--sample", min=0, help="Documents whose action changed to list.")
    ] = 20,
    out: Annotated[Path | None, typer.Option("--out", help="Write here instead of stdout.")] = None,
) -> None:
    """What changed from A to B: configuration, thresholds, models, counts, shards, and moved documents."""
    try:
        result = diff_manifests(a, b, sample=sample)
    except ManifestError as exc:
        _fail(str(exc))
    text = render_json(result).decode() if format is Format.json else render_markdown(result, str(a), str(b))
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        typer.echo(text, nl=False)


@app.command()
def verify(path: Annotated[Path, typer.Argument(help="Manifest file or dataset directory.")]) -> None:
    """Re-hash outputs and ledgers, recount documents, check conservation and the schema."""
    problems = verify_manifest(path)
    if problems:
        for problem in problems:
            typer.echo(f"error: {problem}", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok: {manifest_path(path)}")


@app.command()
def export(
    path: Annotated[Path, typer.Argument(help="Manifest file or dataset directory.")],
    croissant: Annotated[
        Path | None, typer.Option("--croissant", help="Write Croissant 1.1 JSON-LD here.")
    ] = None,
    card: Annotated[
        Path | None, typer.Option("--card", help="Write a Hugging Face dataset card here.")
    ] = None,
    base_url: Annotated[str | None, typer.Option("--base-url", help="Croissant contentUrl prefix.")] = None,
    check: Annotated[
        bool, typer.Option("--check/--no-check", help="Validate the Croissant with mlcroissant.")
    ] = True,
) -> None:
    """Export a dataset manifest as Croissant JSON-LD and/or a dataset card."""
    if croissant is None and card is None:
        _fail("nothing to export: give --croissant OUT and/or --card OUT")
    try:
        if croissant is not None:
            to_croissant(path, croissant, base_url=base_url)
            if check:
                try:
                    errors = validate_croissant(croissant)
                except ImportError:
                    errors = []
                    typer.echo("note: mlcroissant is not installed; Croissant not validated", err=True)
                if errors:
                    _fail(f"{croissant}: Croissant validation failed: {errors[0]}")
            typer.echo(f"wrote {croissant}")
        if card is not None:
            to_card(path, card)
            typer.echo(f"wrote {card}")
    except ManifestError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename}: {exc.strerror}")


def report(
    path: Annotated[Path, typer.Argument(help="Manifest file or dataset directory.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="Report directory (default: <dataset>/report).")
    ] = None,
) -> None:
    """Write an HTML report card with PNG plots (score histograms, counts, flagged share per shard)."""
    target = out if out is not None else manifest_path(path).parent / "report"
    try:
        from manifests.report import render  # matplotlib: imported only when reporting

        page = render(path, target)
    except ManifestError as exc:
        _fail(str(exc))
    typer.echo(f"wrote {page}")


report_command = report  # the name pipeline/cli.py mounts as `glossator report`
