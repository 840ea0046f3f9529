"""The attempt that counts, kept per exam and learner as results arrive, with the learner's unit, status
and leader flag copied beside it (and beside their study points), and the learners counted per unit, so
the unit report reads a few GROUP BYs instead of ranking a million results and joining them to a million
learners.

Two rules keep the copies true:
- results enter through ``store_results`` (ingest, relay and bundle imports all do), which merges the
  ones that count (review counted or accepted) into ``counted_attempts`` in the same transaction, and an
  administrator's decision on a held result goes through ``recount``;
- every new learner and every change of a learner's unit, status or leader flag goes through
  ``follow_learner`` (sync_server/directory/headcount.py: ``put_learner`` and ``apply_learner`` call it),
  which also keeps the headcounts per unit.

The merge is a single upsert whose update is commutative (the highest score, the highest mark, the later
attempt), so two workers storing attempts of the same learner at once cannot lose one. Every writer takes
the rows' locks in one order, the learners then their counted rows by learner and exam (``lock_counted``,
headcount.py),
so a roster import that moves learners and an ingest storing their results cannot deadlock on PostgreSQL,
and the ingest, which share-locks the learners it copies, copies them as the import left them (issue 17)."""
from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Collection
from datetime import datetime
from decimal import Decimal

from sqlalchemy import case, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from sync_server import changes
from sync_server.db import upsert_into
from sync_server.directory.service import subtree
from sync_server.models import Alert, AnnouncedAttempt, CountedAttempt, Device, Learner, Package, Result
from sync_server.results.announced import announced_unseen, release
from sync_server.results.review_text import CONSOLE_MARK, MAX_REASON, clean_text

log = logging.getLogger(__name__)

HELD_PREFIX = "held, not counted: "   # a result_held alert's detail: this, then the rule codes broken
MARKS = {"passed": 2, "failed": 1}   # anything else (awaiting the marking of short answers): 0


def mark_of(outcome: str) -> int:
    return MARKS.get(outcome, 0)


def cents(score: str) -> int:
    """Server scores are decimal text with two decimals at most ("87.5", "66.67")."""
    return int(Decimal(score) * 100)


COUNTED = ("counted", "accepted")   # review states that count; held and rejected results are only kept


def store_results(s: Session, rows: list[dict], limits: dict[str, tuple[int, tuple[str, ...]]] | None = None
                  ) -> list[str]:
    """Insert result rows (one executemany) and merge the ones that count into the counted attempts (a
    result that broke an acceptance rule is stored, held, and counts once an administrator accepts it).

    ``limits``: per result id, the attempts its exam allows and the packages whose results count toward
    them (the exam's packages of its kind: main or make-up). When a learner has more results of them than
    that (every result from any station, but those an administrator rejected), none counts without an
    administrator's decision: the new ones that would count, and those held for another rule, are flagged
    ``attempt_limit`` and held (their row dicts are changed too), and the stored ones that count or are held
    without that flag are returned for the caller to flag and hold (hold_also). Which attempt
    came first is not judged: the order of delivery, and the stations' clocks, are the learner's to choose
    (outside testers made a later, better attempt count both ways)."""
    if not rows:
        return []
    if limits:
        lock_learners(s, {(r["exam_id"], r["learner_no"]) for r in rows if r["result_id"] in limits})
    # every multi-row write in one stable order (exam, learner, result), whatever order the batch came in:
    # two workers writing the same learners never wait on each other crosswise (issue 17)
    rows = sorted(rows, key=lambda r: (r["exam_id"], r["learner_no"], r["result_id"]))
    s.execute(insert(Result), rows)   # first: on SQLite the write lock is held before anything is counted
    counted_before: list[str] = []
    if limits:
        counted_before = _hold_over_limit(s, [r for r in rows if r["result_id"] in limits], limits)
    count_results(s, [r for r in rows if r.get("review", "counted") in COUNTED])
    return counted_before


def attempt_limits(s: Session, rows: list[dict], kinds_cache: dict[str, tuple[bool, int]] | None = None
                   ) -> dict[str, tuple[int, tuple[str, ...]]]:
    """Per result row (``result_id``, ``exam_id``, ``package_id``): the attempts its package allows, and the
    exam's packages of the same kind (main or make-up) whose results count toward them. ``kinds_cache``:
    package id -> (is make-up, max attempts), kept by the caller across batches (read from the header)."""
    cache = kinds_cache if kinds_cache is not None else {}
    exams: dict[str, list[str]] = {}
    out = {}
    for r in rows:
        if r["exam_id"] not in exams:
            exams[r["exam_id"]] = list(s.scalars(select(Package.package_id).where(Package.exam_id == r["exam_id"])))
        siblings = exams[r["exam_id"]]
        for package_id in siblings:
            package_kind(s, package_id, cache)
        makeup, allowed = cache[r["package_id"]]
        out[r["result_id"]] = (allowed, tuple(sorted(p for p in siblings if cache[p][0] == makeup)))
    return out


