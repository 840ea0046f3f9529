"""Station time a person can trust: a clock set back does not reopen a closed window or start an exam by
itself (the station keeps a high-water mark of time across restarts), answers after time-up are refused
and ignored by grading, and a sleep is logged and not charged. Plus what the server's change feed says
about attempts sat elsewhere."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from desktop.controller import StationController
from desktop.services.attempts import AnswerRefused, AttemptRefused
from desktop.services.sitting_reporter import seat_report
from desktop.station import Station
from desktop.store.models import Setting
from examcore.chain import EventKind
from examcore.change_feed import Change, sign_page
from examcore.crypto.keys import SigningKey
from examcore.proctor_codes import RESUME, START, make_code
from tests.desktop.conftest import type_start_code
from tests.conftest import LEARNER, START_CODE, give_proctor_key, ready_station, write_package
from tests.desktop.ui_helpers import exam_time_passes, log_in, when_modal
from tests.factories import FakeClock


def _learner(station: Station):
    return station.accounts.login(*LEARNER).learner


def _unlocked(station: Station):
    pkg = station.library.listings(LEARNER[0])[0].package_id
    return station.attempts.unlock(pkg, START_CODE)


def _reopened(station: Station, wall) -> Station:
    """The PC restarted with its clock at ``wall``: a new process, a new monotonic clock, the same folder."""
    station.close()
    return Station.open(station.data_dir, FakeClock(wall))


# --- 1. the clock set back -------------------------------------------------------------------------

def test_a_clock_set_back_does_not_reopen_a_closed_window(station, clock):
    unlocked = _unlocked(station)
    window_end = unlocked.content.exam.window_end
    clock.wall = window_end + timedelta(hours=1)
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(_learner(station), unlocked)
    assert refused.value.code == "window_closed"
    again = _reopened(station, clock.wall - timedelta(days=2.5))   # inside the window by the wall clock
    try:
        assert again.clock.now() < window_end and again.time.behind() is not None
        with pytest.raises(AttemptRefused) as refused:
            again.attempts.begin(_learner(again), _unlocked(again))
        assert refused.value.code == "window_closed"
        # not even the proctor's code opens a window the station has seen closed
        challenge = again.attempts.start_challenge(LEARNER[0], unlocked.header.package_id)
        code = make_code(give_proctor_key(again, unlocked.header), START, challenge)
        with pytest.raises(AttemptRefused) as refused:
            again.attempts.begin(_learner(again), _unlocked(again), code)
        assert refused.value.code == "window_closed"
    finally:
        again.close()


def test_a_clock_set_back_starts_only_with_the_proctors_code_and_it_is_in_the_chain(station, clock):
    clock.wall += timedelta(days=5)
    station.time.observe(force=True)
    again = _reopened(station, clock.wall - timedelta(days=2.5))
    try:
        unlocked = _unlocked(again)
        with pytest.raises(AttemptRefused) as refused:
            again.attempts.begin(_learner(again), unlocked)
        assert refused.value.code == "clock_behind"
        challenge = refused.value.detail
        key = give_proctor_key(again, unlocked.header)
        for wrong in (make_code(key, RESUME, challenge), "AAAA-AAAA"):   # another action's code: no
            with pytest.raises(AttemptRefused) as refused:
                again.attempts.begin(_learner(again), unlocked, wrong)
            assert refused.value.code == "wrong_code"
        attempt = again.attempts.begin(_learner(again), unlocked, make_code(key, START, challenge))
        behind = [e for e in attempt.chain.events if e.kind == EventKind.CLOCK_BEHIND]
        assert len(behind) == 1 and behind[0].data["action_id"] == "code:" + challenge
        assert behind[0].data["behind_ms"] >= 2.5 * 86_400_000 - 60_000
        assert seat_report(attempt)["irregularities"] == {"clock_behind": 1}
    finally:
        again.close()


def test_a_clock_set_back_while_the_station_is_off_needs_the_resume_code(qtbot, station, clock):
    learner = _learner(station)
    attempt = station.attempts.begin(learner, _unlocked(station))
    attempt_id = attempt.attempt_id
    exam_time_passes(clock, attempt, 60_000)   # then the PC goes off; its clock is set back 2 days
    again = _reopened(station, clock.wall - timedelta(days=2))
    ctl = StationController(again, full_screen=False)
    qtbot.addWidget(ctl.main)
    try:
        ctl.start()
        type_start_code(qtbot, ctl, START_CODE)   # a restart: the exam's key first (kept in memory only)
        assert ctl.exam is None and ctl.gate is not None     # within the "grace period" by the wall clock
        challenge = ctl.gate.challenge_label.text()
        unlocked = _unlocked(again)
        code = make_code(give_proctor_key(again, unlocked.header), RESUME, challenge)
        qtbot.keyClicks(ctl.gate.code_edit, code)
        qtbot.mouseClick(ctl.gate.continue_button, Qt.MouseButton.LeftButton)
        assert ctl.exam is not None and ctl.exam.attempt.attempt_id == attempt_id
        kinds = [e.kind for e in ctl.exam.attempt.chain.events]
        assert EventKind.CLOCK_BEHIND in kinds
    finally:
        if ctl.exam is not None:
            ctl.exam._finish()
            ctl.exam.close()
        ctl.sync.stop()
        again.close()


def test_the_start_dialog_asks_for_the_proctors_code_when_the_clock_is_behind(qtbot, station, clock):
    clock.wall += timedelta(days=3)
    station.time.observe(force=True)
    again = _reopened(station, clock.wall - timedelta(days=2.5))
    ctl = StationController(again, full_screen=False)
    qtbot.addWidget(ctl.main)
    try:
        ctl.start()
        log_in(qtbot, ctl.login, *LEARNER)
        qtbot.mouseClick(ctl.home.enter_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(ctl.start_dialog.code_edit, START_CODE)
        with qtbot.waitSignal(ctl.start_dialog.finished, timeout=20_000):
            ctl.start_dialog.buttons.accepted.emit()
        dialog = ctl.approval
        assert dialog is not None and ctl.exam is None
        assert "clock is behind" in dialog.findChildren(type(dialog.error_label))[0].text()
        shown = dialog.challenge_label.text()
        qtbot.keyClicks(dialog.code_edit, START_CODE)     # the room's code again: explained, no try spent
        dialog.buttons.accepted.emit()
        assert "room's start code" in dialog.error_label.text() and dialog.challenge_label.text() == shown
        qtbot.keyClicks(dialog.code_edit, "AAAA-AAAA")
        dialog.buttons.accepted.emit()
        assert "not the proctor's start code" in dialog.error_label.text() and ctl.exam is None
        unlocked = _unlocked(again)
        key = give_proctor_key(again, unlocked.header)
        qtbot.keyClicks(dialog.code_edit, make_code(key, START, dialog.challenge_label.text()))
        dialog.buttons.accepted.emit()
        assert ctl.exam is not None
        assert ctl.exam.attempt.count(EventKind.CLOCK_BEHIND) == 1
    finally:
        if ctl.exam is not None:
            ctl.exam._finish()
            ctl.exam.close()
        ctl.sync.stop()
        again.close()


def test_the_mark_moves_with_the_monotonic_clock_and_small_corrections_are_tolerated(station, clock):
    clock.mono += 3_600_000            # an hour of running, while someone set the wall clock back an hour
    assert station.time.behind() is not None
    clock.wall += timedelta(minutes=58)   # put right to within two minutes: tolerated
    assert station.time.behind() is None


# --- 2. answers after time-up ------------------------------------------------------------------------

def test_an_answer_after_time_up_is_refused_and_a_forced_one_is_ignored_and_flagged(station, clock):
    attempt = station.attempts.begin(_learner(station), _unlocked(station))
    first, second = (attempt.unlocked.content.questions[i.question_id] for i in attempt.paper.items[:2])
    attempt.save_answer(first.id, first.answer)
    exam_time_passes(clock, attempt, 31 * 60_000)     # a 30-minute exam
    with pytest.raises(AnswerRefused):
        attempt.save_answer(second.id, second.answer)
    assert second.id not in attempt.responses
    attempt.log(EventKind.ANSWER, {"q": second.id, "r": list(second.answer)})   # forced into the chain
    receipt = attempt.submit("time_up")
    points = {i.question_id: i.points for i in attempt.paper.items}
    assert receipt.grade.score == points[first.id]    # the late right answer earned nothing
    assert attempt.chain.events[-1].data["late_answers"] == 1


def test_extra_time_and_pauses_count_for_the_limit(station, clock):
    attempt = station.attempts.begin(_learner(station), _unlocked(station))
    q = attempt.unlocked.content.questions[attempt.paper.items[0].question_id]
    attempt.grant_extra_time(10, "换机", "a1")
    assert attempt.pause("a2")
    exam_time_passes(clock, attempt, 15 * 60_000)      # paused: not exam time
    assert attempt.unpause("a3")
    exam_time_passes(clock, attempt, 35 * 60_000)      # 35 of 40 minutes used
    attempt.save_answer(q.id, q.answer)
    assert attempt.submit().grade.score == attempt.paper.items[0].points


def test_the_exam_window_says_an_answer_after_time_up_was_not_saved(qtbot, station, clock):
    ctl = StationController(station, full_screen=False)
    qtbot.addWidget(ctl.main)
    attempt = station.attempts.begin(_learner(station), _unlocked(station))
    ctl.open_exam(attempt)
    window = ctl.exam
    try:
        window.runtime.stop()          # the tick would hand in at time-up: look at the save alone
        exam_time_passes(clock, attempt, 31 * 60_000)
        q = attempt.unlocked.content.questions[attempt.paper.items[0].question_id]
        assert window._save(q.id, q.answer)
        assert "Time is up" in window.warning_label.text() and q.id not in attempt.responses
    finally:
        window._finish()
        window.close()


# --- 3. sleep ------------------------------------------------------------------------------------------

def test_a_sleep_is_logged_once_and_not_charged(qtbot, station, clock):
    attempt = station.attempts.begin(_learner(station), _unlocked(station))
    exam_time_passes(clock, attempt, 5 * 60_000)
    clock.advance(12 * 60_000)          # both clocks move: the PC slept, as Windows reports it
    attempt.heartbeat()
    assert attempt.remaining_ms() == 25 * 60_000
    slept = [e for e in attempt.chain.events if e.kind == EventKind.SUSPENDED]
    assert len(slept) == 1 and slept[0].data == {"gap_ms": 12 * 60_000, "wall_gap_ms": 12 * 60_000,
                                                 "charged": False}
    clock.wall += timedelta(minutes=12)  # only the wall clock moves (a clock change): clock_jump, not charged
    attempt.heartbeat()
    assert attempt.remaining_ms() == 25 * 60_000
    assert seat_report(attempt)["irregularities"] == {"suspended": 1, "clock_jump": 1}
    # the proctor's seat grid names it
    from desktop.ui.proctor.proctor_window import ProctorWindow
    grid = ProctorWindow(None)
    qtbot.addWidget(grid)
    assert grid._irregularity("suspended") == "sleeps" and grid._irregularity("clock_behind") == "clock set back"


def test_a_sleep_during_the_exam_window_does_not_end_the_exam(qtbot, station, clock):
    ctl = StationController(station, full_screen=False)
    qtbot.addWidget(ctl.main)
    attempt = station.attempts.begin(_learner(station), _unlocked(station))
    ctl.open_exam(attempt)
    window = ctl.exam
    try:
        exam_time_passes(clock, attempt, 5 * 60_000)
        clock.advance(40 * 60_000)       # longer than the time left: must not hand in
        with qtbot.waitSignal(window.runtime.ticked, timeout=3000):
            pass
        qtbot.wait(300)
        assert attempt.submitted is None and window.timer_label.text() == "0:25:00"
        assert attempt.count(EventKind.SUSPENDED) == 1
    finally:
        window._finish()
        window.close()


def test_the_policy_may_charge_a_sleep(station, clock):
    with station.sessions.begin() as s:
        s.merge(Setting(key="policy", value='{"charge_suspend": 1}'))
    attempt = station.attempts.begin(_learner(station), _unlocked(station))
    exam_time_passes(clock, attempt, 5 * 60_000)
    clock.advance(12 * 60_000)
    attempt.heartbeat()
    assert attempt.remaining_ms() == 13 * 60_000
    assert [e.data["charged"] for e in attempt.chain.events if e.kind == EventKind.SUSPENDED] == [True]


# --- what the server's change feed says: attempts elsewhere, and its time ------------------------------

class FeedServer:
    """The server's side of the change feed, signed with a real server key (the station verifies it)."""

    def __init__(self, station: Station, server_time=None):
        self.key, self.station, self.server_time, self.changes = SigningKey.generate(), station, server_time, []
        with station.sessions.begin() as s:
            s.merge(Setting(key="server_key", value=self.key.public_raw().hex()))

    def add(self, kind: str, key: str, body: dict) -> None:
        self.changes.append(Change(len(self.changes) + 1, kind, key, body))

    def changes_after(self, after: int) -> dict:
        page = [c for c in self.changes if c.seq > after]
        return sign_page(page, len(self.changes), False, self.station.keys.device_id, after, "centre", self.key)

    def package(self, _key):
        raise AssertionError("no packages in these feeds")


