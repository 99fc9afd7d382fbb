"""The benchmark corpus: web-like jsonl.gz shards of ~2 KB documents, composed from the labelled dataset.

Each document joins texts of one (label, kind) group, drawn at random, and is cut at a word boundary to a
length uniform in [1,500, 2,500] characters. Groups are drawn in the sample corpus's web-like proportions
(mostly ordinary text, a few percent AI narratives). Deterministic: same arguments, same bytes. A finished
corpus is recorded in `corpus.json` (written last) and reused.
"""

from __future__ import annotations

import gzip
import random
from dataclasses import asdict, dataclass
from pathlib import Path

import orjson

from pipeline.sample_corpus import MIX

MIN_CHARS, MAX_CHARS = 1500, 2500
RECORD = "corpus.json"


@dataclass
class Corpus:
    """A generated corpus on disk.

    Args:
        root: its directory.
        shards: file names of its shards, in order.
        documents: documents in all shards.
        jsonl_bytes: uncompressed JSONL bytes (the "text size" rates are measured against).
        gz_bytes: bytes on disk.
    """

    root: Path
    shards: list[str]
    documents: int
    jsonl_bytes: int
    gz_bytes: int

    @property
    def paths(self) -> list[Path]:
        return [self.root / s for s in self.shards]

    @property
    def glob(self) -> str:
        return str(self.root / "*.jsonl.gz")


class DocumentSource:
    """Endless ~2 KB documents in web-like proportions.

    Args:
        seed: the random seed.
    """

    def __init__(self, seed: int = 0):
        from classifiers.dataset.build import build_dataset

        rows = build_dataset()
        self.groups = list(MIX)
        self.weights = [MIX[g] for g in self.groups]
        self.pools = {
            g: [r["text"] for r in rows if r["label"] == g[0] and (g[1] is None or r["kind"] == g[1])]
            for g in self.groups
        }
        self.rng = random.Random(seed)

    def document(self) -> tuple[str, str]:
        """(label, text) of the next document."""
        group = self.rng.choices(self.groups, self.weights)[0]
        pool = self.pools[group]
        size = self.rng.randint(MIN_CHARS, MAX_CHARS)
        parts, length = [], 0
        while length < size:
            parts.append(self.rng.choice(pool))
            length += len(parts[-1]) + 2
        text = "\n\n".join(parts)[:size]
        cut = text.rfind(" ", MIN_CHARS // 2)
        return group[0], text[:cut] if cut > 0 else text


def write_shard(
    path: Path,
    source: DocumentSource,
    prefix: str,
    documents: int | None = None,
    jsonl_bytes: int | None = None,
) -> tuple[int, int]:
    """Write one jsonl.gz shard of `documents` documents, or of about `jsonl_bytes` uncompressed bytes.

    Returns (documents, uncompressed bytes).
    """
    n = size = 0
    tmp = path.with_name(path.name + ".tmp")
    with gzip.open(tmp, "wb", compresslevel=6) as out:
        while (documents is not None and n < documents) or (jsonl_bytes is not None and size < jsonl_bytes):
            label, text = source.document()
            line = orjson.dumps({"id": f"{prefix}-{n:07d}", "text": text, "source_label": label}) + b"\n"
            out.write(line)
            n += 1
            size += len(line)
    tmp.replace(path)
    return n, size


def _load(root: Path, params: dict) -> Corpus | None:
    record = root / RECORD
    if not record.exists():
        return None
    data = orjson.loads(record.read_bytes())
    if data.get("params") != params or not all((root / s).exists() for s in data["shards"]):
        return None
    return Corpus(root=root, **{k: data[k] for k in ("shards", "documents", "jsonl_bytes", "gz_bytes")})


def _save(corpus: Corpus, params: dict) -> Corpus:
    data = {"params": params, **{k: v for k, v in asdict(corpus).items() if k != "root"}}
    (corpus.root / RECORD).write_bytes(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    return corpus


def corpus(root: Path, documents: int, shard_documents: int, seed: int = 0) -> Corpus:
    """The corpus of `documents` documents in shards of `shard_documents`, generated once under `root`."""
    params = {"documents": documents, "shard_documents": shard_documents, "seed": seed, "v": 1}
    found = _load(root, params)
    if found:
        return found
    root.mkdir(parents=True, exist_ok=True)
    for stale in root.glob("*.jsonl.gz"):
        stale.unlink()
    source = DocumentSource(seed)
    shards, total, size = [], 0, 0
    for i in range(0, documents, shard_documents):
        name = f"part-{i // shard_documents:05d}.jsonl.gz"
        n, b = write_shard(
            root / name, source, f"d{i // shard_documents:05d}", min(shard_documents, documents - i)
        )
        shards.append(name)
        total, size = total + n, size + b
    gz = sum((root / s).stat().st_size for s in shards)
    return _save(Corpus(root, shards, total, size, gz), params)


def single_shard(root: Path, jsonl_bytes: int, seed: int = 1) -> Corpus:
    """One shard of about `jsonl_bytes` uncompressed bytes, generated once under `root`."""
    params = {"jsonl_bytes": jsonl_bytes, "seed": seed, "v": 1}
    found = _load(root, params)
    if found:
        return found
    root.mkdir(parents=True, exist_ok=True)
    n, size = write_shard(root / "shard.jsonl.gz", DocumentSource(seed), "s", jsonl_bytes=jsonl_bytes)
    return _save(Corpus(root, ["shard.jsonl.gz"], n, size, (root / "shard.jsonl.gz").stat().st_size), params)
