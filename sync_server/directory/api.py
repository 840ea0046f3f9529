"""The directory area's blueprint: units, learners, policy and roster spreadsheets through the admin API,
each scoped to the caller's subtree (an object outside it answers 404, exactly as if it did not exist).
Roster import is all or nothing and limited to the admin's subtree; new learners' account slips come back as
a PDF. Registered under /api/v1 by sync_server/app.py."""
from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, make_response, request
from sqlalchemy import select

from examcore import canonical
from examcore.cli_text import Words
from examcore.clock import utc_naive
from sync_server import audit
from sync_server.api.admin_auth import admin, learner_in_scope, not_found, require_admin
from examcore.api_messages import LearnerPut, PolicyPut, UnitPut
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.directory.headcount import claim_numbers
from sync_server.directory.password_resets import reset_password
from sync_server.directory.service import (DirectoryError, LearnerFields, end_exemptions, learner_dict, put_learner,
                                           put_unit, set_policy, subtree)
from sync_server.models import Learner, Unit

directory_api = Blueprint("directory", __name__)

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


def _unit_dict(u: Unit) -> dict:
    return {"unit_id": u.unit_id, "parent_id": u.parent_id, "name": u.name, "level": u.level}


@directory_api.get("/admin/units")
@require_admin()
def units_list():
    with server().sessions() as s:
        rows = s.scalars(select(Unit).where(Unit.unit_id.in_(admin().units)).order_by(Unit.unit_id))
        return jsonify(units=[_unit_dict(u) for u in rows])


@directory_api.put("/admin/units/<unit_id>")
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


@directory_api.get("/admin/learners")
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


@directory_api.get("/admin/learners/<learner_no>")
@require_admin()
def learner_get(learner_no: str):
    with server().sessions() as s:
        row = learner_in_scope(s, learner_no)
        return jsonify(learner_dict(row))


@directory_api.put("/admin/learners/<learner_no>")
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


@directory_api.post("/admin/learners/<learner_no>/reset-password")
@require_admin()
def learner_reset(learner_no: str):
    from sync_server.identity import reset_signer, upward_identity
    upward, signer = upward_identity(server()), reset_signer(server())
    try:
        with server().sessions.begin() as s:
            learner_in_scope(s, learner_no)
            password = reset_password(s, learner_no, _now(), upward=upward, signer=signer)
            audit.record(s, "learner.reset_password", f"learner:{learner_no}", _now())
    except DirectoryError as exc:   # a learner who moved out of this centre's units (nothing changed)
        return _refused(exc)
    return jsonify(learner_no=learner_no, initial_password=password)


@directory_api.put("/admin/policy/<key>")
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


MAX_ROSTER_BYTES = 20 << 20


@directory_api.post("/admin/roster/import")
@require_admin()
def roster_import():
    """The body is the workbook. Every problem is named, and then nothing changes."""
    from sync_server.directory.roster_files import import_roster_recorded, write_slips
    data = request.get_data()
    if not data or len(data) > MAX_ROSTER_BYTES:
        return jsonify(error="invalid_message", message="send the Excel roster (at most 20 MB) as the body"), 422
    ctx = server()
    with tempfile.TemporaryDirectory() as tmp:
        name = Path(request.args.get("name") or "roster.xlsx").name
        suffix = next((x for x in (".xlsx", ".xlsm", ".xls") if name.lower().endswith(x)), "")
        # the name only labels the problems; cut to what any file system takes (255 bytes)
        stem = (name[:-len(suffix)] if suffix else name).encode("utf-8")[:120].decode("utf-8", "ignore") or "roster"
        path = Path(tmp) / (stem + (suffix or ".xlsx"))
        path.write_bytes(data)
        now = utc_naive(ctx.clock.now())
        done = import_roster_recorded(ctx.sessions, path, now, name, allowed_units=set(admin().units))
        if done.problems:
            return jsonify(error="roster_problems", message=f"nothing was changed: {len(done.problems)} problem(s)",
                           problems=[str(p) for p in done.problems],
                           details=[p.to_dict() for p in done.problems]), 422
        slips = None
        if done.added:
            write_slips(Path(tmp) / "slips.pdf", done.added, ctx.keys.name)
            slips = canonical.b64e((Path(tmp) / "slips.pdf").read_bytes())
    return jsonify(added=len(done.added), updated=done.updated, transferred=done.transferred, slips_pdf=slips)


@directory_api.get("/admin/roster/export")
@require_admin()
def roster_export():
    """The admin's subtree (or ?unit_id= a unit in it) as a workbook in the import template's layout."""
    from sync_server.directory.roster_files import export_roster
    scope = admin()
    unit_id = request.args.get("unit_id") or scope.unit_id
    with server().sessions() as s:
        if not scope.has_unit(unit_id) or s.get(Unit, unit_id) is None:
            not_found(f"unit {unit_id}")
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "roster.xlsx"
            count = export_roster(s, path, subtree(s, unit_id) & set(scope.units))
            data = path.read_bytes()
    return Response(data, mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"X-Xuefa-Learners": str(count)})
