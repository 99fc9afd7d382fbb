"""`glossator classify`: one jsonl file in, one result per valid line out, in input order."""

from __future__ import annotations

from pathlib import Path

import orjson

from pipeline.atomic import atomic_path
from pipeline.config import GlossatorConfig
from pipeline.records import is_reject, is_shard_end
from pipeline.shards import InputError, Shard, shard_format
from pipeline.steps.reader import ShardReader


def result_row(doc_id: str, result) -> dict:
    return {"id": doc_id, "label": result.label, "scores": result.scores, "stages": result.stages}


def classify_file(
    input: str | Path, output: str | Path, config: GlossatorConfig, strict: bool = False
) -> tuple[int, list[dict]]:
    """Classify `input` into `output`; returns (documents written, rejects).

    Args:
        input: a jsonl, jsonl.gz or parquet file with id and text.
        output: the results file (jsonl), written atomically.
        config: reader and classifier configuration.
        strict: raise at the first bad record.
    """
    from classifiers.cascade import load_cascade

    input, output = Path(input), Path(output)
    if not input.exists():
        raise InputError(f"{input}: no such file")
    shard = Shard(uri=str(input), key=input.name, format=shard_format(input.name) or "jsonl")
    reader = ShardReader([shard], strict=strict, **config.reader.model_dump())
    cascade = load_cascade(config.classifiers or None)
    rejects: list[dict] = []
    written = 0
    batch: list = []
    with atomic_path(output) as tmp, open(tmp, "wb") as sink:

        def flush() -> None:
            for doc, result in zip(batch, cascade.classify([d.text for d in batch])):
                sink.write(orjson.dumps(result_row(doc.id, result)) + b"\n")
            batch.clear()

        for doc in reader.read_shard(shard):
            if is_shard_end(doc):
                continue
            if is_reject(doc):
                rejects.append({"line": doc.metadata["line"], "id": doc.id or None, "reason": doc.metadata["reject"]})
                continue
            batch.append(doc)
            written += 1
            if len(batch) >= config.batch_size:
                flush()
        flush()
    return written, rejects
