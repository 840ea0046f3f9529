"""Canonical JSON bytes: the one byte form that is hashed and signed everywhere."""
from __future__ import annotations

import base64
import json
from typing import Any

try:   # optional: the server's province extra and the tests install it; stations do without
    import orjson as _orjson
except ImportError:   # pragma: no cover - depends on the installation
    _orjson = None  # type: ignore[assignment]


def _refuse(value: Any) -> Any:
    raise TypeError(f"not canonical-JSON serialisable: {type(value).__name__}")


# one encoder, made once: json.dumps with options builds a new one per call, and servers hash every
# event of every result they ingest
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False,
                            default=_refuse)
# and below it, the C encoder _ENCODER.encode makes anew at every call, made once (with the same arguments
# JSONEncoder.iterencode passes it, but no table of the objects being encoded, which threads would share:
# data that refers to itself is not JSON and fails with RecursionError instead of ValueError). A server hashes
# about forty events per result; this halves the cost of each. tests/examcore/test_regrade.py holds the two
# to the same bytes.
# c_make_encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)
_C_ENCODER = (json.encoder.c_make_encoder(None, _refuse, json.encoder.encode_basestring, None, ":", ",", True,  # type: ignore[attr-defined]
                                          False, False)
              if json.encoder.c_make_encoder is not None else None)  # type: ignore[attr-defined]


def canonical_json(obj: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8, as json.dumps writes them; NaN and infinities are refused, and so is any
    type json cannot write (a tuple is written as a list, a number key as text, as json does)."""
    if _C_ENCODER is None:
        return _ENCODER.encode(obj).encode("utf-8")
    return "".join(_C_ENCODER(obj, 0)).encode("utf-8")


def canonical_json_floatless(obj: Any) -> bytes:
    """``canonical_json`` of a value parsed from JSON in which no float was found, faster when orjson is
    installed (the province installs it: a server hashes every event of every result).

    The precondition matters: orjson writes some floats otherwise (1e-7, json 1e-07), NaN as null, and types
    json refuses (datetime, UUID, dataclasses) where ``canonical_json`` raises. For what JSON parsing gives
    without floats (dicts with text keys, lists, text, integers, true/false/null) its sorted compact UTF-8 is
    json's, byte for byte (tests/examcore/test_regrade.py holds the two to that). What orjson refuses of
    those (an integer beyond 64 bits, a lone surrogate) is left to ``canonical_json``, which writes it or
    refuses it as it always did."""
    if _orjson is not None:
        try:
            return _orjson.dumps(obj, option=_orjson.OPT_SORT_KEYS)
        except TypeError:   # orjson.JSONEncodeError is a TypeError
            pass
    return canonical_json(obj)


def b64e(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64d(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
