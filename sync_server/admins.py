"""Administrator accounts: argon2id passwords, bearer tokens of 256 bits (only their hash is stored),
lockout after repeated failures, and the unit subtree each one may see.

Roles, from least to most: proctor (the sittings of their units), unit_admin (also the roster and results
of their units), centre_admin (also devices and packages), provincial_admin (also policy and issuers). Each is scoped to the subtree of its unit.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete
from sqlalchemy.orm import Session

from sync_server.directory import DirectoryError, subtree
from sync_server.models import AdminAccount, AdminSession, Unit

ROLES = ("proctor", "unit_admin", "centre_admin", "provincial_admin")
TOKEN_HOURS = 8
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD = 10


@dataclass(frozen=True)
class AdminScope:
    username: str
    role: str
    unit_id: str
    units: frozenset[str]   # the admin's unit and everything below it
    is_root: bool           # scoped at a top unit of this server: also sees what belongs to no unit

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def has_unit(self, unit_id: str | None) -> bool:
        return unit_id in self.units if unit_id is not None else self.is_root


def password_problems(username: str, password: str) -> list[str]:
    out = []
    if len(password) < MIN_PASSWORD:
        out.append(f"at least {MIN_PASSWORD} characters")
    if not (any(c.isalpha() for c in password) and any(c.isdigit() for c in password)):
        out.append("letters and digits")
    if username.lower() in password.lower():
        out.append("not containing the user name")
    return out


def create_admin(s: Session, username: str, password: str, role: str, unit_id: str, now: datetime,
                 full_name: str = "", phone: str = "", email: str = "") -> AdminAccount:
    if role not in ROLES:
        raise DirectoryError("bad_role", f"role must be one of {', '.join(ROLES)}")
    if s.get(Unit, unit_id) is None:
        raise DirectoryError("unknown_unit", f"no unit {unit_id} (add it with `xuefa-server units add`)")
    if s.get(AdminAccount, username) is not None:
        raise DirectoryError("exists", f"an administrator {username} already exists")
    problems = password_problems(username, password)
    if problems:
        raise DirectoryError("weak_password", "the password needs " + ", ".join(problems))
    account = AdminAccount(username=username, password_hash=PasswordHasher().hash(password), role=role,
                           unit_id=unit_id, created_at=now, failed_logins=0, full_name=full_name, phone=phone,
                           email=email)
    s.add(account)
    return account


class LoginRefused(Exception):
    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


_DUMMY = PasswordHasher().hash("xuefa-no-such-admin")


def login(s: Session, username: str, password: str, now: datetime) -> tuple[str, datetime]:
    """A fresh bearer token and its expiry; LoginRefused (wrong, locked) otherwise."""
    account = s.get(AdminAccount, username)
    hasher = PasswordHasher()
    if account is None:
        _verify(hasher, _DUMMY, password)  # as slow as a real check: timing does not tell who exists
        raise LoginRefused("wrong_login", "user name or password is wrong")
    if account.locked_until and account.locked_until > now:
        raise LoginRefused("locked", f"too many wrong passwords; try again after {account.locked_until:%H:%M} UTC")
    if not _verify(hasher, account.password_hash, password):
        account.failed_logins += 1
        if account.failed_logins >= MAX_FAILURES:
            account.failed_logins, account.locked_until = 0, now + LOCKOUT
        raise LoginRefused("wrong_login", "user name or password is wrong")
    account.failed_logins, account.locked_until = 0, None
    token = secrets.token_urlsafe(32)
    expires = now + timedelta(hours=TOKEN_HOURS)
    s.execute(delete(AdminSession).where(AdminSession.expires_at < now))
    s.add(AdminSession(token_hash=token_hash(token), username=username, expires_at=expires))
    return token, expires


def _verify(hasher: PasswordHasher, hashed: str, password: str) -> bool:
    try:
        return hasher.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def scope_for_token(s: Session, token: str, now: datetime) -> AdminScope | None:
    session = s.get(AdminSession, token_hash(token))
    if session is None or session.expires_at < now:
        return None
    account = s.get(AdminAccount, session.username)
    if account is None:
        return None
    return scope_of(s, account)


def scope_of(s: Session, account: AdminAccount) -> AdminScope:
    unit = s.get(Unit, account.unit_id)
    return AdminScope(account.username, account.role, account.unit_id, frozenset(subtree(s, account.unit_id)),
                      unit is not None and unit.parent_id is None)


def logout(s: Session, token: str) -> None:
    s.execute(delete(AdminSession).where(AdminSession.token_hash == token_hash(token)))
