"""异常成绩: results the server stored but holds back (not counted) because they broke an acceptance rule:
another unit's learner, another seat's station, an attempt over the limit, outside the window … The
administrator accepts (it counts from then on) or rejects each, with a reason; the server logs who and when."""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from examcore.cli_text import words_said
from desktop.services.admin_client import AdminClient
from desktop.services.background import run_in_background
from desktop.ui.confirm import confirm
from desktop.ui.local_time import local_time


class FlaggedPage(QWidget):
    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.results: list[dict] = []
        self.after_decision = ""   # what the last decision also did, said once with the reloaded list
        self.rule_combo = QComboBox()
        self.rule_combo.addItem(self.tr("All rules"), None)
        for code, text in self.rule_names().items():
            self.rule_combo.addItem(text, code)
        self.review_combo = QComboBox()
        for code, text in (("held", self.tr("Held back")), ("accepted", self.tr("Accepted")),
                           ("rejected", self.tr("Rejected")), ("all", self.tr("All, with those that count now"))):
            self.review_combo.addItem(text, code)
        # by unit (and the units below it) and by exam: filled from the server at the first load
        self.unit_combo, self.exam_combo = QComboBox(), QComboBox()
        self.unit_combo.addItem(self.tr("All units"), None)
        self.exam_combo.addItem(self.tr("All exams"), None)
        self.headers = [self.tr("Learner"), self.tr("Name"), self.tr("Unit"), self.tr("Exam"), self.tr("Score"),
                        self.tr("Station"), self.tr("Handed in"), self.tr("Rules broken"), self.tr("Decision")]
        self.table = QTableWidget(0, len(self.headers))
        self.table.setHorizontalHeaderLabels(self.headers)
        self.table.resizeColumnsToContents()   # headings whole before any row is loaded
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        self.accept_button = QPushButton(self.tr("Accept…"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rule")))
        top.addWidget(self.rule_combo, 1)
        top.addWidget(self.unit_combo, 1)
        top.addWidget(self.exam_combo, 1)
        top.addWidget(self.review_combo)
        top.addWidget(self.accept_button)
        top.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("These results are stored but not counted in reports until you accept them. "
                                        "Rejected results stay stored.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        self.rule_combo.activated.connect(lambda _i: self.load())
        self.review_combo.activated.connect(lambda _i: self.load())
        self.unit_combo.activated.connect(lambda _i: self.load())
        self.exam_combo.activated.connect(lambda _i: self.load())
        self.accept_button.clicked.connect(lambda: self.ask_decision("accept"))
        self.reject_button.clicked.connect(lambda: self.ask_decision("reject"))

    def rule_names(self) -> dict[str, str]:
        return {"learner_outside_unit": self.tr("learner of another unit"),
                "not_seated": self.tr("not seated in the sitting"),
                "seat_other_device": self.tr("seat checked in at another station"),
                "sitting_not_started": self.tr("before the sitting started"),
                "recorded_missing": self.tr("recorded as absent"),
                "second_in_sitting": self.tr("handed in again in the sitting"),
                "late_start": self.tr("started after the sitting or its login closed"),
                "clock_moved_back": self.tr("station clock set back"),
                "outside_window": self.tr("outside the exam window"),
                "over_duration": self.tr("over the time allowed"),
                "late_answers": self.tr("answers after time was up"),
                "slept_long": self.tr("PC asleep or program off over 10 minutes"),
                "second_result": self.tr("one attempt sealed twice"),
                "attempt_limit": self.tr("more attempts than allowed")}

    def load(self) -> None:
        rule, review = self.rule_combo.currentData(), self.review_combo.currentData()
        unit_id, exam_id = self.unit_combo.currentData(), self.exam_combo.currentData()
        client, choices = self.client, self.unit_combo.count() == 1   # the filters' choices once

        def fetch() -> dict:
            answer = client.flagged_results(rule, review, unit_id, exam_id)
            return {**answer, "units": client.units(), "exams": client.exams()} if choices else answer
        run_in_background(fetch, self._show, self._failed, self)

    def _fill_filters(self, units: list[dict], exams: list[dict]) -> None:
        for unit in units:
            self.unit_combo.addItem(unit["name"], unit["unit_id"])
        for exam in exams:
            self.exam_combo.addItem(exam["title"], exam["exam_id"])

    def _show(self, answer: dict) -> None:
        if "units" in answer and self.unit_combo.count() == 1:
            self._fill_filters(answer["units"], answer["exams"])
        self.results = answer["results"]
        names = self.rule_names()
        decisions = {"held": self.tr("waiting"), "accepted": self.tr("accepted"), "rejected": self.tr("rejected"),
                     "counted": self.tr("counts now")}
        self.table.setRowCount(len(self.results))
        for row, r in enumerate(self.results):
            decided = decisions.get(r["review"], r["review"])
            if r["reviewed_by"]:
                decided += f"（{self.reviewer(r['reviewed_by'])}：{r['review_reason']}）"
            if r.get("below"):
                decided += " " + self.below_words(r["below"], decisions)
            rules = "；".join(names.get(code, code) for code in r["flags"])
            facts = [words_said(f["detail"], f.get("words")) for f in r.get("facts", [])]   # how late, how long
            cells = [r["learner_no"], r["name"], r.get("unit_name") or r["unit_id"] or "",
                     r.get("exam_title") or r["exam_id"], r["score"],
                     (r.get("station_name") or r["device_id"]) + (f"（{r['room']}）" if r["room"] else ""),
                     local_time(r["submitted_at"]),
                     rules + "".join(f"（{fact}）" for fact in facts), decided]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setToolTip(str(text))   # a long cell read whole
                self.table.setItem(row, col, item)
        self._fit_columns()
        held = answer["held"].get("total", 0)
        told = self.tr("%1 result(s) held back, not counted.").replace("%1", str(held))
        self.status_label.setText(f"{self.after_decision}\n{told}" if self.after_decision else told)
        self.after_decision = ""

    def _fit_columns(self) -> None:
        """Each column but the rules' as wide as its longest cell, within reason (a cell read whole by its
        tooltip); the rules' takes the rest. Once per load: a few hundred rows at most."""
        header = self.table.horizontalHeader()
        for col in range(self.table.columnCount()):
            if header.sectionResizeMode(col) != QHeaderView.ResizeMode.Stretch:
                self.table.resizeColumnToContents(col)
                self.table.setColumnWidth(col, min(self.table.columnWidth(col), 220))

    def reviewer(self, reviewed_by: str) -> str:
        """Who decided: the mark a decision taken on the server's command line keeps is said, not quoted."""
        return reviewed_by.replace(" (server console)", self.tr(" (server console)"))

    def below_words(self, below: dict, decisions: dict) -> str:
        """What the lower server that relayed it decided, and whether this server followed it."""
        values = {"1": below["server"], "2": decisions.get(below["review"], below["review"]),
                  "3": self.reviewer(below["reviewed_by"]), "4": below["reason"]}
        # one pass: a server name holding "%4" is never filled with the reason
        text = re.sub(r"%([1-4])", lambda m: values[m.group(1)], self.tr("%1 decided: %2 by %3 (%4)"))
        if below["outcome"] == "kept":
            text += self.tr("; not followed here: %1").replace("%1", words_said(below["note"], below["note_words"]))
        return text

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.results[rows[0].row()] if rows else None

    def ask_decision(self, decision: str) -> None:
        r = self.selected()
        if r is None:
            self.status_label.setText(self.tr("Choose a result first."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reason"), self.tr("Why (kept with your name and the time):"),
                                          QLineEdit.EchoMode.Normal)
        if not ok:
            return
        if not reason.strip():
            self.status_label.setText(self.tr("A decision needs a reason."))
            return
        what = (self.tr("Accept the result of %1 (%2) in %3? It will count in the reports.") if decision == "accept"
                else self.tr("Reject the result of %1 (%2) in %3? It stays stored and never counts."))
        text = what.replace("%1", r["name"] or r["learner_no"]).replace("%2", r["learner_no"]).replace(
            "%3", r.get("exam_title") or r["exam_id"])
        text += "\n" + self.tr("Decided by %1.").replace("%1", self.client.username)
        if not confirm(self, self.tr("Decide"), text,   # Cancel is the default: Enter changes nothing
                       self.tr("Accept") if decision == "accept" else self.tr("Reject")):
            return
        client, result_id, why = self.client, r["result_id"], reason.strip()
        who = f"{r['name'] or r['learner_no']}（{r['learner_no']}）"
        run_in_background(lambda: client.decide(result_id, decision, why), lambda answer: self._decided(answer, who),
                          self._failed, self)

    def _decided(self, answer: dict, who: str) -> None:
        """Reload; a rejection that let the learner's other result count says so (outside round 18: the other
        result left the list unnoticed)."""
        counting = answer.get("now_counting") or []
        self.after_decision = (self.tr("%1's other result now counts (it was held only because of the attempt "
                                       "limit): %2").replace("%1", who).replace("%2", "；".join(
                                           self._described(result_id) for result_id in counting))
                               if counting else "")
        self.load()

    def _described(self, result_id: str) -> str:
        """A result as its row showed it (station, when handed in, score): the rows show no result ids
        (outside round 22); the id when it was not listed."""
        r = next((x for x in self.results if x["result_id"] == result_id), None)
        if r is None:
            return result_id
        return (self.tr("%1, handed in %2, score %3").replace("%1", r.get("station_name") or r["device_id"])
                .replace("%2", local_time(r["submitted_at"])).replace("%3", str(r["score"])))

    def _failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", None) == "over_limit":
            self.status_label.setText(self.tr("Not accepted: this learner already has as many counted attempts as "
                                              "the exam allows. Reject one of those first, then accept this one.")
                                      + "\n" + getattr(exc, "message", ""))   # the server's words name them
            return
        self.status_label.setText(self.tr("The server refused: %1").replace("%1", getattr(exc, "message", str(exc))))
