"""A station restarted mid-exam holds no content key (issue 15: kept in memory only, never stored under the
storage key). Its window shows the interrupted exam's page: the start code typed there opens it again, and
in a running sitting the centre releases the key again, so the learner continues without anyone typing."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.controller import StationController
from desktop.station import Station
from sync_server.devices import create_code
from sync_server.sittings.service import start
from tests.conftest import LEARNER, START_CODE
from tests.desktop.conftest import type_start_code
from tests.sync_server.sittings.test_sittings import centre  # noqa: F401  (the fixture)


def _answered(st):
    learner = st.accounts.login(*LEARNER).learner
    unlocked = st.attempts.unlock(st.library.listings(LEARNER[0])[0].package_id, START_CODE)
    attempt = st.attempts.begin(learner, unlocked)
    q = unlocked.content.questions[attempt.paper.items[0].question_id]
    attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    return attempt


def _restarted(qtbot, st, clock) -> StationController:
    again = Station.open(st.data_dir, clock=clock)
    ctl = StationController(again, full_screen=False)
    qtbot.addWidget(ctl.main)
    ctl.start()
    return ctl


def _stop(ctl: StationController) -> None:
    if ctl.exam is not None:
        ctl.exam._finish()
        ctl.exam.close()
    ctl.sync.stop()
    ctl.station.close()
    QApplication.instance().setStyleSheet("")


def test_after_a_restart_the_start_code_typed_on_the_page_opens_the_exam_again(qtbot, station, clock):
    attempt = _answered(station)
    station.close()
    ctl = _restarted(qtbot, station, clock)
    try:
        gate = ctl.key_gate
        assert ctl.exam is None and gate is not None and ctl.main.currentWidget() is gate
        assert not gate.centre_label.isVisibleTo(gate)   # no centre server: only the start code
        qtbot.mouseClick(gate.code_button, Qt.MouseButton.LeftButton)
        assert gate.dialog is not None
        gate.dialog.code_edit.setText("AAAA-BBBB-CCCC")
        gate.dialog.try_unlock()
        qtbot.waitUntil(lambda: gate.dialog.status_label.objectName() == "error", timeout=20_000)
        assert ctl.exam is None and ctl.key_gate is gate          # a wrong code opens nothing, loses nothing
        gate.dialog.reject()
        type_start_code(qtbot, ctl, START_CODE)
        assert ctl.exam is not None and ctl.exam.attempt.attempt_id == attempt.attempt_id
        assert ctl.exam.attempt.responses == attempt.responses
    finally:
        _stop(ctl)


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
    st.close()   # a power cut: the key was in this program's memory only

    ctl = _restarted(qtbot, st, clock)
    try:
        gate = ctl.key_gate
        assert gate is not None and gate.centre_label.isVisibleTo(gate)   # it asks the centre meanwhile
        qtbot.waitUntil(lambda: ctl.exam is not None, timeout=15_000)   # no start code typed
        assert ctl.exam.attempt.attempt_id == attempt.attempt_id and ctl.exam.attempt.responses == attempt.responses
        assert ctl.key_gate is None
    finally:
        _stop(ctl)
