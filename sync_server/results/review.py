"""Results held back by the acceptance rules (sync_server/results/acceptance.py), and an administrator's decision on
each: accept (it counts from now on) or reject (it stays stored, never counts), with a reason, logged with who
and when. Accepting never counts more attempts than the exam allows (``over_limit``): a result that counts may
be rejected first to make room. A decision can be changed the same way; the learner's counted attempt is
rebuilt each time, and the stations hear whether the attempt counts through the change feed."""
from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import ColumnElement, exists, func, or_, select
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from examcore.clock import from_utc_naive, utc_naive
from sync_server.results.acceptance import RULES, describe
from sync_server.results.counted import (announce_verdict, attempt_limits, counted_elsewhere, lock_learners, recount,
                                          relieve_limit, standing)
from sync_server.models import Alert, Device, Learner, LowerReview, Result
from sync_server.results.review_text import CONSOLE_MARK, MAX_REASON, clean_text

DECISIONS = {"accept": "accepted", "reject": "rejected"}
LISTED = ("held", "accepted", "rejected")   # a flagged result, whatever became of it



def reviewer(reviewed_by: str) -> str:
    """Who decided, as words a reader's language can say: the console mark kept with the name (also inside a
    relayed "NAME (server console) @ SERVER") is Words, the name itself as it is."""
    name, mark, rest = reviewed_by.partition(CONSOLE_MARK)
    return Words("{name} (server console){rest}", name=name, rest=rest) if mark else reviewed_by


def state_words(review: str) -> Words:
    """A result's review state (counted, held, accepted, rejected) as words the reader's language has."""
    return {"counted": Words("counted"), "held": Words("held"), "accepted": Words("accepted"),
            "rejected": Words("rejected")}[review]


class ReviewError(Exception):
    """codes: not_found, not_flagged, bad_decision, no_reason, over_limit"""

    def __init__(self, code: str, detail: str):
        super().__init__(detail)
        self.code, self.detail = code, detail


def _scoped(query, scope: Collection[str] | None, include_unplaced: bool):
    """Results of learners in ``scope`` (None: all); ``include_unplaced``: also learners not on the roster."""
    if scope is None:
        return query
    inside = Learner.unit_id.in_(list(scope))
    return query.where(or_(inside, Learner.unit_id.is_(None)) if include_unplaced else inside)


def flagged_results(s: Session, scope: Collection[str] | None, include_unplaced: bool = True,
                    rule: str | None = None, unit_id: str | None = None, exam_id: str | None = None,
                    review: str | None = "held", limit: int = 500) -> list[dict]:
    """Flagged results, newest first. ``review``: held (default), accepted, rejected, or None for all. Each
    with "below": what the lower server that relayed it decided (review_relay.told_below), or None."""
    listed: ColumnElement[bool] = Result.review.in_([review] if review else LISTED)
    if not review:   # all: also a result once held that counts now (an attempt given back, counted.relieve_limit)
        listed = or_(listed, (Result.review == "counted") & exists().where(Alert.result_id == Result.result_id,
                                                                          Alert.kind == "result_counted"))
    query = (select(Result, Learner.name, Learner.unit_id).outerjoin(Learner, Learner.learner_no == Result.learner_no)
             .where(listed))
    query = _scoped(query, scope, include_unplaced)
    if rule:
        query = query.where(Result.flags.like(f"%{rule}%"))
    if unit_id:   # the unit and the units below it, as an administrator means "this district's"
        from sync_server.directory.service import subtree
        query = query.where(Learner.unit_id.in_(sorted(subtree(s, unit_id))))
    if exam_id:
        query = query.where(Result.exam_id == exam_id)
    rows = s.execute(query.order_by(Result.received_at.desc(), Result.result_id).limit(limit)).all()
    places = {d: (room, note) for d, room, note in s.execute(select(Device.device_id, Device.room, Device.note).where(
        Device.device_id.in_({r.device_id for r, _, _ in rows})))} if rows else {}
    rooms = {d: room for d, (room, _) in places.items()}
    below = told_below(s, [r.result_id for r, _, _ in rows])
    facts, names = result_facts(s, [r.result_id for r, _, _ in rows]), _names(s, rows)
    return [{**result_dict(r, name, unit, rooms.get(r.device_id)), "below": below.get(r.result_id),
             "facts": facts.get(r.result_id, []), "unit_name": names.get(("unit", unit)),
             "exam_title": names.get(("exam", r.exam_id)), "station_name": station_name(places.get(r.device_id))}
            for r, name, unit in rows if not rule or rule in r.flags.split(",")]