def package_kind(s: Session, package_id: str, cache: dict[str, tuple[bool, int]] | None = None) -> tuple[bool, int]:
    """(is the exam's make-up, attempts it allows), read from the stored package's header (kept in
    ``cache`` by package id); (False, 1) for a package not held here."""
    if cache is not None and package_id in cache:
        return cache[package_id]
    from examcore.package import parse_package
    stored = s.get(Package, package_id)
    if stored is None:
        return False, 1
    exam = parse_package(stored.data, None).header.raw["exam"]
    kind = (bool(exam.get("is_makeup")), int(exam.get("max_attempts", 1)))
    if cache is not None:
        cache[package_id] = kind
    return kind


def counted_elsewhere(s: Session, exam_id: str, learner_no: str, packages: tuple[str, ...],
                      but: Collection[str]) -> list[str]:
    """The ids of results that count of this learner and exam's packages, other than the result ids in ``but``."""
    return list(s.scalars(select(Result.result_id).where(
        Result.exam_id == exam_id, Result.learner_no == learner_no, Result.package_id.in_(packages),
        Result.review.in_(COUNTED), Result.result_id.not_in(list(but))).order_by(Result.received_at)))


def _attempts_used(s: Session, rows: list[dict]) -> Counter[tuple[str, str, str]]:
    """Per (exam, learner, package) of these rows' learners and exams: the results stored (these rows too,
    just inserted), but those an administrator rejected, and the attempts announced and never delivered.
    One query for the batch: a query per learner was more than half of a province's ingest CPU once (every
    list of ids is compiled and parsed anew)."""
    used: Counter[tuple[str, str, str]] = Counter()
    learners = sorted({r["learner_no"] for r in rows})
    for start in range(0, len(learners), 500):
        for exam, learner, package, n in s.execute(
                select(Result.exam_id, Result.learner_no, Result.package_id, func.count())
                .where(Result.learner_no.in_(learners[start:start + 500]),
                       Result.exam_id.in_({r["exam_id"] for r in rows}), Result.review != "rejected")
                .group_by(Result.exam_id, Result.learner_no, Result.package_id)):
            used[(exam, learner, package)] = n
    # attempts their stations announced and never delivered use one too (announced.py)
    used.update(announced_unseen(s, learners, {r["exam_id"] for r in rows}))
    return used


def lock_learners(s: Session, keys: set[tuple[str, str]]) -> None:
    """One writer per (exam, learner) at a time on PostgreSQL (SQLite has one writer anyway): the attempt
    limit is read and applied in the same transaction. Taken in order, so two batches cannot deadlock."""
    if s.get_bind().dialect.name == "postgresql" and keys:
        # one round trip for the batch (a statement per learner was 8 % of a province's ingest CPU): unnest
        # reads the array out in its order, and each row's lock is taken as the row is read
        s.execute(text("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(CAST(:keys AS bigint[])) AS k"),
                  {"keys": sorted({_lock_key(*k) for k in keys})})


def _lock_key(exam_id: str, learner_no: str) -> int:
    import hashlib
    return int.from_bytes(hashlib.sha256(f"{exam_id}\x00{learner_no}".encode()).digest()[:8], "big", signed=True)


def _hold_over_limit(s: Session, rows: list[dict], limits: dict[str, tuple[int, tuple[str, ...]]]) -> list[str]:
    """Flag and hold the new ``rows`` of learners now over their exam's allowance (store_results); return the
    stored results of theirs that count without an administrator's decision, or are held without the limit's
    flag (hold_also flags them all and holds the ones that count)."""
    if not rows:
        return []
    used = _attempts_used(s, rows)
    over: set[tuple[str, str, tuple[str, ...]]] = set()
    changed = []
    for r in rows:
        allowed, packages = limits[r["result_id"]]
        key = (r["exam_id"], r["learner_no"], packages)
        if key in over or sum(used[(r["exam_id"], r["learner_no"], p)] for p in packages) > allowed:
            over.add(key)
            # one held for another rule already waits for a decision: it carries the limit too, so the
            # decision on it is seen as choosing the attempt that stands (an outside round accepted a late
            # one "for its late answers", and so settled which of two attempts counted, unseen)
            if r.get("review", "counted") in ("counted", "held"):
                r["flags"] = ",".join(sorted({*filter(None, r.get("flags", "").split(",")), "attempt_limit"}))
                r["review"] = "held"
                changed.append({"result_id": r["result_id"], "flags": r["flags"], "review": r["review"]})
    if changed:   # one executemany by primary key: a statement a row was a third of a one-learner flood's ingest
        s.execute(update(Result), changed)
    new = {r["result_id"] for r in rows}
    return sorted(result_id for exam_id, learner_no, packages in sorted(over)   # rare: a query each
                  for result_id in s.scalars(select(Result.result_id).where(
                      Result.exam_id == exam_id, Result.learner_no == learner_no, Result.package_id.in_(packages),
                      Result.review.in_(("counted", "held")), Result.flags.not_like("%attempt_limit%")))
                  if result_id not in new)


