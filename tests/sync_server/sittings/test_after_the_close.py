"""Closed means closed for a learner who did check in (outside round 6 on issue 14): the seat bound to the
room's station, waiting, the proctor closes the sitting, and hours later the learner starts with the room's
start code at that station, which never heard of the close. The server holds that result; a check-in after
the close hands a learner who had not begun no key; a seat a station called handed in with a result no one
delivers can still be recorded missing."""
from __future__ import annotations

import uuid

import pytest

from sqlalchemy import select

from sync_server.devices import create_code
from sync_server.models import Result, SittingSeat
from sync_server.results.ingest import Ingest
from sync_server.sittings.service import CheckInRefused, check_in, close, mark_missing, start
from tests.conftest import LEARNER, START_CODE
from tests.server_fixtures import room_station
from tests.sync_server.sittings.test_sittings import centre  # noqa: F401  (the fixture)


def test_a_checked_in_learner_started_by_code_after_the_close_is_held(server, centre, live_server,  # noqa: F811
                                                                        station_for_server, clock):
    st = station_for_server
    st.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, room="第一考场"))
    assert st.sittings.check_in(LEARNER[0]).waiting          # bound to this station, waiting
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        close(s, centre, "jiankao", server.clock.now())       # never began: handed in with nothing, closing
    clock.advance(3 * 3600_000)                               # three hours later, the room's LAN down
    package_id = st.library.listings(LEARNER[0])[0].package_id
    unlocked = st.attempts.unlock(package_id, START_CODE)
    st.attempts.begin(st.accounts.login(*LEARNER).learner, unlocked).submit()
    [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in st.outbox.pending_results()], "http")
    assert outcome.status.value == "stored"                   # the evidence is kept
    with server.sessions() as s:
        [row] = s.scalars(select(Result))
        assert (row.review, row.flags) == ("held", "late_start")


