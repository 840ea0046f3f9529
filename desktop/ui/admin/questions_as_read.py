"""The import window's second tab: every question as the server read it from the files (where it stands, its
type, its stem with the options, the right ones marked, and its answer), so the administrator checks the
reading before confirming (issue 16: a question is never stored changed unseen). Fed by the preview's
``read`` part (sync_server.exams.question_bank.BankImport.as_read)."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from examcore.banks.common import RowProblem


class QuestionsAsRead(QTableWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Type"), self.tr("Question and options"),
                                        self.tr("Answer")])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.shown_note = ""   # "the first N of M": said above the table by the window

    def type_name(self, qtype: str) -> str:
        return {"single": self.tr("Single choice"), "multiple": self.tr("Multiple choice"),
                "true_false": self.tr("True or false"), "fill_in": self.tr("Fill in the blank"),
                "short_answer": self.tr("Short answer")}.get(qtype, qtype)

    def answer_of(self, q: dict) -> str:
        answer = [str(a) for a in q.get("answer") or []]
        if q.get("type") == "true_false":
            return self.tr("True") if answer == ["T"] else self.tr("False")
        return "；".join(answer) if q.get("type") != "single" and q.get("type") != "multiple" else "".join(answer)

    def show_read(self, read: dict | None) -> None:
        """The questions of a preview's ``read`` part; none (an older server sends no such part) clears it."""
        questions = read.get("questions", []) if isinstance(read, dict) else []
        total = read.get("total", len(questions)) if isinstance(read, dict) else 0
        self.shown_note = self.tr("The first %1 of %2 questions are shown here; `xuefa-server import-questions "
                                  "--preview` lists them all.").replace("%1", str(len(questions))) \
            .replace("%2", str(total)) if total > len(questions) else ""
        self.setRowCount(len(questions))
        for n, q in enumerate(questions):
            row = q.get("row")
            sheet = q.get("sheet")   # a workbook of several sheets: row 8 of which
            where = RowProblem(str(q.get("file", "")), row if isinstance(row, int) else None, None, "",
                               sheet=sheet if isinstance(sheet, str) else None,
                               unit=str(q.get("unit", "row"))).said().rstrip("：: ")
            lines = [str(q.get("stem", ""))]
            for o in q.get("options") or []:
                lines.append(("✓ " if o.get("right") else "    ") + f"{o.get('key')}. {o.get('text')}")
            if q.get("points") is not None:
                lines.append(self.tr("Points: %1").replace("%1", str(q["points"])))
            if q.get("explanation"):
                lines.append(self.tr("Explanation: %1").replace("%1", str(q["explanation"])))
            for column, text in enumerate((where, self.type_name(str(q.get("type"))), "\n".join(lines),
                                           self.answer_of(q))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.setItem(n, column, item)
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)
        self.resizeRowsToContents()   # 2,000 questions of five lines each: about 0.3 s
