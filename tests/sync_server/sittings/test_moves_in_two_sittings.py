"""Outside round 23 on issue 14: a seat move in one sitting reached the attempts of another sitting of the same
package (a learner allowed two attempts sits in two sittings). A move back to PC A in a later sitting gave A's
attempt of the earlier sitting, released there when the learner went on at B, its count back, and the later
honest result was held attempt_limit; and after the earlier sitting's move away from A, every later attempt
A told used no attempt. A move now reaches only the attempts told since its own sitting could begin, and an
earlier sitting's move stops mattering once the learner's next sitting has begun."""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta

import pytest

from examcore.clock import utc_naive
from examcore.sync_client import SyncClient
from sync_server.models import AnnouncedAttempt, Device, Learner, SittingSeat
from sync_server.results.announced import announce
from tests.conftest import LEARNER, write_package
from tests.factories import CST
from tests.server_fixtures import room_station, trust
from tests.sync_server.results.test_acceptance import _enrolled
from tests.sync_server.results.test_announced_attempts import _sit
from tests.sync_server.sittings.test_seat_moves_rejudge import _move, _results
from tests.sync_server.sittings.test_sittings import PROCTOR_PASSWORD


@pytest.fixture
def server_package(tmp_path, issuer, server):
    trust(server, issuer)
    return write_package(tmp_path / "exam-2.xfp", issuer, recipients=[server.keys.recipient()], max_attempts=2,
                         start=datetime.now(CST) - timedelta(days=5), days=30)   # open since before sitting 1


def _earlier_sitting_moved_from_a_to_b(server, st, package_id: str) -> tuple[str, str]:
    """Three days ago: sitting 1, the learner checked in at A (``st``), A told attempt a1 and died, the
    proctor moved the seat to B, B told attempt b1 (its result on its way); the sitting closed. Today: sitting
    2 of the same package, started, seating the learner. Returns (sitting 2's id, a1)."""
    from sync_server.admins import create_admin
    from sync_server.sittings.service import close, create_sitting, move_seat, start
    room_station(server, "room1-pc-b", room="第一考场", unit_id=None)
    room_station(server, "room1-pc-c", room="第一考场", unit_id=None)
    now = server.clock.now()
    then = now - timedelta(days=3)
    a1 = str(uuid.uuid4())
    with server.sessions.begin() as s:
        s.get(Device, st.keys.device_id).room = "第一考场"
        unit = s.get(Learner, LEARNER[0]).unit_id
        s1 = create_sitting(s, package_id, "第一考场", then, [(LEARNER[0], "A01")], "cli", then, unit_id=unit).sitting_id
        start(s, s1, "jiankao", then)
        seat = s.get(SittingSeat, (s1, LEARNER[0]))
        seat.device_id, seat.state = st.keys.device_id, "in_progress"
        announce(s, s.get(Device, st.keys.device_id), [f"{a1} {LEARNER[0]} {package_id}"],
                 utc_naive(then + timedelta(minutes=5)))
        move_seat(s, s1, LEARNER[0], "room1-pc-b", "A 死机", "jiankao", then + timedelta(minutes=10))
        announce(s, s.get(Device, "room1-pc-b"), [f"{uuid.uuid4()} {LEARNER[0]} {package_id}"],
                 utc_naive(then + timedelta(minutes=15)))
        close(s, s1, "jiankao", then + timedelta(hours=2))
        create_admin(s, "jiankao", PROCTOR_PASSWORD, "proctor", unit, utc_naive(now), must_change_password=False)
        s2 = create_sitting(s, package_id, "第一考场", now, [(LEARNER[0], "A01")], "cli", now, unit_id=unit).sitting_id
        start(s, s2, "jiankao", now)
    with server.sessions() as s:
        assert not s.get(AnnouncedAttempt, a1).counts
    return s2, a1


def test_a_move_back_to_a_pc_in_a_later_sitting_leaves_its_earlier_attempt_released(
        server, live_server, station_for_server, server_package, clock):
    st = station_for_server                       # PC A
    package_id, _c, _k = _enrolled(server, st, server_package)
    s2, a1 = _earlier_sitting_moved_from_a_to_b(server, st, package_id)
    with server.sessions.begin() as s:            # sitting 2: checked in at C, which dies before telling anything
        seat = s.get(SittingSeat, (s2, LEARNER[0]))
        seat.device_id, seat.state = "room1-pc-c", "waiting"
    _move(server, live_server, s2, st.keys.device_id, "C 死机，换到 A")
    with server.sessions() as s:
        assert not s.get(AnnouncedAttempt, a1).counts   # sitting 1's, given up there
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert _results(server) == [("counted", "")]       # b1 and this one: the learner's two


def test_an_earlier_sittings_move_away_from_a_pc_does_not_free_a_later_attempt_it_tells(
        server, live_server, station_for_server, server_package):
    from sync_server.sittings.service import attempts_left
    st = station_for_server                       # PC A, repaired
    package_id, _c, _k = _enrolled(server, st, server_package)
    s2, _a1 = _earlier_sitting_moved_from_a_to_b(server, st, package_id)
    with server.sessions.begin() as s:            # sitting 2: checked in at A, writing
        seat = s.get(SittingSeat, (s2, LEARNER[0]))
        seat.device_id, seat.state = st.keys.device_id, "in_progress"
    a2 = str(uuid.uuid4())
    SyncClient(live_server, st.keys).changes(0, [f"{a2} {LEARNER[0]} {package_id}"])
    with server.sessions() as s:
        row = s.get(AnnouncedAttempt, a2)
        assert row.counts, row.note
        assert attempts_left(s, package_id, [LEARNER[0]])[LEARNER[0]] == 0
