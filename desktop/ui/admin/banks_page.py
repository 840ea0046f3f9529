"""Question banks: import bank files (导入…, with a preview), browse and search a bank, correct a question (the
server checks it like an import and keeps the old version), retire it from future packages or take it back,
read its history; and build a new exam (or a make-up) from a bank."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.background import run_in_background
from desktop.ui.confirm import confirm
from desktop.ui.admin.exam_builder import BuiltExamDialog, ExamBuilder
from desktop.ui.admin.question_import import QuestionImportDialog
from desktop.ui.local_time import local_time
from desktop.ui.screen_fit import resize_fitted

CHOICE_TYPES = ("single", "multiple")


class BanksPage(QWidget):
    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.questions: list[dict] = []
        self._select_after_load: str | None = None   # a bank just imported into: shown once the list loads
        self.bank_combo = QComboBox()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Words in the question"))
        self.retired_box = QCheckBox(self.tr("Retired questions"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Type"), self.tr("Category"),
                                              self.tr("Stem"), self.tr("Answer"), self.tr("Version")])
        self.table.resizeColumnsToContents()   # headings whole before any row is loaded
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.edit_button = QPushButton(self.tr("Correct…"))
        self.retire_button = QPushButton(self.tr("Retire"))
        self.history_button = QPushButton(self.tr("History…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.new_exam_button = QPushButton(self.tr("New exam from a bank…"))
        self.new_exam_button.setObjectName("primary")
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bank")))
        top.addWidget(self.bank_combo, 1)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.retired_box)
        buttons = QHBoxLayout()
        for b in (self.import_button, self.edit_button, self.retire_button, self.history_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.new_exam_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.bank_combo.activated.connect(lambda _i: self.refresh())
        self.search_edit.returnPressed.connect(self.refresh)
        self.retired_box.toggled.connect(lambda _on: self.refresh())
        self.edit_button.clicked.connect(self.open_editor)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.history_button.clicked.connect(self.show_history)
        self.import_button.clicked.connect(self.open_import)
        self.new_exam_button.clicked.connect(self.new_exam)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def load(self) -> None:
        run_in_background(self.client.banks, self._banks, self._failed, self)

    def _banks(self, banks: list[dict]) -> None:
        self.bank_combo.clear()
        for b in banks:
            self.bank_combo.addItem(self.tr("%1 (%2 questions, %3 retired)").replace("%1", b["bank"])
                                    .replace("%2", str(b["questions"])).replace("%3", str(b["retired"])), b["bank"])
        wanted = self._select_after_load
        if wanted is not None and self.bank_combo.findData(wanted) >= 0:
            self.bank_combo.setCurrentIndex(self.bank_combo.findData(wanted))
        self._select_after_load = None
        if not banks:
            self.status_label.setText(self.tr("No question bank yet: import one with 导入… (Import…)."))
        self.refresh()

    def open_import(self) -> None:
        banks = [self.bank_combo.itemData(i) for i in range(self.bank_combo.count())]
        self.importer = QuestionImportDialog(self.client, banks, self.bank_combo.currentData(), self)
        self.importer.imported.connect(lambda bank: self._after_import(bank))
        self.importer.open()

    def _after_import(self, bank: str) -> None:
        self._select_after_load = bank
        self.load()

    def refresh(self) -> None:
        bank, client = self.bank_combo.currentData(), self.client
        if bank is None:
            return
        retired, words = self.retired_box.isChecked(), self.search_edit.text().strip()
        run_in_background(lambda: client.questions(bank, retired, words), self._show, self._failed, self)

    def _show(self, questions: list[dict]) -> None:
        self.questions = questions
        self.table.setRowCount(len(questions))
        for r, q in enumerate(questions):
            for c, text in enumerate((q["id"], q["type"], q["category"], q["stem"], ",".join(q["answer"]),
                                      f"v{q['version']}")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.status_label.setText(self.tr("%1 question(s)").replace("%1", str(len(questions))))
        self.retire_button.setText(self.tr("Take back") if self.retired_box.isChecked() else self.tr("Retire"))
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.questions[rows[0].row()] if rows and rows[0].row() < len(self.questions) else None

    def _update_buttons(self) -> None:
        for b in (self.edit_button, self.retire_button, self.history_button):
            b.setEnabled(self.selected() is not None)

    def open_editor(self) -> None:
        question = self.selected()
        if question is not None:
            self.editor = QuestionEditor(self.client, question, self)
            self.editor.saved.connect(lambda _q: self.refresh())
            self.editor.open()

    def toggle_retired(self) -> None:
        question, client, retire = self.selected(), self.client, not self.retired_box.isChecked()
        if question is None:
            return
        stem = question["stem"] if len(question["stem"]) <= 40 else question["stem"][:39] + "…"
        if retire and not confirm(self, self.tr("Retire a question"),
                                  self.tr("Retire question %1 「%2」? Exam packages built from now on leave it out; "
                                          "packages already built keep it. It can be taken back later.")
                                  .replace("%1", question["id"]).replace("%2", stem), self.tr("Retire")):
            return
        run_in_background(lambda: client.retire_question(question["id"], retire), lambda _a: self.refresh(),
                          self._failed, self)

    def show_history(self) -> None:
        question, client = self.selected(), self.client
        if question is not None:
            run_in_background(lambda: client.question_history(question["id"]), self._history, self._failed, self)

    def _history(self, versions: list[dict]) -> None:
        lines = []
        for v in versions:
            q = v["question"]
            lines.append(f"<p><b>v{v['version']}</b> {local_time(v['changed_at'])} · {v['changed_by']} · "
                         f"{v['note']}<br>{q['stem']}<br>{self.tr('Answer')}: {','.join(q['answer'])}</p>")
        self.history = QDialog(self)
        self.history.setWindowTitle(self.tr("History of the question"))
        resize_fitted(self.history, 640, 420)
        text = QTextBrowser()
        text.setHtml("".join(lines))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.history.reject)
        box = QVBoxLayout(self.history)
        box.addWidget(text)
        box.addWidget(close)
        self.history.open()

    # --- a new exam from a bank ------------------------------------------------------------------------

    def new_exam(self) -> None:
        client = self.client
        run_in_background(client.exams, self._open_builder, self._failed, self)

    def _open_builder(self, exams: list[dict]) -> None:
        banks = [self.bank_combo.itemData(i) for i in range(self.bank_combo.count())]
        self.builder = ExamBuilder(self.client, banks, exams, self)
        self.builder.built.connect(lambda answer: self._built(self.builder.title_edit.text(), answer))
        self.builder.open()

    def _built(self, title: str, answer: dict) -> None:
        self.built_dialog = BuiltExamDialog(title, answer, self)
        self.built_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "forbidden":
            self.status_label.setText(self.tr("Question banks are kept by this server's top provincial "
                                              "administrator."))
        else:
            self.status_label.setText(self.tr("Not done: %1").replace("%1", getattr(exc, "message", str(exc))))


class QuestionEditor(QDialog):
    """Correct one question. Options one per line as "A. text"; the answer as option keys ("B", "A,C"), T or
    F, or one accepted answer per blank (alternatives with |)."""
    saved = Signal(dict)

    def __init__(self, client: AdminClient, question: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.client, self.question = client, question
        self.setWindowTitle(self.tr("Correct question %1").replace("%1", question["id"]))
        resize_fitted(self, 640, 560)
        self.stem_edit = QPlainTextEdit(question["stem"])
        self.options_edit = QPlainTextEdit("\n".join(f"{o['key']}. {o['text']}" for o in question["options"]))
        self.options_edit.setEnabled(question["type"] in CHOICE_TYPES)
        self.answer_edit = QLineEdit(",".join(question["answer"]))
        self.category_edit = QLineEdit(question["category"])
        self.difficulty_spin = QSpinBox()
        self.difficulty_spin.setRange(1, 5)
        self.difficulty_spin.setValue(int(question["difficulty"]))
        self.explanation_edit = QPlainTextEdit(question["explanation"])
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Why it changes (kept in the history)"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Stem"), self.stem_edit)
        form.addRow(self.tr("Options"), self.options_edit)
        form.addRow(self.tr("Answer"), self.answer_edit)
        form.addRow(self.tr("Category"), self.category_edit)
        form.addRow(self.tr("Difficulty"), self.difficulty_spin)
        form.addRow(self.tr("Explanation"), self.explanation_edit)
        form.addRow(self.tr("Reason"), self.note_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def fields(self) -> dict:
        out = {"stem": self.stem_edit.toPlainText().strip(), "category": self.category_edit.text().strip(),
               "difficulty": self.difficulty_spin.value(), "explanation": self.explanation_edit.toPlainText().strip(),
               "note": self.note_edit.text().strip()}
        raw = self.answer_edit.text().replace("，", ",")
        if self.question["type"] in CHOICE_TYPES:
            options = []
            for line in self.options_edit.toPlainText().splitlines():
                key, _, text = line.strip().partition(".")
                if line.strip():
                    options.append({"key": key.strip().upper(), "text": text.strip()})
            out["options"] = options
            out["answer"] = [a.strip().upper() for a in raw.replace(",", " ").split() if a.strip()] \
                if "," in raw or " " in raw.strip() else list(raw.strip().upper())
        else:
            out["answer"] = [a.strip() for a in raw.split(",")] if raw.strip() else []
        return out

    def save(self) -> None:
        client, question_id, fields = self.client, self.question["id"], self.fields()
        self.buttons.setEnabled(False)
        self.error_label.clear()
        run_in_background(lambda: client.edit_question(question_id, fields), self._saved, self._refused, self)

    def _saved(self, answer: dict) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit(answer["question"])
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error_label.setText(self.tr("Not saved: %1").replace("%1", getattr(exc, "message", str(exc))))
