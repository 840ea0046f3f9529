"""Active reading time from input events on the monotonic clock: a window left open earns nothing.

A stretch starts at the first input and grows with each input that comes within the idle limit; a
longer silence ends it at the last input (the silence itself is never counted). Stretches are also cut
every few minutes so that a crash or power cut loses at most one slice.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Stretch:
    start_ms: int   # monotonic
    end_ms: int

    @property
    def seconds(self) -> int:
        return (self.end_ms - self.start_ms) // 1000


class ActiveTimeTracker:
    def __init__(self, idle_seconds: int, slice_seconds: int = 300):
        self.idle_ms, self.slice_ms = idle_seconds * 1000, slice_seconds * 1000
        self._start: int | None = None
        self._last: int | None = None

    @property
    def active(self) -> bool:
        return self._start is not None

    def touch(self, now_ms: int) -> Stretch | None:
        """An input event (key, mouse, wheel, scroll). Returns a finished stretch when one ends here."""
        done = None
        if self._last is not None and now_ms - self._last > self.idle_ms:
            done = self._finish()
        if self._start is None:
            self._start = self._last = now_ms
            return done
        self._last = now_ms
        if self._last - self._start >= self.slice_ms:
            done = self._finish()
            self._start = self._last = now_ms   # the next slice starts where this one ended
        return done

    def tick(self, now_ms: int) -> Stretch | None:
        """Called by a timer: ends the stretch once the silence has lasted the idle limit."""
        if self._last is not None and now_ms - self._last > self.idle_ms:
            return self._finish()
        return None

    def running_seconds(self) -> int:
        """Seconds of the stretch still open (up to its last activity), not yet in a record."""
        if self._start is None or self._last is None:
            return 0
        return (self._last - self._start) // 1000

    def idle(self, now_ms: int) -> bool:
        return self._last is None or now_ms - self._last > self.idle_ms

    def close(self) -> Stretch | None:
        """The reader is closed or the chapter changes."""
        return self._finish()

    def _finish(self) -> Stretch | None:
        start, last = self._start, self._last
        self._start = self._last = None
        if start is None or last is None or last <= start:
            return None
        return Stretch(start, last)