def test_a_learner_who_had_not_begun_gets_no_key_after_the_close(server, centre, clock):  # noqa: F811
    room_station(server, "station-x", "第一考场")
    with server.sessions.begin() as s:
        assert check_in(server, s, "station-x", LEARNER[0], server.clock.now(), None, {"state": "waiting"}).seated
        start(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        close(s, centre, "jiankao", server.clock.now())
    clock.advance(3 * 3600_000)
    with server.sessions.begin() as s:
        later = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x01" * 32, {"state": "waiting"})
    assert later.refused == "closed" and later.content_key is None and later.proctor_key is None


def test_a_learner_who_began_still_hears_the_hand_in_after_the_close(server, centre):  # noqa: F811
    room_station(server, "station-x", "第一考场")
    with server.sessions.begin() as s:
        check_in(server, s, "station-x", LEARNER[0], server.clock.now(), None, {"state": "waiting"})
        start(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:   # the close comes before the station's next report says it began
        close(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        later = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x01" * 32,
                         {"state": "in_progress", "answered": 3, "total": 9})
        assert later.refused is None and [a["kind"] for a in later.actions] == ["force_submit"]
        assert s.get(SittingSeat, (centre, LEARNER[0])).state == "in_progress"
        # but no key after the close: one who began holds it, and a station's "in progress" may be a lie
        assert later.content_key is None and later.proctor_key is None


def test_a_station_restarted_after_the_close_gets_the_key_again_only_where_its_learner_began(
        server, centre):  # noqa: F811
    """A station keeps the exam's key in memory only (issue 15): rebooted after the close, the PC where the
    server knew the learner had begun gets it again, to hand in on the proctor's word; no other PC does."""
    room_station(server, "station-x", "第一考场")
    room_station(server, "station-y", "第一考场")
    with server.sessions.begin() as s:
        check_in(server, s, "station-x", LEARNER[0], server.clock.now(), None, {"state": "waiting"})
        start(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x01" * 32,
                 {"state": "in_progress", "answered": 1, "total": 9})
    with server.sessions.begin() as s:
        close(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:   # rebooted: no report yet, no key held
        again = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x01" * 32, None)
    assert again.content_key is not None and [a["kind"] for a in again.actions] == ["force_submit"]
    with server.sessions.begin() as s:   # asked before anyone logs in (the restart page): the key, nothing else
        reopened = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x01" * 32, None, reopen=True)
        elsewhere = check_in(server, s, "station-y", LEARNER[0], server.clock.now(), b"\x01" * 32, None, reopen=True)
    assert reopened.content_key is not None and elsewhere.content_key is None and elsewhere.refused is None
    with server.sessions() as s:
        assert s.get(SittingSeat, (centre, LEARNER[0])).device_id == "station-x"
    with server.sessions.begin() as s, pytest.raises(CheckInRefused, match="bound to another station"):
        check_in(server, s, "station-y", LEARNER[0], server.clock.now(), b"\x01" * 32, {"state": "in_progress"})


def test_a_restarted_station_gets_the_key_of_the_sitting_begun_there_not_of_a_later_one(
        server, centre, issuer):  # noqa: F811
    """Outside round 77: with a second sitting of the learner later that day, not begun, the restarted PC's
    request was answered about that one: no key for the exam it was cut off in."""
    from tests.sync_server.sittings.test_two_sittings_a_day import morning_begun_with_an_afternoon_to_come
    morning_begun_with_an_afternoon_to_come(server, centre, issuer)
    with server.sessions.begin() as s:
        answer = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x02" * 32, None,
                          reopen=True)
    assert answer.sitting["sitting_id"] == centre and answer.content_key is not None


def test_a_seat_called_handed_in_with_no_result_here_can_be_recorded_missing(server, centre):  # noqa: F811
    """Deliver 3: "submitted" only with a result the server holds or later receives. A room station reported
    an absent learner handed in, naming a result no one delivers: the proctor still records them missing
    (and a result that comes later is held: recorded_missing)."""
    room_station(server, "station-x", "第一考场")
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        check_in(server, s, "station-x", LEARNER[0], server.clock.now(), None,
                 {"state": "submitted", "result_id": str(uuid.uuid4()), "answered": 0, "total": 0})
    with server.sessions.begin() as s:
        mark_missing(s, centre, LEARNER[0], "未到场", "jiankao", server.clock.now())
    with server.sessions() as s:
        assert s.get(SittingSeat, (centre, LEARNER[0])).state == "missing"


def test_a_waiting_learner_whose_seat_was_moved_is_told_so(qtbot, server, centre, live_server,  # noqa: F811
                                                            station_for_server):
    """The proctor moved a waiting learner's seat to another PC of the room: the waiting page said the server
    could not be reached and to use the start code (which would sit them on the wrong PC); it says why now."""
    from desktop.controller import StationController
    from sync_server.sittings.service import move_seat
    from tests.desktop.ui_helpers import log_in
    station_for_server.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, room="第一考场"))
    controller = StationController(station_for_server, full_screen=False)
    qtbot.addWidget(controller.main)
    controller.main.show()
    log_in(qtbot, controller.login, *LEARNER)
    qtbot.waitUntil(lambda: controller.waiting is not None, timeout=10_000)
    waiting, before = controller.waiting, controller.waiting.status_label.text()
    room_station(server, "station-y", "第一考场")
    with server.sessions.begin() as s:
        move_seat(s, centre, LEARNER[0], "station-y", "换机", "jiankao", server.clock.now())
    controller._poll.stop()
    controller._check_in(controller.waiting_learner())     # the next poll
    qtbot.waitUntil(lambda: waiting.status_label.text() != before, timeout=10_000)
    assert "at another PC now" in waiting.status_label.text()
    assert controller._poll.isActive()                    # still asking: the proctor may move it back
    controller.show_login()                               # the learner logs out: no poll outlives the test


def test_an_attempt_started_by_code_is_judged_by_the_sitting_it_was_sat_in(server, centre, live_server,  # noqa: F811
                                                                          station_for_server, clock):
    """A learner seated in two sittings of the package (one two days later added for them too): a result
    started by code in the first, delivered once the later one exists, was judged by the later one
    (the latest) and held as begun before its start (an outside round's reading)."""
    from datetime import timedelta

    from sync_server.models import Package
    from sync_server.sittings.service import create_sitting
    st = station_for_server
    st.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, room="第一考场"))
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    clock.advance(60_000)
    package_id = st.library.listings(LEARNER[0])[0].package_id
    st.attempts.begin(st.accounts.login(*LEARNER).learner, st.attempts.unlock(package_id, START_CODE)).submit()
    with server.sessions.begin() as s:
        create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", server.clock.now() + timedelta(days=2),
                       [(LEARNER[0], "B01")], "test", server.clock.now(), unit_id="C1")
    [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in st.outbox.pending_results()], "http")
    assert outcome.status.value == "stored" and outcome.flags == ""
