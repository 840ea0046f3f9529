"""Administrator accounts over the API: who am I, change my password, and for the accounts an admin
manages (at or below their unit, with a role no higher; the top administrator: all) a password reset,
disable, enable, role and ending every session. The security log for the top administrator."""
from __future__ import annotations

from datetime import datetime

from flask import abort, jsonify, make_response, request

from examcore.clock import utc_naive
from sync_server import admins, audit
from sync_server.api import api
from sync_server.api.admin_auth import admin, not_found, require_admin
from examcore.api_messages import PasswordChange, RolePut
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.directory.service import DirectoryError
from sync_server.models import AdminAccount
from sync_server.throttle import Busy

AUDIT_PAGE = 200


def _now() -> datetime:
    return utc_naive(server().clock.now())


def _token() -> str:
    return request.headers["Authorization"][len("Bearer "):].strip()


@api.get("/admin/me")
@require_admin("proctor", before_password_change=True)
def me():
    with server().sessions() as s:
        return jsonify(admins.account_dict(s.get(AdminAccount, admin().username), _now()))


@api.post("/admin/me/password")
@require_admin("proctor", before_password_change=True)
def change_my_password():
    body = parse_body(PasswordChange)
    ctx = server()
    try:
        with ctx.hashing.slot(), ctx.sessions.begin() as s:
            admins.change_own_password(s, admin().username, body.old_password, body.new_password, _now(), _token())
    except Busy:
        return jsonify(error="busy", message="the server is busy; try again in a moment"), 429, {"Retry-After": "2"}
    except DirectoryError as exc:
        if exc.code == "wrong_password":   # the change rolled back; its refusal is still recorded
            with ctx.sessions.begin() as s:
                audit.record(s, "admin.change_password", f"admin:{admin().username}", _now(), "refused",
                             "wrong current password")
        return jsonify(error=exc.code, message=exc.detail), 422
    return jsonify(status="changed")


def _managed(s, username: str) -> AdminAccount:
    """The account, if the caller manages it; the caller's own account is changed through /admin/me."""
    account = s.get(AdminAccount, username)
    scope = admin()
    if account is None or not (scope.has_unit(account.unit_id) or scope.may_manage(account)):
        not_found(f"administrator {username}")
    if account.username == scope.username:
        abort(make_response(jsonify(error="own_account", message="change your own account through /admin/me"), 403))
    if not scope.may_manage(account):
        abort(make_response(jsonify(error="forbidden", message=f"{username} has a higher role than yours"), 403))
    return account


@api.get("/admin/admins")
@require_admin()
def admins_list():
    with server().sessions() as s:
        now = _now()
        return jsonify(admins=[admins.account_dict(a, now) for a in admins.manageable(s, admin())
                               if a.username != admin().username])


@api.post("/admin/admins/<username>/reset-password")
@require_admin()
def admin_reset_password(username: str):
    with server().sessions.begin() as s:
        _managed(s, username)
        password = admins.reset_password(s, username, _now())
    return jsonify(username=username, initial_password=password)


@api.post("/admin/admins/<username>/disable")
@require_admin()
def admin_disable(username: str):
    with server().sessions.begin() as s:
        _managed(s, username)
        return jsonify(admins.account_dict(admins.set_disabled(s, username, True, _now()), _now()))


@api.post("/admin/admins/<username>/enable")
@require_admin()
def admin_enable(username: str):
    with server().sessions.begin() as s:
        _managed(s, username)
        return jsonify(admins.account_dict(admins.set_disabled(s, username, False, _now()), _now()))


@api.put("/admin/admins/<username>/role")
@require_admin()
def admin_set_role(username: str):
    body = parse_body(RolePut)
    scope = admin()
    if not scope.may_manage(AdminAccount(role=body.role, unit_id=scope.unit_id)):
        return jsonify(error="forbidden", message=f"you cannot give a role higher than yours ({scope.role})"), 403
    with server().sessions.begin() as s:
        _managed(s, username)
        return jsonify(admins.account_dict(admins.set_role(s, username, body.role, _now()), _now()))


@api.post("/admin/admins/<username>/logout-all")
@require_admin()
def admin_logout_all(username: str):
    with server().sessions.begin() as s:
        _managed(s, username)
        return jsonify(ended=admins.logout_all(s, username, _now()))


def _time_arg(name: str) -> datetime | None:
    raw = request.args.get(name, "")
    if not raw:
        return None
    try:
        return utc_naive(datetime.fromisoformat(raw.replace("Z", "+00:00")))
    except ValueError:
        abort(make_response(jsonify(error="invalid_message", message=f"{name} must be an ISO date or time"), 422))


@api.get("/admin/audit")
@require_admin("provincial_admin")
def audit_list():
    if not admin().is_root:
        return jsonify(error="forbidden", message="the security log is for the server's top administrator"), 403
    try:
        before = int(request.args["before"]) if request.args.get("before") else None
        limit = min(max(int(request.args.get("limit", AUDIT_PAGE)), 1), 500)
    except ValueError:
        return jsonify(error="invalid_message", message="before and limit are whole numbers"), 422
    if before is not None and not 0 <= before < 2 ** 62:
        return jsonify(error="invalid_message", message="before is out of range"), 422
    with server().sessions() as s:
        rows = audit.search(s, before=before, action=request.args.get("action", "")[:40],
                            actor=request.args.get("actor", "")[:100], obj=request.args.get("object", "")[:200],
                            outcome=request.args.get("outcome", "")[:20], since=_time_arg("since"),
                            until=_time_arg("until"), limit=limit)
    return jsonify(entries=[audit.entry_dict(e) for e in rows], more=len(rows) == limit)
