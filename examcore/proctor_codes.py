"""Codes a proctor gives a station when the network is gone: resume a crashed attempt after the grace
period, grant extra time, pause a learner's clock or start it again. No server is needed on either side.

The station shows a *challenge* made from its station id, the attempt id and a fresh random nonce; the
proctor types the challenge into the proctor tool, which holds the package's proctor key (unlocked with the
proctor password, never with the start code a whole room hears), and reads back a *code*: an HMAC under
that key over the action, its argument and the challenge. The station holds the same key: released by the
centre server with the content key, or unwrapped once with the proctor password typed at the station.
The station checks the code against the challenge it made itself, so a code made for another station,
another attempt or another action does not verify; each challenge is used once. 8 characters of Crockford base32 carry 40 bits of the HMAC: guessing is hopeless at one try per
typing, and the station also stops after a few wrong codes.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from examcore.startcode import ALPHABET

CHALLENGE_LEN = 8
CODE_LEN = 8
RESUME, EXTRA_TIME, PAUSE, UNPAUSE = "resume", "extra_time", "pause", "unpause"
START = "start"   # let a learner start although the station cannot vouch for the time (its clock is behind)
CODE_ACTION_PREFIX = "code:"                  # action ids of actions taken by code: "code:" + the challenge
_READ_AS = {"O": "0", "I": "1", "L": "1"}


def _base32(data: bytes, length: int) -> str:
    number = int.from_bytes(data, "big")
    out = []
    for _ in range(length):
        number, digit = divmod(number, 32)
        out.append(ALPHABET[digit])
    return "".join(out)


def group(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalize(typed: str, length: int) -> str | None:
    code = "".join(_READ_AS.get(c, c) for c in typed.upper() if c not in " -\t")
    return code if len(code) == length and all(c in ALPHABET for c in code) else None


def _tag(station_id: str, attempt_id: str) -> str:
    return _base32(hashlib.sha256(f"{station_id}\x00{attempt_id}".encode()).digest()[:2], 3)


def new_challenge(station_id: str, attempt_id: str) -> str:
    """3 characters naming the station and attempt (so the proctor can tell which seat asks), 5 random."""
    return _tag(station_id, attempt_id) + "".join(secrets.choice(ALPHABET) for _ in range(CHALLENGE_LEN - 3))


def challenge_names(challenge: str, station_id: str, attempt_id: str) -> bool:
    """The challenge was made for this station and attempt (its tag), so a code made for a neighbour's
    challenge, copied into this station's records, is no code here. (3 characters: a 1 in 32,768 chance
    that another seat's tag matches; the random part and the proctor's key do the rest.)"""
    normal = normalize(challenge, CHALLENGE_LEN)
    return normal is not None and normal[:3] == _tag(station_id, attempt_id)


def make_code(key: bytes, action: str, challenge: str, argument: int = 0) -> str:
    """What the proctor tool shows for a challenge a station displays (``argument``: extra minutes)."""
    normal = normalize(challenge, CHALLENGE_LEN)
    if normal is None:
        raise ValueError("not a station challenge")
    mac = hmac.new(key, f"{action}\x00{argument}\x00{normal}".encode(), hashlib.sha256).digest()
    return group(_base32(mac[:5], CODE_LEN))


def code_ok(key: bytes, action: str, challenge: str, typed: str, argument: int = 0) -> bool:
    code = normalize(typed, CODE_LEN)
    return code is not None and hmac.compare_digest(group(code), make_code(key, action, challenge, argument))
