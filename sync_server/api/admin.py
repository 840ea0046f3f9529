"""The administrators' API: units, roster, results, alerts, devices, policy, each scoped to the caller's
subtree. An object outside it answers 404, exactly as if it did not exist."""
from __future__ import annotations

import json

from flask import abort, jsonify, make_response, request
from sqlalchemy import or_, select

from examcore.cli_text import Words
from examcore.clock import utc_naive
from sync_server import admins, audit, throttle
from sync_server.api import api
from sync_server.api.admin_auth import admin, learner_in_scope, not_found, require_admin, unit_in_scope
from sync_server.api.schemas import AdminLogin, DeviceApprove, LearnerPut, PolicyPut, UnitPut
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.counted import claim_numbers
from sync_server.devices import EnrolmentRefused, approve_device, note_words, revoke_device
from sync_server.directory import (DirectoryError, LearnerFields, end_exemptions, learner_dict, put_learner,
                                   put_unit, set_policy, subtree)
from sync_server.models import Alert, Device, Learner, Result, Unit
from sync_server.password_resets import reset_password

PAGE = 500


def _now():
    return utc_naive(server().clock.now())


def _refused(exc: DirectoryError):
    """422 with the refusal, and its words for a client that says them in its reader's language."""
    words = exc.detail.to_dict() if isinstance(exc.detail, Words) else None
    return jsonify(error=exc.code, message=exc.detail, words=words), 422


def _check_id(value: str, what: str) -> None:
    """Ids in the address are checked like body fields: never a database error for a 500-character id."""
    if not 1 <= len(value) <= 40 or not value.isprintable():
        abort(make_response(jsonify(error="invalid_message", message=f"{what} must be 1 to 40 characters"), 422))


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


def _unit_dict(u: Unit) -> dict:
    return {"unit_id": u.unit_id, "parent_id": u.parent_id, "name": u.name, "level": u.level}


@api.get("/admin/units")
@require_admin()
def units_list():
    with server().sessions() as s:
        rows = s.scalars(select(Unit).where(Unit.unit_id.in_(admin().units)).order_by(Unit.unit_id))
        return jsonify(units=[_unit_dict(u) for u in rows])


@api.put("/admin/units/<unit_id>")
@require_admin("centre_admin")
def unit_put(unit_id: str):
    _check_id(unit_id, "unit_id")
    body = parse_body(UnitPut)
    scope = admin()
    with server().sessions.begin() as s:
        existing = s.get(Unit, unit_id)
        if existing is not None and not scope.has_unit(unit_id):
            not_found(f"unit {unit_id}")
        if body.parent_id is None:
            if not (scope.is_root and scope.at_least("provincial_admin")):
                return jsonify(error="forbidden", message="only a provincial administrator adds a top unit"), 403
        elif not scope.has_unit(body.parent_id):
            not_found(f"unit {body.parent_id}")
        if existing is not None and existing.unit_id == scope.unit_id and body.parent_id != existing.parent_id:
            return jsonify(error="forbidden", message="you cannot move the unit you administer"), 403
        try:
            unit = put_unit(s, unit_id, body.name, body.level, body.parent_id, _now())
        except DirectoryError as exc:
            return _refused(exc)
        audit.record(s, "unit.put", f"unit:{unit_id}", _now(),
                     detail=f"{body.name} ({body.level}) under {body.parent_id or '(top)'}")
        return jsonify(_unit_dict(unit)), 200 if existing else 201


# A learner number is one person's for life, so a number held in a unit outside the admin's cannot be
# added again: that the number is taken is all the refusal says (not where, not whose), and a roster
# import says the same. Moving a person between units is for an administrator over both.
NUMBER_UNAVAILABLE = ("learner number {} cannot be added or changed by you; if the person moved to your unit, "
                      "an administrator over both units moves them")


@api.get("/admin/learners")
@require_admin()
def learners_list():
    scope = admin()
    unit_id = request.args.get("unit_id")
    if unit_id and not scope.has_unit(unit_id):
        not_found(f"unit {unit_id}")
    after = request.args.get("after", "")
    if not after:   # the first page: ended exemptions show as active from here on
        end_exemptions(server())
    with server().sessions() as s:
        if not unit_id:
            units = list(scope.units)
        elif request.args.get("below") in ("1", "true"):   # the unit and every unit under it
            units = [u for u in subtree(s, unit_id) if scope.has_unit(u)]
        else:
            units = [unit_id]
        rows = list(s.scalars(select(Learner).where(Learner.unit_id.in_(units), Learner.learner_no > after)
                              .order_by(Learner.learner_no).limit(PAGE)))
    return jsonify(learners=[learner_dict(r) for r in rows], more=len(rows) == PAGE)


