"""Exam time as pure functions: elapsed time is measured monotonically and persisted by the caller."""
from __future__ import annotations

WARNINGS_MS = (10 * 60_000, 60_000)  # the 10-minute and 1-minute warnings
WALL_JUMP_TOLERANCE_MS = 5_000
# Heartbeats come every second; a monotonic gap this long means the process did not run (the PC slept, or
# hung): far above the interval, far below any real exam's length.
SUSPEND_GAP_MS = 30_000


def remaining_ms(duration_ms: int, elapsed_ms: int, extra_ms: int = 0) -> int:
    return max(0, duration_ms + extra_ms - elapsed_ms)


def warnings_crossed(before_ms: int, after_ms: int) -> list[int]:
    """Warning thresholds passed when remaining time went from ``before_ms`` to ``after_ms``."""
    return [w for w in WARNINGS_MS if after_ms <= w < before_ms]


def wall_jump_ms(wall_delta_ms: int, mono_delta_ms: int) -> int:
    """How far the wall clock jumped over an interval, or 0 within tolerance."""
    jump = wall_delta_ms - mono_delta_ms
    return jump if abs(jump) > WALL_JUMP_TOLERANCE_MS else 0


def suspend_gap_ms(mono_delta_ms: int) -> int:
    """The monotonic gap between two heartbeats when it means the PC slept (or hung), else 0. Windows and
    (with CLOCK_BOOTTIME) Linux count sleep in monotonic time, so this is the same test everywhere; a gap
    only in wall time is a clock change, found by ``wall_jump_ms``."""
    return mono_delta_ms if mono_delta_ms > SUSPEND_GAP_MS else 0
