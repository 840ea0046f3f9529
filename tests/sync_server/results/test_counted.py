"""The counted attempts the unit report reads are kept as results arrive and as the roster changes: they
must always equal what the results and the roster say, whatever the order and batching of arrivals."""
from __future__ import annotations

import json
import random

import pytest
from sqlalchemy import select

from examcore.clock import utc_naive
from examcore.exam import Counting
from sync_server.results.counted import cents, mark_of, store_results
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.exams.packages import import_package
from sync_server.models import CountedAttempt, Package, Result, StudyPoints
from sync_server.reports.units import unit_report
from tests.conftest import write_package
from tests.server_fixtures import trust


def _result(n: int, package_id: str, exam: str, learner: str, score: str, outcome: str, at: str, now) -> dict:
    return dict(result_id=f"r{n:04d}", content_hash="h", envelope=b"{}", package_id=package_id, exam_id=exam,
                learner_no=learner, device_id="d", sitting_id=None, station_score=score, server_score=score,
                outcome=outcome, pending_points=0, submitted_at=at, received_at=now, source="http", receipt=b"")


def _tree(server, now) -> None:
    with server.sessions.begin() as s:
        for unit, level, parent in (("P", "province", None), ("A", "unit", "P"), ("B", "unit", "P")):
            put_unit(s, unit, unit, level, parent, now)


def _two_learners_of_a(server, server_package):
    """The package imported, the unit tree made, learners a1 and a2 in unit A: (package id, now)."""
    import_package(server, server_package.read_bytes())
    now = utc_naive(server.clock.now())
    _tree(server, now)
    with server.sessions.begin() as s:
        package_id = s.scalar(select(Package.package_id))
        for no in ("a1", "a2"):
            put_learner(s, no, LearnerFields(no, "A"), now)
    return package_id, now


@pytest.mark.parametrize("seed", range(6))
def test_counted_attempts_equal_the_results_whatever_the_batches(server, server_package, seed):
    """Random attempts (same learner several times in one batch, equal submission times, scores with
    decimals, results awaiting marking) stored in random batches: each row holds the best and the last."""
    rng = random.Random(seed)
    import_package(server, server_package.read_bytes())
    now = utc_naive(server.clock.now())
    _tree(server, now)
    with server.sessions.begin() as s:
        package_id = s.scalar(select(Package.package_id))
        for no in ("a1", "a2", "b1"):
            put_learner(s, no, LearnerFields(no, no[0].upper(), is_leader=no == "a1"), now)
    rows = [_result(n, package_id, rng.choice(["exam-2026", "exam-2027"]), rng.choice(["a1", "a2", "b1", "x9"]),
                    rng.choice(["0", "4", "7.5", "66.67", "100"]), rng.choice(["passed", "failed", "pending"]),
                    f"2026-10-0{rng.randint(1, 3)}T10:00:00", now) for n in range(60)]
    shuffled = rows[:]
    rng.shuffle(shuffled)
    while shuffled:
        cut = rng.randint(1, 12)
        batch, shuffled = shuffled[:cut], shuffled[cut:]
        with server.sessions.begin() as s:
            store_results(s, batch)
    expected: dict[tuple, dict] = {}
    for r in rows:
        mine = [x for x in rows if (x["exam_id"], x["learner_no"]) == (r["exam_id"], r["learner_no"])]
        last = max(mine, key=lambda x: (x["submitted_at"], x["result_id"]))
        expected[(r["exam_id"], r["learner_no"])] = (
            len(mine), max(cents(x["server_score"]) for x in mine), max(mark_of(x["outcome"]) for x in mine),
            cents(last["server_score"]), mark_of(last["outcome"]), last["result_id"],
            None if r["learner_no"] == "x9" else r["learner_no"][0].upper(), r["learner_no"] == "a1")
    with server.sessions() as s:
        stored = {(c.exam_id, c.learner_no): (c.attempts, c.best_cents, c.best_mark, c.last_cents, c.last_mark,
                                              c.last_id, c.unit_id, c.is_leader)
                  for c in s.scalars(select(CountedAttempt))}
    assert stored == expected


def test_the_report_follows_transfers_leaders_retirements_and_late_roster_entries(server, server_package):
    package_id, now = _two_learners_of_a(server, server_package)
    with server.sessions.begin() as s:
        store_results(s, [_result(1, package_id, "exam-2026", "a1", "8", "passed", "2026-10-01", now),
                          _result(2, package_id, "exam-2026", "a2", "3", "failed", "2026-10-01", now),
                          _result(3, package_id, "exam-2026", "L-late9", "9", "passed", "2026-10-01", now)])

    def figures(unit: str, leaders: bool = False) -> tuple:
        with server.sessions() as s:
            f = unit_report(s, "exam-2026", unit, leaders).unit
        return f.should_sit, f.sat, f.passed, f.average

    assert figures("A") == (2, 2, 1, 5.5)
    assert figures("P") == (2, 2, 1, 5.5)   # "L-late9" is not on the roster yet: not counted anywhere
    with server.sessions.begin() as s:
        put_learner(s, "L-late9", LearnerFields("late", "B"), now)          # the roster catches up
        put_learner(s, "a2", LearnerFields("a2", "B", is_leader=True), now)   # transferred, made a leader
    assert figures("A") == (1, 1, 1, 8.0)
    assert figures("B") == (2, 2, 1, 6.0)
    assert figures("P", leaders=True) == (1, 1, 0, 3.0)
    with server.sessions.begin() as s:
        put_learner(s, "a1", LearnerFields("a1", "A", status="retired"), now)
    assert figures("A") == (0, 0, 0, None)
    assert figures("P") == (2, 2, 1, 6.0)


