"""Exam definitions: duration, pass mark, attempts, window, lockdown policy and the paper variants."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from examcore.blueprint import GENERAL, LEADER, Blueprint
from examcore.cli_text import Words


class CheckMode(StrEnum):
    ENFORCE = "enforce"  # count, warn, and force submission at the limit
    WARN = "warn"        # count and warn only: false alarms are the top complaint of lockdown browsers
    OFF = "off"


class Counting(StrEnum):
    BEST = "best"
    LAST = "last"


@dataclass(frozen=True)
class LockdownPolicy:
    """What the exam window watches and what each check does (CheckMode: enforce, warn or off).

    Focus, time away and inactivity as before. The environment checks (issue 21) run before the exam and
    during it: more than one screen, a remote session (RDP, VNC, a forwarded X display), a virtual machine,
    and listed programs running (remote control, screen sharing, recording). Before the exam ENFORCE refuses
    to start and says what to change; WARN starts and records the finding. During the exam every finding is
    recorded in the attempt's chain and shown to the proctor; none hands the exam in by itself.
    ``programs``: process names without ".exe", compared case-blind; None means the station's default list
    for its platform (desktop/lockdown/environment.py)."""

    max_focus_losses: int = 3
    focus_mode: CheckMode = CheckMode.ENFORCE
    max_away_seconds: int = 30
    away_mode: CheckMode = CheckMode.ENFORCE
    inactivity_minutes: int = 20
    inactivity_mode: CheckMode = CheckMode.WARN
    screens_mode: CheckMode = CheckMode.ENFORCE
    remote_mode: CheckMode = CheckMode.ENFORCE
    vm_mode: CheckMode = CheckMode.WARN
    programs_mode: CheckMode = CheckMode.WARN
    programs: tuple[str, ...] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "max_focus_losses": self.max_focus_losses, "focus_mode": self.focus_mode.value,
            "max_away_seconds": self.max_away_seconds, "away_mode": self.away_mode.value,
            "inactivity_minutes": self.inactivity_minutes, "inactivity_mode": self.inactivity_mode.value,
            "screens_mode": self.screens_mode.value, "remote_mode": self.remote_mode.value,
            "vm_mode": self.vm_mode.value, "programs_mode": self.programs_mode.value}
        if self.programs is not None:
            d["programs"] = list(self.programs)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "LockdownPolicy":
        programs = d.get("programs")
        return cls(int(d.get("max_focus_losses", 3)), CheckMode(d.get("focus_mode", "enforce")),
                   int(d.get("max_away_seconds", 30)), CheckMode(d.get("away_mode", "enforce")),
                   int(d.get("inactivity_minutes", 20)), CheckMode(d.get("inactivity_mode", "warn")),
                   CheckMode(d.get("screens_mode", "enforce")), CheckMode(d.get("remote_mode", "enforce")),
                   CheckMode(d.get("vm_mode", "warn")), CheckMode(d.get("programs_mode", "warn")),
                   None if programs is None else tuple(str(x) for x in programs))

    def mode_of(self, check: str) -> CheckMode:
        """The mode of one environment check: "screens", "remote", "vm" or "programs"."""
        return {"screens": self.screens_mode, "remote": self.remote_mode, "vm": self.vm_mode,
                "programs": self.programs_mode}[check]


@dataclass(frozen=True)
class Eligibility:
    """Who may sit: learners of these units (and the units below them; none listed: all), leaders only or
    these ranks, exempt learners or not, and for a make-up only the learners named (as hashes bound to
    the package, so the file does not tell who failed)."""

    units: tuple[str, ...] = ()
    leaders_only: bool = False
    ranks: tuple[str, ...] = ()
    include_exempt: bool = False
    learner_hashes: tuple[str, ...] = ()  # sha256(package_id, learner_no) hex; empty: no list
    min_study_points: int = 0             # points earned by the study plan's deadline; 0: none needed

    def is_default(self) -> bool:
        return self == Eligibility()

    def refusal(self, package_id: str, learner_no: str, unit_path: set[str], rank: str, is_leader: bool,
                status: str, study_points: int | None = None) -> str | None:
        """None if this learner may sit; otherwise a reason code (wrong_unit, not_leader, wrong_rank,
        exempt, not_listed, inactive, points_short). ``study_points``: what the learner earned by the
        plan's deadline (None: not known here, so not checked)."""
        if status in ("retired", "transferred"):
            return "inactive"
        if status == "exempt" and not self.include_exempt:
            return "exempt"
        if self.units and not unit_path & set(self.units):
            return "wrong_unit"
        if self.leaders_only and not is_leader:
            return "not_leader"
        if self.ranks and rank not in self.ranks:
            return "wrong_rank"
        if self.learner_hashes and learner_hash(package_id, learner_no) not in self.learner_hashes:
            return "not_listed"
        if self.min_study_points and study_points is not None and study_points < self.min_study_points:
            return "points_short"
        return None

    def to_dict(self) -> dict[str, Any]:
        return {"units": list(self.units), "leaders_only": self.leaders_only, "ranks": list(self.ranks),
                "include_exempt": self.include_exempt, "learner_hashes": list(self.learner_hashes),
                **({"min_study_points": self.min_study_points} if self.min_study_points else {})}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Eligibility":
        return cls(tuple(str(u) for u in d.get("units", ())), bool(d.get("leaders_only", False)),
                   tuple(str(r) for r in d.get("ranks", ())), bool(d.get("include_exempt", False)),
                   tuple(str(h) for h in d.get("learner_hashes", ())), int(d.get("min_study_points", 0)))


