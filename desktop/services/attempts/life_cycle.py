"""An attempt's life: opened with the start code, begun (or refused) by the rules the station knows,
resumed after a kill or a power cut, and the proctor's codes that let it start or resume.

The running attempt is active.py; its durable record journal.py; handing in sealing.py.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import uuid
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.attempts.active import ALIVE_EVERY, ActiveAttempt
from desktop.services.attempts.code_actions import MAX_CODE_TRIES
from desktop.services.attempts.journal import AnswerJournal, content_label, keys_label
from desktop.services.attempts.outcomes import AttemptRefused, Unlocked
from desktop.services.login_types import LearnerInfo
from desktop.services.packages import PackageLibrary
from desktop.services.proctor_keys import ProctorKeys
from desktop.services.server_knowledge import (attempts_sat, handed_in_at_open_sitting, seated_unconfirmed,
                                               sitting_not_yet, sitting_refusal)
from desktop.services.station_time import StationTime
from desktop.store.db import erase_freed_space
from desktop.store.models import Attempt, AttemptEvent, Learner, Package, SealedResult, Setting
from desktop.store.station_keys import KeyStoreError, StationKeys
from examcore.chain import Chain, EventKind
from examcore.clock import Clock, from_utc_naive, utc_naive
from examcore.crypto import aead
from examcore.package import MADE_MARGIN
from examcore.proctor_codes import CODE_ACTION_PREFIX, RESUME, START, challenge_names, new_challenge
from examcore.window import WindowState, window_state

log = logging.getLogger(__name__)

# a wrapped attempt key (32 bytes, a nonce and a tag); an earlier version's blob held the content key too
OWN_KEY_BLOB_LEN = len(aead.encrypt(bytes(32), bytes(32), b""))


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

    def keep_open(self, unlocked: Unlocked, attempt_id: str) -> None:
        """Keep the exam's content key in memory only (desktop/store/held_secrets.py) while the attempt runs,
        so it resumes after a restart of the station program without the start code; after a reboot it needs
        the start code again, or the centre's release in a sitting (issue 15: the content key is never stored
        in a form the storage key alone opens). Forgotten when the attempt is handed in. ValueError: the key
        of another exam than the attempt's."""
        with self._sessions() as s:
            row = s.get(Attempt, attempt_id)
            if row is None or row.package_id != unlocked.header.package_id:
                raise ValueError(f"the key of {unlocked.header.package_id} is not the key of attempt {attempt_id}")
        self._keys.hold(content_label(attempt_id), unlocked.content_key)

    def needs_key(self, attempt_id: str) -> bool:
        """True when the attempt cannot be reopened until its exam's start code is typed again (or the
        centre releases its key again): the station restarted since it was begun, and no key is held."""
        with self._sessions() as s:
            row = s.get(Attempt, attempt_id)
            if row is None:
                raise KeyError(attempt_id)
            blob = row.keys_wrapped
        return len(blob) <= OWN_KEY_BLOB_LEN and self._keys.held(content_label(attempt_id)) is None

    def exam_of(self, attempt_id: str) -> tuple[str, str, str, str]:
        """(package id, learner number, learner name, exam title) of an attempt, for the page that asks for
        its key."""
        with self._sessions() as s:
            row = s.get(Attempt, attempt_id)
            if row is None:
                raise KeyError(attempt_id)
            learner = s.get(Learner, row.learner_no)
            package_id, learner_no, name = row.package_id, row.learner_no, learner.name if learner else ""
        return package_id, learner_no, name, self._library.load(package_id).header.title

    def code_key(self, package_id: str, password: str) -> bytes:
        """The key the proctor tool makes codes with: from the proctor password. Raises PackageError
        wrong_proctor_password, or no_proctor_key for a package made before the proctor key. Slow
        (argon2id): run it off the GUI thread. Never kept: the tool forgets it (desktop/ui/proctor/proctor_tool.py)."""
        return self._library.load(package_id).header.unwrap_proctor_key(password)

    def begin(self, learner: LearnerInfo, unlocked: Unlocked, proctor_code: str | None = None,
              proctor_password: str = "") -> ActiveAttempt:
        """Start (or continue) the learner's attempt. Raises AttemptRefused. The window is judged by the
        station's time mark, never by a wall clock set back; a wall clock behind the mark needs the proctor's
        ``proctor_code`` for the challenge ``start_challenge`` shows, or the ``proctor_password`` typed here
        (then it is logged in the chain)."""
        exam, package_id = unlocked.content.exam, unlocked.header.package_id
        self.time_mark.observe(force=True)
        now = self.time_mark.now()
        # a clock before the package was made is wrong, whatever the window says (a fresh install set back into
        # a closed window; a flat CMOS battery, a year back, is told to set the date, not "not open yet")
        made = unlocked.header.made_at
        if made is not None and now + MADE_MARGIN < made:
            raise AttemptRefused("clock_before_package", made.isoformat())
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
            self.keep_open(unlocked, running)
            return self.resume(running)
        refusal = self._library.refusal_for(learner.learner_no, package_id)
        if refusal:
            raise AttemptRefused("points_short" if refusal == "points_short" else "not_eligible", refusal)
        with self._sessions() as s:
            closed = sitting_refusal(s, learner.learner_no, package_id) or (
                "handed_in_here" if handed_in_at_open_sitting(s, learner.learner_no, package_id) else None)
            sat = attempts_sat(s, learner.learner_no, exam.exam_id, self._keys.device_id, exam.is_makeup)
            unconfirmed = seated_unconfirmed(s, learner.learner_no, package_id, now)
            # a start by the room's start code (a sitting's start hands the key with its id)
            not_yet = None if unlocked.sitting_id else sitting_not_yet(s, learner.learner_no, package_id, now)
        if closed:
            raise AttemptRefused(closed)
        if not_yet is not None:
            raise AttemptRefused("sitting_not_yet", not_yet.isoformat())
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
                          keys_wrapped=self._keys.wrap(attempt_key, keys_label(attempt_id))))
        self.keep_open(unlocked, attempt_id)
        active = ActiveAttempt(self._sessions, self._keys, self._clock, attempt_id, learner, unlocked,
                               unlocked.content.draw(variant, seed), variant, seed,
                               AnswerJournal(self._sessions, attempt_id, attempt_key), Chain(attempt_id),
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
            if _one_more_wrong(s, fails_key):
                s.merge(Setting(key=key, value=new_challenge(self._keys.device_id, f"{learner_no}/{package_id}")))
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

    def grace_for(self, attempt_id: str, policy_minutes: int) -> int | None:
        """The grace period (minutes) the attempt resumes in by itself (``resume_challenge``): the policy's,
        or None for an attempt the proctor closed (it waits for its learner, however long). Closed is read from
        the attempt's own record, whose last event is the proctor's close (encrypted with the attempt's key):
        the row's flag alone is the learner's to write (outside round 79 set it and skipped the resume code)."""
        with self._sessions() as s:
            row = s.get(Attempt, attempt_id)
            if row is None or not row.closed_by_proctor:
                return policy_minutes
            wrapped = row.keys_wrapped
        try:
            attempt_key = self._keys.unwrap(wrapped, keys_label(attempt_id))[-32:]   # (an earlier version's: 64)
            last = AnswerJournal(self._sessions, attempt_id, attempt_key).last_event()
        except Exception as exc:   # noqa: BLE001 - it cannot be told: the grace period applies
            log.warning("whether the proctor closed attempt %s cannot be read: %r", attempt_id, exc)
            return policy_minutes
        if last is None or last.kind != EventKind.PROCTOR_EXIT:
            log.warning("attempt %s is marked closed by the proctor, and its record does not say so", attempt_id)
            return policy_minutes
        if last.seq + 1 < self._progress_kept(attempt_id)[1]:   # events after the close were deleted (round 80)
            log.warning("attempt %s's record is shorter than the key service saw it: the grace period applies",
                        attempt_id)
            return policy_minutes
        return None

    def _progress_kept(self, attempt_id: str) -> tuple[int, int]:
        """(time used in ms, events) the key service saw the attempt reach; (0, 0) where none is kept."""
        try:
            return self._keys.attempt_progress(attempt_id) or (0, 0)
        except KeyStoreError as exc:
            log.warning("the key service did not say how far the attempt had got: %s", exc)
            return 0, 0

    def mark_handed_in(self) -> int:
        """Attempts whose row says "in progress" though their sealed result is here are handed in (the row is
        the learner's to write: outside round 80 set one back and answered again); how many."""
        with self._sessions.begin() as s:
            sealed = select(SealedResult.attempt_id)
            ids = list(s.scalars(select(Attempt.attempt_id).where(Attempt.state == "in_progress",
                                                                  Attempt.attempt_id.in_(sealed))))
            if ids:
                log.warning("attempts %s were handed in and their rows said in progress", ", ".join(ids))
                s.execute(update(Attempt).where(Attempt.attempt_id.in_(ids)).values(state="submitted"))
        return len(ids)

    def forget_handed_in_keys(self, days: int = 2) -> int:
        """Forget the held exam keys of the attempts handed in lately (a kill between the seal and the forget
        left one held: outside round 78); how many were asked."""
        since = utc_naive(self._clock.now() - timedelta(days=days))
        with self._sessions() as s:
            ids = list(s.scalars(select(Attempt.attempt_id).where(Attempt.state == "submitted",
                                                                  Attempt.started_at >= since).limit(200)))
        for attempt_id in ids:
            self._keys.forget(content_label(attempt_id))
        return len(ids)

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
        approved = self.proctor_keys.check(self._library.load(package_id).header, None, RESUME,
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
            if _one_more_wrong(s, f"resume_failures:{attempt_id}"):
                challenge.value = new_challenge(self._keys.device_id, attempt_id)
            return False

    def resume(self, attempt_id: str) -> ActiveAttempt:
        """Rebuild an attempt from the database exactly as last saved, and log the interruption. Raises
        AttemptRefused ``key_needed`` when the exam's content key is not held (``needs_key``)."""
        with self._sessions() as s:
            row = s.get(Attempt, attempt_id)
            if row is None or row.state != "in_progress":
                raise ValueError(f"attempt {attempt_id} is not in progress")
            if s.scalar(select(SealedResult.result_id).where(SealedResult.attempt_id == attempt_id)) is not None:
                raise ValueError(f"attempt {attempt_id} was handed in (its row says otherwise)")
            learner = s.get(Learner, row.learner_no)
            assert learner is not None
            blobs = list(s.scalars(select(AttemptEvent.blob).where(AttemptEvent.attempt_id == attempt_id)
                                   .order_by(AttemptEvent.seq)))
        content_key, attempt_key = self._attempt_secrets(row)
        parsed = self._library.load(row.package_id)
        unlocked = Unlocked(parsed.header, content_key, parsed.open_body(content_key))
        journal = AnswerJournal(self._sessions, attempt_id, attempt_key)
        chain = journal.read_chain(blobs)
        info = LearnerInfo(learner.learner_no, learner.name, learner.unit, learner.is_leader)
        last_event = chain.events[-1] if chain.events else None
        # time used: the latest of the last heartbeat, the last event (answers carry their own time) and what
        # the key service saw (the row's is the learner's to write: outside round 80 set it back to 0)
        elapsed = max(row.elapsed_ms, last_event.elapsed_ms if last_event else 0, self._progress_kept(attempt_id)[0])
        # extra time: the proctor's grants in the record, not the row's sum (the learner's to write)
        extra = sum(int(e.data.get("minutes", 0)) * 60_000 for e in chain.events if e.kind == EventKind.EXTRA_TIME)
        if extra != row.extra_ms:
            log.warning("attempt %s: extra time %d ms in its record, %d ms in its row: the record's counts",
                        attempt_id, extra, row.extra_ms)
        active = ActiveAttempt(self._sessions, self._keys, self._clock, attempt_id, info, unlocked,
                               unlocked.content.draw(row.variant, row.seed), row.variant, row.seed, journal, chain, base_elapsed_ms=elapsed, extra_ms=extra, time_mark=self.time_mark,
                               charge_suspend=self._charge_suspend())
        active.log(EventKind.INTERRUPTED, {
            "last_heartbeat_wall": from_utc_naive(row.saved_at).isoformat() if row.saved_at else None,
            "last_event_wall": last_event.wall if last_event else None})
        if self.time_mark.behind() is not None:   # only reached with the proctor's code: on the record
            active.log(EventKind.CLOCK_BEHIND, self._behind_facts())
        if row.closed_by_proctor:
            active.set_closed_by_proctor(False)
        return active

    def _attempt_secrets(self, row: Attempt) -> tuple[bytes, bytes]:
        """(content key, attempt key) of a running attempt. An attempt begun by an earlier version keeps
        the content key with its own key: it is taken into memory and the row keeps its own key only."""
        secrets = self._keys.unwrap(row.keys_wrapped, keys_label(row.attempt_id))
        if len(secrets) == 64:   # content key + attempt key, as stations before December 2026 stored them
            content_key, attempt_key = secrets[:32], secrets[32:]
            if row.state == "in_progress":
                self._keys.hold(content_label(row.attempt_id), content_key)
            with self._sessions.begin() as s:
                s.execute(update(Attempt).where(Attempt.attempt_id == row.attempt_id)
                          .values(keys_wrapped=self._keys.wrap(attempt_key, keys_label(row.attempt_id))))
            return content_key, attempt_key
        held = self._keys.held(content_label(row.attempt_id))
        if held is None:
            raise AttemptRefused("key_needed", row.package_id)
        return held, secrets

    def forget_stored_content_keys(self) -> int:
        """Rewrap, with its own key only, every attempt an earlier version stored with its exam's content
        key (the key of a running one is kept in memory), then rebuild the database file so the old blobs
        are not left in its free space; how many were rewrapped. A row that does not open is left as it is
        and logged (the others are still done)."""
        with self._sessions() as s:
            rows = list(s.scalars(select(Attempt).where(func.length(Attempt.keys_wrapped) > OWN_KEY_BLOB_LEN)))
        done = 0
        for row in rows:
            try:
                self._attempt_secrets(row)
                done += 1
            except Exception as exc:   # noqa: BLE001 - a damaged row, the keys not reached: the next row still
                log.warning("attempt %s keeps its earlier form (it does not open): %r", row.attempt_id, exc)
        if done:
            erase_freed_space(self._sessions)
        return done

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


def _one_more_wrong(s: Session, fails_key: str) -> bool:
    """Count a wrong code typed for a challenge kept in the station's settings; True after MAX_CODE_TRIES
    (the count starts again and the caller replaces the challenge, so guessing gets nowhere)."""
    failures = s.get(Setting, fails_key) or Setting(key=fails_key, value="0")
    failures.value = str(int(failures.value) + 1)
    spent = int(failures.value) >= MAX_CODE_TRIES
    if spent:
        failures.value = "0"
    s.merge(failures)
    return spent
