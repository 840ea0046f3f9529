"""What stations and lower servers pull: the signed change feed, and package files by id."""
from __future__ import annotations

import json

from flask import Response, g, jsonify

from examcore.change_feed import sign_page
from examcore.clock import utc_naive
from sync_server import changes
from sync_server.api import api
from sync_server.api.device_auth import require_device
from examcore.api_messages import ChangesRequest
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.directory.service import subtree
from sync_server.models import Device, DeviceContact, Package
from sync_server.results.announced import announce
from sync_server.results.counted import hold_announced
from sync_server.results.pulls import record_pull


@api.post("/sync/changes")
@require_device
def sync_changes():
    ask = parse_body(ChangesRequest)
    ctx = server()
    with ctx.sessions.begin() as s:
        device = s.get(Device, g.device_id)
        # the roster (with its password verifiers) only of the units the device serves; a device approved
        # without a unit (a proctor's PC, a lower server added for USB bundles) serves none, and takes
        # only what is for everyone: issuers, packages, policy, revocations
        scope = subtree(s, device.unit_id) if device.unit_id else set()
        feed = changes.feed_for(s, ask.after)
        if ask.undelivered is not None:   # a station's word on what it has not delivered (acceptance.py)
            now = utc_naive(ctx.clock.now())
            s.merge(DeviceContact(device_id=g.device_id, seen_at=now,
                                  undelivered=json.dumps(sorted({a.split()[0][:36] for a in ask.undelivered
                                                                 if a.split()}))))
            hold_announced(s, announce(s, device, ask.undelivered, now), now, device.device_id)
            record_pull(s, g.device_id, now)
        page, cursor, more = changes.read(s, ask.after, scope, ask.limit, device_id=g.device_id)
    return jsonify(sign_page(page, cursor, more, g.device_id, ask.after, ctx.keys.server_id, ctx.keys.signing,
                             feed))


@api.get("/packages/<package_id>")
@require_device
def package_file(package_id: str):
    with server().sessions() as s:
        row = s.get(Package, package_id)
        if row is None:
            return jsonify(error="not_found", message=f"no package {package_id} here"), 404
        return Response(row.data, mimetype="application/octet-stream")
