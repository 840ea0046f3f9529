"""The proctor's actions at a seat with no network: a code for a challenge this station made.

The station shows a challenge; the proctor's tool makes the code for it from the package's proctor key
(examcore.proctor_codes). A code serves one action, and after MAX_CODE_TRIES wrong codes the challenge is
replaced, so guessing gets nowhere. The proctor password typed at the seat does the same (the station makes
the code itself, kept as the proof).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.proctor_keys import ProctorKeys
from desktop.store.station_keys import StationKeys
from examcore.chain import EventKind
from examcore.proctor_codes import (CODE_ACTION_PREFIX, CODE_GRANT_CAP_MINUTES, EXIT, EXTRA_TIME, PAUSE, UNPAUSE,
                                    new_challenge)

if TYPE_CHECKING:
    from desktop.services.attempts.active import ActiveAttempt

MAX_CODE_TRIES = 5      # wrong codes before the station makes a new challenge


class CodeActions:
    """The codes typed at one running attempt's seat (``attempt.codes``)."""

    def __init__(self, attempt: ActiveAttempt, sessions: sessionmaker[Session], keys: StationKeys):
        self._attempt = attempt
        self._sessions = sessions
        self._keys = keys
        self._challenge: str | None = None
        self._failures = 0
        self._exit_proof: dict = {}   # the closing code, until the window is closed with it

    def _proctor_keys(self) -> ProctorKeys:
        return ProctorKeys(self._sessions, self._keys)

    def password_ok(self, password: str) -> bool:
        """The proctor password (to leave the exam window): it opens the package's proctor key (kept, so
        this station checks the proctor's codes from then on). Slow (argon2id)."""
        unlocked = self._attempt.unlocked
        if unlocked.header.has_proctor_key:
            return self._proctor_keys().from_password(unlocked.header, password) is not None
        try:   # a package made before the proctor key: the body has the password's hash
            return PasswordHasher().verify(unlocked.content.proctor_password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def challenge(self) -> str:
        """The challenge the proctor types into the proctor tool; the same until a code for it is used or
        too many wrong codes were typed (then a new one)."""
        if self._challenge is None:
            self._challenge = new_challenge(self._keys.device_id, self._attempt.attempt_id)
            self._failures = 0
        return self._challenge

    def use(self, kind: str, typed: str, minutes: int = 0, reason: str = "", password: str = "") -> str:
        """Apply the proctor's action if ``typed`` is its code for the challenge shown (or ``password`` the
        proctor password). Returns "applied", "wrong" (try again), "new_challenge" (too many wrong codes: the
        proctor needs a new code), "not_now" (a pause while paused, a resume while running: nothing changes,
        the challenge stays) or "over_cap" (extra time by code past CODE_GRANT_CAP_MINUTES, which no server
        counts)."""
        attempt = self._attempt
        if (kind == PAUSE and attempt.paused) or (kind == UNPAUSE and not attempt.paused) or attempt.submitted:
            return "not_now"
        challenge = self.challenge()
        proof_code = self._proctor_keys().check(
            attempt.unlocked.header, attempt.unlocked.content_key, kind, challenge, typed, password,
            minutes if kind == EXTRA_TIME else 0)
        if proof_code is None:
            return self._failed()
        if kind == EXTRA_TIME and self.minutes_granted() + minutes > CODE_GRANT_CAP_MINUTES:
            return "over_cap"   # the servers would not count it: said, and the challenge is not spent
        self._challenge = None   # each challenge serves one action
        action_id = CODE_ACTION_PREFIX + challenge
        proof = {"code": proof_code}   # kept in the chain: the servers verify it too
        if kind == EXTRA_TIME:
            attempt.grant_extra_time(minutes, reason, action_id, proof)
        elif kind == PAUSE:
            attempt.pause(action_id, proof)
        else:
            attempt.unpause(action_id, proof)
        return "applied"

    def minutes_granted(self) -> int:
        """Extra minutes granted by the proctor's codes so far in this attempt."""
        return sum(int(e.data.get("minutes", 0)) for e in self._attempt.chain.events
                   if e.kind == EventKind.EXTRA_TIME
                   and str(e.data.get("action_id", "")).startswith(CODE_ACTION_PREFIX))

    def exit_code_ok(self, typed: str) -> str:
        """The proctor's closing code (action EXIT, made in the proctor tool for the challenge shown):
        "applied" (the code is kept for ActiveAttempt.close_by_proctor), "wrong", or "new_challenge" after
        too many wrong codes. A station that holds no key of the package's proctor key knows no codes:
        "wrong", and only the proctor password helps."""
        challenge = self.challenge()
        unlocked = self._attempt.unlocked
        proof = self._proctor_keys().check(unlocked.header, unlocked.content_key, EXIT, challenge,
                                           typed) if typed.strip() else None
        if proof is None:
            return self._failed()
        self._challenge = None
        self._exit_proof = {"action_id": CODE_ACTION_PREFIX + challenge, "code": proof}
        return "applied"

    def take_exit_proof(self) -> dict:
        """The closing code's proof, once (empty when the window was closed by the proctor password)."""
        proof, self._exit_proof = self._exit_proof, {}
        return proof

    def _failed(self) -> str:
        self._failures += 1
        if self._failures >= MAX_CODE_TRIES:
            self._challenge = None
            self.challenge()
            return "new_challenge"
        return "wrong"