def station_name(place: tuple[str | None, str | None] | None) -> str | None:
    """The name a station was enrolled with (from (room, note)); None when its note is not a name (this
    server's own words for a station that sent results before it was enrolled)."""
    from sync_server.devices import note_words
    note = place[1] if place else None
    return note if note and not isinstance(note_words(note), Words) else None


# the alerts that say what a rule saw, shown with the result in the flagged lists
FACT_KINDS = ("late_answers", "slept_long", "score_mismatch", "points_short", "result_counted",
              "announced_over_limit")


def result_facts(s: Session, result_ids: list[str]) -> dict[str, list[dict]]:
    """result id -> the facts its alerts keep (how late the answers came, how long the PC slept, a score the
    station gave otherwise, points short), oldest first: [{"kind", "detail" (English), "words" (Words.to_dict,
    or None: say the detail as it is; examcore.cli_text.words_said)}] (issue 14, outside round 15: decided
    without them)."""
    out: dict[str, list[dict]] = {}
    if not result_ids:
        return out
    alerts = list(s.scalars(select(Alert).where(Alert.result_id.in_(result_ids), Alert.kind.in_(FACT_KINDS))
                            .order_by(Alert.id)))
    gone = _announcements_gone(s, {a.result_id for a in alerts if a.kind == "announced_over_limit"})
    for a in alerts:
        if a.kind == "announced_over_limit" and a.result_id in gone:
            continue   # released, or its result came: no longer why it is held (outside round 22)
        out.setdefault(a.result_id or "", []).append(
            {"kind": a.kind, "detail": a.detail, "words": a.words_sent()})
    return out


def _announcements_gone(s: Session, result_ids: set[str | None]) -> set[str]:
    """Of these results, those whose learner has no announced attempt left that uses one and never came."""
    from sync_server.models import AnnouncedAttempt
    ids = [r for r in result_ids if r]
    if not ids:
        return set()
    learners = dict(s.execute(select(Result.result_id, Result.learner_no).where(Result.result_id.in_(ids))).all())
    outstanding = set(s.scalars(select(AnnouncedAttempt.learner_no).where(
        AnnouncedAttempt.learner_no.in_(set(learners.values())), AnnouncedAttempt.counts.is_(True),
        ~exists().where(Result.attempt_id == AnnouncedAttempt.attempt_id))))
    return {r for r, learner in learners.items() if learner not in outstanding}


def _names(s: Session, rows) -> dict[tuple[str, str | None], str]:
    """("unit", id) -> the unit's name and ("exam", id) -> an exam's title, for the results listed."""
    from sync_server.models import Package, Unit
    units = {unit for _, _, unit in rows if unit}
    exams = {r.exam_id for r, _, _ in rows}
    out: dict[tuple[str, str | None], str] = {}
    if units:
        out.update({("unit", u): n for u, n in s.execute(select(Unit.unit_id, Unit.name)
                                                           .where(Unit.unit_id.in_(units)))})
    if exams:
        out.update({("exam", e): t for e, t in s.execute(select(Package.exam_id, func.min(Package.title))
                                                           .where(Package.exam_id.in_(exams))
                                                           .group_by(Package.exam_id))})
    return out


