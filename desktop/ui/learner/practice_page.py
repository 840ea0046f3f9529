"""Practice with instant feedback, and the wrong-answer book (错题本) of questions due again."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from desktop.services.mock_exam import MockExamService
from desktop.services.practice import PracticeService
from desktop.ui.learner.mock_exam_page import MockExamPage
from desktop.ui.learner.question_drill import Feedback, QuestionDrill
from desktop.ui.screen_fit import narrow_combo
from examcore.clock import Clock
from examcore.grading import Response
from examcore.questions import Question

SET_SIZE = 10


class PracticePage(QWidget):
    law_link_activated = Signal(str, int, int, int)   # law title, article, 之N, version's year

    def __init__(self, practice: PracticeService, learner_no: str, article_exists, mocks: MockExamService,
                 clock: Clock, is_leader: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self._practice, self._learner, self._mocks, self._is_leader = practice, learner_no, mocks, is_leader
        self.stack = QStackedWidget()
        start = QWidget()
        intro = QLabel(self.tr("Practice questions come from the practice bank, never from an exam. Questions you "
                               "miss go into your wrong-answer book and come back on later days until you have "
                               "answered them right twice."))
        intro.setWordWrap(True)
        self.category_combo = narrow_combo(QComboBox())
        self.practice_button = QPushButton(self.tr("Practise %1 questions").replace("%1", str(SET_SIZE)))
        self.practice_button.setObjectName("primary")
        self.book_label = QLabel()
        self.book_label.setObjectName("notice")
        self.book_label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review the wrong-answer book"))
        self.result_label = QLabel()
        self.mock_combo = narrow_combo(QComboBox())
        self.mock_button = QPushButton(self.tr("Start a mock exam"))
        mock_row = QHBoxLayout()
        mock_row.addWidget(QLabel(self.tr("Mock exam in the shape of:")))
        mock_row.addWidget(self.mock_combo, 1)
        mock_row.addWidget(self.mock_button)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Topic:")))
        row.addWidget(self.category_combo, 1)
        row.addWidget(self.practice_button)
        book = QHBoxLayout()
        book.addWidget(self.book_label, 1)
        book.addWidget(self.review_button)
        s = QVBoxLayout(start)
        s.addWidget(intro)
        s.addLayout(row)
        s.addLayout(book)
        s.addLayout(mock_row)
        s.addWidget(self.result_label)
        s.addStretch(1)
        drill_page = QWidget()
        self.drill = QuestionDrill(self._check, article_exists)
        self.stop_button = QPushButton(self.tr("Stop practising"))
        d = QVBoxLayout(drill_page)
        d.addWidget(self.drill, 1)
        leave = QHBoxLayout()   # a button of its own size at the left: a full-width bar outshone 核对答案
        leave.addWidget(self.stop_button)
        leave.addStretch(1)
        d.addLayout(leave)
        self.mock_page = MockExamPage(mocks, clock, learner_no)
        self.stack.addWidget(start)
        self.stack.addWidget(drill_page)
        self.stack.addWidget(self.mock_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.practice_button.clicked.connect(self.start_practice)
        self.review_button.clicked.connect(self.start_review)
        self.stop_button.clicked.connect(self.show_start)
        self.mock_button.clicked.connect(self.start_mock)
        self.mock_page.finished.connect(self.show_start)
        self.drill.set_finished.connect(self._finished)
        self.drill.law_link_activated.connect(self.law_link_activated)
        self.refresh()

    def refresh(self) -> None:
        current = self.category_combo.currentData()
        self.category_combo.clear()
        cats = self._practice.categories()
        self.category_combo.addItem(self.tr("All topics (%1)").replace("%1", str(sum(n for _c, n in cats))), "")
        for cat, n in cats:
            self.category_combo.addItem(f"{cat} ({n})", cat)
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(current)))
        self.practice_button.setEnabled(bool(cats))
        due, size = len(self._practice.due(self._learner)), self._practice.book_size(self._learner)
        text = self.tr("Wrong-answer book: %1 questions, %2 due today").replace("%1", str(size)).replace("%2", str(due))
        later = self._practice.next_due(self._learner) if size > due else None
        if later is not None:   # say why the button is off: a missed question comes back on a later day
            text += self.tr(". The next comes back on %1.").replace("%1", later.astimezone().strftime("%Y-%m-%d %H:%M"))
        self.book_label.setText(text)
        self.review_button.setEnabled(due > 0)
        chosen = self.mock_combo.currentData()
        self.mock_combo.clear()
        for offer in self._mocks.offers(self._learner):
            self.mock_combo.addItem(offer.title, offer.package_id)
        self.mock_combo.setCurrentIndex(max(0, self.mock_combo.findData(chosen)))
        self.mock_button.setEnabled(self.mock_combo.count() > 0 and bool(cats))

    def show_start(self) -> None:
        self.stack.setCurrentIndex(0)
        self.refresh()

    def start_practice(self) -> None:
        questions = self._practice.practice_set(self.category_combo.currentData() or None, SET_SIZE)
        if questions:
            self.result_label.clear()
            self.stack.setCurrentIndex(1)
            self.drill.start(questions)

    def start_mock(self) -> None:
        package_id = self.mock_combo.currentData()
        mock = self._mocks.build(package_id, self._is_leader) if package_id else None
        if mock is None:
            self.result_label.setText(self.tr("The practice bank has no questions of the kinds this exam asks."))
            return
        self.stack.setCurrentWidget(self.mock_page)
        self.mock_page.start(mock)

    def start_review(self) -> None:
        questions = self._practice.due(self._learner)
        if questions:
            self.result_label.clear()
            self.stack.setCurrentIndex(1)
            self.drill.start(questions)

    def _check(self, question: Question, answer: Response) -> Feedback:
        fb = self._practice.answer(self._learner, question, answer)
        if fb.left_book:
            note = self.tr("Right twice on different days: it has left your wrong-answer book.")
        elif fb.in_book and fb.correct:   # right, but not yet on two different days
            note = self.tr("It stays in your wrong-answer book: answer it right %1 more time(s), on a later day.") \
                .replace("%1", str(fb.rights_to_go))
        elif fb.in_book:
            note = self.tr("It is in your wrong-answer book and will come back from tomorrow.")
        else:
            note = ""
        return Feedback(fb.correct, fb.right_answer, fb.explanation, note)

    def _finished(self, right: int, total: int) -> None:
        self.show_start()
        self.result_label.setText(self.tr("%1 of %2 right.").replace("%1", str(right)).replace("%2", str(total)))
