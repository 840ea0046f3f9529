"""The Sync page of the desktop admin UI: this server's state, "sync upstream now" with progress, USB
bundles both ways. The same work as `xuefa-server status`, `sync-upstream`, `import-bundle`, `export-bundle`
and `import-receipts`, for the server's top administrator. (The exams to report on are the exams area's:
sync_server/exams/api.py.)"""
from __future__ import annotations

import json
import logging
import tempfile
import threading
from collections import Counter
from pathlib import Path

from flask import Response, jsonify, request
from sqlalchemy import func, select

from examcore.errors import BundleError
from sync_server.api import api
from sync_server.api.admin_auth import admin, require_admin
from sync_server.context import server
from sync_server.models import Alert, Device, Result

log = logging.getLogger(__name__)


def _top_only():
    if not admin().is_root:
        return jsonify(error="forbidden", message="this server's own syncing is for its top administrator"), 403
    return None


@api.get("/admin/status")
@require_admin("centre_admin")
def server_status():
    from sync_server.upstream.relay import pending_relay
    from sync_server.identity import setting
    from sync_server.upstream.study_relay import pending_study_relay
    from sync_server.upstream.transfer_sessions import bundle_imports_running, bundle_imports_stopped, running
    if (refused := _top_only()) is not None:
        return refused
    ctx = server()
    with ctx.sessions() as s:
        results = s.scalar(select(func.count()).select_from(Result))
        waiting = s.scalar(select(func.count()).select_from(Device).where(Device.status == "pending"))
        alerts = [{"at": a.created_at.isoformat() + "Z", "kind": a.kind, "result_id": a.result_id, "detail": a.detail}
                  for a in s.scalars(select(Alert).order_by(Alert.id.desc()).limit(20))]
    return jsonify(name=ctx.keys.name, server_id=ctx.keys.server_id, results=results, devices_waiting=waiting,
                   alerts=alerts, upstream=setting(ctx, "upstream_url"), to_relay=pending_relay(ctx),
                   study_to_relay=pending_study_relay(ctx), last_taken=setting(ctx, "pull_last"),
                   last_relayed=setting(ctx, "relay_last"), syncing=running(ctx) is not None,
                   importing=[{"sender": r.about, "owner": r.owner, "since": r.started_at.isoformat() + "Z",
                               "done": r.done, "total": r.total} for r in bundle_imports_running(ctx)],
                   imports_stopped=[{"sender": g.about, "stage": g.stage, "at": g.at.isoformat() + "Z",
                                     "done": g.done, "total": g.total} for g in bundle_imports_stopped(ctx)])


@api.post("/admin/sync-upstream")
@require_admin("centre_admin")
def sync_upstream_now():
    """Pull the upstream's changes, relay every result and study record it lacks. The answer is a stream of
    JSON lines: {"stage", "done", "total"} as it goes, then {"finished": {...}} or {"failed": {...}}."""
    from sync_server.upstream.transfer_sessions import SyncRunning, begin
    if (refused := _top_only()) is not None:
        return refused
    ctx = server()
    try:   # one sync for the whole server, whichever worker or host runs it (sync_server/upstream/transfer_sessions.py)
        session = begin(ctx, f"admin window, {admin().username}")
    except SyncRunning as exc:
        return jsonify(error="sync_running", message=f"a sync with the upstream is already running ({exc})"), 409
    # the session is held until both the stream and the relay thread are done: a client that goes away
    # mid-relay leaves the relay to finish, and no second sync starts beside it
    state = {"held": True, "stream_done": False, "relaying": False, "outcome": "", "failed": False}
    guard = threading.Lock()

    def release_when_idle(**changes) -> None:
        with guard:
            state.update(changes)
            if state["held"] and state["stream_done"] and not state["relaying"]:
                state["held"] = False
                session.finish(state["outcome"], failed=state["failed"])

    def release() -> None:
        release_when_idle(stream_done=True)

    def relay_then_release(relay, report_box, progress) -> None:
        try:
            report_box.append(_capture(relay, ctx, lambda done, total: (progress.append((done, total)),
                                                                       session.stage("relay", done, total))))
        finally:
            release_when_idle(relaying=False)

    def run():
        from examcore.sync_client import SyncError
        from sync_server.upstream.pull import pull
        from sync_server.upstream.relay import relay
        from sync_server.upstream.study_relay import relay_study
        progress: list[tuple[int, int]] = []
        relayed: dict = {}   # what the result relay did, told also when a later step fails (issue 20)
        try:
            yield _line(stage="pull", done=0, total=1)
            session.stage("pull")
            got = pull(ctx)
            yield _line(stage="pull", done=1, total=1, applied=got.applied, packages=got.packages)
            report_box: list = []
            release_when_idle(relaying=True)
            worker = threading.Thread(target=relay_then_release, args=(relay, report_box, progress), daemon=True)
            worker.start()
            sent = -1
            while worker.is_alive():
                worker.join(0.25)
                if progress and progress[-1][0] != sent:
                    sent = progress[-1][0]
                    yield _line(stage="relay", done=progress[-1][0], total=progress[-1][1])
            report = report_box[0]
            if isinstance(report, BaseException):
                raise report
            relayed = {"sent": report.sent, "already_there": report.already_there}
            session.stage("study")
            study = relay_study(ctx)
            yield _line(finished={"sent": report.sent, "already_there": report.already_there,
                                  "count": report.count, "match": report.match, "refused": len(report.refused),
                                  "upstream_count": report.upstream_count,
                                  "reviews_sent": report.reviews.sent if report.reviews else 0,
                                  "reviews_kept": len(report.reviews.kept) if report.reviews else 0,
                                  "reviews_failed": str(report.reviews_failed) if report.reviews_failed else None,
                                  "study_sent": study.sent, "study_refused": len(study.refused),
                                  "study_match": study.match})
        except SyncError as exc:   # (no upstream: nothing stopped, never recorded as a sync that did)
            state.update(outcome=f"{exc.code}: {exc}", failed=exc.code != "no_upstream")
            yield _line(failed={"code": exc.code, "message": str(exc), **({"relayed": relayed} if relayed else {})})
        except Exception as exc:  # noqa: BLE001 - the stream has begun: the failure goes in it, and in the log
            log.exception("sync upstream failed")
            state.update(outcome=f"{type(exc).__name__}: {exc}", failed=True)
            yield _line(failed={"code": "server_error", "message": f"{type(exc).__name__}: {exc}"})
        finally:
            release()
    response = Response(run(), mimetype="application/x-ndjson")
    response.call_on_close(release)
    return response


