"""Time as a parameter: exam time comes from a monotonic clock, wall time is only informative."""
from __future__ import annotations

import sys
import time
from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def monotonic_ms(self) -> int: ...
    def now(self) -> datetime: ...


# Linux's CLOCK_MONOTONIC stops while the PC sleeps; CLOCK_BOOTTIME counts the sleep, as Windows' monotonic
# clock does. With it a sleep shows the same way on every platform: a gap between heartbeats in monotonic time
# (examcore.timer.suspend_gap_ms), which the exam's time policy then handles once (docs/exam-time.md).
_BOOTTIME = getattr(time, "CLOCK_BOOTTIME", None)


class SystemClock:
    def monotonic_ms(self) -> int:
        if sys.platform != "win32" and _BOOTTIME is not None:
            return time.clock_gettime_ns(_BOOTTIME) // 1_000_000
        return time.monotonic_ns() // 1_000_000

    def now(self) -> datetime:
        return datetime.now(timezone.utc).astimezone()


def local_stamp(when: datetime) -> str:
    """A moment kept in words people read: this PC's time to the minute ("2026-12-06 19:30"); a naive
    ``when`` is UTC, as servers keep it."""
    return to_local(when if when.tzinfo is not None else when.replace(tzinfo=timezone.utc)).strftime("%Y-%m-%d %H:%M")


def to_local(when: datetime) -> datetime:
    """``when`` in this PC's zone (a naive one is taken as local time, as ``astimezone()`` takes it). Windows'
    C library refuses a time before 1970 (OSError 22, an HTTP 500 for a date typed as 1960-01-01, issue 23):
    such a time gets the zone's offset of today instead, which for China (no summer time since 1991) is the
    same."""
    try:
        return when.astimezone()
    except (OSError, OverflowError, ValueError):
        zone = timezone(datetime.now(timezone.utc).astimezone().utcoffset() or timedelta(0))
        return (when.replace(tzinfo=zone) if when.tzinfo is None else when).astimezone(zone)


def local_text(value: str | None, shape: str = "%Y-%m-%d %H:%M") -> str:
    """A stored or sent moment (ISO 8601: with ``Z``, an offset, or naive, which is UTC as servers keep it)
    as this PC's local time in ``shape``; "" for none; text that is not a moment is returned unchanged
    rather than hidden."""
    if not value:
        return ""
    try:
        when = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return str(value)
    return to_local(when if when.tzinfo else when.replace(tzinfo=timezone.utc)).strftime(shape)


def utc_naive(dt: datetime) -> datetime:
    """The form datetimes are stored in: UTC without tzinfo (SQLite keeps no zones)."""
    return dt.astimezone(timezone.utc).replace(tzinfo=None)


def from_utc_naive(dt: datetime) -> datetime:
    return dt.replace(tzinfo=timezone.utc)