def recount(s: Session, exam_id: str, learner_no: str) -> None:
    """Rebuild one learner's counted attempt of one exam from the results that count (after an
    administrator accepted or rejected one): a result taken back cannot be un-merged, so it is re-merged."""
    lock_learners(s, {(exam_id, learner_no)})
    s.execute(delete(CountedAttempt).where(CountedAttempt.exam_id == exam_id, CountedAttempt.learner_no == learner_no))
    rows = [dict(r._mapping) for r in s.execute(
        select(Result.result_id, Result.exam_id, Result.learner_no, Result.server_score, Result.outcome,
               Result.submitted_at).where(Result.exam_id == exam_id, Result.learner_no == learner_no,
                                          Result.review.in_(COUNTED)))]
    if rows:
        count_results(s, rows)


def count_results(s: Session, rows: list[dict]) -> None:
    if not rows:
        return
    merged: dict[tuple[str, str], dict] = {}
    for r in rows:  # first within the batch: one upsert may touch a row only once
        c, m = cents(r["server_score"]), mark_of(r["outcome"])
        new = {"exam_id": r["exam_id"], "learner_no": r["learner_no"], "attempts": 1, "best_cents": c,
               "best_mark": m, "last_cents": c, "last_mark": m, "last_at": r["submitted_at"],
               "last_id": r["result_id"]}
        old = merged.get((new["exam_id"], new["learner_no"]))
        if old is not None:
            new["attempts"] += old["attempts"]
            new["best_cents"], new["best_mark"] = max(c, old["best_cents"]), max(m, old["best_mark"])
            if (old["last_at"], old["last_id"]) > (new["last_at"], new["last_id"]):
                for k in ("last_cents", "last_mark", "last_at", "last_id"):
                    new[k] = old[k]
        merged[(new["exam_id"], new["learner_no"])] = new
    # read with a share lock, in learner order: a roster change of these learners commits first and is the
    # one copied (a copy read before it would be stale); learner rows first, then counted rows, as every writer
    learners = {no: (unit, status, leader) for no, unit, status, leader in s.execute(
        select(Learner.learner_no, Learner.unit_id, Learner.status, Learner.is_leader)
        .where(Learner.learner_no.in_({k[1] for k in merged})).order_by(Learner.learner_no)
        .with_for_update(read=True))}
    for key, values in merged.items():
        values["unit_id"], values["status"], values["is_leader"] = learners.get(key[1], (None, None, False))
    # SQLite's max() of two arguments is the scalar maximum
    greatest = func.greatest if s.get_bind().dialect.name == "postgresql" else func.max
    stmt = upsert_into(s, CountedAttempt)
    held, came = CountedAttempt.__table__.c, stmt.excluded
    later = (came.last_at > held.last_at) | ((came.last_at == held.last_at) & (came.last_id > held.last_id))
    upsert = stmt.on_conflict_do_update(index_elements=[held.exam_id, held.learner_no], set_={
        "attempts": held.attempts + came.attempts,
        "best_cents": greatest(held.best_cents, came.best_cents),
        "best_mark": greatest(held.best_mark, came.best_mark),
        **{k: case((later, came[k]), else_=held[k]) for k in ("last_cents", "last_mark", "last_at", "last_id")},
        "unit_id": came.unit_id, "status": came.status, "is_leader": came.is_leader})
    # one order for every writer, learner then exam (lock_counted): no deadlock
    s.execute(upsert, [merged[key] for key in sorted(merged, key=lambda k: (k[1], k[0]))])


