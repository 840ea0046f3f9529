"""Learner accounts on the station: offline login, first-login password change, lockout."""
from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.login_types import LearnerInfo, LoginOutcome, LoginStatus
from desktop.store.models import Learner, TrustedIssuer
from examcore import password_policy
from examcore.credentials import changed_version, newer
from examcore.clock import Clock, utc_naive
from examcore.roster import read_roster

__all__ = ["AccountService", "LearnerInfo", "LoginOutcome", "LoginStatus"]

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)


def _info(row: Learner) -> LearnerInfo:
    return LearnerInfo(row.learner_no, row.name, row.unit, row.is_leader)


# (session, learner_no, verifier, version): keeps a learner's password change to send it up
# (session, learner no, new verifier, its version, the version of the password it replaced)
ChangeRecorder = Callable[[Session, str, str, int, int], None]


class AccountService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, hasher: PasswordHasher | None = None,
                 record_change: ChangeRecorder | None = None):
        self._sessions = sessions
        self._clock = clock
        self._hasher = hasher or PasswordHasher()
        self._dummy_hash: str | None = None
        self._record_change = record_change

    def _naive_now(self):
        return utc_naive(self._clock.now())

    def login(self, learner_no: str, password: str) -> LoginOutcome:
        now = self._naive_now()
        with self._sessions.begin() as s:
            row = s.get(Learner, learner_no.strip())
            if row is None:
                # verifying an unknown number costs as much as a known one, so timing tells nothing
                self._dummy_hash = self._dummy_hash or self._hasher.hash("xuefa-no-such-learner")
                self._verify(self._dummy_hash, password)
                return LoginOutcome(LoginStatus.WRONG)
            if row.locked_until and row.locked_until > now:
                return LoginOutcome(LoginStatus.LOCKED,
                                    minutes_locked=int((row.locked_until - now).total_seconds() // 60) + 1)
            if not self._verify(row.password_hash, password):
                row.failed_logins += 1
                if row.failed_logins >= MAX_FAILURES:
                    row.locked_until, row.failed_logins = now + LOCKOUT, 0
                    return LoginOutcome(LoginStatus.LOCKED, minutes_locked=int(LOCKOUT.total_seconds() // 60))
                return LoginOutcome(LoginStatus.WRONG, tries_left=MAX_FAILURES - row.failed_logins)
            row.failed_logins, row.locked_until = 0, None
            if row.status in ("retired", "transferred"):  # told only to whoever knows the password
                return LoginOutcome(LoginStatus.INACTIVE)
            if row.must_change_password:
                if row.password_expires_at and row.password_expires_at < now:
                    return LoginOutcome(LoginStatus.EXPIRED)
                return LoginOutcome(LoginStatus.MUST_CHANGE, _info(row))
            return LoginOutcome(LoginStatus.OK, _info(row))

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return self._hasher.verify(hashed, password)
        except (VerificationError, InvalidHashError):
            return False

    @staticmethod
    def password_problems(learner_no: str, old: str, new: str) -> list[str]:
        """Problem codes for a new password (the UI words them): the shared rule's (examcore/
        password_policy.py: too_short, too_long, too_simple, common_password, contains_user_name) and same_as_old."""
        out = password_policy.password_problems(learner_no, new)
        if new == old:
            out.append("same_as_old")
        return out

    def change_password(self, learner_no: str, old: str, new: str) -> list[str]:
        problems = self.password_problems(learner_no, old, new)
        if problems:
            return problems
        with self._sessions.begin() as s:
            row = s.get(Learner, learner_no)
            if row is None or not self._verify(row.password_hash, old):
                return ["wrong_old_password"]
            over = row.password_version
            row.password_hash = self._hasher.hash(new)
            row.password_version = changed_version(over, self._clock.now())
            row.must_change_password, row.password_expires_at = False, None
            if self._record_change is not None:   # it follows the learner to their other stations
                self._record_change(s, learner_no, row.password_hash, row.password_version, over)
        return []

    def import_roster(self, data: bytes) -> int:
        """Add or update learners from a signed roster file; returns how many entries were applied."""
        with self._sessions.begin() as s:
            trusted = set(s.scalars(select(TrustedIssuer.public_key)))
            entries = read_roster(data, trusted)
            for e in entries:
                row = s.get(Learner, e.learner_no)
                if row is None:
                    row = Learner(learner_no=e.learner_no, password_hash=e.password_hash, password_version=0)
                    s.add(row)
                row.name, row.unit, row.rank, row.is_leader = e.name, e.unit, e.rank, e.is_leader
                take_password(row, e.password_hash, e.password_version, e.must_change_password,
                              utc_naive(e.password_expires_at) if e.password_expires_at else None)
        return len(entries)


def take_password(row: Learner, password_hash: str, version: int, must_change: bool, expires_at) -> None:
    """A verifier from the roster (file or sync) replaces the station's only if its version is newer
    (examcore/credentials.py): a reset anywhere, or the learner's later change at another station; the
    same roster again never undoes a password changed since."""
    if newer(version, row.password_version):
        row.password_hash, row.password_version = password_hash, version
        row.must_change_password, row.password_expires_at = must_change, expires_at
        row.failed_logins, row.locked_until = 0, None
