"""A running attempt: its time, its answers and flags, the proctor's actions that change its clock.

Exam time is monotonic time used, persisted with every event and every heartbeat (the answer journal); a
restart continues from what was persisted and logs the gap. The proctor's codes typed at the seat are in
code_actions.py, handing in is in sealing.py.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from desktop.services.attempts.code_actions import CodeActions
from desktop.services.attempts.journal import AnswerJournal, content_label
from desktop.services.attempts.outcomes import AnswerRefused, SubmissionReceipt, Unlocked
from desktop.services.attempts.sealing import grade_with_late, seal_and_queue
from desktop.services.login_types import LearnerInfo
from desktop.services.station_time import StationTime
from desktop.store.station_keys import KeyStoreError, StationKeys
from examcore.chain import Chain, Event, EventKind, responses_from_events
from examcore.clock import Clock, utc_naive
from examcore.exam import CheckMode
from examcore.grading import PaperGrade, Response
from examcore.paper import Paper
from examcore.timer import remaining_ms, suspend_gap_ms, wall_jump_ms

ALIVE_EVERY = timedelta(seconds=15)   # how often a running attempt tells the key service it still runs
log = logging.getLogger(__name__)


@dataclass
class ActiveAttempt:
    """One running attempt. Not thread-safe: owned by the GUI thread's exam runtime."""

    sessions: sessionmaker[Session]
    keys: StationKeys   # the station's keys: its device key signs the sealed result
    clock: Clock
    attempt_id: str
    learner: LearnerInfo
    unlocked: Unlocked
    paper: Paper
    variant: str
    seed: bytes
    journal: AnswerJournal
    chain: Chain
    base_elapsed_ms: int
    extra_ms: int
    flags: set[str] = field(default_factory=set)
    responses: dict[str, Response] = field(default_factory=dict)
    submitted: SubmissionReceipt | None = None
    paused: bool = False   # the proctor stopped this learner's clock (a restart starts it again)
    time_mark: StationTime | None = None   # the station's time mark, moved on with every heartbeat
    charge_suspend: bool = False           # policy: time the PC slept counts against the learner
    codes: CodeActions = field(init=False, repr=False)   # the proctor's codes typed at this seat
    _alive_told: int | None = field(default=None, init=False, repr=False)   # monotonic ms of the last note

    def __post_init__(self) -> None:
        self._mono_anchor = self.clock.monotonic_ms()
        self._last_wall, self._last_mono = self.clock.now(), self._mono_anchor
        self.responses = responses_from_events(self.chain.events)
        for ev in self.chain.events:
            if ev.kind == EventKind.FLAG:
                (self.flags.add if ev.data["on"] else self.flags.discard)(ev.data["q"])
        self.codes = CodeActions(self, self.sessions, self.keys)

    # --- time ------------------------------------------------------------------------------------

    @property
    def exam(self):
        return self.unlocked.content.exam

    def now(self) -> datetime:
        return self.clock.now()

    def elapsed_ms(self) -> int:
        if self.paused:
            return self.base_elapsed_ms
        return self.base_elapsed_ms + max(0, self.clock.monotonic_ms() - self._mono_anchor)

    def remaining_ms(self) -> int:
        return remaining_ms(self.exam.duration_minutes * 60_000, self.elapsed_ms(), self.extra_ms)

    def check_suspend(self) -> bool:
        """Look for a sleep since the last heartbeat: a monotonic gap far above the heartbeat interval
        (examcore.timer.suspend_gap_ms). Logged as one ``suspended`` event; by default (policy
        charge_suspend 0) the gap is not exam time. The runtime calls this on every tick, before it looks at
        the time left, so a long sleep never ends the exam before it is noticed."""
        now, mono = self.clock.now(), self.clock.monotonic_ms()
        gap = suspend_gap_ms(mono - self._last_mono)
        if not gap:
            return False
        wall_gap = int((now - self._last_wall).total_seconds() * 1000)
        if not self.charge_suspend and not self.paused:
            self._mono_anchor += min(gap, max(0, mono - self._mono_anchor))   # only what ran the clock
        self._last_wall, self._last_mono = now, mono
        self.log(EventKind.SUSPENDED, {"gap_ms": gap, "wall_gap_ms": wall_gap, "charged": self.charge_suspend})
        return True

    def heartbeat(self) -> None:
        """Persist the time used and look for sleeps and wall-clock jumps (called every second by the
        runtime). A wall-only jump (the clock was changed; or a sleep where the monotonic clock stops) is
        logged as ``clock_jump`` and, as exam time is monotonic, not charged either."""
        if self.time_mark is not None:
            self.time_mark.observe()
        if self.check_suspend():
            self.journal.write_time(self.elapsed_ms(), utc_naive(self.clock.now()))
            return
        now, mono = self.clock.now(), self.clock.monotonic_ms()
        jump = wall_jump_ms(int((now - self._last_wall).total_seconds() * 1000), mono - self._last_mono)
        self._last_wall, self._last_mono = now, mono
        if jump:
            self.log(EventKind.CLOCK_JUMP, {"jump_ms": jump})
            return
        self.journal.write_time(self.elapsed_ms(), utc_naive(now))
        if self._alive_told is None or mono - self._alive_told >= ALIVE_EVERY.total_seconds() * 1000:
            self._alive_told = mono
            try:   # the key service keeps when it last ran, the time used and how many events it had, for the
                # resume (kept from the learner, who can write the database's)
                self.keys.attempt_progress(self.attempt_id, self.time_mark.now() if self.time_mark else now,
                                           self.elapsed_ms(), len(self.chain.events))
            except KeyStoreError as exc:
                log.warning("the key service did not note the running attempt: %s", exc)

    # --- the proctor's actions that change the clock (each once: the action id is kept in the chain) --

    def applied_actions(self) -> set[str]:
        return {str(e.data["action_id"]) for e in self.chain.events if "action_id" in e.data}

    def grant_extra_time(self, minutes: int, reason: str, action_id: str, proof: dict | None = None) -> bool:
        """More time for this learner; False when this action was applied before. ``proof``: the proctor
        station's signed action and certificate (or the proctor's code), kept in the chain."""
        if action_id in self.applied_actions():
            return False
        self.log(EventKind.EXTRA_TIME, {"minutes": minutes, "reason": reason, "action_id": action_id,
                                        **({"proof": proof} if proof else {})})
        self.extra_ms += minutes * 60_000
        self.journal.write_row(extra_ms=self.extra_ms)
        return True

    def pause(self, action_id: str, proof: dict | None = None) -> bool:
        """The learner's clock stops (the proctor deals with a problem at the seat)."""
        if self.paused or action_id in self.applied_actions():
            return False
        self.base_elapsed_ms = self.elapsed_ms()
        self.paused = True
        self.log(EventKind.PAUSED, {"action_id": action_id, **({"proof": proof} if proof else {})})
        return True

    def unpause(self, action_id: str, proof: dict | None = None) -> bool:
        if not self.paused or action_id in self.applied_actions():
            return False
        self.paused = False
        self._mono_anchor = self.clock.monotonic_ms()
        self.log(EventKind.UNPAUSED, {"action_id": action_id, **({"proof": proof} if proof else {})})
        return True

    def close_by_proctor(self) -> None:
        """The proctor closed the window (by closing code, kept as the proof, or by the proctor password):
        logged, and the station will not reopen it by itself."""
        self.log(EventKind.PROCTOR_EXIT, self.codes.take_exit_proof())
        self.set_closed_by_proctor(True)

    def set_closed_by_proctor(self, closed: bool) -> None:
        self.journal.write_row(closed_by_proctor=closed)

    # --- events ----------------------------------------------------------------------------------

    def save_answer(self, question_id: str, response: Response) -> None:
        """Durably record an answer; raises SaveFailed, and then the answer is not saved, or AnswerRefused
        (time_up) once the time limit with its extra time has passed (graders would ignore it anyway)."""
        self.check_suspend()   # a sleep just now is not time used
        if self.remaining_ms() <= 0:
            raise AnswerRefused("time_up")
        self.log(EventKind.ANSWER, {"q": question_id, "r": list(response)})
        if any(part.strip() for part in response):
            self.responses[question_id] = tuple(response)
        else:
            self.responses.pop(question_id, None)

    def set_flag(self, question_id: str, on: bool) -> None:
        self.log(EventKind.FLAG, {"q": question_id, "on": on})
        (self.flags.add if on else self.flags.discard)(question_id)

    def log(self, kind: str, data: dict[str, Any]) -> Event:
        """Append one event to the chain, durably first (raises SaveFailed, and then it is not in the chain)."""
        event = self.chain.next_event(kind, self.elapsed_ms(), self.clock.now().isoformat(), data)
        self.journal.write_event(event)
        self.chain.append(event)
        return event

    # --- lockdown policy -------------------------------------------------------------------------

    def count(self, kind: str) -> int:
        return sum(1 for ev in self.chain.events if ev.kind == kind)

    def focus_limit_reached(self) -> bool:
        policy = self.exam.lockdown
        return policy.focus_mode is CheckMode.ENFORCE and self.count(EventKind.FOCUS_LOST) > policy.max_focus_losses

    # --- handing in (sealing.py) -----------------------------------------------------------------

    def grade(self) -> PaperGrade:
        return grade_with_late(self)[0]

    def grade_with_late(self) -> tuple[PaperGrade, list[int]]:
        return grade_with_late(self)

    def submit(self, reason: str = "learner") -> SubmissionReceipt:
        """Seal the attempt and queue it for delivery, in one transaction. Idempotent once submitted."""
        if self.submitted is None:
            self.submitted = seal_and_queue(self, reason)
            # handed in: its exam's key is no longer kept for a resume (a copy of the data folder whose row
            # says "in progress" again finds none: outside round 77)
            try:
                self.keys.forget(content_label(self.attempt_id))
            except KeyStoreError as exc:   # handed in all the same; a reboot forgets it
                log.warning("the exam's key of a handed-in attempt is still held: %s", exc)
        return self.submitted
