"""A new exam (or the make-up of one) built on the server from its question bank: the paper's sections,
duration, pass mark, attempts, window, who may sit (units, ranks, leaders, exemptions, study points), how
strictly leaving the exam window is treated, whether answers may be reviewed, and the lower servers that
will receive and re-grade the results. The start code and proctor password are shown once, with the
package file to save for stations that have no network."""
from __future__ import annotations

import html
from base64 import b64decode
from datetime import datetime, timedelta
from typing import cast
from pathlib import Path

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
                               QScrollArea, QSpinBox, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.background import run_in_background
from desktop.ui.screen_fit import resize_fitted
from examcore.bundle import write_atomically
from examcore.clock import to_local

TYPES = (("single", "单选"), ("multiple", "多选"), ("true_false", "判断"), ("fill_in", "填空"), ("short_answer", "简答"))


def _spin(table: QTableWidget, row: int, column: int) -> QSpinBox:
    """The number box of a paper-sections table cell (every count and points cell holds one)."""
    return cast(QSpinBox, table.cellWidget(row, column))


def _local(value: QDateTime) -> datetime:
    """An edited date and time as an aware local datetime (toPython is typed loosely)."""
    return to_local(cast(datetime, value.toPython()))


class ExamBuilder(QDialog):
    built = Signal(dict)

    def __init__(self, client: AdminClient, banks: list[str], exams: list[dict], parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.recipient_texts: list[str] = []
        self.setWindowTitle(self.tr("New exam"))
        resize_fitted(self, 760, 700)   # within the screen's free area; the form scrolls
        self.exam_id_edit = QLineEdit()
        self.exam_id_edit.setPlaceholderText("exam-2027")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 2027年度学法考试"))
        self.bank_combo = QComboBox()
        self.bank_combo.addItems(banks)
        self.makeup_combo = QComboBox()
        self.makeup_combo.addItem(self.tr("(not a make-up)"), None)
        for e in exams:
            self.makeup_combo.addItem(self.tr("Make-up of %1").replace("%1", e["title"]), e["exam_id"])
        now = QDateTime.currentDateTime()
        self.start_edit = QDateTimeEdit(now.addDays(1))
        self.end_edit = QDateTimeEdit(now.addDays(15))
        for w in (self.start_edit, self.end_edit):
            w.setCalendarPopup(True)
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 600)
        self.duration_spin.setValue(60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.pass_spin = QSpinBox()
        self.pass_spin.setRange(1, 1000)
        self.pass_spin.setValue(60)
        self.attempts_spin = QSpinBox()
        self.attempts_spin.setRange(1, 10)
        self.attempts_spin.setValue(1)
        self.sections = self._sections_table()
        self.total_label = QLabel()
        # leaders (by rank) may sit a paper of their own (DOMAIN.md); stations give it to leaders
        self.leader_paper_box = QCheckBox(self.tr("Leaders sit a paper of their own"))
        self.leader_sections = self._sections_table()
        self.leader_total_label = QLabel()
        self.leader_sections.setVisible(False)
        self.leader_total_label.setVisible(False)
        self.leader_paper_box.toggled.connect(self.leader_sections.setVisible)
        self.leader_paper_box.toggled.connect(self.leader_total_label.setVisible)
        self.units_edit = QLineEdit()
        self.units_edit.setPlaceholderText(self.tr("unit ids, comma-separated; empty: everyone"))
        self.ranks_edit = QLineEdit()
        self.ranks_edit.setPlaceholderText(self.tr("ranks, comma-separated; empty: every rank"))
        self.leaders_box = QCheckBox(self.tr("Leaders only"))
        self.exempt_box = QCheckBox(self.tr("The exempt may sit too"))
        self.points_spin = QSpinBox()
        self.points_spin.setRange(0, 100000)
        self.points_spin.setSpecialValueText(self.tr("none needed"))
        self.review_box = QCheckBox(self.tr("Learners may review their answers after submitting"))
        self.focus_spin = QSpinBox()
        self.focus_spin.setRange(0, 50)
        self.focus_spin.setValue(3)
        self.focus_mode = QComboBox()
        for label, mode in ((self.tr("then hand the exam in"), "enforce"), (self.tr("only warn and record"), "warn"),
                            (self.tr("do not watch"), "off")):
            self.focus_mode.addItem(label, mode)
        # the exam PC's environment (issue 21): before the start "enforce" refuses, "warn" records
        self.pc_checks: dict[str, QComboBox] = {}
        for check, default in (("screens", "enforce"), ("remote", "enforce"), ("vm", "warn"), ("programs", "warn")):
            combo = QComboBox()
            for label, mode in ((self.tr("refuse to start"), "enforce"), (self.tr("warn and record"), "warn"),
                                (self.tr("do not check"), "off")):
                combo.addItem(label, mode)
            combo.setCurrentIndex(combo.findData(default))
            self.pc_checks[check] = combo
        self.programs_edit = QLineEdit()
        self.programs_edit.setPlaceholderText(self.tr("empty: the station's list (ToDesk, Sunlogin, TeamViewer, "
                                                      "AnyDesk, QQ, WeChat, OBS …)"))
        self.recipients_list = QListWidget()
        self.recipients_list.setMaximumHeight(70)
        self.add_recipient_button = QPushButton(self.tr("Add a centre's results key (server-results.key.pub)…"))
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Exam id"), self.exam_id_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Question bank"), self.bank_combo)
        form.addRow(self.tr("Make-up"), self.makeup_combo)
        form.addRow(self.tr("Opens"), self.start_edit)
        form.addRow(self.tr("Closes"), self.end_edit)
        form.addRow(self.tr("Duration"), self.duration_spin)
        form.addRow(self.tr("Pass mark"), self.pass_spin)
        form.addRow(self.tr("Attempts"), self.attempts_spin)
        form.addRow(self.tr("Paper"), self.sections)
        form.addRow("", self.total_label)
        form.addRow("", self.leader_paper_box)
        form.addRow("", self.leader_sections)
        form.addRow("", self.leader_total_label)
        form.addRow(self.tr("Units"), self.units_edit)
        form.addRow(self.tr("Ranks"), self.ranks_edit)
        flags = QHBoxLayout()
        flags.addWidget(self.leaders_box)
        flags.addWidget(self.exempt_box)
        form.addRow("", flags)
        form.addRow(self.tr("Study points by the deadline"), self.points_spin)
        leaving = QHBoxLayout()
        leaving.addWidget(self.focus_spin)
        leaving.addWidget(self.focus_mode, 1)
        form.addRow(self.tr("Leaving the exam window"), leaving)
        pc = QGridLayout()   # two by two: fits the dialog's width at every text size
        for n, (check, label) in enumerate((("screens", self.tr("More than one screen")),
                                            ("remote", self.tr("Remote session")), ("vm", self.tr("Virtual machine")),
                                            ("programs", self.tr("Listed programs")))):
            pc.addWidget(QLabel(label), n // 2, (n % 2) * 2)
            pc.addWidget(self.pc_checks[check], n // 2, (n % 2) * 2 + 1)
        form.addRow(self.tr("Exam PC checks"), pc)
        form.addRow(self.tr("Programs to look for"), self.programs_edit)
        form.addRow("", self.review_box)
        form.addRow(self.tr("Centres receiving results"), self.recipients_list)
        form.addRow("", self.add_recipient_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.build_button = self.buttons.addButton(self.tr("Build the package"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.build_button.setObjectName("primary")
        self.buttons.accepted.connect(self.build)
        self.buttons.rejected.connect(self.reject)
        fields = QWidget()
        fields.setLayout(form)
        scroll = QScrollArea()   # with the leaders' paper the form is taller than a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.add_recipient_button.clicked.connect(self.ask_recipient)
        for table in (self.sections, self.leader_sections):
            for r in range(len(TYPES)):
                for c in (1, 2):
                    _spin(table, r, c).valueChanged.connect(lambda _v: self._show_total())
        self._show_total()

    def _sections_table(self) -> QTableWidget:
        table = QTableWidget(len(TYPES), 3)
        table.setHorizontalHeaderLabels([self.tr("Question type"), self.tr("How many"), self.tr("Points each")])
        table.resizeColumnsToContents()   # headings whole before any row is loaded
        table.verticalHeader().hide()
        for r, (key, name) in enumerate(TYPES):
            item = QTableWidgetItem(name)
            item.setData(256, key)
            table.setItem(r, 0, item)
            for c in (1, 2):
                spin = QSpinBox()
                spin.setRange(0, 500 if c == 1 else 100)
                table.setCellWidget(r, c, spin)
        table.resizeRowsToContents()
        table.setMinimumHeight(table.horizontalHeader().sizeHint().height() + 4 +
                               sum(table.rowHeight(r) for r in range(len(TYPES))))
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def set_section(self, qtype: str, count: int, points: int, leaders: bool = False) -> None:
        table = self.leader_sections if leaders else self.sections
        row = next(r for r, (key, _) in enumerate(TYPES) if key == qtype)
        _spin(table, row, 1).setValue(count)
        _spin(table, row, 2).setValue(points)

    @staticmethod
    def _sections_of(table: QTableWidget) -> list[dict]:
        return [{"type": TYPES[r][0], "count": _spin(table, r, 1).value(), "points": _spin(table, r, 2).value()}
                for r in range(len(TYPES)) if _spin(table, r, 1).value()]

    def _show_total(self) -> None:
        for table, label, text in ((self.sections, self.total_label, self.tr("Total: %1 points")),
                                   (self.leader_sections, self.leader_total_label,
                                    self.tr("Leaders' paper, total: %1 points"))):
            total = sum(section["count"] * section["points"] for section in self._sections_of(table))
            label.setText(text.replace("%1", str(total)))

    def ask_recipient(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A centre's results key"), "",
                                              self.tr("Key files (*.pub);;All files (*)"))
        if path:
            self.add_recipient(Path(path))

    def add_recipient(self, path: Path) -> None:
        try:
            self.recipient_texts.append(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            from examcore.refusals import explain
            self.error_label.setText(self.tr("%1 cannot be read: %2").replace("%1", path.name).replace("%2", explain(exc)))
            return
        self.recipients_list.addItem(path.name)

    def exam(self) -> dict:
        def listed(text: str) -> list[str]:
            return [x.strip() for x in text.replace("，", ",").split(",") if x.strip()]
        start = _local(self.start_edit.dateTime())
        end = _local(self.end_edit.dateTime())
        papers = {"general": self._sections_of(self.sections)}
        if self.leader_paper_box.isChecked():
            papers["leader"] = self._sections_of(self.leader_sections)
        eligibility = {"units": listed(self.units_edit.text()), "ranks": listed(self.ranks_edit.text()),
                       "leaders_only": self.leaders_box.isChecked(), "include_exempt": self.exempt_box.isChecked(),
                       **({"min_study_points": self.points_spin.value()} if self.points_spin.value() else {})}
        return {"exam_id": self.exam_id_edit.text().strip(), "title": self.title_edit.text().strip(),
                "duration_minutes": self.duration_spin.value(), "pass_mark": self.pass_spin.value(),
                "window_start": start.isoformat(), "window_end": (end if end > start else start + timedelta(days=1))
                .isoformat(), "max_attempts": self.attempts_spin.value(), "papers": papers,
                "eligibility": eligibility, "allow_review": self.review_box.isChecked(),
                "lockdown": {"max_focus_losses": self.focus_spin.value(), "focus_mode": self.focus_mode.currentData(),
                             **{f"{check}_mode": combo.currentData() for check, combo in self.pc_checks.items()},
                             **({"programs": listed(self.programs_edit.text())} if listed(self.programs_edit.text())
                                else {})}}

    def build(self) -> None:
        exam = self.exam()
        if not exam["exam_id"] or not exam["title"] or not exam["papers"]["general"]:
            self.error_label.setText(self.tr("Give the exam an id and a title, and the paper at least one section."))
            return
        if "leader" in exam["papers"] and not exam["papers"]["leader"]:
            self.error_label.setText(self.tr("Give the leaders' paper at least one section, or untick it."))
            return
        client, bank, recipients = self.client, self.bank_combo.currentText(), list(self.recipient_texts)
        makeup = self.makeup_combo.currentData()
        self.build_button.setEnabled(False)
        self.error_label.setText(self.tr("Building… (the start code's key derivation takes a moment)"))
        run_in_background(lambda: client.build_exam(exam, bank, recipients, makeup), self._built, self._failed, self)

    def _built(self, answer: dict) -> None:
        self.build_button.setEnabled(True)
        self.error_label.clear()
        self.built.emit(answer)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.build_button.setEnabled(True)
        self.error_label.setText(self.tr("Not built: %1").replace("%1", getattr(exc, "message", str(exc))))


class BuiltExamDialog(QDialog):
    """The start code and proctor password, shown once: write them down or save the sheet; and the package
    file for stations with no network."""

    def __init__(self, title: str, answer: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.answer = answer
        self.setWindowTitle(self.tr("Exam built: %1").replace("%1", title))
        resize_fitted(self, 560, 360)
        text = QTextBrowser()
        lines = [self.tr("Package %1 from %2 question(s); stations receive it with their next sync.")
                 .replace("%1", answer["package_id"]).replace("%2", str(answer["questions"]))]
        if answer.get("makeup_for"):
            lines.append(self.tr("Make-up for %1 learner(s) who were absent or failed.")
                         .replace("%1", str(answer["makeup_for"])))
        lines.append(self.tr("Start code: %1").replace("%1", f"<b style='font-size:18pt'>{answer['start_code']}</b>"))
        lines.append(self.tr("Proctor password: %1").replace("%1", f"<b>{answer['proctor_password']}</b>"))
        lines.append(self.tr("They are shown only now. Hand them to the exam centres in a sealed envelope."))
        text.setHtml("".join(f"<p>{line if '<b' in line else html.escape(line)}</p>" for line in lines))
        self.save_button = QPushButton(self.tr("Save the package file…"))
        self.saved_label = QLabel()
        self.saved_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.ask_save)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.saved_label)
        layout.addWidget(buttons)

    def ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("The exam package"), self.tr("exam.xfp"),
                                              self.tr("Exam packages (*.xfp)"))
        if path:
            self.save(Path(path))

    def save(self, path: Path) -> None:
        try:
            write_atomically(path, b64decode(self.answer["package"]))
        except OSError as exc:
            self.saved_label.setText(self.tr("Not saved: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.saved_label.setText(self.tr("Saved to %1").replace("%1", str(path)))