def _attempt_change(result_id, attempt_id, device_id, room, when, counted=True) -> dict:
    return {"exam_id": "exam-2026", "learner_no": LEARNER[0], "attempt_id": attempt_id, "result_id": result_id,
            "device_id": device_id, "room": room, "submitted_at": when, "counted": counted}


class _Client:
    def __init__(self, feed: FeedServer):
        self.feed, self.server_time = feed, feed.server_time

    def changes(self, after: int, undelivered: list[str] | None = None) -> dict:
        self.undelivered = undelivered   # what the station told its server it has not delivered
        return self.feed.changes_after(after)

    def package(self, key):
        return self.feed.package(key)


def test_an_attempt_sat_elsewhere_uses_up_the_limit_and_the_refusal_says_where(qtbot, station):
    feed = FeedServer(station)
    feed.add("attempt", "r-1", _attempt_change("r-1", "a-elsewhere", "pc-302-07", "第三考场", "2026-09-28T09:41:00+08:00"))
    feed.add("attempt", "r-2", _attempt_change("r-2", "a-flagged", "pc-x", "第九考场", "2026-09-29T09:00:00+08:00",
                                               counted=False))   # flagged by the server: not counted
    assert station.downward.pull(_Client(feed)).applied == 2
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(_learner(station), _unlocked(station))
    assert refused.value.code == "no_attempts_left"
    assert [p["attempt_id"] for p in refused.value.places] == ["a-elsewhere"]
    from desktop.ui.messages import attempt_refused
    text = attempt_refused("no_attempts_left", refused.value.places)
    assert "第三考场" in text and "pc-302-07" in text and "2026-09-28" in text
    # the learner sees it on the station when trying
    ctl = StationController(station, full_screen=False)
    qtbot.addWidget(ctl.main)
    seen = []
    when_modal(lambda box: (seen.append(box.text()), box.accept()))
    ctl._begin(_learner(station), _unlocked(station))
    assert seen and "第三考场" in seen[0] and ctl.exam is None


