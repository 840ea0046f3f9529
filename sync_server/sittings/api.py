"""The sittings area's blueprint: stations check learners in (and get the key once started) over the LAN,
proctors watch and start them. Registered under /api/v1 by sync_server/app.py."""
from __future__ import annotations

from datetime import datetime, timedelta

from flask import Blueprint, g, jsonify, request

from examcore import canonical
from examcore.clock import to_local, utc_naive
from sync_server import audit
from sync_server.api.admin_auth import admin, not_found, require_admin
from sync_server.api.device_auth import device_transaction, records_nonce, require_device
from examcore.api_messages import (CancelRequest, CheckInRequest, MissingRequest, MoveSeatRequest, ProctorSigned,
                                     SittingActionRequest, StartCodeRequest)
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.models import Sitting
from sync_server.results.seat_moves import move_seat_and_judge
from sync_server.sittings.service import (CheckInRefused, SittingError, act, cancel, check_in, check_signed, close, log, mark_missing,
                                  reveal_start_code, seats_of, set_start_code, sitting_dict,
                                  sittings_between, start)

sittings_api = Blueprint("sittings", __name__)


@sittings_api.post("/sittings/check-in")
@require_device
@records_nonce   # every station of a room reports every 3 s: one durable commit a report, not two
def sitting_check_in():
    ask = parse_body(CheckInRequest)
    ctx = server()
    key = canonical.b64d(ask.station_key) if ask.station_key else None
    try:
        with device_transaction() as s:
            outcome = check_in(ctx, s, g.device_id, ask.learner_no, ctx.clock.now(), key,
                               ask.report.model_dump() if ask.report else None, station_place=g.device_place,
                               reopen=ask.reopen)
    except CheckInRefused as exc:   # the seat stays as it was; the refusal goes into the sitting's log
        with device_transaction() as s:
            if exc.sitting_id:
                log(s, exc.sitting_id, f"{exc.code}_refused", g.device_id, ctx.clock.now(), ask.learner_no, exc.detail)
        return jsonify(error=exc.code, message=exc.detail), exc.status
    return jsonify(outcome.to_dict())


def _sitting_in_scope(s, sitting_id: str) -> Sitting:
    row = s.get(Sitting, sitting_id)
    if row is None or not admin().has_unit(row.unit_id):
        not_found(f"sitting {sitting_id}")
    return row


OPEN_AROUND = timedelta(hours=12)


@sittings_api.get("/admin/sittings")
@require_admin("proctor")
def list_sittings():
    ctx = server()
    day = request.args.get("date")
    try:
        local = to_local(datetime.fromisoformat(day)) if day else to_local(ctx.clock.now())
    except ValueError:
        return jsonify(error="bad_date", message=f"{day!r} is not a date (YYYY-MM-DD)"), 400
    start_of_day = local.replace(hour=0, minute=0, second=0, microsecond=0)
    with ctx.sessions() as s:
        found = sittings_between(s, start_of_day, start_of_day + timedelta(days=1))
        if not day:   # today's, and any other that starts or started within OPEN_AROUND of now: a sitting
            now = ctx.clock.now()  # across midnight, or one just after it, stays in the proctor's list, closed
            seen = {r.sitting_id for r in found}  # too (its report is printed after it closed at 00:30)
            found += [r for r in sittings_between(s, now - OPEN_AROUND, now + OPEN_AROUND) if r.sitting_id not in seen]
            found.sort(key=lambda r: (r.starts_at, r.room))
        rows = [r for r in found if admin().has_unit(r.unit_id)]
        return jsonify(sittings=[sitting_dict(r) for r in rows])


@sittings_api.get("/admin/sittings/<sitting_id>")
@require_admin("proctor")
def get_sitting(sitting_id: str):
    with server().sessions() as s:
        row = _sitting_in_scope(s, sitting_id)
        return jsonify(sitting=sitting_dict(row), seats=seats_of(s, sitting_id))


@sittings_api.post("/admin/sittings/<sitting_id>/start")
@require_admin("proctor")
def start_sitting(sitting_id: str):
    signed = _signed_only()
    ctx = server()
    return _change(sitting_id, lambda s, now: start(s, sitting_id, admin().username, now,
                                                    check_signed(ctx, s, signed, sitting_id, "start", now)))


def _signed_only() -> dict | None:
    """The signed action of a start or close (no other fields). A missing body is judged after the scope
    check, as "unsigned", not as a malformed request."""
    if not request.get_data(cache=True).strip():
        return None
    return parse_body(ProctorSigned).signed


