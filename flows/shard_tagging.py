"""Tagging one shard of a larger run, so shards can be separate (concurrent, cached, retried) tasks.

`pipeline.tag.tag` names a shard after its path relative to the run's common directory and keeps one logs
directory per run. A lone shard is tagged in its own staging directory, then its files are moved into the
shared tags directory under the run's key, meta last (the meta file marks a shard finished).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import orjson

from pipeline.atomic import write_atomic
from pipeline.attributes import ATTRIBUTES_DIR, META_DIR, REJECTS_DIR, attributes_path, meta_path
from pipeline.config import GlossatorConfig
from pipeline.shards import Shard

STAGING_DIR = ".staging"


def tag_shard(shard: Shard, tags: Path, config: GlossatorConfig | None = None, strict: bool = False) -> dict:
    """Tag `shard` into `tags` under `shard.key`; returns its meta.

    Records without an id get `<key>#<line>` ids from the shard's own file name, not the run key.

    Args:
        shard: the shard, with its key in the whole run (from `resolve_shards` over all inputs).
        tags: the tags directory shared by the run.
        config: reader and classifier configuration.
        strict: stop at the first bad record.
    """
    from pipeline.tag import tag

    staging = tags / STAGING_DIR / shard.key
    shutil.rmtree(staging, ignore_errors=True)
    meta_path(tags, shard.key).unlink(missing_ok=True)
    report = tag([shard.uri], staging, config=config, strict=strict, force=True)
    meta = report.shards[0]
    local = meta["key"]
    attributes = attributes_path(tags, shard.key)
    attributes.parent.mkdir(parents=True, exist_ok=True)
    os.replace(attributes_path(staging, local), attributes)
    rejects = (staging / REJECTS_DIR / f"{local}.jsonl").read_bytes()
    if local != shard.key:
        rows = [orjson.loads(line) for line in rejects.splitlines()]
        rejects = b"".join(orjson.dumps({**row, "source": shard.key}) + b"\n" for row in rows)
    write_atomic(tags / REJECTS_DIR / f"{shard.key}.jsonl", rejects)
    logs = tags / "logs" / "shards" / shard.key
    shutil.rmtree(logs, ignore_errors=True)
    logs.parent.mkdir(parents=True, exist_ok=True)
    os.replace(staging / "logs", logs)
    meta = {**meta, "key": shard.key, "attributes": f"{ATTRIBUTES_DIR}/{attributes.name}"}
    write_atomic(tags / META_DIR / f"{shard.key}.json", orjson.dumps(meta, option=orjson.OPT_INDENT_2))
    shutil.rmtree(staging, ignore_errors=True)
    return meta
