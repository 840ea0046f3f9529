"""Exam attempts on the station: start, save every answer durably, survive a kill, seal on submit.

Every change is an event in the attempt's hash chain, encrypted with the attempt's own key and committed
(WAL, synchronous=FULL) before the caller may show it as saved. Exam time is monotonic time used, persisted
with every event and every heartbeat; a restart continues from what was persisted and logs the gap.
"""
from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.login_types import LearnerInfo
from desktop.services.packages import PackageLibrary
from desktop.store.db import reset_connections
from desktop.store.models import Attempt, AttemptEvent, Learner, OutboxItem, Package, SealedResult, Setting
from desktop.store.station_keys import StationKeys
from examcore.canonical import canonical_json
from examcore.chain import Chain, Event, EventKind, responses_from_events
from examcore.clock import Clock, from_utc_naive, utc_naive
from examcore.crypto import aead
from examcore.exam import CheckMode
from examcore.grading import PaperGrade, Response, grade_paper
from examcore.package import ExamContent, PackageHeader
from examcore.paper import Paper
from examcore.proctor_codes import (CODE_ACTION_PREFIX, CODE_LEN, EXTRA_TIME, PAUSE, RESUME, UNPAUSE, code_ok,
                                    new_challenge, normalize, proctor_key)
from examcore.sealed import ResultPayload, seal_result
from examcore.timer import remaining_ms, wall_jump_ms
from examcore.window import WindowState, window_state

MAX_CODE_TRIES = 5      # wrong resume codes before the station makes a new challenge


class SaveFailed(Exception):
    """The database refused the write (disk full, read-only folder …). Nothing saved before is lost."""


class AttemptRefused(Exception):
    """codes: window_not_open, window_closed, no_attempts_left, not_eligible, points_short"""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Unlocked:
    """A package opened with its start code (the result of the slow KDF step)."""

    header: PackageHeader
    content_key: bytes
    content: ExamContent
    sitting_id: str | None = None   # the key was released over the LAN for this sitting; None: the start code


@dataclass(frozen=True)
class SubmissionReceipt:
    result_id: str
    content_hash: str
    submitted_at: datetime
    learner_no: str
    learner_name: str
    exam_title: str
    grade: PaperGrade
    pass_mark: int
    reason: str


# Built once: compiling a statement per answer cost more than the commit itself.
_INSERT_EVENT = insert(AttemptEvent.__table__)
_UPDATE_TIME = (update(Attempt.__table__).where(Attempt.__table__.c.attempt_id == bindparam("aid"))
                .values(elapsed_ms=bindparam("elapsed_ms"), saved_at=bindparam("saved_at")))


def _aad(attempt_id: str, seq: int) -> bytes:
    return f"{attempt_id}:{seq}".encode()


def _keys_label(attempt_id: str) -> str:
    return f"attempt-keys:{attempt_id}"


