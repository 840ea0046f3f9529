"""An exam built on the server from its bank reaches a fresh station by sync and opens with the printed
start code; a retired question is left out; a lower server named as recipient can open the results."""
from __future__ import annotations

import json

from desktop.station import Station
from examcore.crypto.keys import ResultKey
from examcore.keyfiles import save_result_key
from examcore.sync_client import SyncClient
from sync_server.devices import create_code
from tests.factories import make_pool
from tests.server_cli import server_cli as cli



def test_build_from_the_bank_sync_to_a_station_and_open(server, server_config, live_server, tmp_path, clock):
    folder = server_config.instance_dir
    bank = tmp_path / "bank.json"
    bank.write_text(json.dumps({"bank": "示范题库", "questions": [q.to_dict() for q in make_pool(10)]},
                               ensure_ascii=False), encoding="utf-8")
    assert cli(folder, "import-questions", bank, "--bank", "示范题库").returncode == 0
    listed = cli(folder, "questions", "list", "--bank", "示范题库").stdout
    assert listed.strip().endswith("50 question(s)")
    assert cli(folder, "questions", "retire", "s0").returncode == 0
    exam = tmp_path / "exam.json"
    exam.write_text(json.dumps({
        "exam_id": "2026-annual", "title": "2026年度学法用法考试", "duration_minutes": 60, "pass_mark": 6,
        "window_start": "2026-01-01T08:00:00+08:00", "window_end": "2099-12-31T18:00:00+08:00",
        "papers": {"general": [{"type": "单选", "count": 9, "points": 1}, {"type": "判断", "count": 2, "points": 1}]}},
        ensure_ascii=False), encoding="utf-8")
    centre_key = ResultKey.generate()
    save_result_key(tmp_path / "centre.key", tmp_path / "centre.key.pub", centre_key, "某市考试中心")
    built = cli(folder, "build-exam", exam, "--bank", "示范题库", "--recipient", tmp_path / "centre.key.pub",
                "--out", tmp_path / "annual.xfp")
    assert built.returncode == 0, built.stderr
    assert "from 49 question(s)" in built.stdout and "for 2 recipient server(s)" in built.stdout
    code = built.stdout.split("start code: ")[1].split()[0]
    too_many = tmp_path / "too-many.json"
    too_many.write_text(exam.read_text(encoding="utf-8").replace('"count": 9', '"count": 10'), encoding="utf-8")
    short = cli(folder, "build-exam", too_many, "--bank", "示范题库")
    assert short.returncode == 1 and "the package was not built" in short.stderr  # s0 is retired: 9 singles left
    # the same exam id again: refused (stations would list two open exams of one name), unless on purpose
    twice = cli(folder, "build-exam", exam, "--bank", "示范题库")
    assert twice.returncode == 1 and "2026-annual was built already" in twice.stderr and "--again" in twice.stderr

    station = Station.open(tmp_path / "station", clock)
    try:
        station.enrolment.enrol(live_server, "01", create_code(server))
        got = station.downward.pull(SyncClient(live_server, station.keys))
        assert got.new_packages == 1 and got.skipped == []
        [listing] = station.library.listings("anyone")
        unlocked = station.attempts.unlock(listing.package_id, code)
        assert "s0" not in unlocked.content.questions and len(unlocked.content.questions) == 49
        parsed = station.library.load(listing.package_id)
        assert parsed.unwrap_for_recipient(centre_key)  # the named centre can open the results too
    finally:
        station.close()
    assert cli(folder, "build-exam", exam, "--bank", "示范题库", "--again").returncode == 0   # on purpose


