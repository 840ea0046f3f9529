"""An attempt a station announced and never delivered uses an attempt (outside round 11 on issue 14): the
learner sat, saw a poor score, deleted the attempt from the station's database with their own account (it
can write it where the key service does not guard it), and sat again. The station had listed the first at a
pull; the server kept only the latest list, so the second counted with no trace of the first. The server
now keeps every announced attempt with its learner and package."""
from __future__ import annotations

import re

from sqlalchemy import delete, select

from desktop.store.models import Attempt, AttemptEvent, OutboxItem, SealedResult
from examcore.sync_client import SyncClient
from sync_server.models import AnnouncedAttempt, CountedAttempt, Result
from tests.conftest import LEARNER, START_CODE
from tests.sync_server.results.test_acceptance import _enrolled


def _sit(st, package_id):
    return st.attempts.begin(st.accounts.login(*LEARNER).learner, st.attempts.unlock(package_id, START_CODE))


def sitting_at_a(server, st):
    """A sitting in 第一考场 (the station ``st`` one of its PCs, "A"), started, the learner checked in at A and
    writing. Returns (the sitting's id, now)."""
    from sync_server.models import Device, Package
    from sync_server.sittings.service import check_in, create_sitting, start
    now = server.clock.now()
    with server.sessions.begin() as s:
        s.get(Device, st.keys.device_id).room = "第一考场"
        sitting = create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", now,
                                 [(LEARNER[0], "A01")], "cli", now).sitting_id
        start(s, sitting, "jiankao", now)
        check_in(server, s, st.keys.device_id, LEARNER[0], now, report={"state": "in_progress"})
    return sitting, now


def test_an_attempt_announced_then_deleted_at_the_station_holds_the_next(server, live_server, station_for_server,
                                                                         server_package, clock):
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    first = _sit(st, package_id)
    client.changes(0, st.downward._undelivered())          # the station's pull while it is being sat
    clock.advance(5 * 60_000)
    first.submit()
    with st.sessions.begin() as s:   # a poor score: the learner deletes it from the shared data folder
        rid = s.scalar(select(Attempt.result_id).where(Attempt.attempt_id == first.attempt_id))
        for table, column, key in ((OutboxItem, OutboxItem.result_id, rid), (SealedResult, SealedResult.result_id, rid),
                                   (AttemptEvent, AttemptEvent.attempt_id, first.attempt_id),
                                   (Attempt, Attempt.attempt_id, first.attempt_id)):
            s.execute(delete(table).where(column == key))
    second = _sit(st, package_id)                            # the station lets them sit again
    clock.advance(5 * 60_000)
    second.submit()
    [outcome] = client.deliver(st.outbox.pending_results())
    client.changes(0, st.downward._undelivered())
    assert outcome["status"] == "stored" and outcome["flags"] == ["attempt_limit"]
    with server.sessions() as s:
        assert [(r.review, r.flags) for r in s.scalars(select(Result))] == [("held", "attempt_limit")]
        assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])) is None
        announced = s.get(AnnouncedAttempt, first.attempt_id)
        assert (announced.learner_no, announced.device_id, announced.exam_id) == (
            LEARNER[0], st.keys.device_id, "exam-2026")


def test_an_attempt_announced_and_delivered_uses_one_attempt_only(server, live_server, station_for_server,
                                                                  server_package, clock):
    """The honest way: announced while sat (and again sealed, waiting), then delivered: it counts."""
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    attempt = _sit(st, package_id)
    client.changes(0, st.downward._undelivered())
    clock.advance(5 * 60_000)
    attempt.submit()
    client.changes(0, st.downward._undelivered())          # sealed, waiting: listed again, kept once
    [outcome] = client.deliver(st.outbox.pending_results())
    assert outcome["status"] == "stored" and outcome["flags"] == []


def test_an_older_stations_bare_ids_and_odd_items_are_kept_whose_unknown(server, live_server, station_for_server,
                                                                         server_package):
    """Kept with when they were first listed (the pull history judges them: test_pull_history.py), but
    naming no learner they use no attempt."""
    from sync_server.results.announced import announced_unseen
    st = station_for_server
    _enrolled(server, st, server_package)
    SyncClient(live_server, st.keys).changes(0, ["0" * 36, "x y", "a b c d", f"{'1' * 37} {LEARNER[0]} p"])
    with server.sessions() as s:
        assert sorted((a.attempt_id, a.learner_no, a.package_id) for a in s.scalars(select(AnnouncedAttempt))) == [
            ("0" * 36, "", ""), ("1" * 36, "", ""), ("a", "", ""), ("x", "", "")]
        assert announced_unseen(s, [LEARNER[0], ""], ["exam-2026"]) == {}