class AttemptService:
    def __init__(self, sessions: sessionmaker[Session], library: PackageLibrary, keys: StationKeys,
                 clock: Clock):
        self._sessions = sessions
        self._library = library
        self._keys = keys
        self._clock = clock

    def unlock(self, package_id: str, start_code: str) -> Unlocked:
        """Open a stored package with the start code. Slow (argon2id): run it off the GUI thread."""
        parsed = self._library.load(package_id)
        key = parsed.unwrap_with_start_code(start_code)
        return Unlocked(parsed.header, key, parsed.open_body(key))

    def begin(self, learner: LearnerInfo, unlocked: Unlocked) -> "ActiveAttempt":
        exam = unlocked.content.exam
        now = self._clock.now()
        state = window_state(exam.window_start, exam.window_end, now)
        if state is WindowState.NOT_OPEN:
            raise AttemptRefused("window_not_open", exam.window_start.isoformat())
        if state is WindowState.CLOSED:
            raise AttemptRefused("window_closed", exam.window_end.isoformat())
        running = self.in_progress_for(learner.learner_no, unlocked.header.package_id)
        if running:
            return self.resume(running)
        refusal = self._library.refusal_for(learner.learner_no, unlocked.header.package_id)
        if refusal:
            raise AttemptRefused("points_short" if refusal == "points_short" else "not_eligible", refusal)
        if self._library.submitted_count(learner.learner_no, exam.exam_id) >= exam.max_attempts:
            raise AttemptRefused("no_attempts_left", str(exam.max_attempts))
        attempt_id, seed, attempt_key = str(uuid.uuid4()), os.urandom(16), aead.new_key()
        variant = exam.variant_for(learner.is_leader)
        with self._sessions.begin() as s:
            s.add(Attempt(attempt_id=attempt_id, package_id=unlocked.header.package_id,
                          learner_no=learner.learner_no, variant=variant, seed=seed, started_at=utc_naive(now),
                          keys_wrapped=self._keys.wrap(unlocked.content_key + attempt_key,
                                                       _keys_label(attempt_id))))
        active = ActiveAttempt(self._sessions, self._keys, self._clock, attempt_id, learner, unlocked,
                               unlocked.content.draw(variant, seed), variant, seed, attempt_key, Chain(attempt_id),
                               base_elapsed_ms=0, extra_ms=0)
        # the sitting it was started for, and how: the servers check the result against the sitting's record
        active.log(EventKind.STARTED, {"variant": variant, "device": self._keys.device_id,
                                       "sitting_id": unlocked.sitting_id,
                                       "start": "sitting" if unlocked.sitting_id else "code"})
        return active

    def interrupted(self) -> str | None:
        """The attempt a crash, kill or power cut left running, which the station reopens at start.

        An attempt the proctor closed is not among them: it waits until its learner logs in again."""
        with self._sessions() as s:
            return s.scalars(select(Attempt.attempt_id).where(Attempt.state == "in_progress",
                                                              Attempt.closed_by_proctor.is_(False))
                             .order_by(Attempt.started_at.desc())).first()

    def in_progress_for(self, learner_no: str | None = None, package_id: str | None = None) -> str | None:
        """An attempt still running on this station, for this learner and package when given."""
        with self._sessions() as s:
            q = select(Attempt.attempt_id).where(Attempt.state == "in_progress")
            if learner_no:
                q = q.where(Attempt.learner_no == learner_no)
            if package_id:
                q = q.where(Attempt.package_id == package_id)
            return s.scalars(q.order_by(Attempt.started_at.desc())).first()

    # --- resuming after the grace period: only with the proctor's code ---------------------------

    def resume_challenge(self, attempt_id: str, grace_minutes: int) -> str | None:
        """None when the attempt may resume by itself (the station came back within the grace period);
        otherwise the challenge to show, the same until a code for it is used or too many were wrong."""
        with self._sessions.begin() as s:
            row = s.get(Attempt, attempt_id)
            assert row is not None
            away = self._clock.now() - from_utc_naive(row.saved_at or row.started_at)
            key = f"resume_challenge:{attempt_id}"
            current = s.get(Setting, key)
            if current is None and away <= timedelta(minutes=grace_minutes):
                return None
            if current is None:
                current = Setting(key=key, value=new_challenge(self._keys.device_id, attempt_id))
                s.add(current)
            return current.value

    def use_resume_code(self, attempt_id: str, typed: str) -> bool:
        """True (and the challenge is spent) when ``typed`` is the proctor's code for the challenge shown.
        After MAX_CODE_TRIES wrong codes the challenge is replaced, so guessing gets nowhere."""
        with self._sessions.begin() as s:
            row = s.get(Attempt, attempt_id)
            challenge = s.get(Setting, f"resume_challenge:{attempt_id}")
            if row is None or challenge is None:
                return False
            content_key = self._keys.unwrap(row.keys_wrapped, _keys_label(attempt_id))[:32]
            if code_ok(proctor_key(content_key, row.package_id), RESUME, challenge.value, typed):
                s.delete(challenge)
                s.execute(delete(Setting).where(Setting.key == f"resume_failures:{attempt_id}"))
                return True
            failures = s.get(Setting, f"resume_failures:{attempt_id}") or Setting(
                key=f"resume_failures:{attempt_id}", value="0")
            failures.value = str(int(failures.value) + 1)
            s.merge(failures)
            if int(failures.value) >= MAX_CODE_TRIES:
                challenge.value = new_challenge(self._keys.device_id, attempt_id)
                failures.value = "0"
                s.merge(failures)
            return False

    def resume(self, attempt_id: str) -> "ActiveAttempt":
        """Rebuild an attempt from the database exactly as last saved, and log the interruption."""
        with self._sessions() as s:
            row = s.get(Attempt, attempt_id)
            if row is None or row.state != "in_progress":
                raise ValueError(f"attempt {attempt_id} is not in progress")
            learner = s.get(Learner, row.learner_no)
            assert learner is not None
            blobs = list(s.scalars(select(AttemptEvent.blob).where(AttemptEvent.attempt_id == attempt_id)
                                   .order_by(AttemptEvent.seq)))
        secrets = self._keys.unwrap(row.keys_wrapped, _keys_label(attempt_id))
        content_key, attempt_key = secrets[:32], secrets[32:]
        parsed = self._library.load(row.package_id)
        unlocked = Unlocked(parsed.header, content_key, parsed.open_body(content_key))
        chain = Chain(attempt_id)
        for seq, blob in enumerate(blobs):
            chain.append(Event.from_dict(json.loads(aead.decrypt(attempt_key, blob, _aad(attempt_id, seq)))))
        info = LearnerInfo(learner.learner_no, learner.name, learner.unit, learner.is_leader)
        last_event = chain.events[-1] if chain.events else None
        # time used: the later of the last heartbeat and the last event (answers carry their own time)
        elapsed = max(row.elapsed_ms, last_event.elapsed_ms if last_event else 0)
        active = ActiveAttempt(self._sessions, self._keys, self._clock, attempt_id, info, unlocked,
                               unlocked.content.draw(row.variant, row.seed), row.variant, row.seed, attempt_key,
                               chain, base_elapsed_ms=elapsed, extra_ms=row.extra_ms)
        active.log(EventKind.INTERRUPTED, {
            "last_heartbeat_wall": from_utc_naive(row.saved_at).isoformat() if row.saved_at else None,
            "last_event_wall": last_event.wall if last_event else None})
        if row.closed_by_proctor:
            active.set_closed_by_proctor(False)
        return active

    def receipt_of(self, result_id: str) -> dict[str, Any]:
        """The public facts of a sealed result, for showing or printing its receipt again."""
        with self._sessions() as s:
            row = s.get(SealedResult, result_id)
            if row is None:
                raise KeyError(result_id)
            attempt = s.get(Attempt, row.attempt_id)
            pkg = s.get(Package, attempt.package_id) if attempt else None
            return {"result_id": row.result_id, "content_hash": row.content_hash,
                    "submitted_at": from_utc_naive(row.sealed_at), "exam_title": pkg.title if pkg else "",
                    "score": attempt.score_text if attempt else None,
                    "outcome": attempt.outcome if attempt else None, "learner_no": row.learner_no}


