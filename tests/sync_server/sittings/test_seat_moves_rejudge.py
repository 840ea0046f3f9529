"""Outside rounds 21 and 22 on issue 14: a seat move at the console re-judges the learner's standing. PC A
died with the LAN down; the learner sat at spare PC B by the start code; B delivered before the proctor could
record the move, and the one result stayed held seat_other_device (round 21: binding the seat to B frees it). PC A told the
attempt at a pull, then died with the LAN down; the learner sat at spare PC B by the start code; B delivered
before the proctor could record the move. The move freed seat_other_device (round 21) and released A's
attempt, yet the one result stayed held attempt_limit. And a seat moved back to A after B's result counted
gave A's attempt its count back with nothing held. The move-seat endpoint now lets results held for the
limit alone count, and holds what a move back puts over the allowance. Also: a package whose issuer PC's
clock was a day ahead is refused at import (every station would refuse to start it, blaming its own date)."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from examcore.clock import utc_naive
from examcore.errors import PackageError
from examcore.sync_client import SyncClient
from sync_server.models import Alert, AnnouncedAttempt, Device, Learner, Package, Result
from tests.conftest import LEARNER, write_package
from tests.factories import CST
from tests.server_cli import server_cli
from tests.server_fixtures import room_station
from tests.sync_server.results.test_acceptance import _enrolled
from tests.sync_server.results.test_announced_attempts import _sit
from tests.sync_server.sittings.test_sittings import PROCTOR_PASSWORD, ProctorStation, proctor


def _room_with_a(server, st):
    """A sitting of the learner's unit in 第一考场, started, the learner checked in at room PC A; PC B (``st``)
    of the same room; a proctor account. Returns (sitting id, A's identity)."""
    from sync_server.admins import create_admin
    from sync_server.sittings.service import check_in, create_sitting, start
    now = server.clock.now()
    a = room_station(server, "room1-pc-a", room="第一考场", unit_id=None)
    with server.sessions.begin() as s:
        s.get(Device, st.keys.device_id).room = "第一考场"
        unit = s.get(Learner, LEARNER[0]).unit_id
        sitting = create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", now,
                                 [(LEARNER[0], "A01")], "cli", now, unit_id=unit).sitting_id
        check_in(server, s, "room1-pc-a", LEARNER[0], now)
        start(s, sitting, "jiankao", now)
        create_admin(s, "jiankao", PROCTOR_PASSWORD, "proctor", unit, utc_naive(now), must_change_password=False)
    return sitting, a


def _move(server, live_server, sitting: str, device_id: str, reason: str) -> None:
    """The proctor binds the seat to ``device_id`` at the console (a signed action)."""
    moved = proctor(live_server).post(
        f"{live_server}/api/v1/admin/sittings/{sitting}/move-seat",
        json={"learner_no": LEARNER[0], "device_id": device_id, "reason": reason,
              "signed": ProctorStation(server, f"proctor-{uuid.uuid4().hex[:6]}").sign(
                  sitting, "move_seat", LEARNER[0], reason=reason)}, timeout=30)
    assert moved.status_code == 200, moved.text


def _results(server) -> list[tuple[str, str]]:
    with server.sessions() as s:
        return [(r.review, r.flags) for r in s.scalars(select(Result))]


def test_a_move_recorded_after_the_spare_pc_delivered_frees_its_result(server, live_server, station_for_server,
                                                                      server_package, clock):
    st = station_for_server                     # the spare PC B
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, _a = _room_with_a(server, st)
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert outcome["flags"] == ["seat_other_device"], outcome   # the seat is A's as far as the server knows
    _move(server, live_server, sitting, st.keys.device_id, "A 死机，已在备用机 B 考完")
    with server.sessions() as s:
        told = [a.kind for a in s.scalars(select(Alert).where(Alert.kind == "result_counted"))]
    assert _results(server) == [("counted", "")] and told == ["result_counted"]


def test_a_move_recorded_before_the_spare_pc_delivers_counts_at_once(server, live_server, station_for_server,
                                                                     server_package, clock):
    st = station_for_server
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, _a = _room_with_a(server, st)
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    _move(server, live_server, sitting, st.keys.device_id, "A 死机，已在备用机 B 考完")
    SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert _results(server) == [("counted", "")]