def _capture(fn, *args):
    try:
        return fn(*args)
    except BaseException as exc:  # noqa: BLE001 - handed to the streaming thread, which reports it
        return exc


def _line(**fields) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


@api.post("/admin/bundles/import")
@require_admin("centre_admin")
def bundle_import():
    """A station's (or lower server's) USB bundle, as the body: ingested like a LAN delivery. The answer
    carries the receipt file to carry back."""
    from sync_server.upstream.bundles import import_bundle
    if (refused := _top_only()) is not None:
        return refused
    from sync_server.upstream.transfer_sessions import SyncRunning
    try:
        done = import_bundle(server(), request.get_data(), how=f"admin window, {admin().username}")
    except BundleError as exc:
        return jsonify(error=exc.code, message=f"the bundle was refused: {exc.detail}; nothing was stored"), 422
    except SyncRunning as exc:   # the same sender's bundle, from another window, command or host
        running = exc.running
        return jsonify(error="bundle_import_running", sender=running.about, owner=running.owner,
                       since=running.started_at.isoformat() + "Z", done=running.done, total=running.total,
                       message=f"a bundle from {running.about} is already being imported ({exc}); this one was "
                               "not read"), 409
    counts = Counter(o.status.value for o in done.outcomes)
    return jsonify(sender=done.sender_id, counts=dict(counts),
                   problems=[{"result_id": o.result_id, "reason": o.reason, "detail": o.detail}
                             for o in done.outcomes if o.reason],
                   study=dict(Counter(o.status.value for o in done.study)), held=done.held,
                   # none when nothing was stored here: a receipt must not suggest the file was taken
                   receipt_file=done.receipt_file().decode("utf-8") if done.held else None)


@api.post("/admin/bundles/export")
@require_admin("centre_admin")
def bundle_export():
    """The results the upstream has not confirmed, as a bundle file to carry there by USB."""
    from sync_server.upstream.bundles import export_bundle
    if (refused := _top_only()) is not None:
        return refused
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "centre.xfr"
        try:
            count, study, _reviews = export_bundle(server(), path, request.args.get("all") in ("1", "true"))
        except (OSError, BundleError) as exc:
            return jsonify(error="export_failed", message=f"the bundle could not be made: {exc}"), 500
        data = path.read_bytes()
    return Response(data, mimetype="application/octet-stream",
                    headers={"X-Xuefa-Results": str(count), "X-Xuefa-Study-Records": str(study)})


@api.post("/admin/receipts/import")
@require_admin("centre_admin")
def receipts_import():
    """The receipt file the upstream wrote for a bundle: those results count as delivered upward."""
    from examcore.receipt import ReceiptError
    from sync_server.upstream.relay import apply_upstream_receipts
    if (refused := _top_only()) is not None:
        return refused
    try:
        applied = apply_upstream_receipts(server(), request.get_data())
    except ReceiptError as exc:
        return jsonify(error=exc.code, message=f"the receipt file was refused: {exc.detail}; nothing changed"), 422
    return jsonify(confirmed=applied.confirmed, unmatched=applied.unmatched, already=applied.already,
                   study=applied.study, refused=list(applied.refused),
                   not_taken=[{"learner_no": o["learner_no"], "kind": o["kind"]} for o in applied.not_taken],
                   passwords=list(applied.passwords))
