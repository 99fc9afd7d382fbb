"""The `glossator` command line."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from pipeline.logs import ENV as DATATROVE_LOG_ENV

os.environ.setdefault(DATATROVE_LOG_ENV, "CRITICAL")  # task logs still go to <output>/logs

app = typer.Typer(help="glossator: tag once, materialize many.", no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True, soft_wrap=True)

InputsOpt = typer.Option(..., "--input", "-i", help="Shards: paths, globs or fsspec URLs (repeatable).")
ConfigOpt = typer.Option(None, "--config", help="glossator config YAML (reader, classifiers).")
WorkersOpt = typer.Option(1, "--workers", "-w", min=1, help="Parallel tasks.")
ExecutorOpt = typer.Option("local", "--executor", help="local or ray.")
RayOpt = typer.Option(None, "--ray-address", help="Ray cluster address (with --executor ray).")
StrictOpt = typer.Option(False, "--strict", help="Stop at the first bad record.")


@app.command()
def tag(
    inputs: list[str] = InputsOpt,
    output: Path = typer.Option(..., "--output", "-o", help="Tags directory."),
    config: Optional[Path] = ConfigOpt,
    workers: int = WorkersOpt,
    executor: str = ExecutorOpt,
    ray_address: Optional[str] = RayOpt,
    strict: bool = StrictOpt,
    force: bool = typer.Option(False, "--force", help="Re-tag finished shards too."),
) -> None:
    """Classify every document and store its attributes (one parquet per shard; resumable)."""
    from pipeline.config import load_config
    from pipeline.report import print_tag_report
    from pipeline.tag import tag as run_tag

    report = run_tag(inputs, output, load_config(config), workers, executor, ray_address, strict, force,
                     show_progress=True)
    print_tag_report(out, report)


@app.command()
def materialize(
    inputs: list[str] = InputsOpt,
    tags: Path = typer.Option(..., "--tags", "-t", help="Tags directory written by glossator tag."),
    policy: str = typer.Option(..., "--policy", "-p", help="Policy YAML (or a shipped policy's name)."),
    output: Path = typer.Option(..., "--output", "-o", help="Dataset directory."),
    name: Optional[str] = typer.Option(None, "--name", help="Dataset name (default: the policy's)."),
    version: str = typer.Option("1", "--version", help="Dataset version."),
    parent: list[str] = typer.Option([], "--parent", help="Parent manifest path or content id (repeatable)."),
    workers: int = WorkersOpt,
    executor: str = ExecutorOpt,
    ray_address: Optional[str] = RayOpt,
    strict: bool = StrictOpt,
) -> None:
    """Apply a policy to stored tags: training shards, decision ledger and manifest."""
    from pipeline.config import load_policy
    from pipeline.materialize import materialize as run_materialize
    from pipeline.report import parent_ids, print_materialize_report

    report = run_materialize(inputs, tags, load_policy(policy), output, name, version, parent_ids(parent),
                             workers, executor, ray_address, strict, show_progress=True)
    print_materialize_report(out, report)


@app.command()
def classify(
    input: Path = typer.Argument(..., help="A jsonl file with id and text."),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write one JSON result per line."),
    config: Optional[Path] = ConfigOpt,
    strict: bool = StrictOpt,
) -> None:
    """Classify one file: {"id", "label", "scores", "stages"} per input line, in input order."""
    from pipeline.classify import classify_file
    from pipeline.config import load_config

    written, rejects = classify_file(input, output, load_config(config), strict)
    for r in rejects[:20]:
        err.print(f"rejected {input}:{r['line']}: {r['reason']}", markup=False, highlight=False)
    if len(rejects) > 20:
        err.print(f"... and {len(rejects) - 20} more rejects")
    out.print(f"classified {written} documents -> {output}" + (f" ({len(rejects)} rejected)" if rejects else ""))


@app.command()
def info(as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """Versions of glossator and its dependencies; every shipped model and template set with its sha256."""
    from pipeline.info import collect_info, print_info

    data = collect_info()
    if as_json:
        import orjson

        sys.stdout.write(orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n")
    else:
        print_info(out, data)


@app.command()
def demo(
    output: Path = typer.Option(Path("glossator-demo"), "--output", "-o", help="Where the demo writes."),
) -> None:
    """Build the ablation set of the bundled sample corpus through Prefect, on a temporary local server."""
    from flows.demo import run_demo  # the one place the CLI reaches up into flows/

    run_demo(output, out)


def _mount_subcommands() -> None:
    from pipeline import cli_classifiers, cli_commentary, cli_flows, cli_manifest

    app.add_typer(cli_classifiers.app, name="classifiers", help="Train, evaluate and calibrate the classifiers.")
    app.add_typer(cli_manifest.app, name="manifest", help="Diff, verify and export manifests.")
    app.add_typer(cli_commentary.app, name="commentary", help="Preview commentary on a document.")
    app.command(name="report")(cli_manifest.report_command)
    for name in ("serve", "deploy", "ablations"):
        app.command(name=name)(getattr(cli_flows, name))


_mount_subcommands()


def main() -> None:
    """Entry point: one clear line and a non-zero exit on any error, never a traceback."""
    import click

    from pipeline.config import ConfigError
    from pipeline.shards import InputError

    command = typer.main.get_command(app)
    try:
        code = command.main(standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except (InputError, ConfigError, FileNotFoundError, ValueError) as e:
        err.print(f"error: {e}", markup=False, highlight=False)
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - the last line of defence for a CLI
        if os.environ.get("GLOSSATOR_DEBUG"):
            raise
        err.print(f"error: {type(e).__name__}: {e} (GLOSSATOR_DEBUG=1 shows the traceback)", markup=False,
                  highlight=False)
        sys.exit(1)


if __name__ == "__main__":
    main()
