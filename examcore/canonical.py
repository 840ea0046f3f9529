"""Canonical JSON bytes: the one byte form that is hashed and signed everywhere."""
from __future__ import annotations

import base64
import json
from typing import Any


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8; floats are refused because they do not round-trip exactly."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False, default=_refuse).encode("utf-8")


def _refuse(value: Any) -> Any:
    raise TypeError(f"not canonical-JSON serialisable: {type(value).__name__}")


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
