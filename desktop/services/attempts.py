"""Exam attempts on the station: start, save every answer durably, survive a kill, seal on submit.

Every change is an event in the attempt's hash chain, encrypted with the attempt's own key and committed
(WAL, synchronous=FULL) before the caller may show it as saved. Exam time is monotonic time used, persisted
with every event and every heartbeat; a restart continues from what was persisted and logs the gap.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.login_types import LearnerInfo
from desktop.services.packages import PackageLibrary
from desktop.services.proctor_keys import ProctorKeys
from desktop.services.server_knowledge import (attempts_sat, handed_in_at_open_sitting, seated_unconfirmed,
                                               sitting_refusal)
from desktop.services.station_time import StationTime
from desktop.store.db import reset_connections
from desktop.store.models import Attempt, AttemptEvent, Learner, OutboxItem, Package, SealedResult, Setting
from desktop.store.station_keys import KeyStoreError, StationKeys
from examcore.canonical import canonical_json
from examcore.chain import Chain, Event, EventKind, responses_from_events
from examcore.clock import Clock, from_utc_naive, utc_naive
from examcore.crypto import aead
from examcore.exam import CheckMode
from examcore.grading import PaperGrade, Response, grade_events
from examcore.package import ExamContent, PackageHeader
from examcore.paper import Paper
from examcore.proctor_codes import (CODE_ACTION_PREFIX, CODE_GRANT_CAP_MINUTES, EXIT, EXTRA_TIME, PAUSE, RESUME, START, UNPAUSE,
                                    challenge_names, new_challenge)
from examcore.sealed import Envelope, ResultPayload, seal_result
from examcore.timer import remaining_ms, suspend_gap_ms, wall_jump_ms
from examcore.window import WindowState, window_state

MAX_CODE_TRIES = 5      # wrong resume codes before the station makes a new challenge
log = logging.getLogger(__name__)


class SaveFailed(Exception):
    """The database refused the write (disk full, read-only folder …). Nothing saved before is lost."""


class AttemptRefused(Exception):
    """codes: window_not_open, window_closed, no_attempts_left, not_eligible, points_short, recorded_missing,
    handed_in_here (already handed in at the sitting that is still open),
    sitting_closed, clock_behind or sitting_unconfirmed (the proctor's start code for ``detail``, the
    challenge, lets it start),
    wrong_code (the proctor's code typed was not right). ``places``: for no_attempts_left, where the earlier
    attempts were sat (server_knowledge.attempts_sat)."""

    def __init__(self, code: str, detail: str = "", places: tuple[dict, ...] = ()):
        super().__init__(code)
        self.code = code
        self.detail = detail
        self.places = places


class AnswerRefused(Exception):
    """code time_up: the time limit (with extra time granted) has passed; the answer is not saved."""

    def __init__(self, code: str = "time_up"):
        super().__init__(code)
        self.code = code


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


ALIVE_EVERY = timedelta(seconds=15)   # how often a running attempt tells the key service it still runs

# Built once: compiling a statement per answer cost more than the commit itself. Core tables, not the ORM.
_EVENTS, _ATTEMPTS = cast(Table, AttemptEvent.__table__), cast(Table, Attempt.__table__)
_INSERT_EVENT = insert(_EVENTS)
_UPDATE_TIME = (update(_ATTEMPTS).where(_ATTEMPTS.c.attempt_id == bindparam("aid"))
                .values(elapsed_ms=bindparam("elapsed_ms"), saved_at=bindparam("saved_at")))


def _aad(attempt_id: str, seq: int) -> bytes:
    return f"{attempt_id}:{seq}".encode()


def _keys_label(attempt_id: str) -> str:
    return f"attempt-keys:{attempt_id}"


class AttemptService:
    def __init__(self, sessions: sessionmaker[Session], library: PackageLibrary, keys: StationKeys,
                 clock: Clock, time_mark: StationTime | None = None):
        self._sessions = sessions
        self._library = library
        self._keys = keys
        self._clock = clock
        self.time_mark = time_mark or StationTime(sessions, clock)
        self.proctor_keys = ProctorKeys(sessions, keys)

    def unlock(self, package_id: str, start_code: str) -> Unlocked:
        """Open a stored package with the start code. Slow (argon2id): run it off the GUI thread."""
        parsed = self._library.load(package_id)
        key = parsed.unwrap_with_start_code(start_code)
        return Unlocked(parsed.header, key, parsed.open_body(key))

    def code_key(self, package_id: str, password: str) -> bytes:
        """The key the proctor tool makes codes with: from the proctor password. Raises PackageError
        wrong_proctor_password, or no_proctor_key for a package made before the proctor key. Slow
        (argon2id): run it off the GUI thread. Never kept: the tool forgets it (desktop/ui/proctor_tool.py)."""
        return self._library.load(package_id).header.unwrap_proctor_key(password)

    def begin(self, learner: LearnerInfo, unlocked: Unlocked, proctor_code: str | None = None,
              proctor_password: str = "") -> "ActiveAttempt":
        """Start (or continue) the learner's attempt. Raises AttemptRefused. The window is judged by the
        station's time mark, never by a wall clock set back; a wall clock behind the mark needs the proctor's
        ``proctor_code`` for the challenge ``start_challenge`` shows, or the ``proctor_password`` typed here
        (then it is logged in the chain)."""
        exam, package_id = unlocked.content.exam, unlocked.header.package_id
        self.time_mark.observe(force=True)
        now = self.time_mark.now()
        state = window_state(exam.window_start, exam.window_end, now)
        if state is WindowState.NOT_OPEN:
            raise AttemptRefused("window_not_open", exam.window_start.isoformat())
        if state is WindowState.CLOSED:
            raise AttemptRefused("window_closed", exam.window_end.isoformat())
        behind = self.time_mark.behind()
        if behind is not None:
            log.warning("the clock is %s behind the station's mark: a start needs the proctor's code", behind)
        running = self.in_progress_for(learner.learner_no, package_id)
        if running:
            if behind is not None:
                self._use_start_code(learner.learner_no, unlocked, proctor_code, proctor_password)   # resume() logs it
            return self.resume(running)
        refusal = self._library.refusal_for(learner.learner_no, package_id)
        if refusal:
            raise AttemptRefused("points_short" if refusal == "points_short" else "not_eligible", refusal)
        with self._sessions() as s:
            closed = sitting_refusal(s, learner.learner_no, package_id) or (
                "handed_in_here" if handed_in_at_open_sitting(s, learner.learner_no, package_id) else None)
            sat = attempts_sat(s, learner.learner_no, exam.exam_id, self._keys.device_id)
            unconfirmed = seated_unconfirmed(s, learner.learner_no, package_id, now)
        if closed:
            raise AttemptRefused(closed)
        if len(sat) >= exam.max_attempts:
            raise AttemptRefused("no_attempts_left", str(exam.max_attempts), tuple(sat))
        approval = None   # the refusals no code lifts come first, so a proctor's code is never spent in vain
        if behind is not None:
            approval = self._use_start_code(learner.learner_no, unlocked, proctor_code, proctor_password)
        elif unconfirmed:   # seated in a sitting the station has not heard of lately: it may be closed by now
            approval = self._use_start_code(learner.learner_no, unlocked, proctor_code, proctor_password,
                                            "sitting_unconfirmed")
        attempt_id, seed, attempt_key = str(uuid.uuid4()), os.urandom(16), aead.new_key()
        variant = exam.variant_for(learner.is_leader)
        with self._sessions.begin() as s:
            s.add(Attempt(attempt_id=attempt_id, package_id=unlocked.header.package_id,
                          learner_no=learner.learner_no, variant=variant, seed=seed, started_at=utc_naive(now),
                          keys_wrapped=self._keys.wrap(unlocked.content_key + attempt_key,
                                                       _keys_label(attempt_id))))
        active = ActiveAttempt(self._sessions, self._keys, self._clock, attempt_id, learner, unlocked,
                               unlocked.content.draw(variant, seed), variant, seed, attempt_key, Chain(attempt_id),
                               base_elapsed_ms=0, extra_ms=0, time_mark=self.time_mark,
                               charge_suspend=self._charge_suspend())
        # the sitting it was started for, and how: the servers check the result against the sitting's record
        active.log(EventKind.STARTED, {"variant": variant, "device": self._keys.device_id,
                                       "sitting_id": unlocked.sitting_id,
                                       "start": "sitting" if unlocked.sitting_id else "code"})
        if approval is not None and behind is not None:
            active.log(EventKind.CLOCK_BEHIND, {**self._behind_facts(), "action_id": approval})
        elif approval is not None:   # started offline in a sitting, with the proctor's code
            active.log(EventKind.STARTED_BY_CODE, {"action_id": approval, "reason": "sitting_unconfirmed"})
        return active

    # --- the station's clock behind its time mark: only with the proctor's code -------------------

    def _behind_facts(self) -> dict[str, Any]:
        behind = self.time_mark.behind()
        return {"wall": self._clock.now().isoformat(), "high_water": self.time_mark.high_water().isoformat(),
                "behind_ms": int(behind.total_seconds() * 1000) if behind else 0}

    @staticmethod
    def _start_key(learner_no: str, package_id: str) -> str:
        return "start_challenge:" + hashlib.sha256(f"{learner_no}\x00{package_id}".encode()).hexdigest()[:32]

    def start_challenge(self, learner_no: str, package_id: str) -> str:
        """The challenge this station shows for the proctor's start code (the same until it is used, or
        until too many wrong codes were typed)."""
        key = self._start_key(learner_no, package_id)
        with self._sessions.begin() as s:
            row = s.get(Setting, key)
            if row is None:
                row = Setting(key=key, value=new_challenge(self._keys.device_id, f"{learner_no}/{package_id}"))
                s.add(row)
            return row.value

    def _use_start_code(self, learner_no: str, unlocked: Unlocked, typed: str | None, password: str = "",
                        why: str = "clock_behind") -> str:
        """The action id (code: + challenge) when ``typed`` is the proctor's start code for the challenge
        shown, or ``password`` the proctor password; raises AttemptRefused ``why`` (nothing typed yet:
        clock_behind or sitting_unconfirmed) or wrong_code."""
        package_id = unlocked.header.package_id
        challenge = self.start_challenge(learner_no, package_id)
        if not typed and not password:
            raise AttemptRefused(why, challenge)
        key = self._start_key(learner_no, package_id)
        fails_key = "start_failures:" + key[len("start_challenge:"):]
        approved = self.proctor_keys.check(unlocked.header, unlocked.content_key, START, challenge,
                                           typed or "", password) \
            if challenge_names(challenge, self._keys.device_id, f"{learner_no}/{package_id}") else None
        with self._sessions.begin() as s:
            if approved is not None:
                s.execute(delete(Setting).where(Setting.key.in_((key, fails_key))))
                return CODE_ACTION_PREFIX + challenge
            failures = s.get(Setting, fails_key) or Setting(key=fails_key, value="0")
            failures.value = str(int(failures.value) + 1)
            if int(failures.value) >= MAX_CODE_TRIES:
                failures.value = "0"
                s.merge(Setting(key=key, value=new_challenge(self._keys.device_id, f"{learner_no}/{package_id}")))
            s.merge(failures)
        raise AttemptRefused("wrong_code", self.start_challenge(learner_no, package_id))

    def _charge_suspend(self) -> bool:
        with self._sessions() as s:
            row = s.get(Setting, "policy")
        return bool(json.loads(row.value).get("charge_suspend", 0)) if row else False

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

    def resume_challenge(self, attempt_id: str, grace_minutes: int | None) -> str | None:
        """None when the attempt may resume by itself (the station came back within the grace period, or
        ``grace_minutes`` None: no grace applies, e.g. after the proctor closed it); otherwise the challenge
        to show, the same until a code for it is used or too many were wrong. A wall clock behind the
        station's time mark always needs the code."""
        self.time_mark.observe(force=True)
        behind = self.time_mark.behind()
        with self._sessions.begin() as s:
            row = s.get(Attempt, attempt_id)
            assert row is not None
            last = from_utc_naive(row.saved_at or row.started_at)
            kept = self._alive_kept(attempt_id)   # the key service's word: the database's is the learner's
            if kept is not None:
                last = min(last, kept + ALIVE_EVERY)
            away = self.time_mark.now() - last
            key = f"resume_challenge:{attempt_id}"
            current = s.get(Setting, key)
            if current is None and behind is None and (grace_minutes is None
                                                       or away <= timedelta(minutes=grace_minutes)):
                return None
            if current is None:
                current = Setting(key=key, value=new_challenge(self._keys.device_id, attempt_id))
                s.add(current)
            return current.value

    def _alive_kept(self, attempt_id: str) -> datetime | None:
        try:
            return self._keys.attempt_alive(attempt_id)
        except KeyStoreError as exc:
            log.warning("the key service did not say when the attempt last ran: %s", exc)
            return None

    def use_resume_code(self, attempt_id: str, typed: str, password: str = "") -> bool:
        """True (and the challenge is spent) when ``typed`` is the proctor's code for the challenge shown,
        or ``password`` the proctor password. After MAX_CODE_TRIES wrong tries the challenge is replaced,
        so guessing gets nowhere."""
        with self._sessions() as s:
            row = s.get(Attempt, attempt_id)
            shown = s.get(Setting, f"resume_challenge:{attempt_id}")
            if row is None or shown is None:
                return False
            package_id, challenge_value = row.package_id, shown.value
            content_key = self._keys.unwrap(row.keys_wrapped, _keys_label(attempt_id))[:32]
        approved = self.proctor_keys.check(self._library.load(package_id).header, content_key, RESUME,
                                           challenge_value, typed, password) \
            if challenge_names(challenge_value, self._keys.device_id, attempt_id) else None
        with self._sessions.begin() as s:
            challenge = s.get(Setting, f"resume_challenge:{attempt_id}")
            if challenge is None or challenge.value != challenge_value:
                return False
            if approved is not None:
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
                               chain, base_elapsed_ms=elapsed, extra_ms=row.extra_ms, time_mark=self.time_mark,
                               charge_suspend=self._charge_suspend())
        active.log(EventKind.INTERRUPTED, {
            "last_heartbeat_wall": from_utc_naive(row.saved_at).isoformat() if row.saved_at else None,
            "last_event_wall": last_event.wall if last_event else None})
        if self.time_mark.behind() is not None:   # only reached with the proctor's code: on the record
            active.log(EventKind.CLOCK_BEHIND, self._behind_facts())
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
    time_mark: StationTime | None = None   # the station's time mark, moved on with every heartbeat
    charge_suspend: bool = False           # policy: time the PC slept counts against the learner
    _action_challenge: str | None = field(default=None, init=False, repr=False)
    _exit_proof: dict = field(default_factory=dict, init=False, repr=False)   # the closing code, until used
    _alive_told: int | None = field(default=None, init=False, repr=False)   # monotonic ms of the last note
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
        """The proctor password (to leave the exam window): it opens the package's proctor key (kept, so
        this station checks the proctor's codes from then on). Slow (argon2id)."""
        if self.unlocked.header.has_proctor_key:
            return ProctorKeys(self._sessions, self._keys).from_password(self.unlocked.header, password) is not None
        try:   # a package made before the proctor key: the body has the password's hash
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
            conn.execute(update(_ATTEMPTS).where(_ATTEMPTS.c.attempt_id == self.attempt_id)
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

    def use_action_code(self, kind: str, typed: str, minutes: int = 0, reason: str = "", password: str = "") -> str:
        """Apply the proctor's action if ``typed`` is its code for the challenge shown (or ``password`` the
        proctor password: the station makes the code itself, kept as the proof). Returns "applied",
        "wrong" (try again), "new_challenge" (too many wrong codes: the proctor needs a new code),
        "not_now" (a pause while paused, a resume while running: nothing changes, the challenge stays) or
        "over_cap" (extra time by code past CODE_GRANT_CAP_MINUTES, which no server counts)."""
        if (kind == PAUSE and self.paused) or (kind == UNPAUSE and not self.paused) or self.submitted is not None:
            return "not_now"
        challenge = self.action_challenge()
        proof_code = ProctorKeys(self._sessions, self._keys).check(
            self.unlocked.header, self.unlocked.content_key, kind, challenge, typed, password,
            minutes if kind == EXTRA_TIME else 0)
        if proof_code is None:
            return self._code_failed()
        if kind == EXTRA_TIME and self.minutes_by_code() + minutes > CODE_GRANT_CAP_MINUTES:
            return "over_cap"   # the servers would not count it: said, and the challenge is not spent
        self._action_challenge = None   # each challenge serves one action
        action_id = CODE_ACTION_PREFIX + challenge
        proof = {"code": proof_code}   # kept in the chain: the servers verify it too
        if kind == EXTRA_TIME:
            self.grant_extra_time(minutes, reason, action_id, proof)
        elif kind == PAUSE:
            self.pause(action_id, proof)
        else:
            self.unpause(action_id, proof)
        return "applied"

    def minutes_by_code(self) -> int:
        """Extra minutes granted by the proctor's codes so far in this attempt."""
        return sum(int(e.data.get("minutes", 0)) for e in self.chain.events if e.kind == EventKind.EXTRA_TIME
                   and str(e.data.get("action_id", "")).startswith(CODE_ACTION_PREFIX))

    def remaining_ms(self) -> int:
        return remaining_ms(self.exam.duration_minutes * 60_000, self.elapsed_ms(), self.extra_ms)

    def check_suspend(self) -> bool:
        """Look for a sleep since the last heartbeat: a monotonic gap far above the heartbeat interval
        (examcore.timer.suspend_gap_ms). Logged as one ``suspended`` event; by default (policy
        charge_suspend 0) the gap is not exam time. The runtime calls this on every tick, before it looks at
        the time left, so a long sleep never ends the exam before it is noticed."""
        now, mono = self._clock.now(), self._clock.monotonic_ms()
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
            self._write(None, utc_naive(self._clock.now()))
            return
        now, mono = self._clock.now(), self._clock.monotonic_ms()
        jump = wall_jump_ms(int((now - self._last_wall).total_seconds() * 1000), mono - self._last_mono)
        self._last_wall, self._last_mono = now, mono
        if jump:
            self.log(EventKind.CLOCK_JUMP, {"jump_ms": jump})
            return
        self._write(None, utc_naive(now))
        if self._alive_told is None or mono - self._alive_told >= ALIVE_EVERY.total_seconds() * 1000:
            self._alive_told = mono
            try:   # the key service keeps when it last ran, for the resume rule (kept from the learner)
                self._keys.attempt_alive(self.attempt_id, self.time_mark.now() if self.time_mark else now)
            except KeyStoreError as exc:
                log.warning("the key service did not note the running attempt: %s", exc)

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

    def _code_failed(self) -> str:
        """A wrong code for the challenge shown: "wrong", or after MAX_CODE_TRIES "new_challenge" (a new
        challenge, so guessing gets nowhere)."""
        self._action_failures += 1
        if self._action_failures >= MAX_CODE_TRIES:
            self._action_challenge = None
            self.action_challenge()
            return "new_challenge"
        return "wrong"

    def exit_code_ok(self, typed: str) -> str:
        """The proctor's closing code (action EXIT, made in the proctor tool for the challenge shown):
        "applied" (the code is kept for close_by_proctor), "wrong", or "new_challenge" after too many wrong
        codes (the proctor makes the code again for the new one). A station that holds no key of the
        package's proctor key knows no codes: "wrong", and only the proctor password helps."""
        challenge = self.action_challenge()
        proof = ProctorKeys(self._sessions, self._keys).check(self.unlocked.header, self.unlocked.content_key,
                                                              EXIT, challenge, typed) if typed.strip() else None
        if proof is None:
            return self._code_failed()
        self._action_challenge = None
        self._exit_proof = {"action_id": CODE_ACTION_PREFIX + challenge, "code": proof}
        return "applied"

    def close_by_proctor(self) -> None:
        """The proctor closed the window (by closing code, kept as the proof, or by the proctor password):
        logged, and the station will not reopen it by itself."""
        proof, self._exit_proof = self._exit_proof, {}
        self.log(EventKind.PROCTOR_EXIT, proof)
        self.set_closed_by_proctor(True)

    def set_closed_by_proctor(self, closed: bool) -> None:
        try:
            with self._engine.begin() as conn:
                conn.execute(update(_ATTEMPTS).where(_ATTEMPTS.c.attempt_id == self.attempt_id)
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
        return self.grade_with_late()[0]

    def grade_with_late(self) -> tuple[PaperGrade, list[int]]:
        """The grade from the chain, as every server computes it (answers past the limit ignored), and the
        sequence numbers of those late answers."""
        return grade_events(self.paper, self.unlocked.content.questions, self.chain.events,
                            self.exam.duration_minutes, self.exam.pass_mark, self.exam.multiple_partial_credit)

    def _seal(self, events: list[Event], grade: PaperGrade, now: datetime) -> Envelope:
        """The sealed, signed envelope of the attempt (signed by the station's device key, which may live in
        the key helper: raises KeyStoreError when it cannot be reached)."""
        header = self.unlocked.header
        return seal_result(
            ResultPayload(self.attempt_id, self.seed, self.variant, self.paper.to_list(), events),
            exam_id=self.exam.exam_id, package_id=header.package_id, learner_no=self.learner.learner_no,
            sitting_id=self.chain.events[0].data.get("sitting_id") if self.chain.events else None,
            station_score=grade.score_text, outcome=grade.outcome.value,
            submitted_at=now.isoformat(), recipients=header.recipients, device_key=self._keys.device_key,
            device_id=self._keys.device_id)

    def submit(self, reason: str = "learner") -> SubmissionReceipt:
        """Seal the attempt and queue it for delivery, in one transaction. Idempotent once submitted."""
        if self.submitted:
            return self.submitted
        grade, late = self.grade_with_late()
        now = self._clock.now()
        final = self.chain.next_event(EventKind.SUBMITTED, self.elapsed_ms(), now.isoformat(),
                                      {"reason": reason, "score": grade.score_text,
                                       **({"late_answers": len(late)} if late else {})})
        events = [*self.chain.events, final]
        try:
            envelope = self._seal(events, grade, now)
        except KeyStoreError as exc:   # the key helper is down: the answers are kept, the learner may retry
            log.error("cannot seal attempt %s: %s", self.attempt_id, exc)
            raise SaveFailed(f"the station's keys cannot be reached: {exc}") from exc
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

