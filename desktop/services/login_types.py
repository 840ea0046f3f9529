"""What a login attempt can come to (no database imports, so the login window loads fast)."""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class LoginStatus(Enum):
    OK = "ok"
    MUST_CHANGE = "must_change"
    WRONG = "wrong"          # unknown learner number and wrong password look the same
    LOCKED = "locked"
    EXPIRED = "expired"      # one-time initial password expired: ask the unit admin for a reset
    INACTIVE = "inactive"    # retired, or transferred out of what this station serves


@dataclass(frozen=True)
class LearnerInfo:
    learner_no: str
    name: str
    unit: str
    is_leader: bool


@dataclass(frozen=True)
class LoginOutcome:
    status: LoginStatus
    learner: LearnerInfo | None = None
    minutes_locked: int = 0
    tries_left: int = 0
