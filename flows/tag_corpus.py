"""The `tag-corpus` flow: one task per shard, cached on the shard's sha256 and the classifier version."""

from __future__ import annotations

import hashlib
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.client.orchestration import get_client
from prefect.concurrency.sync import concurrency
from prefect.futures import wait
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.tasks import exponential_backoff

from flows.artifacts import publish_tags
from flows.names import tag_run_name
from flows.shard_tagging import tag_shard
from pipeline.config import GlossatorConfig, load_config
from pipeline.shards import Shard, resolve_shards, sha256_of
from pipeline.tag import is_finished

TAG_LIMIT = "glossator-tag"  # global concurrency limit shared by every run on a server
DEFAULT_PARALLEL = 2
MAX_THREADS = 8


def shard_cache_key(context, parameters: dict) -> str:
    """Same tags directory, shard, bytes and classifier version: same key."""
    raw = "\n".join(
        [
            str(Path(parameters["tags"]).resolve()),
            parameters["shard"].key,
            parameters["sha256"],
            parameters["classifier_version"],
        ]
    )
    return "glossator-tag-" + hashlib.sha256(raw.encode()).hexdigest()


def ensure_limit(name: str = TAG_LIMIT, limit: int = DEFAULT_PARALLEL) -> int:
    """Create the global concurrency limit if the server has none by that name; returns its limit."""
    from prefect.exceptions import ObjectNotFound

    with get_client(sync_client=True) as client:
        try:
            return client.read_global_concurrency_limit_by_name(name).limit
        except ObjectNotFound:
            client.upsert_global_concurrency_limit_by_name(name, limit)
            return limit


@task(name="classifier-version", task_run_name="classifier version")
def classifier_version(config: GlossatorConfig) -> str:
    from classifiers.cascade import load_cascade

    return load_cascade(config.classifiers or None).version


@task(name="inspect-shard", task_run_name="inspect {shard.key}", retries=2, retry_delay_seconds=5)
def inspect_shard(shard: Shard, tags: str, classifier_version: str) -> dict:
    return {"sha256": sha256_of(shard.uri)[0], "finished": is_finished(Path(tags), shard, classifier_version)}


@task(
    name="tag-shard",
    task_run_name="tag {shard.key}",
    cache_key_fn=shard_cache_key,
    persist_result=True,
    retries=3,
    retry_delay_seconds=exponential_backoff(10),
    retry_jitter_factor=0.5,
    tags=["glossator"],
)
def tag_shard_task(
    shard: Shard,
    tags: str,
    sha256: str,
    classifier_version: str,
    config: GlossatorConfig,
    strict: bool = False,
) -> dict:
    with concurrency(TAG_LIMIT, occupy=1):
        if is_finished(Path(tags), shard, classifier_version):
            return {"key": shard.key, "tagged": False}
        meta = tag_shard(shard, Path(tags), config, strict)
    return {"key": shard.key, "tagged": True, "sha256": meta["sha256"], "documents": meta["documents"]}


@task(name="finish-tagging", task_run_name="finish {tags}")
def finish_tagging(inputs: list[str], tags: str, config: GlossatorConfig) -> dict:
    """The run file over all shards (every one is finished by now, so nothing is tagged again)."""
    from pipeline.tag import tag

    report = tag(inputs, tags, config=config)
    return {
        "tagged": report.tagged,
        "shards": [m["key"] for m in report.shards],
        "documents": report.documents,
        "rejected": report.rejected,
        "labels": report.label_counts(),
        "classifier_version": report.classifier_version,
    }


@flow(
    name="tag-corpus", flow_run_name=tag_run_name, task_runner=ThreadPoolTaskRunner(max_workers=MAX_THREADS)
)
def tag_corpus(
    inputs: list[str],
    tags: str,
    config: str | None = None,
    strict: bool = False,
    parallel: int = DEFAULT_PARALLEL,
    retries: int = 3,
    retry_delay_seconds: float = 10.0,
) -> dict:
    """Tag every shard not already tagged with these bytes by this classifier version.

    Args:
        inputs: shards (paths, globs or fsspec URLs).
        tags: the tags directory.
        config: a glossator config YAML (reader, classifiers); None for the defaults.
        strict: stop at the first bad record.
        parallel: shards tagged at once, server-wide (global concurrency limit `glossator-tag`, created
            with this value when missing; an existing limit is left as it is).
        retries: attempts after a failed shard, with exponential backoff.
        retry_delay_seconds: the first backoff delay; it doubles at each retry.
    """
    logger = get_run_logger()
    cfg = load_config(config)
    limit = ensure_limit(TAG_LIMIT, parallel)
    shards = resolve_shards(inputs)
    version = classifier_version(cfg)
    logger.info(f"{len(shards)} shard(s), classifier version {version}, at most {limit} tagged at once")
    inspected = [inspect_shard.submit(s, tags, version) for s in shards]
    runs = []
    for shard, info in zip(shards, inspected):
        info = info.result()
        task_ = tag_shard_task.with_options(
            refresh_cache=not info["finished"],
            retries=retries,
            retry_delay_seconds=exponential_backoff(retry_delay_seconds)(retries),
        )
        runs.append(task_.submit(shard, tags, info["sha256"], version, cfg, strict))
    wait(runs)
    outcomes = [(run.state.name == "Cached", run.result()) for run in runs]
    final = finish_tagging(inputs, tags, cfg)
    tagged = sorted({r["key"] for cached, r in outcomes if not cached and r["tagged"]} | set(final["tagged"]))
    summary = {
        "tags": str(Path(tags).resolve()),
        "classifier_version": version,
        "shards": final["shards"],
        "tagged": tagged,
        "skipped": [k for k in final["shards"] if k not in tagged],
        "cached": [r["key"] for cached, r in outcomes if cached],
        "documents": final["documents"],
        "rejected": final["rejected"],
        "labels": final["labels"],
    }
    publish_tags(summary)
    return summary
