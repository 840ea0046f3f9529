"""The security log (table audit_log): one row per login, password change, account change, roster import,
device approval or revocation, enrolment, policy or unit change. ``record`` adds the row to the caller's
session, so it commits (or rolls back) with the change it records. Rows are never updated or deleted."""
from __future__ import annotations

import getpass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from sync_server.models import AuditEntry

OUTCOMES = ("ok", "failed", "refused")


def _request_actor_and_address() -> tuple[str | None, str]:
    """The acting admin and the client address of the request being served; (None, "local") outside one
    (a CLI command run on the server's own machine)."""
    try:
        from flask import g, has_request_context, request
    except ImportError:   # pragma: no cover - flask is a server dependency
        return None, "local"
    if not has_request_context():
        return None, "local"
    scope = g.get("admin")
    return (scope.username if scope is not None else None), (request.remote_addr or "")[:64]


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (OSError, KeyError):   # no user name in this environment (a service account without one)
        return "cli"


def record(s: Session, action: str, obj: str, now: datetime, outcome: str = "ok", detail: str = "",
           actor: str | None = None) -> AuditEntry:
    """Add one audit row to ``s`` (it commits with the caller's transaction). ``actor`` defaults to the
    logged-in admin of the current request, else the OS user of the CLI."""
    assert outcome in OUTCOMES, outcome
    request_actor, address = _request_actor_and_address()
    entry = AuditEntry(at=now, actor=(actor or request_actor or cli_actor())[:100], address=address,
                       action=action[:40], object=obj[:200], outcome=outcome, detail=detail[:2000])
    s.add(entry)
    return entry


def entry_dict(e: AuditEntry) -> dict:
    return {"id": e.id, "at": e.at.isoformat() + "Z", "actor": e.actor, "address": e.address, "action": e.action,
            "object": e.object, "outcome": e.outcome, "detail": e.detail}


def search(s: Session, *, before: int | None = None, action: str = "", actor: str = "", obj: str = "",
           outcome: str = "", since: datetime | None = None, until: datetime | None = None,
           limit: int = 200) -> list[AuditEntry]:
    """Newest first; ``before``: the id of the last row of the previous page. ``action`` matches a prefix
    (``admin.`` finds every account change)."""
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before is not None:
        query = query.where(AuditEntry.id < before)
    if action:
        query = query.where(AuditEntry.action.startswith(action, autoescape=True))
    if actor:
        query = query.where(AuditEntry.actor == actor)
    if obj:
        query = query.where(AuditEntry.object == obj)
    if outcome:
        query = query.where(AuditEntry.outcome == outcome)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    return list(s.scalars(query))