@api.get("/admin/learners/<learner_no>")
@require_admin()
def learner_get(learner_no: str):
    with server().sessions() as s:
        row = learner_in_scope(s, learner_no)
        return jsonify(learner_dict(row))


@api.put("/admin/learners/<learner_no>")
@require_admin()
def learner_put(learner_no: str):
    _check_id(learner_no, "learner_no")
    body = parse_body(LearnerPut)
    scope = admin()
    with server().sessions.begin() as s:
        claim_numbers(s, [learner_no])   # an import adding it now: wait for it, then judge the unit it is in
        row = s.get(Learner, learner_no)
        if row is not None and not scope.has_unit(row.unit_id):
            return jsonify(error="learner_no_unavailable", message=NUMBER_UNAVAILABLE.format(learner_no)), 409
        if not scope.has_unit(body.unit_id):
            not_found(f"unit {body.unit_id}")
        try:
            learner, password = put_learner(s, learner_no, LearnerFields(
                body.name, body.unit_id, body.rank, body.is_leader, body.phone, body.status, body.exempt_reason,
                body.exempt_from, body.exempt_until), _now())
        except DirectoryError as exc:
            return _refused(exc)
        audit.record(s, "learner.put", f"learner:{learner_no}", _now(), detail="added" if password else "changed")
        answer = learner_dict(learner)
        if password:
            answer["initial_password"] = password  # shown once: the slip for the learner
        return jsonify(answer), 201 if password else 200


@api.post("/admin/learners/<learner_no>/reset-password")
@require_admin()
def learner_reset(learner_no: str):
    from sync_server.upstream.relay import upward_identity
    upward = upward_identity(server())
    try:
        with server().sessions.begin() as s:
            learner_in_scope(s, learner_no)
            password = reset_password(s, learner_no, _now(), upward=upward)
            audit.record(s, "learner.reset_password", f"learner:{learner_no}", _now())
    except DirectoryError as exc:   # a learner who moved out of this centre's units (nothing changed)
        return _refused(exc)
    return jsonify(learner_no=learner_no, initial_password=password)


def _results_in_scope(query):
    scope = admin()
    query = query.outerjoin(Learner, Learner.learner_no == Result.learner_no)
    seen = Learner.unit_id.in_(list(scope.units))
    return query.where(or_(seen, Learner.learner_no.is_(None)) if scope.is_root else seen)


def _result_dict(r: Result) -> dict:
    return {"result_id": r.result_id, "exam_id": r.exam_id, "learner_no": r.learner_no, "device_id": r.device_id,
            "server_score": r.server_score, "station_score": r.station_score, "outcome": r.outcome,
            "pending_points": r.pending_points, "submitted_at": r.submitted_at,
            "received_at": r.received_at.isoformat() + "Z", "source": r.source}


@api.get("/admin/results")
@require_admin()
def results_list():
    query = select(Result).order_by(Result.result_id).where(Result.result_id > request.args.get("after", ""))
    if request.args.get("exam_id"):
        query = query.where(Result.exam_id == request.args["exam_id"])
    with server().sessions() as s:
        rows = list(s.scalars(_results_in_scope(query).limit(PAGE)))
    return jsonify(results=[_result_dict(r) for r in rows], more=len(rows) == PAGE)


@api.get("/admin/results/<result_id>")
@require_admin()
def result_get(result_id: str):
    with server().sessions() as s:
        row = s.scalars(_results_in_scope(select(Result).where(Result.result_id == result_id))).first()
        if row is None:
            not_found(f"result {result_id}")
        return jsonify(_result_dict(row))


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


@api.put("/admin/policy/<key>")
@require_admin("provincial_admin")
def policy_put(key: str):
    body = parse_body(PolicyPut)
    if not admin().is_root:
        return jsonify(error="forbidden", message="policy is set for the whole server, by its top administrator"), 403
    with server().sessions.begin() as s:
        try:
            policy = set_policy(s, key, body.value, _now())
            audit.record(s, "policy.set", f"policy:{key}", _now(), detail=str(body.value))
            return jsonify(policy=policy)
        except DirectoryError as exc:
            return _refused(exc)
