"""When a station pulled the change feed with its list of undelivered attempts: kept as runs of pulls, so an
attempt delivered later is judged against every pull after its claimed start (acceptance rule
``clock_moved_back``).

Issue 14, outside round 11: the rule judged against the station's latest pull only. A learner who began an
attempt with the PC's clock set back (before an earlier pull) marked it in progress in the station's
database before the next pull; that pull listed it, and it passed. Every pull is not kept (a station pulls
every 30 s while it is online): consecutive pulls no further apart than RUN_GAP make one run, a row with the
first and the last; a pull after a longer gap starts a new run. So a pull certainly happened in a span of
time when a run's first or last pull falls inside it, or a run covers it and it is longer than RUN_GAP.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync_server.models import DevicePullRun

RUN_GAP = timedelta(minutes=15)   # a station's sync interval is 10 s to 1 h (examcore/change_feed.py POLICY)


def record_pull(s: Session, device_id: str, now: datetime) -> None:
    """A pull by ``device_id`` that listed its undelivered attempts, at ``now`` (naive UTC, this server's
    clock): it extends the station's latest run, or starts one."""
    latest = s.scalars(select(DevicePullRun).where(DevicePullRun.device_id == device_id)
                       .order_by(DevicePullRun.last_at.desc()).limit(1)).first()
    if latest is not None and latest.last_at <= now <= latest.last_at + RUN_GAP:
        latest.last_at = now
    elif latest is None or now > latest.last_at:
        s.add(DevicePullRun(device_id=device_id, first_at=now, last_at=now))
    # else: this server's clock went back; the runs kept stand as they are


def runs_of(s: Session, devices: Iterable[str], since: datetime | None) -> dict[str, list[DevicePullRun]]:
    """Each device's runs that end after ``since`` (naive UTC; None: all)."""
    query = select(DevicePullRun).where(DevicePullRun.device_id.in_(set(devices)))
    if since is not None:
        query = query.where(DevicePullRun.last_at > since)
    out: dict[str, list[DevicePullRun]] = {}
    for run in s.scalars(query):
        out.setdefault(run.device_id, []).append(run)
    return out


def pulled_between(runs: Iterable[DevicePullRun], after: datetime, before: datetime) -> bool:
    """Whether the station certainly pulled strictly between ``after`` and ``before`` (naive UTC)."""
    if before <= after:
        return False
    for run in runs:
        if after < run.first_at < before or after < run.last_at < before:
            return True
        if run.first_at <= after and run.last_at >= before and before - after > RUN_GAP:
            return True
    return False
