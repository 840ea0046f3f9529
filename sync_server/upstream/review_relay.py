"""A lower server's decisions on flagged results travel to its upstream (issue 14: the province must not
silently count what a centre rejected, nor hold again what a centre accepted for rules only the centre
could check).

Down here, every decision (sync_server/results/review.py) on a result the upstream already holds is told once:
who, when, why, and the rules the result was held for here. Up there, the decision is kept as told
(``LowerReview``) and followed, unless:

- an administrator up there decided the result already (their decision stands; a different one below is an
  alert, never silent);
- the result is accepted below but held up there for a rule of the upper server's own (an attempt counted
  at another centre, say): it stays held, with an alert;
- accepting would count more attempts than the exam allows (``over_limit``): it stays held, with an alert.

A rejection below is always followed (it can only count fewer). A followed decision becomes this server's
own review, labelled with the lower server's name, so it travels on up the same way."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.cli_text import Words, words_from
from examcore.clock import from_utc_naive, utc_naive
from examcore.sync_client import SyncClient
from sync_server.results.acceptance import rules_words
from sync_server.context import ServerContext
from sync_server.models import Alert, Device, LowerReview, Result
from sync_server.results.review import (DECISIONS, MAX_REASON, OTHERS_UNSEEN, ReviewError, decide, others_unseen_below,
                                        relayed_by_name, reviewer, state_words)
from sync_server.results.review_text import clean_text

CHUNK = 200
APPLIED, KEPT, UNKNOWN, NOT_YOURS = "applied", "kept", "unknown", "not_yours"


# ---- down here: what to tell -------------------------------------------------------------------------------

def untold(s: Session, limit: int | None = None, acknowledged_only: bool = True) -> list[Result]:
    """Decided results whose latest decision the upstream has not heard, oldest decision first; only those
    it confirmed holding (``acknowledged_only``: the network relay sends results first; a USB bundle
    carries both)."""
    query = (select(Result).where(Result.review.in_(("accepted", "rejected")), Result.reviewed_at.is_not(None))
             .order_by(Result.reviewed_at, Result.result_id))
    if acknowledged_only:
        query = query.where(Result.upstream_ack_at.is_not(None))
    rows = [r for r in s.scalars(query) if r.review_sent_at != r.reviewed_at]
    return rows[:limit] if limit else rows


def item_of(row: Result) -> dict:
    """One decision as the upstream hears it (examcore.api_messages.RelayReviewItem)."""
    return {"result_id": row.result_id, "review": row.review, "reviewed_by": (row.reviewed_by or "")[:200],
            "reviewed_at": from_utc_naive(cast(datetime, row.reviewed_at)).isoformat(),
            "reason": row.review_reason[:MAX_REASON], "flags": [f for f in row.flags.split(",") if f]}


@dataclass(frozen=True)
class ReviewsTold:
    sent: int        # decisions the upstream heard (followed or kept)
    kept: list[dict]  # those it did not follow: {"result_id", "outcome", "note"}


def relay_reviews(ctx: ServerContext, client: SyncClient) -> ReviewsTold:
    """Tell the upstream every decision it has not heard (after the results themselves went up). Raises
    SyncError when the upstream cannot be reached or refuses the request; what was told before stays told."""
    sent, kept = 0, list[dict]()
    while True:
        with ctx.sessions() as s:
            rows = untold(s, CHUNK)
            items = [item_of(r) for r in rows]
            marks = {r.result_id: r.reviewed_at for r in rows}
        if not items:
            return ReviewsTold(sent, kept)
        heard = [o for o in client.relay_reviews(items) if o["outcome"] != UNKNOWN]
        with ctx.sessions.begin() as s:
            for o in heard:
                row = s.get(Result, o["result_id"])
                if row is not None and row.reviewed_at == marks.get(o["result_id"]):   # not decided again meanwhile
                    row.review_sent_at = row.reviewed_at
                    if o["outcome"] != APPLIED:   # kept here for whoever reads the alerts, not only this run's output
                        s.add(Alert(kind="upstream_differs", result_id=row.result_id, device_id=row.device_id,
                                    created_at=utc_naive(ctx.clock.now()), detail=Words(
                                        "the upstream did not follow this decision: {why}",
                                        why=words_from(o.get("note_words")) or str(o.get("note", "")))))
        sent += len(heard)
        kept += [o for o in heard if o["outcome"] != APPLIED]
        if len(heard) < len(items):   # the upstream lacks some: the results' relay sends them first, next time
            return ReviewsTold(sent, kept)


# ---- up there: what to make of it --------------------------------------------------------------------------

def follow(s: Session, sender: Device, items: list[dict], now: datetime) -> list[dict]:
    """Keep and (where the rules above allow) follow the decisions a lower server tells. ``items``: dicts as
    ``item_of`` makes them. Returns per item {"result_id", "outcome": applied | kept | unknown | not_yours,
    "note"}: unknown, not held here (the lower server tells it again later); not_yours, relayed here by
    another server, or first delivered here by its station itself (kept, never followed)."""
    out = []
    for item in items:
        row = s.get(Result, item["result_id"], with_for_update=True)
        if row is None:
            absent = Words("this server does not hold the result yet: the decision is told again after it")
            out.append({"result_id": item["result_id"], "outcome": UNKNOWN, "note": str(absent),
                        "note_words": absent.to_dict()})
            continue
        if row.relayed_by != sender.device_id or row.source != "relay":
            # another server's; or one its station delivered here itself, which the sender only vouches for
            # since (results/ingest.py: it counts in the sender's totals, and gives it no say over it)
            out.append({"result_id": row.result_id, "outcome": NOT_YOURS,
                        "note": "this result reached this server through another server"})
            continue
        told, fresh = _keep(s, sender, item, now)
        if told is None:   # older than a decision of that server heard before (an old USB stick): ignored
            stale = Words("a later decision of that server was heard before; this older one changes nothing")
            out.append({"result_id": row.result_id, "outcome": KEPT, "note": str(stale), "note_words": stale.to_dict()})
            continue
        if fresh:
            told.outcome, why = _follow_one(s, sender, row, item, now)
            told.note = json.dumps({"text": str(why), "words": why.to_dict()}, ensure_ascii=False) if why else ""
        english, words = told.note_words()
        out.append({"result_id": row.result_id, "outcome": told.outcome, "note": english, "note_words": words})
    return out


def _naive(text: str) -> datetime:
    """A moment as stored (naive UTC); one told without a zone is taken as UTC, as it is stored."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is None else utc_naive(moment)


