"""Relaying study records upward (centre -> province, any depth), like results: each record keeps its
station's signature, and this server's certificate of the station goes with it. A record the upstream
holds is marked, so it is never sent again; a refused one stays here, listed for the administrator."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select, tuple_, update

from examcore.clock import utc_naive
from sync_server.context import ServerContext
from sync_server.models import StudyRecord
from sync_server.upstream.relay import upstream_client, upward_chains

CHUNK = 500


@dataclass(frozen=True)
class StudyRelayReport:
    sent: int
    already_there: int
    refused: list[dict]
    resets: int = 0   # of those sent, resets made here or below (the upstream settles them: its answer comes down)
    # password changes and resets the upstream stored but did not take: {"record_id", "kind", "learner_no",
    # "detail", "detail_words"}; the rest of those resets it took
    not_taken: list[dict] = field(default_factory=list)


def pending_study_relay(ctx: ServerContext) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(StudyRecord).where(StudyRecord.upstream_ack_at.is_(None))) or 0


def relay_study(ctx: ServerContext, progress: Callable[[int, int], None] | None = None) -> StudyRelayReport:
    client = upstream_client(ctx)
    total = pending_study_relay(ctx)
    sent = already = done = resets = 0
    refused: list[dict] = []
    not_taken: list[dict] = []
    after: tuple | None = None
    while True:
        with ctx.sessions() as s:
            query = (select(StudyRecord).where(StudyRecord.upstream_ack_at.is_(None))
                     .order_by(StudyRecord.received_at, StudyRecord.record_id).limit(CHUNK))
            if after is not None:   # past the refused ones of earlier chunks, which stay unacknowledged
                query = query.where(tuple_(StudyRecord.received_at, StudyRecord.record_id) > tuple_(*after))
            rows = list(s.scalars(query))
            if not rows:
                break
            chains = upward_chains(ctx, s, rows)
        items = [{"record": r.body, "signature": r.signature, "certificate": chain[0], "via": chain[1:]}
                 for r, chain in zip(rows, chains, strict=True)]
        confirmed = []
        kinds = {r.record_id: (r.kind, r.learner_no) for r in rows}
        for o in client.relay_study(items):
            if o["status"] in ("stored", "duplicate"):
                confirmed.append(o["record_id"])
                sent += o["status"] == "stored"
                kind, learner = kinds.get(o["record_id"], ("", ""))
                if o["status"] == "stored" and o.get("detail") and kind in ("password", "reset"):
                    not_taken.append({"record_id": o["record_id"], "kind": kind, "learner_no": learner,
                                      "detail": o["detail"], "detail_words": o.get("detail_words")})
                elif o["status"] == "stored" and kind == "reset":
                    resets += 1
                already += o["status"] == "duplicate"
            else:
                refused.append(o)
        if confirmed:
            with ctx.sessions.begin() as s:
                s.execute(update(StudyRecord).where(StudyRecord.record_id.in_(confirmed))
                          .values(upstream_ack_at=utc_naive(ctx.clock.now())))
        after = (rows[-1].received_at, rows[-1].record_id)
        done += len(rows)
        if progress:
            progress(done, total)
    return StudyRelayReport(sent, already, refused, resets, not_taken)
