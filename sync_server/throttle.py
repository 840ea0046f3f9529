"""Keeping unauthenticated work from starving the exam: a bounded per-process pool for password hashing
(argon2id costs ~0.2 s of CPU and 64 MiB; 24 logins at once stalled every check-in behind them, issue 15)
and per-address request limits kept in the database, so every worker process shares them."""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import case, or_, update
from sqlalchemy.orm import Session, sessionmaker

from sync_server.db import rows_changed, upsert_into
from sync_server.models import RateLimit

WINDOW = timedelta(minutes=1)


class Busy(Exception):
    """Every hashing slot is taken: answer 429 and let the client come back (Retry-After)."""


class HashingPool:
    """At most ``slots`` password checks at once in this process; the rest are turned away at once
    (never queued: a queue of hashes is the stall this prevents). Default: one per two cores, at least one,
    so request threads always have a core for check-ins and uploads."""

    def __init__(self, slots: int = 0):
        self.slots = slots or max(1, (os.cpu_count() or 2) // 2)
        self._free = threading.BoundedSemaphore(self.slots)

    @contextmanager
    def slot(self):
        if not self._free.acquire(blocking=False):
            raise Busy()
        try:
            yield
        finally:
            self._free.release()


class LocalTally:
    """What this process already knows is over the limit, so a flood from one address is turned away
    without a database write per request (the database count stays the one that decides)."""

    def __init__(self):
        self._full: dict[str, datetime] = {}   # bucket → until when it is known full
        self._lock = threading.Lock()

    def known_full(self, bucket: str, now: datetime) -> bool:
        with self._lock:
            until = self._full.get(bucket)
            if until is not None and until <= now:
                del self._full[bucket]
                return False
            return until is not None

    def mark_full(self, bucket: str, now: datetime) -> None:
        with self._lock:
            if len(self._full) > 10_000:   # many addresses: forget the old ones rather than grow
                self._full = {b: u for b, u in self._full.items() if u > now}
            self._full[bucket] = now + WINDOW


_local = LocalTally()


def allow(sessions: sessionmaker[Session], bucket: str, limit: int, now: datetime) -> bool:
    """Count one request in ``bucket`` (e.g. ``login:10.0.0.7``); False once ``limit`` were counted in
    the current one-minute window. One conditional UPDATE (or INSERT for a new bucket): atomic across
    threads and processes."""
    if _local.known_full(bucket, now):
        return False
    allowed = _count(sessions, bucket, limit, now)
    if not allowed:
        _local.mark_full(bucket, now)
    return allowed


def _count(sessions: sessionmaker[Session], bucket: str, limit: int, now: datetime) -> bool:
    r = RateLimit
    new_window = r.window_start <= now - WINDOW
    with sessions.begin() as s:
        for _ in range(2):
            changed = rows_changed(s, update(r).where(r.bucket == bucket, or_(new_window, r.hits < limit))
                               .values(hits=case((new_window, 1), else_=r.hits + 1),
                                       window_start=case((new_window, now), else_=r.window_start))
                               .execution_options(synchronize_session=False))
            if changed == 1:
                return True
            inserted = s.execute(upsert_into(s, RateLimit).values(bucket=bucket, window_start=now, hits=1)
                                 .on_conflict_do_nothing(index_elements=["bucket"]).returning(r.bucket)).first()
            if inserted is not None:
                return limit >= 1
            # another request made the bucket meanwhile: count against it (the UPDATE again)
    return False