def test_a_learner_whose_announced_attempt_never_came_is_not_seated_again(server, live_server, station_for_server,
                                                                           server_package):
    """A sitting seats only learners with attempts left: the announced one counts there too."""
    from datetime import timedelta

    import pytest

    from sync_server.models import Package
    from sync_server.sittings.service import SittingError, create_sitting
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    _sit(st, package_id)
    SyncClient(live_server, st.keys).changes(0, st.downward._undelivered())   # in progress, then never delivered
    with server.sessions.begin() as s:
        with pytest.raises(SittingError) as refused:
            create_sitting(s, s.query(Package.package_id).scalar(), "第一考场",
                           server.clock.now() + timedelta(hours=1), [(LEARNER[0], "A01")], "test", server.clock.now())
    assert refused.value.code == "no_attempts_left"


def test_a_station_listing_attempts_of_learners_it_does_not_serve_uses_none_of_theirs(
        server, live_server, station_for_server, server_package, clock, tmp_path, issuer, roster_file):
    """Outside round 13: a station of another unit listed five invented attempts of a learner it never
    served; the learner's honest result elsewhere was held attempt_limit (and no sitting would seat them).
    They are kept, use no attempt, and the administrator is told once for the pull."""
    import uuid
    from datetime import datetime, timedelta, timezone

    from examcore.clock import utc_naive
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.directory.service import put_unit
    from sync_server.models import Alert
    from sync_server.results.announced import never_delivered
    from tests.server_fixtures import on_roster, ready_station
    from tests.sync_server.results.test_acceptance import _sealed
    from tests.sync_server.results.test_pull_history import _events
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    on_roster(server, "V1", unit_id="R0")
    with server.sessions.begin() as s:
        put_unit(s, "UX", "别的单位", "unit", None, utc_naive(server.clock.now()))
    other = ready_station(tmp_path / "b", clock, issuer, roster_file, server_package)
    try:
        request_enrolment(server, other.keys.device_id, other.keys.device_key.public_raw())
        approve_device(server, other.keys.device_id, unit_id="UX")
        SyncClient(live_server, other.keys).changes(0, [f"{uuid.uuid4()} V1 {package_id}" for _ in range(5)])
        honest = SyncClient(live_server, st.keys)
        honest.changes(0, st.downward._undelivered())
        sealed = _sealed(server, st, content, package_id, _events(content),
                         wall=datetime.now(timezone.utc) - timedelta(seconds=5), learner_no="V1")
        [outcome] = honest.deliver([sealed])
        assert outcome["status"] == "stored" and outcome["flags"] == [], outcome
        with server.sessions() as s:
            kept = s.scalars(select(AnnouncedAttempt).where(AnnouncedAttempt.learner_no == "V1")).all()
            assert len(kept) == 5 and not any(a.counts for a in kept)
            assert {a.device_id for a in kept} == {other.keys.device_id}
            [alert] = s.scalars(select(Alert).where(Alert.kind == "announced_not_served")).all()
            assert "V1" in alert.detail and alert.device_id == other.keys.device_id
            assert never_delivered(s, "V1") == []
    finally:
        other.close()


