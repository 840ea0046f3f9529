"""Delivering the outbox in the background: never on the GUI thread, with backoff, cleared only on receipts.

The server may appear or vanish at any moment; results simply wait in the outbox until it answers.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.background import run_in_background
from desktop.services.downward import DownwardPull
from desktop.services.outbox import Outbox
from desktop.services.server_link import ServerLink
from desktop.services.sync_steps import SyncReport, UpwardDelivery, run_sync
from examcore.clock import Clock
from examcore.sync_client import SyncError

log = logging.getLogger(__name__)
MIN_WAIT_S, MAX_WAIT_S = 30, 600
# a stranger's certificate is not our server; an address without TLS (enrolled before it) is not used
OFFLINE_CODES = frozenset({"unreachable", "no_answer", "certificate_changed", "plain_http", "no_pin"})


@dataclass(frozen=True)
class SyncState:
    enrolled: bool
    online: bool | None = None          # None: not tried yet
    pending: int = 0
    last_sync: datetime | None = None   # the last time the server confirmed everything it got
    last_error: str = ""
    busy: bool = False
    last_code: str = ""                 # the SyncError code of the last failure (certificate_changed, …)
    refused: int = 0                    # results or records the server refused last time (they stay here)
    refusal: str = ""                   # the first one's reason code
    pull_failed: bool = False           # delivered, but the server's changes could not be taken


class SyncRunner(QObject):
    state_changed = Signal(object)   # SyncState, after every attempt and at start
    progress = Signal(int, int)      # results confirmed so far, results to send
    changes_applied = Signal(object)  # PullOutcome: new learners, packages, … (the exam list may refresh)

    def __init__(self, link: ServerLink, upward: UpwardDelivery, downward: DownwardPull, outbox: Outbox,
                 clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self._link, self._upward, self._downward, self._outbox, self._clock = link, upward, downward, outbox, clock
        self._wait_s = MIN_WAIT_S
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.state = SyncState(enrolled=link.url() is not None, pending=len(outbox.pending_results()))

    def start(self) -> None:
        self.state_changed.emit(self.state)
        if self.state.enrolled:
            self._timer.start(0)

    def stop(self) -> None:
        self._timer.stop()

    def sync_now(self) -> None:
        if self.state.busy:
            return
        url = self._link.url()
        if url is None:   # results leave by USB: the count still follows every submit (issue 19)
            self._set(replace(self.state, enrolled=False, pending=len(self._outbox.pending_results())))
            return
        self._set(replace(self.state, enrolled=True, busy=True))
        run_in_background(lambda: self._deliver(url), self._delivered, self._failed, self)

    def _deliver(self, url: str) -> SyncReport:  # on a worker thread
        client = self._link.client(url, timeout=10)
        client.health()   # unreachable: nothing is tried (SyncError, the window says the server is away)
        report = run_sync(self._upward, self._downward, client, self.progress.emit)
        if report.pulled is not None and report.pulled.applied:
            self.changes_applied.emit(report.pulled)
        return report

    def _interval_s(self) -> int:
        return int(self._downward.policy().get("sync_interval_seconds", MIN_WAIT_S))

    def _delivered(self, report: SyncReport) -> None:
        """Each step told on its own: what was delivered stays delivered when the pull then fails."""
        failed = report.deliver if not report.deliver.done else report.pull if not report.pull.done else None
        if failed is None and not report.refused:
            self._wait_s = self._interval_s()
        else:
            self._wait_s = min(max(self._wait_s, self._interval_s()) * 2, MAX_WAIT_S)
        last_sync = self._clock.now() if report.deliver.done else self.state.last_sync
        self._set(SyncState(True, online=failed is None or failed.code not in OFFLINE_CODES, pending=report.left,
                            last_sync=last_sync, last_error=failed.detail if failed else "", busy=False,
                            last_code=failed.code if failed else "", refused=len(report.refused),
                            refusal=report.refused[0]["reason"] if report.refused else "",
                            pull_failed=report.deliver.done and not report.pull.done))
        self._timer.start(self._wait_s * 1000)

    def _failed(self, exc: BaseException) -> None:
        log.info("sync failed: %s", exc)
        self._wait_s = min(max(self._wait_s, self._interval_s()) * 2, MAX_WAIT_S)  # back off while it is away
        code = exc.code if isinstance(exc, SyncError) else ""
        self._set(replace(self.state, online=code not in OFFLINE_CODES, busy=False, last_error=str(exc), last_code=code,
                          pending=len(self._outbox.pending_results())))
        self._timer.start(self._wait_s * 1000)

    def _set(self, state: SyncState) -> None:
        self.state = state
        self.state_changed.emit(state)
