"""Delivering the outbox in the background: never on the GUI thread, with backoff, cleared only on receipts.

The server may appear or vanish at any moment; results simply wait in the outbox until it answers.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.background import run_in_background
from desktop.services.downward import policy, pull_changes
from desktop.services.server_link import station_client
from examcore.sync_client import SyncClient, SyncError
from desktop.station import Station
from desktop.store.models import Setting

log = logging.getLogger(__name__)
STUDY_BATCH = 200
MIN_WAIT_S, MAX_WAIT_S = 30, 600


@dataclass(frozen=True)
class SyncState:
    enrolled: bool
    online: bool | None = None          # None: not tried yet
    pending: int = 0
    last_sync: datetime | None = None   # the last time the server confirmed everything it got
    last_error: str = ""
    busy: bool = False
    last_code: str = ""                 # the SyncError code of the last failure (certificate_changed, …)


class SyncRunner(QObject):
    state_changed = Signal(object)   # SyncState, after every attempt and at start
    progress = Signal(int, int)      # results confirmed so far, results to send
    changes_applied = Signal(object)  # PullOutcome: new learners, packages, … (the exam list may refresh)

    def __init__(self, station: Station, parent: QObject | None = None):
        super().__init__(parent)
        self._station = station
        self._wait_s = MIN_WAIT_S
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)
        self.state = SyncState(enrolled=self._server_url() is not None,
                               pending=len(station.results.pending()))

    def _server_url(self) -> str | None:
        with self._station.sessions() as s:
            row = s.get(Setting, "server_url")
            return row.value if row else None

    def start(self) -> None:
        self.state_changed.emit(self.state)
        if self.state.enrolled:
            self._timer.start(0)

    def stop(self) -> None:
        self._timer.stop()

    def sync_now(self) -> None:
        if self.state.busy:
            return
        url = self._server_url()
        if url is None:
            self._set(replace(self.state, enrolled=False))
            return
        self._set(replace(self.state, enrolled=True, busy=True))
        run_in_background(lambda: self._deliver(url), self._delivered, self._failed, self)

    def _deliver(self, url: str) -> tuple[int, int]:  # on a worker thread
        results = self._station.results
        pending = results.pending()
        client = station_client(self._station, url, timeout=10)
        client.health()
        confirmed, refused = 0, []
        for start in range(0, len(pending), 50):
            outcomes = client.deliver(pending[start:start + 50])
            cleared, _ = results.apply_signed_receipts([o["receipt"].encode() for o in outcomes if o.get("receipt")])
            confirmed += cleared
            self.progress.emit(confirmed, len(pending))
            refused += [o for o in outcomes if o["status"] in ("refused", "conflict")]
        refused += self._deliver_study(client)
        # roster, packages, policy, cached for offline work; taken even when a result was refused
        pulled = pull_changes(self._station, client)
        if pulled.applied:
            self.changes_applied.emit(pulled)
        if refused:
            raise SyncError(refused[0]["reason"], f"the server refused a result: {refused[0]['detail']}")
        return confirmed, len(results.pending())

    def _deliver_study(self, client: SyncClient) -> list[dict]:
        """Study records, cleared only by the server's signed receipt; a refused one stays to be looked at."""
        study, refused = self._station.study, []
        while batch := study.pending(STUDY_BATCH):
            outcomes, receipt = client.deliver_study(batch)
            refused += [{"reason": o["status"], "detail": o["detail"]} for o in outcomes
                        if o["status"] in ("refused", "conflict")]
            if study.apply_receipt(receipt) == 0:
                break   # nothing the server would hold: do not send the same batch again now
        return refused

    def _interval_s(self) -> int:
        return int(policy(self._station).get("sync_interval_seconds", MIN_WAIT_S))

    def _delivered(self, counts: tuple[int, int]) -> None:
        _confirmed, left = counts
        self._wait_s = self._interval_s()
        self._set(SyncState(True, True, left, self._station.clock.now(), "", False))
        self._timer.start(self._wait_s * 1000)

    def _failed(self, exc: BaseException) -> None:
        log.info("sync failed: %s", exc)
        self._wait_s = min(max(self._wait_s, self._interval_s()) * 2, MAX_WAIT_S)  # back off while it is away
        code = exc.code if isinstance(exc, SyncError) else ""
        # a stranger's certificate is not our server; an address without TLS (enrolled before it) is not used
        online = code not in ("unreachable", "certificate_changed", "plain_http", "no_pin")
        self._set(replace(self.state, online=online, busy=False, last_error=str(exc), last_code=code,
                          pending=len(self._station.results.pending())))
        self._timer.start(self._wait_s * 1000)

    def _set(self, state: SyncState) -> None:
        self.state = state
        self.state_changed.emit(state)
