"""A learner's study: points toward the exam per category, what to do next, the courses and their
chapters, the reader and the chapter quizzes."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QStackedWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.services.login_types import LearnerInfo
from desktop.services.study import StudyService
from desktop.ui.file_dialogs import open_file
from desktop.ui.messages import study_file_error
from desktop.ui.learner.progress_chart import ProgressChart
from desktop.ui.learner.question_drill import Feedback, QuestionDrill
from desktop.ui.learner.reader_page import ReaderPage
from examcore.clock import Clock
from examcore.errors import PackageError
from examcore.grading import Response
from examcore.questions import Question
from examcore.study.course import Course
from examcore.study.plan import PROFILE

COURSE_ROLE = Qt.ItemDataRole.UserRole


class StudyPage(QWidget):
    points_changed = Signal()              # a study record was written: the exam list may open up
    law_link_activated = Signal(str, int, int, int)  # a quiz explanation cited an article (title, number, 之N, version's year)

    def __init__(self, study: StudyService, clock: Clock, learner: LearnerInfo, article_exists,
                 points_asked=lambda: 1, parent: QWidget | None = None):
        super().__init__(parent)
        self._study, self._clock, self.learner = study, clock, learner
        self._points_asked = points_asked   # () -> the most points an exam here asks for (0: none asks)
        self.stack = QStackedWidget()
        # the overview
        overview = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("title")
        self.summary_label.setWordWrap(True)
        self.chart = ProgressChart()
        self.next_label = QLabel()
        self.next_label.setObjectName("notice")
        self.next_label.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Course and chapter"), self.tr("Time read"), self.tr("Quiz")])
        header = self.tree.header()   # the chapter's title takes what is left; time and quiz always whole (A+)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.setObjectName("primary")
        self.quiz_button = QPushButton(self.tr("Chapter quiz"))
        self.profile_button = QPushButton(self.tr("My profile…"))
        self.import_button = QPushButton(self.tr("Import course or plan file…"))
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.read_button, self.quiz_button, self.profile_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        o = QVBoxLayout(overview)
        o.addWidget(self.summary_label)
        o.addWidget(self.chart)
        o.addWidget(self.next_label)
        o.addWidget(self.tree, 1)
        o.addWidget(self.message_label)
        o.addLayout(buttons)
        # the reader and the quiz
        plan = study.plan()
        self.reader = ReaderPage(study, clock, learner.learner_no, plan.idle_seconds if plan else 120)
        quiz_page = QWidget()
        self.quiz_title = QLabel()
        self.quiz_title.setObjectName("title")
        self.drill = QuestionDrill(self._check_quiz, article_exists)
        self.quiz_back = QPushButton(self.tr("Back to my courses"))
        q = QVBoxLayout(quiz_page)
        q.addWidget(self.quiz_title)
        q.addWidget(self.drill, 1)
        q.addWidget(self.quiz_back, 0, Qt.AlignmentFlag.AlignRight)
        for page in (overview, self.reader, quiz_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._quiz_course: Course | None = None
        self._quiz_chapter = ""
        self.read_button.clicked.connect(self.read_selected)
        self.quiz_button.clicked.connect(lambda: self._selected_chapter_quiz())
        self.profile_button.clicked.connect(self.edit_profile)
        self.import_button.clicked.connect(self._choose_file)
        self.tree.itemDoubleClicked.connect(lambda *_: self.read_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reader.closed.connect(self.show_overview)
        self.reader.reading_recorded.connect(lambda _s: self.points_changed.emit())
        self.reader.quiz_wanted.connect(lambda ch: self.open_quiz(self.reader.course, ch))
        self.drill.set_finished.connect(lambda *_: self.show_overview())
        self.drill.law_link_activated.connect(self.law_link_activated)
        self.quiz_back.clicked.connect(self.show_overview)
        self.refresh()

    # --- the overview ----------------------------------------------------------------------------

    def refresh(self) -> None:
        plan = self._study.plan()
        report = self._study.points(self.learner.learner_no)
        exam_report = self._study.points(self.learner.learner_no, for_exam=True)
        if plan is None or report is None or exam_report is None:
            self.summary_label.setText(self.tr("No study plan on this station yet. Reading is kept, and counts "
                                               "once the plan arrives by sync or file."))
            self.chart.set_rows([])
            self.next_label.setText("")
        else:
            words = (self.tr("%1: %2 of the %3 points needed for the exam (points count if earned by %4)")
                     if self._points_asked() else   # no exam here asks for points: do not say one does
                     self.tr("%1: %2 of the plan's %3 points (points count if earned by %4). No exam on this "
                             "station asks for study points."))
            self.summary_label.setText(
                words.replace("%1", plan.title).replace("%2", str(exam_report.total)).replace("%3", str(plan.threshold))
                .replace("%4", plan.deadline.strftime("%Y-%m-%d %H:%M")))  # in the plan's own time zone
            self.chart.set_rows([(c.name, report.by_category.get(c.category_id, 0), c.cap) for c in plan.categories])
            self.next_label.setText(self._next_step(plan, report, exam_report.total))
        self._fill_tree()
        self._update_buttons()

    def _next_step(self, plan, report, for_exam: int) -> str:
        if for_exam >= plan.threshold:
            if not self._points_asked():   # no exam here asks for points: do not say one does
                return self.tr("You have the plan's points. Well done: you can keep studying or practise.")
            return self.tr("You have the points the exam needs. Well done: you can keep studying or practise.")
        if self._clock.now() >= plan.deadline:
            return self.tr("The deadline for this year's points has passed. Ask your unit admin what to do.")
        profile = plan.category(PROFILE)
        if profile and plan.profile_points and report.by_category.get(PROFILE, 0) < profile.cap:
            return self.tr("Next: complete your profile (%1 points).").replace("%1", str(plan.profile_points))
        for c in plan.categories:
            if report.by_category.get(c.category_id, 0) < c.cap:
                course = next((x for x in self._study.courses() if x.category_id == c.category_id), None)
                if course is not None:
                    return (self.tr("Next: read 《%1》 and take its chapter quizzes (%2: %3 of %4 points).")
                            .replace("%1", course.title).replace("%2", c.name)
                            .replace("%3", str(report.by_category.get(c.category_id, 0))).replace("%4", str(c.cap)))
        return self.tr("The courses on this station are done. More may arrive by sync or file.")

    def _fill_tree(self) -> None:
        self.tree.clear()
        answered = self._study.answered_questions(self.learner.learner_no)
        damaged = []
        for summary in self._study.courses():
            try:
                course = self._study.open_course(summary.course_id)
            except PackageError:
                damaged.append(summary.title)   # not shown half: named below, to be imported again
                continue
            seconds = self._study.reading_seconds_by_chapter(self.learner.learner_no, course.course_id)
            top = QTreeWidgetItem([course.title, "", ""])
            top.setData(0, COURSE_ROLE, (course.course_id, None))
            for ch in course.chapters:
                done = sum(q.id in answered for q in ch.quiz)
                item = QTreeWidgetItem([ch.title, self.tr("%1 min").replace("%1", str(seconds.get(ch.chapter_id, 0) // 60)),
                                        f"{done} / {len(ch.quiz)}" if ch.quiz else ""])
                item.setData(0, COURSE_ROLE, (course.course_id, ch.chapter_id))
                top.addChild(item)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        if damaged:
            self.message_label.setObjectName("error")
            self.message_label.setText(self.tr("These courses are damaged on this station and cannot be opened: "
                                               "%1. Import them again from the file or sync again; your study "
                                               "records are not affected.").replace("%1", "、".join(damaged)))

    def _selected(self) -> tuple[str, str | None] | None:
        item = self.tree.currentItem()
        return item.data(0, COURSE_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        sel = self._selected()
        self.read_button.setEnabled(sel is not None)
        self.quiz_button.setEnabled(bool(sel and sel[1]))

    def show_overview(self) -> None:
        if self.stack.currentWidget() is self.reader:
            self.reader.pause()
        self.stack.setCurrentIndex(0)
        self.refresh()

    # --- reading and quizzes ---------------------------------------------------------------------

    def read_selected(self) -> None:
        sel = self._selected()
        if sel is not None:
            self.open_reader(sel[0], sel[1])

    def open_reader(self, course_id: str, chapter_id: str | None = None) -> None:
        try:
            course = self._study.open_course(course_id)
        except PackageError as exc:
            self.message_label.setText(study_file_error(exc.code))
            return
        self.stack.setCurrentWidget(self.reader)
        self.reader.open(course, chapter_id)

    def _selected_chapter_quiz(self) -> None:
        sel = self._selected()
        if sel and sel[1]:
            self.open_quiz(self._study.open_course(sel[0]), sel[1])

    def open_quiz(self, course: Course | None, chapter_id: str) -> None:
        chapter = course.chapter(chapter_id) if course else None
        if course is None or chapter is None or not chapter.quiz:
            return
        self._quiz_course, self._quiz_chapter = course, chapter_id
        self.quiz_title.setText(self.tr("Quiz: %1").replace("%1", chapter.title))
        self.stack.setCurrentIndex(2)
        self.drill.start(list(chapter.quiz))

    def _check_quiz(self, question: Question, answer: Response) -> Feedback:
        assert self._quiz_course is not None
        fb = self._study.answer_quiz(self.learner.learner_no, self._quiz_course, self._quiz_chapter, question, answer)
        self.points_changed.emit()
        if not fb.counted:
            note = self.tr("Only the first answer to a question earns points; this one was answered before.")
        elif fb.points:
            note = self.tr("+%1 study points.").replace("%1", str(fb.points))
        else:
            note = self.tr("No points for this question.")
        return Feedback(fb.correct, fb.right_answer, fb.explanation, note)

    # --- profile and files -----------------------------------------------------------------------

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self._study.profile(self.learner.learner_no), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._study.complete_profile(self.learner.learner_no, dialog.phone.text(), dialog.email.text())
            self.points_changed.emit()
            self.refresh()

    def _choose_file(self) -> None:
        path = open_file(self, self.tr("Import course or plan"), self.tr("Study files (*.xfc *.xfs);;All files (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        try:
            imported = self._study.import_file(path)
        except PackageError as exc:
            self.message_label.setObjectName("error")
            self.message_label.setText(self.tr("%1 was not imported: %2").replace("%1", path.name)
                                       .replace("%2", study_file_error(exc.code)))
            return False
        self.message_label.setObjectName("notice")
        self.message_label.setText(self.tr("Imported: %1").replace("%1", imported.title))
        self.refresh()
        return True


class ProfileDialog(QDialog):
    """The learner's contact details; completing them once earns the plan's profile points."""

    def __init__(self, profile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("My profile"))
        self.phone = QLineEdit(profile.phone if profile else "")
        self.phone.setPlaceholderText(self.tr("11-digit mobile number"))
        self.email = QLineEdit(profile.email if profile else "")
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        form = QFormLayout(self)
        form.addRow(self.tr("Mobile phone"), self.phone)
        form.addRow(self.tr("E-mail (optional)"), self.email)
        form.addRow(self.error_label)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self._save)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _save(self) -> None:
        phone = self.phone.text().strip()
        if not (len(phone) == 11 and phone.isdigit() and phone.startswith("1")):
            self.error_label.setText(self.tr("Enter an 11-digit mobile number beginning with 1."))
            return
        email = self.email.text().strip()
        if email and ("@" not in email or "." not in email.split("@")[-1]):
            self.error_label.setText(self.tr("The e-mail address does not look right."))
            return
        self.accept()