def test_a_makeup_is_open_only_to_the_absent_and_the_failed_of_its_units(server, live_server, tmp_path, clock):
    from dataclasses import replace
    from datetime import datetime, timedelta, timezone

    import pytest

    from desktop.services.accounts import LearnerInfo
    from desktop.services.attempts import AttemptRefused
    from examcore.blueprint import GENERAL, Blueprint, Section
    from examcore.clock import utc_naive
    from examcore.exam import Eligibility, ExamDefinition
    from examcore.questions import QuestionType
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    from sync_server.exams.builder import build_exam
    from sync_server.models import Result
    from sync_server.exams.question_bank import import_questions
    from examcore.banks import ImportReport
    now = utc_naive(server.clock.now())
    passwords = {}
    with server.sessions.begin() as s:
        import_questions(s, [ImportReport("pool", questions=make_pool(10))], "题库", "test", now)
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "A", "甲局", "unit", "P", now)
        put_unit(s, "B", "乙局", "unit", "P", now)
        for no, unit in (("a1", "A"), ("a2", "A"), ("a3", "A"), ("b1", "B")):
            passwords[no] = put_learner(s, no, LearnerFields(no, unit), now)[1]

    start = datetime.now(timezone.utc) - timedelta(days=1)
    makeup = ExamDefinition("2026-annual", "2026年度学法考试（补考）", 60, 3, start, start + timedelta(days=30),
                            {GENERAL: Blueprint((Section(QuestionType.SINGLE, 5, 1),))},
                            eligibility=Eligibility(units=("A",)))
    main = build_exam(server, replace(makeup, title="2026年度学法考试", eligibility=Eligibility()), "题库", [])
    with server.sessions.begin() as s:
        for n, (no, score, outcome) in enumerate((("a1", "8", "passed"), ("a2", "3", "failed"), ("b1", "2", "failed"))):
            s.add(Result(result_id=f"m{n}", content_hash="h", envelope=b"{}", package_id=main.package_id,
                         exam_id="2026-annual", learner_no=no, device_id="d", sitting_id=None, station_score=score,
                         server_score=score, outcome=outcome, pending_points=0, submitted_at="2026-10-01T10:00:00",
                         received_at=now, source="http", receipt=b""))
    built = build_exam(server, makeup, "题库", [], makeup_of="2026-annual")
    assert built.makeup_for == 2  # a2 failed, a3 was absent; a1 passed; b1 is not in unit A
    station = Station.open(tmp_path / "station", clock)
    try:
        station.enrolment.enrol(live_server, "01", create_code(server, unit_id="P"))   # a station of the whole province
        station.downward.pull(SyncClient(live_server, station.keys))
        assert [x.title for x in station.library.listings("a2")] == ["2026年度学法考试", "2026年度学法考试（补考）"]
        assert "2026年度学法考试（补考）" in [x.title for x in station.library.listings("a3")]
        assert [x.title for x in station.library.listings("a1")] == ["2026年度学法考试"]
        assert [x.title for x in station.library.listings("b1")] == ["2026年度学法考试"]
        unlocked = station.attempts.unlock(built.package_id, built.start_code)
        with pytest.raises(AttemptRefused) as refused:
            station.attempts.begin(LearnerInfo("a1", "a1", "甲局", False), unlocked)
        assert refused.value.code == "not_eligible"
        assert station.attempts.begin(LearnerInfo("a3", "a3", "甲局", False), unlocked).learner.learner_no == "a3"
        # a tampered station that lets a1 sit anyway: the server checks its own roster and refuses
        import random

        from sync_server.results.ingest import Ingest
        from tests.server_fixtures import make_envelopes
        [sneaked] = make_envelopes(station, 1, random.Random(3), start_code=built.start_code, learner_no="a1",
                                   package_id=built.package_id, choose=lambda n, q: list(q.answer))
        fair = make_envelopes(station, 1, random.Random(4), start_code=built.start_code, learner_no="a2",
                              package_id=built.package_id, choose=lambda n, q: list(q.answer))[0]
        outcomes = Ingest(server).ingest_many([sneaked.to_bytes(), fair.to_bytes()], "http")
        assert [(o.status.value, o.reason) for o in outcomes] == [("refused", "not_eligible"), ("stored", "")]
    finally:
        station.close()
