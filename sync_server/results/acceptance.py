"""The acceptance rules a sealed result is held to at every tier (issue 14), checked from the original
envelope and its certificate chain, so the centre and the province reach the same verdict.

A result that breaks a rule is stored with the codes of the rules it broke and held: it is not counted in
counted attempts or reports until an administrator accepts it (sync_server/results/review.py). Nothing is dropped.

Rule codes (stable, shown in the API and the admin window):
- ``learner_outside_unit``: the learner is not on this server's roster, or belonged, from the attempt's
  start until now, to no unit in the subtree the station (and every server that vouches for it) serves
  (judged by sync_server/directory/transfers.py's unit_rules: the roster's rule, asked by the directory too);
- ``not_seated``: the result names a sitting of this server the learner is not seated in, or names
  another sitting while the learner is seated in one of this package here, or comes from a room PC that
  serves no unit for a learner seated in none of this package's sittings here;
- ``seat_other_device``: the seat was checked in from another station (or, never checked in, this
  station stands in another room);
- ``sitting_not_started``: the attempt began before its sitting was started, and the chain does not show
  a start with the start code that the sitting's record confirms (the proctor looked the code up before
  the attempt began, and it began no earlier than EARLY_START before the sitting's start);
- ``recorded_missing``: the proctor recorded the learner as missing (缺考) in that sitting;
- ``late_start``: the attempt began after the sitting was closed, or, the seat never checked in here, after
  its login had closed (its start plus the late minutes): a station that had not heard of the sitting or of
  its close let the learner in with the room's start code (outside testers; a seat that checked in and
  waited, started hours after the close, was counted until the sixth round);
- ``second_in_sitting``: the learner handed in more than one result in that sitting (one seat, one
  attempt: a station that let them sit again, or a PC revived after the seat was moved); every one of them
  is held, the earlier ones too, since a station chooses the order in which they arrive (an outside tester
  delivered the better one first);
- ``clock_moved_back``: the attempt claims to have begun before a pull of the change feed by its station
  (this server's clock, less the skew allowed), yet the station did not list it then among the attempts it
  had not delivered: it was begun later with the PC's clock set back (the time mark edited in the station's
  database, where the key service does not guard it; an outside tester). Judged against every pull since
  the claimed start (sync_server/results/pulls.py), not the latest only: an outside round marked such an
  attempt in progress in the station's database before one pull. Also, at every tier, when it claims to
  have begun before its package was made (the signed header's time: a fresh install on a PC set back);
- ``outside_window``: the attempt began outside the exam window or was handed in after it closed (plus
  the time allowed);
- ``over_duration``: the exam time used exceeds the duration plus the extra time granted (verified);
- ``late_answers``: answers were saved after that time was up;
- ``slept_long``: the PC slept (or hung), or the program was not running, during the attempt for more than
  SLEEP_ALLOWANCE_MS in all, time the station did not charge as exam time (its policy: a sleep or a crash
  is not the learner's fault): real time to look things up, unseen where no proctor watches (outside
  testers slept nine times for 25 minutes in a 30-minute exam, and killed the program six times for 4.5
  minutes, and passed);
- ``attempt_limit``: the learner has more results of the exam than it allows attempts, from any station
  (sync_server/results/counted.py): none of them counts until an administrator decides (accepts the one
  that stands, rejects the others). Which came first is not judged: outside testers made a later, better
  attempt count by delivering it first, by setting a PC's clock back, by leaving an attempt running on one
  PC to sit again on another, and by getting their first attempt held on purpose (a long sleep);
- ``second_result``: another, different result of the same attempt came (a station sealed one attempt
  twice, or signed its result again altered): the second is refused (409, ``conflicting_attempt`` or
  ``conflicting_upload``), and the one stored is held, since the station chose which came first; a lower
  server whose copy its upstream refused so holds its copy too (sync_server/upstream/relay.py; an outside
  round sent the two by two roads, and the centres and the province counted different ones).
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.chain import Event, EventKind
from examcore.clock import utc_naive
from examcore.cli_text import Joined, Words
from examcore.exam import ExamDefinition
from examcore.package import MADE_MARGIN, PackageHeader
from examcore.proctor_action import verify_action, verify_certificate
from examcore.proctor_codes import CODE_ACTION_PREFIX, CODE_GRANT_CAP_MINUTES, EXTRA_TIME, challenge_names, code_ok
from examcore.window import EARLY_START
from sync_server.device_trust import Origin
from sync_server.results.pulls import pulled_between
from sync_server.sittings.service import moved_from
from sync_server.models import DeviceContact, DevicePullRun, Learner, Result, Sitting, SittingEvent, SittingSeat

log = logging.getLogger(__name__)

RULE_WORDS = {   # the words of each rule: English here, the reader's language through the catalogue
    "learner_outside_unit": Words("the learner is not in the unit the station serves"),
    "not_seated": Words("the learner is not seated in the sitting the result names"),
    "seat_other_device": Words("the seat was checked in from another station"),
    "sitting_not_started": Words("the attempt began before its sitting was started"),
    "recorded_missing": Words("the proctor recorded the learner as missing"),
    "late_start": Words("begun after the sitting was closed, or after its login had closed without checking in"),
    "second_in_sitting": Words("the learner handed in more than one result in this sitting"),
    "clock_moved_back": Words("begun with the station's clock set back (before one of its syncs, which did not "
                              "list it, or before its exam package was made)"),
    "outside_window": Words("the attempt is outside the exam window"),
    "over_duration": Words("the time used exceeds the duration plus granted extra time"),
    "late_answers": Words("answers were saved after the time was up"),
    "slept_long": Words("the PC slept or the program was off for more than 10 minutes in all, not counted as exam time"),
    "attempt_limit": Words("the learner sat more attempts than the exam allows: an administrator decides which counts"),
    "second_result": Words("another, different result of this attempt was delivered: the attempt was sealed twice"),
}
RULES = {code: str(words) for code, words in RULE_WORDS.items()}   # English: the API, the log
RULES_ZH = {   # for the report's footnote and the admin window (which translates its own copy)
    "learner_outside_unit": "考生不属于考试机所服务的单位",
    "not_seated": "考生未编排在该场次",
    "seat_other_device": "座位由其他考试机签到",
    "sitting_not_started": "场次开始前作答",
    "recorded_missing": "监考已登记缺考",
    "late_start": "在场次结束后才开考，或未签到且在停止登录后才开考",
    "second_in_sitting": "同一场次再次交卷",
    "clock_moved_back": "考试机时钟被调回（开考时间早于本机的某次同步而那次同步未列出此次考试，或早于试卷包的制作时间）",
    "outside_window": "不在考试时间窗口内",
    "over_duration": "超出考试时长",
    "late_answers": "时间到后仍有作答",
    "slept_long": "考试中电脑休眠或程序中断累计超过10分钟（未计入考试用时）",
    "attempt_limit": "考试次数超出规定，由管理员决定计入哪一次",
    "second_result": "同一次作答又交来另一份不同的成绩：该次作答被封存了两次",
}
SUBMIT_GRACE_MS = 60_000    # a hand-in at time-up is logged a heartbeat or two after the limit
SLEEP_ALLOWANCE_MS = 10 * 60_000   # sleep not charged as exam time, in all, before an administrator looks
# extra time by the proctor's code counted for one attempt at most (CODE_GRANT_CAP_MINUTES): a station holds
# the key its codes are checked with (it must, to check them offline), so it can make codes itself (an
# outside tester granted itself 20 × 240 minutes); more by code is not granted, and the time rules hold the
# result for an administrator. The proctor's signed actions (the console, online) are not capped.


def _when(text: str) -> datetime | None:
    try:
        at = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=timezone.utc)


def granted_ms(events: Iterable[Event], learner_no: str, proctor_key: bytes | None, issuer_key: bytes,
               sitting_id: str | None = None, seat: tuple[str, str] | None = None) -> int:
    """Extra time the chain shows and this server can verify: by the proctor's code (checked with the
    package's proctor-code key, examcore/proctor_codes.py, for a challenge made for ``seat``: the result's
    station and attempt ids, when given) or by an action the proctor's station signed
    (with the certificate the station's server issued it) for this attempt's sitting. Each grant counts
    once however often the chain repeats it; unverifiable or malformed extra time is not granted (the time
    rules then flag the answers past the limit), nor code grants past CODE_GRANT_CAP_MINUTES in all."""
    total, by_code, seen = 0, 0, set()
    for ev in events:
        if ev.kind != EventKind.EXTRA_TIME:
            continue
        try:
            grant = _verified_grant(ev.data, learner_no, proctor_key, issuer_key, sitting_id, seat)
        except (ValueError, TypeError, AttributeError, KeyError) as exc:   # a malformed event grants nothing
            log.info("extra time event %s not granted: %s", ev.seq, exc)
            grant = None
        if grant is not None and grant[0] not in seen:
            seen.add(grant[0])
            if grant[0].startswith(CODE_ACTION_PREFIX):
                by_code += grant[1]
            else:
                total += grant[1] * 60_000
    return total + min(by_code, CODE_GRANT_CAP_MINUTES) * 60_000


def _verified_grant(data: dict, learner_no: str, proctor_key: bytes | None, issuer_key: bytes,
                    sitting_id: str | None, seat: tuple[str, str] | None = None) -> tuple[str, int] | None:
    """(the grant's identity, minutes) when the event's proof holds, else None."""
    minutes, action_id, proof = data.get("minutes"), str(data.get("action_id", "")), data.get("proof")
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 < minutes <= 240 \
            or not isinstance(proof, dict):
        return None
    if action_id.startswith(CODE_ACTION_PREFIX):
        challenge = action_id[len(CODE_ACTION_PREFIX):]
        ok = proctor_key is not None and (seat is None or challenge_names(challenge, *seat)) and \
            code_ok(proctor_key, EXTRA_TIME, challenge, str(proof.get("code", "")), minutes)
        return (action_id, minutes) if ok else None
    cert = verify_certificate(issuer_key, proof.get("certificate"))
    if cert is None:
        return None
    action = verify_action(canonical.b64d(cert["public_key"]), proof.get("signed"))
    ok = (action is not None and action["device_id"] == cert.get("device_id")
          and action["kind"] == "extra_time" and action["minutes"] == minutes
          and action["learner_no"] in (None, learner_no)
          and (sitting_id is None or action.get("sitting_id") == sitting_id))
    if action is None or not ok:
        return None
    return "signed:" + str(action.get("nonce", "")) + str(action.get("at", "")), minutes


def time_rules(exam: ExamDefinition, events: list[Event], submitted_at: str, extra_ms: int,
               skew: timedelta) -> list[str]:
    """The attempt's span from its chain: begun inside the window, handed in before the window closed plus
    the time allowed, the exam time used (monotonic, as the chain records it) within the duration plus
    granted extra time, no answer saved after that, no more uncharged sleep than SLEEP_ALLOWANCE_MS."""
    flags = []
    limit_ms = exam.duration_minutes * 60_000 + extra_ms
    began, handed_in = _when(events[0].wall) if events else None, _when(submitted_at)
    if began is None or handed_in is None or not (exam.window_start - skew <= began < exam.window_end + skew) \
            or handed_in > exam.window_end + timedelta(milliseconds=limit_ms) + skew:
        flags.append("outside_window")
    if events and events[-1].elapsed_ms > limit_ms + SUBMIT_GRACE_MS:
        flags.append("over_duration")
    if any(ev.kind == EventKind.ANSWER and ev.elapsed_ms > limit_ms for ev in events):
        flags.append("late_answers")
    if uncharged_sleep_ms(events) > SLEEP_ALLOWANCE_MS:
        flags.append("slept_long")
    return flags


def uncharged_sleep_ms(events: list[Event]) -> int:
    """The time away the station did not charge as exam time, in all, in ms: its sleeps (``suspended``)
    and the gaps while its program was not running (``interrupted``: from the last heartbeat saved to the
    restart; each restart within the grace period needs no proctor, so a learner could kill it again and
    again, as an outside round did), but none while the proctor had paused the learner (the clock stood
    anyway). Only a ``charged`` of exactly true was charged; a gap that cannot be read (a station of another
    make: text, a negative, not a number) counts as more than the allowance: an administrator looks at it
    (an outside round hid an 11-minute sleep as "660000" and as charged "false")."""
    total, unreadable = _time_away(events)
    return SLEEP_ALLOWANCE_MS + 1 if unreadable else total


def late_words(events: list[Event], late: list[int], duration_minutes: int, extra_ms: int) -> Words:
    """The facts behind ``late_answers``: how many answers (``late``: their sequence numbers, from the
    re-grade), the time allowed (the duration plus the extra time this server verified) and how far past it
    the last one came."""
    limit_ms, seqs = duration_minutes * 60_000 + extra_ms, set(late)
    past_s = max((ev.elapsed_ms for ev in events if ev.seq in seqs), default=limit_ms) - limit_ms
    past_s = max(0, past_s) // 1000
    return Words("{count} answer(s) saved after the {limit} min allowed, the last {minutes} min {seconds} s after; "
                 "ignored in the grade", count=str(len(late)), limit=str(limit_ms // 60_000),
                 minutes=str(past_s // 60), seconds=str(past_s % 60))


def sleep_words(events: list[Event]) -> Words:
    """The facts behind ``slept_long``, for the administrator who decides: how long in all, or that a gap
    could not be read."""
    total, unreadable = _time_away(events)
    if unreadable:
        return Words("a time away the station recorded cannot be read; {minutes} min readable in all, "
                     "not counted as exam time", minutes=str(total // 60_000))
    seconds = total // 1000
    return Words("away {minutes} min {seconds} s in all (PC asleep or the program not running), not counted as "
                 "exam time; more than {allowed} min is held for review", minutes=str(seconds // 60),
                 seconds=str(seconds % 60), allowed=str(SLEEP_ALLOWANCE_MS // 60_000))


def _time_away(events: list[Event]) -> tuple[int, bool]:
    """(ms away not charged, in all; whether some gap could not be read): see uncharged_sleep_ms."""
    total, paused, unreadable = 0.0, False, False
    for ev in events:
        if ev.kind in (EventKind.PAUSED, EventKind.UNPAUSED):
            paused = ev.kind == EventKind.PAUSED
            continue
        if ev.kind == EventKind.INTERRUPTED and paused:   # a restart starts the clock again (a fourth round:
            paused = False                                # a pause then a restart had made every later sleep free)
            continue
        if paused or ev.kind not in (EventKind.SUSPENDED, EventKind.INTERRUPTED) or ev.data.get("charged") is True:
            continue
        gap = ev.data.get("gap_ms") if ev.kind == EventKind.SUSPENDED else _interruption_ms(ev)
        if isinstance(gap, bool) or not isinstance(gap, (int, float)) or not 0 <= gap < 10 ** 12:
            unreadable = True
            continue
        total += gap
    return int(total), unreadable


def _interruption_ms(ev: Event) -> float | None:
    """How long the program was not running before an ``interrupted`` event, by the station's clock: from
    the last heartbeat saved (else the last event) to the restart; 0 when neither is known (a fresh attempt
    that never beat); None when a time cannot be read."""
    last = ev.data.get("last_heartbeat_wall") or ev.data.get("last_event_wall")
    if not last:
        return 0
    before, restart = _when(str(last)), _when(ev.wall)
    if before is None or restart is None:
        return None
    return max(0.0, (restart - before).total_seconds() * 1000)


def contact_rules(contact: DeviceContact | None, attempt_id: str, began: datetime | None, skew: timedelta,
                  runs: Iterable[DevicePullRun] = (), announced: datetime | None = None) -> list[str]:
    """``clock_moved_back`` when the station pulled after the attempt's claimed start (less ``skew``) without
    listing it as undelivered: its last pull (``contact``, its models.DeviceContact row) did not list it, or
    one of its earlier pulls (``runs``, sync_server/results/pulls.py) came before the station first listed
    it (``announced``, naive UTC: when it first listed the attempt; None: never). A station that never told
    (``contact`` None: an earlier version, a lower server) is not judged."""
    if contact is None or began is None:
        return []
    seen = contact.seen_at.replace(tzinfo=timezone.utc)
    if seen - skew > began.astimezone(timezone.utc) and attempt_id not in json.loads(contact.undelivered or "[]"):
        return ["clock_moved_back"]
    if pulled_between(runs, utc_naive(began) + skew, announced or datetime.max):
        return ["clock_moved_back"]
    return []


def made_at(header: dict) -> datetime | None:
    """When the package's issuer made it (its signed header's ``created_at``), aware; None if unreadable."""
    return PackageHeader(header).made_at


def made_rules(made: datetime | None, events: list[Event]) -> list[str]:
    """``clock_moved_back`` when the attempt claims to have begun more than MADE_MARGIN before its package was
    made: at every tier, from the signed package alone. Issue 14, outside round 14 (case 4 by a newcomer): a
    fresh install, with no time mark and no pull yet, on a PC whose clock was set back into the closed
    window. The margin is wide (round 15: the issuer's and the station's clocks each within a server's
    tolerance still differed by more than one tolerance; the issuer's PC is checked by no server); a clock
    set back days is still caught."""
    began = attempt_began(events)
    return ["clock_moved_back"] if made is not None and began is not None and began + MADE_MARGIN < made else []


def attempt_began(events: list[Event]) -> datetime | None:
    """When the attempt began by its station's clock (the first event of the chain), aware; None if unknown."""
    return _when(events[0].wall) if events else None


def sitting_rules(s: Session, meta: dict, events: list[Event], origin: Origin, skew: timedelta,
                  handed_in: dict[tuple[str, str], str] | None = None, earlier: set[str] | None = None) -> list[str]:
    """At the server that holds the sitting (a centre): the sealed result names the learner's sitting, the
    seat was checked in from this station, the sitting had started (or the start code was used and the
    proctor had looked it up), and no other result of the learner in that sitting is stored or came
    earlier in the same batch (``handed_in``: (sitting id, learner no) -> the result id of the batch that
    named it first, added to here); the other results found are added to ``earlier`` (to be held too);
    a seat never checked in was not begun after the login closed. ``meta``: learner_no, package_id,
    sitting_id, result_id, exam_id. A learner seated in no sitting of the package here, with a result naming
    none of this server's sittings, sat it outside sittings (or at another tier): nothing to check here,
    unless their own unit runs the exam in sittings here: then ``not_seated``."""
    learner_no, named = str(meta["learner_no"]), meta.get("sitting_id")
    sitting = s.get(Sitting, named) if named else None
    if sitting is not None and sitting.package_id != meta["package_id"]:
        return ["not_seated"]
    began = attempt_began(events)
    if sitting is None:   # none named (started by code, offline), or one held by another tier
        seated = s.scalars(select(Sitting).join(SittingSeat).where(
            SittingSeat.learner_no == learner_no, Sitting.package_id == meta["package_id"])
            .order_by(Sitting.starts_at.desc())).all()
        # seated in several sittings of the package: the one whose start was nearest the attempt's (a sitting
        # added later must not judge a morning's attempt); none known: the latest
        nearest = (min(seated, key=lambda x: abs(x.starts_at.replace(tzinfo=timezone.utc) - began))
                   if began is not None and seated else next(iter(seated), None))
        if nearest is None:   # not seated here: an exam sat outside sittings (a unit's own PCs), or another tier's,
            # unless the learner's own unit runs this exam in sittings here: then it is sat in one of them;
            # a room PC that serves no unit is there for sittings: it vouches for no one outside them
            if origin.room and not origin.units:
                return ["not_seated"]
            return ["not_seated"] if _unit_runs_sittings(s, learner_no, str(meta["package_id"])) else []
        sitting = nearest
        if named:   # the result names a sitting this server does not hold, yet the learner is seated here
            return ["not_seated"]
    seat = s.get(SittingSeat, (sitting.sitting_id, learner_no))
    if seat is None:
        return ["not_seated"]
    flags = []
    elsewhere = (seat.device_id or origin.device_id) != origin.device_id
    if elsewhere and began is not None:   # the proctor moved the seat away from this PC after the attempt
        # began (the PC went silent with the result sealed): it was this PC's seat then (outside round 20)
        moved = moved_from(s, sitting.sitting_id, learner_no, origin.device_id)
        elsewhere = moved is None or began > moved.replace(tzinfo=timezone.utc) + skew
    if elsewhere or (seat.device_id is None and origin.room != sitting.room):
        flags.append("seat_other_device")
    if seat.state == "missing":
        flags.append("recorded_missing")
    others = _others_in_sitting(s, seat, meta, handed_in)
    if others:
        flags.append("second_in_sitting")
        if earlier is not None:
            earlier.update(others)
    if began is not None:
        # a seat never checked in: not after the login closed; a checked-in one: not after the sitting was
        # closed (a station that never heard of the close let the waiting learner in with the start code)
        closes = sitting.starts_at + timedelta(minutes=sitting.late_minutes) if seat.device_id is None else None
        ended = _closed_since(s, sitting)
        if ended is not None:
            closes = min(closes, ended) if closes is not None else ended
        if closes is not None and began > closes.replace(tzinfo=timezone.utc) + skew:
            flags.append("late_start")
    started = sitting.started_at is not None and began is not None and \
        began >= sitting.started_at.replace(tzinfo=timezone.utc) - skew
    if not started:
        # by the start code the proctor looked up (the LAN failed at the start): looked up before the attempt
        # began, and begun no earlier than a sitting may start early (an outside round began by code two
        # hours before its sitting, told the code, and the proctor's lookup at the start confirmed it)
        confirmed = False
        if began is not None and bool(events) and events[0].data.get("start") == "code" and \
                began >= sitting.starts_at.replace(tzinfo=timezone.utc) - EARLY_START - skew:
            confirmed = s.scalar(select(SittingEvent.id).where(
                SittingEvent.sitting_id == sitting.sitting_id, SittingEvent.kind == "start_code_shown",
                SittingEvent.created_at <= utc_naive(began + skew)).limit(1)) is not None
        if not confirmed:
            flags.append("sitting_not_started")
    return flags


def _closed_since(s: Session, sitting: Sitting) -> datetime | None:
    """When the proctor closed the sitting (naive UTC; None while it runs): its ``closing`` log entry, which
    comes first (closed_at is set only once every seat has a result or a missing record). Read once per
    session (an ingest's batch holds many results of one sitting)."""
    if sitting.state not in ("closing", "closed"):
        return None
    known: dict[str, datetime | None] = s.info.setdefault("closed_since", {})
    if sitting.sitting_id not in known:
        said = s.scalar(select(func.min(SittingEvent.created_at)).where(
            SittingEvent.sitting_id == sitting.sitting_id, SittingEvent.kind == "closing"))
        times = [t for t in (said, sitting.closed_at) if t is not None]
        known[sitting.sitting_id] = min(times) if times else None
    return known[sitting.sitting_id]


def _others_in_sitting(s: Session, seat: SittingSeat, meta: dict,
                       handed_in: dict[tuple[str, str], str] | None) -> set[str]:
    """The learner's other results in this sitting (whatever became of them: a rejected one was still
    handed in): stored ones naming the sitting, the one the seat's station reported at check-in, and, for a
    result naming the sitting, one earlier in this batch. (A result started by code names no sitting: it is
    matched by the seat's report only, as the learner may be seated in several sittings of a package.)"""
    result_id, found = str(meta.get("result_id", "")), set()
    if meta.get("sitting_id") == seat.sitting_id:
        key = (seat.sitting_id, seat.learner_no)
        if handed_in is not None:
            first = handed_in.setdefault(key, result_id)
            if first != result_id:
                found.add(first)
        found.update(s.scalars(select(Result.result_id).where(   # by ix_results_exam_learner
            Result.exam_id == str(meta.get("exam_id", "")), Result.learner_no == seat.learner_no,
            Result.sitting_id == seat.sitting_id, Result.result_id != result_id)))
    if seat.result_id not in (None, result_id) and s.get(Result, seat.result_id) is not None:
        found.add(str(seat.result_id))
    return found


def _unit_runs_sittings(s: Session, learner_no: str, package_id: str) -> bool:
    """A sitting of the package here is the learner's own unit's (a centre's sittings for the units below
    it do not bind those units' learners: they may sit the exam on their own PCs)."""
    learner = s.get(Learner, learner_no)
    if learner is None:
        return False
    return s.scalar(select(Sitting.sitting_id).where(Sitting.package_id == package_id,
                                                     Sitting.unit_id == learner.unit_id).limit(1)) is not None


def rules_words(codes: Iterable[str]) -> Joined:
    """The rules of ``codes`` as words said in the reader's language (an unknown code as it is)."""
    return Joined(RULE_WORDS.get(c, c) for c in codes if c)


def describe(flags: str | Iterable[str]) -> str:
    codes = flags.split(",") if isinstance(flags, str) else list(flags)
    return "; ".join(RULES.get(c, c) for c in codes if c)


def join(codes: Iterable[str]) -> str:
    """Flags as stored: sorted, each once, comma-separated."""
    return ",".join(sorted({c for c in codes if c}))

