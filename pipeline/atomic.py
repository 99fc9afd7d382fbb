"""Write-then-rename, so no partial file ever looks finished."""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def atomic_path(final: Path) -> Iterator[Path]:
    """Yield a temporary path beside `final`; on success rename it into place, on error remove it.

    Args:
        final: the path the finished file must have.
    """
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(f".{final.name}.tmp-{os.getpid()}-{threading.get_ident()}")
    try:
        yield tmp
        os.replace(tmp, final)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_atomic(final: Path, data: bytes) -> None:
    with atomic_path(final) as tmp:
        tmp.write_bytes(data)


def inside(root: Path, relative: str) -> Path:
    """`root / relative`, refusing any path that would land outside `root`.

    Args:
        root: the output root.
        relative: a path derived from input names or configuration.
    """
    root = root.resolve()
    target = (root / relative).resolve()
    if target != root and root not in target.parents:
        raise ValueError(f"output path {relative!r} escapes the output root {root}")
    return target
