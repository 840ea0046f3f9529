"""Canonical JSON bytes: the one byte form that is hashed and signed everywhere."""
from __future__ import annotations

import base64
import json
from typing import Any


def _refuse(value: Any) -> Any:
    raise TypeError(f"not canonical-JSON serialisable: {type(value).__name__}")


# one encoder, made once: json.dumps with options builds a new one per call, and servers hash every
# event of every result they ingest
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False,
                            default=_refuse)


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8; floats are refused because they do not round-trip exactly."""
    return _ENCODER.encode(obj).encode("utf-8")


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
