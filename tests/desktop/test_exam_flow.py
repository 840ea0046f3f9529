"""A learner's whole exam, driven through the real widgets (offscreen)."""
from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

import shiboken6

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from desktop.services.login_types import LoginStatus
from examcore.chain import EventKind
from examcore.questions import QuestionType
from tests.conftest import LEARNER, NEW_LEARNER, PROCTOR_PASSWORD, START_CODE
from tests.desktop.ui_helpers import (answer_current, enter_exam_by_id, exam_time_passes, log_in, png_bytes, type_text,
                                      when_modal)


def _enter_exam(qtbot, controller, who=LEARNER, code=START_CODE):
    controller.start()
    log_in(qtbot, controller.login, *who)
    assert controller.home is not None
    qtbot.mouseClick(controller.home.enter_button, Qt.MouseButton.LeftButton)
    dialog = controller.start_dialog
    qtbot.keyClicks(dialog.code_edit, code)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.buttons.accepted.emit()
    # the window opens once the key is unlocked, after the dialog closed (a loaded machine lets that show)
    qtbot.waitUntil(lambda: controller.exam is not None or controller.approval is not None, timeout=20_000)
    return controller.exam


def test_a_whole_exam_from_first_login_to_receipt(qtbot, controller, station, tmp_path, monkeypatch):
    def set_password(dialog):
        qtbot.keyClicks(dialog.new_edit, "Mine-2026-xyz")
        qtbot.keyClicks(dialog.repeat_edit, "Mine-2026-xyz")
        dialog.buttons.accepted.emit()
    when_modal(set_password)
    window = _enter_exam(qtbot, controller, who=NEW_LEARNER)
    assert station.accounts.login(NEW_LEARNER[0], "Mine-2026-xyz").status is LoginStatus.OK
    assert window is not None and window.isFullScreen()

    # answer every question through its widgets: right on even positions, wrong on odd ones
    expected = Fraction(0)
    items = window.attempt.paper.items
    for n in range(len(items)):
        qtbot.mouseClick(window.navigator.buttons[n], Qt.MouseButton.LeftButton)
        assert window.index == n
        answer_current(qtbot, window, right=n % 2 == 0)
        shown = [b for b in window.question_view.findChildren(QAbstractButton) if b.isVisible()]
        assert shown == [b for b in window.question_view.option_buttons if b.isVisible()]  # no leftovers
        q = window.attempt.unlocked.content.questions[items[n].question_id]
        if n % 2 == 0 and q.type is not QuestionType.SHORT_ANSWER:
            expected += items[n].points
        assert window.save_label.objectName() == "saved"
    qtbot.mouseClick(window.navigator.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.flag_button, Qt.MouseButton.LeftButton)
    assert window.navigator.buttons[2].property("state") == "flagged"
    qtbot.mouseClick(window.prev_button, Qt.MouseButton.LeftButton)
    assert window.index == 1
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.flag_button.isChecked()
    assert window.unanswered_numbers() == []

    def confirm(box):
        assert isinstance(box, QMessageBox) and "cannot change" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()
    when_modal(confirm)
    with qtbot.waitSignal(window.submitted, timeout=10_000) as sig:
        qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    receipt = sig.args[0]
    assert receipt.grade.score == expected  # independent of the grading code: counted from what we clicked
    result = controller.result
    assert result is not None and result.score_label.text().startswith(f"Score: {receipt.grade.score_text} of")
    assert receipt.result_id in result.receipt_view.toPlainText()
    assert result.review_view is None   # this exam does not allow review: no answer key shown

    pdf = tmp_path / "receipt.pdf"
    monkeypatch.setattr("desktop.ui.exam.result_window.save_file", lambda *a, **k: str(pdf))
    qtbot.mouseClick(result.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000

    qtbot.mouseClick(result.done_button, Qt.MouseButton.LeftButton)
    assert controller.home.listings[0].counted_score == receipt.grade.score_text
    assert len(station.outbox.pending_results()) == 1


def test_submit_names_the_unanswered_questions(qtbot, controller):
    controller.windowed = True          # `xuefa --windowed`: this package enforces the focus rule, so no effect
    window = _enter_exam(qtbot, controller)
    assert window.isFullScreen()
    answer_current(qtbot, window, right=True)
    seen = {}

    def look_and_go_back(box):
        seen["text"] = box.text()
        box.button(QMessageBox.StandardButton.No).click()
    when_modal(look_and_go_back)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "text" in seen)
    assert "8 question(s) not answered: 2, 3, 4, 5, 6, 7, 8, 9." in seen["text"]
    assert window.attempt.submitted is None and window.isVisible()


