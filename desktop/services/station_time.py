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
from datetime import datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.db import reset_connections
from desktop.store.models import Setting
from examcore.clock import Clock

log = logging.getLogger(__name__)

# The server refuses signed requests whose clock is off by more than 5 minutes (clock_skew_seconds): the same
# tolerance here, so a station the server accepts is never held back by its own mark.
TOLERANCE = timedelta(minutes=5)
PERSIST_EVERY = timedelta(seconds=30)   # written at most this often by itself (heartbeats call observe)
KEY = "time_high_water"


class StationTime:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock):
        self._sessions, self._clock = sessions, clock
        self._lock = threading.Lock()
        with sessions() as s:
            row = s.get(Setting, KEY)
        self._mark: datetime | None = datetime.fromisoformat(row.value) if row else None
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
                if row is not None and datetime.fromisoformat(row.value) >= mark:
                    return   # another window of this station wrote a later one
                s.merge(Setting(key=KEY, value=mark.isoformat()))
            self._persisted = mark
        except (SQLAlchemyError, OSError) as exc:
            reset_connections(self._sessions)
            log.warning("the station's time mark was not saved: %s", exc)

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
        replaced. Logged: the only way the mark moves back."""
        with self._lock:
            old = self._floor() if self._mark is not None else None
            self._mark, self._mark_mono, self._persisted = to, self._clock.monotonic_ms(), to
        with self._sessions.begin() as s:
            s.merge(Setting(key=KEY, value=to.isoformat()))
        log.warning("the station's time mark was reset from %s to %s", old, to)
        return old