def test_an_administrator_releases_an_attempt_that_will_never_come(server, server_config, live_server,
                                                                   station_for_server, server_package):
    """The station's disk failed after it announced an attempt: the learner could not be seated again and
    no administrator could give the attempt back. `xuefa-server announced` lists it; `release-attempt`
    asks, names whose and which station, and keeps it (with who and why), using no attempt."""
    from datetime import timedelta

    from sync_server.models import AdminAccount, AuditEntry, Package
    from sync_server.sittings.service import create_sitting
    from tests.server_cli import server_cli
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    attempt = _sit(st, package_id)
    SyncClient(live_server, st.keys).changes(0, st.downward._undelivered())
    with server.sessions.begin() as s:
        from examcore.clock import utc_naive
        from sync_server.admins import create_admin
        create_admin(s, "kaowu", "Xf-2026-centre!", "centre_admin", "R0", utc_naive(server.clock.now()),
                     must_change_password=False)
    listed = server_cli(server_config.instance_dir, "announced")
    said = listed.stdout + listed.stderr
    assert attempt.attempt_id in said and LEARNER[0] in said and "1 attempt(s)" in said
    status = server_cli(server_config.instance_dir, "status").stdout   # round 15: status did not count them
    assert "1 attempt(s) announced by a station whose result has not come" in status, status
    asked = server_cli(server_config.instance_dir, "release-attempt", attempt.attempt_id, "--reason", "考试机硬盘损坏",
                       "--by", "kaowu", input="n\n")
    said = asked.stdout + asked.stderr
    assert asked.returncode == 1 and LEARNER[0] in said and st.keys.device_id in said
    done = server_cli(server_config.instance_dir, "release-attempt", attempt.attempt_id, "--reason", "考试机硬盘损坏",
                      "--by", "kaowu", "--yes")
    assert done.returncode == 0, (done.stdout + done.stderr)
    with server.sessions() as s:
        row = s.get(AnnouncedAttempt, attempt.attempt_id)
        assert not row.counts and "kaowu" in row.note and "考试机硬盘损坏" in row.note
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "announced.release")).one()
        assert s.get(AdminAccount, "kaowu") is not None
    again = server_cli(server_config.instance_dir, "release-attempt", attempt.attempt_id, "--reason", "x",
                       "--by", "kaowu", "--yes")
    assert again.returncode == 1 and "uses no attempt already" in (again.stdout + again.stderr)
    chinese = server_cli(server_config.instance_dir, "release-attempt", attempt.attempt_id, "--reason", "x",
                         "--by", "kaowu", "--yes", env={"XUEFA_LANG": "zh_CN"})
    said = chinese.stdout + chinese.stderr   # the note kept with it, in the reader's language too
    assert "kaowu" in said and "考试机硬盘损坏" in said and "released by" not in said and "{" not in said, said
    assert "announced by a station" not in server_cli(server_config.instance_dir, "status").stdout
    with server.sessions.begin() as s:   # the learner can be seated again
        create_sitting(s, s.query(Package.package_id).scalar(), "第一考场",
                       server.clock.now() + timedelta(hours=1), [(LEARNER[0], "A01")], "test", server.clock.now())


def test_a_room_pc_serving_no_unit_serves_only_learners_seated_in_its_room(server, live_server, station_for_server,
                                                                           server_package):
    """Outside round 14b: a room PC approved for no unit was taken as serving every unit, so its invented
    attempts of a learner never seated in its room held that learner's honest result. A room PC that serves
    no unit is there for its room's sittings (as the acceptance rule not_seated has it)."""
    import uuid
    from datetime import datetime, timedelta, timezone

    from sync_server.models import Alert
    from tests.server_fixtures import on_roster, room_station
    from tests.sync_server.results.test_acceptance import _sealed
    from tests.sync_server.results.test_pull_history import _events
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    on_roster(server, "V1", unit_id="R0")
    rogue = room_station(server, "rogue-room-pc", room="第一考场", unit_id=None)
    SyncClient(live_server, rogue).changes(0, [f"{uuid.uuid4()} V1 {package_id}" for _ in range(3)])
    honest = SyncClient(live_server, st.keys)
    honest.changes(0, st.downward._undelivered())
    [outcome] = honest.deliver([_sealed(server, st, content, package_id, _events(content),
                                        wall=datetime.now(timezone.utc) - timedelta(seconds=5), learner_no="V1")])
    assert outcome["status"] == "stored" and outcome["flags"] == [], outcome
    with server.sessions() as s:
        assert [a.kind for a in s.scalars(select(Alert).where(Alert.device_id == "rogue-room-pc"))] == [
            "announced_not_served"]