def attempt_change(row, room: str | None, makeup: bool = False) -> dict:
    """The body of an ``attempt`` change (stations read exactly these keys). ``row``: a result row or dict;
    ``makeup``: its package is the exam's make-up (package_kind), which has its own allowance."""
    get = row.get if isinstance(row, dict) else (lambda k: getattr(row, k))
    return {"exam_id": get("exam_id"), "learner_no": get("learner_no"), "attempt_id": get("attempt_id"),
            "result_id": get("result_id"), "device_id": get("device_id"), "room": room,
            "submitted_at": get("submitted_at"), "counted": get("review") in COUNTED,
            # held results use an attempt too (one held on purpose must not free another sitting elsewhere);
            # only an administrator's rejection gives it back
            "uses_attempt": get("review") != "rejected", "makeup": makeup}


def hold_also(s: Session, result_ids: Collection[str], rule: str, now: datetime, said: str) -> list:
    """Stored results that a newer one shows to break ``rule`` (the learner's earlier result in a sitting
    where they handed in again): flagged with it, and held if they counted, their learners' counted
    attempts rebuilt; one decided by an administrator stays decided. Returns the result_held alerts (their
    detail: ``said``, then the rules)."""
    alerts = []
    for row in s.scalars(select(Result).where(Result.result_id.in_(sorted(result_ids))).with_for_update()):
        flags = sorted({*filter(None, row.flags.split(",")), rule})
        row.flags = ",".join(flags)
        if row.review == "counted":
            row.review = "held"
            recount(s, row.exam_id, row.learner_no)
            announce_verdict(s, row, now)   # it had been announced as counting
            alerts.append(Alert(kind="result_held", result_id=row.result_id, device_id=row.device_id, created_at=now,
                                detail=said + row.flags))
    return alerts


def standing(s: Session, exam_id: str, learner_no: str, package_id: str) -> tuple[list[Result], bool]:
    """The learner's results of the exam's packages of ``package_id``'s kind that use an attempt (all but
    the rejected, locked for update), and whether those and the announced attempts never delivered are more
    than the kind allows."""
    allowed, packages = attempt_limits(s, [{"result_id": "", "exam_id": exam_id, "package_id": package_id}])[""]
    rows = list(s.scalars(select(Result).where(Result.exam_id == exam_id, Result.learner_no == learner_no,
                                               Result.package_id.in_(packages), Result.review != "rejected")
                          .with_for_update()))
    unseen = sum(n for (_, _, p), n in announced_unseen(s, [learner_no], [exam_id]).items() if p in packages)
    return rows, len(rows) + unseen > allowed


def hold_announced(s: Session, using: set[tuple[str, str, str]], now: datetime, device_id: str | None = None) -> None:
    """Attempts just announced (announced.announce: (exam, learner, package)) that put a learner over the
    exam's allowance hold their results that count (``attempt_limit``), as a result delivered over it does:
    an outside round announced an attempt after a result had counted, looked at its score, and deleted it (in
    the other order the result was held; the learner chose the order)."""
    if not using:
        return
    lock_learners(s, {(exam, learner) for exam, learner, _ in using})
    s.flush()
    for exam, learner, package in sorted(using):
        stored, over = standing(s, exam, learner, package)
        undecided = [row.result_id for row in stored if row.review in ("counted", "held")]
        if over and undecided:
            log.warning("an attempt announced for %s puts them over %s's allowance: %d result(s) held",
                        learner, exam, len(undecided))
            before = {row.result_id: row.flags for row in stored}
            s.add_all(hold_also(s, undecided, "attempt_limit", now, HELD_PREFIX))
            # which station's word put them over, with each result it held just now (round 20: the
            # administrator read only "more attempts than allowed" and had to find the station in `announced`)
            s.add_all(Alert(kind="announced_over_limit", result_id=row.result_id, device_id=device_id, created_at=now,
                            detail=Words("station {device_id} told of an attempt of {learner_no} not delivered; with "
                                         "it they are over the exam's allowance (xuefa-server announced --learner "
                                         "{learner_no})", device_id=device_id or "?", learner_no=learner))
                      for row in stored if row.result_id in undecided and row.flags != before[row.result_id])


