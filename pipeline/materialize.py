"""`glossator materialize`: stored tags + a policy -> training shards, a decision ledger and a manifest."""

from __future__ import annotations

import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import orjson
import polars as pl
import pyarrow.parquet as pq

from pipeline.attributes import attributes_path, read_meta
from pipeline.config import Policy, ReaderConfig
from pipeline.executor import build_executor, run_executor
from pipeline.shards import InputError, Shard, resolve_shards, sha256_of
from pipeline.steps.joiner import TagJoiner
from pipeline.steps.output_writer import DATA_DIR, LEDGER_DIR, REJECTS_DIR, STATS_DIR, OutputWriter
from pipeline.steps.policy import PolicyApplier
from pipeline.steps.reader import ShardReader
from pipeline.tag import RUN_FILE

MANIFEST = "manifest.json"
OUTCOME_TERMS = ("kept", "contextualized", "tagged", "dropped", "rejected")


@dataclass
class MaterializeReport:
    """What a materialize run wrote.

    Args:
        output: the dataset directory.
        manifest: the manifest as written.
        stats: per-shard counts.
        seconds: wall time.
        input_bytes: bytes of the input shards.
    """

    output: Path
    manifest: dict
    stats: list[dict]
    seconds: float
    input_bytes: int

    @property
    def manifest_path(self) -> Path:
        return self.output / MANIFEST

    @property
    def totals(self) -> dict[str, int]:
        keys = (*OUTCOME_TERMS, "upsample_copies")
        totals = {k: sum(s["outcomes"][k] for s in self.stats) for k in keys}
        totals["read"] = sum(s["read"] for s in self.stats)
        totals["written"] = sum(s["written"] for s in self.stats)
        return totals

    def by_label_action(self) -> dict[str, dict[str, int]]:
        table: dict[str, dict[str, int]] = {}
        for s in self.stats:
            for label, actions in s["by_label_action"].items():
                for action, n in actions.items():
                    table.setdefault(label, {}).setdefault(action, 0)
                    table[label][action] += n
        return table


def check_tagged(tags_dir: Path, shards: list[Shard]) -> list[dict]:
    """Each shard's tag meta, refusing shards that were never tagged or whose bytes changed since."""
    metas = []
    for shard in shards:
        meta = read_meta(tags_dir, shard.key)
        if meta is None:
            raise InputError(f"{shard.uri}: not tagged in {tags_dir} (no meta/{shard.key}.json); run glossator tag")
        sha256, _ = sha256_of(shard.uri)
        if sha256 != meta["sha256"]:
            raise InputError(
                f"{shard.uri}: refusing shard: sha256 {sha256[:16]}… differs from the one tagged "
                f"({meta['sha256'][:16]}…); re-run glossator tag"
            )
        metas.append(meta)
    versions = {m["classifier_version"] for m in metas}
    if len(versions) > 1:
        raise InputError(f"{tags_dir}: shards were tagged by different classifier versions: {sorted(versions)}")
    return metas


def find_duplicates(tags_dir: Path, shards: list[Shard]) -> dict[str, dict[int, str]]:
    """Records whose id was already seen earlier in the run (by shard key, then line): key -> {line: reason}."""
    frames = [
        pl.scan_parquet(attributes_path(tags_dir, s.key))
        .select("id", "line")
        .with_columns(pl.lit(s.key).alias("source"), pl.lit(i).alias("order"))
        for i, s in enumerate(shards)
    ]
    if not frames:
        return {}
    ids = pl.concat(frames).collect().sort("order", "line")
    ids = ids.with_columns(
        pl.col("source").first().over("id").alias("first_source"),
        pl.col("line").first().over("id").alias("first_line"),
        pl.int_range(pl.len()).over("id").alias("nth"),
    ).filter(pl.col("nth") > 0)
    duplicates: dict[str, dict[int, str]] = {}
    for row in ids.iter_rows(named=True):
        reason = f"duplicate id: {row['id']!r} first seen at {row['first_source']}:{row['first_line']}"
        duplicates.setdefault(row["source"], {})[row["line"]] = reason
    return duplicates


