"""Start codes a proctor reads out: 12 characters of Crockford base32 (60 bits), in groups of four."""
from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U: nothing to misread
LENGTH = 12
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def new_start_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, LENGTH, 4))


def normalize_start_code(typed: str) -> str | None:
    """Canonical form of what a learner typed, or None if it cannot be a start code."""
    chars = [_READ_AS.get(c, c) for c in typed.upper() if c not in " -\t"]
    code = "".join(chars)
    if len(code) != LENGTH or any(c not in ALPHABET for c in code):
        return None
    return code
