"""The password rule for every account (administrators on the server, learners on the station), in one
place: OWASP ASVS 5.0 level 2, V6.2: at least 12 characters, not a common password, not the user name,
and no composition rules (no "needs a digit": they make passwords weaker, not stronger).

``password_problems(user, new)`` gives stable problem codes; the server words them in English, the
station in Chinese. The blocklist is examcore/data/common-passwords.txt (30 000 passwords, the zxcvbn
frequency list; see the file's head).
"""
from __future__ import annotations

import functools
import string
from importlib import resources

MIN_LENGTH = 12
PADDING = string.digits + string.punctuation + " "   # what stretches a listed password to pass the length
MAX_LENGTH = 128   # argon2 takes any length; this only bounds the work one request can ask for

# codes → the server's plain English (the station has its own Chinese words for each code)
WORDS = {
    "too_short": f"have at least {MIN_LENGTH} characters",
    "too_long": f"have at most {MAX_LENGTH} characters",
    "common_password": "not be a common password (this one is on the list of the most used passwords)",
    "too_simple": "not be only spaces or a few repeated keys (such as 111111111111)",
    "contains_user_name": "not contain the user name",
}


@functools.cache
def common_passwords() -> frozenset[str]:
    text = resources.files("examcore").joinpath("data/common-passwords.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_common(password: str) -> bool:
    """On the list, also with digits or punctuation added at either end (``Password2026!``,
    ``qwerty123456``) or spaces between the keys (``1 2 3 4 5 6 7 8``): the usual ways a listed password is
    stretched to pass a length rule."""
    common = common_passwords()
    low = password.lower()
    if low in common:
        return True
    core = low.strip(PADDING)
    if len(core) >= 4 and core in common:
        return True
    spaced = low.replace(" ", "")   # 1 2 3 4 5 6 7 8 is 12345678 typed with spaces
    return spaced != low and (spaced in common or len(core := spaced.strip(PADDING)) >= 4 and core in common)


def is_too_simple(password: str) -> bool:
    """Only spaces, digits or punctuation, of at most four different keys (``111111111111``, twelve spaces,
    ``1212!!1212!!``): guessed at once, though on no list."""
    return password.strip(PADDING) == "" and len(set(password)) <= 4


def password_problems(user_name: str, password: str) -> list[str]:
    """Problem codes (empty: the password is acceptable): too_short, too_long, too_simple (spaces or a few
    repeated keys), common_password (on the list), contains_user_name."""
    out = []
    if len(password) < MIN_LENGTH:
        out.append("too_short")
    if len(password) > MAX_LENGTH:
        out.append("too_long")
    if password and is_too_simple(password):   # an empty one is only too short
        out.append("too_simple")
    elif is_common(password):
        out.append("common_password")
    name = user_name.strip().lower()
    if name and name in password.lower():
        out.append("contains_user_name")
    return out


def describe(problems: list[str]) -> str:
    """The server's message: "the password must have at least 12 characters and not be a common password …"."""
    return "the password must " + " and ".join(WORDS.get(p, p) for p in problems)
