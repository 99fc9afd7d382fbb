"""How documents, rejects and shard boundaries travel between glossator's datatrove steps.

Every input line becomes exactly one Document: a valid one, or a reject carrying its reason in
`metadata["reject"]`. After a shard's last line the reader sends one `shard_end` marker, so the steps
downstream can finish per-shard files without knowing the file list.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from datatrove.data import Document

SHARD_END = "shard_end"


@dataclass
class ShardSummary:
    """What the reader saw of one shard.

    Args:
        key: the shard's key.
        uri: where it was read from.
        sha256: digest of the shard's bytes as read.
        bytes: size of the shard.
        read: input records (lines or rows), rejects included.
    """

    key: str
    uri: str
    sha256: str
    bytes: int
    read: int
    rejects: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def reject(shard: str, line: int, reason: str, doc_id: str | None = None) -> Document:
    return Document(text="", id=doc_id or "", metadata={"shard": shard, "line": line, "reject": reason})


def shard_end(summary: ShardSummary) -> Document:
    return Document(text="", id="", metadata={"shard": summary.key, SHARD_END: summary})


def is_shard_end(doc: Document) -> bool:
    return SHARD_END in doc.metadata


def is_reject(doc: Document) -> bool:
    return "reject" in doc.metadata


def reason_kind(reason: str) -> str:
    """The counting key of a reject reason: the text before the first colon."""
    return reason.split(":", 1)[0]
