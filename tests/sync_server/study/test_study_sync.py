"""Study records travel up exactly once and the server recomputes the points itself; study plans,
courses and practice banks travel down through the change feed. Real server process on loopback."""
from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.services.sync_runner import SyncRunner
from examcore.crypto.keys import SigningKey
from examcore.errors import PackageError
from examcore.study.course import build_course_file, build_plan_file, build_practice_file
from examcore.study.records import RecordKind, StudyRecord, sign_record
from examcore.sync_client import SyncClient
from sync_server.devices import create_code
from sync_server.models import Alert, Change, StudyRecord as ServerRecord
from sync_server.study.service import import_study_file, learner_points, plans, points_by_year
from tests.conftest import LEARNER
from tests.factories import make_study_plan
from tests.server_fixtures import trust

NO = LEARNER[0]


def _study_files(issuer, now):
    from desktop.resources import resources_dir
    from examcore.banks import load_bank
    from examcore.study.authoring import load_course_sources
    study = resources_dir() / "demo" / "study"
    practice = load_bank(study / "practice.json")
    plan = make_study_plan(year=now.year, deadline=now + timedelta(days=30))
    return ([build_plan_file(plan, issuer, "省普法办"), build_practice_file(practice.name, practice.questions, issuer, "省普法办")]
            + [build_course_file(c, issuer, "省普法办") for c in load_course_sources(study / "courses.json")])


@pytest.fixture
def enrolled(server, live_server, station_for_server, issuer, clock):
    trust(server, issuer)
    for data in _study_files(issuer, clock.now()):
        with server.sessions.begin() as s:
            import_study_file(s, data, server.clock.now())
    station_for_server.enrolment.enrol(live_server, "01号机", create_code(server))
    client = SyncClient(live_server, station_for_server.keys)
    station_for_server.downward.pull(client)
    return station_for_server, client


def test_plans_courses_and_practice_come_down_with_the_feed(enrolled, server, issuer):
    station, client = enrolled
    assert station.study.plan().plan_id == "plan-2026"
    assert {c.course_id for c in station.study.courses()} == {"reader-2026", "cases-2026", "laws-2026"}
    assert dict(station.practice.categories())["学法用法规定"] == 8
    # a file from an issuer the server does not trust is refused there, and nothing goes down
    stranger = build_course_file(station.study.open_course("laws-2026"), SigningKey.generate(), "某人")
    with pytest.raises(PackageError) as err, server.sessions.begin() as s:
        import_study_file(s, stranger, server.clock.now())
    assert err.value.code == "untrusted_issuer"
    # importing the same file again hands nothing down again
    with server.sessions.begin() as s:
        before = s.scalar(select(func.count()).select_from(Change))
        assert import_study_file(s, _study_files(issuer, station.clock.now())[0], server.clock.now()) == (
            "plan", "2026年度学法计划", False)
        assert s.scalar(select(func.count()).select_from(Change)) == before


def test_study_records_land_once_through_retries_and_both_sides_count_the_same(enrolled, server):
    station, client = enrolled
    course = station.study.open_course("reader-2026")
    station.study.record_reading(NO, course, "r1", 25 * 60)
    single, tf = course.chapter("r1").quiz
    station.study.answer_quiz(NO, course, "r1", single, ("B",))
    station.study.answer_quiz(NO, course, "r1", tf, ("F",))
    station.study.complete_profile(NO, "13800000000", "")
    batch = station.outbox.pending_records()
    outcomes, _lost_receipt = client.deliver_study(batch)       # the answer is lost on the way back
    assert [o["status"] for o in outcomes] == ["stored"] * 4
    outcomes, receipt = client.deliver_study(batch)             # so the station sends them again
    assert [o["status"] for o in outcomes] == ["duplicate"] * 4
    assert sum(station.outbox.clear_records(receipt).values()) == 4 and station.outbox.count_records() == 0
    with server.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ServerRecord)) == 4
        plan = plans(s)[0]
        on_server = learner_points(s, plan, NO, server.clock.now())
    on_station = station.study.points(NO)
    assert on_server.by_category == on_station.by_category == {"profile": 5, "reader": 2 + 1, "cases": 0, "laws": 0}
    with server.sessions() as s:
        year = points_by_year(s, NO, server.clock.now())[0]
    assert (year["points"], year["threshold"], year["reached"]) == (8, 100, False)


def test_the_server_grades_quizzes_itself_and_refuses_forged_or_changed_records(enrolled, server):
    station, client = enrolled
    now = station.clock.now()
    key = station.keys.device_key

    def record(**kw):
        fields = dict(record_id=str(uuid.uuid4()), device_key=key.public_raw(), seq=1000, learner_no=NO,
                      plan_id="plan-2026", kind=RecordKind.QUIZ, category_id="reader", started_at=now, ended_at=now,
                      course_id="reader-2026", chapter_id="r2", question_id="reader-q4", question_type="multiple",
                      answer=("A",), correct=True)   # a wrong answer the station calls right
        fields.update(kw)
        return StudyRecord(**fields)

    lying = record()
    other_device = record(record_id=str(uuid.uuid4()), device_key=SigningKey.generate().public_raw(), seq=1001)
    signed_lie = sign_record(lying, key)
    tampered = dict(sign_record(record(seq=1002), key))
    tampered["record"] = tampered["record"].replace('"seq":1002', '"seq":1003')
    outcomes, receipt = client.deliver_study([signed_lie, sign_record(other_device, SigningKey.generate()), tampered])
    assert [o["status"] for o in outcomes] == ["stored", "refused", "refused"]
    assert "signature" in outcomes[1]["detail"] or "own records" in outcomes[1]["detail"]
    with server.sessions() as s:
        assert learner_points(s, plans(s)[0], NO, server.clock.now()).by_category["reader"] == 0
    # the same id again with other content: refused and raised as an alert
    changed = sign_record(dataclasses.replace(lying, answer=("A", "C", "D")), key)
    outcomes, _ = client.deliver_study([changed])
    assert outcomes[0]["status"] == "conflict"
    with server.sessions() as s:
        alert = s.scalars(select(Alert).where(Alert.kind == "study_record_conflict")).one()
    assert lying.record_id in alert.detail


def test_the_sync_runner_carries_study_records_and_clears_them_on_the_receipt(enrolled, qtbot):
    station, _client = enrolled
    course = station.study.open_course("laws-2026")
    station.study.record_reading(NO, course, "l1", 12 * 60)
    runner = SyncRunner(station.link, station.upward, station.downward, station.outbox, station.clock)
    runner._deliver(station_url(station))   # the worker's own function, run here directly
    assert station.outbox.count_records() == 0


def station_url(station) -> str:
    from desktop.store.models import Setting
    with station.sessions() as s:
        return s.get(Setting, "server_url").value


def test_reading_dated_ahead_of_its_arrival_never_counts(enrolled, server):
    station, client = enrolled
    course = station.study.open_course("laws-2026")
    station.clock.wall += timedelta(days=2)          # the station's clock set two days forward
    station.study.record_reading(NO, course, "l1", 60 * 60)
    outcomes, receipt = client.deliver_study(station.outbox.pending_records())
    assert outcomes[0]["status"] == "stored" and sum(station.outbox.clear_records(receipt).values()) == 1
    with server.sessions() as s:
        much_later = server.clock.now() + timedelta(days=10)   # those two days have long come
        report = learner_points(s, plans(s)[0], NO, much_later)
    assert report.total == 0 and report.refused[0][1] == "clock_ahead"
