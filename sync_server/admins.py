"""Administrator accounts: argon2id passwords, bearer tokens of 256 bits (only their hash is stored) that
end after TOKEN_HOURS or IDLE_MINUTES unused, an atomic lockout, the account life cycle (password change
and reset, disable, role, end every session), and the unit subtree each one may see. Every change is
written to the audit log in its own transaction.

Roles, from least to most: proctor (the sittings of their units), unit_admin (also the roster and results
of their units), centre_admin (also devices and packages), provincial_admin (also policy and issuers). Each is scoped to the subtree of its unit.
"""
from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from examcore import password_policy
from examcore.cli_text import Words
from sync_server import audit
from sync_server.db import rows_changed
from sync_server.directory.service import DirectoryError, subtree
from sync_server.models import AdminAccount, AdminSession, Unit

ROLES = ("proctor", "unit_admin", "centre_admin", "provincial_admin")
TOKEN_HOURS = 8
IDLE_MINUTES = 30       # a session unused this long has ended (Config.idle_minutes overrides)
MAX_FAILURES = 5        # login attempts within LOCKOUT of the first one; then the account waits LOCKOUT
LOCKOUT = timedelta(minutes=15)
WRONG_LOGIN = "the user name or password is wrong (after five wrong tries the account waits 15 minutes)"


@dataclass(frozen=True)
class AdminScope:
    username: str
    role: str
    unit_id: str
    units: frozenset[str]   # the admin's unit and everything below it
    is_root: bool           # scoped at a top unit of this server: also sees what belongs to no unit
    must_change_password: bool = False   # the token allows only the password change until then

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def has_unit(self, unit_id: str | None) -> bool:
        return unit_id in self.units if unit_id is not None else self.is_root

    def may_manage(self, target: AdminAccount) -> bool:
        """An account at or below this admin's unit with a role no higher; the top administrator (a
        provincial admin of a top unit) manages every account."""
        if self.is_root and self.role == "provincial_admin":
            return True
        return target.unit_id in self.units and ROLES.index(target.role) <= ROLES.index(self.role)


def password_problems(username: str, password: str) -> list[str]:
    """The shared rule (examcore/password_policy.py), in the server's words."""
    return [password_policy.WORDS.get(p, p) for p in password_policy.password_problems(username, password)]


def _check_password(username: str, password: str) -> None:
    problems = password_policy.password_problems(username, password)
    if problems:
        raise DirectoryError("weak_password", password_policy.describe(problems))


def create_admin(s: Session, username: str, password: str, role: str, unit_id: str, now: datetime,
                 full_name: str = "", phone: str = "", email: str = "", *,
                 must_change_password: bool = True) -> AdminAccount:
    """A new account; its first password was chosen by someone else, so by default its first login
    allows only the change (``must_change_password=False``: the test suites' ready-made accounts)."""
    if role not in ROLES:
        raise DirectoryError("bad_role", Words("role must be one of {roles}", roles=", ".join(ROLES)))
    if s.get(Unit, unit_id) is None:
        raise DirectoryError("unknown_unit", Words("no unit {unit_id} (add it with `xuefa-server units add`)",
                                                    unit_id=unit_id))
    if s.get(AdminAccount, username) is not None:
        raise DirectoryError("exists", Words("an administrator {username} already exists", username=username))
    _check_password(username, password)
    account = AdminAccount(username=username, password_hash=PasswordHasher().hash(password), role=role,
                           unit_id=unit_id, created_at=now, failed_logins=0, full_name=full_name, phone=phone,
                           email=email, disabled=False, must_change_password=must_change_password,
                           password_changed_at=now)
    s.add(account)
    audit.record(s, "admin.create", f"admin:{username}", now, detail=f"role {role}, unit {unit_id}")
    return account


