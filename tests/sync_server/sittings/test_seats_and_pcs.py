"""Outside round 20 on issue 14: seats and PCs in a sitting. Another PC of the room listed an invented attempt
of a learner checked in at the PC beside it and held their honest result (even after the sitting closed);
a result sealed at A before the proctor moved the silent seat to B was held seat_other_device; a seat moved
to B and back to A left A's attempt released while the learner sat in it."""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from examcore.sync_client import SyncClient
from sync_server.models import Alert, AnnouncedAttempt, Learner, Result
from tests.conftest import LEARNER
from tests.server_fixtures import room_station
from tests.sync_server.results.test_acceptance import _enrolled
from tests.sync_server.results.test_announced_attempts import _sit, sitting_at_a


@pytest.mark.parametrize("b_serves", ["no unit", "the learners' unit"])
def test_a_room_pc_announcing_for_a_learner_bound_to_another_pc_holds_their_honest_result(
        server, live_server, station_for_server, server_package, clock, b_serves):
    """PC B of the room (never checked the learner in; the seat is bound to A) lists an invented attempt of
    the learner at a pull. The learner's one honest result from A counts, whether B serves no unit (round 20)
    or the learners' own (round 21: a room's PCs enrolled for the learners' unit)."""
    st = station_for_server
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, now = sitting_at_a(server, st)
    with server.sessions() as s:
        unit = s.get(Learner, LEARNER[0]).unit_id if b_serves != "no unit" else None
    b = room_station(server, "room1-pc-b", room="第一考场", unit_id=unit)
    SyncClient(live_server, b).changes(0, [f"{uuid.uuid4()} {LEARNER[0]} {package_id}"])
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    with server.sessions() as s:
        rows = [(a.device_id, a.counts) for a in s.scalars(select(AnnouncedAttempt))]
        alerts = [a.kind for a in s.scalars(select(Alert))]
    assert outcome["flags"] == [] and ("room1-pc-b", False) in rows, (outcome, rows)
    assert "announced_not_served" in alerts, alerts   # the administrator hears of the PC that listed it


def test_an_honest_result_sealed_at_a_before_the_proctor_moved_the_seat_to_b(
        server, live_server, station_for_server, server_package, clock):
    """The learner sits and hands in at A; A's LAN is down, so the proctor sees the seat 'in progress' and
    A silent, and binds the seat to PC B. The learner never uses B. A's result arrives when the LAN is back:
    it is the learner's only result, begun and handed in while the seat was bound to A."""
    from sync_server.sittings.service import move_seat
    st = station_for_server
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, now = sitting_at_a(server, st)
    room_station(server, "room1-pc-b", room="第一考场", unit_id=None)
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    with server.sessions.begin() as s:
        move_seat(s, sitting, LEARNER[0], "room1-pc-b", "A 无响应", "jiankao", now + timedelta(minutes=10))
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert outcome["flags"] == [], outcome


def test_moved_to_b_and_back_to_a_the_learner_goes_on_at_a(
        server, live_server, station_for_server, server_package, clock):
    """A froze, the proctor moved the seat to B; A came back before the learner began at B and the proctor
    moved the seat back to A. The learner goes on in the same attempt at A; it should count."""
    from sync_server.sittings.service import attempts_left, move_seat
    st = station_for_server
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, now = sitting_at_a(server, st)
    room_station(server, "room1-pc-b", room="第一考场", unit_id=None)
    attempt = _sit(st, package_id)
    SyncClient(live_server, st.keys).changes(0, st.downward._undelivered())
    with server.sessions.begin() as s:
        move_seat(s, sitting, LEARNER[0], "room1-pc-b", "A 死机", "jiankao", now + timedelta(minutes=3))
    with server.sessions.begin() as s:
        move_seat(s, sitting, LEARNER[0], st.keys.device_id, "A 恢复", "jiankao", now + timedelta(minutes=4))
    with server.sessions() as s:
        left = attempts_left(s, package_id, [LEARNER[0]])[LEARNER[0]]
        assert s.get(AnnouncedAttempt, attempt.attempt_id).counts
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert outcome["flags"] == [], outcome
    assert left == 0, "the attempt being sat at A again uses no attempt while it is undelivered"


def test_a_week_after_the_sitting_a_room_pc_listing_an_invented_attempt_holds_a_counted_result(
        server, live_server, station_for_server, server_package, clock):
    """The learner sat at A, the result counted, the sitting closed. A week later PC B of the room (never
    had the learner; the seat was bound to A; the sitting is closed) lists an invented attempt of the
    learner at a pull. The counted result should stand."""
    from sync_server.sittings.service import check_in, close
    st = station_for_server
    package_id, _c, _k = _enrolled(server, st, server_package)
    sitting, now = sitting_at_a(server, st)
    b = room_station(server, "room1-pc-b", room="第一考场", unit_id=None)
    attempt = _sit(st, package_id)
    clock.advance(5 * 60_000)
    attempt.submit()
    [outcome] = SyncClient(live_server, st.keys).deliver(st.outbox.pending_results())
    assert outcome["flags"] == []
    with server.sessions.begin() as s:
        check_in(server, s, st.keys.device_id, LEARNER[0], server.clock.now(),
                 report={"state": "submitted", "result_id": outcome["result_id"]})
        close(s, sitting, "jiankao", server.clock.now())
    clock.advance(7 * 24 * 3600_000)
    if server.clock is not clock:
        server.clock.advance(7 * 24 * 3600_000)
    SyncClient(live_server, b).changes(0, [f"{uuid.uuid4()} {LEARNER[0]} {package_id}"])
    with server.sessions() as s:
        rows = [(r.review, r.flags) for r in s.scalars(select(Result))]
    assert rows == [("counted", "")], rows
