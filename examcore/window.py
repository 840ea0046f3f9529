"""Exam windows as pure functions of the window and the time."""
from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

# How far before its scheduled start a sitting's attempts may begin (a proctor may start a little early):
# the stations judge by it which attempts were sat in a sitting, the servers whether a start by code counts.
EARLY_START = timedelta(hours=1)


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