def unit_path(unit_id: str | None, parent_of: Callable[[str], str | None]) -> set[str]:
    """The unit and every unit above it (what an eligibility list by units is matched against)."""
    path: set[str] = set()
    while unit_id is not None and unit_id not in path:
        path.add(unit_id)
        unit_id = parent_of(unit_id)
    return path


def learner_hash(package_id: str, learner_no: str) -> str:
    import hashlib
    return hashlib.sha256(f"xuefa-eligible\x00{package_id}\x00{learner_no}".encode()).hexdigest()


@dataclass(frozen=True)
class ExamDefinition:
    exam_id: str
    title: str
    duration_minutes: int
    pass_mark: int
    window_start: datetime
    window_end: datetime
    blueprints: dict[str, Blueprint]  # by variant: "general", and optionally "leader"
    max_attempts: int = 1
    counting: Counting = Counting.BEST
    multiple_partial_credit: bool = False
    allow_review: bool = False
    is_makeup: bool = False
    lockdown: LockdownPolicy = field(default_factory=LockdownPolicy)
    eligibility: Eligibility = field(default_factory=Eligibility)

    def problems(self) -> list[str]:
        out: list[str] = []
        if GENERAL not in self.blueprints:
            out.append(Words("a general paper (\"general\" under papers) is required"))
        if self.duration_minutes <= 0:
            out.append(Words("the duration must be at least one minute"))
        if self.window_start.tzinfo is None or self.window_end.tzinfo is None:
            out.append(Words("the window's times need a time zone, like 2026-06-01T08:00:00+08:00"))
        elif self.window_end <= self.window_start:
            out.append(Words("the window ends before it starts"))
        for name, bp in self.blueprints.items():
            if not 0 < self.pass_mark <= bp.total_points:
                out.append(Words("pass mark {pass_mark} is outside 1 to {total} (the {paper} paper's total points)",
                                 pass_mark=self.pass_mark, total=bp.total_points, paper=name))
        if self.max_attempts < 1:
            out.append(Words("at least one attempt is needed"))
        return out

    def variant_for(self, is_leader: bool) -> str:
        return LEADER if is_leader and LEADER in self.blueprints else GENERAL

    def to_dict(self) -> dict[str, Any]:
        return {
            "exam_id": self.exam_id, "title": self.title, "duration_minutes": self.duration_minutes,
            "pass_mark": self.pass_mark, "window_start": self.window_start.isoformat(),
            "window_end": self.window_end.isoformat(),
            "blueprints": {k: v.to_dict() for k, v in self.blueprints.items()},
            "max_attempts": self.max_attempts, "counting": self.counting.value,
            "multiple_partial_credit": self.multiple_partial_credit, "allow_review": self.allow_review,
            "is_makeup": self.is_makeup, "lockdown": self.lockdown.to_dict(),
            **({} if self.eligibility.is_default() else {"eligibility": self.eligibility.to_dict()}),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ExamDefinition":
        return cls(
            exam_id=str(d["exam_id"]), title=d["title"], duration_minutes=int(d["duration_minutes"]),
            pass_mark=int(d["pass_mark"]), window_start=datetime.fromisoformat(d["window_start"]),
            window_end=datetime.fromisoformat(d["window_end"]),
            blueprints={k: Blueprint.from_dict(v) for k, v in d["blueprints"].items()},
            max_attempts=int(d.get("max_attempts", 1)), counting=Counting(d.get("counting", "best")),
            multiple_partial_credit=bool(d.get("multiple_partial_credit", False)),
            allow_review=bool(d.get("allow_review", False)), is_makeup=bool(d.get("is_makeup", False)),
            lockdown=LockdownPolicy.from_dict(d.get("lockdown", {})),
            eligibility=Eligibility.from_dict(d.get("eligibility", {})),
        )