class LoginRefused(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


_started = time.perf_counter()
_DUMMY = PasswordHasher().hash("xuefa-no-such-admin")
_hash_seconds = time.perf_counter() - _started   # how long a check takes here: a moving average of real ones


def _checked(hasher: PasswordHasher, hashed: str, password: str) -> bool:
    global _hash_seconds
    started = time.perf_counter()
    right = _verify(hasher, hashed, password)
    _hash_seconds = 0.8 * _hash_seconds + 0.2 * (time.perf_counter() - started)
    return right


def _as_slow_as_a_check() -> None:
    """An unknown name or a locked account answers as late as a real check would (so timing does not tell
    which names exist) without spending the CPU: the caller holds a hashing slot meanwhile, so a flood
    of these is bounded like real checks."""
    time.sleep(_hash_seconds)


def reserve_attempt(s: Session, username: str, now: datetime) -> bool:
    """Count a login attempt before its password is checked, in one conditional UPDATE: it succeeds only
    while the account is not locked and fewer than MAX_FAILURES attempts were reserved since the first
    one of the window. However many requests (threads, processes, hosts) race, at most MAX_FAILURES
    passwords are checked per window: the database serialises the UPDATE (SQLite's write lock;
    PostgreSQL re-evaluates the WHERE on the locked row)."""
    a = AdminAccount
    fresh = or_(a.failures_since.is_(None), a.failures_since <= now - LOCKOUT)
    return rows_changed(s,
        update(a).where(a.username == username, or_(a.locked_until.is_(None), a.locked_until <= now),
                        or_(fresh, a.failed_logins < MAX_FAILURES))
        .values(failed_logins=case((fresh, 1), else_=a.failed_logins + 1),
                failures_since=case((fresh, now), else_=a.failures_since))
        .execution_options(synchronize_session=False)) == 1


def login(sessions: sessionmaker[Session], username: str, password: str, now: datetime) -> tuple[str, datetime, AdminScope]:
    """A fresh bearer token, its expiry and scope; LoginRefused otherwise. Three short transactions:
    reserve the attempt, check the password (argon2id, outside any transaction), record the outcome.

    One answer (wrong_login) for an unknown name, a wrong password and a locked account, each as slow as
    a real check, so neither the answer nor its timing tells which admin names exist. A disabled
    account is named only to whoever gives its right password."""
    hasher = PasswordHasher()
    with sessions.begin() as s:
        account = s.get(AdminAccount, username)
        reserved = account is not None and reserve_attempt(s, username, now)
        stored = account.password_hash if account is not None else _DUMMY
    if not reserved:
        _as_slow_as_a_check()
        with sessions.begin() as s:
            audit.record(s, "login", f"admin:{username}", now, "refused",
                         "locked: password not checked" if account is not None else "unknown user", actor=username)
        raise LoginRefused("wrong_login", WRONG_LOGIN)
    right = _checked(hasher, stored, password)
    with sessions.begin() as s:   # the refusals commit too: the failure, the lockout, their audit rows
        account = s.get(AdminAccount, username, with_for_update=True)
        if account is None:   # removed between the reservation and the check
            refused = LoginRefused("wrong_login", WRONG_LOGIN)
        elif not right:
            audit.record(s, "login", f"admin:{username}", now, "failed", "wrong password", actor=username)
            if account.failed_logins >= MAX_FAILURES and not (account.locked_until and account.locked_until > now):
                account.locked_until = now + LOCKOUT
                audit.record(s, "login.lockout", f"admin:{username}", now, "ok",
                             f"{MAX_FAILURES} wrong passwords: locked until {account.locked_until:%H:%M} UTC",
                             actor=username)
            refused = LoginRefused("wrong_login", WRONG_LOGIN)
        else:
            account.failed_logins = max(0, account.failed_logins - 1)   # give back this attempt's reservation
            if account.disabled:
                audit.record(s, "login", f"admin:{username}", now, "refused", "account disabled", actor=username)
                refused = LoginRefused("account_disabled", "this account is disabled; ask the administrator above you")
            else:
                refused = None
                if hasher.check_needs_rehash(stored):
                    account.password_hash = hasher.hash(password)
                token = secrets.token_urlsafe(32)
                expires = now + timedelta(hours=TOKEN_HOURS)
                s.execute(delete(AdminSession).where(AdminSession.expires_at < now))
                s.add(AdminSession(token_hash=token_hash(token), username=username, expires_at=expires,
                                   last_used_at=now))
                audit.record(s, "login", f"admin:{username}", now, "ok", actor=username)
                scope = scope_of(s, account)
    if refused is not None:
        raise refused
    return token, expires, scope


def _verify(hasher: PasswordHasher, hashed: str, password: str) -> bool:
    try:
        return hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def scope_for_token(s: Session, token: str, now: datetime, idle: timedelta = timedelta(minutes=IDLE_MINUTES)
                    ) -> AdminScope | None:
    """The scope of a live session, which this use keeps alive; None if unknown, past its expiry, idle
    longer than ``idle``, or its account is disabled."""
    session = s.get(AdminSession, token_hash(token))
    if session is None or session.expires_at < now:
        return None
    last = session.last_used_at or session.expires_at - timedelta(hours=TOKEN_HOURS)
    if last + idle < now:
        s.delete(session)
        return None
    account = s.get(AdminAccount, session.username)
    if account is None or account.disabled:
        return None
    if now - last > timedelta(seconds=30):   # not a write for every request of a busy page
        session.last_used_at = now
    return scope_of(s, account)


def scope_of(s: Session, account: AdminAccount) -> AdminScope:
    unit = s.get(Unit, account.unit_id)
    return AdminScope(account.username, account.role, account.unit_id, frozenset(subtree(s, account.unit_id)),
                      unit is not None and unit.parent_id is None, account.must_change_password)


def logout(s: Session, token: str) -> None:
    s.execute(delete(AdminSession).where(AdminSession.token_hash == token_hash(token)))


# --- the account life cycle -----------------------------------------------------------------------

def _account(s: Session, username: str) -> AdminAccount:
    account = s.get(AdminAccount, username)
    if account is None:
        raise DirectoryError("not_found", Words("no administrator {username}", username=username))
    return account


def end_sessions(s: Session, username: str) -> int:
    return rows_changed(s, delete(AdminSession).where(AdminSession.username == username))


def set_password(s: Session, username: str, password: str, now: datetime, *, must_change: bool,
                 keep_token: str | None = None) -> None:
    """A new password (checked against the rule). ``must_change``: someone else chose it (a reset), so
    the next login allows only the change. Every session ends but ``keep_token``'s (the owner's own,
    when they change it themselves)."""
    account = _account(s, username)
    _check_password(username, password)
    account.password_hash = PasswordHasher().hash(password)
    account.must_change_password, account.password_changed_at = must_change, now
    account.failed_logins, account.failures_since, account.locked_until = 0, None, None
    query = delete(AdminSession).where(AdminSession.username == username)
    if keep_token:
        query = query.where(AdminSession.token_hash != token_hash(keep_token))
    s.execute(query)
    audit.record(s, "admin.reset_password" if must_change else "admin.change_password", f"admin:{username}", now)


def change_own_password(s: Session, username: str, old: str, new: str, now: datetime, token: str) -> None:
    """The logged-in admin changes their password: the old one is asked again (DirectoryError
    wrong_password), the new one must keep the rule and differ from it."""
    account = _account(s, username)
    if not _verify(PasswordHasher(), account.password_hash, old):
        raise DirectoryError("wrong_password", Words("the current password is not right"))
    if old == new:
        raise DirectoryError("same_password", Words("the new password must differ from the current one"))
    set_password(s, username, new, now, must_change=False, keep_token=token)


def reset_password(s: Session, username: str, now: datetime) -> str:
    """A random one-time password (shown once to the resetting admin); the owner must change it at login."""
    password = "-".join(secrets.token_hex(3) for _ in range(4))   # 24 hex digits in groups: easy to read out
    set_password(s, username, password, now, must_change=True)
    return password


def set_disabled(s: Session, username: str, disabled: bool, now: datetime) -> AdminAccount:
    account = _account(s, username)
    account.disabled = disabled
    if disabled:
        end_sessions(s, username)
    audit.record(s, "admin.disable" if disabled else "admin.enable", f"admin:{username}", now)
    return account


def set_role(s: Session, username: str, role: str, now: datetime) -> AdminAccount:
    if role not in ROLES:
        raise DirectoryError("bad_role", Words("role must be one of {roles}", roles=", ".join(ROLES)))
    account = _account(s, username)
    before, account.role = account.role, role
    end_sessions(s, username)   # a token carries no role, but its holder's open pages assumed the old one
    audit.record(s, "admin.set_role", f"admin:{username}", now, detail=f"{before} -> {role}")
    return account


def logout_all(s: Session, username: str, now: datetime) -> int:
    _account(s, username)
    ended = end_sessions(s, username)
    audit.record(s, "admin.logout_all", f"admin:{username}", now, detail=f"{ended} session(s) ended")
    return ended


def account_dict(a: AdminAccount, now: datetime) -> dict:
    return {"username": a.username, "role": a.role, "unit_id": a.unit_id, "full_name": a.full_name,
            "phone": a.phone, "email": a.email, "disabled": a.disabled,
            "must_change_password": a.must_change_password,
            "locked": bool(a.locked_until and a.locked_until > now),
            "password_changed_at": a.password_changed_at.isoformat() + "Z" if a.password_changed_at else None}


def manageable(s: Session, scope: AdminScope) -> list[AdminAccount]:
    rows = s.scalars(select(AdminAccount).order_by(AdminAccount.unit_id, AdminAccount.username))
    return [a for a in rows if scope.may_manage(a)]
