"""Exam windows as pure functions of the exam and the time."""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from examcore.exam import ExamDefinition


class WindowState(StrEnum):
    NOT_OPEN = "not_open"
    OPEN = "open"
    CLOSED = "closed"


def window_state(exam: ExamDefinition, now: datetime) -> WindowState:
    if now < exam.window_start:
        return WindowState.NOT_OPEN
    if now >= exam.window_end:
        return WindowState.CLOSED
    return WindowState.OPEN
