"""The station's high-water mark of time: the latest time it has seen, kept in its database.

The mark moves forward with the wall clock, with the monotonic clock while the station runs (so a clock set
back during a session does not pull it back), and with the Date of every server answer. A wall clock earlier
than the mark by more than TOLERANCE cannot open an exam window, start or resume an exam without the
proctor's code (see docs/exam-time.md). The mark only ever moves forward, except by ``reset``: an IT step
(root / Administrator: ``xuefa reset-time-mark``) after a PC clock or a server was set far ahead by mistake,
which otherwise keeps every exam window of this station closed.
"""
from __future__ import annotations

import logging
import threading
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.db import reset_connections
from desktop.store.models import Attempt, SealedResult, Setting
from desktop.store.station_keys import KeyStoreError, StationKeys
from examcore.clock import Clock, from_utc_naive

log = logging.getLogger(__name__)

# The server refuses signed requests whose clock is off by more than 5 minutes (clock_skew_seconds): the same
# tolerance here, so a station the server accepts is never held back by its own mark.
TOLERANCE = timedelta(minutes=5)
PERSIST_EVERY = timedelta(seconds=30)   # written at most this often by itself (heartbeats call observe)
KEY = "time_high_water"


def read_mark(value: str) -> datetime | None:
    """A stored mark (ISO 8601 with its offset; one without is taken as UTC), None when unreadable (a
    learner's account can write the station's database: a damaged row must not stop the station)."""
    try:
        mark = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return mark if mark.tzinfo is not None else mark.replace(tzinfo=timezone.utc)


def _latest_recorded(s: Session) -> datetime | None:
    """The latest time the station's own records show (attempts begun and saved, results sealed, the last
    server answer): the floor of a mark that is missing or unreadable, so that deleting or damaging the
    mark does not open a window the station has seen closed."""
    times = [s.scalar(select(func.max(Attempt.started_at))), s.scalar(select(func.max(Attempt.saved_at))),
             s.scalar(select(func.max(SealedResult.sealed_at)))]
    latest = [from_utc_naive(t) for t in times if t is not None]
    seen = s.get(Setting, "server_seen_at")
    if seen is not None and (server := read_mark(seen.value)) is not None:
        latest.append(server)
    return max(latest) if latest else None


class StationTime:
    """``keys``: with the key service, the mark is also kept there (the learner's account can write the
    station's database, and would lower the mark in it; the service only ever raises its copy)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, keys: StationKeys | None = None):
        self._sessions, self._clock, self._keys = sessions, clock, keys
        self._lock = threading.Lock()
        with sessions() as s:
            row = s.get(Setting, KEY)
            self._mark: datetime | None = read_mark(row.value) if row else None
            if self._mark is None:   # none kept, or written over: the latest time the station's records show
                self._mark = _latest_recorded(s)
                if row is not None or self._mark is not None:
                    log.warning("the station's time mark was %s; taken from its records: %s",
                                "unreadable" if row else "missing", self._mark)
        kept = self._kept_mark(None)
        if kept is not None and (self._mark is None or kept > self._mark):
            if self._mark is not None:
                log.warning("the database's time mark %s is behind the key service's %s", self._mark, kept)
            self._mark = kept
        self._mark_mono = clock.monotonic_ms()
        self._persisted = self._mark
        self.observe(force=True)

    def high_water(self) -> datetime:
        """The latest time seen: the stored mark advanced by the monotonic time since it was taken."""
        with self._lock:
            return self._floor()

    def _floor(self) -> datetime:
        wall = self._clock.now()
        if self._mark is None:
            return wall
        return self._mark + timedelta(milliseconds=max(0, self._clock.monotonic_ms() - self._mark_mono))

    def behind(self) -> timedelta | None:
        """How far the wall clock is behind the mark, when beyond the tolerance; else None."""
        gap = self.high_water() - self._clock.now()
        return gap if gap > TOLERANCE else None

    def now(self) -> datetime:
        """The time to judge windows by: the wall clock, or the mark when the wall clock is behind it."""
        wall = self._clock.now()
        return max(wall, self.high_water().astimezone(wall.tzinfo))

    def observe(self, seen: datetime | None = None, force: bool = False) -> None:
        """Move the mark to the wall clock (or ``seen``, e.g. a server's Date) when later; persist it when it
        moved far enough since the last write, or at once with ``force``. A database that cannot be written
        keeps the mark in memory (the exam's own writes report the failure)."""
        with self._lock:
            floor = self._floor()
            candidate = seen if seen is not None else self._clock.now()
            if self._mark is None or candidate > floor:
                self._mark, self._mark_mono = candidate, self._clock.monotonic_ms()
            else:
                self._mark, self._mark_mono = floor, self._clock.monotonic_ms()
            mark = self._mark
            due = force or self._persisted is None or mark - self._persisted >= PERSIST_EVERY
        if not due:
            return
        try:
            with self._sessions.begin() as s:
                row = s.get(Setting, KEY)
                if row is not None and (kept := read_mark(row.value)) is not None and kept >= mark:
                    return   # another window of this station wrote a later one
                s.merge(Setting(key=KEY, value=mark.isoformat()))
            self._persisted = mark
        except (SQLAlchemyError, OSError) as exc:
            reset_connections(self._sessions)
            log.warning("the station's time mark was not saved: %s", exc)
        self._kept_mark(mark)

    def _kept_mark(self, seen: datetime | None, reset: bool = False) -> datetime | None:
        """The key service's copy of the mark, raised to ``seen`` (None: no service, or it did not answer)."""
        if self._keys is None:
            return None
        try:
            return self._keys.time_mark(seen, reset)
        except KeyStoreError as exc:
            if reset:
                raise
            log.warning("the key service did not keep the time mark: %s", exc)
            return None

    def observe_server(self, server_time: datetime | None) -> None:
        """A server answered (with its Date): the mark moves on, and the station notes when it last heard
        from its server (its word on sittings is fresh for a while: server_knowledge.SITTING_FRESH)."""
        if server_time is None:
            return
        self.observe(server_time, force=True)
        try:
            with self._sessions.begin() as s:
                s.merge(Setting(key="server_seen_at", value=self.now().isoformat()))
        except (SQLAlchemyError, OSError) as exc:
            reset_connections(self._sessions)
            log.warning("the time of the server's answer was not saved: %s", exc)

    def reset(self, to: datetime) -> datetime | None:
        """Put the mark back to ``to`` (IT only: the command checks who runs it); returns the mark it
        replaced. Logged: the only way the mark moves back. KeyStoreError: the key service refused (the
        command was not run by root), and nothing changed."""
        self._kept_mark(to, reset=True)
        with self._lock:
            old = self._floor() if self._mark is not None else None
            self._mark, self._mark_mono, self._persisted = to, self._clock.monotonic_ms(), to
        with self._sessions.begin() as s:
            s.merge(Setting(key=KEY, value=to.isoformat()))
        log.warning("the station's time mark was reset from %s to %s", old, to)
        return old
