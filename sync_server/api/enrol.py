"""POST /api/v1/devices/enrol: a station asks to deliver results here, proving it holds its key."""
from __future__ import annotations

from flask import jsonify, request

from examcore import canonical
from examcore.crypto.keys import fingerprint
from examcore.signed_request import RequestRefused, check_request
from examcore.clock import utc_naive
from sync_server import throttle
from sync_server.api import api
from examcore.api_messages import EnrolRequest
from sync_server.api.validation import parse_body
from sync_server.identity import enrols_stations
from sync_server.context import server
from sync_server.identity import is_server
from sync_server.devices import (EnrolmentRefused, approve_device, certificate, code_problem, redeem_code,
                                 request_enrolment)


@api.post("/devices/enrol")
def enrol():
    ctx = server()
    body = parse_body(EnrolRequest)
    if not throttle.allow(ctx.sessions, f"enrol:{request.remote_addr}", ctx.config.enrol_per_minute,
                          utc_naive(ctx.clock.now())):
        return jsonify(error="too_many_requests", message="too many enrolments from this address; wait a minute"), \
            429, {"Retry-After": "60"}
    try:
        public_key = canonical.b64d(body.public_key)
        # proof of possession: the request is signed with the key being enrolled
        check_request(dict(request.headers), request.method, request.path, request.get_data(cache=True), public_key,
                      ctx.clock.now().timestamp(), ctx.config.clock_skew_seconds)
        # a station enrolling at a province, with a code or without, would skip its centre: nothing is queued,
        # the code is left unused. Whatever is not a server is a station here, whatever its id looks like
        if not is_server(body.device_id, public_key) and not enrols_stations(ctx):
            return jsonify(error="enrol_at_centre", message="stations enrol at their exam centre, not at this "
                                                            "provincial server: ask the centre for a code"), 403
        # a wrong, used or expired code queues nothing: the device is not left waiting under the name it gave
        # (redeem_code checks again, in its own transaction, when the code is taken)
        problem = code_problem(ctx, body.code, body.device_id, public_key) if body.code else None
        if problem:
            return _code_refused(problem)
        device = request_enrolment(ctx, body.device_id, public_key, body.name)
    except (ValueError, RequestRefused) as exc:
        return jsonify(error="bad_signature", message=f"the request does not prove the key: {exc}"), 401
    except EnrolmentRefused as exc:
        return jsonify(error=exc.code, message=str(exc)), 403 if exc.code == "device_revoked" else 409
    if body.code:   # also for a device approved before (from its key file): the code's unit and room apply
        problem, unit_id = redeem_code(ctx, body.code, body.device_id, public_key)
        if problem:
            return _code_refused(problem)
        device = approve_device(ctx, body.device_id, unit_id=unit_id, actor=f"device:{body.device_id} (code)")
    approved = device.status == "approved"
    return jsonify(status="approved" if approved else "pending", server_id=ctx.keys.server_id,
                   server_key=canonical.b64e(ctx.keys.signing.public_raw()),
                   certificate=certificate(ctx, device) if approved else None,
                   results_key_id=fingerprint(ctx.keys.results.public_raw()),
                   message="enrolled" if approved else "waiting for an administrator to approve this station"), \
        200 if approved else 202


def _code_refused(problem: str):
    """The answer to an enrolment whose code cannot be taken (devices.code_problem's names)."""
    if problem == "code_other_unit":
        return jsonify(error=problem, message="this device is already approved here for another unit than "
                       "the code's; the code was not used: ask the administrator"), 409
    words = {"unknown_code": "the enrolment code is not right", "code_used": "the code was already used",
             "code_withdrawn": "the code was withdrawn (a newer room file or code replaced it)",
             "code_expired": "the code has expired",
             "code_for_a_room": "the code is for a PC of an exam room, not for a server",
             "code_for_a_station": "the code is for a station (an exam PC), not for a server",
             "code_for_a_server": "the code is for a lower exam centre's server, not for a station"}[problem]
    return jsonify(error=problem, message=f"{words}; ask the administrator for a new code"), 403
