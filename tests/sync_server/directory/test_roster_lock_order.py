"""A roster import that moves learners and an ingest storing their results, at the same moment, on
PostgreSQL (issue 17): the import touches the learners' counted attempts in the file's order, the ingest in
learner order. Without one lock order the file B, A against the results A, B deadlocks and PostgreSQL
aborts one of them; with ``lock_counted`` the ingest waits for the import and both commit."""
from __future__ import annotations

import os
import threading

import openpyxl
import pytest
from sqlalchemy import select

from examcore.clock import utc_naive
from sync_server.directory import roster_files
from sync_server.results.counted import count_results
from sync_server.directory.service import put_unit
from sync_server.models import CountedAttempt, StudyPoints
from tests.server_fixtures import on_roster

pytestmark = pytest.mark.skipif(not os.environ.get("XUEFA_TEST_DATABASE_URL"), reason="row locks: PostgreSQL")
A, B = "310000001", "310000002"


def _pause_after(monkeypatch, learner_no: str) -> tuple[threading.Event, threading.Event]:
    """The import pauses once, right after changing ``learner_no`` (its rows then locked): (paused, go on)."""
    paused, go_on = threading.Event(), threading.Event()
    real_put = roster_files.put_learner

    def put_then_pause(s, number, fields, when, *args, **kwargs):
        done = real_put(s, number, fields, when, *args, **kwargs)
        if number == learner_no and not paused.is_set():
            paused.set()
            go_on.wait(10)
        return done
    monkeypatch.setattr(roster_files, "put_learner", put_then_pause)
    return paused, go_on


