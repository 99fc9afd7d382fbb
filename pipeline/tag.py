"""`glossator tag`: shards in, attributes out, one parquet per shard; finished shards are skipped."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from pipeline.atomic import write_atomic
from pipeline.attributes import ATTRIBUTES_DIR, META_DIR, read_meta
from pipeline.config import GlossatorConfig
from pipeline.executor import build_executor, run_executor
from pipeline.shards import Shard, resolve_shards, sha256_of
from pipeline.steps.attributes_writer import AttributesWriter
from pipeline.steps.reader import ShardReader
from pipeline.steps.tagger import CascadeTagger

RUN_FILE = "tags.json"


@dataclass
class TagReport:
    """What a tagging run did.

    Args:
        output: the tags directory.
        shards: every shard's meta (from this run or an earlier one).
        tagged: keys of the shards tagged by this run.
        skipped: keys of the shards already finished, with the same bytes and classifier version.
        seconds: wall time of this run.
    """

    output: Path
    shards: list[dict]
    tagged: list[str]
    skipped: list[str]
    seconds: float
    classifier_version: str
    stages: list[dict] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return sum(m["documents"] for m in self.shards)

    @property
    def rejected(self) -> int:
        return sum(m["rejected"] for m in self.shards)

    def label_counts(self) -> dict[str, int]:
        import polars as pl

        files = [self.output / m["attributes"] for m in self.shards]
        if not files:
            return {}
        counts = pl.scan_parquet(files).group_by("label").len().collect()
        return dict(zip(counts["label"].to_list(), counts["len"].to_list()))


def is_finished(tags_dir: Path, shard: Shard, classifier_version: str) -> bool:
    """True when the shard's meta exists, was made by this classifier version, from these exact bytes."""
    meta = read_meta(tags_dir, shard.key)
    if meta is None or meta.get("classifier_version") != classifier_version:
        return False
    if not (tags_dir / meta["attributes"]).exists():
        return False
    return meta["sha256"] == sha256_of(shard.uri)[0]


def _clean_partials(tags_dir: Path, shards: list[Shard]) -> None:
    """Remove temporary files left by a killed run for these shards (never another run's)."""
    for shard in shards:
        for sub in (ATTRIBUTES_DIR, META_DIR, "rejects"):
            for tmp in (tags_dir / sub).glob(f".{shard.key}.*.tmp-*"):
                tmp.unlink(missing_ok=True)


def tag(
    inputs: list[str],
    output: str | Path,
    config: GlossatorConfig | None = None,
    workers: int = 1,
    executor: str = "local",
    ray_address: str | None = None,
    strict: bool = False,
    force: bool = False,
    show_progress: bool = False,
) -> TagReport:
    """Tag every shard matched by `inputs` into `output`.

    Args:
        inputs: paths, globs or fsspec URLs of jsonl, jsonl.gz or parquet shards.
        output: the tags directory (attributes/, rejects/, meta/, logs/, tags.json).
        config: reader and classifier configuration.
        workers: parallel tasks.
        executor: "local" or "ray".
        ray_address: Ray cluster address for executor="ray".
        strict: stop at the first bad record.
        force: re-tag shards even when they are finished.
        show_progress: draw a progress bar on stderr.
    """
    return tag_shards(resolve_shards(inputs), output, config, workers, executor, ray_address, strict, force,
                      show_progress)


def tag_shards(
    shards: list[Shard],
    output: str | Path,
    config: GlossatorConfig | None = None,
    workers: int = 1,
    executor: str = "local",
    ray_address: str | None = None,
    strict: bool = False,
    force: bool = False,
    show_progress: bool = False,
    logs_dir: Path | None = None,
) -> TagReport:
    """Tag already-resolved shards (keys fixed by the caller) into `output`; see `tag`.

    Several calls may share one `output` concurrently, each with its own shards and `logs_dir`
    (the Prefect flow runs one call per shard).

    Args:
        logs_dir: datatrove's logs for this call (default `output/logs`).
    """
    from classifiers.cascade import load_cascade

    started = time.time()
    config = config or GlossatorConfig()
    output = Path(output)
    cascade = load_cascade(config.classifiers or None)
    version = cascade.version
    output.mkdir(parents=True, exist_ok=True)
    _clean_partials(output, shards)
    pending = [s for s in shards if force or not is_finished(output, s, version)]
    skipped = [s.key for s in shards if s not in pending]
    for shard in pending:
        (output / META_DIR / f"{shard.key}.json").unlink(missing_ok=True)
    if pending:
        steps = [
            ShardReader(pending, strict=strict, **config.reader.model_dump()),
            CascadeTagger(config.classifiers or None, batch_size=config.batch_size),
            AttributesWriter(str(output), cascade.stage_names, version),
        ]
        run = build_executor(steps, len(pending), workers, logs_dir or output / "logs", executor, ray_address)

        def finished() -> int:
            return sum(1 for s in pending if (output / META_DIR / f"{s.key}.json").exists())

        run_executor(run, len(pending), finished, "tagging shards", show_progress)
    metas = [read_meta(output, s.key) for s in shards]
    missing = [s.key for s, m in zip(shards, metas) if m is None]
    if missing:
        raise RuntimeError(f"tagging did not finish shard(s): {', '.join(missing)}; see {output / 'logs'}")
    report = TagReport(
        output=output,
        shards=metas,
        tagged=[s.key for s in pending],
        skipped=skipped,
        seconds=time.time() - started,
        classifier_version=version,
        stages=cascade.describe(),
    )
    run_file = {
        "classifier_version": version,
        "stages": report.stages,
        "config": config.model_dump(),
    }
    write_atomic(output / RUN_FILE, orjson.dumps(run_file, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
    return report
