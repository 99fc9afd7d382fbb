"""`glossator commentary preview`: one wrapped document, to read."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(no_args_is_help=True)


@app.command()
def preview(
    input: str = typer.Option(..., "--input", "-i", help="A shard (jsonl, jsonl.gz or parquet)."),
    doc_id: str = typer.Option(..., "--id", help="The document's id."),
    label: Optional[str] = typer.Option(None, "--label", help="Label to frame it as (default: classify it)."),
    template_set: str = typer.Option("default", "--template-set", help="Template set name or directory."),
    action: str = typer.Option("contextualize", "--action", help="contextualize or tag."),
) -> None:
    """Print one document as the contextualize (or tag) action would write it."""
    from classifiers.cascade import load_cascade
    from pipeline.commentary import Commentary
    from pipeline.control_tokens import ControlTokens
    from pipeline.records import is_reject, is_shard_end
    from pipeline.shards import InputError, resolve_shards
    from pipeline.steps.reader import ShardReader

    shard = resolve_shards([input])[0]
    doc = next(
        (d for d in ShardReader([shard]).read_shard(shard) if not is_shard_end(d) and not is_reject(d) and d.id == doc_id),
        None,
    )
    if doc is None:
        raise InputError(f"{input}: no document with id {doc_id!r}")
    result = load_cascade(None).classify([doc.text])[0]
    label = label or result.label
    if action == "tag":
        text = ControlTokens().tag(doc.id, doc.text, label)
    else:
        commentary = Commentary(Path(template_set) if Path(template_set).is_dir() else template_set)
        if label not in commentary.labels:
            raise InputError(
                f"{doc_id} is classified {label!r}; template set {commentary.name!r} has commentary for "
                f"{', '.join(commentary.labels)} only: pass --label to preview it as one of those"
            )
        text = commentary.wrap(doc.id, doc.text, label, result.evidence).text
    Console().print(text, markup=False, highlight=False, soft_wrap=True)