def test_a_result_the_server_holds_uses_an_attempt_and_one_it_rejected_gives_it_back(station):
    """Found by an outside round: a first attempt held on purpose (a long sleep) was no attempt to the other
    stations, which let the learner sit again. A newer server says whether each uses an attempt: held ones
    do, rejected ones not (an older server's ``counted`` alone stands in for it, as above)."""
    feed = FeedServer(station)
    held = {**_attempt_change("r-1", "a-held", "pc-1", "第一考场", "2026-09-28T09:00:00+08:00", counted=False),
            "uses_attempt": True}
    feed.add("attempt", "r-1", held)
    station.downward.pull(_Client(feed))
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(_learner(station), _unlocked(station))
    assert refused.value.code == "no_attempts_left" and [p["attempt_id"] for p in refused.value.places] == ["a-held"]
    feed.add("attempt", "r-1", {**held, "uses_attempt": False})   # an administrator rejected it
    station.downward.pull(_Client(feed))
    assert station.attempts.begin(_learner(station), _unlocked(station)) is not None   # given back: it may start


def test_an_attempt_rejected_by_the_server_no_longer_blocks_its_own_station(station, clock):
    """A fourth outside round: the server gave the attempt back (an administrator rejected the result), yet
    the station where it was sat kept refusing: every attempt handed in here had counted, whatever the
    server decided."""
    from desktop.services.server_knowledge import apply_attempt
    from examcore.clock import utc_naive
    first = station.attempts.begin(_learner(station), _unlocked(station))
    receipt = first.submit("learner")
    with pytest.raises(AttemptRefused):
        station.attempts.begin(_learner(station), _unlocked(station))
    with station.sessions.begin() as s:
        apply_attempt(s, {**_attempt_change(receipt.result_id, first.attempt_id, station.keys.device_id, "", "",
                                            counted=False), "uses_attempt": False}, utc_naive(clock.now()))
    assert station.attempts.begin(_learner(station), _unlocked(station)).attempt_id != first.attempt_id