def result_dict(r: Result, name: str | None = None, unit_id: str | None = None, room: str | None = None) -> dict:
    return {"result_id": r.result_id, "attempt_id": r.attempt_id, "exam_id": r.exam_id, "learner_no": r.learner_no,
            "name": name or "", "unit_id": unit_id, "device_id": r.device_id, "room": room,
            "sitting_id": r.sitting_id, "score": r.server_score, "outcome": r.outcome,
            "submitted_at": r.submitted_at, "received_at": from_utc_naive(r.received_at).isoformat(),
            "source": r.source, "flags": r.flags.split(",") if r.flags else [], "why": describe(r.flags),
            "review": r.review, "reviewed_by": r.reviewed_by,
            "reviewed_at": from_utc_naive(r.reviewed_at).isoformat() if r.reviewed_at else None,
            "review_reason": r.review_reason}


def held_counts(s: Session, scope: Collection[str] | None = None, exam_id: str | None = None,
                include_unplaced: bool = True) -> dict[str, int]:
    """Results held back (not counted, awaiting a decision), per rule broken (a result breaking two rules
    counts under each), plus ``total``."""
    query = select(Result.flags).outerjoin(Learner, Learner.learner_no == Result.learner_no) \
        .where(Result.review == "held")
    if exam_id:
        query = query.where(Result.exam_id == exam_id)
    flags = list(s.scalars(_scoped(query, scope, include_unplaced)))
    out = Counter(code for f in flags for code in f.split(",") if code)
    return {"total": len(flags), **{code: out[code] for code in RULES if out[code]}}


def decide(s: Session, result_id: str, decision: str, reason: str, who: str, now: datetime
           ) -> tuple[Result, list[str]]:
    """Accept or reject a flagged result (or change an earlier decision). Returns the result and the other
    results of the learner that count now because a rejection gave an attempt back (counted.relieve_limit:
    held only for the limit; an outside round's administrator rejected one of two and was not told the other
    then counted). Raises ReviewError."""
    if decision not in DECISIONS:
        raise ReviewError("bad_decision", Words("the decision is accept or reject"))
    if not reason.strip():
        raise ReviewError("no_reason", Words("a decision needs a reason (it is kept with who decided and when)"))
    row = s.get(Result, result_id, with_for_update=True)
    if row is None:
        raise ReviewError("not_found", Words("no result {result_id} here: `xuefa-server flagged` lists the held ones",
                                               result_id=result_id))
    if row.review not in LISTED and row.review != "counted":
        raise ReviewError("not_flagged", Words("this result broke no acceptance rule: it counts already"))
    # a result that counts may be taken back (to make room for a held one, say), or accepted: one held only
    # for the limit counts by itself once an attempt is given back (relieve_limit), and an administrator who
    # rejects one and accepts the other, as before, is not told the second "counts already"
    was = row.review
    if decision == "accept" and was != "accepted":   # accepting may not count more attempts than the exam allows
        lock_learners(s, {(row.exam_id, row.learner_no)})
        allowed, packages = attempt_limits(s, [{"result_id": row.result_id, "exam_id": row.exam_id,
                                                "package_id": row.package_id}])[row.result_id]
        counted = counted_elsewhere(s, row.exam_id, row.learner_no, packages, [row.result_id])
        if len(counted) >= allowed:   # named: a result that counts by itself is in no held list (outside round 18)
            raise ReviewError("over_limit", Words("{learner_no} already has {counted} counted attempt(s) of an exam "
                                                  "that allows {allowed} ({results}): reject one of them first",
                                                  learner_no=row.learner_no, counted=len(counted), allowed=allowed,
                                                  results=", ".join(counted)))
    row.review, row.reviewed_by, row.reviewed_at = DECISIONS[decision], who, utc_naive(now)
    # decided here (review_relay sets who told it); a reason on one line, without controls (review_text)
    row.review_reason, row.review_from = clean_text(reason, MAX_REASON), None
    s.flush()
    recount(s, row.exam_id, row.learner_no)
    s.add(Alert(kind=f"result_{DECISIONS[decision]}", result_id=result_id, device_id=row.device_id,
                created_at=utc_naive(now), detail=Words("{who}: {was} -> {now} ({flags}): {reason}", who=who, was=was,
                                                         now=row.review, flags=row.flags, reason=row.review_reason)))
    announce_verdict(s, row, utc_naive(now))   # the stations learn whether the attempt counts now
    counting = []
    if row.review == "rejected" and was != "rejected":   # an attempt given back: the others may be within it now
        counting = relieve_limit(s, row.exam_id, row.learner_no, row.package_id, utc_naive(now))
        counting += take_up_kept_accepts(s, row.exam_id, row.learner_no, now)
    return row, counting


