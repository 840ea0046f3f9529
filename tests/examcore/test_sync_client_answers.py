"""What a station's sync client takes from a server's answer (issue 20, found by an outside tester)."""
from __future__ import annotations


def test_a_date_header_without_a_zone_is_not_taken_as_the_servers_time():
    """Two Date headers joined by a proxy, or "-0000", parse to a time with no zone, which the station's
    time mark cannot compare: `xuefa sync` ended in a TypeError traceback (issue 20)."""
    from types import SimpleNamespace

    from examcore.sync_client import SyncClient
    client = SyncClient.__new__(SyncClient)
    client.server_time = None
    for header in ("Thu, 03 Dec 2026 01:00:00 GMT, Thu, 03 Dec 2026 01:00:01 GMT",
                   "Thu, 03 Dec 2026 01:00:00 -0000", "garbage", ""):
        client._note_server_time(SimpleNamespace(headers={"Date": header}))
        assert client.server_time is None, header
    client._note_server_time(SimpleNamespace(headers={"Date": "Thu, 03 Dec 2026 01:00:00 GMT"}))
    assert client.server_time is not None and client.server_time.utcoffset() is not None
