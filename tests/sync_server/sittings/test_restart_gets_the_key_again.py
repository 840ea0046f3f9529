"""A station restarted mid-exam holds no content key (issue 15: kept in memory only, never stored under the
storage key). Its window shows the interrupted exam's page: the start code typed there opens it again, and
in a running sitting the centre releases the key again, so the learner continues without anyone typing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.services.sitting_reporter import seat_report
from sync_server.devices import create_code
from sync_server.models import SittingEvent, SittingSeat
from sync_server.sittings.service import start
from tests.conftest import LEARNER, START_CODE, answered_attempt
from tests.desktop.conftest import restarted, stop, type_start_code
from tests.desktop.ui_helpers import log_in
from tests.sync_server.sittings.test_sittings import centre  # noqa: F401  (the fixture)


def test_after_a_restart_the_start_code_typed_on_the_page_opens_the_exam_again(qtbot, station, clock):
    attempt = answered_attempt(station)
    station.close()
    ctl = restarted(qtbot, station.data_dir, clock)
    try:
        gate = ctl.key_gate
        assert ctl.exam is None and gate is not None and ctl.main.currentWidget() is gate
        assert not gate.centre_label.isVisibleTo(gate)   # no centre server: only the start code
        assert f"李四（{LEARNER[0]}）" in gate.findChildren(type(gate.centre_label))[1].text()   # whose exam it is
        qtbot.mouseClick(gate.code_button, Qt.MouseButton.LeftButton)
        assert gate.dialog is not None
        gate.dialog.code_edit.setText("AAAA-BBBB-CCCC")
        gate.dialog.try_unlock()
        qtbot.waitUntil(lambda: gate.dialog.status_label.objectName() == "error", timeout=20_000)
        assert ctl.exam is None and ctl.key_gate is gate          # a wrong code opens nothing, loses nothing
        gate.dialog.reject()
        qtbot.mouseClick(gate.back_button, Qt.MouseButton.LeftButton)   # another learner may use the PC meanwhile
        assert ctl.key_gate is None and ctl.main.currentWidget() is ctl.login and ctl.exam is None
        log_in(qtbot, ctl.login, *LEARNER)   # the learner comes back: their exam asks again
        qtbot.mouseClick(ctl.home.enter_button, Qt.MouseButton.LeftButton)
        type_start_code(qtbot, ctl, START_CODE)
        assert ctl.exam is not None and ctl.exam.attempt.attempt_id == attempt.attempt_id
        assert ctl.exam.attempt.responses == attempt.responses
    finally:
        stop(ctl)


def test_in_a_running_sitting_the_centre_gives_the_key_again(qtbot, server, centre, live_server,  # noqa: F811
                                                             station_for_server, clock):
    st = station_for_server
    st.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, room="第一考场"))
    assert st.sittings.check_in(LEARNER[0]).waiting
    with server.sessions.begin() as s:
        start(s, centre, "jiankao", server.clock.now())
    status = st.sittings.check_in(LEARNER[0])
    assert status.unlocked is not None
    learner = st.accounts.login(*LEARNER).learner
    attempt = st.attempts.begin(learner, status.unlocked)
    q = status.unlocked.content.questions[attempt.paper.items[0].question_id]
    attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    st.sittings.check_in(LEARNER[0], seat_report(attempt), want_key=False)   # the seat's report, every 3 s
    st.close()   # a power cut: the key was in this program's memory only

    ctl = restarted(qtbot, st.data_dir, clock)
    try:
        gate = ctl.key_gate
        assert gate is not None and gate.centre_label.isVisibleTo(gate)   # it asks the centre meanwhile
        qtbot.waitUntil(lambda: ctl.exam is not None, timeout=15_000)   # no start code typed
        assert ctl.exam.attempt.attempt_id == attempt.attempt_id and ctl.exam.attempt.responses == attempt.responses
        assert ctl.key_gate is None
    finally:
        stop(ctl)


def test_a_restarted_pc_asks_the_centre_only_for_an_attempt_begun_there_in_the_sitting(
        qtbot, server, centre, live_server, station_for_server, clock):  # noqa: F811
    """Outside round 76: the page shown after a restart checked the learner in at the centre with no one
    there, binding their seat of today's sitting to this PC (their own PC was then refused)."""
    st = station_for_server
    st.enrolment.enrol(live_server, "第一考场 9号机", create_code(server, room="第一考场"))
    # the learner began an exam by its start code at this PC (not in the sitting), and it was cut off
    learner = st.accounts.login(*LEARNER).learner
    st.attempts.begin(learner, st.attempts.unlock(st.library.listings(LEARNER[0])[0].package_id, START_CODE))
    st.close()

    ctl = restarted(qtbot, st.data_dir, clock)   # the PC restarts; the learner is not there
    try:
        gate = ctl.key_gate
        assert gate is not None
        qtbot.waitUntil(lambda: "did not give" in gate.centre_label.text(), timeout=15_000)
        assert ctl.exam is None
    finally:
        stop(ctl)
    with server.sessions() as s:
        seat = s.scalars(select(SittingSeat).where(SittingSeat.learner_no == LEARNER[0])).one()
        assert (seat.device_id, seat.state) == (None, "not_logged_in")   # nothing bound, nothing recorded
        assert not s.scalars(select(SittingEvent).where(SittingEvent.kind == "logged_in")).all()


def test_back_to_the_login_and_in_again_still_asks_for_the_resume_code_after_the_grace_period(
        qtbot, station, clock, later):
    """Outside round 78: the learner left the start-code page for the login, logged in two hours later and
    typed the start code read out to the room: the exam opened with no resume code (the login path reopened
    with no grace period)."""
    answered_attempt(station)
    station.close()
    later(hours=2)   # far past the grace period
    ctl = restarted(qtbot, station.data_dir, clock)
    try:
        qtbot.mouseClick(ctl.key_gate.back_button, Qt.MouseButton.LeftButton)
        log_in(qtbot, ctl.login, *LEARNER)
        qtbot.mouseClick(ctl.home.enter_button, Qt.MouseButton.LeftButton)
        type_start_code(qtbot, ctl, START_CODE)
        assert ctl.exam is None and ctl.gate is not None and ctl.main.currentWidget() is ctl.gate
    finally:
        stop(ctl)
