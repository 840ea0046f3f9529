"""Requests from enrolled stations: signature, time window, device state, and a nonce never seen before."""
from __future__ import annotations

import functools
import time
from contextlib import contextmanager
from datetime import timedelta

from flask import abort, g, jsonify, make_response, request
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from examcore.clock import utc_naive
from examcore.signed_request import DEVICE, RequestRefused, check_request
from sync_server.context import server
from sync_server.identity import is_server
from sync_server.models import Device, SeenNonce


# what a request's checks read of its station, and the unit and room a check-in needs (g.device_place)
DEVICE_STATE = select(Device.status, Device.public_key, Device.certificate_expires_at, Device.unit_id, Device.room)


def _refuse(code: str, detail: str, status: int = 401):
    abort(make_response(jsonify(error=code, message=detail), status))


def require_device(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        ctx = server()
        device_id = request.headers.get(DEVICE, "")
        now = ctx.clock.now()
        with ctx.engine.connect() as conn:   # one plain read: every station request passes here (a room's
            device = conn.execute(DEVICE_STATE.where(Device.device_id == device_id)).first()   # check-ins)
        if device is None or device.status == "pending":
            _refuse("device_not_enrolled", f"station {device_id or '?'} is not enrolled here")
        if device.status == "revoked":
            _refuse("device_revoked", f"station {device_id} was revoked", 403)
        if device.certificate_expires_at and device.certificate_expires_at < utc_naive(now):
            _refuse("certificate_expired", f"station {device_id}'s certificate expired; enrol again", 403)
        try:
            nonce = check_request(dict(request.headers), request.method, request.path, request.get_data(cache=True),
                                  device.public_key, now.timestamp(), ctx.config.clock_skew_seconds)
        except RequestRefused as exc:
            _refuse(exc.code, exc.detail)
        g.device_id, g.device_place, g.nonce = device_id, (device.unit_id, device.room), (nonce, utc_naive(now))
        g.device_key = device.public_key
        if not getattr(view, "records_nonce", False):
            try:
                with ctx.sessions.begin() as s:
                    s.add(SeenNonce(device_id=device_id, nonce=nonce, seen_at=utc_naive(now)))
            except IntegrityError:
                _refuse("replayed", "this request was already received once (replayed nonce)")
        _forget_old_nonces(ctx, now)
        return view(*args, **kwargs)
    return wrapper


def records_nonce(view):
    """For a view that writes anyway: it records the request's nonce itself, in its own transaction (see
    device_transaction), so a request costs one durable commit instead of two. A request whose work fails
    leaves no nonce, and nothing else either: sending it again does it once."""
    view.records_nonce = True
    return view


@contextmanager
def device_transaction():
    """The view's transaction, with this request's nonce recorded in it first: a replay is refused before
    any work, and a replay racing the original fails at commit."""
    ctx = server()
    nonce, seen_at = g.nonce
    try:
        with ctx.sessions.begin() as s:
            s.add(SeenNonce(device_id=g.device_id, nonce=nonce, seen_at=seen_at))
            s.flush()
            yield s
    except IntegrityError:
        _refuse("replayed", "this request was already received once (replayed nonce)")


_last_prune = [0.0]


def _forget_old_nonces(ctx, now) -> None:
    """Nonces older than the time window can never be replayed successfully; drop them now and then."""
    if time.monotonic() - _last_prune[0] < 60:
        return
    _last_prune[0] = time.monotonic()
    cutoff = utc_naive(now) - timedelta(seconds=2 * ctx.config.clock_skew_seconds)
    with ctx.sessions.begin() as s:
        s.execute(delete(SeenNonce).where(SeenNonce.seen_at < cutoff))


def require_server(view):
    """require_device, and the device must be a lower server (identity.is_server): the relay's endpoints. A
    station that called them had relayed records of stations it certified itself (an outside tester)."""
    @require_device
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if not is_server(g.device_id, g.device_key):
            _refuse("not_a_server", "only a lower server relays its stations' records; a station delivers its own",
                    403)
        return view(*args, **kwargs)
    return wrapper