def test_an_attempt_announced_after_a_counted_result_holds_it(server, live_server, station_for_server,
                                                             server_package):
    """Outside round 14b: result B counted, then attempt A of the same exam (one attempt allowed) was
    announced, its score seen, and deleted: B still counted, and the learner chose by the order. An
    announcement over the allowance holds the results that count, as a delivery over it does."""
    import uuid
    from datetime import datetime, timedelta, timezone

    from sync_server.models import Alert, CountedAttempt
    from tests.sync_server.results.test_acceptance import _sealed
    from tests.sync_server.results.test_pull_history import _events
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    client.changes(0, st.downward._undelivered())
    [outcome] = client.deliver([_sealed(server, st, content, package_id, _events(content),
                                        wall=datetime.now(timezone.utc) - timedelta(seconds=5),
                                        learner_no=LEARNER[0])])
    assert outcome["flags"] == []
    a_id = str(uuid.uuid4())
    client.changes(0, [f"{a_id} {LEARNER[0]} {package_id}"])      # A in progress at the next pull
    client.changes(0, [])                                         # then deleted
    with server.sessions() as s:
        assert [(r.review, r.flags) for r in s.scalars(select(Result))] == [("held", "attempt_limit")]
        assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])) is None
        assert sorted(a.kind for a in s.scalars(select(Alert))) == ["announced_over_limit", "result_held"]
        told = s.scalar(select(Alert).where(Alert.kind == "announced_over_limit"))   # which station, round 20
        assert told.result_id == outcome["result_id"] and st.keys.device_id in told.detail, told.detail
    from examcore.clock import utc_naive
    from sync_server.results.counted import release_attempt
    from sync_server.results.review import result_facts

    def facts() -> list[str]:
        with server.sessions() as s:
            return [f["kind"] for f in result_facts(s, [outcome["result_id"]]).get(outcome["result_id"], [])]
    assert facts() == ["announced_over_limit"]
    with server.sessions.begin() as s:   # released: no longer shown as why it is held (outside round 22)
        release_attempt(s, a_id, "kaowu", "考试机重装", utc_naive(server.clock.now()))
    assert "announced_over_limit" not in facts()


def test_a_room_pc_serves_only_learners_seated_there_for_that_exam_in_a_sitting_not_called_off(
        server, live_server, station_for_server, server_package):
    """Outside round 15: a seat in any sitting of the room, called off (or for another exam), served the
    learner for every exam; the room's PC then used up their attempts with invented ones."""
    import uuid
    from datetime import timedelta

    from sync_server.models import Package
    from sync_server.sittings.service import attempts_left, cancel, create_sitting
    from tests.server_fixtures import on_roster, room_station
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    on_roster(server, "V1", unit_id="R0")
    now = server.clock.now()
    with server.sessions.begin() as s:
        gone = create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", now + timedelta(days=2),
                              [("V1", "A01")], "cli", now, unit_id="R0").sitting_id
        cancel(s, gone, "kaowu", now, "停电，改期到第二考场")
    rogue = room_station(server, "room1-pc", room="第一考场", unit_id=None)
    SyncClient(live_server, rogue).changes(0, [f"{uuid.uuid4()} V1 {package_id}" for _ in range(3)])
    with server.sessions() as s:
        assert attempts_left(s, package_id, ["V1"])["V1"] == 1
        assert not any(a.counts for a in s.scalars(select(AnnouncedAttempt)))


def test_moving_a_seat_from_a_failed_pc_releases_the_attempt_it_announced(server, live_server, station_for_server,
                                                                          server_package):
    """Outside round 15: the learner began at PC A, whose pull announced the attempt; A failed; the proctor
    moved the seat and the learner began again at PC B: the honest result from B was held attempt_limit.
    The move releases A's announced attempt (kept, with who moved the seat and why)."""
    from datetime import timedelta

    from sync_server.sittings.service import attempts_left, move_seat
    st = station_for_server
    package_id, _content, _key = _enrolled(server, st, server_package)
    sitting, now = sitting_at_a(server, st)
    attempt = _sit(st, package_id)
    SyncClient(live_server, st.keys).changes(0, st.downward._undelivered())   # A's pull while it is sat
    with server.sessions() as s:
        assert attempts_left(s, package_id, [LEARNER[0]])[LEARNER[0]] == 0
    with server.sessions.begin() as s:
        move_seat(s, sitting, LEARNER[0], None, "考试机故障", "jiankao", now + timedelta(minutes=3))
    with server.sessions() as s:
        row = s.get(AnnouncedAttempt, attempt.attempt_id)
        assert not row.counts and "jiankao" in row.note and "考试机故障" in row.note
        assert attempts_left(s, package_id, [LEARNER[0]])[LEARNER[0]] == 1


def _late_then_again(server, st, server_package):
    """The learner's first result, held for an answer saved after time-up only, then a second sat in time
    (one attempt allowed): both delivered, in that order. Returns the two envelopes."""
    from examcore.chain import EventKind
    from sync_server.results.ingest import Ingest
    from tests.sync_server.results.test_acceptance import MIN, _sealed
    package_id, content, _key = _enrolled(server, st, server_package)
    q = content.draw("general", b"\x07" * 16).items[0].question_id
    duration = content.exam.duration_minutes * MIN
    late = _sealed(server, st, content, package_id, [
        (EventKind.STARTED, 0, {}), (EventKind.ANSWER, duration + MIN, {"q": q, "r": ["A"]}),
        (EventKind.SUBMITTED, duration + MIN, {})], learner_no=LEARNER[0])
    second = _sealed(server, st, content, package_id, [
        (EventKind.STARTED, 0, {}), (EventKind.ANSWER, MIN, {"q": q, "r": ["A"]}), (EventKind.SUBMITTED, 2 * MIN, {})],
        learner_no=LEARNER[0])
    [first] = Ingest(server).ingest_many([late.to_bytes()], "http")
    assert "attempt_limit" not in first.flags and first.flags, first
    Ingest(server).ingest_many([second.to_bytes()], "http")
    return late, second


