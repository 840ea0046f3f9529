"""Questions one at a time with instant feedback: chapter quizzes and practice share it."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.answer_text import answer_text
from desktop.ui.learner.law_links import linkify, parse_link
from desktop.ui.question_view import QuestionView
from examcore.grading import Response
from examcore.paper import PaperItem, shuffle_options
from examcore.questions import Question


@dataclass(frozen=True)
class Feedback:
    correct: bool
    right_answer: tuple[str, ...]
    explanation: str
    note: str = ""        # what the answer earned or where the question goes next


class QuestionDrill(QWidget):
    set_finished = Signal(int, int)        # right answers, questions: the learner reached the end
    law_link_activated = Signal(str, int, int, int)  # law title, article, 之N, version's year (0): open the library there

    def __init__(self, check: Callable[[Question, Response], Feedback],
                 article_exists: Callable[[str, int, int], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._check, self._exists = check, article_exists
        self._questions: list[Question] = []
        self._index, self._right = 0, 0
        self.view = QuestionView()
        self.feedback_label = QLabel()
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setOpenExternalLinks(False)
        self.feedback_label.linkActivated.connect(self._link)
        self.check_button = QPushButton(self.tr("Check my answer"))
        self.check_button.setObjectName("primary")
        self.next_button = QPushButton(self.tr("Next question"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.feedback_label)
        layout.addLayout(buttons)
        self.check_button.clicked.connect(self._check_answer)
        self.next_button.clicked.connect(self._next)
        self.view.response_changed.connect(lambda *_: self.check_button.setEnabled(bool(self._answer())))

    def start(self, questions: list[Question]) -> None:
        self._questions, self._index, self._right = list(questions), 0, 0
        self._show()

    def _answer(self) -> Response:
        return tuple(a for a in self.view.current_response() if a.strip())

    def _show(self) -> None:
        q = self._questions[self._index]
        # the options in a new order each time, as an exam paper draws them (a fixed one, 以上都对, keeps its
        # place): a learner learns the answer, not its letter (issue 19)
        self._item = PaperItem(q.id, 1, shuffle_options(q, os.urandom(16)))
        self.view.show_question(self._index + 1, len(self._questions), self._item, q, None)
        self.feedback_label.clear()
        self.feedback_label.setObjectName("")
        self.check_button.setEnabled(False)
        self.check_button.show()
        self.next_button.hide()
        self._lock_answer(False)

    def _lock_answer(self, locked: bool) -> None:
        for w in [*self.view.option_buttons, *self.view.text_edits, self.view.essay_edit]:
            if w is not None:
                w.setEnabled(not locked)

    def _check_answer(self) -> None:
        q = self._questions[self._index]
        given = self.view.current_response()
        fb = self._check(q, given)
        self._right += fb.correct
        item = self._item   # as _show laid the options out
        head = (self.tr("Right.") if fb.correct else
                self.tr("Not right. The answer is %1 (you answered %2).")
                .replace("%1", answer_text(q, item, q.answer, key=True))
                .replace("%2", answer_text(q, item, given) or self.tr("nothing")))
        parts = [head] + ([fb.note] if fb.note else [])
        html_text = linkify(" ".join(parts), lambda *_: False)
        if fb.explanation:
            html_text += "<br>" + self.tr("Explanation:") + " " + linkify(fb.explanation, self._exists)
        self.feedback_label.setObjectName("notice" if fb.correct else "error")
        self.feedback_label.style().unpolish(self.feedback_label)
        self.feedback_label.style().polish(self.feedback_label)
        self.feedback_label.setText(html_text)
        self._lock_answer(True)   # the buttons only: greyed-out text would be hard to read
        self.check_button.hide()
        last = self._index + 1 >= len(self._questions)
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next question"))
        self.next_button.show()

    def _next(self) -> None:
        if self._index + 1 >= len(self._questions):
            self.set_finished.emit(self._right, len(self._questions))
            return
        self._index += 1
        self._show()

    def _link(self, href: str) -> None:
        target = parse_link(href)
        if target is not None:
            self.law_link_activated.emit(*target)
