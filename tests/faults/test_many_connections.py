"""A room full of stations each holds a keep-alive connection to the centre server. Past the server's own
default (waitress: 100 open connections; cheroot: 10 idle keep-alive ones) the next station waited with no
answer, or lost its connection; `serve --connections` allows 500."""
from __future__ import annotations

import socket

import pytest
import requests

ROOM = 150   # more than either server's default limit, fewer than a real 300-seat room to keep the test quick


@pytest.mark.usefixtures("server")
def test_a_station_is_answered_while_a_full_room_holds_connections(live_server):
    host, port = live_server.removeprefix("http://").split(":")
    held = []
    try:
        for _ in range(ROOM):   # idle keep-alive connections, as 150 stations between reports hold them
            conn = socket.create_connection((host, int(port)), timeout=5)
            conn.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
            held.append(conn)
        for conn in held:
            assert b"200" in conn.recv(4096).split(b"\r\n", 1)[0]
        answer = requests.get(live_server + "/api/v1/health", timeout=5)
        assert answer.status_code == 200
    finally:
        for conn in held:
            conn.close()