def _clear_outputs(output: Path) -> None:
    for sub in (DATA_DIR, LEDGER_DIR, REJECTS_DIR, STATS_DIR, "logs"):
        shutil.rmtree(output / sub, ignore_errors=True)
    for name in (MANIFEST, "rejects.jsonl"):
        (output / name).unlink(missing_ok=True)


def materialize(
    inputs: list[str],
    tags: str | Path,
    policy: Policy,
    output: str | Path,
    name: str | None = None,
    version: str = "1",
    parents: list[str] | None = None,
    workers: int = 1,
    executor: str = "local",
    ray_address: str | None = None,
    strict: bool = False,
    show_progress: bool = False,
) -> MaterializeReport:
    """Apply `policy` to the tagged shards and write the dataset into `output`.

    Args:
        inputs: the shards that were tagged (paths, globs or fsspec URLs).
        tags: the tags directory.
        policy: the validated policy.
        output: the dataset directory (data/, ledger/, rejects.jsonl, manifest.json).
        name: dataset name in the manifest (default: the policy's name).
        version: dataset version in the manifest.
        parents: content ids of parent manifests (lineage).
        workers: parallel tasks.
        executor: "local" or "ray".
        ray_address: Ray cluster address for executor="ray".
        strict: stop at the first bad record.
        show_progress: draw a progress bar on stderr.
    """
    from pipeline.manifest import build_dataset_manifest

    started = time.time()
    tags_dir, output = Path(tags), Path(output)
    shards = resolve_shards(inputs)
    metas = check_tagged(tags_dir, shards)
    run_file = orjson.loads((tags_dir / RUN_FILE).read_bytes())
    reader = ReaderConfig(**run_file["config"]["reader"])
    stage_names = [
        f.name.removeprefix("stage_")
        for f in pq.read_schema(attributes_path(tags_dir, shards[0].key))
        if f.name.startswith("stage_")
    ]
    duplicates = find_duplicates(tags_dir, shards)
    output.mkdir(parents=True, exist_ok=True)
    _clear_outputs(output)
    steps = [
        ShardReader(shards, strict=strict, **reader.model_dump()),
        TagJoiner(str(tags_dir), duplicates),
        PolicyApplier(policy),
        OutputWriter(str(output), stage_names),
    ]
    run = build_executor(steps, len(shards), workers, output / "logs", executor, ray_address)

    def finished() -> int:
        return sum(1 for s in shards if (output / STATS_DIR / f"{s.key}.json").exists())

    run_executor(run, len(shards), finished, "materializing shards", show_progress)
    missing = [s.key for s in shards if not (output / STATS_DIR / f"{s.key}.json").exists()]
    if missing:
        raise RuntimeError(f"materialize did not finish shard(s): {', '.join(missing)}; see {output / 'logs'}")
    stats = [orjson.loads((output / STATS_DIR / f"{s.key}.json").read_bytes()) for s in shards]
    for s in stats:
        accounted = sum(s["outcomes"][k] for k in OUTCOME_TERMS)
        if accounted != s["read"]:
            raise RuntimeError(f"{s['key']}: {s['read']} records read but {accounted} accounted for")
    with open(output / "rejects.jsonl", "wb") as merged:
        for s in shards:
            merged.write((output / REJECTS_DIR / f"{s.key}.jsonl").read_bytes())
    shutil.rmtree(output / REJECTS_DIR)
    manifest = build_dataset_manifest(
        output=output,
        name=name or policy.name,
        version=version,
        parents=parents or [],
        policy=policy,
        run_file=run_file,
        tag_metas=metas,
        stats=stats,
        started=started,
        executor=executor,
        workers=workers,
    )
    return MaterializeReport(output, manifest, stats, time.time() - started, sum(s["bytes"] for s in stats))
