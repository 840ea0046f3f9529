"""The locked-down exam window: questions, navigator, timer, save status, flags and submit."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QVBoxLayout, QWidget)

from desktop.services.attempts import ActiveAttempt, AnswerRefused, SaveFailed, SubmissionReceipt
from desktop.services.exam_runtime import ExamRuntime
from desktop.lockdown.environment import Finding
from desktop.lockdown.monitor import LockdownMonitor
from desktop.qt_app import widgets_app
from desktop.ui.elided_label import ElidedLabel
from desktop.ui.messages import not_saved
from desktop.ui.exam.navigator import Navigator
from desktop.ui.exam.proctor_action_dialog import ProctorActionDialog
from desktop.ui.exam.proctor_dialog import ProctorPasswordDialog
from desktop.ui.question_view import QuestionView
from examcore.chain import EventKind
from examcore.grading import is_answered

RETRY_UNSAVED_MS = 3000
BLOCKED_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut, QKeySequence.StandardKey.Paste,
                QKeySequence.StandardKey.SelectAll, QKeySequence.StandardKey.Print)
INPUT_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel)
DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


def format_remaining(ms: int) -> str:
    s = (ms + 999) // 1000
    return f"{s // 3600:d}:{s // 60 % 60:02d}:{s % 60:02d}"


class ExamWindow(QWidget):
    submitted = Signal(object)      # SubmissionReceipt: the attempt is sealed
    exited_by_proctor = Signal()    # closed with the proctor's password; the attempt stays resumable

    def __init__(self, attempt: ActiveAttempt, runtime: ExamRuntime, monitor: LockdownMonitor,
                 verify_proctor: Callable[[str], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.attempt, self.runtime, self.monitor = attempt, runtime, monitor
        self._verify_proctor = verify_proctor
        self._may_close = False
        self._drag_logged_ms = -10_000
        self._unsaved: dict[str, tuple[str, ...]] = {}
        self.index = 0
        self.setWindowTitle(attempt.exam.title)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        # the top row holds what must always be on screen (time, 交卷, 监考员…); the title and the name wrap
        # rather than push those off a 1366-px screen at the largest text size (issue 19)
        title = ElidedLabel(attempt.exam.title, min_chars=2)   # one line, with … where the screen is narrow
        title.setObjectName("title")
        who = QLabel(self.tr("%1 (%2)").replace("%1", attempt.learner.name).replace("%2", attempt.learner.learner_no))
        who.setWordWrap(True)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.save_label = QLabel(self.tr("Answers are saved as you go."))
        self.save_label.setObjectName("saved")
        self.save_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("notice")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(who)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Time left")))
        top.addWidget(self.timer_label)
        top.addSpacing(24)
        self.proctor_button = QPushButton(self.tr("Proctor…"))
        self.proctor_button.setToolTip(self.tr("For the proctor: extra time or a pause when the network is down"))
        self.submit_button = QPushButton(self.tr("Submit the exam"))
        self.submit_button.setObjectName("danger")
        top.addWidget(self.submit_button)
        top.addWidget(self.proctor_button)

        self.navigator = Navigator(len(attempt.paper.items))
        self.question_view = QuestionView()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps instead
        scroll.setWidget(self.question_view)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # no invisible tab stop between the answer and the buttons
        self.prev_button = QPushButton(self.tr("◀ Previous"))
        self.flag_button = QPushButton(self.tr("Flag for review"))
        self.flag_button.setCheckable(True)
        self.next_button = QPushButton(self.tr("Next ▶"))
        # a learner without a mouse moves with keys, and is told them on screen (issue 21)
        self._keys_words = (self.tr("Keys: PgDn next question · PgUp previous · F2 flag · Tab moves between "
                                    "answers and buttons · arrow keys move between options · Space picks"),
                            self.tr("Keys: PgDn / PgUp question · F2 flag · Space picks"))   # the short one
        self.keys_label = QLabel(self._keys_words[0])
        self.keys_label.setWordWrap(True)
        self.keys_label.setObjectName("hint")
        for key, act in ((Qt.Key.Key_PageUp, lambda: self.go_to(self.index - 1, focus=True)),
                         (Qt.Key.Key_PageDown, lambda: self.go_to(self.index + 1, focus=True)),
                         (Qt.Key.Key_F2, self.flag_button.toggle)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(act)
        nav = QHBoxLayout()
        for b in (self.prev_button, self.next_button):
            nav.addWidget(b)
        nav.addStretch(1)
        nav.addWidget(self.flag_button)
        centre = QVBoxLayout()
        centre.addWidget(scroll, 1)
        centre.addLayout(nav)
        centre.addWidget(self.keys_label)
        body = QHBoxLayout()
        body.addWidget(self.navigator)
        body.addLayout(centre, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.save_label)
        self.body_widget = QWidget()
        self.body_widget.setLayout(body)
        self.paused_label = QLabel(self.tr("Your time is paused by the proctor.\nPlease stay at your seat and wait "
                                           "for the proctor."))
        self.paused_label.setObjectName("title")
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.body_widget, 1)
        layout.addWidget(self.paused_label, 1)

        self.prev_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        self.flag_button.toggled.connect(self._flag_toggled)
        self.submit_button.clicked.connect(self.ask_submit)
        self.proctor_button.clicked.connect(self.open_proctor_actions)
        self.navigator.jumped.connect(self.go_to)
        self.question_view.response_changed.connect(self._save)
        runtime.ticked.connect(self._show_time)
        runtime.warned.connect(self._time_warning)
        runtime.time_up.connect(lambda: self.submit("time_up"))
        runtime.save_failed.connect(lambda _detail: self._show_unsaved())
        runtime.save_recovered.connect(self._retry_unsaved_or_show_saved)
        monitor.focus_lost.connect(self._focus_warning)
        monitor.away_countdown.connect(self._away_countdown)
        monitor.came_back.connect(self._came_back)
        monitor.system_focus.connect(lambda _name: self._warn(self.tr(
            "A system window took the focus from the exam. The exam has taken it back; this is recorded and "
            "not counted against you.")))
        monitor.environment.connect(self._environment_warning)
        monitor.inactive.connect(lambda: self._warn(self.tr("No activity for a long time has been recorded. "
                                                            "Please continue your exam.")))
        monitor.limit_reached.connect(self._limit_reached)
        self._retry = QTimer(self)
        self._retry.setInterval(RETRY_UNSAVED_MS)
        self._retry.timeout.connect(self._retry_unsaved)
        widgets_app().applicationStateChanged.connect(self._app_state_changed)
        widgets_app().installEventFilter(self)
        QGuiApplication.clipboard().clear()
        # X11: text selected in an answer is offered to every program as the primary selection; withdraw it
        QGuiApplication.clipboard().selectionChanged.connect(self._withdraw_selection)
        for i in range(len(attempt.paper.items)):
            self._refresh_nav(i)
        self.go_to(0)
        # the keyboard starts on the first answer, never on 交卷 (Space there would open the confirmation)
        QTimer.singleShot(0, self.question_view.focus_answer)
        self._show_paused()
        runtime.start()
        monitor.start()

    # --- navigation ------------------------------------------------------------------------------

    # a window shorter than this many lines of its text (a big text size, Windows' 125-150 % scaling) leaves
    # the question its room: the keys hint says only the main keys, and the colour legend steps aside
    ROOMY_LINES = 24

    def resizeEvent(self, event) -> None:   # noqa: N802, ANN001 - Qt's name and signature
        super().resizeEvent(event)
        # after the resize is done: changing the layout inside it cost the window its full-screen state
        QTimer.singleShot(0, self, self._fit_height)

    def changeEvent(self, event) -> None:   # noqa: N802, ANN001 - Qt's name and signature
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:   # A+ / A- change the room every line takes
            QTimer.singleShot(0, self, self._fit_height)

    def _fit_height(self) -> None:
        if not self.isVisible():
            return
        roomy = self.height() >= self.ROOMY_LINES * self.fontMetrics().lineSpacing()
        self.keys_label.setText(self._keys_words[0 if roomy else 1])
        self.navigator.legend.setVisible(roomy)

    def go_to(self, index: int, focus: bool = False) -> None:
        """Show question ``index`` (0-based); ``focus``: put the keyboard on its first answer control."""
        items = self.attempt.paper.items
        if not 0 <= index < len(items):
            return
        self.question_view.flush()
        previous, self.index = self.index, index
        item = items[index]
        q = self.attempt.unlocked.content.questions[item.question_id]
        response = self._unsaved.get(q.id, self.attempt.responses.get(q.id))
        self.question_view.show_question(index + 1, len(items), item, q, response)
        self.flag_button.blockSignals(True)
        self.flag_button.setChecked(q.id in self.attempt.flags)
        self.flag_button.blockSignals(False)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(items) - 1)
        self._refresh_nav(previous)
        self._refresh_nav(index)
        self._tab_order()
        if focus:
            self.question_view.focus_answer()

    def _tab_order(self) -> None:
        """Tab from the answer goes to Next, Previous and Flag, then the navigator, then 交卷 and 监考员…
        (issue 21); the answer's widgets are new with each question, so the order is set each time."""
        view = self.question_view
        answer = view.option_buttons or view.text_edits or ([view.essay_edit] if view.essay_edit else [])
        chain = [*answer[-1:], self.next_button, self.prev_button, self.flag_button, self.navigator,
                 self.submit_button, self.proctor_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _refresh_nav(self, index: int) -> None:
        qid = self.attempt.paper.items[index].question_id
        self.navigator.set_state(index, is_answered(self.attempt.responses.get(qid)),
                                 qid in self.attempt.flags, index == self.index)

    def unanswered_numbers(self) -> list[int]:
        return [n + 1 for n, item in enumerate(self.attempt.paper.items)
                if not is_answered(self.attempt.responses.get(item.question_id))]

    # --- saving ----------------------------------------------------------------------------------

    def _save(self, question_id: str, response: tuple[str, ...]) -> bool:
        try:
            self.attempt.save_answer(question_id, response)
        except AnswerRefused:   # the time is up: nothing more is taken (submission follows at once)
            self._unsaved.pop(question_id, None)
            self._warn(self.tr("Time is up. This answer was not saved; your exam is being submitted."))
            return True
        except SaveFailed:
            self._unsaved[question_id] = response
            self._show_unsaved()
            self._retry.start()
            return False
        self._unsaved.pop(question_id, None)
        if not self._unsaved:
            self._retry.stop()
            self._show_saved()
        self._refresh_nav(self._index_of(question_id))
        return True

    def _show_saved(self) -> None:
        self.save_label.setObjectName("saved")
        self.save_label.setText(self.tr("Saved at %1").replace("%1", self.attempt.now().strftime("%H:%M:%S")))
        self._repolish(self.save_label)

    def _retry_unsaved_or_show_saved(self) -> None:
        if self._unsaved:
            self._retry_unsaved()
        else:
            self._show_saved()

    def _index_of(self, question_id: str) -> int:
        return next(i for i, it in enumerate(self.attempt.paper.items) if it.question_id == question_id)

    def _show_unsaved(self) -> None:
        self.save_label.setObjectName("unsaved")
        self.save_label.setText(not_saved())
        self._repolish(self.save_label)

    def _retry_unsaved(self) -> None:
        for qid, response in list(self._unsaved.items()):
            if not self._save(qid, response):
                return

    def _flag_toggled(self, on: bool) -> None:
        qid = self.attempt.paper.items[self.index].question_id
        try:
            self.attempt.set_flag(qid, on)
        except SaveFailed:
            self._show_unsaved()
        self._refresh_nav(self.index)

    # --- time and warnings -----------------------------------------------------------------------

    def _show_time(self, remaining_ms: int) -> None:
        self.timer_label.setText(format_remaining(remaining_ms))
        urgent = remaining_ms <= 60_000 * 10
        if self.timer_label.property("urgent") != urgent:
            self.timer_label.setProperty("urgent", urgent)
            self._repolish(self.timer_label)

    def _time_warning(self, minutes: int) -> None:
        self._warn(self.tr("%n minute(s) left. The exam is submitted automatically when time runs out.", "", minutes))

    def _focus_warning(self, losses: int, allowed: int) -> None:
        self._warn(self._losses_text(losses, allowed))

    def _losses_text(self, losses: int, allowed: int) -> str:
        text = self.tr("You left the exam window (%1 of %2 times allowed). Leaving it more often submits "
                       "your exam automatically. This has been recorded.").replace("%1", str(losses)) \
            .replace("%2", str(allowed))
        policy = self.attempt.exam.lockdown
        if policy.away_mode.value == "enforce":
            text += " " + self.tr("Staying away more than %1 seconds also submits it.").replace(
                "%1", str(policy.max_away_seconds))
        return text

    def _came_back(self, seconds: int) -> None:
        """Back after a counted loss: the countdown gives way to where the learner stands."""
        self._warn(self.tr("You are back in the exam after %1 seconds away.").replace("%1", str(seconds)) + " "
                   + self._losses_text(self.attempt.count(EventKind.FOCUS_LOST),
                                       self.attempt.exam.lockdown.max_focus_losses))

    def _away_countdown(self, seconds_left: int) -> None:
        self._warn(self.tr("Come back to the exam: it is submitted automatically in %1 seconds (away more "
                           "than %2 seconds).").replace("%1", str(seconds_left))
                   .replace("%2", str(self.attempt.exam.lockdown.max_away_seconds)))

    def _environment_warning(self, finding: Finding) -> None:
        self._warn(finding.text() + " " + self.tr("This has been recorded and the proctor can see it."))

    def _withdraw_selection(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if self.attempt.submitted is None and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def proctor_acted(self, kind: str, action: dict) -> None:
        """The proctor's action reached this station: say what changed."""
        if kind == "extra_time":
            self._warn(self.tr("The proctor gave you %1 more minutes.").replace("%1", str(action["minutes"])))
        elif kind == "pause":
            self._warn(self.tr("The proctor has paused your time. Wait for the proctor."))
        elif kind == "unpause":
            self._warn(self.tr("Your time runs again."))
        self._show_paused()
        self._show_time(self.attempt.remaining_ms())

    def show_resumed(self) -> None:
        """The exam came back after an interruption (the PC restarted, the program closed): say that nothing
        was lost, so the learner need not wonder or start again."""
        answered = len(self.attempt.paper.items) - len(self.unanswered_numbers())
        self._warn(self.tr("Your exam has been restored: your %1 answer(s) and your remaining time %2 are as you "
                           "left them. Carry on.").replace("%1", str(answered))
                   .replace("%2", format_remaining(self.attempt.remaining_ms())))

    def open_proctor_actions(self) -> None:
        """The proctor at this seat with no network: extra time, pause or restart by code."""
        if self.attempt.submitted is not None:   # handed in: nothing left to give time to
            return
        dialog = ProctorActionDialog(self.attempt, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.applied is not None:
            self.proctor_acted(*dialog.applied)

    def _show_paused(self) -> None:
        """While paused the questions are hidden: the clock is stopped, so the work must stop too."""
        if self.attempt.paused:
            self.question_view.flush()
        self.body_widget.setVisible(not self.attempt.paused)
        self.paused_label.setVisible(self.attempt.paused)

    def _warn(self, text: str) -> None:
        self.warning_label.setText(text)
        self.warning_label.show()

    def _limit_reached(self, reason: str) -> None:
        self.submit(reason)

    # --- submit ----------------------------------------------------------------------------------

    def ask_submit(self) -> None:
        self.question_view.flush()
        self._retry_unsaved()
        missing = self.unanswered_numbers()
        text = self.tr("Submit now? After submitting you cannot change any answer.")
        if missing:
            text = self.tr("%n question(s) not answered: %1.", "", len(missing)).replace(
                "%1", ", ".join(map(str, missing))) + "\n\n" + text
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Submit the exam"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Submit"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Back to the exam"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.submit("learner")

    def submit(self, reason: str) -> SubmissionReceipt | None:
        if self.attempt.submitted is not None:  # e.g. time ran out while the confirmation was open
            return self.attempt.submitted
        self.question_view.flush()
        self._retry_unsaved()
        try:
            receipt = self.attempt.submit(reason)
        except SaveFailed:
            self._show_unsaved()
            return None
        self._finish()
        # Emitted on the next turn of the event loop: the submit may come from inside a dialog's own loop
        # (time ran out while the confirmation was open), and whoever closes this window must not delete
        # it under that dialog.
        QTimer.singleShot(0, lambda: self.submitted.emit(receipt))
        return receipt

    def _finish(self) -> None:
        # keys still in flight after 交卷 (a second Space or Enter) must reach nothing here: they opened the
        # proctor's dialog over the result page (an outside tester)
        self.setEnabled(False)
        self.runtime.stop()
        self.monitor.stop()
        self._retry.stop()
        widgets_app().removeEventFilter(self)
        if not self._may_close:   # once (a test or a late signal may finish twice)
            QGuiApplication.clipboard().selectionChanged.disconnect(self._withdraw_selection)
        self._may_close = True
        for dialog in self.findChildren(QDialog):  # a confirmation or proctor dialog still open: close it
            if dialog.isVisible():
                dialog.reject()

    # --- lockdown --------------------------------------------------------------------------------

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.monitor.on_focus_back()
        else:
            self.monitor.on_focus_lost()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        etype = event.type()
        if etype in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            if any(event.matches(k) for k in BLOCKED_KEYS):
                return True  # copy, cut, paste, select all and print are off during the exam
            if etype == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F4 and \
                    event.modifiers() & Qt.KeyboardModifier.AltModifier and watched is self.windowHandle():
                self.close()   # the keyboard is grabbed, so the window manager never sees Alt+F4: the proctor's way out
                return True
        if etype == QEvent.Type.ContextMenu:
            return True
        if etype in DRAG_EVENTS:   # text dragged in from anywhere would get past the paste block
            now = self.attempt.elapsed_ms()
            if etype == QEvent.Type.DragEnter and now - self._drag_logged_ms > 2000:   # once per drag
                self._drag_logged_ms = now
                try:
                    self.attempt.log(EventKind.DROP_REFUSED, {})
                except SaveFailed:   # refused all the same; the save state shows the disk trouble
                    self._show_unsaved()
            event.ignore()
            return True
        if etype in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) and \
                isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.MiddleButton:  # X11 paste
            return True
        if etype in INPUT_EVENTS:
            self.monitor.on_input()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if self._may_close:
            event.accept()
            return
        event.ignore()
        codes = self.attempt.unlocked.header.has_proctor_key   # a package from before proctor keys has none
        dialog = ProctorPasswordDialog(self._verify_proctor, self, self._proctor_password_wrong,
                                       self.attempt.count(EventKind.PROCTOR_PASSWORD_WRONG),
                                       self.attempt.codes.challenge if codes else None,
                                       self.attempt.codes.exit_code_ok if codes else None)
        if dialog.exec():
            try:
                self.attempt.close_by_proctor()
            except SaveFailed:
                pass  # the exit itself is still allowed; the attempt resumes from what was saved
            self._finish()
            self.exited_by_proctor.emit()
            self.close()

    def _proctor_password_wrong(self, count: int) -> None:
        try:
            self.attempt.log(EventKind.PROCTOR_PASSWORD_WRONG, {"count": count})
        except SaveFailed:
            self._show_unsaved()

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)
