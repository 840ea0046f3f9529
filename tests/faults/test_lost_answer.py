"""A request that went out and got no answer (the server stopped after reading it, or hangs) is said as
that, not as "the server cannot be reached": the results may have arrived, and a sync again counts them
once (issue 20, an outside tester: a centre killed after taking the results read as unreachable)."""
from __future__ import annotations

import socket
import ssl
import threading
from dataclasses import dataclass

import pytest

from examcore.crypto.keys import SigningKey
from examcore.refusals import plain_network_refusal
from examcore.sync_client import SyncClient, SyncError
from examcore.tls_pin import Pins
from sync_server.tls import make_certificate


@dataclass(frozen=True)
class _Keys:
    device_id: str
    device_key: SigningKey


def _taker(listener: socket.socket, wrap, hangs: bool, release: threading.Event) -> None:
    """Accept one connection, read the request, then hang until released (or drop the line at once)."""
    conn, _ = listener.accept()
    try:
        conn = wrap(conn)
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            data += conn.recv(65536)
        if hangs:
            release.wait(5)
    finally:
        conn.close()
        listener.close()


@pytest.mark.parametrize("tls,hangs", [(False, True), (True, False), (True, True)])
def test_a_request_whose_answer_is_lost_is_said_as_that(tmp_path, tls, hangs):
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    pins, wrap = None, (lambda c: c)
    if tls:
        files = make_certificate(tmp_path / "tls.key", tmp_path / "tls.crt", "centre")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(files.cert, files.key)
        pins, wrap = Pins(files.fingerprint), (lambda c: context.wrap_socket(c, server_side=True))
    release = threading.Event()
    taker = threading.Thread(target=_taker, args=(listener, wrap, hangs, release), daemon=True)
    taker.start()
    url = f"{'https' if tls else 'http'}://127.0.0.1:{port}"
    client = SyncClient(url, _Keys("station-x", SigningKey.generate()), timeout=1.0, pins=pins)
    try:
        with pytest.raises(SyncError) as raised:
            client.deliver_study([{"record": "{}", "signature": ""}])
    finally:
        client.close()
        release.set()
        taker.join(10)
    assert raised.value.code == "no_answer", raised.value
    said = plain_network_refusal(raised.value.code)
    assert "no answer came back" in said and "cannot be reached" not in said