def test_a_wrong_start_code_is_refused_with_a_clear_message(qtbot, controller):
    controller.start()
    log_in(qtbot, controller.login, *LEARNER)
    qtbot.mouseClick(controller.home.enter_button, Qt.MouseButton.LeftButton)
    dialog = controller.start_dialog
    qtbot.keyClicks(dialog.code_edit, "K7QM-2XHD-9RTX")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=20_000)
    assert "start code is not right" in dialog.status_label.text()
    assert controller.exam is None
    # at the largest text the dialog grows for the message: nothing of the instruction is cut off
    from PySide6.QtWidgets import QApplication, QLabel

    from desktop.services.preferences import FONT_SIZES
    from desktop.ui.theme import apply_theme
    apply_theme(QApplication.instance(), FONT_SIZES[-1], False)
    try:
        dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled() and "not right" in dialog.status_label.text(),
                        timeout=20_000)
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
    finally:
        apply_theme(QApplication.instance(), FONT_SIZES[1], False)


def test_timer_warns_at_ten_and_one_minutes_and_submits_at_zero(qtbot, controller, clock):
    window = _enter_exam(qtbot, controller)
    answer_current(qtbot, window, right=True)
    shown = []   # the notice as each warning left it (an inactivity notice may follow: no input for 20 min)
    window.runtime.warned.connect(lambda _m: shown.append(window.warning_label.text()))
    with qtbot.waitSignal(window.runtime.warned, timeout=3000) as w:
        exam_time_passes(clock, window.attempt, 20 * 60_000 + 1000)  # the test exam lasts 30 minutes
    assert w.args == [10] and "10 minute(s) left" in shown[0]
    assert window.timer_label.property("urgent") is True
    with qtbot.waitSignal(window.runtime.warned, timeout=3000) as w:
        exam_time_passes(clock, window.attempt, 9 * 60_000)
    assert w.args == [1]
    with qtbot.waitSignal(window.submitted, timeout=3000) as s:
        exam_time_passes(clock, window.attempt, 61_000)
    assert s.args[0].reason == "time_up"
    assert controller.result is not None


def test_leaving_the_window_is_counted_and_forces_submission_at_the_limit(qtbot, controller):
    window = _enter_exam(qtbot, controller)
    app = QGuiApplication.instance()
    for n in range(1, 4):
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert f"({n} of 3 times allowed)" in window.warning_label.text()
    assert window.attempt.count(EventKind.FOCUS_LOST) == 3
    assert window.attempt.count(EventKind.FOCUS_BACK) == 3
    with qtbot.waitSignal(window.submitted, timeout=3000) as s:
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert s.args[0].reason == "focus_losses"


def test_staying_away_too_long_forces_submission(qtbot, controller, clock):
    window = _enter_exam(qtbot, controller)
    QGuiApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    with qtbot.waitSignal(window.submitted, timeout=3000) as s:
        exam_time_passes(clock, window.attempt, 31_000)
    assert s.args[0].reason == "away_too_long"


def test_paste_and_context_menus_are_off(qtbot, controller):
    window = _enter_exam(qtbot, controller)
    fill_at = next(n for n, it in enumerate(window.attempt.paper.items) if it.question_id.startswith("f"))
    window.go_to(fill_at)
    edit = window.question_view.text_edits[0]
    QGuiApplication.clipboard().setText("宪法")
    edit.setFocus()
    qtbot.keySequence(edit, QKeySequence.StandardKey.Paste)
    assert edit.text() == ""
    type_text(qtbot, edit, "宪法")
    QGuiApplication.clipboard().setText("x")
    qtbot.keySequence(edit, QKeySequence.StandardKey.SelectAll)
    qtbot.keySequence(edit, QKeySequence.StandardKey.Copy)
    qtbot.keySequence(edit, QKeySequence.StandardKey.Cut)
    assert QGuiApplication.clipboard().text() == "x" and edit.text() == "宪法"