def test_an_attempt_of_this_station_reported_back_is_not_counted_twice(station, clock, tmp_path, issuer,
                                                                       roster_file):
    st = ready_station(tmp_path / "two", clock, issuer, roster_file,
                       write_package(tmp_path / "two.xfp", issuer, _centre(),
                                     max_attempts=2))
    try:
        first = st.attempts.begin(_learner(st), _unlocked(st)).submit()
        with st.sessions() as s:
            from desktop.store.models import SealedResult
            attempt_id = s.get(SealedResult, first.result_id).attempt_id
        feed = FeedServer(st)
        feed.add("attempt", first.result_id, _attempt_change(first.result_id, attempt_id, st.keys.device_id, "",
                                                             first.submitted_at.isoformat()))
        st.downward.pull(_Client(feed))
        second = st.attempts.begin(_learner(st), _unlocked(st))     # 1 of 2 used, not 2
        second.submit()
        with pytest.raises(AttemptRefused) as refused:
            st.attempts.begin(_learner(st), _unlocked(st))
        assert refused.value.code == "no_attempts_left" and len(refused.value.places) == 2
    finally:
        st.close()


def _centre():
    from examcore.crypto.keys import ResultKey
    return ResultKey.generate()


def test_a_server_answer_moves_the_mark_on(station, clock):
    feed = FeedServer(station, server_time=clock.wall + timedelta(hours=1))   # this PC's clock is an hour slow
    station.downward.pull(_Client(feed))
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(_learner(station), _unlocked(station))
    assert refused.value.code == "clock_behind"


