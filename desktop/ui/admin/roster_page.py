"""The learners of a unit (the server limits them to the admin's subtree): import and export Excel rosters
(new learners' account slips saved beside the file), reset a password to a one-time initial one, and open
a learner's personal archive (一人一档) across the years."""
from __future__ import annotations

from base64 import b64decode
from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog,
                               QHBoxLayout, QLabel, QPushButton, QTableWidget, QTableWidgetItem,
                               QTextBrowser, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.background import run_in_background
from desktop.ui.confirm import confirm
from desktop.ui.local_time import local_time
from desktop.ui.screen_fit import resize_fitted
from examcore.banks.common import RowProblem
from examcore.bundle import write_atomically


class RosterPage(QWidget):
    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.learners: list[dict] = []
        self._asked = 0   # refreshes asked for: only the latest one's answer is shown
        self.notice = ""
        self.unit_combo = QComboBox()
        self.below_box = QCheckBox(self.tr("With the units under it"))
        self.below_box.setChecked(True)   # a city or a centre has few learners of its own: show its people
        self.unit_names: dict[str, str] = {}
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Learner number"), self.tr("Name"), self.tr("Unit"),
                                              self.tr("Rank"), self.tr("Status"), self.tr("Phone")])
        self.table.resizeColumnsToContents()   # headings whole before any row is loaded
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)   # columns are sized once per listing
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.archive_button = QPushButton(self.tr("Personal archive…"))
        self.import_button = QPushButton(self.tr("Import an Excel roster…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Unit")))
        top.addWidget(self.unit_combo, 1)
        top.addWidget(self.below_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status_label)
        self.unit_combo.activated.connect(lambda _i: self.refresh())
        self.below_box.toggled.connect(lambda _on: self.refresh())
        self.reset_button.clicked.connect(self.ask_reset)
        self.archive_button.clicked.connect(self.show_archive)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def load(self) -> None:
        run_in_background(self.client.units, self._units, self._failed, self)

    def _units(self, units: list[dict]) -> None:
        self.unit_combo.clear()
        self.unit_names = {u["unit_id"]: u["name"] for u in units}
        for u in sorted(units, key=lambda u: (u["parent_id"] is not None, u["unit_id"])):
            self.unit_combo.addItem(f"{u['name']} ({u['unit_id']})", u["unit_id"])
        self.refresh()

    def refresh(self) -> None:
        unit_id, client, below = self.unit_combo.currentData(), self.client, self.below_box.isChecked()
        if unit_id is not None:
            self._asked += 1
            asked = self._asked   # an answer to an earlier question (another unit) arriving late is not shown
            run_in_background(lambda: client.learners(unit_id, below),
                              lambda learners: self._show(learners) if asked == self._asked else None,
                              self._failed, self)

    def _show(self, learners: list[dict]) -> None:
        self.learners = learners
        status = {"active": self.tr("active"), "transferred": self.tr("transferred"), "retired": self.tr("retired"),
                  "exempt": self.tr("exempt")}
        self.table.setRowCount(len(learners))
        for r, x in enumerate(learners):
            rank = x["rank"] + (self.tr(" (leader)") if x["is_leader"] else "")
            shown = status.get(x["status"], x["status"])
            if x["status"] == "exempt":   # why, and until when: the unit approved it on a written request
                shown = self.tr("exempt: %1").replace("%1", x.get("exempt_reason") or "")
                if x.get("exempt_until"):
                    shown += self.tr(" (until %1)").replace("%1", x["exempt_until"])
            unit = self.unit_names.get(x["unit_id"], x["unit_id"])
            for c, text in enumerate((x["learner_no"], x["name"], unit, rank, shown, x["phone"] or "")):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        counted = self.tr("%1 learner(s)").replace("%1", str(len(learners)))
        self.status_label.setText(f"{self.notice}\n{counted}" if self.notice else counted)
        self.notice = ""   # an import's outcome stays on screen over the refresh that follows it
        self._update_buttons()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.learners[rows[0].row()] if rows and rows[0].row() < len(self.learners) else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.reset_button.setEnabled(chosen)
        self.archive_button.setEnabled(chosen)

    def ask_reset(self) -> None:
        learner = self.selected()
        if learner is None:
            return
        if confirm(self, self.tr("Reset password"),
                   self.tr("Give %1 a new one-time initial password? Their old password stops working at every "
                           "station once it has synced; they must choose a new one at their next login.")
                   .replace("%1", f"{learner['name']} ({learner['learner_no']})"), self.tr("Reset password")):
            self.reset(learner["learner_no"])

    def reset(self, learner_no: str) -> None:
        client = self.client
        run_in_background(lambda: client.reset_password(learner_no), self._reset_done, self._failed, self)

    def _reset_done(self, answer: dict) -> None:
        self.last_password = answer["initial_password"]
        self.status_label.setText(self.tr("New one-time password for %1: %2. Give it to the learner in person; "
                                          "they choose their own at the first login.")
                                  .replace("%1", answer.get("learner_no", "")).replace("%2", answer["initial_password"]))

    def show_archive(self) -> None:
        learner = self.selected()
        if learner is not None:
            client = self.client
            run_in_background(lambda: client.archive(learner["learner_no"]), self._archive, self._failed, self)

    def _archive(self, archive: dict) -> None:
        self.archive_dialog = ArchiveDialog(archive, self)
        self.archive_dialog.open()

    # --- Excel rosters -----------------------------------------------------------------------------

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Excel roster"), "",
                                              self.tr("Excel workbooks (*.xlsx *.xls);;All files (*)"))
        if path:
            self.import_roster(Path(path))

    def import_roster(self, path: Path) -> None:
        client = self.client

        def work():   # the import and the account slips beside the file, both off the GUI thread
            done = client.import_roster(path.read_bytes(), path.name)
            slips, problem = None, None
            if done.get("slips_pdf"):
                slips = path.with_name(path.stem + ".slips.pdf")
                try:
                    write_atomically(slips, b64decode(done["slips_pdf"]))
                except OSError as exc:
                    slips, problem = None, exc
            return path, done, slips, problem
        self.status_label.setText(self.tr("Importing %1… Each new learner's one-time password takes the server "
                                          "about a tenth of a second to make (a roster of 1,000 new learners "
                                          "about two minutes): wait for this line to change.").replace("%1", path.name))
        run_in_background(work, self._imported, self._import_failed, self)

    def _imported(self, answer: tuple[Path, dict, Path | None, OSError | None]) -> None:
        path, done, slips, problem = answer
        text = self.tr("%1: %2 new learner(s), %3 updated (%4 moved to another unit).").replace("%1", path.name) \
            .replace("%2", str(done["added"])).replace("%3", str(done["updated"])).replace("%4", str(done["transferred"]))
        if slips is not None:
            text += " " + self.tr("Account slips with the one-time passwords: %1 (print, hand out, then delete the "
                                  "file).").replace("%1", str(slips))
        elif problem is not None:
            text += " " + self.tr("The account slips could not be written: %1. Reset those passwords to print "
                                  "new ones.").replace("%1", str(problem))
        self.notice = text
        self.status_label.setText(text)
        self.refresh()

    def _import_failed(self, exc: BaseException) -> None:
        payload = getattr(exc, "payload", {})
        problems = payload.get("problems", [])
        details = payload.get("details")
        if isinstance(details, list) and len(details) == len(problems):   # in the window's language
            problems = [RowProblem.said_of(sent, text) for sent, text in zip(details, problems, strict=True)]
        if getattr(exc, "code", "") == "no_answer":   # it may have been imported: never "import it again" blindly
            self.status_label.setText(self.tr(
                "The server took the roster but its answer did not come back, so it may have been imported. Look "
                "the new learners up in this list before importing it again: if they are there, give them new "
                "passwords with Reset password…"))
            self.refresh()
            return
        self.status_label.setText(self.tr("Nothing was changed. Fix these and import the file again:") + "\n" +
                                  "\n".join(problems[:20]) if problems else
                                  self.tr("Not done: %1").replace("%1", getattr(exc, "message", str(exc))))

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the roster"), self.tr("roster.xlsx"),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.export_roster(Path(path))

    def export_roster(self, path: Path) -> None:
        client, unit_id = self.client, self.unit_combo.currentData()

        def work():
            write_atomically(path, client.export_roster(unit_id))
            return path
        run_in_background(work, lambda p: self.status_label.setText(self.tr("Saved to %1").replace("%1", str(p))),
                          self._failed, self)

    def _failed(self, exc: BaseException) -> None:
        self.status_label.setText(self.tr("Not done: %1").replace("%1", getattr(exc, "message", str(exc))))


