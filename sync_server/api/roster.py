"""Roster spreadsheets through the admin API, for the desktop admin UI: import an Excel roster (all or
nothing, limited to the admin's subtree; new learners' account slips come back as a PDF) and export one
in the template's layout."""
from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Response, jsonify, request

from examcore import canonical
from examcore.clock import utc_naive
from sync_server import audit
from sync_server.api import api
from sync_server.api.admin_auth import admin, not_found, require_admin
from sync_server.context import server
from sync_server.directory import subtree
from sync_server.models import Unit

MAX_ROSTER_BYTES = 20 << 20


@api.post("/admin/roster/import")
@require_admin()
def roster_import():
    """The body is the workbook. Every problem is named, and then nothing changes."""
    from sync_server.roster_files import import_roster, write_slips
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
        with ctx.sessions.begin() as s:
            done = import_roster(s, path, now, allowed_units=set(admin().units))
            if done.problems:
                s.rollback()
            else:
                audit.record(s, "roster.import", f"file:{name}", now, detail=f"{len(done.added)} added, "
                             f"{done.updated} updated, {done.transferred} moved")
        if done.problems:
            with ctx.sessions.begin() as s:
                audit.record(s, "roster.import", f"file:{name}", now, "refused", f"{len(done.problems)} problem(s)")
            return jsonify(error="roster_problems", message=f"nothing was changed: {len(done.problems)} problem(s)",
                           problems=[str(p) for p in done.problems],
                           details=[p.to_dict() for p in done.problems]), 422
        slips = None
        if done.added:
            write_slips(Path(tmp) / "slips.pdf", done.added, ctx.keys.name)
            slips = canonical.b64e((Path(tmp) / "slips.pdf").read_bytes())
    return jsonify(added=len(done.added), updated=done.updated, transferred=done.transferred, slips_pdf=slips)


@api.get("/admin/roster/export")
@require_admin()
def roster_export():
    """The admin's subtree (or ?unit_id= a unit in it) as a workbook in the import template's layout."""
    from sync_server.roster_files import export_roster
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
