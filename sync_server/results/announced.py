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
    """Keep the attempts a station lists that name their learner and package (the first word each names
    stays: a station cannot move an attempt to another learner later). ``now``: naive UTC."""
    named: dict[str, tuple[str, str]] = {}
    for item in items:
        parts = item.split()
        if len(parts) == 3 and len(parts[0]) <= 36 and len(parts[1]) <= 40 and len(parts[2]) <= 36:
            named.setdefault(parts[0], (parts[1], parts[2]))
    if not named:
        return
    known = set(s.scalars(select(AnnouncedAttempt.attempt_id).where(AnnouncedAttempt.attempt_id.in_(named))))
    fresh = {a: v for a, v in named.items() if a not in known}
    exams = dict(s.execute(select(Package.package_id, Package.exam_id).where(
        Package.package_id.in_({p for _, p in fresh.values()}))).all()) if fresh else {}
    s.add_all(AnnouncedAttempt(attempt_id=a, device_id=device_id, learner_no=learner, package_id=package,
                               exam_id=exams.get(package), announced_at=now)
              for a, (learner, package) in sorted(fresh.items()))


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