def test_closing_needs_the_proctor_password_and_the_exam_continues_later(qtbot, controller, station):
    window = _enter_exam(qtbot, controller)
    answer_current(qtbot, window, right=True)
    attempt_id = window.attempt.attempt_id

    def wrong_then_cancel(dialog):
        qtbot.keyClicks(dialog.password_edit, "guess")
        dialog.buttons.accepted.emit()
        assert "not the proctor password" in dialog.error_label.text()
        dialog.reject()
    when_modal(wrong_then_cancel)
    window.close()
    assert window.isVisible() and controller.exam is window

    def right(dialog):
        qtbot.keyClicks(dialog.password_edit, PROCTOR_PASSWORD)
        dialog.buttons.accepted.emit()
    when_modal(right)
    with qtbot.waitSignal(window.exited_by_proctor, timeout=5000):
        window.close()
    assert controller.exam is None
    assert "closed by the proctor" in controller.login.notice_label.text()
    # a restart of the station does not reopen it for whoever sits down next
    from desktop.controller import StationController
    restarted = StationController(station)
    qtbot.addWidget(restarted.main)
    restarted.start()
    assert restarted.exam is None and restarted.main.isVisible()
    restarted.main.close()
    # the learner logs in again and continues the same attempt, no start code needed
    log_in(qtbot, controller.login, *LEARNER)
    assert controller.home.listings[0].in_progress_attempt == attempt_id
    qtbot.mouseClick(controller.home.enter_button, Qt.MouseButton.LeftButton)
    assert controller.exam.attempt.attempt_id == attempt_id
    assert len(controller.exam.attempt.responses) == 1
    # (the re-entry's survey of the PC may log what it finds running at that moment: a remote-desktop or
    # screen-recording program started elsewhere on the machine; it is no part of what is tested here)
    kinds = [e.kind for e in controller.exam.attempt.chain.events if e.kind != EventKind.ENVIRONMENT]
    assert EventKind.PROCTOR_EXIT in kinds and kinds[-1] == EventKind.INTERRUPTED


def test_the_station_reopens_an_interrupted_exam_at_start(qtbot, station, clock):
    from desktop.controller import StationController
    learner = station.accounts.login(*LEARNER).learner
    pkg = station.library.listings(LEARNER[0])[0].package_id
    attempt = station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE))
    attempt.save_answer(attempt.paper.items[0].question_id, ("B",))
    exam_time_passes(clock, attempt, 5 * 60_000)
    ctl = StationController(station)
    qtbot.addWidget(ctl.main)
    ctl.start()
    try:
        assert ctl.exam is not None and ctl.exam.isVisible() and not ctl.main.isVisible()
        assert ctl.exam.attempt.responses == {attempt.paper.items[0].question_id: ("B",)}
        assert ctl.exam.timer_label.text() == "0:25:00"
    finally:
        ctl.exam._finish()
        ctl.exam.close()


def test_larger_text_and_high_contrast_are_remembered(qtbot, controller, station):
    from desktop.services.preferences import Preferences
    controller.start()
    app = QApplication.instance()
    before = app.font().pointSize()
    qtbot.mouseClick(controller.login.display_controls.bigger_button, Qt.MouseButton.LeftButton)
    assert app.font().pointSize() > before
    qtbot.mouseClick(controller.login.display_controls.contrast_button, Qt.MouseButton.LeftButton)
    assert "background: black" in app.styleSheet()
    prefs = Preferences(station.data_dir)
    assert prefs.font_size == app.font().pointSize() and prefs.high_contrast


def test_a_damaged_package_is_refused_on_import_and_nothing_changes(qtbot, controller, tmp_path, package_file,
                                                                   monkeypatch):
    controller.start()
    log_in(qtbot, controller.login, *LEARNER)
    bad = tmp_path / "damaged.xfp"
    bad.write_bytes(package_file.read_bytes()[:-100])
    monkeypatch.setattr("desktop.ui.home_window.open_file", lambda *a, **k: str(bad))
    qtbot.mouseClick(controller.home.import_button, Qt.MouseButton.LeftButton)
    assert "damaged.xfp was not imported" in controller.home.message_label.text()
    assert "incomplete" in controller.home.message_label.text()
    assert len(controller.home.listings) == 1


def test_expired_window_time_is_shown_in_the_list(qtbot, controller, clock):
    clock.wall += timedelta(days=60)
    controller.start()
    log_in(qtbot, controller.login, *LEARNER)
    assert controller.home.table.item(0, 3).text() == "Window ended"
    assert not controller.home.enter_button.isEnabled()


def test_keys_after_the_hand_in_reach_nothing_in_the_exam_window(qtbot, controller):
    """Space, Space, Enter after 确定交卷 opened the proctor's dialog of the handed-in exam over the result
    page (issue 19, an outside tester): once handed in the exam window takes no key and opens no dialog."""
    window = _enter_exam(qtbot, controller)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)
    assert window.attempt.submitted is not None and not window.isEnabled()
    opened = []
    when_modal(lambda dialog: (opened.append(dialog), dialog.reject()), attempts=50)
    window.proctor_button.click()   # a disabled button: as a key press reaching it
    window.open_proctor_actions()   # however it is reached
    qtbot.wait(600)
    assert opened == []