def _change(sitting_id: str, change):
    """Run a proctor's change in one transaction, with its audit row; a refusal is a 409 with its reason."""
    ctx = server()
    try:
        with ctx.sessions.begin() as s:
            _sitting_in_scope(s, sitting_id)
            change(s, ctx.clock.now())
            audit.record(s, "sitting." + request.path.rsplit("/", 1)[-1], f"sitting:{sitting_id}",
                         utc_naive(ctx.clock.now()))
            row = _sitting_in_scope(s, sitting_id)
            return jsonify(sitting=sitting_dict(row), seats=seats_of(s, sitting_id))
    except SittingError as exc:
        return jsonify(error=exc.code, message=exc.detail), 409


@sittings_api.post("/admin/sittings/<sitting_id>/actions")
@require_admin("proctor")
def sitting_action(sitting_id: str):
    ask = parse_body(SittingActionRequest)
    ctx = server()

    def change(s, now):
        evidence = check_signed(ctx, s, ask.signed, sitting_id, ask.kind, now, ask.learner_no, ask.minutes, ask.reason)
        act(s, sitting_id, ask.kind, admin().username, now, ask.learner_no, ask.minutes, ask.reason, evidence)
    return _change(sitting_id, change)


@sittings_api.post("/admin/sittings/<sitting_id>/missing")
@require_admin("proctor")
def sitting_missing(sitting_id: str):
    ask = parse_body(MissingRequest)
    ctx = server()
    return _change(sitting_id, lambda s, now: mark_missing(
        s, sitting_id, ask.learner_no, ask.reason, admin().username, now,
        check_signed(ctx, s, ask.signed, sitting_id, "missing", now, ask.learner_no, reason=ask.reason)))


@sittings_api.post("/admin/sittings/<sitting_id>/move-seat")
@require_admin("proctor")
def sitting_move_seat(sitting_id: str):
    """Free a seat bound to a station (its PC failed, the learner moved), or bind it to another station of
    the room; signed by the proctor's station like every proctor action (kind move_seat)."""
    ask = parse_body(MoveSeatRequest)
    ctx = server()

    def change(s, now):   # the learner's standing is judged again with the move (results/seat_moves.py)
        move_seat_and_judge(s, sitting_id, ask.learner_no, ask.device_id, ask.reason, admin().username, now,
                            check_signed(ctx, s, ask.signed, sitting_id, "move_seat", now, ask.learner_no,
                                         reason=ask.reason))
    return _change(sitting_id, change)


@sittings_api.post("/admin/sittings/<sitting_id>/close")
@require_admin("proctor")
def sitting_close(sitting_id: str):
    signed = _signed_only()
    ctx = server()
    return _change(sitting_id, lambda s, now: close(s, sitting_id, admin().username, now,
                                                    check_signed(ctx, s, signed, sitting_id, "close", now)))


@sittings_api.post("/admin/sittings/<sitting_id>/cancel")
@require_admin("proctor")
def sitting_cancel(sitting_id: str):
    """Call off a sitting that never started and that no one may have sat (service.cancel)."""
    ask = parse_body(CancelRequest)
    ctx = server()
    return _change(sitting_id, lambda s, now: cancel(s, sitting_id, admin().username, now, ask.reason, check_signed(
        ctx, s, ask.signed, sitting_id, "cancel", now, reason=ask.reason)))


@sittings_api.put("/admin/sittings/<sitting_id>/start-code")
@require_admin("proctor")
def sitting_set_start_code(sitting_id: str):
    """Keep the package's start code with the sitting (checked against the package) for offline starts."""
    ask = parse_body(StartCodeRequest)
    ctx = server()
    return _change(sitting_id, lambda s, now: set_start_code(ctx, s, sitting_id, ask.start_code, admin().username, now))


@sittings_api.get("/admin/sittings/<sitting_id>/start-code")
@require_admin("proctor")
def sitting_start_code(sitting_id: str):
    """The start code for the proctor to show and print when the LAN fails (each look is logged)."""
    ctx = server()
    try:
        with ctx.sessions.begin() as s:
            row = _sitting_in_scope(s, sitting_id)
            code = reveal_start_code(ctx, s, sitting_id, admin().username, ctx.clock.now())
            audit.record(s, "sitting.show_start_code", f"sitting:{sitting_id}", utc_naive(ctx.clock.now()))
            return jsonify(start_code=code, sitting=sitting_dict(row))
    except SittingError as exc:
        return jsonify(error=exc.code, message=exc.detail), 404 if exc.code == "no_start_code" else 409
