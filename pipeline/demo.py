"""`glossator demo`: the whole path on the bundled sample corpus."""

from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console

from pipeline.config import load_policy
from pipeline.materialize import materialize
from pipeline.report import print_materialize_report, print_tag_report
from pipeline.sample_corpus import sample_inputs
from pipeline.tag import tag


def run_demo(output: Path, workers: int, console: Console) -> None:
    """Tag the sample corpus into `output/tags`, materialize it with the default policy into `output/dataset`.

    Args:
        output: the demo's directory.
        workers: parallel tasks.
        console: where the summary goes.
    """
    started = time.time()
    inputs = sample_inputs()
    console.rule("1. tag the bundled sample corpus")
    tags = tag(inputs, output / "tags", workers=workers, show_progress=True)
    print_tag_report(console, tags)
    console.rule("2. materialize with the default policy")
    report = materialize(inputs, output / "tags", load_policy("default"), output / "dataset", workers=workers,
                         show_progress=True)
    print_materialize_report(console, report)
    console.print(f"demo finished in {time.time() - started:.1f} s; everything is under {output.resolve()}")