def _told_at_a_delivered_at_b(server, live_server, st, server_package, clock) -> tuple[str, str, dict]:
    """PC A told an attempt at a pull, then died; the learner sat it again at the spare PC B (``st``), which
    delivered. Returns (the sitting, A's attempt id, B's delivery outcome)."""
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, a = _room_with_a(server, st)
    a_attempt = str(uuid.uuid4())
    SyncClient(live_server, a).changes(0, [f"{a_attempt} {LEARNER[0]} {package_id}"])   # A told it, then died
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    return sitting, a_attempt, outcome


def test_a_move_after_the_spare_pc_delivered_lets_its_one_result_count(server, live_server, station_for_server,
                                                                       server_package, clock):
    st = station_for_server                     # the spare PC B
    sitting, a_attempt, outcome = _told_at_a_delivered_at_b(server, live_server, st, server_package, clock)
    assert set(outcome["flags"]) == {"seat_other_device", "attempt_limit"}, outcome
    _move(server, live_server, sitting, st.keys.device_id, "A 死机，已在备用机 B 考完")
    with server.sessions() as s:
        assert not s.get(AnnouncedAttempt, a_attempt).counts
    assert _results(server) == [("counted", "")]


def test_the_move_seat_command_asks_first_and_judges_again_as_the_console_does(server, live_server, station_for_server,
                                                                               server_package, clock):
    """The console's endpoint and `sittings move-seat` share results/seat_moves.py: the command too lets the
    spare PC's one result count (outside round 22: the re-judging ran from the endpoint only)."""
    st = station_for_server                     # the spare PC B
    sitting, a_attempt, _outcome = _told_at_a_delivered_at_b(server, live_server, st, server_package, clock)
    instance = server.config.instance_dir
    asked = server_cli(instance, "sittings", "move-seat", sitting, LEARNER[0], "--to", st.keys.device_id,
                       "--reason", "A 死机，已在备用机 B 考完", input="n\n")
    assert asked.returncode == 1 and "room1-pc-a" in asked.stdout and LEARNER[0] in asked.stdout, asked
    assert _results(server)[0][0] == "held"                        # asked, refused: nothing changed
    moved = server_cli(instance, "sittings", "move-seat", sitting, LEARNER[0], "--to", st.keys.device_id,
                       "--reason", "A 死机，已在备用机 B 考完", "--yes")
    assert moved.returncode == 0, moved
    with server.sessions() as s:
        assert not s.get(AnnouncedAttempt, a_attempt).counts
    assert _results(server) == [("counted", "")]
    wrong = server_cli(instance, "sittings", "move-seat", sitting, "no-such-learner", "--reason", "x", "--yes")
    assert wrong.returncode == 1 and "not moved" in wrong.stderr


def test_a_seat_moved_back_after_the_other_pcs_result_counted_holds_it(server, live_server, station_for_server,
                                                                       server_package, clock):
    st = station_for_server                     # PC B
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, a = _room_with_a(server, st)
    a_attempt = str(uuid.uuid4())
    SyncClient(live_server, a).changes(0, [f"{a_attempt} {LEARNER[0]} {package_id}"])
    _move(server, live_server, sitting, st.keys.device_id, "A 死机")
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert _results(server) == [("counted", "")]
    _move(server, live_server, sitting, "room1-pc-a", "A 恢复")   # A's attempt uses one again: over the allowance
    with server.sessions() as s:
        assert s.get(AnnouncedAttempt, a_attempt).counts
    assert _results(server) == [("held", "attempt_limit")]


def test_a_package_made_a_day_ahead_by_the_issuers_clock_is_refused_at_import(server, tmp_path, issuer):
    from sync_server.exams.packages import import_package
    from tests.server_fixtures import trust
    trust(server, issuer)
    real_now = datetime.now(CST)
    server.clock.wall = real_now
    package = write_package(tmp_path / "ahead.xfp", issuer, recipients=[server.keys.recipient()],
                            start=real_now - timedelta(hours=2), days=3, made=real_now + timedelta(days=1))
    with pytest.raises(PackageError) as refused:
        import_package(server, package.read_bytes())
    assert refused.value.code == "made_in_the_future" and "date" in str(refused.value), refused.value
    with server.sessions() as s:
        assert s.query(Package).count() == 0   # a refused file stores nothing
