"""Participation and pass rates against figures worked out by hand on a small roster, with an exemption,
a transfer in the middle of the year, learners who left, a second attempt, and a leaders' report."""
from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import load_workbook

from examcore.clock import utc_naive
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.exams.packages import import_package
from sync_server.results.counted import store_results
from sync_server.models import Package
from sync_server.reports.units import unit_report
from tests.server_cli import server_cli



@pytest.fixture
def year(server, server_package):
    import_package(server, server_package.read_bytes())
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        package_id = s.query(Package.package_id).scalar()
        for unit, name, level, parent in (("P", "示范省", "province", None), ("C1", "甲市", "city", "P"),
                                          ("A", "甲局", "unit", "C1"), ("B", "乙局", "unit", "C1")):
            put_unit(s, unit, name, level, parent, now)
        roster = {"a1": ("A", "active", True), "a2": ("A", "active", False), "a3": ("A", "exempt", False),
                  "a4": ("A", "active", False), "b1": ("B", "active", False), "b2": ("A", "active", False),
                  "b3": ("B", "transferred", False), "b4": ("B", "retired", False)}
        for no, (unit, status, leader) in roster.items():
            put_learner(s, no, LearnerFields(no, unit, is_leader=leader, status=status,
                                             exempt_reason="两年内退休" if status == "exempt" else ""), now)
        # (learner, score, outcome, submitted): a3 sat although exempt; b1 failed, then passed; b2 sat in A
        sittings = [("a1", "8", "passed", 1), ("a2", "4", "failed", 1), ("a3", "10", "passed", 1),
                    ("b1", "4", "failed", 1), ("b1", "9", "passed", 2), ("b2", "10", "passed", 1),
                    ("b3", "10", "passed", 1), ("b4", "10", "passed", 1)]
        store_results(s, [dict(result_id=f"r{n}", content_hash="h", envelope=b"{}", package_id=package_id,
                               exam_id="exam-2026", learner_no=no, device_id="d", sitting_id=None,
                               station_score=score, server_score=score, outcome=outcome, pending_points=0,
                               submitted_at=datetime(2026, 10, day).isoformat(), received_at=now, source="http",
                               receipt=b"") for n, (no, score, outcome, day) in enumerate(sittings)])
    with server.sessions.begin() as s:  # b2 moves from A to B after the exam: the result goes with them
        put_learner(s, "b2", LearnerFields("b2", "B"), now)


def test_unit_figures_match_the_hand_count(server, year):
    with server.sessions() as s:
        report = unit_report(s, "exam-2026", "C1")
    total = report.unit.to_dict()
    assert (total["should_sit"], total["exempt"], total["sat"], total["passed"], total["failed"], total["absent"]) \
        == (5, 1, 4, 3, 1, 1)
    assert (total["participation_rate"], total["pass_rate"], total["average_score"]) == (0.8, 0.6, 7.75)
    a, b = (c.to_dict() for c in report.children)
    assert (a["unit_id"], a["should_sit"], a["exempt"], a["sat"], a["passed"], a["absent"]) == ("A", 3, 1, 2, 1, 1)
    assert (a["participation_rate"], a["pass_rate"], a["average_score"]) == (0.6667, 0.3333, 6.0)
    assert (b["unit_id"], b["should_sit"], b["sat"], b["passed"], b["average_score"]) == ("B", 2, 2, 2, 9.5)
    with server.sessions() as s:
        leaders = unit_report(s, "exam-2026", "C1", leaders_only=True).unit
    assert (leaders.should_sit, leaders.sat, leaders.passed) == (1, 1, 1)


def test_the_report_command_prints_and_writes_excel(server, server_config, year, tmp_path):
    out = tmp_path / "report.xlsx"
    done = server_cli(server_config.instance_dir, "report", "exam-2026", "--unit", "C1", "--excel", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1].split("\t") == ["甲市", "5", "1", "4", "3", "1", "0", "1", "80.0", "60.0", "7.8", ""]
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[1][0] == "单位" and [r[0] for r in rows[2:]] == ["甲市", "甲局", "乙局"]
    assert rows[3][1:8] == (3, 1, 2, 1, 1, 0, 1)


