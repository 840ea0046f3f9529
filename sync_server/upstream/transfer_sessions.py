"""Transfer sessions: one sync with the upstream at a time for the whole server, whichever process or host
runs it (issue 17, Deliver 2; the idea is morango's). Each sync has a row (models.TransferSession) with its
stage, how far it got and who runs it. The database holds the rule: a unique index admits one running
session, so two workers, two hosts, or the command line beside the admin window cannot relay at once. A
running session whose owner shows no sign of life for STALE_AFTER (a host gone), or whose owner process on
this same host has ended (a killed command: at once, so a run after a crash need not wait), is closed as
``taken_over`` by the next sync, which resumes from the relay's cursor like any other run.

Nothing the next worker needs lives in process memory: the relay's cursor is a settings row, the session
a table row; the only thread here keeps the row's heartbeat fresh while its owner lives.
"""
from __future__ import annotations

import logging
import os
import re
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta

import psutil
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from examcore.clock import utc_naive
from sync_server.context import ServerContext
from sync_server.models import TransferSession

log = logging.getLogger(__name__)
UPSTREAM_SYNC = "upstream_sync"
BUNDLE_IMPORT = "bundle:"           # + a digest of the sender: one import of a sender's bundle at a time
HEARTBEAT_S = 20.0                  # the owner's sign of life
STALE_AFTER = timedelta(minutes=2)  # six heartbeats missed: the owner is gone, its session may be taken over


@dataclass(frozen=True)
class Running:
    """A session that runs now: who runs it, since when, and how far it got."""

    owner: str
    stage: str
    done: int
    total: int
    started_at: datetime    # naive UTC, as stored
    heartbeat_at: datetime
    about: str = ""         # what it moves while it runs: a bundle import's sender


class SyncRunning(Exception):
    """Another sync with the upstream runs (``running``): this one did not start, nothing was changed."""

    def __init__(self, running: Running):
        what = f"an import of a bundle from {running.about}" if running.about else "a sync with the upstream"
        super().__init__(f"{what} runs since {running.started_at.isoformat()} UTC "
                         f"({running.owner}; {running.stage}, {running.done}/{running.total})")
        self.running = running


def bundle_kind(sender_id: str) -> str:
    """The kind of the session importing a bundle from ``sender_id``: two imports of one sender's files at
    once are one too many (the second would only find the first's results, or wait on its rows); bundles
    of different senders go in side by side."""
    import hashlib
    return BUNDLE_IMPORT + hashlib.sha256(sender_id.encode("utf-8")).hexdigest()[:12]


def _running(row: TransferSession) -> Running:
    return Running(row.owner, row.stage, row.done, row.total, row.started_at, row.heartbeat_at, row.about)


def owner_words(how: str) -> str:
    """Who runs a session, as the status shows it: host, process and how it was started."""
    return f"{socket.gethostname()} pid {os.getpid()} ({how})"[:200]


def _owner_gone(owner: str) -> bool:
    """The owner ran on this host and its process has ended (never said of another host's, nor of a
    process that still runs: a pid reused by then is read as alive, the safe side)."""
    match = re.match(r"(\S+) pid (\d+) ", owner)
    if match is None or match.group(1) != socket.gethostname() or int(match.group(2)) == os.getpid():
        return False
    return not psutil.pid_exists(int(match.group(2)))


def _alive(row: TransferSession, now: datetime) -> bool:
    return row.heartbeat_at >= now - STALE_AFTER and not _owner_gone(row.owner)


def running(ctx: ServerContext, kind: str = UPSTREAM_SYNC) -> Running | None:
    """The session of ``kind`` that runs now, if its owner is alive (a stale one is no longer running)."""
    now = utc_naive(ctx.clock.now())
    with ctx.sessions() as s:
        row = s.scalars(select(TransferSession).where(TransferSession.kind == kind,
                                                      TransferSession.finished_at.is_(None))).first()
        if row is None or not _alive(row, now):
            return None
        return _running(row)


def bundle_imports_running(ctx: ServerContext) -> list[Running]:
    """The bundle imports that run now (by any process or host of this server), oldest first."""
    now = utc_naive(ctx.clock.now())
    with ctx.sessions() as s:
        rows = s.scalars(select(TransferSession).where(TransferSession.kind.startswith(BUNDLE_IMPORT),
                                                       TransferSession.finished_at.is_(None))
                         .order_by(TransferSession.started_at))
        return [_running(row) for row in rows if _alive(row, now)]


@dataclass(frozen=True)
class Stopped:
    """A bundle import that did not end as it should: failed, its owner gone (``stage`` "interrupted"), or
    taken over. Only the last import of each sender counts: one that ended well since clears it."""

    about: str              # the sender
    stage: str              # failed | taken_over | interrupted
    done: int
    total: int
    at: datetime            # when it ended, or its last sign of life (naive UTC)
    outcome: str


def bundle_imports_stopped(ctx: ServerContext) -> list[Stopped]:
    """For `status`: each sender whose last bundle import stopped halfway, oldest first. What it stored
    stays stored; the same file imported again stores the rest (nothing twice)."""
    now = utc_naive(ctx.clock.now())
    last: dict[str, TransferSession] = {}
    with ctx.sessions() as s:
        for row in s.scalars(select(TransferSession).where(TransferSession.kind.startswith(BUNDLE_IMPORT))):
            if row.kind not in last or _later(row, last[row.kind]):
                last[row.kind] = row
    stopped = []
    for row in last.values():
        if row.finished_at is None and not _alive(row, now):
            stopped.append(Stopped(row.about, "interrupted", row.done, row.total, row.heartbeat_at, ""))
        elif row.finished_at is not None and row.stage in ("failed", "taken_over"):
            stopped.append(Stopped(row.about, row.stage, row.done, row.total, row.finished_at, row.outcome))
    return sorted(stopped, key=lambda x: x.at)


