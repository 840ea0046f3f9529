"""Administrator requests: a bearer token from /admin/login, the role it needs, and the subtree it sees."""
from __future__ import annotations

import functools
from datetime import timedelta
from typing import NoReturn

from flask import abort, g, jsonify, make_response, request

from examcore.clock import utc_naive
from sync_server.admins import AdminScope, scope_for_token
from sync_server.context import server
from sync_server.models import Learner, Unit


def _refuse(code: str, message: str, status: int) -> NoReturn:
    abort(make_response(jsonify(error=code, message=message), status))


def require_admin(role: str = "unit_admin", *, before_password_change: bool = False):
    """The view needs a live admin session of at least ``role``. Until an account has changed the password
    someone else chose for it, its token opens only the views marked ``before_password_change``."""
    def decorate(view):
        @functools.wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            if not header.startswith("Bearer "):
                _refuse("not_logged_in", "log in first (POST /api/v1/admin/login)", 401)
            ctx = server()
            with ctx.sessions.begin() as s:
                scope = scope_for_token(s, header[len("Bearer "):].strip(), utc_naive(ctx.clock.now()),
                                        timedelta(minutes=ctx.config.idle_minutes))
            if scope is None:
                _refuse("not_logged_in", "the login has expired or is not known; log in again", 401)
            if scope.must_change_password and not before_password_change:
                _refuse("must_change_password", "change your password first (POST /api/v1/admin/me/password)", 403)
            if not scope.at_least(role):
                _refuse("forbidden", f"this needs the {role} role; you are {scope.role}", 403)
            g.admin = scope
            return view(*args, **kwargs)
        return wrapper
    return decorate


def admin() -> AdminScope:
    return g.admin


def not_found(what: str) -> NoReturn:
    """Outside the admin's subtree looks exactly like not there: nothing about other units leaks."""
    _refuse("not_found", f"no {what} here", 404)


def learner_in_scope(s, learner_no: str) -> Learner:
    """The learner, when in the admin's subtree; otherwise 404 (as if there were none)."""
    row = s.get(Learner, learner_no)
    if row is None or not admin().has_unit(row.unit_id):
        not_found(f"learner {learner_no}")
    return row


def unit_in_scope(s, unit_id: str) -> None:
    """404 unless the unit exists in the admin's subtree."""
    if not admin().has_unit(unit_id) or s.get(Unit, unit_id) is None:
        not_found(f"unit {unit_id}")
