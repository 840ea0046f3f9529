"""Relaying study records upward (centre -> province, any depth) on the results' road
(sync_server/upstream/relay.py): ask first which records of a chunk the upstream lacks, send only those, mark
what it holds so it is not asked about again, and end with a count and hash check of what both sides hold.
Each record keeps its station's signature, and this server's certificate of the station goes with it. A
refused record stays here unconfirmed, listed for the administrator, and is tried again at the next relay.
The totals compared are of the records the upstream confirmed (a refused one is not among them). When they
differ (the upstream restored from an older backup lost some), every record is asked about again,
confirmed or not, and what it lacks goes up. A record the upstream took first by another road (a station's
bundle carried to it) is asked for once, and counts as this server's once sent (sync_server/upstream/api.py).
Totals can still differ for good: this server lost a record it had sent, or another lower server vouches for
one. Once a pass over every record has found nothing lacking, the two digests are remembered, and a later
relay asks about everything again only when one of them has changed (a record lost up there changes the
upstream's). An upstream
of an earlier version, which cannot be asked, is sent every unconfirmed record as before and makes no
check."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select, tuple_, update

from examcore.api_messages import MAX_BATCH, MAX_RELAY_IDS
from examcore.clock import utc_naive
from examcore.sync_client import SyncClient, SyncError
from sync_server.context import ServerContext
from sync_server.models import StudyRecord
from sync_server.identity import save_setting, setting
from sync_server.upstream.relay import digest_of, upstream_client, upward_chains

CHUNK = MAX_RELAY_IDS   # records asked about at once; those lacking go up MAX_BATCH at a time
STUDY = "study"         # the kind of record asked about (/relay/missing, /relay/summary)
SETTLED = "study_relay_settled"   # setting: "our digest:theirs" when a pass over every record found none lacking


@dataclass(frozen=True)
class StudyRelayReport:
    sent: int
    already_there: int
    refused: list[dict]
    resets: int = 0   # of those sent, resets made here or below (the upstream settles them: its answer comes down)
    # password changes and resets the upstream stored but did not take: {"record_id", "kind", "learner_no",
    # "detail", "detail_words"}; the rest of those resets it took
    not_taken: list[dict] = field(default_factory=list)
    count: int = 0                # study records the upstream confirmed (their ids and contents are compared)
    match: bool | None = None     # the upstream holds exactly those (count and digest); None: it cannot say
    upstream_count: int = 0       # study records the upstream holds from this server
    all_held: bool = False        # the upstream holds every record it confirmed (totals match, or each was asked)


def pending_study_relay(ctx: ServerContext) -> int:
    with ctx.sessions() as s:
        return s.scalar(select(func.count()).select_from(StudyRecord).where(StudyRecord.upstream_ack_at.is_(None))) or 0


@dataclass
class _Tally:
    sent: int = 0
    already: int = 0
    resets: int = 0
    refused: list[dict] = field(default_factory=list)
    not_taken: list[dict] = field(default_factory=list)


def relay_study(ctx: ServerContext, progress: Callable[[int, int], None] | None = None,
                everything: bool = False) -> StudyRelayReport:
    """Relay the study records the upstream has not confirmed (``everything``: ask about every record held
    here). Raises SyncError when the upstream cannot be reached or answers otherwise; what it confirmed
    before stays confirmed."""
    client = upstream_client(ctx)
    waiting = StudyRecord.upstream_ack_at.is_(None)
    with ctx.sessions() as s:
        total = s.scalar(select(func.count()).select_from(StudyRecord)
                         .where(*(() if everything else (waiting,)))) or 0
    tally, asks, done = _Tally(), True, 0
    after: tuple | None = None
    while True:
        with ctx.sessions() as s:
            query = select(StudyRecord).order_by(StudyRecord.received_at, StudyRecord.record_id).limit(CHUNK)
            if not everything:
                query = query.where(waiting)
            if after is not None:   # past the refused ones of earlier chunks, which stay unacknowledged
                query = query.where(tuple_(StudyRecord.received_at, StudyRecord.record_id) > tuple_(*after))
            rows = list(s.scalars(query))
        if not rows:
            break
        ids = [r.record_id for r in rows]
        if asks:
            try:
                lacking = set(client.relay_missing(ids, kind=STUDY))
            except SyncError as exc:
                if exc.code != "invalid_message":   # an upstream of an earlier version knows no kind to ask
                    raise
                asks, lacking = False, set(ids)
        else:
            lacking = set(ids)
        there = [i for i in ids if i not in lacking]
        tally.already += len(there)
        _acknowledge(ctx, there)
        to_send = [r for r in rows if r.record_id in lacking]
        for start in range(0, len(to_send), MAX_BATCH):   # each batch marked as it lands: a cut keeps what arrived
            _acknowledge(ctx, _send(ctx, client, to_send[start:start + MAX_BATCH], tally))
        after = (rows[-1].received_at, rows[-1].record_id)
        done += len(rows)
        if progress:
            progress(done, total)
    report = StudyRelayReport(tally.sent, tally.already, tally.refused, tally.resets, tally.not_taken)
    if not asks:
        return report
    with ctx.sessions() as s:
        held = list(s.execute(select(StudyRecord.record_id, StudyRecord.content_hash)
                              .where(StudyRecord.upstream_ack_at.is_not(None))))
    ours = digest_of(held)
    totals = client.relay_totals(len(held), ours, kind=STUDY)
    both = f"{ours}:{totals['digest']}"
    settled = totals["match"] or setting(ctx, SETTLED) == both or (everything and not tally.refused)
    if not settled and not everything:   # it may have lost some it had confirmed: ask about every record
        again = relay_study(ctx, progress, everything=True)
        return StudyRelayReport(report.sent + again.sent, report.already_there, again.refused,
                                report.resets + again.resets, report.not_taken + again.not_taken,
                                again.count, again.match, again.upstream_count, again.all_held)
    if everything and settled and not totals["match"]:   # nothing lacking up there: not asked again until a change
        save_setting(ctx, SETTLED, both)
    return StudyRelayReport(report.sent, report.already_there, report.refused, report.resets, report.not_taken,
                            len(held), totals["match"], totals["count"], settled)


def _acknowledge(ctx: ServerContext, ids: list[str]) -> None:
    """The upstream holds these: not sent or asked about again (unless its totals later differ)."""
    if ids:
        with ctx.sessions.begin() as s:
            s.execute(update(StudyRecord).where(StudyRecord.record_id.in_(ids), StudyRecord.upstream_ack_at.is_(None))
                      .values(upstream_ack_at=utc_naive(ctx.clock.now())))


def _send(ctx: ServerContext, client: SyncClient, rows: list[StudyRecord], tally: _Tally) -> list[str]:
    """Send these records (at most MAX_BATCH) with their chains; returns the ids the upstream now holds."""
    with ctx.sessions() as s:
        chains = upward_chains(ctx, s, rows)
    items = [{"record": r.body, "signature": r.signature, "certificate": chain[0], "via": chain[1:]}
             for r, chain in zip(rows, chains, strict=True)]
    kinds = {r.record_id: (r.kind, r.learner_no) for r in rows}
    outcomes = client.relay_study(items)
    # never acknowledged on an answer about others; a refusal may name none (an earlier upstream names a
    # record it cannot read "?"): it is listed as refused, and the records it held are still acknowledged
    if not {str(o["record_id"]) for o in outcomes if o["status"] in ("stored", "duplicate")} <= set(kinds):
        raise SyncError("bad_answer", "the upstream's answer names other study records than those sent")
    confirmed = []
    for o in outcomes:
        if o["status"] not in ("stored", "duplicate"):
            tally.refused.append(o)
            continue
        confirmed.append(o["record_id"])
        kind, learner = kinds.get(o["record_id"], ("", ""))
        if o["status"] == "duplicate":
            tally.already += 1
            continue
        tally.sent += 1
        if o.get("detail") and kind in ("password", "reset"):
            tally.not_taken.append({"record_id": o["record_id"], "kind": kind, "learner_no": learner,
                                    "detail": o["detail"], "detail_words": o.get("detail_words")})
        elif kind == "reset":
            tally.resets += 1
    return confirmed
