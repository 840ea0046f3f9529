"""The per-attempt hash chain of events: answers, flags, focus losses, clock jumps, interruptions.

Each event names the hash of the one before; the first names a hash of the attempt id, so a chain cannot
be moved to another attempt, and no event can be removed, reordered or changed without it showing.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from examcore.canonical import canonical_json, canonical_json_floatless


class EventKind:
    STARTED = "started"
    ANSWER = "answer"
    FLAG = "flag"
    FOCUS_LOST = "focus_lost"
    FOCUS_BACK = "focus_back"
    SYSTEM_FOCUS = "system_focus"  # a window the learner did not open took focus; taken back, not counted
    ENVIRONMENT = "environment"    # an environment finding: data {"check", "detail", "when": "start"|"during"}
    DROP_REFUSED = "drop_refused"  # something dragged onto an answer was refused
    PROCTOR_PASSWORD_WRONG = "proctor_password_wrong"  # a wrong proctor password at this seat
    INACTIVE = "inactive"
    CLOCK_JUMP = "clock_jump"
    INTERRUPTED = "interrupted"  # the station process ended without a submit and came back
    EXTRA_TIME = "extra_time"
    PROCTOR_EXIT = "proctor_exit"  # the exam window was closed with the proctor's password
    RESUMED_BY_CODE = "resumed_by_code"  # back after the grace period, with the proctor's resume code
    PAUSED = "paused"            # the proctor stopped this learner's clock
    UNPAUSED = "unpaused"        # and started it again
    FORCED_SUBMIT = "forced_submit"  # the proctor handed the exam in (one learner, or closing the sitting)
    SUSPENDED = "suspended"      # a heartbeat gap in monotonic time: the PC slept (charged or not: data["charged"])
    CLOCK_BEHIND = "clock_behind"  # the wall clock is behind the station's high-water mark of time
    STARTED_BY_CODE = "started_by_code"  # offline in a sitting the station could not confirm: the proctor's code
    SUBMITTED = "submitted"


def genesis_hash(attempt_id: str) -> str:
    return hashlib.sha256(b"xuefa-chain-v1\x00" + attempt_id.encode()).hexdigest()


@dataclass(frozen=True)
class Event:
    seq: int
    kind: str
    elapsed_ms: int     # exam time used when it happened (monotonic, persisted)
    wall: str           # wall-clock time as the station saw it (informative, never trusted for time)
    data: dict[str, Any]
    prev: str

    def to_dict(self) -> dict[str, Any]:
        return {"seq": self.seq, "kind": self.kind, "elapsed_ms": self.elapsed_ms, "wall": self.wall,
                "data": self.data, "prev": self.prev}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Event":
        return cls(int(d["seq"]), str(d["kind"]), int(d["elapsed_ms"]), str(d["wall"]), dict(d["data"]),
                   str(d["prev"]))

    @property
    def hash(self) -> str:
        return hashlib.sha256(canonical_json(self.to_dict())).hexdigest()

    def hash_floatless(self) -> str:
        """``hash``, for an event parsed from JSON in which no float was found (``canonical_json_floatless``:
        its precondition is the caller's to keep)."""
        return hashlib.sha256(canonical_json_floatless(self.to_dict())).hexdigest()


@dataclass
class Chain:
    attempt_id: str
    events: list[Event] = field(default_factory=list)

    @property
    def head(self) -> str:
        return self.events[-1].hash if self.events else genesis_hash(self.attempt_id)

    def next_event(self, kind: str, elapsed_ms: int, wall: str, data: dict[str, Any]) -> Event:
        """The event that would come next (the caller persists it, then calls ``append``)."""
        return Event(len(self.events), kind, elapsed_ms, wall, data, self.head)

    def append(self, event: Event) -> None:
        if event.seq != len(self.events) or event.prev != self.head:
            raise ValueError("event does not continue the chain")
        self.events.append(event)


def verify_chain(attempt_id: str, events: list[Event], expected_head: str, floatless: bool = False) -> str | None:
    """None when the chain is whole and ends at ``expected_head``; otherwise what is wrong. ``floatless``:
    the events are known to hold no float (a server parsing them found none): hashed faster, the same."""
    prev = genesis_hash(attempt_id)
    for index, ev in enumerate(events):
        if ev.seq != index:
            return f"event {index} has sequence number {ev.seq}"
        if ev.prev != prev:
            return f"event {index} does not follow event {index - 1}"
        prev = ev.hash_floatless() if floatless else ev.hash
    if prev != expected_head:
        return "the chain does not end at the sealed head"
    return None


def responses_from_events(events: list[Event]) -> dict[str, tuple[str, ...]]:
    """The final response per question: the last answer event for it wins."""
    out: dict[str, tuple[str, ...]] = {}
    for ev in events:
        if ev.kind == EventKind.ANSWER:
            out[ev.data["q"]] = tuple(ev.data["r"])
    return {q: r for q, r in out.items() if r}


def late_events(events: list[Event], duration_ms: int, extra_ms: int = 0,
                count_chain_extra: bool = True) -> list[int]:
    """Sequence numbers of answer events recorded past the time limit.

    The limit is ``duration_ms`` plus ``extra_ms`` plus the extra time every ``extra_time`` event before the
    answer granted (its ``minutes``; with ``count_chain_extra`` False only ``extra_ms``: a server passes the
    extra time it verified, not what the chain claims). An event's ``elapsed_ms`` is exam time used (monotonic, without the
    proctor's pauses and without sleep gaps not charged to the learner), so it is compared directly. Such
    answers are ignored by grading (``examcore.grading.grade_events``) and the result is flagged."""
    limit, late = duration_ms + extra_ms, []
    for ev in events:
        if ev.kind == EventKind.EXTRA_TIME and count_chain_extra:
            minutes = ev.data.get("minutes")
            if isinstance(minutes, int) and not isinstance(minutes, bool) and 0 < minutes <= 240:
                limit += minutes * 60_000
        elif ev.kind == EventKind.ANSWER and ev.elapsed_ms > limit:
            late.append(ev.seq)
    return late
