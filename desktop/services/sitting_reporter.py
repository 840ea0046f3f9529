"""During an exam in a sitting: tell the centre how this seat is doing every few seconds, and apply the
proctor's actions that come back (extra time, pause, resume, hand in). Each action is applied once: its
id is kept in the attempt's chain and reported back as applied."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.services.attempts import ActiveAttempt
from desktop.services.background import run_in_background
from desktop.services.sittings import SittingService, SittingStatus
from examcore.chain import EventKind
from examcore.proctor_codes import CODE_ACTION_PREFIX

REPORT_MS = 3000
MAX_KINDS = 20   # irregularity kinds in one seat report (sync_server/sittings/service.py refuses more)
COUNTED = (EventKind.FOCUS_LOST, EventKind.CLOCK_JUMP, EventKind.INTERRUPTED, EventKind.INACTIVE,
           EventKind.SUSPENDED, EventKind.CLOCK_BEHIND, EventKind.SYSTEM_FOCUS, EventKind.ENVIRONMENT,
           EventKind.DROP_REFUSED, EventKind.PROCTOR_PASSWORD_WRONG)
ACTION_OF_EVENT = {EventKind.EXTRA_TIME: "extra_time", EventKind.PAUSED: "pause", EventKind.UNPAUSED: "unpause"}


def seat_report(attempt: ActiveAttempt, state: str = "in_progress") -> dict:
    counts: dict[str, int] = {}
    for e in attempt.chain.events:
        if e.kind in COUNTED:   # environment findings by check, so the proctor sees which ("environment:screens")
            key = f"{e.kind}:{e.data.get('check', '')}"[:40] if e.kind == EventKind.ENVIRONMENT else e.kind
            counts[key] = counts.get(key, 0) + 1
    if len(counts) > MAX_KINDS:   # the centre takes at most 20 kinds: the rarest are summed as "other"
        kept = sorted(counts, key=lambda k: -counts[k])[:MAX_KINDS - 1]
        counts = {**{k: counts[k] for k in kept}, "other": sum(v for k, v in counts.items() if k not in kept)}
    report = {"state": state, "answered": len(attempt.responses), "total": len(attempt.paper.items),
              "time_left_ms": max(0, attempt.remaining_ms()), "irregularities": counts,
              "applied": sorted(attempt.applied_actions()), "by_code": by_code(attempt)}
    if attempt.submitted is not None:
        report["result_id"] = attempt.submitted.result_id
    return report


def by_code(attempt: ActiveAttempt) -> list[dict]:
    """The proctor's actions taken by code at this seat (no network then): the centre adds them to the
    sitting's audit log when the station reaches it again."""
    return [{"action_id": e.data["action_id"], "kind": ACTION_OF_EVENT[e.kind], "minutes": int(e.data.get("minutes", 0)),
             "reason": str(e.data.get("reason", "")), "at": e.wall,
             **({"code": e.data["proof"]["code"]} if "code" in (e.data.get("proof") or {}) else {})}
            for e in attempt.chain.events
            if e.kind in ACTION_OF_EVENT and str(e.data.get("action_id", "")).startswith(CODE_ACTION_PREFIX)]


class SittingReporter(QObject):
    action_applied = Signal(str, dict)   # kind, the action (minutes, reason): the exam window says so
    hand_in_wanted = Signal()            # the proctor handed this exam in

    def __init__(self, sittings: SittingService, attempt: ActiveAttempt, parent: QObject | None = None):
        super().__init__(parent)
        self._sittings, self.attempt = sittings, attempt
        self._busy = False
        self._timer = QTimer(self)
        self._timer.setInterval(REPORT_MS)
        self._timer.timeout.connect(self.report_now)

    def start(self) -> None:
        self._timer.start()
        self.report_now()

    def stop(self) -> None:
        self._timer.stop()

    def report_now(self) -> None:
        if self._busy or self.attempt.submitted is not None:
            return
        self._busy = True
        report = seat_report(self.attempt)
        run_in_background(lambda: self._sittings.check_in(self.attempt.learner.learner_no, report, want_key=False),
                          self._answered, self._failed, self)

    def _failed(self, _exc: BaseException) -> None:
        self._busy = False   # the LAN is gone for now: the exam goes on; offline codes remain

    def _answered(self, status: SittingStatus) -> None:
        self._busy = False
        if not status.seated:
            self.stop()      # an exam outside any sitting: nobody to report to
            return
        self.apply(status.actions)

    def apply(self, actions) -> None:
        a = self.attempt
        for action in actions:
            action_id, kind = str(action["action_id"]), action["kind"]
            if a.submitted is not None or action_id in a.applied_actions():
                continue
            proof = action.get("proof")   # the proctor station's signed action, checked by SittingService
            if kind == "extra_time":
                done = a.grant_extra_time(int(action["minutes"]), str(action.get("reason", "")), action_id, proof)
            elif kind == "pause":
                done = a.pause(action_id, proof)
            elif kind == "unpause":
                done = a.unpause(action_id, proof)
            elif kind == "force_submit":
                a.log(EventKind.FORCED_SUBMIT, {"action_id": action_id, "reason": action.get("reason", ""),
                                                **({"proof": proof} if proof else {})})
                self.hand_in_wanted.emit()
                return
            else:
                continue
            if done:
                self.action_applied.emit(kind, dict(action))
