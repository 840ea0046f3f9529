"""`serve --behind-proxy`: the client's address is the last of X-Forwarded-For (the proxy sets it, docs/
server.md), for the per-address limits and the audit log; one that is no IP address (written by whoever
reached a host without the proxy) is not believed, and never fails the request (a 200-character one was a
503 with a traceback: the limit's bucket holds 120 characters)."""
from __future__ import annotations

from sqlalchemy import select

from sync_server.app import create_app
from sync_server.models import RateLimit


def test_the_last_forwarded_address_counts_and_one_that_is_no_address_is_not_believed(server_config, server):
    server_config.behind_proxy = True
    app = create_app(server_config, server.clock)
    client = app.test_client()
    try:
        for forwarded in ("10.1.2.3", "6.6.6.6, 10.1.2.4", "<script>alert(1)</script>", "x" * 200, "2001:DB8::1",
                          "2001:db8:0:0::1", "::ffff:10.1.2.3"):   # (one client in any spelling: one bucket)
            answer = client.post("/api/v1/admin/login", json={"username": "nobody", "password": "wrong-password-1"},
                                 headers={"X-Forwarded-For": forwarded})
            assert answer.status_code == 401, answer.json
        with server.sessions() as s:
            buckets = set(s.scalars(select(RateLimit.bucket)))
        assert {b for b in buckets if b.startswith("login:")} == {"login:10.1.2.3", "login:10.1.2.4", "login:127.0.0.1",
                                                                   "login:2001:db8::1"}
    finally:
        app.extensions["xuefa"].close()
