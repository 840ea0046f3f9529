"""After submit: the score and pass/fail at once, the review if the exam allows it, and the receipt."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from desktop.services.attempts import SubmissionReceipt
from desktop.ui.exam_review import ExamReview, ReviewItem
from desktop.ui.file_dialogs import save_file
from desktop.ui.exam.receipt import ReceiptData, receipt_document, receipt_html, save_receipt_pdf
from examcore.grading import Outcome


class ResultWindow(QWidget):
    closed = Signal()  # the learner is done with the result screen

    def __init__(self, receipt: ReceiptData, submission: SubmissionReceipt | None = None,
                 review: list[ReviewItem] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.receipt = receipt
        self.setWindowTitle(self.tr("Your result"))
        heading = QLabel(receipt.exam_title)
        heading.setObjectName("title")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if submission is not None:
            g = submission.grade
            self.score_label = QLabel(self.tr("Score: %1 of %2 (pass mark %3)").replace("%1", g.score_text)
                                      .replace("%2", str(g.max_score)).replace("%3", str(submission.pass_mark)))
            self.score_label.setObjectName("title")
            outcome = {Outcome.PASSED: self.tr("Passed"), Outcome.FAILED: self.tr("Not passed"),
                       Outcome.PENDING: self.tr("Depends on the short answers, which are marked later")}[g.outcome]
            self.outcome_label = QLabel(outcome)
            self.outcome_label.setObjectName("title")
            layout.addWidget(self.score_label)
            layout.addWidget(self.outcome_label)
            if g.pending_points:
                layout.addWidget(QLabel(self.tr("%1 point(s) of short answers are marked later and are not in "
                                                "this score.").replace("%1", str(g.pending_points))))
            if submission.reason not in ("learner",):
                why = {"time_up": self.tr("Time ran out, so the exam was submitted automatically."),
                       "focus_losses": self.tr("The exam window was left too often, so the exam was submitted."),
                       "away_too_long": self.tr("The exam window was left for too long, so the exam was "
                                                "submitted."),
                       "inactive": self.tr("There was no activity for too long, so the exam was submitted."),
                       "proctor": self.tr("The proctor handed in your exam with the answers you had given.")}
                # never the raw reason (an outside tester read "proctor" in the Chinese window)
                layout.addWidget(QLabel(why.get(submission.reason, self.tr("The exam was submitted for you."))))
        self.review_view: ExamReview | None = None
        if review:
            layout.addWidget(QLabel(self.tr("Review")))
            self.review_view = ExamReview(review)
            layout.addWidget(self.review_view, 2)
        self.receipt_view = QTextBrowser()
        self.receipt_view.setHtml(receipt_html(receipt))
        layout.addWidget(self.receipt_view, 1)
        self.pdf_button = QPushButton(self.tr("Save receipt as PDF…"))
        self.print_button = QPushButton(self.tr("Print receipt…"))
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primary")
        row = QHBoxLayout()
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        row.addWidget(self.done_button)
        layout.addLayout(row)
        self.pdf_button.clicked.connect(self._save_pdf)
        self.print_button.clicked.connect(self._print)
        self.done_button.clicked.connect(self.closed.emit)

    def _save_pdf(self) -> None:
        name = self.tr("receipt-%1.pdf").replace("%1", self.receipt.result_id[:8])
        path = save_file(self, self.tr("Save receipt"), name, self.tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            save_receipt_pdf(self.receipt, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save receipt"), self.tr("The receipt could not be saved: %1")
                                .replace("%1", str(exc)))

    def _print(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec():   # laid out as the PDF is: 11 pt on paper, not the screen's size
            receipt_document(self.receipt, printer).print_(printer)

