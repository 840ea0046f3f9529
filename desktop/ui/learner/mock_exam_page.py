"""A mock exam: the real exam's shape and timer, questions from the practice bank, not locked down and
not counted; at the end the score, and the misses go into the wrong-answer book."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.mock_exam import MockExamService
from desktop.ui.confirm import confirm
from desktop.ui.exam_review import ExamReview, review_items
from desktop.ui.question_view import QuestionView
from examcore.clock import Clock
from examcore.grading import ItemStatus, Outcome, PaperGrade, Response
from examcore.study.mock import MockExam


class MockExamPage(QWidget):
    finished = Signal()   # the learner closed the result: back to practice

    def __init__(self, service: MockExamService, clock: Clock, learner_no: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._service, self._clock, self._learner = service, clock, learner_no
        self.mock: MockExam | None = None
        self.responses: dict[str, Response] = {}
        self.index = 0
        self._started_ms = 0
        self.title_label = QLabel()
        self.title_label.setObjectName("title")
        self.title_label.setWordWrap(True)   # a long exam title at the largest text: two lines, not off screen
        self.timer_label = QLabel()
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.view = QuestionView()
        self.prev_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.submit_button = QPushButton(self.tr("Hand in the mock exam"))
        self.submit_button.setObjectName("primary")
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("title")
        self.review_view = ExamReview([])   # after hand-in: each question with the learner's and the right answer
        self.review_view.hide()
        self.done_button = QPushButton(self.tr("Back to practice"))
        head = QHBoxLayout()
        head.addWidget(self.title_label, 1)
        head.addWidget(self.timer_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.prev_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.review_view, 1)
        layout.addLayout(buttons)
        self.view.response_changed.connect(self._answered)
        self.prev_button.clicked.connect(lambda: self._go(self.index - 1))
        self.next_button.clicked.connect(lambda: self._go(self.index + 1))
        self.submit_button.clicked.connect(self.ask_hand_in)
        self.done_button.clicked.connect(self.finished.emit)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

    def start(self, mock: MockExam) -> None:
        self.mock, self.responses, self.index = mock, {}, 0
        self._started_ms = self._clock.monotonic_ms()
        self.title_label.setText(self.tr("Mock exam: %1").replace("%1", mock.title))
        note = self.tr("Practice only: not locked down, not counted, not sent anywhere. Pass mark %1 of %2.") \
            .replace("%1", str(mock.pass_mark)).replace("%2", str(mock.total_points))
        if not mock.full_size:
            note += " " + self.tr("The practice bank is smaller than the exam, so this mock exam is shorter.")
        self.notice_label.setText(note)
        self.result_label.clear()
        self.review_view.hide()
        self.view.show()
        for b in (self.prev_button, self.next_button, self.submit_button):
            b.show()
        self.done_button.hide()
        self._go(0)
        self._timer.start()
        self._tick()

    def remaining_ms(self) -> int:
        assert self.mock is not None
        return self.mock.duration_minutes * 60_000 - (self._clock.monotonic_ms() - self._started_ms)

    def _tick(self) -> None:
        left = self.remaining_ms()
        if left <= 0:
            self.hand_in()
            return
        minutes, seconds = divmod(left // 1000, 60)
        self.timer_label.setText(self.tr("Time left %1:%2").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}"))

    def _go(self, index: int) -> None:
        assert self.mock is not None
        items = self.mock.paper.items
        self.view.flush()
        self.index = max(0, min(len(items) - 1, index))
        item = items[self.index]
        q = self.mock.questions[item.question_id]
        self.view.show_question(self.index + 1, len(items), item, q, self.responses.get(q.id))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(items))

    def _answered(self, question_id: str, response: Response) -> None:
        if any(a.strip() for a in response):
            self.responses[question_id] = response
        else:
            self.responses.pop(question_id, None)

    def ask_hand_in(self) -> None:
        """The button: ask first, saying how many questions have no answer yet (the timer hands in unasked)."""
        if self.mock is None or not self._timer.isActive():
            return
        self.view.flush()
        open_ = sum(1 for item in self.mock.paper.items if item.question_id not in self.responses)
        text = self.tr("Hand in the mock exam now? You cannot change your answers afterwards.")
        if open_:
            text += " " + self.tr("%1 questions have no answer yet.").replace("%1", str(open_))
        if confirm(self, self.tr("Hand in the mock exam"), text, self.tr("Hand in")):
            self.hand_in()

    def hand_in(self) -> None:
        if self.mock is None or not self._timer.isActive():
            return
        self._timer.stop()
        self.view.flush()
        grade = self._service.finish(self._learner, self.mock, self.responses)
        self.result_label.setText(self.result_text(grade))
        self.timer_label.clear()   # handed in: no clock left standing
        self._show_review(grade)

    def result_text(self, grade: PaperGrade) -> str:
        """The score, the verdict and the misses of a handed-in mock exam."""
        # a short answer is marked by a person, which a mock exam has not: neither wrong nor right
        wrong = sum(1 for g in grade.items if g.earned < g.points and g.status is not ItemStatus.PENDING)
        verdict = {Outcome.PASSED: self.tr("passed"), Outcome.FAILED: self.tr("not passed"),
                   Outcome.PENDING: self.tr("passed or not depends on the short answers, which a mock exam does "
                                            "not mark")}[grade.outcome]
        text = self.tr("Score %1 of %2 (%3). %4 questions were not fully right; the ones you answered are in your "
                       "wrong-answer book.").replace("%1", grade.score_text).replace("%2", str(grade.max_score)) \
            .replace("%3", verdict).replace("%4", str(wrong))
        if grade.pending_points:
            text += " " + self.tr("%1 point(s) of short answers are not marked in a mock exam and are not in this "
                                  "score.").replace("%1", str(grade.pending_points))
        return text

    def _show_review(self, grade: PaperGrade) -> None:
        assert self.mock is not None
        self.review_view.items = review_items(self.mock.paper, self.mock.questions, self.responses, grade)
        self.review_view.setHtml(self.review_view.render_html())
        self.view.hide()
        self.review_view.show()
        for b in (self.prev_button, self.next_button, self.submit_button):
            b.hide()
        self.done_button.show()
