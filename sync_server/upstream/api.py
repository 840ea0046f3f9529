"""The upstream area's blueprint, the upper side of the relay: a lower server asks what is missing, sends it,
and checks the totals, for results and study records alike (the ``kind`` asked about). Registered under
/api/v1 by sync_server/app.py."""
from __future__ import annotations

from flask import Blueprint, g, jsonify
from sqlalchemy import select

from sync_server.api.device_auth import require_device
from sync_server.results.api import shared_ingest
from examcore.api_messages import RelayBatch, RelayMissingRequest, RelayReviews, RelaySummary
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.models import Device, Result, StudyRecord
from sync_server.upstream.relay import digest_of

upstream_api = Blueprint("upstream", __name__)


@upstream_api.post("/relay/missing")
@require_device
def relay_missing():
    ask = parse_body(RelayMissingRequest)
    if ask.kind == "study":
        # a record held here that no lower server vouches for (it came on a station's own bundle) is asked
        # for once: sent, it is the sender's too (study/service.py), so its totals count it and find its loss
        query = select(StudyRecord.record_id).where(StudyRecord.record_id.in_(ask.ids),
                                                    StudyRecord.relayed_by.is_not(None))
    else:
        query = select(Result.result_id).where(Result.result_id.in_(ask.ids))
    with server().sessions() as s:
        have = set(s.scalars(query))
    return jsonify(missing=[i for i in ask.ids if i not in have])


@upstream_api.post("/relay/batch")
@require_device
def relay_batch():
    batch = parse_body(RelayBatch)
    outcomes = shared_ingest().ingest_many([i.envelope.encode("utf-8") for i in batch.items], "relay",
                                     relayed_by=g.device_id,
                                     certificates=[[i.certificate.model_dump(exclude_none=True),
                                                    *(v.model_dump(exclude_none=True) for v in i.via)]
                                                   for i in batch.items],
                                     held_below=[i.flags for i in batch.items])
    return jsonify(results=[o.to_dict() for o in outcomes])


@upstream_api.post("/relay/summary")
@require_device
def relay_summary():
    theirs = parse_body(RelaySummary)
    table = StudyRecord if theirs.kind == "study" else Result
    key = StudyRecord.record_id if theirs.kind == "study" else Result.result_id
    with server().sessions() as s:
        rows = list(s.execute(select(key, table.content_hash).where(table.relayed_by == g.device_id)))
    count, digest = len(rows), digest_of(rows)
    return jsonify(count=count, digest=digest, match=(count, digest) == (theirs.count, theirs.digest))


@upstream_api.post("/relay/reviews")
@require_device
def relay_reviews():
    """The lower server's decisions on flagged results (sync_server/upstream/review_relay.py)."""
    from sync_server.upstream.review_relay import follow
    if not g.device_id.startswith("server-"):   # only a lower server relays results, so only one decides on them
        return jsonify(error="not_a_server", message="only a lower server tells its review decisions"), 403
    items = [i.model_dump(mode="json") for i in parse_body(RelayReviews).items]
    ctx = server()
    with ctx.sessions.begin() as s:
        answered = follow(s, s.get(Device, g.device_id), items, ctx.clock.now())
    return jsonify(results=answered)