def _result(learner_no: str, n: int) -> dict:
    return {"exam_id": "E1", "learner_no": learner_no, "server_score": "80", "outcome": "passed",
            "submitted_at": f"2026-12-01T09:0{n}:00+08:00", "result_id": f"r-{learner_no}-{n}"}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_roster_import_and_an_ingest_meet_without_a_deadlock(server, tmp_path, monkeypatch):
    now = utc_naive(server.clock.now())
    on_roster(server, A, B, unit_id="U1")
    with server.sessions.begin() as s:
        put_unit(s, "U2", "乙单位", "unit", None, now)
        count_results(s, [_result(A, 1), _result(B, 1)])    # both have a counted attempt to move
    book = openpyxl.Workbook()
    for row in (["学号", "姓名", "单位"], [B, "考生0002", "U2"], [A, "考生0001", "U2"]):   # B first
        book.active.append(row)
    book.save(tmp_path / "moves.xlsx")

    first_moved, go_on = _pause_after(monkeypatch, B)   # B's counted rows changed (locked): the ingest comes in
    errors: list[BaseException] = []

    def importing() -> None:
        try:
            with server.sessions.begin() as s:
                roster_files.import_roster(s, tmp_path / "moves.xlsx", now)
        except BaseException as exc:   # noqa: BLE001 - a DeadlockDetected ends up here or below
            errors.append(exc)

    def ingesting() -> None:
        try:
            with server.sessions.begin() as s:
                count_results(s, [_result(A, 2), _result(B, 2)])   # learner order: A, then B
        except BaseException as exc:   # noqa: BLE001
            errors.append(exc)
    roster = threading.Thread(target=importing)
    roster.start()
    assert first_moved.wait(30)
    ingest = threading.Thread(target=ingesting)
    ingest.start()
    ingest.join(1.5)                   # it waits on a row the import holds (A's with the fix, B's without)
    go_on.set()                        # the import goes on to A
    roster.join(60)
    ingest.join(60)
    assert errors == [], errors
    with server.sessions() as s:
        rows = {r.learner_no: r for r in s.scalars(select(CountedAttempt))}
    assert {no: (r.attempts, r.unit_id) for no, r in rows.items()} == {A: (2, "U2"), B: (2, "U2")}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_two_imports_adding_the_same_new_learners_in_opposite_orders_both_commit(server, tmp_path, monkeypatch):
    """Two administrators import overlapping rosters at once: new learners cannot be row-locked, so without
    a claim on their numbers the second import inserts C, waits on D, and the first, going on to C, waits
    on it: a deadlock (or a duplicate-key failure). With ``claim_numbers`` the second waits, then updates."""
    C, D = "310000003", "310000004"
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "U1", "甲单位", "unit", None, now)
    for name, order in (("first.xlsx", (C, D)), ("second.xlsx", (D, C))):
        book = openpyxl.Workbook()
        for row in (["学号", "姓名", "单位"], *([no, "考生" + no[-4:], "U1"] for no in order)):
            book.active.append(row)
        book.save(tmp_path / name)
    first_added, go_on = _pause_after(monkeypatch, C)   # the first import holds C, not yet D
    errors: list[BaseException] = []
    reports: dict[str, object] = {}

    def importing(name: str) -> None:
        try:
            with server.sessions.begin() as s:
                reports[name] = roster_files.import_roster(s, tmp_path / name, now)
        except BaseException as exc:   # noqa: BLE001 - a deadlock or a duplicate key ends up here
            errors.append(exc)
    first = threading.Thread(target=importing, args=("first.xlsx",))
    first.start()
    assert first_added.wait(30)
    second = threading.Thread(target=importing, args=("second.xlsx",))
    second.start()
    second.join(1.5)                   # it waits for the first (on the claim of C)
    go_on.set()
    first.join(60)
    second.join(60)
    assert errors == [], errors
    assert [len(reports[n].added) for n in ("first.xlsx", "second.xlsx")] == [2, 0]   # added once, then kept


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_roster_import_and_study_points_being_counted_meet_without_a_deadlock(server, tmp_path, monkeypatch,
                                                                                issuer):
    """The import copies each learner's unit to their study points in the file's order; counting points
    after a study upload used to update them in any order. Both now take the learners in number order."""
    import json
    from datetime import timedelta

    from examcore.study.course import build_plan_file
    from examcore.study.plan import StudyPlan
    from sync_server.study import service as study
    from pathlib import Path

    from tests.server_fixtures import trust
    now = utc_naive(server.clock.now())
    on_roster(server, A, B, unit_id="U1")
    trust(server, issuer)
    demo = Path(__file__).resolve().parents[3] / "resources" / "demo" / "study"
    plan = StudyPlan.from_dict(json.loads((demo / "plan.json").read_text("utf-8")))
    with server.sessions.begin() as s:
        put_unit(s, "U2", "乙单位", "unit", None, now)
        study.import_study_file(s, build_plan_file(plan, issuer, "示范省普法办"), now)
        study.refresh_points(s, [A, B], now)     # both have points to move
    book = openpyxl.Workbook()
    for row in (["学号", "姓名", "单位"], [B, "考生0002", "U2"], [A, "考生0001", "U2"]):   # B first
        book.active.append(row)
    book.save(tmp_path / "moves.xlsx")
    first_moved, go_on = _pause_after(monkeypatch, B)
    errors: list[BaseException] = []

    def run(work) -> None:
        try:
            with server.sessions.begin() as s:
                work(s)
        except BaseException as exc:   # noqa: BLE001 - a DeadlockDetected ends up here
            errors.append(exc)
    importing = threading.Thread(target=run, args=(lambda s: roster_files.import_roster(s, tmp_path / "moves.xlsx",
                                                                                        now),))
    importing.start()
    assert first_moved.wait(30)
    later = now + timedelta(minutes=1)   # a new count writes both rows
    counting = threading.Thread(target=run, args=(lambda s: study.refresh_points(s, [B, A], later),))
    counting.start()
    counting.join(1.5)
    go_on.set()
    importing.join(60)
    counting.join(60)
    assert errors == [], errors
    with server.sessions() as s:
        assert {(p.learner_no, p.unit_id) for p in s.scalars(select(StudyPoints))} == {(A, "U2"), (B, "U2")}


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_roster_of_many_new_learners_claims_its_numbers_in_few_locks_and_still_one_at_a_time(server):
    """A lock per new number ran out of PostgreSQL's lock table: 20,000 new learners in one import failed
    with "out of shared memory". The numbers are claimed through their shares now; the same number claimed by
    a second transaction still waits for the first."""
    import time

    from sqlalchemy import text

    from sync_server.directory.headcount import NUMBER_SHARES, claim_numbers
    numbers = [f"1101{n:08d}" for n in range(20_000)]
    with server.sessions() as s:
        claim_numbers(s, numbers)
        held = s.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                              "pid = pg_backend_pid()")).scalar()
        assert 0 < held <= NUMBER_SHARES
        waited: list[float] = []

        def other() -> None:
            with server.sessions() as s2:
                started = time.monotonic()
                claim_numbers(s2, [numbers[7]])
                waited.append(time.monotonic() - started)
                s2.rollback()
        thread = threading.Thread(target=other)
        thread.start()
        time.sleep(0.5)
        assert waited == []   # still waiting on the first transaction's share of that number
        s.rollback()
    thread.join(10)
    assert waited and waited[0] >= 0.4


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_learner_added_while_an_import_adds_that_number_is_told_it_exists(server, server_config):
    """`learners add` looked for the number before waiting for the import adding it, then changed the imported
    learner into another person in another unit (an outside tester): it waits, then says the number exists."""
    from sync_server.directory.headcount import claim_numbers
    from sync_server.directory.service import LearnerFields, put_learner
    from sync_server.models import Learner
    from tests.server_cli import server_cli
    from tests.server_fixtures import SETUP_HASHER
    on_roster(server, "550000000", unit_id="U1")
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "U2", "乙单位", "unit", None, now)
    said: list = []
    with server.sessions() as importing:   # an import, its new learner written, not yet committed
        claim_numbers(importing, ["550000001"])
        put_learner(importing, "550000001", LearnerFields("名册1", "U1"), now, SETUP_HASHER, claimed=True)
        adding = threading.Thread(target=lambda: said.append(server_cli(
            server_config.instance_dir, "learners", "add", "550000001", "--name", "另一个人", "--unit", "U2",
            env={"XUEFA_LANG": "en"})))
        adding.start()
        adding.join(1.0)
        assert adding.is_alive()   # waiting for the import
        importing.commit()
    adding.join(30)
    assert said and said[0].returncode == 1 and "already exists" in said[0].stderr, said
    with server.sessions() as s:
        learner = s.get(Learner, "550000001")
        assert (learner.name, learner.unit_id) == ("名册1", "U1")
