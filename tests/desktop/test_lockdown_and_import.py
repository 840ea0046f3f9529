"""Lockdown policies other than the default, and importing a package by dragging it onto the window."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.controller import StationController
from examcore.chain import EventKind
from examcore.exam import CheckMode, LockdownPolicy
from tests.conftest import LEARNER, START_CODE, ready_station, write_package
from tests.desktop.ui_helpers import exam_time_passes, log_in


def _station_with(tmp_path, clock, issuer, centre_key, roster_file, lockdown):
    return ready_station(tmp_path / "station", clock, issuer, roster_file,
                         write_package(tmp_path / "p.xfp", issuer, centre_key, lockdown=lockdown))


def _exam(qtbot, st):
    learner = st.accounts.login(*LEARNER).learner
    pkg = st.library.listings(LEARNER[0])[0].package_id
    ctl = StationController(st)
    qtbot.addWidget(ctl.main)
    ctl.open_exam(st.attempts.begin(learner, st.attempts.unlock(pkg, START_CODE)))
    return ctl


def test_warn_only_focus_checks_count_but_never_submit(qtbot, tmp_path, clock, issuer, centre_key, roster_file):
    policy = LockdownPolicy(max_focus_losses=1, focus_mode=CheckMode.WARN, away_mode=CheckMode.WARN)
    st = _station_with(tmp_path, clock, issuer, centre_key, roster_file, policy)
    ctl = _exam(qtbot, st)
    window = ctl.exam
    try:
        app = QGuiApplication.instance()
        for _ in range(3):
            app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
            clock.advance(60_000)  # far longer away than allowed
            qtbot.wait(1100)       # the lockdown check runs every second
            app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert window.attempt.submitted is None and window.isVisible()
        assert window.attempt.count(EventKind.FOCUS_LOST) == 3
        assert "You left the exam window" in window.warning_label.text()
    finally:
        window._finish()
        window.close()
        st.close()


def test_inactivity_is_logged_and_warned_or_enforced(qtbot, tmp_path, clock, issuer, centre_key, roster_file):
    for mode in (CheckMode.WARN, CheckMode.ENFORCE):
        folder = tmp_path / mode.value
        folder.mkdir()
        st = _station_with(folder, clock, issuer, centre_key, roster_file,
                           LockdownPolicy(inactivity_minutes=5, inactivity_mode=mode))
        ctl = _exam(qtbot, st)
        window = ctl.exam
        try:
            if mode is CheckMode.WARN:
                with qtbot.waitSignal(window.monitor.inactive, timeout=3000):
                    exam_time_passes(clock, window.attempt, 5 * 60_000 + 1000)
                assert window.attempt.count(EventKind.INACTIVE) == 1
                assert "No activity" in window.warning_label.text() and window.attempt.submitted is None
            else:
                with qtbot.waitSignal(window.submitted, timeout=3000) as sig:
                    exam_time_passes(clock, window.attempt, 5 * 60_000 + 1000)
                assert sig.args[0].reason == "inactive"
        finally:
            if ctl.exam is not None:
                window._finish()
                window.close()
            st.close()


def test_a_package_dragged_onto_my_exams_is_imported(qtbot, controller, tmp_path, issuer, centre_key):
    second = write_package(tmp_path / "makeup.xfp", issuer, centre_key, is_makeup=True)
    controller.start()
    log_in(qtbot, controller.login, *LEARNER)
    home = controller.home
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    enter = QDragEnterEvent(QPointF(home.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(home, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(home.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(home, drop)
    assert len(home.listings) == 2
    assert "Imported" in home.message_label.text()