class ArchiveDialog(QDialog):
    """一人一档: every exam attempt and each year's study points of one learner."""

    def __init__(self, archive: dict, parent: QWidget | None = None):
        super().__init__(parent)
        learner = archive["learner"]
        self.setWindowTitle(self.tr("Personal archive: %1").replace("%1", learner["name"]))
        resize_fitted(self, 640, 480)
        lines = [f"<h3>{learner['name']}（{learner['learner_no']}）</h3>"]
        for exam in archive["exams"]:
            lines.append(f"<p><b>{exam.get('title') or exam['exam_id']}</b></p><ul>")
            for a in exam["attempts"]:
                verdict = {"passed": self.tr("passed"), "failed": self.tr("failed")}.get(a.get("outcome") or "",
                                                                                       self.tr("pending"))
                lines.append(f"<li>{local_time(a.get('submitted_at'))} · {a.get('score', '')} · {verdict}</li>")
            lines.append("</ul>")
        for year in archive.get("study", []):
            lines.append("<p>" + self.tr("Study points %1: %2").replace("%1", str(year.get("year", "")))
                         .replace("%2", str(year.get("points", ""))) + "</p>")
        if not archive["exams"] and not archive.get("study"):
            lines.append("<p>" + self.tr("No exams or study records yet.") + "</p>")
        self.text = QTextBrowser()
        self.text.setHtml("".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
