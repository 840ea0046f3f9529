"""A time before 1970 in this PC's zone (issue 23): Windows' C library refuses it (OSError 22), which made
a date typed as 1960-01-01 an HTTP 500; examcore.clock.to_local gives it the zone's offset instead."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from examcore.clock import to_local


class _WindowsTime(datetime):
    """A datetime whose astimezone() into the local zone fails before 1970, as on Windows."""

    def astimezone(self, tz=None):   # noqa: ANN001, ANN201 - datetime's signature
        if tz is None and self.year < 1970:
            raise OSError(22, "Invalid argument")
        return super().astimezone(tz)


def test_a_time_before_1970_is_made_local_without_the_c_library():
    early = _WindowsTime(1960, 1, 1, 8, 0)
    local = to_local(early)
    offset = datetime.now(timezone.utc).astimezone().utcoffset()
    assert local.utcoffset() == offset and (local.year, local.month, local.day, local.hour) == (1960, 1, 1, 8)
    aware = _WindowsTime(1960, 1, 1, 0, 0, tzinfo=timezone.utc)
    assert to_local(aware) == aware and to_local(aware).utcoffset() == offset
    now = datetime.now(timezone.utc)
    assert to_local(now) == now.astimezone() and to_local(now) - now == timedelta(0)
