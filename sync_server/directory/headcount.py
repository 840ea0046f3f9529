"""The roster's side of the reports' copies (sync_server/results/counted.py): when a learner is added or their
unit, status or leader flag changes, the headcounts per unit move and the copies beside their counted
attempts and study points follow (``follow_learner``); and the locks every writer of learners and counted
rows takes in one order (``lock_counted``, ``claim_numbers``), so a roster import, a pull and an ingest never
deadlock on PostgreSQL (issue 17). The directory owns it; the results and study areas take its locks (issue
18: no cycles between areas)."""
from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from sync_server.db import upsert_into
from sync_server.models import CountedAttempt, Headcount, Learner, StudyPoints


def counted_as(learner: Learner) -> tuple[str | None, str | None, bool]:
    """What the reports' copies hold of a learner: (unit, status, leader); a learner not yet stored has none."""
    if learner.unit_id is None:
        return None, None, False
    return learner.unit_id, learner.status, bool(learner.is_leader)


def lock_counted(s: Session, learner_nos: Collection[str]) -> None:
    """Lock these learners and their counted attempts now, in the order every writer takes them (the learner
    rows by number, then the counted rows by learner and exam; ``count_results`` does the same), so that
    changing them afterwards in any order cannot deadlock with another transaction. PostgreSQL locks the
    rows as the sorted SELECT returns them; SQLite has one writer at a time and needs nothing."""
    if s.get_bind().dialect.name != "postgresql" or not learner_nos:
        return
    ordered = sorted(set(learner_nos))
    chunks = [ordered[start:start + 1000] for start in range(0, len(ordered), 1000)]   # in order: one order
    for chunk in chunks:
        s.execute(select(Learner.learner_no).where(Learner.learner_no.in_(chunk))
                  .order_by(Learner.learner_no).with_for_update())
    for chunk in chunks:
        s.execute(select(CountedAttempt.exam_id).where(CountedAttempt.learner_no.in_(chunk))
                  .order_by(CountedAttempt.learner_no, CountedAttempt.exam_id).with_for_update())


NUMBER_LOCK = 0x58554C4E   # "XULN": with a share of the learner numbers, those numbers being added (PostgreSQL)
NUMBER_SHARES = 1024       # a number's lock is its share's (hash modulo this): a transaction holds 1,024 at most


def claim_numbers(s: Session, learner_nos: Collection[str]) -> None:
    """Wait for any other transaction adding one of these learner numbers, and hold them until this one
    ends: a row that does not exist yet cannot be locked, and two imports adding the same new learners in
    different orders would otherwise deadlock or fail on the duplicate. Each number is locked through its
    share (its hash modulo NUMBER_SHARES), the shares taken in order, in one statement, before
    ``lock_counted``; a share may be taken again in the same transaction. (A lock per number ran out of
    PostgreSQL's lock table, sized by max_locks_per_transaction: a roster of 20,000 new learners failed with
    "out of shared memory", issue 17. Two transactions adding different numbers of one share now wait for
    each other, which only orders them.)"""
    if s.get_bind().dialect.name != "postgresql" or not learner_nos:
        return
    s.execute(text("SELECT pg_advisory_xact_lock(:ns, share) FROM (SELECT DISTINCT abs(hashtext(n) % :shares) "
                   "AS share FROM unnest(CAST(:nos AS text[])) AS n ORDER BY share) AS sorted"),
              {"ns": NUMBER_LOCK, "shares": NUMBER_SHARES, "nos": sorted(set(learner_nos))})


def follow_learner(s: Session, learner: Learner, before: tuple[str | None, str | None, bool]) -> None:
    """After a learner was added or changed: move them in the headcounts, and copy their unit, status and
    leader flag to their counted attempts and study points. ``before``: ``counted_as`` before the change.
    A caller changing many learners in one transaction locks them first (``lock_counted``)."""
    after = counted_as(learner)
    if after == before:
        return
    lock_counted(s, [learner.learner_no])
    _count(s, before, -1)
    _count(s, after, +1)
    values = {"unit_id": after[0], "status": after[1], "is_leader": after[2]}
    for table in (CountedAttempt, StudyPoints):
        s.execute(update(table).where(table.learner_no == learner.learner_no).values(**values)
                  .execution_options(synchronize_session=False))


def _count(s: Session, key: tuple[str | None, str | None, bool], change: int) -> None:
    if key[0] is None:
        return
    stmt = upsert_into(s, Headcount).values(unit_id=key[0], status=key[1], is_leader=key[2], n=change)
    s.execute(stmt.on_conflict_do_update(index_elements=["unit_id", "status", "is_leader"],
                                         set_={"n": Headcount.__table__.c.n + change}))
