"""Tagging one shard of a larger run, so shards can be separate (concurrent, cached, retried) tasks."""

from __future__ import annotations

from pathlib import Path

from pipeline.config import GlossatorConfig
from pipeline.shards import Shard
from pipeline.tag import tag_shards


def tag_shard(shard: Shard, tags: Path, config: GlossatorConfig | None = None, strict: bool = False) -> dict:
    """Tag `shard` into `tags` under its run key; returns its meta.

    Args:
        shard: the shard, with its key in the whole run (from `resolve_shards` over all inputs).
        tags: the tags directory shared by the run.
        config: reader and classifier configuration.
        strict: stop at the first bad record.
    """
    report = tag_shards([shard], tags, config, strict=strict, force=True,
                        logs_dir=tags / "logs" / "shards" / shard.key)
    return report.shards[0]
