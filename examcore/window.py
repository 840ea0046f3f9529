"""Exam windows as pure functions of the window and the time."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum


class WindowState(StrEnum):
    NOT_OPEN = "not_open"
    OPEN = "open"
    CLOSED = "closed"


def window_state(start: datetime, end: datetime, now: datetime) -> WindowState:
    if now < start:
        return WindowState.NOT_OPEN
    if now >= end:
        return WindowState.CLOSED
    return WindowState.OPEN
