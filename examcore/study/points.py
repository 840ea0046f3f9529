"""Study points from study records: a pure function of the plan, the records and the time now.

Honest counting, the same on the station (for the learner's progress) and on the server (which trusts
no station total):
- reading earns a credit per N active minutes, per category and day; idle time never reaches a record;
  stretches that overlap (two windows open at once) count once;
- a quiz question earns points once, and only if the first answer to it is right (no guessing until right);
- profile completion earns its points once;
- caps per category and day, per day overall, per category for the year, in the plan's order;
- a record dated ahead of now (or of when it reached the server), one whose wall time runs backwards along its device's sequence (a clock
  moved back to farm another day's cap), or one claiming more active time than its wall span, earns
  nothing and is listed with the reason.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from examcore.study.plan import PROFILE, StudyPlan
from examcore.study.records import STUDY_KINDS, RecordKind, StudyRecord

CLOCK_TOLERANCE = timedelta(minutes=5)   # station clocks drift; more than this ahead of now is refused
BACKWARDS_TOLERANCE = timedelta(minutes=2)
DURATION_SLACK_SECONDS = 60


@dataclass
class PointsReport:
    by_category: dict[str, int]
    by_day: dict[date, int]
    reading_seconds: dict[str, int]                  # credited active reading time per category
    refused: list[tuple[str, str]] = field(default_factory=list)   # (record id, reason)

    @property
    def total(self) -> int:
        return sum(self.by_category.values())


def _plan_day(plan: StudyPlan, moment: datetime) -> date:
    zone = plan.deadline.tzinfo
    return moment.astimezone(zone).date()


def _screen(plan: StudyPlan, records: Iterable[StudyRecord], now: datetime,
            refused: list[tuple[str, str]], received: Mapping[str, datetime]) -> list[StudyRecord]:
    """Records that may earn points, in device order; the others go to ``refused`` with a reason."""
    by_device: dict[bytes, list[StudyRecord]] = defaultdict(list)
    for r in records:
        if r.plan_id == plan.plan_id and r.kind in STUDY_KINDS:
            by_device[r.device_key].append(r)
    kept: list[StudyRecord] = []
    for device_records in by_device.values():
        latest: datetime | None = None
        for r in sorted(device_records, key=lambda r: r.seq):
            # dated after it reached the server: a clock set forward (it would look honest later)
            if r.ended_at > min(now, received.get(r.record_id, now)) + CLOCK_TOLERANCE:
                refused.append((r.record_id, "clock_ahead"))
                continue
            if latest is not None and r.ended_at < latest - BACKWARDS_TOLERANCE:
                refused.append((r.record_id, "clock_moved_back"))
                continue
            latest = r.ended_at if latest is None else max(latest, r.ended_at)
            if plan.category(r.category_id) is None:
                refused.append((r.record_id, "unknown_category"))
            elif r.kind is RecordKind.READING and not (
                    0 <= r.active_seconds <= (r.ended_at - r.started_at).total_seconds() + DURATION_SLACK_SECONDS):
                refused.append((r.record_id, "implausible_duration"))
            else:
                kept.append(r)
    return kept


def compute_points(plan: StudyPlan, records: Iterable[StudyRecord], now: datetime,
                   until: datetime | None = None, received: Mapping[str, datetime] | None = None) -> PointsReport:
    """Points one learner has earned under ``plan``. ``until``: count only what ended before it (the
    plan's deadline, when the question is whether the learner may sit the exam). ``received``: when each
    record reached the server; a record dated after that is refused for good."""
    refused: list[tuple[str, str]] = []
    kept = _screen(plan, records, now, refused, received or {})
    if until is not None:
        kept = [r for r in kept if r.ended_at < until]
    raw: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    reading_seconds: dict[str, int] = defaultdict(int)
    day_seconds: dict[tuple[date, str], int] = defaultdict(int)

    # reading: the union of active stretches, so overlapping windows count once
    covered_until: datetime | None = None
    for r in sorted((r for r in kept if r.kind is RecordKind.READING),
                    key=lambda r: (r.ended_at - timedelta(seconds=r.active_seconds), r.seq)):
        start = r.ended_at - timedelta(seconds=r.active_seconds)
        if covered_until is not None and start < covered_until:
            start = covered_until
        seconds = max(0, int((r.ended_at - start).total_seconds()))
        if seconds == 0 and r.active_seconds > 0:
            refused.append((r.record_id, "overlaps_other_reading"))
        covered_until = r.ended_at if covered_until is None else max(covered_until, r.ended_at)
        day_seconds[(_plan_day(plan, r.ended_at), r.category_id)] += seconds
        reading_seconds[r.category_id] += seconds
    per_credit = plan.reading_minutes_per_credit * 60
    for (day, category), seconds in day_seconds.items():
        raw[day][category] += seconds // per_credit * plan.reading_points_per_credit

    answered: set[str] = set()
    profile_done = False
    for r in sorted((r for r in kept if r.kind is not RecordKind.READING), key=lambda r: (r.ended_at, r.seq)):
        day = _plan_day(plan, r.ended_at)
        if r.kind is RecordKind.QUIZ:
            if r.question_id in answered:
                continue  # once per question, first answer only
            answered.add(r.question_id)
            if r.correct:
                raw[day][r.category_id] += plan.quiz_points.get(r.question_type, 0)
        elif r.kind is RecordKind.PROFILE and not profile_done and r.category_id == PROFILE:
            profile_done = True
            raw[day][PROFILE] += plan.profile_points

    by_category = {c.category_id: 0 for c in plan.categories}
    by_day: dict[date, int] = {}
    for day in sorted(raw):
        day_total = 0
        for c in plan.categories:
            gain = raw[day].get(c.category_id, 0)
            if c.daily_cap is not None:
                gain = min(gain, c.daily_cap)
            gain = min(gain, c.cap - by_category[c.category_id])
            if plan.daily_cap_total is not None:
                gain = min(gain, plan.daily_cap_total - day_total)
            gain = max(gain, 0)
            by_category[c.category_id] += gain
            day_total += gain
        if day_total:
            by_day[day] = day_total
    return PointsReport(by_category, by_day, dict(reading_seconds), refused)