OTHERS_UNSEEN = Words("the upper server holds more results of this learner than the exam allows, some from "
                      "elsewhere: an administrator there chooses which counts")


def relayed_by_name(reviewed_by: str, server_name: str) -> str:
    """Who decided a followed decision, as kept here: "NAME @ LOWER SERVER"."""
    return clean_text(f"{reviewed_by} @ {server_name}", 64)


def others_unseen_below(s: Session, sender_id: str, row: Result) -> bool:
    """Whether this server holds the learner over the exam's allowance with a result the lower server
    ``sender_id`` never saw (relayed by another server, or delivered here by its station): that server's
    accept then chose between attempts it did not know of. Outside round 20: a release at one centre (an
    accept of the result it held) made that result count at the province over the learner's other attempt,
    held there from a second centre, with no administrator choosing; over_limit sees only results that
    already count."""
    lock_learners(s, {(row.exam_id, row.learner_no)})
    rows, over = standing(s, row.exam_id, row.learner_no, row.package_id)
    return over and any(r.relayed_by != sender_id or r.source != "relay" for r in rows if r.result_id != row.result_id)


def take_up_kept_accepts(s: Session, exam_id: str, learner_no: str, now: datetime) -> list[str]:
    """Accepts a lower server told of the learner's results that were kept only because this server held them
    over the allowance with results that server never saw (OTHERS_UNSEEN), followed once that is no longer so
    (a rejection here, told or decided, gave an attempt back). Outside round 21: the kept accept was never
    taken up again, and the same two honest decisions ended differently by the order they came in. Returns
    the results now accepted."""
    from sync_server.models import Device
    taken = []
    rows = s.execute(select(Result, LowerReview).join(LowerReview, LowerReview.result_id == Result.result_id).where(
        Result.exam_id == exam_id, Result.learner_no == learner_no, Result.review == "held",
        LowerReview.review == "accepted", LowerReview.outcome == "kept")).all()
    for row, told in rows:
        _english, words = told.note_words()
        if not words or words.get("template") != OTHERS_UNSEEN.template:
            continue
        own = {f for f in row.flags.split(",") if f} - {f for f in row.flags_below.split(",") if f} - {"attempt_limit"}
        if (row.reviewed_at is not None and row.review_from is None) or row.relayed_by != told.server_id or own \
                or others_unseen_below(s, told.server_id, row):
            continue
        sender = s.get(Device, told.server_id)
        try:
            decide(s, row.result_id, "accept", told.reason or "-",
                   relayed_by_name(told.reviewed_by, (sender.note if sender else "") or told.server_id), now)
        except ReviewError:   # over_limit: still a choice for an administrator here
            continue
        row.review_from, told.outcome, told.note = told.server_id, "applied", ""
        taken.append(row.result_id)
    return taken


def held_total(s: Session) -> int:
    return s.scalar(select(func.count()).select_from(Result).where(Result.review == "held")) or 0


def told_below(s: Session, result_ids: list[str]) -> dict[str, dict]:
    """result id -> what the lower server decided and what became of it here, for the flagged lists:
    {"server", "review", "reviewed_by", "reviewed_at", "reason", "outcome", "note", "note_words"}."""
    if not result_ids:
        return {}
    rows = list(s.scalars(select(LowerReview).where(LowerReview.result_id.in_(result_ids))))
    names = dict(s.execute(select(Device.device_id, Device.note)
                           .where(Device.device_id.in_({r.server_id for r in rows}))).all()) if rows else {}
    out = {}
    for r in rows:
        note, words = r.note_words()
        out[r.result_id] = {"server": names.get(r.server_id) or r.server_id, "review": r.review,
                            "reviewed_by": r.reviewed_by, "reviewed_at": from_utc_naive(r.reviewed_at).isoformat(),
                            "reason": r.reason, "outcome": r.outcome, "note": note, "note_words": words}
    return out
