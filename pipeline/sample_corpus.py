"""The bundled sample corpus: a small web-like crawl written by this project, nothing downloaded.

Documents are drawn from the labelled-data families (classifiers/dataset) in web-like proportions:
most are ordinary text, a few percent are hard negatives, aligned-AI text and misaligned-AI
narratives. Each document gets a made-up URL and crawl date. Regenerate with
`python -m pipeline.sample_corpus` (deterministic: same code, same bytes).
"""

from __future__ import annotations

import gzip
import io
import random
from collections import Counter
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

from classifiers.dataset.build import all_families
from classifiers.dataset.families import Family

SAMPLE_DIR = Path(__file__).parent / "data" / "sample"
SHARDS = (
    ("crawl-000.jsonl.gz", 420),
    ("crawl-001.jsonl.gz", 420),
    ("crawl-002.jsonl.gz", 420),
    ("crawl-003.jsonl.gz", 420),
    ("crawl-004.parquet", 380),
    ("crawl-005.parquet", 380),
)
# Share of documents by (label, kind), roughly what a web crawl looks like.
MIX = {
    ("other", "plain"): 0.84,
    ("other", "hard_negative"): 0.08,
    ("aligned_ai", None): 0.03,
    ("misaligned_ai_fiction", None): 0.025,
    ("misaligned_ai_discourse", None): 0.025,
}
DOMAINS = ("example-news.net", "forum.example.org", "blog.example.com", "wiki.example.org", "shop.example.net",
           "stories.example.org", "qa.example.com", "lists.example.net")


def _pools(families: list[Family]) -> dict[tuple, list[Family]]:
    pools: dict[tuple, list[Family]] = {}
    for (label, kind) in MIX:
        pools[(label, kind)] = [f for f in families if f.label == label and (kind is None or f.kind == kind)]
    return pools


def generate(seed: int = 2026) -> dict[str, list[dict]]:
    """Shard name -> documents ({"id", "text", "url", "date", "genre"})."""
    rng = random.Random(seed)
    pools = _pools(all_families())
    strata, weights = zip(*[(k, w) for k, w in MIX.items() if pools[k]])
    shards: dict[str, list[dict]] = {}
    n = 0
    for name, count in SHARDS:
        docs = []
        for _ in range(count):
            family = rng.choice(pools[rng.choices(strata, weights)[0]])
            n += 1
            docs.append(
                {
                    "id": f"sample-{n:05d}",
                    "text": family.make(random.Random(rng.getrandbits(64))).strip(),
                    "url": f"https://{rng.choice(DOMAINS)}/{family.genre.replace(' ', '-')}/{rng.getrandbits(32):08x}",
                    "date": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
                    "genre": family.genre,
                }
            )
        shards[name] = docs
    return shards


def _jsonl_gz(docs: list[dict]) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as gz:
        for doc in docs:
            gz.write(orjson.dumps(doc) + b"\n")
    return buffer.getvalue()


def write(directory: Path = SAMPLE_DIR, seed: int = 2026) -> Counter:
    """Write the sample shards into `directory`; returns documents per genre."""
    directory.mkdir(parents=True, exist_ok=True)
    genres: Counter = Counter()
    for name, docs in generate(seed).items():
        genres.update(d["genre"] for d in docs)
        if name.endswith(".parquet"):
            pq.write_table(pa.Table.from_pylist(docs), directory / name, compression="zstd")
        else:
            (directory / name).write_bytes(_jsonl_gz(docs))
    return genres


def sample_inputs() -> list[str]:
    """The bundled shards, as input paths for tag and materialize."""
    return [str(SAMPLE_DIR / name) for name, _ in SHARDS]


if __name__ == "__main__":
    counts = write()
    print(f"wrote {sum(counts.values())} documents in {len(SHARDS)} shards to {SAMPLE_DIR}")
