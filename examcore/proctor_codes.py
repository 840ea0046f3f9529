"""Codes a proctor gives a station when the network is gone: resume a crashed attempt after the grace
period, grant extra time, pause a learner's clock or start it again. No server is needed on either side.

The station shows a *challenge*: 3 characters naming the station, 2 naming the attempt, 5 random. The
proctor types it into the proctor tool, which holds the package's proctor key (unlocked with the proctor
password, never with the start code a whole room hears), and reads back a *code*: an HMAC over the action,
its argument and the challenge, under the key of the station the challenge names (derived from the
package's key and the station's 3 characters). A station holds only its own key: the centre server derives
it and releases it with the content key at check-in, or the station derives it from the package's key once
the proctor password is typed there, and forgets the package's key. So a learner who reads one station's
key makes no code another station takes, nor one a server takes for another station (found by an outside
test, issue 14). That station's own codes it can make (the key that checks them makes them): so the
servers count extra time by code only up to CODE_GRANT_CAP_MINUTES, and every code
kept in a result stays visible to the reviewing administrator. The station
checks the code against the challenge it made itself, so a code made for another station, another attempt
or another action does not verify; each challenge is used once. 8 characters of Crockford base32 carry 40
bits of the HMAC: guessing is hopeless at one try per typing, and the station also stops after a few wrong
codes.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets

from examcore.startcode import ALPHABET

CHALLENGE_LEN = 10   # 3 name the station, 2 the attempt, 5 are random
CODE_LEN = 8
RESUME, EXTRA_TIME, PAUSE, UNPAUSE = "resume", "extra_time", "pause", "unpause"
START = "start"   # let a learner start although the station cannot vouch for the time (its clock is behind)
EXIT = "exit"     # close a learner's exam window before hand-in (the answers stay; the attempt resumes later),
                  # so the proctor password is never typed at a learner's PC where a station knows codes
CODE_ACTION_PREFIX = "code:"                  # action ids of actions taken by code: "code:" + the challenge
# extra time by code that counts for one attempt at most (servers: sync_server/results/acceptance.py; stations refuse
# a code past it before it is spent): a station can make its own codes (see above)
CODE_GRANT_CAP_MINUTES = 60
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


def _hashed(text: str, length: int) -> str:
    return _base32(hashlib.sha256(text.encode()).digest()[:2], length)


def station_tag(station_id: str) -> str:
    """3 characters naming a station in its challenges (15 bits: a 1 in 32,768 chance that two stations share
    them, and so share a key)."""
    return _hashed(f"xuefa station\x00{station_id}", 3)


def _attempt_tag(station_id: str, attempt_id: str) -> str:
    return _hashed(f"{station_id}\x00{attempt_id}", 2)


def new_challenge(station_id: str, attempt_id: str) -> str:
    """The station's 3 characters, the attempt's 2 (so the proctor can tell which seat asks, and a code
    made for one attempt is no code for another), 5 random."""
    return station_tag(station_id) + _attempt_tag(station_id, attempt_id) + \
        "".join(secrets.choice(ALPHABET) for _ in range(CHALLENGE_LEN - 5))


def challenge_names(challenge: str, station_id: str, attempt_id: str) -> bool:
    """The challenge was made for this station and attempt, so a code made for a neighbour's challenge, or
    for another attempt here, copied into this station's records, is no code here. (The station's 3 characters
    match another station's 1 time in 32,768; the attempt's 2 another attempt's of the same station 1 time
    in 1,024; the random part and the proctor's key do the rest, and code grants are capped per attempt.)"""
    normal = normalize(challenge, CHALLENGE_LEN)
    return normal is not None and normal[:5] == station_tag(station_id) + _attempt_tag(station_id, attempt_id)


def challenge_from(challenge: str, station_id: str) -> bool:
    """The challenge names this station (its first 3 characters)."""
    normal = normalize(challenge, CHALLENGE_LEN)
    return normal is not None and normal[:3] == station_tag(station_id)


def _station_key(package_key: bytes, tag: str) -> bytes:
    return hmac.new(package_key, f"xuefa proctor station key v1\x00{tag}".encode(), hashlib.sha256).digest()


def station_key(package_key: bytes, station_id: str) -> bytes:
    """The key one station checks the proctor's codes with: all a station is given of the package's key."""
    return _station_key(package_key, station_tag(station_id))


def _mac(key: bytes, action: str, challenge: str, argument: int) -> str:
    normal = normalize(challenge, CHALLENGE_LEN)
    if normal is None:
        raise ValueError("not a station challenge")
    mac = hmac.new(key, f"{action}\x00{argument}\x00{normal}".encode(), hashlib.sha256).digest()
    return group(_base32(mac[:5], CODE_LEN))


def make_code(package_key: bytes, action: str, challenge: str, argument: int = 0) -> str:
    """What the proctor tool shows for a challenge a station displays (``argument``: extra minutes), under
    the key of the station the challenge names. Raises ValueError for what is not a challenge."""
    normal = normalize(challenge, CHALLENGE_LEN)
    if normal is None:
        raise ValueError("not a station challenge")
    return _mac(_station_key(package_key, normal[:3]), action, normal, argument)


def code_ok(package_key: bytes, action: str, challenge: str, typed: str, argument: int = 0) -> bool:
    """A server's check of a code in a result, with the package's proctor key."""
    code = normalize(typed, CODE_LEN)
    return code is not None and normalize(challenge, CHALLENGE_LEN) is not None and \
        hmac.compare_digest(group(code), make_code(package_key, action, challenge, argument))


def station_code(key: bytes, action: str, challenge: str, argument: int = 0) -> str:
    """The code for one of this station's own challenges, with the station's key (``station_key``): what
    the station keeps as proof when the proctor typed the password here instead of a code."""
    return _mac(key, action, challenge, argument)


def station_code_ok(key: bytes, action: str, challenge: str, typed: str, argument: int = 0) -> bool:
    """A station's check of a code typed for one of its own challenges, with its key (``station_key``)."""
    code = normalize(typed, CODE_LEN)
    return code is not None and normalize(challenge, CHALLENGE_LEN) is not None and \
        hmac.compare_digest(group(code), station_code(key, action, challenge, argument))
