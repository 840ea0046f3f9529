"""Attempts a station announced before delivering them: at each pull of the change feed a station lists the
attempts it has not delivered (in progress, or sealed and waiting), each as ``"ATTEMPT_ID LEARNER_NO
PACKAGE_ID"`` (a station before this names the attempt id alone; a server before this reads the first 36
characters). Each one is kept here, and one that is never delivered uses an attempt of its learner
(counted.py ``_attempts_used``): an outside round (issue 14) let a learner sit, see a poor score, delete the
attempt from the station's database (which their own account can write where the key service does not
guard it) and sit again; the second counted, and the first, announced at a pull, had left no trace."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from datetime import datetime

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from sync_server.models import AnnouncedAttempt, Package, Result


def announce(s: Session, device_id: str, items: Iterable[str], now: datetime) -> None:
    """Keep every attempt a station lists, with when it was first listed (``now``: naive UTC) and by which
    station, and whose it is where the item names its learner and package (the first named stays: a station
    cannot move an attempt to another learner later; one listed by its id alone, as a station before this
    lists them, or in a form not understood, is kept with none, filled in once an item names them). An item
    in a form not understood is kept too: an outside round put a junk row among a station's attempts so that
    its pulls looked like an earlier version's, which the pull history then did not judge."""
    named: dict[str, tuple[str, str]] = {}
    for item in items:
        parts = item.split()
        if not parts:
            continue
        whose = (parts[1], parts[2]) if len(parts) == 3 and len(parts[0]) <= 36 and len(parts[1]) <= 40 \
            and len(parts[2]) <= 36 else ("", "")
        if named.get(parts[0][:36], ("", ""))[0] == "":
            named[parts[0][:36]] = whose
    if not named:
        return
    known = {a.attempt_id: a for a in s.scalars(select(AnnouncedAttempt).where(AnnouncedAttempt.attempt_id.in_(named)))}
    fresh = {a: v for a, v in named.items() if a not in known or (known[a].learner_no == "" and v[0])}
    exams = dict(s.execute(select(Package.package_id, Package.exam_id).where(
        Package.package_id.in_({p for _, p in fresh.values() if p}))).all()) if fresh else {}
    for a, (learner, package) in sorted(fresh.items()):
        if a in known:   # listed before by its id alone: now whose it is
            known[a].learner_no, known[a].package_id, known[a].exam_id = learner, package, exams.get(package)
        else:
            s.add(AnnouncedAttempt(attempt_id=a, device_id=device_id, learner_no=learner, package_id=package,
                                   exam_id=exams.get(package), announced_at=now))


def announced_unseen(s: Session, learners: Collection[str], exams: Collection[str]
                     ) -> Counter[tuple[str, str, str]]:
    """Per (exam, learner, package): the attempts announced and never delivered here (no result of theirs is
    stored)."""
    out: Counter[tuple[str, str, str]] = Counter()
    if not learners:
        return out
    for exam, learner, package, n in s.execute(
            select(AnnouncedAttempt.exam_id, AnnouncedAttempt.learner_no, AnnouncedAttempt.package_id, func.count())
            .where(AnnouncedAttempt.learner_no.in_(list(learners)), AnnouncedAttempt.exam_id.in_(list(exams)),
                   ~exists().where(Result.attempt_id == AnnouncedAttempt.attempt_id))
            .group_by(AnnouncedAttempt.exam_id, AnnouncedAttempt.learner_no, AnnouncedAttempt.package_id)):
        if exam is not None:   # (always: the filter names exams)
            out[(exam, learner, package)] = n
    return out