def seat_given(s: Session, package_id: str, learner_no: str, device_id: str, actor: str, now: datetime) -> list[str]:
    """The proctor bound the learner's seat in a sitting of the package to ``device_id``: a result that PC
    delivered before, held ``seat_other_device``, is of the learner's seat now (outside round 21: PC A died
    with the LAN down, the learner sat at spare PC B by the start code, B delivered before the proctor could
    record the move, and the one result stayed held). Those held for nothing else count. ``now``: naive UTC.
    Returns the results that now count."""
    rows = s.scalars(select(Result).where(Result.learner_no == learner_no, Result.package_id == package_id,
                                          Result.device_id == device_id, Result.review == "held",
                                          Result.flags.like("%seat_other_device%")).with_for_update()).all()
    counting = []
    for row in rows:
        row.flags = ",".join(f for f in row.flags.split(",") if f and f != "seat_other_device")
        if not row.flags:
            row.review = "counted"
            counting.append(row)
            s.add(Alert(kind="result_counted", result_id=row.result_id, device_id=device_id, created_at=now,
                        detail=Words("held only because the seat was bound to another PC; the proctor {actor} "
                                     "moved the seat to the PC it was sat at", actor=actor)))
    if counting:
        s.flush()
        recount(s, counting[0].exam_id, learner_no)
        for row in counting:
            announce_verdict(s, row, now)
    return [row.result_id for row in counting]


def release_attempt(s: Session, attempt_id: str, who: str, reason: str, now: datetime
                    ) -> tuple[AnnouncedAttempt, list[str]]:
    """An administrator ``who`` releases an announced attempt that will never come (announced.release: raises
    AnnouncedError), and the learner's results it held for the limit count, accepted by ``who`` with the
    reason and the attempt named (a decision the upstream hears). ``now``: naive UTC. Returns the attempt and
    the results that count now."""
    released = release(s, attempt_id, who.removesuffix(CONSOLE_MARK), reason, now)   # the note says the name
    if not released.exam_id:
        return released, []
    why = clean_text(f"{reason} (release-attempt {attempt_id})", MAX_REASON)
    return released, relieve_limit(s, released.exam_id, released.learner_no, released.package_id, now, (who, why))


def relieve_limit(s: Session, exam_id: str, learner_no: str, package_id: str, now: datetime,
                  released: tuple[str, str] | None = None) -> list[str]:
    """After an attempt was given back (a result rejected, an announced attempt released): when the learner is
    within the allowance again, the results held for ``attempt_limit`` lose that flag, and those held for
    nothing else count (their counted attempt rebuilt, the stations told). Outside round 17: a re-sit the
    centre allowed by rejecting the first result stayed held at the province, which had judged it before it
    followed the rejection; a release left the result it had held still held. ``released``: (who, why) when
    an administrator released an announced attempt: those results are then accepted by them, a decision the
    upstream hears and follows (round 19: the province, which keeps no announcements, held the result the
    centre counted, and nobody was told). A rejection travels up itself and needs none. Returns the results
    that now count."""
    lock_learners(s, {(exam_id, learner_no)})
    s.flush()
    rows, over = standing(s, exam_id, learner_no, package_id)
    if over:
        return []
    now_counting = []
    for row in rows:
        flags = [f for f in row.flags.split(",") if f]
        if row.review != "held" or "attempt_limit" not in flags:
            continue
        row.flags = ",".join(f for f in flags if f != "attempt_limit")
        if not row.flags:
            row.review = "counted"
            if released is not None:
                row.review, row.reviewed_by, row.reviewed_at = "accepted", released[0], now
                row.review_reason, row.review_from = released[1], None
            now_counting.append(row)
    if now_counting:
        s.flush()
        recount(s, exam_id, learner_no)
        for row in now_counting:
            announce_verdict(s, row, now)
            # told, and kept findable (flagged --review all lists a result once held that counts now)
            s.add(Alert(kind="result_counted", result_id=row.result_id, device_id=row.device_id, created_at=now,
                        detail=Words("held only for the attempt limit; counts now that an attempt was given back")))
        log.info("%s is within %s's allowance again: %d held result(s) count", learner_no, exam_id, len(now_counting))
    return [row.result_id for row in now_counting]


def announce_verdict(s: Session, row: Result, now: datetime) -> None:
    """A stored result's verdict changed (held, accepted, rejected): an ``attempt`` change for the stations
    and lower servers serving the learner's unit, and for the lower server that relayed it when its part of
    the roster does not hold the learner (a station there sat someone of another unit: the feed by unit
    never reaches it, and its report would go on showing the result as it judged it). ``now``: naive UTC."""
    learner = s.get(Learner, row.learner_no)
    body = attempt_change(row, getattr(s.get(Device, row.device_id), "room", None),
                          package_kind(s, row.package_id)[0])
    if learner is not None:
        changes.record(s, "attempt", row.result_id, body, now, unit_id=learner.unit_id)
    relayer = s.get(Device, row.relayed_by) if row.relayed_by else None
    if relayer is not None and not (learner is not None and relayer.unit_id
                                    and learner.unit_id in subtree(s, relayer.unit_id)):
        changes.record_many(s, "attempt", [(row.result_id, body, None)], now, device_id=relayer.device_id)