def test_offline_a_start_in_a_sitting_the_station_cannot_confirm_needs_the_proctors_code(station, clock):
    from desktop.services.server_knowledge import seated_unconfirmed
    unlocked = _unlocked(station)
    package_id = unlocked.header.package_id
    feed = FeedServer(station, server_time=clock.wall)
    feed.add("sitting", "s-1", {"sitting_id": "s-1", "package_id": package_id, "room": "第一考场", "state": "started",
                                "starts_at": (clock.wall - timedelta(minutes=5)).isoformat(),
                                "seats": [LEARNER[0]], "missing": []})
    station.downward.pull(_Client(feed))
    with station.sessions() as s:
        assert not seated_unconfirmed(s, LEARNER[0], package_id, station.time.now())   # just heard from it
    clock.advance(11 * 60_000)          # the LAN is gone; the proctor may have closed the sitting meanwhile
    with pytest.raises(AttemptRefused) as refused:
        station.attempts.begin(_learner(station), unlocked)
    assert refused.value.code == "sitting_unconfirmed"
    code = make_code(give_proctor_key(station, unlocked.header), START, refused.value.detail)
    attempt = station.attempts.begin(_learner(station), unlocked, code)
    started = [e for e in attempt.chain.events if e.kind == EventKind.STARTED_BY_CODE]
    assert started and started[0].data == {"action_id": "code:" + refused.value.detail,
                                           "reason": "sitting_unconfirmed"}


def test_a_mark_pushed_far_ahead_is_put_back_only_by_the_system_administrator(tmp_path, monkeypatch, issuer,
                                                                              roster_file, package_file):
    """A server (or the PC's clock) set a year ahead by mistake would keep every window of this station closed
    for good: IT resets the mark (root / Administrator); the learner's account may not."""
    from datetime import datetime, timezone

    from click.testing import CliRunner

    import desktop.app as app
    import desktop.cli.care as care
    st = ready_station(tmp_path / "station", None, issuer, roster_file, package_file)
    st.time.observe_server(datetime.now(timezone.utc) + timedelta(days=400))
    assert st.time.behind() is not None
    st.close()
    told = CliRunner().invoke(app.main, ["--data-dir", str(tmp_path / "station"), "status"], env={"XUEFA_LANG": "en"})
    assert "this PC's clock is 400 d" in told.output and "xuefa reset-time-mark" in told.output, told.output
    run = ["--data-dir", str(tmp_path / "station"), "reset-time-mark", "--yes"]
    monkeypatch.setattr(care, "_run_by_system_admin", lambda: False)
    refused = CliRunner().invoke(app.main, run)
    assert refused.exit_code != 0 and "only the system administrator" in refused.output
    again = Station.open(tmp_path / "station")
    assert again.time.behind() is not None   # nothing changed
    again.close()
    monkeypatch.setattr(care, "_run_by_system_admin", lambda: True)
    done = CliRunner().invoke(app.main, run)
    assert done.exit_code == 0 and "now follows this PC's clock" in done.output, done.output
    calm = CliRunner().invoke(app.main, ["--data-dir", str(tmp_path / "station"), "status"], env={"XUEFA_LANG": "en"})
    assert "behind the latest time" not in calm.output
    again = Station.open(tmp_path / "station")
    try:
        assert again.time.behind() is None
        assert again.time.high_water() < datetime.now(timezone.utc) + timedelta(minutes=1)
    finally:
        again.close()
