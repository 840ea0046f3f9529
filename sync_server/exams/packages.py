"""Exam packages a server stores: from a trusted issuer, one this server can open (it is one of the
package's recipients), recorded once and handed down to the stations and lower servers through the change
feed. One road for a package imported by hand (import-package), built here (exams.builder) or pulled from
the upstream (upstream.pull)."""
from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from examcore.clock import local_stamp, utc_naive
from examcore.errors import PackageError
from examcore.package import MADE_MARGIN, parse_package
from sync_server import changes
from sync_server.context import ServerContext
from sync_server.models import Package, TrustedIssuer


def import_package(ctx: ServerContext, data: bytes) -> tuple[str, bool]:
    """Store a package from a trusted issuer that this server can open (it must be one of its recipients),
    and hand it down to the stations. Returns (title, new)."""
    with ctx.sessions.begin() as s:
        return store_package(ctx, s, data)


def store_package(ctx: ServerContext, s: Session, data: bytes) -> tuple[str, bool]:
    """In the caller's transaction: (title, new). Raises PackageError (untrusted issuer, not a recipient, a
    broken package)."""
    trusted = set(s.scalars(select(TrustedIssuer.public_key)))
    if not trusted:
        raise PackageError("untrusted_issuer", "this server trusts no package issuer yet: "
                                               "run `xuefa-server trust-issuer ISSUER.pub` first")
    parsed = parse_package(data, trusted)
    parsed.open_body(parsed.unwrap_for_recipient(ctx.keys.results))  # refuses what this server cannot open
    header = parsed.header
    if s.get(Package, header.package_id) is not None:
        return header.title, False
    made = header.made_at   # the issuing PC's clock: ahead, every station would refuse to start it
    if made is not None and made > ctx.clock.now() + MADE_MARGIN:   # (clock_before_package; outside round 22)
        raise PackageError("made_in_the_future", Words(
            "the package says it was made at {made}, more than 12 hours after this server's time: the date of the "
            "PC it was built on is wrong, and every station would refuse to start it; build it again there with "
            "the right date", made=local_stamp(made)))
    now = utc_naive(ctx.clock.now())
    s.add(Package(package_id=header.package_id, exam_id=header.exam_id, title=header.title, data=data,
                  imported_at=now))
    changes.record(s, "package", header.package_id,
                   {"package_id": header.package_id, "exam_id": header.exam_id, "title": header.title,
                    "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}, now)
    return header.title, True