def _later(row: TransferSession, other: TransferSession) -> bool:
    """Of two sessions of one kind, ``row`` is the later: the running one (there is one at most), else the
    one that ended later (each by the clock of the host that ended it: a taker ends the session it takes
    over with its own clock as it starts), else the one that was not taken over."""
    def rank(r: TransferSession) -> tuple:
        return r.finished_at is None, r.finished_at or datetime.min, r.stage != "taken_over"
    return rank(row) > rank(other)


def last_failed(ctx: ServerContext, kind: str = UPSTREAM_SYNC) -> tuple[datetime, str] | None:
    """(when it ended, naive UTC; how) when the last session of ``kind`` that ended failed; else None."""
    with ctx.sessions() as s:
        row = s.scalars(select(TransferSession).where(TransferSession.kind == kind,
                                                      TransferSession.finished_at.is_not(None))
                        .order_by(TransferSession.finished_at.desc()).limit(1)).first()
        if row is None or row.finished_at is None or row.stage != "failed":
            return None
        return row.finished_at, row.outcome


class Held:
    """A session this process runs: stage and progress written to its row, a heartbeat kept, finished once."""

    def __init__(self, ctx: ServerContext, session_id: str):
        self._ctx, self.session_id = ctx, session_id
        self._stop = threading.Event()
        self._finished = False
        self._beat = threading.Thread(target=self._keep_alive, name="transfer-session-heartbeat", daemon=True)
        self._beat.start()

    def _write(self, **values) -> None:
        now = utc_naive(self._ctx.clock.now())
        with self._ctx.sessions.begin() as s:
            s.execute(update(TransferSession).where(TransferSession.session_id == self.session_id,
                                                    TransferSession.finished_at.is_(None))
                      .values(heartbeat_at=now, **values))

    def _keep_alive(self) -> None:
        while not self._stop.wait(HEARTBEAT_S):
            try:
                self._write()
            except Exception as exc:  # noqa: BLE001 - a missed beat is retried; the sync itself goes on
                log.warning("transfer session %s: heartbeat not written: %s", self.session_id, exc)

    def stage(self, stage: str, done: int | None = None, total: int | None = None) -> None:
        """The stage now (pull, relay, study) and, in the relay, results relayed of how many. A row that
        cannot be written now is logged, never a reason to stop the sync (the heartbeat tries again)."""
        values: dict = {"stage": stage}
        if done is not None:
            values["done"] = done
        if total is not None:
            values["total"] = total
        try:
            self._write(**values)
        except Exception as exc:  # noqa: BLE001 - bookkeeping: the relay's own writes say what went wrong
            log.warning("transfer session %s: stage %s not written: %s", self.session_id, stage, exc)

    def finish(self, outcome: str = "", failed: bool = False) -> None:
        """The session ends (once; later calls do nothing): the next sync may start."""
        if self._finished:
            return
        self._finished = True
        self._stop.set()
        try:
            self._write(stage="failed" if failed else "done", outcome=outcome[:2000],
                        finished_at=utc_naive(self._ctx.clock.now()))
        except Exception:  # noqa: BLE001 - the row stays running: the next sync takes it over once stale
            log.exception("transfer session %s: its end was not written", self.session_id)


def begin(ctx: ServerContext, how: str, kind: str = UPSTREAM_SYNC, about: str = "") -> Held:
    """Start a session for ``how`` (e.g. "the sync-upstream command"), taking over a stale one; ``about``:
    what it moves (a bundle's sender, kept with the row). Raises SyncRunning when another
    of ``kind`` runs (then nothing was written)."""
    now, owner = utc_naive(ctx.clock.now()), owner_words(how)
    session_id = str(uuid.uuid4())
    try:
        with ctx.sessions.begin() as s:
            for row in s.scalars(select(TransferSession).where(TransferSession.kind == kind,
                                                               TransferSession.finished_at.is_(None))):
                if _alive(row, now):
                    raise SyncRunning(_running(row))
                log.warning("transfer session %s of %s: no sign of life since %s; taken over by %s",
                            row.session_id, row.owner, row.heartbeat_at, owner)
                row.stage, row.finished_at = "taken_over", now
                row.outcome = ("its process had ended" if _owner_gone(row.owner) else
                               f"no sign of life since {row.heartbeat_at.isoformat()} UTC") + f"; taken over by {owner}"
            s.flush()
            s.add(TransferSession(session_id=session_id, kind=kind, owner=owner, stage="starting", done=0, total=0,
                                  started_at=now, heartbeat_at=now, outcome="", about=about[:200]))
    except IntegrityError:   # another worker or host began one in the same moment: the database chose it
        other = running(ctx, kind)
        if other is None:
            raise
        raise SyncRunning(other) from None
    return Held(ctx, session_id)


@contextmanager
def held(ctx: ServerContext, how: str, kind: str = UPSTREAM_SYNC, about: str = "") -> Iterator[Held]:
    """begin() for a block: the session ends with it, as failed when the block raises (a Ctrl+C too)."""
    session = begin(ctx, how, kind, about)
    try:
        yield session
    except BaseException as exc:
        log.warning("transfer session %s (%s) stopped", session.session_id, kind, exc_info=True)   # the why, for IT
        session.finish(f"{type(exc).__name__}: {exc}", failed=True)
        raise
    session.finish()
