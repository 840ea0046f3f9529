"""The answer journal: one attempt's events, each encrypted with the attempt's own key, written durably.

Every event is committed (WAL, synchronous=FULL) in its own small transaction before the caller may show it
as saved; the time used is written the same way between events. This is the hot path of an exam (one write
per answer, one per heartbeat): statements are built once, Core tables, not the ORM.
"""
from __future__ import annotations

import json
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.attempts.outcomes import SaveFailed
from desktop.store.db import reset_connections
from desktop.store.models import Attempt, AttemptEvent
from examcore.canonical import canonical_json
from examcore.chain import Chain, Event
from examcore.crypto import aead

# Built once: compiling a statement per answer cost more than the commit itself.
_EVENTS, _ATTEMPTS = cast(Table, AttemptEvent.__table__), cast(Table, Attempt.__table__)
_INSERT_EVENT = insert(_EVENTS)
_UPDATE_TIME = (update(_ATTEMPTS).where(_ATTEMPTS.c.attempt_id == bindparam("aid"))
                .values(elapsed_ms=bindparam("elapsed_ms"), saved_at=bindparam("saved_at")))


def keys_label(attempt_id: str) -> str:
    """The label the attempt's own key is wrapped under by the station's keys."""
    return f"attempt-keys:{attempt_id}"


def content_label(attempt_id: str) -> str:
    """The label its exam's content key is held under in memory while the attempt runs (never stored;
    forgotten when it is handed in)."""
    return f"content-key:{attempt_id}"


class AnswerJournal:
    """One attempt's durable record. Raises SaveFailed when the database refuses a write (then nothing of
    that write is kept, and everything before it is)."""

    def __init__(self, sessions: sessionmaker[Session], attempt_id: str, attempt_key: bytes):
        self._sessions = sessions
        self._engine = sessions.kw["bind"]
        self.attempt_id = attempt_id
        self._key = attempt_key

    def _aad(self, seq: int) -> bytes:
        return f"{self.attempt_id}:{seq}".encode()

    def sealed_blob(self, event: Event) -> bytes:
        """The event as stored: encrypted with the attempt's key, bound to the attempt and its place."""
        return aead.encrypt(self._key, canonical_json(event.to_dict()), self._aad(event.seq))

    def read_chain(self, blobs: list[bytes]) -> Chain:
        """The chain from its stored blobs, in order (raises on a blob that is not this attempt's, or moved)."""
        chain = Chain(self.attempt_id)
        for seq, blob in enumerate(blobs):
            chain.append(Event.from_dict(json.loads(aead.decrypt(self._key, blob, self._aad(seq)))))
        return chain

    def last_event(self) -> Event | None:
        """The attempt's latest stored event (None: none yet); raises on a blob that is not this attempt's,
        or moved."""
        with self._sessions() as s:
            row = s.execute(select(_EVENTS.c.seq, _EVENTS.c.blob).where(_EVENTS.c.attempt_id == self.attempt_id)
                            .order_by(_EVENTS.c.seq.desc()).limit(1)).first()
        if row is None:
            return None
        return Event.from_dict(json.loads(aead.decrypt(self._key, row.blob, self._aad(row.seq))))

    def write_event(self, event: Event) -> None:
        """One small durable transaction: the encrypted event (which carries the time used)."""
        self._commit(_INSERT_EVENT, {"attempt_id": self.attempt_id, "seq": event.seq,
                                     "blob": self.sealed_blob(event)})

    def write_time(self, elapsed_ms: int, saved_at: datetime) -> None:
        """The time used so far (ms) and when (naive UTC), between events."""
        self._commit(_UPDATE_TIME, {"aid": self.attempt_id, "elapsed_ms": elapsed_ms, "saved_at": saved_at})

    def write_row(self, **values: Any) -> None:
        """Columns of the attempt's row the runtime changes: extra_ms, closed_by_proctor."""
        self._commit(update(_ATTEMPTS).where(_ATTEMPTS.c.attempt_id == self.attempt_id).values(**values), None)

    def _commit(self, statement: Any, params: dict[str, Any] | None) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(statement, params)
        except (SQLAlchemyError, OSError) as exc:
            reset_connections(self._sessions)
            raise SaveFailed(str(exc)) from exc