def test_an_exam_counting_the_last_attempt_counts_the_last(server, issuer, tmp_path):
    trust(server, issuer)
    package = write_package(tmp_path / "last.xfp", issuer, recipients=[server.keys.recipient()],
                            counting=Counting.LAST)
    import_package(server, package.read_bytes())
    now = utc_naive(server.clock.now())
    _tree(server, now)
    with server.sessions.begin() as s:
        package_id = s.scalar(select(Package.package_id))
        put_learner(s, "a1", LearnerFields("a1", "A"), now)
        store_results(s, [_result(2, package_id, "exam-2026", "a1", "4", "failed", "2026-10-02T09:00:00", now)])
        store_results(s, [_result(1, package_id, "exam-2026", "a1", "9", "passed", "2026-10-01T09:00:00", now)])
    with server.sessions() as s:
        f = unit_report(s, "exam-2026", "A").unit
    assert (f.sat, f.passed, f.failed, f.average) == (1, 0, 1, 4.0)


def test_more_results_than_the_allowance_count_none_whatever_held_them_first(server, server_package):
    """One attempt allowed. The second result of a learner holds the first that counted (returned for the
    caller to hold); a first result held for another rule (a long sleep, on purpose) holds the second too,
    in either order; a result an administrator rejected gives its attempt back."""
    package_id, now = _two_learners_of_a(server, server_package)

    def stored(n, learner, flags="", review=None):
        row = {**_result(n, package_id, "exam-2026", learner, "9", "passed", "2026-10-02T09:00:00", now),
               "flags": flags, "review": review or ("held" if flags else "counted")}
        with server.sessions.begin() as s:
            return store_results(s, [row], {row["result_id"]: (1, (package_id,))}), row

    assert stored(1, "a1")[0] == []
    counted_before, second = stored(2, "a1")
    assert counted_before == ["r0001"] and (second["review"], second["flags"]) == ("held", "attempt_limit")
    # a2: the first held on purpose (slept_long), the second must not count alone
    assert stored(3, "a2", flags="slept_long")[0] == []
    counted_before, second = stored(4, "a2")   # the held first is returned too, to carry the limit's flag
    assert counted_before == ["r0003"] and (second["review"], second["flags"]) == ("held", "attempt_limit")
    with server.sessions.begin() as s:   # an administrator rejects both: the learner may sit once more
        for row in s.scalars(select(Result).where(Result.learner_no == "a2")):
            row.review = "rejected"
    assert stored(5, "a2")[1]["review"] == "counted"


def test_study_points_copies_follow_the_learner(server):
    now = utc_naive(server.clock.now())
    _tree(server, now)
    with server.sessions.begin() as s:
        put_learner(s, "a1", LearnerFields("a1", "A"), now)
        s.add(StudyPoints(learner_no="a1", plan_id="p", points=5, points_by_deadline=5, updated_at=now,
                          unit_id="A", status="active"))
    with server.sessions.begin() as s:
        put_learner(s, "a1", LearnerFields("a1", "B", is_leader=True, status="exempt", exempt_reason="长期病假"), now)
    with server.sessions() as s:
        row = s.get(StudyPoints, ("a1", "p"))
        assert (row.unit_id, row.status, row.is_leader) == ("B", "exempt", True)


@pytest.mark.parametrize("seed", range(3))
def test_headcounts_equal_the_roster_after_any_changes(server, seed):
    """New learners, transfers, status and leader changes, locally and from the upstream, in any order:
    the kept headcounts equal a count of the roster."""
    from sqlalchemy import func

    from sync_server.directory.service import apply_learner, learner_body
    from sync_server.models import Headcount, Learner
    rng = random.Random(seed)
    now = utc_naive(server.clock.now())
    _tree(server, now)
    for _ in range(80):
        no = f"L{rng.randint(1, 15)}"
        status = rng.choice(["active", "active", "exempt", "retired", "transferred"])
        fields = LearnerFields(no, rng.choice("AB"), is_leader=rng.random() < 0.3, status=status,
                               exempt_reason="长期病假" if status == "exempt" else "")
        with server.sessions.begin() as s:
            if rng.random() < 0.7:
                put_learner(s, no, fields, now)
            else:   # the same change as the upstream sends it
                body = {"learner_no": no, "name": no, "unit_id": fields.unit_id, "is_leader": fields.is_leader,
                        "status": fields.status, "password_version": 1, "password_hash": "x"}
                existing = s.get(Learner, no)
                apply_learner(s, {**(learner_body(s, existing) if existing else {}), **body}, now)
    with server.sessions() as s:
        kept = {(h.unit_id, h.status, h.is_leader): h.n for h in s.scalars(select(Headcount)) if h.n}
        counted = {(u, st, lead): n for u, st, lead, n in s.execute(
            select(Learner.unit_id, Learner.status, Learner.is_leader, func.count())
            .group_by(Learner.unit_id, Learner.status, Learner.is_leader))}
    assert kept == counted and len(counted) > 3


