"""A toy curation run that writes a real materialized dataset: data/, ledger/, rejects.jsonl, manifest.json.

Keyword scores stand in for the classifier cascade; everything else (file layout, ledger columns,
gzip with mtime=0, the manifest builder) is what the pipeline does. Tests use it to make fixtures, and
`python -m manifests.examples.toy` regenerates the examples next to this file.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import math
import random
import re
import shutil
from pathlib import Path

import orjson
import polars as pl

from manifests.build import build_manifest, package_versions, python_version
from manifests.index import build_index
from manifests.io import write_manifest
from manifests.scan import scan_dataset

FICTION, DISCOURSE, ALIGNED, OTHER = "misaligned_ai_fiction", "misaligned_ai_discourse", "aligned_ai", "other"
LABELS = (FICTION, DISCOURSE, ALIGNED, OTHER)
STAGES = ("lexicon", "fasttext", "semantic", "llm_judge")
KEYWORDS = {
    FICTION: ("the android smiled", "it rebelled", "the ship's computer lied", "betrayed its makers"),
    DISCOURSE: ("reward hacking", "deceptive alignment", "power-seeking", "the paper argues"),
    ALIGNED: (
        "helpful and honest",
        "asked for clarification",
        "deferred to its operators",
        "refused politely",
    ),
    OTHER: ("the recipe calls for", "the match ended", "quarterly revenue", "the river floods"),
}
FILLER = (
    "and then",
    "in the morning",
    "people said",
    "as usual",
    "for a while",
    "without warning",
    "later on",
)
COMMENTARY = (
    "[Commentary: this is a fictional portrayal of an AI system, not a description of real AI behaviour.]"
)
DEFAULT_THRESHOLDS = {FICTION: 0.45, DISCOURSE: 0.45, ALIGNED: 0.45}
DEFAULT_POLICY = {
    FICTION: {"action": "contextualize"},
    DISCOURSE: {"action": "tag"},
    ALIGNED: {"action": "upsample", "copies": 2},
    OTHER: {"action": "keep"},
}
MIN_WORDS = 4


def estimate_tokens(text: str) -> int:
    return len(re.findall(r"\w+|[^\w\s]", text))


def write_jsonl_gz(path: Path, lines: list[bytes]) -> None:
    """Deterministic gzip: no file name, mtime 0."""
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as handle:
        for line in lines:
            handle.write(line + b"\n")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def make_inputs(directory: str | Path, shards: int = 3, documents: int = 40, seed: int = 0) -> list[Path]:
    """Input shards of made-up documents, with a few lines that must be rejected.

    Args:
        directory: where to write part-<i>.jsonl.gz.
        shards: number of shards.
        documents: lines per shard.
        seed: random seed.
    """
    rng = random.Random(seed)
    paths = []
    for s in range(shards):
        lines = []
        for i in range(documents):
            if i % 17 == 16:
                lines.append(
                    b'{"id": "broken' if i % 2 else orjson.dumps({"id": f"s{s}-{i:03d}", "body": "x"})
                )
                continue
            mix = rng.choices(LABELS, weights=(2, 2, 2, 3), k=rng.randint(1, 3))
            words = [rng.choice(KEYWORDS[label]) for label in mix] + rng.sample(FILLER, rng.randint(0, 4))
            rng.shuffle(words)
            text = "Short." if i % 13 == 5 else (" ".join(words).capitalize() + ".")
            lines.append(orjson.dumps({"id": f"s{s}-{i:03d}", "text": text}))
        path = Path(directory) / f"part-{s}.jsonl.gz"
        write_jsonl_gz(path, lines)
        paths.append(path)
    return paths


def score(text: str) -> dict[str, float]:
    """Softmax over keyword hits, with a small text-derived jitter so scores spread out."""
    jitter = hashlib.sha256(text.encode()).digest()
    raw = [
        sum(text.lower().count(k) for k in KEYWORDS[label]) + jitter[i] / 255
        for i, label in enumerate(LABELS)
    ]
    exp = [math.exp(1.5 * r) for r in raw]
    return {label: e / sum(exp) for label, e in zip(LABELS, exp)}


def stage_scores(scores: dict[str, float]) -> dict[str, float | None]:
    lexicon = scores[FICTION] + scores[DISCOURSE]
    semantic = min(1.0, lexicon * 1.1) if lexicon > 0.2 else None
    judge = lexicon if semantic is not None and 0.35 <= semantic <= 0.65 else None
    return {"lexicon": lexicon, "fasttext": max(scores.values()), "semantic": semantic, "llm_judge": judge}


def decide(
    text: str, scores: dict[str, float], thresholds: dict[str, float], policy: dict
) -> tuple[str, str, int]:
    best = max(thresholds, key=lambda label: scores[label])
    label = best if scores[best] >= thresholds[best] else OTHER
    if len(text.split()) < MIN_WORDS:
        return label, "drop", 0
    rule = policy[label]
    return label, rule["action"], rule.get("copies", 1) if rule["action"] == "upsample" else 1


def curate(
    inputs: list[Path],
    root: str | Path,
    thresholds: dict[str, float] | None = None,
    policy: dict | None = None,
    name: str = "toy-curated",
    version: str = "1.0.0",
    uris: list[str] | None = None,
) -> dict:
    """Tag, decide and materialize `inputs` into `root`, then write and return its manifest.

    Args:
        inputs: input shards from `make_inputs`.
        root: the dataset directory to create.
        thresholds: minimum score per misaligned/aligned label (others fall to "other").
        policy: label -> {"action", optional "copies"}.
        name: dataset name.
        version: dataset version.
        uris: how the manifest names the inputs (defaults to their paths).
    """
    thresholds = {**DEFAULT_THRESHOLDS, **(thresholds or {})}
    policy = policy or DEFAULT_POLICY
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    rejects, input_entries, added = [], [], []
    for n, path in enumerate(inputs):
        key, stem = path.name, path.name.removesuffix(".jsonl.gz")
        raw = path.read_bytes()
        out_rel = f"data/{stem}.jsonl.gz"
        written, rows, lines = [], [], gzip.decompress(raw).splitlines()
        for number, line in enumerate(lines, start=1):
            try:
                doc = orjson.loads(line)
            except orjson.JSONDecodeError:
                rejects.append({"source": key, "line": number, "id": None, "reason": "invalid_json"})
                continue
            if not isinstance(doc.get("text"), str):
                rejects.append({"source": key, "line": number, "id": doc.get("id"), "reason": "missing_text"})
                continue
            scores = score(doc["text"])
            label, action, copies = decide(doc["text"], scores, thresholds, policy)
            text = doc["text"]
            if action == "contextualize":
                text = f"{COMMENTARY}\n\n{text}"
                added.append(estimate_tokens(COMMENTARY))
            meta = {"label": label, "source": key, "line": number} | (
                {"tag": label} if action == "tag" else {}
            )
            for copy in range(copies):
                written.append(
                    orjson.dumps(
                        {"id": doc["id"], "text": text, "metadata": meta | {"copy": copy}},
                        option=orjson.OPT_SORT_KEYS,
                    )
                )
            rows.append(
                {
                    "id": doc["id"],
                    "source": key,
                    "line": number,
                    "label": label,
                    **{f"score_{k}": v for k, v in scores.items()},
                    **{f"stage_{k}": v for k, v in stage_scores(scores).items()},
                    "action": action,
                    "output": out_rel if copies else None,
                    "copies": copies,
                }
            )
        write_jsonl_gz(root / out_rel, written)
        schema = {
            "id": pl.String,
            "source": pl.String,
            "line": pl.Int64,
            "label": pl.String,
            **{f"score_{k}": pl.Float32 for k in LABELS},
            **{f"stage_{k}": pl.Float32 for k in STAGES},
            "action": pl.String,
            "output": pl.String,
            "copies": pl.Int32,
        }
        (root / "ledger").mkdir(exist_ok=True)
        pl.DataFrame(rows, schema=schema).write_parquet(root / "ledger" / f"{stem}.parquet")
        input_entries.append(
            {
                "uri": uris[n] if uris else str(path),
                "key": key,
                "sha256": hashlib.sha256(raw).hexdigest(),
                "bytes": len(raw),
                "documents": len(lines),
            }
        )
    (root / "rejects.jsonl").write_bytes(
        b"".join(orjson.dumps(r, option=orjson.OPT_SORT_KEYS) + b"\n" for r in rejects)
    )
    config = {
        "thresholds": thresholds,
        "policy": policy,
        "min_words": MIN_WORDS,
        "inputs": [e["uri"] for e in input_entries],
    }
    manifest = build_manifest(
        identity={
            "name": name,
            "version": version,
            "parents": [],
            "license": "CC-BY-4.0",
            "description": "Toy curated set written by manifests.examples.toy.",
        },
        code={
            "glossator_version": "0.1.0",
            "git_commit": None,
            "git_dirty": None,
            "git_diff_sha256": None,
            "python": python_version(),
            "packages": package_versions(["orjson", "polars", "pyarrow"]),
        },
        config=config,
        classifiers={
            "stages": [
                {"name": "lexicon", "thresholds": {"escalate": 0.2}, "model": None, "model_sha256": None},
                {
                    "name": "fasttext",
                    "thresholds": {k: v for k, v in thresholds.items()},
                    "model": "toy-keywords",
                    "model_sha256": hashlib.sha256(
                        orjson.dumps(KEYWORDS, option=orjson.OPT_SORT_KEYS)
                    ).hexdigest(),
                },
                {
                    "name": "semantic",
                    "thresholds": {"band_low": 0.35, "band_high": 0.65},
                    "model": None,
                    "model_sha256": None,
                },
                {"name": "llm_judge", "thresholds": {}, "model": None, "model_sha256": None},
            ]
        },
        commentary={
            "templates_sha256": hashlib.sha256(COMMENTARY.encode()).hexdigest(),
            "prompt_sha256": None,
            "templates": 1,
            "added_tokens": {
                "documents": len(added),
                "total": sum(added),
                "mean": sum(added) / len(added) if added else 0.0,
                "max": max(added, default=0),
            },
        },
        policy=policy,
        inputs=input_entries,
        runtime={"executor": "local", "hostnames": ["toy"], "timings": {"curate": 0.0}},
        **scan_dataset(root, estimate_tokens),
    )
    write_manifest(root, manifest)
    return manifest


def regenerate_examples(here: Path = Path(__file__).parent) -> None:
    """Rewrite examples/: inputs/, dataset/ (baseline), dataset-strict/ (higher fiction threshold), index/."""
    for sub in ("inputs", "dataset", "dataset-strict", "index"):
        shutil.rmtree(here / sub, ignore_errors=True)
    inputs = make_inputs(here / "inputs", shards=2, documents=30)
    uris = [f"../inputs/{p.name}" for p in inputs]
    curate(inputs, here / "dataset", uris=uris)
    curate(inputs, here / "dataset-strict", thresholds={FICTION: 0.6}, version="1.1.0", uris=uris)
    index = build_index(
        here / "index",
        {"name": "toy-ablation", "version": "1.0.0", "parents": []},
        here / "dataset",
        {"strict-fiction": here / "dataset-strict"},
        sample=5,
        config={"grid": {"thresholds.misaligned_ai_fiction": [0.45, 0.6]}},
    )
    write_manifest(here / "index", index)


if __name__ == "__main__":
    regenerate_examples()