@dataclass
class ActiveAttempt:
    """One running attempt. Not thread-safe: owned by the GUI thread's exam runtime."""

    _sessions: sessionmaker[Session]
    _keys: StationKeys
    _clock: Clock
    attempt_id: str
    learner: LearnerInfo
    unlocked: Unlocked
    paper: Paper
    variant: str
    seed: bytes
    _attempt_key: bytes
    chain: Chain
    base_elapsed_ms: int
    extra_ms: int
    flags: set[str] = field(default_factory=set)
    responses: dict[str, Response] = field(default_factory=dict)
    submitted: SubmissionReceipt | None = None
    paused: bool = False   # the proctor stopped this learner's clock (a restart starts it again)
    _action_challenge: str | None = field(default=None, init=False, repr=False)
    _action_failures: int = field(default=0, init=False, repr=False)

    def __post_init__(self) -> None:
        self._engine = self._sessions.kw["bind"]
        self._mono_anchor = self._clock.monotonic_ms()
        self._last_wall, self._last_mono = self._clock.now(), self._mono_anchor
        self.responses = responses_from_events(self.chain.events)
        for ev in self.chain.events:
            if ev.kind == EventKind.FLAG:
                (self.flags.add if ev.data["on"] else self.flags.discard)(ev.data["q"])

    # --- time ------------------------------------------------------------------------------------

    @property
    def exam(self):
        return self.unlocked.content.exam

    def now(self) -> datetime:
        return self._clock.now()

    def proctor_password_ok(self, password: str) -> bool:
        try:
            return PasswordHasher().verify(self.unlocked.content.proctor_password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def elapsed_ms(self) -> int:
        if self.paused:
            return self.base_elapsed_ms
        return self.base_elapsed_ms + max(0, self._clock.monotonic_ms() - self._mono_anchor)

    # --- the proctor's actions (each once: the action id is kept in the chain) --------------------

    def applied_actions(self) -> set[str]:
        return {str(e.data["action_id"]) for e in self.chain.events if "action_id" in e.data}

    def grant_extra_time(self, minutes: int, reason: str, action_id: str, proof: dict | None = None) -> bool:
        """More time for this learner; False when this action was applied before. ``proof``: the proctor
        station's signed action and certificate, kept in the chain."""
        if action_id in self.applied_actions():
            return False
        self.log(EventKind.EXTRA_TIME, {"minutes": minutes, "reason": reason, "action_id": action_id,
                                        **({"proof": proof} if proof else {})})
        self.extra_ms += minutes * 60_000
        with self._engine.begin() as conn:
            conn.execute(update(Attempt.__table__).where(Attempt.__table__.c.attempt_id == self.attempt_id)
                         .values(extra_ms=self.extra_ms))
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
        self._mono_anchor = self._clock.monotonic_ms()
        self.log(EventKind.UNPAUSED, {"action_id": action_id, **({"proof": proof} if proof else {})})
        return True

    # --- the same actions with no network: the proctor's code for a challenge this station made ----

    def action_challenge(self) -> str:
        """The challenge the proctor types into the proctor tool; the same until a code for it is used or
        too many wrong codes were typed (then a new one, so guessing gets nowhere)."""
        if self._action_challenge is None:
            self._action_challenge = new_challenge(self._keys.device_id, self.attempt_id)
            self._action_failures = 0
        return self._action_challenge

    def use_action_code(self, kind: str, typed: str, minutes: int = 0, reason: str = "") -> str:
        """Apply the proctor's action if ``typed`` is its code for the challenge shown. Returns "applied",
        "wrong" (try again), "new_challenge" (too many wrong codes: the proctor needs a new code) or
        "not_now" (a pause while paused, a resume while running: nothing changes, the challenge stays)."""
        if (kind == PAUSE and self.paused) or (kind == UNPAUSE and not self.paused) or self.submitted is not None:
            return "not_now"
        challenge = self.action_challenge()
        key = proctor_key(self.unlocked.content_key, self.unlocked.header.package_id)
        if not code_ok(key, kind, challenge, typed, minutes if kind == EXTRA_TIME else 0):
            self._action_failures += 1
            if self._action_failures >= MAX_CODE_TRIES:
                self._action_challenge = None
                self.action_challenge()
                return "new_challenge"
            return "wrong"
        self._action_challenge = None   # each challenge serves one action
        action_id = CODE_ACTION_PREFIX + challenge
        proof = {"code": normalize(typed, CODE_LEN)}   # kept in the chain: the servers verify it too
        if kind == EXTRA_TIME:
            self.grant_extra_time(minutes, reason, action_id, proof)
        elif kind == PAUSE:
            self.pause(action_id, proof)
        else:
            self.unpause(action_id, proof)
        return "applied"

    def remaining_ms(self) -> int:
        return remaining_ms(self.exam.duration_minutes * 60_000, self.elapsed_ms(), self.extra_ms)

    def heartbeat(self) -> None:
        """Persist the time used and look for wall-clock jumps (called every second by the runtime)."""
        now, mono = self._clock.now(), self._clock.monotonic_ms()
        jump = wall_jump_ms(int((now - self._last_wall).total_seconds() * 1000), mono - self._last_mono)
        self._last_wall, self._last_mono = now, mono
        if jump:
            self.log(EventKind.CLOCK_JUMP, {"jump_ms": jump})
            return
        self._write(None, utc_naive(now))

    # --- events ----------------------------------------------------------------------------------

    def save_answer(self, question_id: str, response: Response) -> None:
        """Durably record an answer; raises SaveFailed, and then the answer is not saved."""
        self.log(EventKind.ANSWER, {"q": question_id, "r": list(response)})
        if any(part.strip() for part in response):
            self.responses[question_id] = tuple(response)
        else:
            self.responses.pop(question_id, None)

    def set_flag(self, question_id: str, on: bool) -> None:
        self.log(EventKind.FLAG, {"q": question_id, "on": on})
        (self.flags.add if on else self.flags.discard)(question_id)

    def log(self, kind: str, data: dict[str, Any]) -> Event:
        now = self._clock.now()
        event = self.chain.next_event(kind, self.elapsed_ms(), now.isoformat(), data)
        self._write(event, utc_naive(now))
        self.chain.append(event)
        return event

    def _write(self, event: Event | None, now_naive: datetime) -> None:
        """One small durable transaction: the encrypted event (which carries the time used), or the time."""
        try:
            with self._engine.begin() as conn:
                if event is not None:
                    blob = aead.encrypt(self._attempt_key, canonical_json(event.to_dict()),
                                        _aad(self.attempt_id, event.seq))
                    conn.execute(_INSERT_EVENT, {"attempt_id": self.attempt_id, "seq": event.seq, "blob": blob})
                else:
                    conn.execute(_UPDATE_TIME, {"aid": self.attempt_id, "elapsed_ms": self.elapsed_ms(),
                                                "saved_at": now_naive})
        except (SQLAlchemyError, OSError) as exc:
            reset_connections(self._sessions)
            raise SaveFailed(str(exc)) from exc

    def close_by_proctor(self) -> None:
        """The proctor closed the window: logged, and the station will not reopen it by itself."""
        self.log(EventKind.PROCTOR_EXIT, {})
        self.set_closed_by_proctor(True)

    def set_closed_by_proctor(self, closed: bool) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(update(Attempt.__table__).where(Attempt.__table__.c.attempt_id == self.attempt_id)
                             .values(closed_by_proctor=closed))
        except (SQLAlchemyError, OSError) as exc:
            reset_connections(self._sessions)
            raise SaveFailed(str(exc)) from exc

    # --- lockdown policy -------------------------------------------------------------------------

    def count(self, kind: str) -> int:
        return sum(1 for ev in self.chain.events if ev.kind == kind)

    def focus_limit_reached(self) -> bool:
        policy = self.exam.lockdown
        return policy.focus_mode is CheckMode.ENFORCE and self.count(EventKind.FOCUS_LOST) > policy.max_focus_losses

    # --- submit ----------------------------------------------------------------------------------

    def grade(self) -> PaperGrade:
        return grade_paper(self.paper, self.unlocked.content.questions, self.responses, self.exam.pass_mark,
                           self.exam.multiple_partial_credit)

    def submit(self, reason: str = "learner") -> SubmissionReceipt:
        """Seal the attempt and queue it for delivery, in one transaction. Idempotent once submitted."""
        if self.submitted:
            return self.submitted
        grade = self.grade()
        now = self._clock.now()
        final = self.chain.next_event(EventKind.SUBMITTED, self.elapsed_ms(), now.isoformat(),
                                      {"reason": reason, "score": grade.score_text})
        events = [*self.chain.events, final]
        header = self.unlocked.header
        envelope = seal_result(
            ResultPayload(self.attempt_id, self.seed, self.variant, self.paper.to_list(), events),
            exam_id=self.exam.exam_id, package_id=header.package_id, learner_no=self.learner.learner_no,
            sitting_id=self.chain.events[0].data.get("sitting_id") if self.chain.events else None,
            station_score=grade.score_text, outcome=grade.outcome.value,
            submitted_at=now.isoformat(), recipients=header.recipients, device_key=self._keys.device_key,
            device_id=self._keys.device_id)
        naive = utc_naive(now)
        try:
            with self._sessions.begin() as s:
                s.execute(insert(AttemptEvent).values(
                    attempt_id=self.attempt_id, seq=final.seq,
                    blob=aead.encrypt(self._attempt_key, canonical_json(final.to_dict()),
                                      _aad(self.attempt_id, final.seq))))
                s.add(SealedResult(result_id=envelope.result_id, attempt_id=self.attempt_id,
                                   learner_no=self.learner.learner_no, exam_id=self.exam.exam_id,
                                   envelope=envelope.to_bytes(), content_hash=envelope.content_hash, sealed_at=naive))
                s.flush()
                s.add(OutboxItem(result_id=envelope.result_id, created_at=naive))
                s.execute(update(Attempt).where(Attempt.attempt_id == self.attempt_id).values(
                    state="submitted", elapsed_ms=self.elapsed_ms(), saved_at=naive,
                    result_id=envelope.result_id, score_text=grade.score_text, outcome=grade.outcome.value))
        except (SQLAlchemyError, OSError) as exc:
            reset_connections(self._sessions)
            raise SaveFailed(str(exc)) from exc
        self.chain.append(final)
        self.submitted = SubmissionReceipt(envelope.result_id, envelope.content_hash, now,
                                           self.learner.learner_no, self.learner.name, self.exam.title, grade,
                                           self.exam.pass_mark, reason)
        return self.submitted

