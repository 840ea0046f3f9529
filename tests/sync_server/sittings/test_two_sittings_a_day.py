"""A learner seated in two sittings on one day (two exams, or an absentee re-scheduled), an outside round
(round 9 on issue 14): a check-in does not say which exam, and the server took the day's earliest sitting
not yet closed. A learner who handed in at 09:00 in a sitting still closing (another learner's PC offline)
or still running was sent back to it at 14:00, at the right PC of the afternoon's exam: no key, or told to
go to the morning's room. And an absentee could not be re-scheduled while the morning's sitting was closing."""
from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta

from examcore.package import build_package, parse_package
from sync_server.exams.packages import import_package
from sync_server.models import Package
from sync_server.sittings.service import check_in, close, create_sitting, mark_missing, start
from tests.conftest import LEARNER, NEW_LEARNER, PROCTOR_PASSWORD, START_CODE
from tests.factories import make_exam, make_pool
from tests.server_fixtures import room_station
from tests.sync_server.sittings.test_sittings import centre  # noqa: F401  (the fixture)


def _second_exam(server, issuer) -> str:
    exam = dataclasses.replace(make_exam(), exam_id="exam-2026-b", title="2026年度专业知识考试")
    data = build_package(exam, make_pool(10), issuer=issuer, issuer_name="省普法办",
                         recipients=[server.keys.recipient()], start_code=START_CODE,
                         proctor_password=PROCTOR_PASSWORD)
    import_package(server, data)
    return parse_package(data, None).header.package_id


def _handed_in(server, station: str):
    with server.sessions.begin() as s:
        check_in(server, s, station, LEARNER[0], server.clock.now(), None,
                 {"state": "submitted", "result_id": str(uuid.uuid4()), "answered": 9, "total": 9})


def test_the_afternoons_exam_is_found_while_the_mornings_sitting_is_closing(server, centre, issuer, clock):  # noqa: F811
    room_station(server, "station-x", "第一考场")
    room_station(server, "station-y", "第一考场")
    now = server.clock.now()
    with server.sessions.begin() as s:
        afternoon = create_sitting(s, _second_exam(server, issuer), "第一考场", now + timedelta(hours=5),
                                   [(LEARNER[0], "B01")], "test", now, unit_id="C1").sitting_id
        check_in(server, s, "station-x", LEARNER[0], now, None, {"state": "waiting"})
        check_in(server, s, "station-y", NEW_LEARNER[0], now, None, {"state": "waiting"})
        start(s, centre, "jiankao", now)
    _handed_in(server, "station-x")
    with server.sessions.begin() as s:
        check_in(server, s, "station-y", NEW_LEARNER[0], now, None, {"state": "in_progress", "answered": 2, "total": 9})
        close(s, centre, "jiankao", now)          # NEW_LEARNER's PC went offline: the morning's stays closing
    clock.advance(5 * 3600_000)
    with server.sessions.begin() as s:
        start(s, afternoon, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        answer = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x01" * 32, {"state": "waiting"})
    assert answer.sitting["sitting_id"] == afternoon and answer.refused is None and answer.content_key is not None


def test_the_afternoons_room_is_not_sent_back_to_the_mornings(server, centre, issuer, clock):  # noqa: F811
    room_station(server, "station-x", "第一考场")
    room_station(server, "station-2", "第二考场")
    now = server.clock.now()
    with server.sessions.begin() as s:
        afternoon = create_sitting(s, _second_exam(server, issuer), "第二考场", now + timedelta(hours=4),
                                   [(LEARNER[0], "B01")], "test", now, unit_id="C1").sitting_id
        check_in(server, s, "station-x", LEARNER[0], now, None, {"state": "waiting"})
        start(s, centre, "jiankao", now)
    _handed_in(server, "station-x")     # the morning's sitting still runs (not closed)
    clock.advance(4 * 3600_000)
    with server.sessions.begin() as s:
        start(s, afternoon, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        answer = check_in(server, s, "station-2", LEARNER[0], server.clock.now(), b"\x01" * 32, {"state": "waiting"})
    assert (answer.refused, answer.sitting["sitting_id"]) == (None, afternoon)


def test_an_absentee_is_re_scheduled_while_the_mornings_sitting_is_closing(server, centre, clock):  # noqa: F811
    room_station(server, "station-y", "第一考场")
    now = server.clock.now()
    with server.sessions.begin() as s:
        check_in(server, s, "station-y", NEW_LEARNER[0], now, None, {"state": "waiting"})
        start(s, centre, "jiankao", now)
    with server.sessions.begin() as s:
        check_in(server, s, "station-y", NEW_LEARNER[0], now, None, {"state": "in_progress", "answered": 1, "total": 9})
        mark_missing(s, centre, LEARNER[0], "病假", "jiankao", now)
        close(s, centre, "jiankao", now)
    clock.advance(4 * 3600_000)
    with server.sessions.begin() as s:
        later = create_sitting(s, s.query(Package.package_id).scalar(), "第二考场",
                               server.clock.now() + timedelta(hours=1), [(LEARNER[0], "C01")], "test",
                               server.clock.now(), unit_id="C1").sitting_id
    room_station(server, "station-2", "第二考场")
    with server.sessions.begin() as s:   # and at the new sitting's PC they are seated there, not "missing"
        answer = check_in(server, s, "station-2", LEARNER[0], server.clock.now(), None, {"state": "waiting"})
    assert (answer.refused, answer.sitting["sitting_id"]) == (None, later)


def morning_begun_with_an_afternoon_to_come(server, centre, issuer) -> None:  # noqa: F811
    """The learner began the morning's sitting (``centre``, started) at station-x; the afternoon's sitting of
    another exam, five hours later in the same room, seats them too."""
    room_station(server, "station-x", "第一考场")
    now = server.clock.now()
    with server.sessions.begin() as s:
        create_sitting(s, _second_exam(server, issuer), "第一考场", now + timedelta(hours=5), [(LEARNER[0], "B01")],
                       "test", now, unit_id="C1")
        check_in(server, s, "station-x", LEARNER[0], now, None, {"state": "waiting"})
        start(s, centre, "jiankao", now)
    with server.sessions.begin() as s:
        check_in(server, s, "station-x", LEARNER[0], now, b"\x01" * 32, {"state": "in_progress", "answered": 1,
                                                                           "total": 9})


def test_a_learner_still_writing_the_mornings_exam_stays_in_it_as_the_afternoons_nears(server, centre, issuer,  # noqa: F811
                                                                                      clock):
    """Nearest by start alone would hand a long morning exam's reports to the afternoon's sitting at 11:40."""
    morning_begun_with_an_afternoon_to_come(server, centre, issuer)
    clock.advance(int(2.9 * 3600_000))   # past half-way to the afternoon's start
    with server.sessions.begin() as s:
        answer = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), None,
                          {"state": "in_progress", "answered": 5, "total": 9})
    assert (answer.refused, answer.sitting["sitting_id"]) == (None, centre)


