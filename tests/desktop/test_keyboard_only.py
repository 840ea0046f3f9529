"""An exam sat keyboard-only (issue 21): every step from login to receipt without a mouse, each option its
own tab stop with arrows inside a question, PgUp/PgDn/F2, Tab out of the short-answer box. Keys go to
whatever has the focus, as they would for a learner."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPlainTextEdit

from examcore.paper import LABELS
from examcore.questions import QuestionType
from tests.conftest import LEARNER, START_CODE
from tests.desktop.ui_helpers import when_modal

MAX_TABS = 40


def focused():
    return QApplication.focusWidget()


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget = focused()
    assert widget is not None, "nothing has the keyboard"
    qtbot.keyClick(widget, key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, target, back: bool = False) -> int:
    """Tab (or Shift+Tab) until ``target`` has the keyboard; the number of presses it took."""
    for n in range(MAX_TABS):
        if focused() is target:
            return n
        press(qtbot, Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab)
    raise AssertionError(f"{target} never got the keyboard in {MAX_TABS} tabs; stuck at {focused()}")


def go_by_keys(qtbot, window, index: int) -> None:
    while window.index != index:
        press(qtbot, Qt.Key.Key_PageDown if window.index < index else Qt.Key.Key_PageUp)


def test_login_to_receipt_without_a_mouse_with_a_multiple_choice_of_b_and_d(qtbot, controller):
    controller.start()
    controller.main.activateWindow()
    # the keyboard in this window, not in one an earlier test of this process left (a table of another window
    # had kept it once, under load: every Tab went there)
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is controller.main.window())
    login = controller.login
    tab_to(qtbot, login.number_edit)
    type_text(qtbot, LEARNER[0])
    press(qtbot, Qt.Key.Key_Return)   # on to the password
    assert focused() is login.password_edit
    type_text(qtbot, LEARNER[1])
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.home is not None)
    # 我的考试: Tab reaches the list (and leaves it: no cell-by-cell tabbing), Enter enters the chosen exam
    exams = controller.home.table
    qtbot.waitUntil(lambda: focused() is not None)
    tab_to(qtbot, exams)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not exams
    tab_to(qtbot, exams, back=True)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.start_dialog is not None and controller.start_dialog.isVisible())
    dialog = controller.start_dialog
    qtbot.waitUntil(lambda: focused() is dialog.code_edit)
    type_text(qtbot, START_CODE)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        press(qtbot, Qt.Key.Key_Return)
    window = controller.exam
    qtbot.waitUntil(lambda: window is not None and focused() is not None and focused().window() is window)
    items, questions = window.attempt.paper.items, window.attempt.unlocked.content.questions

    # PgDn to the first multiple-choice question: the keyboard lands on its first option
    multiple = next(i for i, it in enumerate(items) if questions[it.question_id].type is QuestionType.MULTIPLE)
    for _ in range(multiple):
        press(qtbot, Qt.Key.Key_PageDown)
    assert window.index == multiple
    options = window.question_view.option_buttons
    assert focused() is options[0]
    press(qtbot, Qt.Key.Key_Down)                       # B
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)                       # D
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Up)                         # back to C: each option is its own tab stop too
    assert focused() is options[2]
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is options[3]
    item = items[multiple]
    chosen = tuple(sorted((item.option_order[1], item.option_order[3])))
    assert window.attempt.responses[item.question_id] == chosen, (LABELS[1], LABELS[3])
    # F2 flags it; PgUp goes back, PgDn forward again
    press(qtbot, Qt.Key.Key_F2)
    assert item.question_id in window.attempt.flags
    press(qtbot, Qt.Key.Key_PageUp)
    assert window.index == multiple - 1
    press(qtbot, Qt.Key.Key_PageDown)
    assert window.index == multiple and window.question_view.option_buttons[1].isChecked()

    # a single choice: pick C with the arrows and Space (one answer only)
    single = next(i for i, it in enumerate(items) if questions[it.question_id].type is QuestionType.SINGLE)
    go_by_keys(qtbot, window, single)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    assert window.attempt.responses[items[single].question_id] == (items[single].option_order[2],)

    # the short-answer box takes text and Tab leaves it (no tab typed)
    essay = next(i for i, it in enumerate(items) if questions[it.question_id].type is QuestionType.SHORT_ANSWER)
    go_by_keys(qtbot, window, essay)
    assert isinstance(focused(), QPlainTextEdit)
    type_text(qtbot, "rule of law")
    box = focused()
    press(qtbot, Qt.Key.Key_Tab)   # out of the box, straight to Next (then Previous, Flag …, 交卷 last)
    after = window.next_button if window.next_button.isEnabled() else window.prev_button   # the last question
    assert focused() is after and box.toPlainText() == "rule of law"

    # 交卷 by keyboard: the confirmation defaults to going back; Tab to Submit, Space
    def confirm(box: QMessageBox):
        submit = box.button(QMessageBox.StandardButton.Yes)
        qtbot.waitUntil(lambda: focused() is not None and focused().window() is box)
        assert focused() is box.button(QMessageBox.StandardButton.No)   # Enter alone goes back to the exam
        for _ in range(6):
            if focused() is submit:
                break
            press(qtbot, Qt.Key.Key_Tab)
        assert focused() is submit
        press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, window.submit_button)
    when_modal(confirm)
    with qtbot.waitSignal(window.submitted, timeout=10_000) as done:
        press(qtbot, Qt.Key.Key_Space)
    assert done.args[0].grade is not None
    # the receipt: Done by keyboard goes back to 我的考试
    result = controller.result
    qtbot.waitUntil(lambda: focused() is not None and focused().window() is controller.main)
    tab_to(qtbot, result.done_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: controller.home is not None and controller.main.currentWidget() is not result)


def test_enter_in_the_first_login_password_dialog_moves_on_like_the_login_page(qtbot, station):
    from desktop.ui.password_dialog import ChangePasswordDialog
    from tests.conftest import NEW_LEARNER
    dialog = ChangePasswordDialog(station.accounts, NEW_LEARNER[0], NEW_LEARNER[1], first_login=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    dialog.new_edit.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.new_edit)
    type_text(qtbot, "Mine-2026-xyz-a")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is dialog.repeat_edit and dialog.error_label.text() == ""   # not submitted half-typed
    type_text(qtbot, "Mine-2026-xyz-a")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        press(qtbot, Qt.Key.Key_Return)
