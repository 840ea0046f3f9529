"""Moves the learner between screens: login, my exams, the exam, the result; resumes after a crash."""
from __future__ import annotations

import shiboken6

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.qt_app import widgets_app
from desktop.services.login_types import LearnerInfo
from desktop.services.attempts import ActiveAttempt, AttemptRefused, SaveFailed, SubmissionReceipt, Unlocked
from desktop.services.exam_runtime import ExamRuntime
from desktop.lockdown.environment import Finding, survey
from desktop.lockdown.monitor import LockdownMonitor
from desktop.lockdown.platform import LockdownPlatform, for_session as lockdown_platform_for_session
from desktop.services.packages import ExamListing
from desktop.services.preferences import Preferences
from desktop.services.background import run_in_background
from desktop.services.sitting_reporter import SittingReporter, seat_report
from desktop.services.sync_runner import SyncRunner
from desktop.station import Station
from examcore.chain import EventKind
from examcore.exam import CheckMode, LockdownPolicy
from desktop.ui.exam.exam_window import ExamWindow
from desktop.ui.home_window import HomeWindow
from desktop.ui.learner.learner_home import LearnerHome
from desktop.ui.exam.key_gate import KeyGate
from desktop.ui.exam.resume_gate import ResumeGate
from desktop.ui.screen_fit import fits_free_screen, show_fitted
from desktop.ui.exam.waiting_page import WaitingPage
from desktop.ui.shell import Shell
from desktop.ui.messages import attempt_refused, not_saved
from desktop.ui.exam.receipt import ReceiptData
from desktop.ui.exam_review import review_items
from desktop.ui.exam.result_window import ResultWindow
from desktop.ui.exam.start_code_dialog import StartCodeDialog
from desktop.ui.exam.start_approval_dialog import StartApprovalDialog
from desktop.ui.sync_status import SyncStatus
from desktop.ui.theme import apply_theme


DEFAULT_GRACE_MINUTES = 5   # back within this after a crash: the exam resumes by itself
SITTING_POLL_MS = 2000      # a waiting station asks the centre this often whether the sitting started


