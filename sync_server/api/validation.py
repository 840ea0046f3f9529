"""Reading a request body into its schema: a clear 400/413/422 naming what is wrong, never a 500.

Before the JSON is parsed, the body is checked against one set of limits, whatever the endpoint:
its size (the app's MAX_CONTENT_LENGTH; UNAUTHENTICATED_MAX_BYTES on endpoints anyone may call), its
nesting depth (MAX_DEPTH), no NUL character and no lone UTF-16 surrogate in a string (neither can be
stored: PostgreSQL refuses NUL, every driver refuses a lone surrogate). While parsing, an integer outside
the signed 64-bit range every database column holds, and NaN/Infinity, are refused."""
from __future__ import annotations

import json
import math
import re
from typing import NoReturn, TypeVar

from flask import abort, jsonify, make_response, request
from pydantic import BaseModel, ValidationError

M = TypeVar("M", bound=BaseModel)

MAX_DEPTH = 32                       # the deepest real message (a relay item's certificates) is 5 deep
UNAUTHENTICATED_MAX_BYTES = 64 << 10  # login and enrolment: a few hundred bytes each
INT64 = 1 << 63

# a JSON string, written unrolled (runs of plain bytes in one step): the alternation "(?:[^"\\]|\\.)*" it replaced
# matched a byte at a time, 85 ms for a relay batch's 3.5 MB (tests/sync_server/test_validation_speed.py)
_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKETS = bytes(b for b in range(256) if b not in b"[]{}")
_ONE_KIND = bytes.maketrans(b"[]", b"{}")
# \u0000, or a \uD800-\uDFFF escape that is not a high surrogate followed by a low one; the (\\\\)* makes
# sure the backslash starts an escape (an even run of backslashes before it is escaped backslashes)
_BAD_ESCAPE = re.compile(
    rb'(?<!\\)(?:\\\\)*(\\u0000|\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})'
    rb'|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})')


class BodyRefused(ValueError):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def nesting_depth_over(raw: bytes, limit: int = MAX_DEPTH) -> bool:
    """True when the JSON text ``raw`` nests arrays/objects more than ``limit`` deep. Runs at C speed
    (regex and bytes operations) on any body, so it can run before the parser, whose recursion is what a
    100,000-deep body attacks. Unbalanced brackets are left for the parser to name."""
    if raw.count(b"[") + raw.count(b"{") <= limit:
        return False
    skeleton = _STRING.sub(b"", raw).translate(_ONE_KIND, _NOT_BRACKETS)
    run = b"{" * (limit + 1)
    for _ in range(limit):   # each pass removes the innermost level; a run of limit+1 openers is too deep
        if run in skeleton:
            return True
        shorter = skeleton.replace(b"{}", b"")
        if len(shorter) == len(skeleton) or not shorter:
            return False
        skeleton = shorter
    return b"{}" in skeleton


def _bad_escape(raw: bytes) -> re.Match | None:
    """_BAD_ESCAPE's first match, looked for from the backslashes before the first \\u (none: no match can
    be). Tried at every byte of a relay batch's 3.5 MB of base64 it cost 180 ms, most of a worker's time."""
    first = raw.find(b"\\u")
    if first < 0:
        return None
    while first > 0 and raw[first - 1] == 0x5C:   # the run of backslashes it ends
        first -= 1
    return _BAD_ESCAPE.search(raw, first)


def _int64(text: str) -> int:
    value = int(text)
    if not -INT64 <= value < INT64:
        raise BodyRefused(422, "number_out_of_range", f"{text[:30]} is outside the range a number may have here "
                                                      f"(-2^63 to 2^63-1)")
    return value


def _finite(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise BodyRefused(422, "number_out_of_range", f"{text[:30]} is too large a number")
    return value


def _no_constant(name: str):
    raise BodyRefused(400, "malformed_json", f"the body is not JSON: {name} is not a JSON number")


def load_json(raw: bytes) -> object:
    """The body as JSON, within the limits of the module's docstring; raises BodyRefused."""
    if nesting_depth_over(raw):
        raise BodyRefused(400, "too_deep", f"the body nests arrays or objects more than {MAX_DEPTH} deep")
    bad = _bad_escape(raw)
    if bad:
        raise BodyRefused(400, "bad_characters", f"the body holds {bad.group(1).decode()!r}: a NUL or a lone "
                                                 f"surrogate is not text that can be stored")
    try:
        return json.loads(raw, parse_int=_int64, parse_float=_finite, parse_constant=_no_constant)
    except BodyRefused:
        raise
    except RecursionError:   # unreachable after the depth check; kept so it can never become a 500
        raise BodyRefused(400, "too_deep", "the body nests arrays or objects too deep") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BodyRefused(400, "malformed_json", f"the body is not JSON: {exc}") from None


def refuse(status: int, code: str, message: str, **extra) -> NoReturn:
    abort(make_response(jsonify(error=code, message=message, **extra), status))


def parse_body(model: type[M]) -> M:
    raw = request.get_data(cache=True)
    try:
        data = load_json(raw)
    except BodyRefused as exc:
        refuse(exc.status, exc.code, exc.message)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        fields = [{"field": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in exc.errors()]
        refuse(422, "invalid_message", "; ".join(f"{f['field']}: {f['problem']}" for f in fields), fields=fields)