def _morning_hand_in_lost(server, centre, clock, afternoon_room: str, issuer):  # noqa: F811
    """The morning's PC lost the LAN at the hand-in (its 'submitted' never came: the seat stays in progress)
    and the proctor closed the morning's sitting; the afternoon's exam is started five hours later."""
    room_station(server, "station-x", "第一考场")
    now = server.clock.now()
    with server.sessions.begin() as s:
        afternoon = create_sitting(s, _second_exam(server, issuer), afternoon_room, now + timedelta(hours=5),
                                   [(LEARNER[0], "B01")], "test", now, unit_id="C1").sitting_id
        check_in(server, s, "station-x", LEARNER[0], now, None, {"state": "waiting"})
        start(s, centre, "jiankao", now)
    with server.sessions.begin() as s:
        check_in(server, s, "station-x", LEARNER[0], now, None, {"state": "in_progress", "answered": 1, "total": 9})
        close(s, centre, "jiankao", now)
    clock.advance(5 * 3600_000)
    with server.sessions.begin() as s:
        start(s, afternoon, "jiankao", server.clock.now())
    return afternoon


def test_a_morning_seat_left_in_progress_does_not_keep_the_learner_from_the_afternoons_room(  # noqa: F811
        server, centre, issuer, clock):
    """Round 10: 'in progress first' sent them to the morning's room (wrong_room), at every try."""
    afternoon = _morning_hand_in_lost(server, centre, clock, "第二考场", issuer)
    room_station(server, "station-2", "第二考场")
    with server.sessions.begin() as s:
        answer = check_in(server, s, "station-2", LEARNER[0], server.clock.now(), b"\x01" * 32, {"state": "waiting"})
    assert (answer.refused, answer.sitting["sitting_id"]) == (None, afternoon) and answer.content_key is not None


def test_at_the_same_pc_the_afternoons_check_in_leaves_the_mornings_seat_as_it_was(server, centre, issuer,  # noqa: F811
                                                                                   clock):
    """Round 10: the afternoon's 'waiting' went to the morning's closing sitting and rewrote its seat from in
    progress to waiting (a proctor would then record a learner who sat it as missing)."""
    from sync_server.models import SittingSeat
    afternoon = _morning_hand_in_lost(server, centre, clock, "第一考场", issuer)
    with server.sessions.begin() as s:
        answer = check_in(server, s, "station-x", LEARNER[0], server.clock.now(), b"\x01" * 32, {"state": "waiting"})
        assert s.get(SittingSeat, (centre, LEARNER[0])).state == "in_progress"
    assert (answer.refused, answer.sitting["sitting_id"]) == (None, afternoon) and answer.content_key is not None


def test_an_absentee_of_another_rooms_sitting_arriving_early_for_their_own(server, centre, issuer, clock):  # noqa: F811
    """Round 10: absent from room 1's 09:10 sitting (running, not yet recorded missing), seated in room 2's
    at 11:10, at room 2 at 09:55 (nearer 09:10): was refused as late for room 1's."""
    room_station(server, "station-2", "第二考场")
    now = server.clock.now()
    with server.sessions.begin() as s:
        own = create_sitting(s, _second_exam(server, issuer), "第二考场", now + timedelta(hours=2, minutes=10),
                             [(LEARNER[0], "B01")], "test", now, unit_id="C1").sitting_id
    clock.advance(10 * 60_000)
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    clock.advance(45 * 60_000)
    with server.sessions.begin() as s:
        answer = check_in(server, s, "station-2", LEARNER[0], server.clock.now(), None, {"state": "waiting"})
    assert (answer.refused, answer.sitting["sitting_id"]) == (None, own)