def test_the_unit_summary_lists_headcount_and_admin_contacts(server, server_config, year):
    from sync_server.admins import create_admin
    with server.sessions.begin() as s:
        create_admin(s, "jia", "Admin-pass-2026", "unit_admin", "A", utc_naive(server.clock.now()), "王甲",
                     "0371-1234567", "wangjia@example.cn", must_change_password=False)
    done = server_cli(server_config.instance_dir, "report-units", "--unit", "C1")
    assert done.returncode == 0, done.stderr
    lines = [line.split("\t") for line in done.stdout.splitlines()]
    assert lines[0] == ["单位", "上级单位", "人数", "免考", "单位管理员", "联系电话", "电子邮箱"]
    # A: a1, a2, a3 (exempt), a4; B: b1, b2 (moved in); b3 left and b4 retired are not counted
    assert lines[1] == ["甲局", "甲市", "4", "1", "王甲", "0371-1234567", "wangjia@example.cn"]
    assert lines[2] == ["乙局", "甲市", "2", "0", "", "", ""]
    assert lines[3][:4] == ["甲市", "示范省", "0", "0"]


def test_the_personal_archive_shows_every_attempt_and_the_one_that_counts(server, year):
    from sync_server.reports.units import personal_archive
    with server.sessions() as s:
        [exam] = personal_archive(s, "b1")
    assert (exam["year"], exam["counted_score"], exam["counted_outcome"]) == ("2026", "9", "passed")
    assert [(a["score"], a["outcome"]) for a in exam["attempts"]] == [("4", "failed"), ("9", "passed")]
    with server.sessions() as s:
        assert personal_archive(s, "a4") == []  # absent: nothing sat


def test_average_study_points_count_what_those_who_should_sit_earned_by_the_deadline(server, year, issuer):
    """a1 read 60 minutes (6 points) and b1 30 minutes (3), both before the deadline; a2 read 100 minutes
    after it (counts for the archive, not for the exam); a3 is exempt and read too (not counted)."""
    import uuid
    from datetime import timedelta

    from examcore.crypto.keys import SigningKey
    from examcore.study.course import build_plan_file
    from examcore.study.records import RecordKind, StudyRecord, sign_record
    from sync_server.study.service import import_study_file, ingest_records, points_by_year
    from tests.factories import CST, make_study_plan

    deadline = datetime(2026, 9, 30, tzinfo=CST)
    with server.sessions.begin() as s:
        import_study_file(s, build_plan_file(make_study_plan(deadline=deadline), issuer, "省"), server.clock.now())
    device = SigningKey.generate()
    signed = []
    for seq, (no, when, minutes) in enumerate((("a1", deadline - timedelta(days=3), 60),
                                               ("b1", deadline - timedelta(days=2), 30),
                                               ("a2", deadline + timedelta(days=1), 100),
                                               ("a3", deadline - timedelta(days=1), 100)), start=1):
        signed.append(sign_record(StudyRecord(str(uuid.uuid4()), device.public_raw(), seq, no, "plan-2026",
                                              RecordKind.READING, "reader", when - timedelta(minutes=minutes), when,
                                              minutes * 60, "c1", "ch1"), device))
    later = deadline + timedelta(days=5)
    with server.sessions.begin() as s:
        outcomes = ingest_records(s, signed, device_id="d", device_key=None, source="bundle", now=later)
    assert [o.status for o in outcomes] == ["stored"] * 4
    with server.sessions() as s:
        report = unit_report(s, "exam-2026", "C1")
        archive = points_by_year(s, "a2", later)
    assert report.unit.to_dict()["average_study_points"] == round((6 + 3) / 5, 2)
    a, b = (c.to_dict() for c in report.children)
    assert (a["average_study_points"], b["average_study_points"]) == (2.0, 1.5)
    assert (archive[0]["points"], archive[0]["points_by_deadline"], archive[0]["reached"]) == (10, 0, False)
