"""Gathering a materialized dataset's manifest: what went in, what came out, with which code and models."""

from __future__ import annotations

import hashlib
import socket
import subprocess
import time
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

import polars as pl

from manifests import build_manifest, package_versions, python_version, scan_dataset, write_manifest
from pipeline.config import Policy
from pipeline.tokens import estimate_tokens

PACKAGES = ("datatrove", "fasttext-numpy2-wheel", "model2vec", "numpy", "orjson", "polars", "pyarrow")
COMMENTARY_ACTIONS = ("contextualize", "rewrite")


def code_section() -> dict:
    """glossator's version and the git state of its source tree (null outside a git checkout)."""
    root = Path(__file__).resolve().parent.parent

    def git(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            return None
        return done.stdout.decode() if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    diff = git("diff", "HEAD", "--", "pipeline", "classifiers", "manifests", "flows") if commit else None
    return {
        "glossator_version": metadata.version("glossator"),
        "git_commit": commit.strip() if commit else None,
        "git_dirty": bool(diff) if commit else None,
        "git_diff_sha256": hashlib.sha256(diff.encode()).hexdigest() if diff else None,
        "python": python_version(),
        "packages": package_versions(PACKAGES),
    }


def classifier_stages(stages: list[dict]) -> list[dict]:
    """`Cascade.describe()` in the manifest's shape; model paths reduced to file names (machine-independent)."""
    section = []
    for stage in stages:
        names = {role: Path(path).name for role, path in stage.get("models", {}).items()}
        shas = stage.get("sha256", {})
        if len(shas) == 1:
            model_sha = next(iter(shas.values()))
        elif shas:
            model_sha = hashlib.sha256("".join(f"{k}:{shas[k]}\n" for k in sorted(shas)).encode()).hexdigest()
        else:
            model_sha = None
        section.append(
            {
                "name": stage["name"],
                "thresholds": stage.get("thresholds", {}),
                "model": ", ".join(f"{role}={name}" for role, name in sorted(names.items())) or None,
                "model_sha256": model_sha,
                "params": {"options": stage.get("options", {}), "models": names, "sha256": shas,
                           "expensive": stage.get("expensive", False)},
            }
        )
    return section


def commentary_section(policy: Policy, ledger_files: list[Path], output_tokens: int) -> dict | None:
    """Template set, prompt and added-token figures; None when the policy adds no commentary."""
    if not any(rule.action in COMMENTARY_ACTIONS for rule in policy.rules.values()):
        return None
    from pipeline.commentary import Commentary

    cfg = policy.contextualize
    info = Commentary(cfg.template_set, placement=cfg.placement, max_added_tokens=cfg.max_added_tokens).info()
    prompt_sha = None
    ledger = pl.read_parquet(ledger_files, columns=["action", "added_tokens", "note"])
    if any(rule.action == "rewrite" for rule in policy.rules.values()):
        from pipeline.actions import rewrite_prompt
        from pipeline.rewrite import load_prompt

        prompt_sha = load_prompt(rewrite_prompt(policy))[2]
    added = ledger.filter(pl.col("action").is_in(COMMENTARY_ACTIONS))["added_tokens"]
    rewrites = ledger.filter(pl.col("action") == "rewrite")["note"].value_counts(sort=True)
    total = int(added.sum() or 0)
    return {
        "template_set": info["template_set"],
        "templates_sha256": info["sha256"],
        "prompt_sha256": prompt_sha,
        "placement": info["placement"],
        "delimiters": info["delimiters"],
        "max_added_tokens": info["max_added_tokens"],
        "added_tokens": {
            "documents": added.len(),
            "total": total,
            "mean": float(added.mean() or 0.0),
            "max": int(added.max() or 0),
        },
        "share_of_output_tokens": total / output_tokens if output_tokens else 0.0,
        "rewrite": dict(zip(rewrites["note"].to_list(), rewrites["count"].to_list())) or None,
    }


def build_dataset_manifest(
    output: Path,
    name: str,
    version: str,
    parents: list[dict],
    policy: Policy,
    run_file: dict,
    tag_metas: list[dict],
    stats: list[dict],
    started: float,
    executor: str,
    workers: int,
) -> dict:
    """Scan the dataset directory and write its manifest.json; returns the manifest."""
    scanned = scan_dataset(output, estimate_tokens)
    ledger_files = [output / entry["path"] for entry in scanned["ledger"]]
    manifest = build_manifest(
        identity={"name": name, "version": version, "parents": parents, "description": policy.description},
        code=code_section(),
        config={"tag": run_file["config"], "policy": policy.model_dump()},
        classifiers={"stages": classifier_stages(run_file["stages"])},
        commentary=commentary_section(
            policy, ledger_files, sum(o["estimated_tokens"] for o in scanned["outputs"])
        ),
        policy={
            label: {**rule.model_dump(), "threshold": policy.thresholds.get(label)}
            for label, rule in policy.rules.items()
        },
        inputs=[
            {"uri": m["uri"], "key": m["key"], "sha256": m["sha256"], "bytes": m["bytes"], "documents": m["read"]}
            for m in tag_metas
        ],
        runtime={
            "started_at": datetime.fromtimestamp(started, timezone.utc).isoformat(),
            "finished_at": datetime.now(timezone.utc).isoformat(),
            "duration_s": round(time.time() - started, 3),
            "hostnames": [socket.gethostname()],
            "executor": executor,
            "workers": workers,
        },
        **scanned,
    )
    write_manifest(output, manifest)
    return manifest
