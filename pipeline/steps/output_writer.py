"""OutputWriter: per shard, the training shard, its decision ledger, its rejects and its counts."""

from __future__ import annotations

import gzip
import os
from collections import Counter, defaultdict
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
from datatrove.data import Document

from classifiers.labels import LABELS
from pipeline.atomic import atomic_path, inside, write_atomic
from pipeline.records import reason_kind
from pipeline.shards import Shard
from pipeline.steps.per_shard import PerShardWriter

DATA_DIR, LEDGER_DIR, REJECTS_DIR, STATS_DIR = "data", "ledger", "rejects", "stats"


def ledger_schema(stage_names: list[str]) -> pa.Schema:
    return pa.schema(
        [
            pa.field("id", pa.string()),
            pa.field("source", pa.string()),
            pa.field("line", pa.int64()),
            pa.field("label", pa.string()),
            *[pa.field(f"score_{label}", pa.float32()) for label in LABELS],
            *[pa.field(f"stage_{stage}", pa.float32()) for stage in stage_names],
            pa.field("action", pa.string()),
            pa.field("output", pa.string()),
            pa.field("copies", pa.int32()),
            pa.field("added_tokens", pa.int32()),
            pa.field("note", pa.string()),
        ]
    )


def output_name(shard_key: str) -> str:
    return f"{DATA_DIR}/{Shard(uri='', key=shard_key, format='').stem}.jsonl.gz"


class OutputWriter(PerShardWriter):
    """Writes what the policy decided; every input record lands in exactly one count.

    Args:
        output_dir: the dataset directory.
        stage_names: the cascade's stages (ledger columns).
        compression_level: gzip level of the training shards (mtime is fixed at 0, so bytes are stable).
    """

    name = "📦 training shard writer"

    def __init__(self, output_dir: str, stage_names: list[str], compression_level: int = 6):
        super().__init__()
        self.output_dir = output_dir
        self.stage_names = stage_names
        self.compression_level = compression_level

    def open_shard(self, key: str) -> _ShardOutput:
        return _ShardOutput(Path(self.output_dir), key, self)


class _ShardOutput:
    def __init__(self, root: Path, key: str, step: OutputWriter):
        self.root, self.key, self.step = root, key, step
        self.name = output_name(key)
        self.final = inside(root, self.name)
        self.final.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.final.with_name(f".{self.final.name}.tmp-{os.getpid()}")
        self.raw = open(self.tmp, "wb")
        self.gz = gzip.GzipFile(filename="", mode="wb", fileobj=self.raw, mtime=0,
                                compresslevel=step.compression_level)
        self.ledger: list[dict] = []
        self.rejects: list[bytes] = []
        self.by_label_action: dict[str, Counter] = defaultdict(Counter)
        self.outcomes: Counter = Counter()
        self.rejects_by_reason: Counter = Counter()
        self.written = self.added_tokens = 0

    def add(self, doc: Document) -> None:
        attrs = doc.metadata["attrs"]
        action, outcome_class, outcome = doc.metadata["decision"]
        fields = doc.metadata.get("fields") or {}
        provenance = {"source": self.key, "line": doc.metadata["line"], "label": attrs["label"], "action": action}
        for i, text in enumerate(outcome.texts):
            doc_id = doc.id if i == 0 else f"{doc.id}#copy{i + 1}"
            record = {"id": doc_id, "text": text, "metadata": {**fields, "glossator": provenance}}
            self.gz.write(orjson.dumps(record, option=orjson.OPT_SORT_KEYS) + b"\n")
        self.written += len(outcome.texts)
        self.added_tokens += outcome.added_tokens
        self.outcomes[outcome_class] += 1
        if len(outcome.texts) > 1:
            self.outcomes["upsample_copies"] += len(outcome.texts) - 1
        self.by_label_action[attrs["label"]][action] += 1
        row = {k: attrs[k] for k in ("id", "line", "label")}
        row.update({f"score_{label}": attrs[f"score_{label}"] for label in LABELS})
        row.update({f"stage_{s}": attrs.get(f"stage_{s}") for s in self.step.stage_names})
        row.update(source=self.key, action=action, output=self.name if outcome.texts else None,
                   copies=len(outcome.texts), added_tokens=outcome.added_tokens, note=outcome.note)
        self.ledger.append(row)

    def add_reject(self, doc: Document) -> None:
        meta = doc.metadata
        record = {"source": self.key, "line": meta["line"], "id": doc.id or None, "reason": meta["reject"]}
        self.rejects.append(orjson.dumps(record) + b"\n")
        self.rejects_by_reason[reason_kind(meta["reject"])] += 1
        self.outcomes["rejected"] += 1

    def finish(self, summary: dict) -> None:
        self.gz.close()
        self.raw.close()
        os.replace(self.tmp, self.final)
        ledger = pa.Table.from_pylist(self.ledger, schema=ledger_schema(self.step.stage_names))
        ledger_path = inside(self.root, f"{LEDGER_DIR}/{self.key}.parquet")
        with atomic_path(ledger_path) as tmp:
            pq.write_table(ledger, tmp, compression="zstd")
        write_atomic(inside(self.root, f"{REJECTS_DIR}/{self.key}.jsonl"), b"".join(self.rejects))
        stats = {
            "key": self.key,
            "uri": summary["uri"],
            "sha256": summary["sha256"],
            "bytes": summary["bytes"],
            "read": summary["read"],
            "outcomes": {k: self.outcomes.get(k, 0) for k in
                         ("kept", "contextualized", "tagged", "dropped", "rejected", "upsample_copies")},
            "rejects_by_reason": dict(sorted(self.rejects_by_reason.items())),
            "by_label_action": {lab: dict(sorted(c.items())) for lab, c in sorted(self.by_label_action.items())},
            "output": self.name,
            "written": self.written,
            "added_tokens": self.added_tokens,
            "ledger": f"{LEDGER_DIR}/{self.key}.parquet",
        }
        write_atomic(inside(self.root, f"{STATS_DIR}/{self.key}.json"),
                     orjson.dumps(stats, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2))

    def abandon(self) -> None:
        self.gz.close()
        self.raw.close()
        self.tmp.unlink(missing_ok=True)