def test_a_result_held_for_another_rule_carries_the_limit_when_a_second_comes(server, station_for_server,
                                                                              server_package):
    """Outside round 15: the first result was held for late answers only; accepting it "for its late
    answers" quietly chose it over the second attempt, held attempt_limit. Both carry the limit now."""
    _late_then_again(server, station_for_server, server_package)
    with server.sessions() as s:
        rows = {r.result_id: (r.review, r.flags) for r in s.scalars(select(Result))}
    assert all(review == "held" and "attempt_limit" in flags for review, flags in rows.values()), rows
    # the learner's archive (一人一档) says so, in the reader's language (it printed "None None" and two
    # attempts that looked counted)
    from tests.server_cli import server_cli
    said = server_cli(server.config.instance_dir, "archive", LEARNER[0], env={"XUEFA_LANG": "zh_CN"}).stdout
    assert "尚无计入的成绩" in said and said.count("[待审核：") == 2 and "None" not in said, said
    attempt_lines = [line for line in said.splitlines() if "[待审核：" in line]   # handed in: local, to the minute
    assert all(re.match(r"    \d{4}-\d\d-\d\d \d\d:\d\d ", line) for line in attempt_lines), said


def test_a_rejection_lets_the_result_held_only_for_the_limit_count(server, station_for_server, server_package):
    """Outside round 17: a re-sit allowed by rejecting the first result stayed held attempt_limit (at the
    province, which judged it before it followed the rejection). Giving an attempt back re-judges the rest."""
    from sync_server.models import CountedAttempt
    from sync_server.results.review import decide
    late, second = _late_then_again(server, station_for_server, server_package)
    with server.sessions.begin() as s:
        decide(s, late.result_id, "reject", "作废，允许重考", "kaowu", server.clock.now())
    with server.sessions() as s:
        assert (s.get(Result, second.result_id).review, s.get(Result, second.result_id).flags) == ("counted", "")
        assert s.get(Result, late.result_id).review == "rejected"
        assert s.get(CountedAttempt, ("exam-2026", LEARNER[0])).attempts == 1


def test_releasing_an_attempt_lets_the_result_it_held_count(server, server_config, live_server, station_for_server,
                                                            server_package):
    """Outside round 17: release-attempt left the result the phantom attempt had held still held, and said
    nothing of it."""
    import uuid
    from datetime import datetime, timedelta, timezone

    from examcore.clock import utc_naive
    from sync_server.admins import create_admin
    from tests.server_cli import server_cli
    from tests.sync_server.results.test_acceptance import _sealed
    from tests.sync_server.results.test_pull_history import _events
    st = station_for_server
    package_id, content, _key = _enrolled(server, st, server_package)
    client = SyncClient(live_server, st.keys)
    lost = str(uuid.uuid4())
    client.changes(0, [f"{lost} {LEARNER[0]} {package_id}"])   # announced; then the disk failed
    client.changes(0, [])
    [outcome] = client.deliver([_sealed(server, st, content, package_id, _events(content),
                                        wall=datetime.now(timezone.utc) - timedelta(seconds=5),
                                        learner_no=LEARNER[0])])
    assert outcome["flags"] == ["attempt_limit"]
    with server.sessions.begin() as s:
        create_admin(s, "kaowu", "Xf-2026-centre!", "centre_admin", "R0", utc_naive(server.clock.now()),
                     must_change_password=False)
    done = server_cli(server_config.instance_dir, "release-attempt", lost, "--reason", "硬盘损坏", "--by", "kaowu",
                      "--yes")
    assert done.returncode == 0 and outcome["result_id"] in done.stdout, done.stdout + done.stderr
    with server.sessions() as s:   # accepted by the one who released the attempt: the upstream hears it (round 19)
        row = s.get(Result, outcome["result_id"])
        assert (row.review, row.flags) == ("accepted", "") and row.reviewed_by == "kaowu (server console)"
        assert "硬盘损坏" in row.review_reason and lost in row.review_reason
