"""Recording and reading the downward change feed (units, roster, issuers, packages, policy, revocations).

Readers keep the last ``seq`` they applied. That is only safe if a change can never commit with a lower
``seq`` than one a reader has already seen: SQLite serialises writers anyway; on PostgreSQL a transaction
that records a change first takes one advisory lock, so changes commit in ``seq`` order.
"""
from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Collection, Iterable
from datetime import datetime

from sqlalchemy import func, insert, or_, select, text
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.change_feed import KINDS, Change as FeedChange
from sync_server.models import Change, Setting

FEED_LOCK = 0x58554546  # "XUEF": the advisory lock every change-writing transaction takes on PostgreSQL
PAGE = 500


def record(s: Session, kind: str, key: str, body: dict, now: datetime, unit_id: str | None = None) -> None:
    assert kind in KINDS, kind
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": FEED_LOCK})
    s.add(Change(kind=kind, key=key, unit_id=unit_id, body=canonical.canonical_json(body).decode("utf-8"),
                 created_at=now))
    s.flush()


def record_many(s: Session, kind: str, items: Iterable[tuple[str, dict, str | None]], now: datetime,
                device_id: str | None = None) -> None:
    """Several changes of one kind at once, (key, body, unit) each: one lock, one flush (a batch of results).
    ``device_id``: addressed to that device alone (a catch-up, sync_server/devices.py)."""
    assert kind in KINDS, kind
    rows = [{"kind": kind, "key": key, "unit_id": unit_id, "device_id": device_id, "created_at": now,
             "body": canonical.canonical_json(body).decode("utf-8")} for key, body, unit_id in items]
    if not rows:
        return
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": FEED_LOCK})
    s.flush()   # what the session holds goes first, as when these were objects added to it
    s.execute(insert(Change), rows)   # one executemany, in order: no object per change (a batch of results)


def read(s: Session, after: int, scope: Collection[str] | None, limit: int = PAGE,
         device_id: str | None = None) -> tuple[list[FeedChange], int, bool]:
    """Changes after the cursor that reach ``device_id`` serving ``scope`` (None: everything, for this
    server's own tools; an empty scope: only the changes that belong to no unit). A change addressed to one
    device reaches only that device.

    Returns (changes, new cursor, more). The cursor moves past changes outside the scope too."""
    if s.get_bind().dialect.name == "postgresql":  # wait for a change being written, never read past it
        s.execute(text("SELECT pg_advisory_xact_lock_shared(:k)"), {"k": FEED_LOCK})
    query = select(Change).where(Change.seq > after).order_by(Change.seq).limit(limit + 1)
    query = query.where(or_(Change.device_id.is_(None), Change.device_id == device_id) if device_id
                        else Change.device_id.is_(None))
    if scope is not None:
        query = query.where(or_(Change.unit_id.is_(None), Change.unit_id.in_(list(scope))))
    rows = list(s.scalars(query))
    more = len(rows) > limit
    rows = rows[:limit]
    if more:
        cursor = rows[-1].seq
    else:
        cursor = max(after, s.scalar(select(func.max(Change.seq))) or 0)
    return [FeedChange(r.seq, r.kind, r.key, json.loads(r.body)) for r in rows], cursor, more


FEED_ID = "feed_id"   # settings: the id of this server's numbering of changes (examcore/change_feed.py)


def feed_id(s: Session) -> str:
    """This server's feed id, made the first time it is asked for."""
    row = s.get(Setting, FEED_ID)
    if row is None:
        return renew_feed(s)
    return row.value


def renew_feed(s: Session) -> str:
    """A new feed id: every device reads the feed again from the start (after a restore)."""
    value = uuid.uuid4().hex
    s.merge(Setting(key=FEED_ID, value=value))
    return value


def feed_for(s: Session, after: int) -> str:
    """The feed id for a device asking after ``after``: a device ahead of the last change numbered here
    kept a cursor of numbers this server has given again or never gave (restored from a backup copied
    back by hand): a new feed id, so every device reads the feed again."""
    last = s.scalar(select(func.max(Change.seq))) or 0
    if after > last:
        logging.getLogger(__name__).warning("a device asked for changes after %s, beyond the last one here (%s): "
                                            "the feed was rolled back (a restore?); every device reads it again",
                                            after, last)
        return renew_feed(s)
    return feed_id(s)
