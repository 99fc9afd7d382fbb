"""`glossator classifiers train | eval | calibrate`: the classifier cascade's model lifecycle."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import typer

app = typer.Typer(no_args_is_help=True)

ModelsOpt = typer.Option(
    None, "--models-dir", help="Model directory (default: the shipped classifiers/models)."
)
SeedOpt = typer.Option(13, "--seed", help="Dataset and training seed.")
JsonOpt = typer.Option(None, "--json", help="Write the JSON report here.")


def _rows(splits: str, seed: int) -> list[dict]:
    """Rows of the comma-separated `splits` ("all" for every split)."""
    from classifiers.dataset.build import build_dataset

    wanted = set(splits.split(","))
    rows = [r for r in build_dataset(seed=seed) if "all" in wanted or r["split"] in wanted]
    if not rows:
        raise typer.BadParameter(f"no labelled rows in split(s) {splits!r}", param_hint="--split")
    return rows


def _config(models_dir: Path | None, stages: str | None) -> dict:
    from classifiers.cascade import default_config

    config = default_config()
    if models_dir:
        config["models_dir"] = str(models_dir)
    if stages:
        keep = stages.split(",")
        config["stages"] = [s for s in config["stages"] if s["name"] in keep]
        config["escalation"] = {k: v for k, v in config["escalation"].items() if k in keep}
    return config


@app.command()
def train(
    splits: str = typer.Option(
        "train,dev", "--splits", help="Comma-separated splits to train on (test is held out for eval)."
    ),
    models_dir: Path | None = ModelsOpt,
    seed: int = SeedOpt,
    check: bool = typer.Option(
        False, "--check", help="Train fastText twice and fail unless the bytes match."
    ),
    calibrate: bool = typer.Option(
        True,
        "--calibrate/--no-calibrate",
        help="Also store escalation thresholds fitted on the out-of-fold scores.",
    ),
    target_recall: float = typer.Option(0.98, "--target-recall", help="With --calibrate: see `calibrate`."),
    budget: float = typer.Option(0.10, "--background-budget", help="With --calibrate: see `calibrate`."),
) -> None:
    """Train fastText, tfidf and the semantic head, then the combiner on 5-fold out-of-fold probabilities
    (and, by default, the escalation thresholds on the same scores); refresh MODELS.json."""
    from classifiers.calibrate import calibrate_oof, write_thresholds
    from classifiers.registry import MODELS_DIR, file_sha256
    from classifiers.train import train_all, train_fasttext, write_models_manifest

    if "test" in splits.split(",") or "all" in splits.split(","):
        raise typer.BadParameter("the test split is for evaluation only", param_hint="--splits")
    rows = _rows(splits, seed)
    out_dir = models_dir or MODELS_DIR
    hashes, oof = train_all(rows, out_dir, seed=seed)
    for name, digest in hashes.items():
        typer.echo(f"{name}  sha256 {digest}")
    if calibrate:
        result = calibrate_oof(rows, oof, target_recall, budget if budget >= 0 else None)
        typer.echo(json.dumps(result, indent=2))
        typer.echo(f"wrote {write_thresholds(result, Path(out_dir) / 'cascade.json')}")
        write_models_manifest(out_dir)
    if check:
        with tempfile.TemporaryDirectory() as tmp:
            encoder = (models_dir or MODELS_DIR) / "minilm-m2v"
            again = file_sha256(
                train_fasttext(rows, Path(tmp) / "fasttext.ftz", seed=seed, encoder_dir=encoder)
            )
        if again != hashes["fasttext.ftz"]:
            typer.echo(f"fastText retrain gave different bytes: {again}", err=True)
            raise typer.Exit(1)
        typer.echo("reproducible: a second training gave the same bytes")


@app.command("eval")
def eval_(
    split: str = typer.Option("test", "--split", help="train, dev, test or all."),
    models_dir: Path | None = ModelsOpt,
    stages: str | None = typer.Option(None, "--stages", help="Comma-separated subset of stages to run."),
    output: Path | None = JsonOpt,
    seed: int = SeedOpt,
) -> None:
    """Per-label P/R/F1, binary F1, confusion matrix, subtle cases, lexicon recall, escalation rates."""
    from classifiers.cascade import load_cascade
    from classifiers.evaluate import evaluate, format_report

    rows = _rows(split, seed)
    report = evaluate(load_cascade(_config(models_dir, stages)), rows)
    report["split"] = split
    typer.echo(f"split={split}  " + format_report(report))
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        typer.echo(f"wrote {output}")


@app.command()
def calibrate(
    split: str = typer.Option(
        "train,dev", "--split", help="Split(s) to fit on, comma-separated (never test)."
    ),
    cv: int = typer.Option(
        5, "--cv", help="Folds for out-of-fold fastText scores (0: score with the shipped model)."
    ),
    target_recall: float = typer.Option(
        0.98, "--target-recall", help="Share of misaligned docs to escalate."
    ),
    budget: float = typer.Option(
        0.10,
        "--background-budget",
        help="Background escalation rate to spend on extra recall (negative: none).",
    ),
    write: bool = typer.Option(False, "--write", help="Store the thresholds in the cascade config."),
    models_dir: Path | None = ModelsOpt,
    seed: int = SeedOpt,
) -> None:
    """Escalation thresholds for the cheap stages reaching a target recall with the least background.

    With --cv (the default) fastText is retrained per fold so every document is scored by a model that
    never saw it; with --cv 0 the shipped model scores the split, which must then be one it was not
    trained on.
    """
    from classifiers.calibrate import calibrate as fit
    from classifiers.calibrate import calibrate_cv, write_thresholds
    from classifiers.cascade import DEFAULT_CONFIG_FILE, load_cascade
    from classifiers.train import write_models_manifest

    if "test" in split.split(",") or "all" in split.split(","):
        raise typer.BadParameter("calibrate on train/dev, never on test", param_hint="--split")
    rows = _rows(split, seed)
    limit = budget if budget >= 0 else None
    if cv:
        result = calibrate_cv(rows, target_recall, limit, cv)
    else:
        result = fit(load_cascade(_config(models_dir, None)), rows, target_recall, limit)
    typer.echo(json.dumps(result, indent=2))
    if write:
        config_file = (models_dir / "cascade.json") if models_dir else DEFAULT_CONFIG_FILE
        typer.echo(f"wrote {write_thresholds(result, config_file)}")
        write_models_manifest(config_file.parent)
