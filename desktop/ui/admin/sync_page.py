"""This server's Sync page: its state, "sync upstream now" with progress, USB bundles both ways (a
station's bundle in, with the receipt file to carry back; this server's bundle out, and the upstream's
receipts in), and the stations waiting for approval."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
                               QLabel, QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop.services.admin_client import AdminClient
from desktop.services.background import run_in_background
from desktop.ui.confirm import confirm
from desktop.ui.local_time import local_time
from examcore.bundle import write_atomically
from examcore.cli_text import words_said
from examcore.refusals import plain_network_refusal


class _Progress(QObject):
    """Carries the sync's progress lines from its background thread to the GUI thread."""
    line = Signal(dict)


class SyncPage(QWidget):
    def __init__(self, client: AdminClient, parent: QWidget | None = None):
        super().__init__(parent)
        self.client = client
        self.devices: list[dict] = []
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Sync upstream now"))
        self.sync_button.setObjectName("primary")
        self.progress = QProgressBar()
        self.progress.hide()
        self.sync_label = QLabel()
        self.sync_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import a station's USB bundle…"))
        self.export_button = QPushButton(self.tr("Export this server's bundle for the upstream…"))
        self.receipts_button = QPushButton(self.tr("Import the upstream's receipt file…"))
        self.usb_label = QLabel()
        self.usb_label.setWordWrap(True)
        self.devices_table = QTableWidget(0, 4)
        self.devices_table.setHorizontalHeaderLabels([self.tr("Station"), self.tr("State"), self.tr("Where (room, seat)"),
                                                      self.tr("Asked")])
        self.devices_table.resizeColumnsToContents()   # headings whole before any row is loaded
        self.devices_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.devices_table.verticalHeader().hide()
        self.devices_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # a few stations always in sight (the page scrolls on a small screen rather than squeeze them to half a row)
        self.devices_table.setMinimumHeight(self.devices_table.verticalHeader().defaultSectionSize() * 6)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.revoke_button = QPushButton(self.tr("Revoke"))
        state_box = QGroupBox(self.tr("This server"))
        QVBoxLayout(state_box).addWidget(self.state_label)
        sync_box = QGroupBox(self.tr("The upstream (province)"))
        s = QVBoxLayout(sync_box)
        s.addWidget(self.sync_button)
        s.addWidget(self.progress)
        s.addWidget(self.sync_label)
        usb_box = QGroupBox(self.tr("USB bundles (when no network reaches)"))
        u = QGridLayout(usb_box)
        u.addWidget(self.import_button, 0, 0)   # two a row: three were 1015 px wide (issue 19, 1093×614)
        u.addWidget(self.export_button, 0, 1)
        u.addWidget(self.receipts_button, 1, 1)
        u.addWidget(self.usb_label, 2, 0, 1, 2)
        devices_box = QGroupBox(self.tr("Stations"))
        d = QVBoxLayout(devices_box)
        d.addWidget(self.devices_table)
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        d.addLayout(row)
        layout = QVBoxLayout(self)
        for box in (state_box, sync_box, usb_box):
            layout.addWidget(box)
        layout.addWidget(devices_box, 1)
        self._progress = _Progress(self)
        self._progress.line.connect(self._show_progress)
        self.sync_button.clicked.connect(self.sync_now)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.receipts_button.clicked.connect(self.ask_receipts)
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)

    # --- state -----------------------------------------------------------------------------------

    def load(self) -> None:
        client = self.client
        run_in_background(lambda: (client.status(), client.devices()), self._show, self._failed, self)

    def _show(self, answer: tuple[dict, list[dict]]) -> None:
        status, devices = answer
        upstream = status["upstream"] or self.tr("none set (use USB bundles, or xuefa-server set-upstream)")
        self.state_label.setText(
            self.tr("%1: %2 result(s) held, %3 station(s) waiting for approval, %4 alert(s).\nUpstream: %5. "
                    "Not yet confirmed upstream: %6 result(s), %7 study record(s). Last taken from it: %8; last "
                    "sent to it: %9.")
            .replace("%1", status["name"]).replace("%2", str(status["results"]))
            .replace("%3", str(status["devices_waiting"])).replace("%4", str(len(status["alerts"])))
            .replace("%5", upstream).replace("%6", str(status["to_relay"])).replace("%7", str(status["study_to_relay"]))
            .replace("%8", local_time(status["last_taken"], seconds=True) or self.tr("never"))
            .replace("%9", local_time(status["last_relayed"], seconds=True) or self.tr("never"))
            + "".join("\n" + self.tr("The last import of a USB bundle from %1 stopped at %2 with %3 of %4 result(s) "
                                      "done: import the same file again (nothing is stored twice).")
                      .replace("%1", gone["sender"]).replace("%2", local_time(gone["at"], seconds=True))
                      .replace("%3", str(gone["done"])).replace("%4", str(gone["total"]))
                      for gone in status.get("imports_stopped", [])))   # (a server of an earlier version: none)
        self.sync_button.setEnabled(bool(status["upstream"]) and not status["syncing"])
        self.devices = sorted(devices, key=lambda d: (d["status"] != "pending", d["device_id"]))
        words = {"pending": self.tr("waiting for approval"), "approved": self.tr("approved"),
                 "revoked": self.tr("revoked")}
        self.devices_table.setRowCount(len(self.devices))
        for r, dev in enumerate(self.devices):
            note = words_said(dev.get("note") or "", dev.get("note_words"))   # the server's words, or the station's name
            for c, text in enumerate((dev["device_id"], words.get(dev["status"], dev["status"]), note,
                                      local_time(dev.get("requested_at")))):
                self.devices_table.setItem(r, c, QTableWidgetItem(text))
        self.devices_table.resizeColumnsToContents()

    # --- sync upstream now -----------------------------------------------------------------------

    def sync_now(self) -> None:
        client, signal = self.client, self._progress.line
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)   # busy until the relay says how much there is
        self.progress.show()
        self.sync_label.setText(self.tr("Taking the upstream's changes…"))
        run_in_background(lambda: client.sync_upstream(signal.emit), self._synced, self._sync_failed, self)

    def _show_progress(self, line: dict) -> None:
        if line.get("stage") == "relay" and line.get("total"):
            self.progress.setRange(0, int(line["total"]))
            self.progress.setValue(int(line["done"]))
            self.sync_label.setText(self.tr("Sending results: %1 of %2").replace("%1", str(line["done"]))
                                    .replace("%2", str(line["total"])))

    def _synced(self, outcome: dict) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        held = self.tr("both sides hold the same %1 result(s)").replace("%1", str(outcome["count"])) \
            if outcome["match"] else self.tr("this server holds %1 result(s), the upstream %2 from this server: not "
                                             "the same").replace("%1", str(outcome["count"])).replace(
                                                 "%2", str(outcome.get("upstream_count", "?")))
        text = self.tr("Done: %1 result(s) sent, %2 already there; %3. %4 study record(s) sent.") \
            .replace("%1", str(outcome["sent"])).replace("%2", str(outcome["already_there"])) \
            .replace("%3", held).replace("%4", str(outcome["study_sent"]))
        if outcome.get("reviews_sent"):
            text += " " + self.tr("%1 review decision(s) told to the upstream.").replace("%1", str(outcome["reviews_sent"]))
        if outcome.get("reviews_kept"):
            text += " " + self.tr("The upstream did not follow %1 of them (decided there already, or held there for "
                                     "its own rules); its administrators see why.").replace(
                "%1", str(outcome["reviews_kept"]))
        if outcome.get("reviews_failed"):
            text += " " + self.tr("Review decisions could not be told this time; they are told on the next sync.")
        if outcome["refused"] or outcome["study_refused"]:
            text += " " + self.tr("The upstream refused %1: see xuefa-server status.").replace(
                "%1", str(outcome["refused"] + outcome["study_refused"]))
        self.sync_label.setText(text)
        self.load()

    def _sync_failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self.sync_button.setEnabled(True)
        if getattr(exc, "code", "") == "no_upstream":   # nothing stopped: nothing to sync with
            self.sync_label.setText(self.tr(
                "This server has no upstream server yet: set it on the server (xuefa-server set-upstream, with a "
                "code from the administrator above), or carry the results by USB (Export this server's bundle for "
                "the upstream, below)."))
            return
        relayed = getattr(exc, "payload", {}).get("relayed")
        before = self.tr("%1 result(s) sent to the upstream and confirmed; then ").replace(
            "%1", str(relayed.get("sent", 0))) if isinstance(relayed, dict) else ""
        self.sync_label.setText(before + self.tr("the sync stopped: %1. Nothing is lost; run it again to go on from "
                                                 "where it stopped.").replace("%1", plain_network_refusal(
                                                     getattr(exc, "code", "") or "error",
                                                     getattr(exc, "message", str(exc)))))

    # --- USB bundles -----------------------------------------------------------------------------

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("A station's USB bundle"), "",
                                              self.tr("Result bundles (*.xfr *.xfb);;All files (*)"))
        if path:
            self.import_bundle(Path(path))

    def import_bundle(self, path: Path) -> None:
        client = self.client

        def work():   # the import and the receipt file on the stick, both off the GUI thread
            done = client.import_bundle(path.read_bytes())
            if not done.get("receipt_file"):   # nothing stored here: no receipt to carry back
                return path, done, None, None
            receipts = path.with_name(path.stem + ".receipts.json")
            try:
                write_atomically(receipts, done["receipt_file"].encode("utf-8"))
            except OSError as exc:
                return path, done, None, exc
            return path, done, receipts, None
        run_in_background(work, self._imported, self._usb_failed, self)

    def _imported(self, answer: tuple[Path, dict, Path | None, OSError | None]) -> None:
        path, done, receipts, problem = answer
        counts, why = self._counted(done["counts"]), self._refusals(done.get("problems") or [])
        if receipts is None and problem is None:
            self.usb_label.setText(self.tr("%1 from %2: %3. Nothing in it was stored here, so no receipt file was "
                                           "written: the results stay on the station.")
                                   .replace("%1", path.name).replace("%2", done["sender"]).replace("%3", counts)
                                   + why)
            self.load()
            return
        if receipts is None:
            self.usb_label.setText(self.tr("Imported, but the receipt file could not be written next to the bundle "
                                           "(%1). Import the bundle again to get it.").replace("%1", str(problem)))
            return
        self.usb_label.setText(self.tr("%1 from %2: %3. Carry %4 back to the station (xuefa import-receipts).")
                               .replace("%1", path.name).replace("%2", done["sender"]).replace("%3", counts)
                               .replace("%4", receipts.name) + why)
        self.load()

    def _counted(self, counts: dict[str, int]) -> str:
        """"2 stored, 1 refused" in the window's language (the server sends outcome statuses)."""
        words = {"stored": self.tr("%1 stored"), "duplicate": self.tr("%1 already held"),
                 "refused": self.tr("%1 refused"), "conflict": self.tr("%1 in conflict")}
        return self.tr(", ").join(words.get(k, k + " %1").replace("%1", str(n)) for k, n in sorted(counts.items())) \
            or self.tr("nothing")

    @staticmethod
    def _refusals(problems: list[dict], upstream: bool = False) -> str:
        """Why each result was refused, in words with what to do (the first five; the server logs all).
        ``upstream``: refused by the server above (its receipt file said so), not here."""
        from examcore.refusals import plain_result_refusal
        return "".join(f"\n{str(p.get('result_id') or '?')[:8]}: "
                       f"{plain_result_refusal(str(p.get('reason', '')), str(p.get('detail') or ''), upstream)}"
                       for p in problems[:5])

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Bundle for the upstream"), self.tr("centre.xfr"),
                                              self.tr("Result bundles (*.xfr)"))
        if path:
            self.export_bundle(Path(path))

    def export_bundle(self, path: Path) -> None:
        client = self.client

        def work():
            data, count = client.export_bundle()
            write_atomically(path, data)   # the stick never holds half a bundle under its name
            return path, count
        run_in_background(work, lambda a: self.usb_label.setText(
            self.tr("%1 result(s) written to %2. Carry it to the upstream and bring back its receipt file.")
            .replace("%1", str(a[1])).replace("%2", str(a[0]))), self._usb_failed, self)

    def ask_receipts(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The upstream's receipt file"), "",
                                              self.tr("Receipt files (*.json);;All files (*)"))
        if path:
            self.import_receipts(Path(path))

    def import_receipts(self, path: Path) -> None:
        client = self.client
        run_in_background(lambda: client.import_receipts(path.read_bytes()), self._receipts_imported,
                          self._usb_failed, self)

    def _receipts_imported(self, answer: dict) -> None:
        text = self.tr("%1 result(s) confirmed by the upstream.").replace("%1", str(answer["confirmed"]))
        if answer.get("already"):   # the same file read again
            text += " " + self.tr("%1 had been confirmed before.").replace("%1", str(answer["already"]))
        if answer.get("study"):
            text += " " + self.tr("%1 study record(s) and password change(s) confirmed.").replace(
                "%1", str(answer["study"]))
        if answer.get("not_taken"):   # a password given out here that may not work elsewhere (round 93)
            text += " " + self.tr("The upstream kept but did not take the password reset or change of learner(s) "
                                  "%1: it holds a newer one, which comes down with the next sync.").replace(
                "%1", "、".join(o["learner_no"] for o in answer["not_taken"][:10]))
        if answer.get("passwords"):   # the upstream's later password, brought down by the file (round 95)
            text += " " + self.tr("The upstream's password of learner(s) %1 was taken from the file; the stations "
                                  "get it with their next sync.").replace("%1", "、".join(answer["passwords"][:10]))
        if answer.get("refused"):   # why the others stay here (round 91 of issue 20: only the count was told)
            text += " " + self.tr("%1 refused by the upstream:").replace("%1", str(len(answer["refused"]))) + \
                self._refusals(answer["refused"], upstream=True)
        self.usb_label.setText(text)
        self.load()

    def _usb_failed(self, exc: BaseException) -> None:
        if getattr(exc, "code", "") == "bundle_import_running":   # the same sender's file, in another window
            running = getattr(exc, "payload", {}) or {}
            self.usb_label.setText(self.tr("Not read: a bundle from %1 is already being imported (%2 of %3 "
                                           "result(s) done). Wait for it to end, then import this file again: "
                                           "what is already stored is recognised.")
                                   .replace("%1", str(running.get("sender", ""))).replace(
                                       "%2", str(running.get("done", 0))).replace("%3", str(running.get("total", 0))))
            return
        self.usb_label.setText(self.tr("Not done: %1").replace("%1", getattr(exc, "message", str(exc))))

    # --- stations --------------------------------------------------------------------------------

    def selected_device(self) -> dict | None:
        rows = self.devices_table.selectionModel().selectedRows()
        return self.devices[rows[0].row()] if rows and rows[0].row() < len(self.devices) else None

    def approve_selected(self) -> None:
        device, client = self.selected_device(), self.client
        if device is not None:
            run_in_background(lambda: client.approve(device["device_id"], client.unit_id), lambda _d: self.load(),
                              self._usb_failed, self)

    def revoke_selected(self) -> None:
        device, client = self.selected_device(), self.client
        if device is None:
            return
        note = words_said(device.get("note") or "", device.get("note_words"))
        who = f"{device['device_id']}" + (f"（{note}）" if note else "")
        if confirm(self, self.tr("Revoke a station"),
                   self.tr("Revoke %1? From now on every result and request it sends is refused here and on the "
                           "servers above; results it has not delivered stay on it. Only an approval takes it "
                           "back.").replace("%1", who), self.tr("Revoke")):
            run_in_background(lambda: client.revoke(device["device_id"]), lambda _d: self.load(), self._usb_failed,
                              self)

    def _failed(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        self.state_label.setText(self.tr("Only this server's top administrator sees and runs its syncing.")
                                 if code == "forbidden" else
                                 self.tr("Not loaded: %1").replace("%1", getattr(exc, "message", str(exc))))
        for b in (self.sync_button, self.import_button, self.export_button, self.receipts_button,
                  self.approve_button, self.revoke_button):
            b.setEnabled(code != "forbidden")
