"""Driving the station's real widgets the way a learner does."""
from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.exam.exam_window import ExamWindow
from examcore.questions import QuestionType


def when_modal(action: Callable[[QWidget], None], attempts: int = 200) -> None:
    """Run ``action`` on the next modal dialog once it is open (dialogs shown with exec())."""
    def poll(left: int = attempts) -> None:
        widget = QApplication.activeModalWidget()
        if widget is None and left:
            QTimer.singleShot(10, lambda: poll(left - 1))
        elif widget is not None:
            action(widget)
    QTimer.singleShot(0, poll)


def failed_start(qtbot, data_dir) -> tuple[object, str]:
    """Start the station window on ``data_dir`` as `xuefa` does, expecting it to fail: the Startup and the
    text it showed (its message box is read and closed, as a clerk would)."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.startup import Startup
    startup = Startup(data_dir)
    qtbot.addWidget(startup.shell.main)
    seen: dict[str, str] = {}

    def read_and_close(box) -> None:
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
    when_modal(read_and_close)
    with qtbot.waitSignal(startup.failed, timeout=30_000) as failed:
        startup.start()
    qtbot.waitUntil(lambda: "text" in seen, timeout=5000)
    assert seen["text"] == failed.args[0]   # what the signal says is what the clerk read
    QApplication.instance().setStyleSheet("")
    return startup, failed.args[0]


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a learner does: ASCII from the keyboard, Chinese committed by the input method."""
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def log_in(qtbot, login_window, number: str, password: str) -> None:
    login_window.number_edit.setText("")
    qtbot.keyClicks(login_window.number_edit, number)
    qtbot.keyClicks(login_window.password_edit, password)
    qtbot.mouseClick(login_window.login_button, Qt.MouseButton.LeftButton)


def answer_current(qtbot, window: ExamWindow, right: bool) -> None:
    """Answer the question on screen through its widgets, rightly or wrongly."""
    item = window.attempt.paper.items[window.index]
    q = window.attempt.unlocked.content.questions[item.question_id]
    view = window.question_view
    if q.type in (QuestionType.SINGLE, QuestionType.TRUE_FALSE, QuestionType.MULTIPLE):
        keys = set(q.answer) if right else {next(str(b.property("key")) for b in view.option_buttons
                                                 if str(b.property("key")) not in q.answer)}
        for button in view.option_buttons:
            if str(button.property("key")) in keys:
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    elif q.type is QuestionType.FILL_IN:
        for i, edit in enumerate(view.text_edits):
            type_text(qtbot, edit, q.accepted_for_blank(i)[-1] if right else "不知道")
        view.flush()
    else:
        type_text(qtbot, view.essay_edit, "依法治国是党领导人民治理国家的基本方略。")
        view.flush()


def exam_time_passes(clock, attempt, ms: int, step: int = 10_000) -> None:
    """Exam time passing while the station runs: the clocks move in steps with a heartbeat after each, as
    the runtime's timer does. (One big ``clock.advance`` is a sleep: a heartbeat gap, not charged.)"""
    while ms > 0:
        clock.advance(min(step, ms))
        ms -= step
        attempt.heartbeat()


def png_bytes(width: int, height: int, colour: str) -> bytes:
    """A real PNG of one colour, as a bank's picture (drawn by Qt, which the station uses to show it)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    raw = QByteArray()
    buffer = QBuffer(raw)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(raw.data())


def enter_exam_by_id(qtbot, controller, exam_id: str, learner: tuple[str, str], start_code: str) -> None:
    """Log in, pick the exam by its id in the home list and open it with the room's start code."""
    from PySide6.QtCore import Qt as _Qt
    controller.start()
    log_in(qtbot, controller.login, *learner)
    home = controller.home
    home.table.selectRow(next(i for i, x in enumerate(home.listings) if x.exam_id == exam_id))
    qtbot.mouseClick(home.enter_button, _Qt.MouseButton.LeftButton)
    dialog = controller.start_dialog
    qtbot.keyClicks(dialog.code_edit, start_code)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.buttons.accepted.emit()
