"""One sync of a station with its server, step by step: deliver (results, then study records and password
changes), then pull (roster, packages, policy). Each step has its own outcome, so a LAN cut after the
delivery is reported as "delivered, pull failed", never as results that stayed when they left.

Used by `xuefa sync` and the window's background sync alike (desktop/services/sync_runner.py).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.downward import DownwardPull, PullOutcome
from desktop.services.outbox import Outbox
from desktop.store.models import Setting
from examcore.clock import Clock
from examcore.receipt import ReceiptError
from examcore.study.records import RecordKind
from examcore.sync_client import SyncClient, SyncError

log = logging.getLogger(__name__)
RESULT_BATCH = 50
STUDY_BATCH = 200
LAST_DELIVERED, LAST_PULLED = "last_delivered_at", "last_pulled_at"   # settings: when each step last finished
LAST_PULL_FAILED = "last_pull_failed_at"   # setting: when taking the server's changes last failed (said by status)
LAST_DELIVERY_FAILED = "last_delivery_failed_at"   # setting: when a delivery last did not finish (said by status)
ENROLMENT_STATE = "enrolment_state"   # settings: approved | pending | revoked, as the server last answered
_STATE_OF = {"device_not_enrolled": "pending", "device_revoked": "revoked"}   # a delivery refused for it

# exit status of `xuefa sync` (docs/installing.md): bits, so that two things at once are both told
EXIT_REFUSED = 1          # the server refused some results or records: they stay here, each with its reason
EXIT_DELIVERY_FAILED = 2  # delivery did not finish (network, server): what was not confirmed stays here
EXIT_PULL_FAILED = 4      # the changes from the server could not be taken (what was delivered stays delivered)


@dataclass
class StepOutcome:
    done: bool = False   # the step ran to its end
    code: str = ""       # why not: the SyncError code (unreachable, certificate_changed, …)
    detail: str = ""     # the technical detail, for the log and --verbose


@dataclass
class SyncReport:
    pending_before: int = 0       # results waiting when the sync began
    confirmed: int = 0            # results the server confirmed by signed receipt (cleared here)
    records_confirmed: int = 0    # study records and password changes confirmed
    passwords_confirmed: int = 0  # of which password changes
    left: int = 0                 # results still waiting afterwards
    records_left: int = 0         # study records and password changes still waiting afterwards
    # {"id", "reason", "detail", "kind", "learner_no", "exam_id"}: kept here; kind: result, or a RecordKind
    # value (password, reading …); exam_id for a result only
    refused: list[dict] = field(default_factory=list)
    # {"id", "detail", "detail_words", "learner_no"}: stored there, not applied (a password change a reset or
    # a rule overrides)
    not_taken: list[dict] = field(default_factory=list)
    deliver: StepOutcome = field(default_factory=StepOutcome)
    pull: StepOutcome = field(default_factory=StepOutcome)
    pulled: PullOutcome | None = None

    @property
    def exit_code(self) -> int:
        return ((EXIT_REFUSED if self.refused else 0) | (0 if self.deliver.done else EXIT_DELIVERY_FAILED)
                | (0 if self.pull.done else EXIT_PULL_FAILED))


def _failed(step: StepOutcome, exc: SyncError | ReceiptError, what: str) -> None:
    step.code, step.detail = getattr(exc, "code", "") or "error", str(exc)
    log.warning("sync: %s failed (%s): %s", what, exc.code, exc)


class UpwardDelivery:
    """The upward half of a sync, the outbox's LAN road: results, then study records and password changes,
    each cleared here only by the server's signed receipt; and the last times each half finished, for
    `xuefa status`."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock, outbox: Outbox):
        self._sessions, self._clock, self._outbox = sessions, clock, outbox

    def deliver(self, client: SyncClient, report: SyncReport,
                progress: Callable[[int, int], None] | None = None) -> None:
        """Fill the report's delivery half (never raises SyncError: a failure is in ``report.deliver``)."""
        outbox = self._outbox
        pending = outbox.pending_results()
        report.pending_before = len(pending)
        try:
            for start in range(0, len(pending), RESULT_BATCH):
                outcomes = client.deliver(pending[start:start + RESULT_BATCH])
                cleared, _ = outbox.clear_results(
                    [o["receipt"].encode() for o in outcomes if isinstance(o.get("receipt"), str)])
                report.confirmed += cleared
                sent = {e.result_id: e.meta for e in pending[start:start + RESULT_BATCH]}
                report.refused += [{"id": o["result_id"], "reason": _reason(o.get("reason") or o["status"]),
                                    "detail": str(o.get("detail", ""))[:500], "kind": "result",
                                    "learner_no": str(sent.get(o["result_id"], {}).get("learner_no", "")),
                                    "exam_id": str(sent.get(o["result_id"], {}).get("exam_id", ""))}
                                   for o in outcomes if o["status"] in ("refused", "conflict")]
                if progress is not None:
                    progress(report.confirmed, len(pending))
            unanswered = len(pending) - report.confirmed - len(report.refused)
            self._deliver_records(client, report)
            if unanswered > 0:   # "stored" without a receipt (a device in between, another program): they stay
                report.deliver.code = "not_confirmed"
                report.deliver.detail = f"{unanswered} result(s) answered without a signed receipt"
                log.warning("sync: %s", report.deliver.detail)
            else:
                report.deliver.done = True
            if report.confirmed or report.records_confirmed:   # "last delivered" means something reached it
                self.note(LAST_DELIVERED)
        except (SyncError, ReceiptError) as exc:   # a receipt that does not verify clears nothing
            _failed(report.deliver, exc, "delivery")
        if not report.deliver.done:
            self.note(LAST_DELIVERY_FAILED)
        state = "approved" if report.deliver.done else _STATE_OF.get(report.deliver.code)
        if state is not None:
            with self._sessions.begin() as s:
                s.merge(Setting(key=ENROLMENT_STATE, value=state))
        report.left = len(outbox.pending_results())
        report.records_left = outbox.count_records()

    def note(self, key: str) -> None:
        """Record now as when a step (LAST_DELIVERED, LAST_PULLED) last finished."""
        with self._sessions.begin() as s:
            s.merge(Setting(key=key, value=self._clock.now().isoformat(timespec="seconds")))

    def _deliver_records(self, client: SyncClient, report: SyncReport) -> None:
        """Study records and password changes, cleared only by the server's signed receipt; a refused one
        stays to be looked at."""
        outbox = self._outbox
        for batch in outbox.record_batches(STUDY_BATCH):   # a refused record stays, and is not sent again now
            outcomes, receipt = client.deliver_study(batch)
            named = outbox.named([str(o["record_id"]) for o in outcomes])
            report.refused += [{"id": o["record_id"], "reason": o["status"], "detail": o.get("detail", ""),
                                "kind": named.get(str(o["record_id"]), ("", ""))[0],
                                "learner_no": named.get(str(o["record_id"]), ("", ""))[1]}
                               for o in outcomes if o["status"] in ("refused", "conflict")]
            report.not_taken += [{"id": o["record_id"], "detail": o["detail"], "detail_words": o.get("detail_words"),
                                  "learner_no": named.get(str(o["record_id"]), ("", ""))[1]}
                                 for o in outcomes if o["status"] == "stored" and o.get("detail")]
            by_kind = outbox.clear_records(receipt)
            cleared = sum(by_kind.values())
            report.records_confirmed += cleared
            report.passwords_confirmed += by_kind.get(RecordKind.PASSWORD.value, 0)


def run_sync(upward: UpwardDelivery, downward: DownwardPull, client: SyncClient,
             progress: Callable[[int, int], None] | None = None) -> SyncReport:
    """Deliver then pull; never raises SyncError (each step's failure is in the report). ``progress``:
    called with (results confirmed so far, results to send) after each batch."""
    report = SyncReport()
    upward.deliver(client, report, progress)
    try:   # taken even when something was refused or the delivery broke off: the roster may be what is wrong
        report.pulled = downward.pull(client)
        report.pull.done = True
        upward.note(LAST_PULLED)
    except SyncError as exc:
        _failed(report.pull, exc, "taking changes")
        upward.note(LAST_PULL_FAILED)
    return report


def _reason(value: object) -> str:
    """A refusal's reason as a server names it (device_revoked …); anything else (an object, a page of
    text from a device in between) is no reason this station can say: bad_answer."""
    return value if isinstance(value, str) and value.isidentifier() and len(value) <= 40 else "bad_answer"