class StationController(QObject):
    def __init__(self, station: Station, full_screen: bool = True, shell: Shell | None = None,
                 parent: QObject | None = None, windowed: bool = False):
        super().__init__(parent)
        self.station = station
        self.full_screen = full_screen
        # `xuefa --windowed` (training, demos): an exam whose package does not enforce the focus rule opens in
        # a normal window with no keyboard grab; a package that enforces it opens full screen as always
        self.windowed = windowed
        if shell is None:  # started without the fast path (tests, tools): build the shell now
            shell = Shell(Preferences(station.data_dir))
            apply_theme(widgets_app(), shell.prefs.font_size, shell.prefs.high_contrast)
        self.prefs = shell.prefs
        self._applied_size = self.prefs.font_size   # the text size on screen now (A+ is checked against it)
        self.main = shell.main
        self.login = shell.login
        self.login.set_accounts(station.accounts)
        self.login.logged_in.connect(self.show_home)
        self.login.proctor_tools_wanted.connect(self.open_proctor_tool)
        self.login.readiness_wanted.connect(self.open_readiness_check)
        self.login.admin_wanted.connect(self.open_admin)
        self.login.display_controls.changed.connect(self.apply_preferences)
        self.home: HomeWindow | None = None
        self.tabs: LearnerHome | None = None   # the learner's tabs; home is its first
        self.gate: ResumeGate | None = None      # an interrupted exam waiting for the proctor's code
        self.key_gate: KeyGate | None = None     # an interrupted exam waiting for its start code (a restart)
        self.sittings = station.sittings
        self.waiting: WaitingPage | None = None  # a seated learner waiting for the start
        self._poll = QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setInterval(SITTING_POLL_MS)
        self._poll.timeout.connect(lambda: self.waiting is not None and self._check_in(self.waiting_learner()))
        self.exam: ExamWindow | None = None
        self._lockdown_platform: LockdownPlatform | None = None
        self.result: ResultWindow | None = None
        self.start_dialog: StartCodeDialog | None = None
        self.approval: StartApprovalDialog | None = None   # a start waiting for the proctor's code
        self.sync = SyncRunner(station.link, station.upward, station.downward, station.outbox, station.clock,
                               self)
        self.sync.changes_applied.connect(self._changes_arrived)

    def apply_preferences(self) -> None:
        """The learner's text size and contrast, at once. A larger size that would make the window wider or
        taller than the screen leaves free (1093×614 at Windows' 125 %) is taken back and A+ says so: at 22 pt
        the learner's tabs needed 1131 px and pushed 退出登录, 交卷 and A−/A+ themselves off screen (issue 19)."""
        before = self._applied_size
        apply_theme(widgets_app(), self.prefs.font_size, self.prefs.high_contrast)
        largest = False
        # A+, or a learner's size kept from a larger screen: back down as far as needed, never below before
        while self.prefs.font_size > before and not fits_free_screen(self.main):
            self.prefs.smaller()
            apply_theme(widgets_app(), self.prefs.font_size, self.prefs.high_contrast)
            largest = True
        self._applied_size = self.prefs.font_size
        self._show_largest(largest)

    def _show_largest(self, largest: bool) -> None:
        for controls in (self.login.display_controls, getattr(self.home, "display_controls", None)):
            if controls is not None:
                controls.show_largest(largest)
        if largest and self.home is not None:   # a line that wraps: it never widens the window
            self.home.message_label.setText(self.home.display_controls.limit_words())

    def start(self) -> None:
        """Show the first screen: the interrupted exam if there is one, else the login."""
        self.sync.start()
        running = self.station.attempts.interrupted()
        if running:
            if self._resume(running):
                return
            show_fitted(self.main, 1100, 760)
        elif not self.main.isVisible():
            show_fitted(self.main, 1100, 760)

    def open_admin(self) -> None:
        from desktop.ui.admin.admin_window import AdminWindow
        self.admin_window = AdminWindow(self.sittings.server_url(), pins=self.station.link.pins())
        show_fitted(self.admin_window, 1100, 720)

    def open_readiness_check(self) -> None:
        from desktop.ui.readiness_dialog import ReadinessDialog
        self.readiness = ReadinessDialog(self.station.data_dir, self.main)
        self.readiness.open()

    def open_proctor_tool(self) -> None:
        """The proctor console (with the centre server), and from it the offline codes tool."""
        from desktop.ui.proctor.proctor_window import ProctorWindow
        self.proctor_window = ProctorWindow(self.sittings.server_url(), self.station.keys,
                                            pins=self.station.link.pins())
        self.proctor_window.offline_codes_wanted.connect(self.open_offline_codes)
        show_fitted(self.proctor_window, 1000, 640)
        if self.sittings.server_url() is None:   # a station with no server: only the offline codes work
            self.open_offline_codes()

    def open_offline_codes(self) -> None:
        from desktop.ui.proctor.proctor_tool import ProctorTool
        self.proctor_tool = ProctorTool(self.station.library, self.station.attempts, self.main)
        self.proctor_tool.open()

    def _resume(self, attempt_id: str) -> bool:
        """Open the attempt again, or (past the grace period, or with the PC's clock behind the station's
        time mark) show the gate that asks for the proctor's resume code; first, after a restart, the gate
        that asks for the exam's start code (or the centre's key). True when the exam is open. The grace
        period applies on every way back (at start, and at a login: outside round 78 left the start-code page
        for the login and came back hours later with no resume code), except to an attempt the proctor closed."""
        if self.station.attempts.needs_key(attempt_id):
            self._ask_for_key(attempt_id)
            return False
        policy = int(self.station.downward.policy().get("resume_grace_minutes", DEFAULT_GRACE_MINUTES))
        grace = self.station.attempts.grace_for(attempt_id, policy)
        challenge = self.station.attempts.resume_challenge(attempt_id, grace)
        if challenge is None:
            attempt = self.station.attempts.resume(attempt_id)
            if not self._environment_allows(attempt.exam.lockdown):   # a second screen since: not reopened
                return False
            self.open_exam(attempt)
            if self.exam is not None:
                self.exam.show_resumed()
            return True
        self.gate = ResumeGate(self.station.attempts, attempt_id, challenge,
                               self.station.attempts.time_mark.behind() is not None)
        self.gate.code_accepted.connect(self._resume_with_code)
        self._page(self.gate)
        self.main.show()
        return False

    def _ask_for_key(self, attempt_id: str) -> None:
        """The exam's content key is not held (the station restarted): its start code, or the centre's
        release when the learner is seated in a running sitting (asked once, in the background)."""
        package_id, learner_no, name, title = self.station.attempts.exam_of(attempt_id)
        asks_centre = self.sittings.server_url() is not None
        gate = self.key_gate = KeyGate(self.station.attempts, attempt_id, package_id, title,
                                       f"{name}（{learner_no}）" if name else learner_no, asks_centre)

        def given(unlocked: Unlocked) -> None:
            if self.key_gate is not gate or unlocked.header.package_id != package_id:
                return   # answered after the page was left, or a key of another exam
            self.key_gate = None
            self.station.attempts.keep_open(unlocked, attempt_id)
            if self._resume(attempt_id):
                self._page(self.login)

        def centre_answered(status) -> None:
            if status.unlocked is not None and status.unlocked.header.package_id == package_id:
                given(status.unlocked)
            elif self.key_gate is gate:   # no key, or the key of the learner's sitting of another exam
                gate.centre_said_no()

        def centre_failed(exc: BaseException) -> None:
            if self.key_gate is gate:
                gate.centre_said_no()

        def left() -> None:   # the attempt stays as it is: it asks again when its learner logs in
            if self.key_gate is gate:
                self.key_gate = None
                self.show_login()

        gate.key_given.connect(given)
        gate.left.connect(left)
        self._page(gate)
        self.main.show()
        if asks_centre:
            # only the key again, where the centre knows the learner began here: no check-in of someone absent
            run_in_background(lambda: self.sittings.check_in(learner_no, reopen=True), centre_answered,
                              centre_failed, self)

    def _resume_with_code(self, attempt_id: str) -> None:
        attempt = self.station.attempts.resume(attempt_id)
        if not self._environment_allows(attempt.exam.lockdown):
            return
        attempt.log(EventKind.RESUMED_BY_CODE, {})
        self.gate = None
        self._page(self.login)
        self.open_exam(attempt)
        if self.exam is not None:
            self.exam.show_resumed()

    def _page(self, widget: QWidget) -> None:
        old = self.main.currentWidget()
        self.main.addWidget(widget)
        self.main.setCurrentWidget(widget)
        if old is not None and old is not self.login:
            self.main.removeWidget(old)
            old.deleteLater()

    def show_home(self, learner: LearnerInfo, check_in: bool = True) -> None:
        self.prefs.begin_learner(learner.learner_no)   # their own text size and contrast
        self.apply_preferences()
        self.home = HomeWindow(self.station.library, self.prefs, learner, SyncStatus(self.sync))
        self.home.exam_chosen.connect(lambda listing: self.enter_exam(learner, listing))
        self.home.receipt_wanted.connect(self.show_receipt)
        self.home.logged_out.connect(self.show_login)
        self.home.display_controls.changed.connect(self.apply_preferences)
        self.tabs = LearnerHome(self.station, learner, self.home)
        self._page(self.tabs)
        self.main.show()
        if check_in and self.sittings.server_url() is not None:   # seated in a sitting today? the centre says
            self._check_in(learner)

    # --- sittings: wait for the proctor's start, then the key arrives over the LAN ----------------

    def _check_in(self, learner: LearnerInfo) -> None:
        run_in_background(lambda: self.sittings.check_in(learner.learner_no),
                          lambda status: self._checked_in(learner, status),
                          lambda exc: self._check_in_failed(learner, exc), self)

    def _checked_in(self, learner: LearnerInfo, status) -> None:
        current = self.home.learner if self.home else self.waiting.learner if self.waiting else None
        if current is None or current.learner_no != learner.learner_no:
            return   # logged out (or someone else logged in) while the server was asked
        if status.refused == "late" and self.home is not None:
            self.home.message_label.setText(self.tr("Login to this sitting closed %1 minutes after its start. "
                                                    "Ask the proctor.").replace(
                                                        "%1", str(status.sitting["late_minutes"])))
        elif status.refused in ("missing", "closed") and self.home is not None:   # closed means closed
            self.home.message_label.setText(attempt_refused("recorded_missing" if status.refused == "missing"
                                                            else "sitting_closed"))
        elif status.refused == "wrong_room" and self.home is not None:
            room = status.sitting["room"]
            if status.sitting.get("unit_name"):   # rooms of different units may share a name
                room = self.tr("%1 of %2").replace("%1", room).replace("%2", status.sitting["unit_name"])
            self.home.message_label.setText(self.tr("Your seat is in %1, not in this room. Please go to %1; the "
                                                    "proctor can help.").replace("%1", room))
        elif status.unlocked is not None:
            self._stop_waiting()
            package_id = status.unlocked.header.package_id
            running = self.station.attempts.in_progress_for(learner.learner_no, package_id)
            if running:
                self.station.attempts.keep_open(status.unlocked, running)   # released again: it reopens
                self._resume(running)
            elif not self.station.library.submitted_count(learner.learner_no, status.unlocked.header.exam_id):
                self._begin(learner, status.unlocked)
            elif self.home is None:   # sat already: back to the learner's tabs, not a second attempt
                self.show_home(learner, check_in=False)
        elif status.waiting:
            if self.waiting is None:
                self.waiting = WaitingPage(learner, status.sitting)
                self.waiting.logged_out.connect(self.show_login)
                self._page(self.waiting)
                self.home = self.tabs = None
            self._poll.start()

    def _check_in_failed(self, learner: LearnerInfo, exc: BaseException) -> None:
        refused = {"seat_other_device": self.tr("Your seat is at another PC now (checked in there, or moved there "
                                                "by the proctor). Ask the proctor which PC to use, or to move it "
                                                "to this one."),
                   "no_room": self.tr("This PC is not enrolled for an exam room, so it cannot check you in to a "
                                      "sitting. Ask the proctor."),
                   # the centre refuses every request of a PC whose clock (or time zone) is off: not "unreachable",
                   # and starting by the start code on that clock would only get the result held
                   "clock_skew": self.tr("This computer's date, time or time zone differs too much from the exam "
                                         "centre's server, so the server refuses it. Raise your hand: the proctor "
                                         "or IT sets this computer's date, time and time zone right.")
                   }.get(getattr(exc, "code", ""))
        if refused and self.home is not None:   # the centre refused this PC: say why (nothing changed there)
            self.home.message_label.setText(refused)
            return
        if self.waiting is not None:   # keep trying (the proctor may move the seat back); the start code
            # remains the way without the LAN, not when the centre said this PC is not the seat's
            if refused:
                self.waiting.refused(refused)
            else:
                self.waiting.connection_lost()
            self._poll.start()

    def _stop_waiting(self) -> None:
        self._poll.stop()
        self.waiting = None

    def _changes_arrived(self, _outcome) -> None:
        # a package or a roster change may add an exam to the list; a learner's page replaced by another
        # (the exam, the next learner's) is deleted by Qt while this still names it
        if self.home is not None and shiboken6.isValid(self.home):
            self.home.refresh()
        elif self.home is not None:
            self.home = self.tabs = None

    def waiting_learner(self) -> LearnerInfo:
        assert self.waiting is not None
        return self.waiting.learner

    def show_login(self) -> None:
        self._stop_waiting()
        if self.tabs is not None and shiboken6.isValid(self.tabs):
            self.tabs.leave()
        self.prefs.end_learner()   # the next learner starts from the defaults
        self.apply_preferences()
        self.login.display_controls.show_prefs()
        self._page(self.login)
        self.login.number_edit.setFocus()   # the next learner types their number first
        self.home = self.tabs = None

    def enter_exam(self, learner: LearnerInfo, listing: ExamListing) -> None:
        if self.tabs is not None and shiboken6.isValid(self.tabs):
            self.tabs.leave()   # reading time stops while the learner is in an exam
        if listing.in_progress_attempt:
            self._resume(listing.in_progress_attempt)
            return
        self.start_dialog = StartCodeDialog(self.station.attempts, listing.package_id, listing.title, self.main)
        self.start_dialog.unlocked.connect(lambda unlocked: self._begin(learner, unlocked))
        self.start_dialog.open()

    def _begin(self, learner: LearnerInfo, unlocked: Unlocked) -> None:
        if not self._environment_allows(unlocked.content.exam.lockdown):
            return
        try:
            attempt = self.station.attempts.begin(learner, unlocked)
        except AttemptRefused as exc:
            if exc.code in ("clock_behind", "sitting_unconfirmed"):   # the proctor's code lets it start (logged)
                self.approval = StartApprovalDialog(self.station.attempts, learner, unlocked, exc.detail, self.main,
                                                    exc.code)
                self.approval.approved.connect(self.open_exam)
                self.approval.open()
                return
            QMessageBox.information(self.main, self.tr("Exam"), attempt_refused(exc.code, exc.places, exc.detail))
            return
        except SaveFailed:
            QMessageBox.critical(self.main, self.tr("Exam"), not_saved())
            return
        self.open_exam(attempt)

    def lockdown_platform(self) -> LockdownPlatform:
        if self._lockdown_platform is None:
            self._lockdown_platform = lockdown_platform_for_session()
        return self._lockdown_platform

    def _environment_allows(self, policy: LockdownPolicy) -> bool:
        """The environment check before an exam starts (issue 21): a finding the policy enforces refuses
        the start and says what to change; nothing is used up. Warnings are recorded once the exam opens."""
        blocking = [f for f in survey(policy, self.lockdown_platform()) if f.blocks]
        if blocking:
            QMessageBox.warning(self.main, self.tr("Exam"), self.tr("The exam cannot start on this PC yet:") + "\n\n"
                                + "\n".join("• " + f.text() for f in blocking) + "\n\n"
                                + self.tr("Ask the proctor if you need help."))
        return not blocking

    def open_exam(self, attempt: ActiveAttempt) -> None:
        runtime = ExamRuntime(attempt)
        windowed = self.windowed and attempt.exam.lockdown.focus_mode is not CheckMode.ENFORCE
        # windowed: no full screen and no keyboard grab (the platform's start), but the same survey of the PC,
        # and the window mode itself recorded in the chain and shown to the proctor
        findings = None
        if windowed:
            findings = [*survey(attempt.exam.lockdown, self.lockdown_platform()),
                        Finding("windowed", "--windowed", CheckMode.WARN)]
        monitor = LockdownMonitor(attempt, LockdownPlatform() if windowed else self.lockdown_platform())
        self.exam = ExamWindow(attempt, runtime, monitor, attempt.codes.password_ok)
        runtime.setParent(self.exam)
        monitor.setParent(self.exam)
        self.exam.submitted.connect(lambda receipt: self._exam_done(attempt, receipt))
        if self.sittings.server_url() is not None:   # in a sitting: the proctor sees this seat and may act
            reporter = SittingReporter(self.sittings, attempt, self.exam)
            reporter.action_applied.connect(self.exam.proctor_acted)
            reporter.hand_in_wanted.connect(lambda: self.exam.submit("proctor"))
            reporter.start()
        self.exam.exited_by_proctor.connect(self._exam_left)
        self.main.hide()
        if self.full_screen and not windowed:
            self.exam.showFullScreen()
        else:   # a window within the screen's free area, from its top left (its foot ran under a 768 screen)
            from desktop.ui.screen_fit import resize_fitted
            resize_fitted(self.exam, 1280, 900)
            screen = self.main.screen() or widgets_app().primaryScreen()
            self.exam.move(screen.availableGeometry().topLeft())
            self.exam.show()
        monitor.attach(self.exam, findings)

    def _close_exam(self) -> None:
        if self.exam is not None:
            self.exam.hide()
            self.exam.deleteLater()
            self.exam = None

    def _exam_done(self, attempt: ActiveAttempt, submission: SubmissionReceipt) -> None:
        self._close_exam()
        self.sync.sync_now()  # the result leaves at once when a server is there
        if self.sittings.server_url() is not None:   # the proctor's seat grid shows it at once
            report = seat_report(attempt, "submitted")
            run_in_background(lambda: self.sittings.check_in(attempt.learner.learner_no, report, want_key=False),
                              lambda _status: None, lambda _exc: None)
        receipt = ReceiptData(submission.result_id, submission.content_hash, submission.submitted_at,
                              submission.exam_title, submission.learner_no, submission.learner_name,
                              submission.grade.score_text, submission.grade.outcome.value)
        review = (review_items(attempt.paper, attempt.unlocked.content.questions, attempt.responses, submission.grade)
                  if attempt.exam.allow_review else None)
        self.result = ResultWindow(receipt, submission, review)
        self.result.closed.connect(lambda: self.show_home(attempt.learner, check_in=False))
        self._page(self.result)
        self.main.show()

    def _exam_left(self) -> None:
        self._close_exam()
        self.show_login()
        self.login.show_notice(self.tr("The exam was closed by the proctor. It can be continued: log in again."))
        self.main.show()

    def show_receipt(self, result_id: str) -> None:
        facts = self.station.attempts.receipt_of(result_id)
        learner = self.home.learner if self.home else None
        receipt = ReceiptData(facts["result_id"], facts["content_hash"], facts["submitted_at"], facts["exam_title"],
                              facts["learner_no"], learner.name if learner else "", facts["score"], facts["outcome"])
        self.result = ResultWindow(receipt)
        if learner:
            self.result.closed.connect(lambda: self.show_home(learner))
        self._page(self.result)
