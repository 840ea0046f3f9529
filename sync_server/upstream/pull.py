"""Pulling the upstream's change feed down to this server (province -> centre, any depth), and handing
each change on to this server's own stations through its feed.

Each page is applied in one transaction together with the new cursor: a crash applies a page wholly or
not at all, and the next pull asks again from the right place."""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.change_feed import Change, FeedError, feed_changed, verify_page
from examcore.cli_text import Words
from examcore.clock import utc_naive
from examcore.errors import PackageError
from examcore.sync_client import SyncError
from sync_server import changes
from sync_server.context import ServerContext
from sync_server.directory.headcount import lock_counted
from sync_server.directory.service import apply_learner, apply_unit, distrust_issuer, revoke, trust_issuer
from sync_server.exams.packages import store_package
from sync_server.models import Alert, Device, Learner, Package, Setting
from sync_server.upstream.relay import upstream_client
from sync_server.identity import identity, setting
from sync_server.study.service import import_study_file

MAX_PAGES = 10_000


@dataclass
class PullReport:
    applied: int = 0
    packages: int = 0
    skipped: list[str] = field(default_factory=list)  # why a change could not be used here


def pull(ctx: ServerContext, progress: Callable[[int], None] | None = None) -> PullReport:
    client = upstream_client(ctx)
    upstream_key = bytes.fromhex(setting(ctx, "upstream_key") or "")
    me = identity(ctx).device_id
    report = PullReport()
    for _ in range(MAX_PAGES):
        after = int(setting(ctx, "pull_cursor") or 0)
        try:
            page = verify_page(client.changes(after), upstream_key, me, after)
        except FeedError as exc:
            raise SyncError(exc.code, f"the upstream's change page was refused: {exc.detail}") from exc
        kept = setting(ctx, "pull_feed") or ""
        if page.feed and page.feed != kept:   # a new feed (the upstream restored from a backup): from 0 again
            with ctx.sessions.begin() as s:
                if feed_changed(kept, page):
                    s.merge(Setting(key="pull_cursor", value="0"))
                s.merge(Setting(key="pull_feed", value=page.feed))
            if feed_changed(kept, page):
                continue
        with ctx.sessions() as s:
            have = set(s.scalars(select(Package.package_id)))
        files = {c.key: client.package(c.key) for c in page.changes if c.kind == "package" and c.key not in have}
        files.update({c.key: client.study_file(c.key) for c in page.changes if c.kind == "study"})
        now = utc_naive(ctx.clock.now())
        with ctx.sessions.begin() as s:
            lock_counted(s, [c.key for c in page.changes if c.kind == "learner"])   # before the page's order
            for change in page.changes:
                _apply(ctx, s, change, files, now, report)
            s.merge(Setting(key="pull_cursor", value=str(page.cursor)))
        report.applied += len(page.changes)
        if progress:
            progress(report.applied)
        if not page.more:
            with ctx.sessions.begin() as s:
                s.merge(Setting(key="pull_last", value=now.isoformat()))
            return report
    raise SyncError("too_many_pages", "the upstream kept sending changes; try again")


def _upstream_verdict(s: Session, own, counted_up: bool, now) -> None:
    """One of this server's results as the upstream judged it: when the upstream counts it and this server
    does not (or the other way round), an alert says so (``upstream_differs``), once per verdict. The
    upstream decides by its own rules and administrators (an attempt counted at another centre, say); a
    decision here it has not heard yet (review_relay) is no difference to report."""
    from sync_server.results.counted import COUNTED
    from sync_server.results.review import state_words
    if own.reviewed_at is not None and own.review_sent_at != own.reviewed_at:
        return
    if (own.review in COUNTED) == counted_up:
        return
    here = state_words(own.review)
    detail = (Words("the upstream counts this result; here it is {review}", review=here) if counted_up else
              Words("the upstream does not count this result (held or rejected there); here it is {review}",
                    review=here))
    if s.scalar(select(Alert.id).where(Alert.kind == "upstream_differs", Alert.result_id == own.result_id,
                                       Alert.detail == str(detail))) is None:
        s.add(Alert(kind="upstream_differs", result_id=own.result_id, device_id=own.device_id, created_at=now,
                    detail=detail))


def _apply(ctx: ServerContext, s: Session, change: Change, files: dict[str, bytes], now, report: PullReport) -> None:
    body = change.body
    if change.kind == "unit":
        apply_unit(s, body, now)
    elif change.kind == "learner":
        apply_learner(s, body, now)
    elif change.kind == "issuer":
        trust_issuer(s, canonical.b64d(body["public_key"]), body["name"], now)
    elif change.kind == "package":
        if change.key not in files:
            return  # already here (imported from a file, say)
        try:
            with s.begin_nested():
                _, new = store_package(ctx, s, files[change.key])
            report.packages += int(new)
        except PackageError as exc:  # e.g. this server is not among its recipients: its stations cannot use it
            reason = Words("this server is not among its recipients, so it could never take its results: the "
                           "issuer builds the exam again naming this server's results key (server-results.key.pub)") \
                if exc.code == "not_a_recipient" else (exc.detail or exc.code)
            why = Words("package {title} was not taken: {reason}", title=str(body.get('title', change.key)),
                        reason=reason)
            report.skipped.append(why)
            s.add(Alert(kind="package_skipped", detail=why, created_at=now))
    elif change.kind == "study":   # a plan, course or practice bank: checked here, then handed down
        data = files.get(change.key)
        try:
            if data is None or hashlib.sha256(data).hexdigest() != body.get("sha256"):
                raise PackageError("body_tampered", "the file differs from the one announced")
            with s.begin_nested():
                import_study_file(s, data, ctx.clock.now())
        except PackageError as exc:
            why = Words("study file {title} was not taken: {reason}", title=str(body.get('title', change.key)),
                        reason=exc.detail or exc.code)
            report.skipped.append(why)
            s.add(Alert(kind="study_file_skipped", detail=why, created_at=now))
    elif change.kind == "policy":
        s.merge(Setting(key="policy", value=json.dumps(body, sort_keys=True)))
        changes.record(s, "policy", "policy", body, now)
    elif change.kind == "revocation":
        what, key = body["what"], body["key"]
        if what == "issuer":
            if not distrust_issuer(s, canonical.b64d(key), now):
                revoke(s, what, key, now, body.get("detail", ""))
        else:
            if what == "device" and (device := s.get(Device, key)) is not None:
                device.status, device.revoked_at = "revoked", now
            revoke(s, what, key, now, body.get("detail", ""))
    elif change.kind == "attempt":   # a result held upstream: this server's stations learn of the attempt too
        from sync_server.models import Result
        own = s.get(Result, change.key)
        if own is None:   # one of this server's own is in its feed already
            changes.record(s, "attempt", change.key, body, now,
                           unit_id=getattr(s.get(Learner, str(body.get("learner_no"))), "unit_id", None) or "-")
        else:
            _upstream_verdict(s, own, bool(body.get("counted")), now)
    elif change.kind == "tls":   # the upstream's next certificate: accepted when met (not handed down)
        if body.get("next") and body["next"] != setting(ctx, "upstream_tls_pin"):
            s.merge(Setting(key="upstream_tls_next", value=str(body["next"])))
    else:
        report.skipped.append(f"change kind {change.kind} is not known to this version")