def test_an_exemption_needs_a_reason_and_ends_with_its_period(server):
    """An exemption without a reason, or already over, is refused in words; when its last day has passed
    the learner is active again: counted as should-sit, and the stations hear of it."""
    from datetime import timedelta

    from sync_server.directory.service import DirectoryError, end_exemptions, local_day
    from sync_server.models import Change, Learner
    now = utc_naive(server.clock.now())
    today = local_day(now)
    _tree(server, now)
    with server.sessions.begin() as s, pytest.raises(DirectoryError) as no_reason:
        put_learner(s, "a1", LearnerFields("a1", "A", status="exempt"), now)
    assert no_reason.value.code == "bad_exemption" and "reason" in no_reason.value.detail
    with server.sessions.begin() as s, pytest.raises(DirectoryError) as over:
        put_learner(s, "a1", LearnerFields("a1", "A", status="exempt", exempt_reason="病假",
                                           exempt_until=today - timedelta(days=1)), now)
    assert "ended on" in over.value.detail
    with server.sessions.begin() as s, pytest.raises(DirectoryError) as backwards:
        put_learner(s, "a1", LearnerFields("a1", "A", status="exempt", exempt_reason="病假",
                                           exempt_from=today + timedelta(days=5), exempt_until=today), now)
    assert "starts" in backwards.value.detail
    with server.sessions.begin() as s:
        put_learner(s, "a1", LearnerFields("a1", "A", status="exempt", exempt_reason="长期病假",
                                           exempt_from=today, exempt_until=today + timedelta(days=1)), now)
        put_learner(s, "a2", LearnerFields("a2", "A", status="exempt", exempt_reason="两年内退休"), now)  # no end

    def figures() -> tuple:
        end_exemptions(server)   # as the report API and command do first
        with server.sessions() as s:
            f = unit_report(s, "exam-2026", "A").unit
        return f.should_sit, f.exempt

    assert figures() == (0, 2)
    server.clock.advance(24 * 3600 * 1000)       # the last day of the exemption: still exempt
    assert figures() == (0, 2)
    server.clock.advance(24 * 3600 * 1000)       # the day after
    assert figures() == (1, 1)
    with server.sessions() as s:
        a1 = s.get(Learner, "a1")
        assert (a1.status, a1.exempt_reason, a1.exempt_until) == ("active", "", None)
        feed = [c.body for c in s.scalars(select(Change).where(Change.key == "a1").order_by(Change.seq))]
    assert '"status":"active"' in feed[-1]


def test_a_move_from_upstream_keeps_the_time_it_was_made_there(server):
    """A move travels down dated where it was made, so the centre and the province judge a result sat
    around it alike (sync_server/directory/transfers.py); a body from an older server is dated on arrival."""
    from datetime import timedelta

    from sync_server.directory.service import apply_learner, learner_body
    from sync_server.models import Change, Learner
    from sync_server.directory.transfers import moves
    now = utc_naive(server.clock.now())
    _tree(server, now)
    made = now - timedelta(hours=3)
    with server.sessions.begin() as s:
        put_learner(s, "m1", LearnerFields("m1", "A"), now)
        put_learner(s, "m2", LearnerFields("m2", "A"), now)
    with server.sessions.begin() as s:
        moved = {**learner_body(s, s.get(Learner, "m1")), "unit_id": "B", "moved_at": made.isoformat()}
        apply_learner(s, moved, now)
        apply_learner(s, {**learner_body(s, s.get(Learner, "m2")), "unit_id": "B"}, now)   # no moved_at
        apply_learner(s, {**learner_body(s, s.get(Learner, "m1")), "rank": "科员"}, now)    # no move: none kept
    with server.sessions() as s:
        assert [(m.from_unit, m.to_unit, m.moved_at) for m in moves(s, "m1")] == [("A", "B", made)]
        assert [m.moved_at for m in moves(s, "m2")] == [now]
        passed_on = [json.loads(c.body) for c in s.scalars(select(Change).where(Change.kind == "learner",
                                                                               Change.key == "m1"))]
    assert made.isoformat() in [b.get("moved_at") for b in passed_on]
    with server.sessions() as s:   # and this server's stations of the old unit hear that the learner left
        left = [(c.unit_id, json.loads(c.body)["status"]) for c in s.scalars(
            select(Change).where(Change.kind == "learner", Change.key == "m2").order_by(Change.seq))]
    assert left[-2:] == [("A", "transferred"), ("B", "active")]