def test_time_running_out_during_the_submit_confirmation_submits_once(qtbot, controller, clock):
    window = _enter_exam(qtbot, controller)
    submissions, boxes = [], []
    window.submitted.connect(submissions.append)

    def time_runs_out_while_the_box_is_open(box):
        boxes.append(box)
        exam_time_passes(clock, window.attempt, 31 * 60_000)
    when_modal(time_runs_out_while_the_box_is_open)
    qtbot.mouseClick(window.submit_button, Qt.MouseButton.LeftButton)  # returns when the box closes
    qtbot.waitUntil(lambda: controller.result is not None, timeout=5000)
    qtbot.wait(100)
    assert [s.reason for s in submissions] == ["time_up"]
    assert boxes and controller.exam is None  # the box went away with the exam window


def test_windowed_opens_only_a_warn_only_exam_in_a_window_and_says_so(qtbot, controller, station, tmp_path, issuer,
                                                                      centre_key):
    """`xuefa --windowed` (demos, training): an exam whose package only warns on focus opens in a normal
    window with the PC surveyed as always, and the window mode is in the chain for the proctor."""
    from dataclasses import replace

    from examcore.exam import CheckMode, LockdownPolicy
    from examcore.package import Recipient, build_package
    from tests.conftest import PROCTOR_PASSWORD
    from tests.factories import make_exam, make_pool
    warn = CheckMode.WARN
    exam = replace(make_exam(), exam_id="training-2026", title="培训考试",
                   lockdown=LockdownPolicy(focus_mode=warn, away_mode=warn, screens_mode=warn, remote_mode=warn))
    (tmp_path / "training.xfp").write_bytes(build_package(
        exam, make_pool(10), issuer=issuer, issuer_name="省普法办", recipients=[Recipient("考试中心", centre_key.public_raw())],
        start_code=START_CODE, proctor_password=PROCTOR_PASSWORD))
    station.library.import_file(tmp_path / "training.xfp")
    controller.windowed = True
    enter_exam_by_id(qtbot, controller, "training-2026", LEARNER, START_CODE)
    window = controller.exam
    assert window is not None and not window.isFullScreen()
    free = window.screen().availableGeometry()   # within the screen's free area (it ran off a 768 screen)
    assert free.contains(window.frameGeometry().topLeft()) and window.height() <= free.height()
    found = [e.data for e in window.attempt.chain.events if e.kind is EventKind.ENVIRONMENT]
    assert {"check": "windowed", "detail": "--windowed", "when": "start"} in found


def test_a_questions_picture_travels_in_the_package_and_shows_below_its_stem(qtbot, controller, station, tmp_path,
                                                                              issuer, centre_key):
    """Issue 16 (Deliver 5): a bank question's figure is carried in the package and shown under the stem,
    scaled down to fit (never wider than MAX_PICTURE_WIDTH), byte for byte what the bank held."""
    from dataclasses import replace

    from desktop.ui.question_view import MAX_PICTURE_WIDTH, _Figure
    from examcore.package import Recipient, build_package
    from examcore.questions import Picture
    from tests.conftest import PROCTOR_PASSWORD
    from tests.factories import make_exam, make_pool
    png = png_bytes(900, 300, "darkred")
    exam = replace(make_exam(), exam_id="figures-2026", title="看图考试")
    pool = [replace(q, pictures=(Picture(png, "figure.png"),)) for q in make_pool(10)]
    (tmp_path / "figures.xfp").write_bytes(build_package(
        exam, pool, issuer=issuer, issuer_name="省普法办", recipients=[Recipient("考试中心", centre_key.public_raw())],
        start_code=START_CODE, proctor_password=PROCTOR_PASSWORD))
    station.library.import_file(tmp_path / "figures.xfp")
    enter_exam_by_id(qtbot, controller, "figures-2026", LEARNER, START_CODE)
    view = controller.exam.question_view
    figures = view.findChildren(_Figure)
    assert len(figures) == 1 and figures[0].isVisibleTo(view)
    assert figures[0].pixmap().width() == MAX_PICTURE_WIDTH and figures[0].pixmap().height() == 213
    assert figures[0].pixmap_data.width() == 900


def test_a_replaced_learner_page_is_never_refreshed(qtbot, controller, station):
    """After a learner's page was replaced (the exam opened, the next learner came), every sync raised
    "Internal C++ object already deleted" from the old page (issue 19, an outside tester)."""
    from PySide6.QtWidgets import QLabel
    log_in(qtbot, controller.login, *LEARNER)
    assert controller.home is not None
    controller._page(QLabel("another page"))   # as the exam window takes the learner's place
    qtbot.waitUntil(lambda: not shiboken6.isValid(controller.tabs), timeout=2000)
    controller._changes_arrived(None)   # the sync's news: no error, and the dead page is forgotten
    assert controller.home is None and controller.tabs is None
    controller.show_login()