def _keep(s: Session, sender: Device, item: dict, now: datetime) -> tuple[LowerReview | None, bool]:
    """The decision kept as told; False when it is the one heard before (its answer was lost on the way);
    (None, False) when a later decision of that server was heard before."""
    told = s.get(LowerReview, item["result_id"])
    when = _naive(item["reviewed_at"])
    if told is not None and told.reviewed_at == when and told.review == item["review"]:
        return told, False
    if told is not None and told.server_id == sender.device_id and when < told.reviewed_at:
        return None, False
    if told is None:
        told = LowerReview(result_id=item["result_id"])
        s.add(told)
    told.server_id, told.review = sender.device_id, item["review"]
    told.reviewed_by = clean_text(item["reviewed_by"], 200)
    told.reviewed_at, told.reason, told.flags = when, clean_text(item["reason"], MAX_REASON), ",".join(item["flags"])
    told.received_at, told.outcome, told.note = utc_naive(now), "", ""   # both filled in by follow()
    return told, True


def _follow_one(s: Session, sender: Device, row: Result, item: dict, now: datetime) -> tuple[str, Words | None]:
    server_name = sender.note or sender.device_id
    decision = "reject" if item["review"] == "rejected" else "accept"
    said = Words("{server}: {review} by {who} ({reason})", server=server_name, review=state_words(item["review"]),
                 who=reviewer(item["reviewed_by"]), reason=item["reason"])
    if row.reviewed_at is not None and row.review_from is None:   # an administrator here decided: that stands
        if row.review == DECISIONS[decision]:
            return APPLIED, None   # the same verdict: nothing to follow, nothing to report
        _alert(s, row, now, Words("{told}; decided otherwise here ({review} by {who}), which stands", told=said,
                                  review=state_words(row.review), who=reviewer(row.reviewed_by or "")))
        return KEPT, Words("an administrator of the upper server decided it first: {review} by {who}",
                           review=state_words(row.review), who=reviewer(row.reviewed_by or ""))
    if decision == "accept":
        # only what that server held it for, as it said when it relayed the result: never a rule this server
        # found itself (the centre's vouched units, the window, the time), whatever the decision now claims.
        # The attempt limit is the one rule both judge alike and decide() checks here again (over_limit): the
        # centre may have held a result for it after relaying it (an outside round: the tiers then disagreed)
        own = sorted({f for f in row.flags.split(",") if f} - {f for f in row.flags_below.split(",") if f}
                     - {"attempt_limit"})
        if own:
            _alert(s, row, now, Words("{told}; still held here for {rules}", told=said, rules=rules_words(own)))
            if set(own) <= set(item["flags"]):   # the lower server held it for them too: both check them
                return KEPT, Words("the upper server checks {rules} itself, and its administrator decides them "
                                   "(the lower server accepted it)", rules=rules_words(own))
            return KEPT, Words("the upper server holds it for {rules}, which the lower server did not check",
                               rules=rules_words(own))
        if "attempt_limit" in row.flags.split(",") and others_unseen_below(s, sender.device_id, row):
            why = OTHERS_UNSEEN   # taken up again once an attempt is given back here (review.take_up_kept_accepts)
            _alert(s, row, now, Words("{told}; still held here: {why}", told=said, why=why))
            return KEPT, why
    who = relayed_by_name(item["reviewed_by"], server_name)
    try:
        decide(s, row.result_id, decision, clean_text(item["reason"], MAX_REASON) or "-", who, now)
    except ReviewError as exc:   # over_limit: it stays held, and someone here must choose
        _alert(s, row, now, Words("{told}; still held here: {why}", told=said, why=exc.detail))
        return KEPT, cast(Words, exc.detail)   # every ReviewError is made with Words
    row.review_from = sender.device_id
    return APPLIED, None


def _alert(s: Session, row: Result, now: datetime, detail: Words) -> None:
    s.add(Alert(kind="lower_review_kept", result_id=row.result_id, device_id=row.device_id,
                created_at=utc_naive(now), detail=detail))
