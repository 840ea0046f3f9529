"""The administrators' API: login, alerts and devices, each scoped to the caller's subtree. An object outside
it answers 404, exactly as if it did not exist. (Units, learners, policy and the roster are the directory
area's: sync_server/directory/api.py; results and held results sync_server/results/api.py; reports
sync_server/reports/api.py.)"""
from __future__ import annotations

import json

from flask import jsonify, request
from sqlalchemy import select

from examcore.cli_text import Words
from examcore.clock import utc_naive
from sync_server import admins, throttle
from sync_server.api import api
from sync_server.api.admin_auth import admin, not_found, require_admin
from examcore.api_messages import AdminLogin, DeviceApprove
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.devices import EnrolmentRefused, approve_device, note_words, revoke_device
from sync_server.models import Alert, Device, Learner, Result

PAGE = 500


def _now():
    return utc_naive(server().clock.now())


@api.post("/admin/login")
def admin_login():
    ctx = server()
    now = _now()
    try:
        # a slot first: while the pool is full, a flood is turned away before it costs even a database write
        with ctx.hashing.slot():
            body = parse_body(AdminLogin)
            if not throttle.allow(ctx.sessions, f"login:{request.remote_addr}", ctx.config.login_per_minute, now):
                return _too_many("too_many_requests", "too many logins from this address; wait a minute", 60)
            token, expires, scope = admins.login(ctx.sessions, body.username, body.password, now)
    except throttle.Busy:
        return _too_many("busy", "the server is checking many passwords at once; try again in a moment", 2)
    except admins.LoginRefused as exc:
        return jsonify(error=exc.code, message=exc.detail), 401
    return jsonify(token=token, expires_at=expires.isoformat() + "Z", role=scope.role, unit_id=scope.unit_id,
                   must_change_password=scope.must_change_password)


def _too_many(code: str, message: str, seconds: int):
    answer = jsonify(error=code, message=message)
    answer.status_code = 429
    answer.headers["Retry-After"] = str(seconds)
    return answer


@api.post("/admin/logout")
@require_admin("proctor", before_password_change=True)
def admin_logout():
    with server().sessions.begin() as s:
        admins.logout(s, request.headers["Authorization"][len("Bearer "):].strip())
    return jsonify(status="logged_out")


@api.get("/admin/alerts")
@require_admin()
def alerts_list():
    scope = admin()
    with server().sessions() as s:
        query = (select(Alert, Learner.unit_id, Device.unit_id)
                 .outerjoin(Result, Result.result_id == Alert.result_id)
                 .outerjoin(Learner, Learner.learner_no == Result.learner_no)
                 .outerjoin(Device, Device.device_id == Alert.device_id)
                 .order_by(Alert.id.desc()).limit(PAGE))
        out = []
        for alert, learner_unit, device_unit in s.execute(query):
            unit = learner_unit or device_unit  # an alert belongs to the learner's unit, else the station's
            if scope.has_unit(unit):
                out.append({"id": alert.id, "kind": alert.kind, "result_id": alert.result_id,
                            "device_id": alert.device_id, "detail": alert.detail,
                            "words": json.loads(alert.words) if alert.words else None,
                            "created_at": alert.created_at.isoformat() + "Z"})
    return jsonify(alerts=out)


def _device_dict(d: Device) -> dict:
    note = note_words(d.note)
    return {"device_id": d.device_id, "status": d.status, "unit_id": d.unit_id, "note": str(note),
            **({"note_words": note.to_dict()} if isinstance(note, Words) else {}),
            "requested_at": d.requested_at.isoformat() + "Z",
            "certificate_expires_at": d.certificate_expires_at.isoformat() + "Z" if d.certificate_expires_at else None}


@api.get("/admin/devices")
@require_admin("centre_admin")
def devices_list():
    scope = admin()
    with server().sessions() as s:
        rows = [d for d in s.scalars(select(Device).order_by(Device.device_id)) if scope.has_unit(d.unit_id)]
    return jsonify(devices=[_device_dict(d) for d in rows])


def _device_in_scope(device_id: str) -> None:
    with server().sessions() as s:
        device = s.get(Device, device_id)
        if device is None or not admin().has_unit(device.unit_id):
            not_found(f"device {device_id}")


@api.post("/admin/devices/<device_id>/approve")
@require_admin("centre_admin")
def device_approve(device_id: str):
    body = parse_body(DeviceApprove)
    _device_in_scope(device_id)
    if not admin().has_unit(body.unit_id):
        not_found(f"unit {body.unit_id}")
    try:
        device = approve_device(server(), device_id, body.days, unit_id=body.unit_id)
    except EnrolmentRefused as exc:
        return jsonify(error="enrolment_refused", message=str(exc)), 422
    return jsonify(_device_dict(device))


@api.post("/admin/devices/<device_id>/revoke")
@require_admin("centre_admin")
def device_revoke(device_id: str):
    _device_in_scope(device_id)
    return jsonify(_device_dict(revoke_device(server(), device_id)))
