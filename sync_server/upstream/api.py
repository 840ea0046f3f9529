"""The upstream area's blueprint, the upper side of the relay: a lower server asks what is missing, sends it,
and checks the totals, for results and study records alike (the ``kind`` asked about). Registered under
/api/v1 by sync_server/app.py."""
from __future__ import annotations

from flask import Blueprint, g, jsonify

from sync_server.api.device_auth import require_server
from sync_server.results.api import shared_ingest
from examcore.api_messages import RelayBatch, RelayMissingRequest, RelayReviews, RelaySummary
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.intake import Delivery
from sync_server.models import Device
from sync_server.upstream.relay import held_from, lacking

upstream_api = Blueprint("upstream", __name__)


@upstream_api.post("/relay/missing")
@require_server
def relay_missing():
    ask = parse_body(RelayMissingRequest)
    with server().sessions() as s:
        return jsonify(missing=lacking(s, ask.kind, ask.ids))


@upstream_api.post("/relay/batch")
@require_server
def relay_batch():
    batch = parse_body(RelayBatch)
    chains = [[i.certificate.model_dump(exclude_none=True), *(v.model_dump(exclude_none=True) for v in i.via)]
              for i in batch.items]
    outcomes = shared_ingest().take([i.envelope.encode("utf-8") for i in batch.items],
                                    Delivery("relay", g.device_id, relayed=True, chains=chains,
                                             held_below=[i.flags for i in batch.items]))
    return jsonify(results=[o.to_dict() for o in outcomes])


@upstream_api.post("/relay/summary")
@require_server
def relay_summary():
    theirs = parse_body(RelaySummary)
    with server().sessions() as s:
        count, digest = held_from(s, theirs.kind, g.device_id)
    return jsonify(count=count, digest=digest, match=(count, digest) == (theirs.count, theirs.digest))


@upstream_api.post("/relay/reviews")
@require_server   # only a lower server relays results, so only one decides on them
def relay_reviews():
    """The lower server's decisions on flagged results (sync_server/upstream/review_relay.py)."""
    from sync_server.upstream.review_relay import follow
    items = [i.model_dump(mode="json") for i in parse_body(RelayReviews).items]
    ctx = server()
    with ctx.sessions.begin() as s:
        answered = follow(s, s.get(Device, g.device_id), items, ctx.clock.now())
    return jsonify(results=answered)
