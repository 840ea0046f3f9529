"""A server's time stamps shown in this PC's local time (a clerk in Beijing reads 10:18, not 02:18Z).

Servers send ISO 8601 in UTC: with ``Z``, with an offset, or naive (the server's database keeps naive UTC).
"""
from __future__ import annotations

from examcore.clock import local_text


def local_time(value: str | None, seconds: bool = False) -> str:
    """``value`` as local "YYYY-MM-DD HH:MM" (":SS" with ``seconds``); "" for none; text that is not a
    time stamp is returned unchanged rather than hidden (examcore.clock.local_text)."""
    return local_text(value, "%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")

