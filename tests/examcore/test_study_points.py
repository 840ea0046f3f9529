"""Study points with frozen time: caps, daily caps, idle time, overlaps, quiz once, moved clocks."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from hypothesis import given, settings, strategies as st

from examcore.crypto.keys import SigningKey
from examcore.study.plan import Category, StudyPlan
from examcore.study.points import compute_points
from examcore.study.records import BadRecord, RecordKind, StudyRecord, sign_record, verify_record
from tests.factories import CST, make_study_plan

DEVICE = SigningKey.generate()
T0 = datetime(2026, 5, 11, 9, 0, tzinfo=CST)   # a Monday morning
NOW = datetime(2026, 9, 1, 12, 0, tzinfo=CST)


class Recorder:
    """Makes records the way a station does: rising seq on one device."""

    def __init__(self, device: SigningKey = DEVICE, plan_id: str = "plan-2026"):
        self.device, self.plan_id, self.seq = device, plan_id, 0

    def _next(self, **kw) -> StudyRecord:
        self.seq += 1
        return StudyRecord(record_id=str(uuid.uuid4()), device_key=self.device.public_raw(), seq=self.seq,
                           learner_no="L1", plan_id=self.plan_id, **kw)

    def read(self, start: datetime, minutes: float, category: str = "reader", active: float | None = None):
        end = start + timedelta(minutes=minutes)
        return self._next(kind=RecordKind.READING, category_id=category, started_at=start, ended_at=end,
                          active_seconds=int((minutes if active is None else active) * 60),
                          course_id="c1", chapter_id="ch1")

    def quiz(self, at: datetime, question: str, correct: bool, qtype: str = "single", category: str = "reader"):
        return self._next(kind=RecordKind.QUIZ, category_id=category, started_at=at, ended_at=at,
                          course_id="c1", chapter_id="ch1", question_id=question, question_type=qtype,
                          answer=("A",), correct=correct)

    def profile(self, at: datetime):
        return self._next(kind=RecordKind.PROFILE, category_id="profile", started_at=at, ended_at=at)


def test_reading_earns_a_point_per_ten_active_minutes_and_idle_time_earns_nothing():
    plan, rec = make_study_plan(), Recorder()
    # 35 minutes open, 25 of them active: the reader cut the idle 10 minutes out
    report = compute_points(plan, [rec.read(T0, 35, active=25)], NOW)
    assert report.by_category["reader"] == 2
    assert report.reading_seconds["reader"] == 25 * 60
    # a record claiming more active time than the window was open is not credited at all
    bogus = rec.read(T0 + timedelta(hours=2), 10, active=90)
    report = compute_points(plan, [bogus], NOW)
    assert report.total == 0 and report.refused == [(bogus.record_id, "implausible_duration")]


def test_category_caps_hold_for_the_year_and_the_threshold_needs_every_category():
    plan, rec = make_study_plan(), Recorder()
    days = [rec.read(T0 + timedelta(days=d), 240) for d in range(30)]   # 24 points a day of the reader
    report = compute_points(plan, days, NOW)
    assert report.by_category["reader"] == 60 and report.total == 60
    more = days + [rec.read(T0 + timedelta(days=40), 300, "cases"), rec.read(T0 + timedelta(days=41), 300, "laws"),
                   rec.profile(T0 + timedelta(days=42))]
    report = compute_points(plan, more, NOW)
    assert report.by_category == {"profile": 5, "reader": 60, "cases": 15, "laws": 20}
    assert report.total == plan.threshold == 100


def test_daily_capped_style_counts_each_day_up_to_its_cap():
    plan = StudyPlan("plan-d", 2026, "每日积分", (Category("daily", "每日学习", 3000, daily_cap=125),),
                     threshold=3000, deadline=datetime(2026, 11, 30, tzinfo=CST), reading_minutes_per_credit=1)
    rec = Recorder(plan_id="plan-d")
    records = [rec.read(T0 + timedelta(days=d), 200, "daily") for d in range(10)]   # 200 minutes a day
    report = compute_points(plan, records, NOW)
    assert report.total == 10 * 125
    assert set(report.by_day.values()) == {125}
    # an overall daily cap trims across categories too
    two = make_study_plan(daily_cap_total=12)
    rec2 = Recorder()
    report = compute_points(two, [rec2.read(T0, 100, "reader"), rec2.read(T0 + timedelta(hours=2), 100, "laws")], NOW)
    assert report.by_category["reader"] == 10 and report.by_category["laws"] == 2 and report.total == 12


def test_two_windows_open_at_once_count_the_time_once():
    plan, rec = make_study_plan(), Recorder()
    a = rec.read(T0, 60, "reader")
    b = rec.read(T0 + timedelta(minutes=10), 60, "laws")        # 50 of its minutes overlap a
    report = compute_points(plan, [a, b], NOW)
    assert sum(report.reading_seconds.values()) == 70 * 60
    assert report.by_category["reader"] == 6 and report.by_category["laws"] == 1


def test_quiz_points_once_per_question_and_only_for_a_right_first_answer():
    plan, rec = make_study_plan(), Recorder()
    records = [rec.quiz(T0, "q1", True), rec.quiz(T0 + timedelta(minutes=1), "q1", True),   # again: nothing
               rec.quiz(T0, "q2", False, "multiple"), rec.quiz(T0 + timedelta(minutes=2), "q2", True, "multiple"),
               rec.quiz(T0, "q3", True, "multiple")]
    report = compute_points(plan, records, NOW)
    assert report.by_category["reader"] == 1 + 0 + 2


def test_a_clock_moved_back_to_farm_yesterdays_cap_earns_nothing():
    plan = make_study_plan(categories=(Category("reader", "必修读本", 60, daily_cap=3),), profile_points=0,
                           threshold=60)
    rec = Recorder()
    today = rec.read(T0 + timedelta(days=1), 60)
    moved_back = rec.read(T0, 60)                    # later in seq, earlier on the wall clock
    report = compute_points(plan, [today, moved_back], NOW)
    assert report.total == 3
    assert (moved_back.record_id, "clock_moved_back") in report.refused
    ahead = rec.read(NOW + timedelta(days=2), 60)   # clock set forward past now
    report = compute_points(plan, [today, ahead], NOW)
    assert report.total == 3 and (ahead.record_id, "clock_ahead") in report.refused


def test_only_points_earned_before_the_deadline_count_toward_the_exam():
    plan, rec = make_study_plan(), Recorder()
    before = rec.read(plan.deadline - timedelta(days=1), 100)
    after = rec.read(plan.deadline + timedelta(hours=3), 100, "laws")
    later_now = plan.deadline + timedelta(days=1)
    assert compute_points(plan, [before, after], later_now).total == 20
    assert compute_points(plan, [before, after], later_now, until=plan.deadline).total == 10


def test_records_of_another_plan_are_ignored_and_unknown_categories_refused():
    plan, rec = make_study_plan(), Recorder()
    other = Recorder(plan_id="plan-2025").read(T0, 100)
    odd = rec.read(T0, 100, "sport")
    report = compute_points(plan, [other, odd], NOW)
    assert report.total == 0 and report.refused == [(odd.record_id, "unknown_category")]


def test_a_signed_record_verifies_and_any_change_is_refused():
    record = Recorder().read(T0, 30)
    signed = sign_record(record, DEVICE)
    assert verify_record(signed) == record
    tampered = dict(signed, record=signed["record"].replace('"active_seconds":1800', '"active_seconds":18000'))
    try:
        verify_record(tampered)
    except BadRecord as exc:
        assert "signature" in str(exc)
    else:
        raise AssertionError("a changed record verified")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60 * 24 * 20), st.integers(1, 300), st.sampled_from(["reader", "cases", "laws"])),
                max_size=25),
       st.integers(0, 4))
def test_caps_always_hold_and_repeating_records_never_adds_points(stretches, copies):
    plan, rec = make_study_plan(daily_cap_total=30), Recorder()
    # made in wall-clock order (seq rising with it), as a station with an honest clock makes them
    records = [rec.read(T0 + timedelta(minutes=m), length, cat)
               for m, length, cat in sorted(stretches, key=lambda s: s[0] + s[1])]
    report = compute_points(plan, records, NOW)
    assert not [r for r in report.refused if r[1] != "overlaps_other_reading"]
    for c in plan.categories:
        assert 0 <= report.by_category[c.category_id] <= c.cap
    assert all(v <= 30 for v in report.by_day.values())
    # a station that delivers the same stretches again under new ids (a replay) cannot raise the total
    replay = Recorder(SigningKey.generate())   # another station, same learner
    again = [replay.read(r.started_at, r.active_seconds / 60, r.category_id) for r in records for _ in range(copies)]
    replayed = compute_points(plan, records + again, NOW)
    assert not [r for r in replayed.refused if r[1] != "overlaps_other_reading"]
    assert replayed.total == report.total


def test_a_clock_set_forward_stays_refused_after_that_day_has_come():
    """Reading dated two days ahead of when the server received it does not become honest later."""
    plan, rec = make_study_plan(), Recorder()
    arrived = T0
    ahead = rec.read(T0 + timedelta(days=2), 60)
    later = T0 + timedelta(days=10)
    assert compute_points(plan, [ahead], later).total == 6                       # by the clock alone
    report = compute_points(plan, [ahead], later, received={ahead.record_id: arrived})
    assert report.total == 0 and report.refused == [(ahead.record_id, "clock_ahead")]
