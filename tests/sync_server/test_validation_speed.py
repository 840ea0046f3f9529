"""The body checks run before JSON parsing (sync_server/api/validation.py) give what the slower forms they
replaced gave: a JSON string matched a byte at a time (85 ms for a relay batch's 3.5 MB) and the bad-escape
search tried at every byte (180 ms); together most of a province worker's CPU in the 100,000-result relay
(issue 17)."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from sync_server.api import validation

_OLD_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)

# bodies made of the bytes that matter to the two checks: quotes, backslashes, u, surrogate and NUL digits,
# brackets, and plain text between them
_pieces = st.sampled_from([b'"', b"\\", b"\\\\", b"u", b"\\u", b"d8", b"D8", b"00", b"0000", b"dc00", b"DC00",
                           b"{", b"}", b"[", b"]", b"ab", b"\xe5\xad\xa6", b",", b":", b"\n"])
_bodies = st.lists(_pieces, max_size=60).map(b"".join)


@settings(max_examples=800, deadline=None)
@given(_bodies)
def test_the_unrolled_string_pattern_removes_what_the_old_one_removed(raw):
    assert validation._STRING.sub(b"", raw) == _OLD_STRING.sub(b"", raw)


@settings(max_examples=800, deadline=None)
@given(_bodies)
@example(b'"\\\\\\u0000"')     # an escaped backslash, then a NUL escape: the match starts at the backslashes
@example(b'"x\\\\\\ud800"')
@example(b'"\\\\u0000"')         # an escaped backslash, then text: no match
def test_the_bad_escape_is_found_where_a_search_of_the_whole_body_finds_it(raw):
    whole = validation._BAD_ESCAPE.search(raw)
    found = validation._bad_escape(raw)
    assert (found.span(), found.group(1)) == (whole.span(), whole.group(1)) if whole else found is None


def test_a_relay_batch_sized_body_passes_and_a_lone_surrogate_at_its_end_is_still_found():
    body = b'{"items": [' + b",".join(b'{"envelope": "' + b"QUJD" * 4000 + b'"}' for _ in range(200)) + b"]}"
    assert not validation.nesting_depth_over(body) and validation._bad_escape(body) is None
    assert validation._bad_escape(body[:-2] + b'"\\ud800"]}') is not None
    assert validation._bad_escape(body[:-2] + b'"\\\\ud800"]}') is None   # an escaped backslash, then text
