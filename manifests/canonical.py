"""Canonical JSON: the one byte form of a manifest, so equal content means equal bytes and hashes."""

from __future__ import annotations

import hashlib
import math
from typing import Any

import orjson

from manifests.errors import ManifestError

SIGNIFICANT_DIGITS = 6


def round_float(value: float, where: str = "$") -> float:
    """Round to 6 significant digits; refuse NaN and infinities, which JSON cannot carry.

    Args:
        value: the number.
        where: its key path, for the error message.
    """
    if not math.isfinite(value):
        raise ManifestError(f"{where}: {value} is not a finite number")
    rounded = float(f"{value:.{SIGNIFICANT_DIGITS}g}")
    return 0.0 if rounded == 0 else rounded  # no "-0.0"


def normalize(obj: Any, where: str = "$") -> Any:
    """Plain JSON values with floats rounded, tuples as lists and numpy scalars as Python numbers.

    Args:
        obj: dicts with string keys, lists, tuples, str, int, float, bool or None.
        where: key path of `obj`, for error messages.
    """
    if obj is None or isinstance(obj, (bool, str)):
        return obj
    if isinstance(obj, int):
        return int(obj)
    if isinstance(obj, float):
        return round_float(obj, where)
    if isinstance(obj, dict):
        out = {}
        for key, value in obj.items():
            if not isinstance(key, str):
                raise ManifestError(f"{where}: key {key!r} is not a string")
            out[key] = normalize(value, f"{where}.{key}")
        return out
    if isinstance(obj, (list, tuple)):
        return [normalize(value, f"{where}[{i}]") for i, value in enumerate(obj)]
    item = getattr(obj, "item", None)  # numpy scalars
    if callable(item) and getattr(obj, "shape", None) == ():
        return normalize(item(), where)
    raise ManifestError(f"{where}: {type(obj).__name__} is not a JSON value")


def dumps(obj: Any) -> bytes:
    """Canonical bytes: normalized values, sorted keys, two-space indent, UTF-8, trailing newline.

    Args:
        obj: any JSON-like value (see `normalize`).
    """
    return orjson.dumps(normalize(obj), option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"


def sha256_hex(obj: Any) -> str:
    """The sha256 of an object's canonical bytes."""
    return hashlib.sha256(dumps(obj)).hexdigest()
