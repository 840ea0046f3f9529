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


def test_an_http_address_of_a_server_that_speaks_only_tls_is_said_as_that(tmp_path):
    """`http://` typed for a server that serves HTTPS: the connection is taken and dropped, which was said as
    "cannot be reached" (issue 20); the words now point at https://."""
    import http.server
    import ssl
    import threading

    import pytest

    from examcore.refusals import explain
    from examcore.sync_client import SyncClient, SyncError
    from sync_server import tls
    made = tls.create(tmp_path, "示范考点")
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(made.cert, made.key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with pytest.raises(SyncError) as err:
            SyncClient(f"http://127.0.0.1:{server.server_address[1]}", None).health()
        assert err.value.code == "closed_plain" and "https://" in explain(err.value)
    finally:
        server.shutdown()
        server.server_close()


def test_an_error_that_is_no_code_is_a_bad_answer_not_a_crash():
    """{"error": ["busy"]} from a device between station and server ended in TypeError: unhashable type
    (issue 20, a second outside tester)."""
    from examcore.refusals import explain
    from examcore.sync_client import SyncError
    for code in (["busy"], {"x": 1}, None, 5, "x" * 100, "two words"):
        error = SyncError(code, "m")
        assert error.code == "bad_answer" and "expects" in explain(error), code
    assert SyncError("device_revoked", "m").code == "device_revoked"


def test_admin_and_proctor_requests_name_their_object_as_one_path_segment(monkeypatch):
    """A learner number 110101001000%31 reset 1101010010001's password through the admin window (%31 is
    "1"), and a?b archived a (issue 20, a second outside tester): every id in a path is quoted whole."""
    from desktop.services.admin_client import AdminClient
    from desktop.services.proctor_client import _seg as proctor_seg
    paths: list[str] = []
    monkeypatch.setattr(AdminClient, "_call", lambda self, method, path, **kw: paths.append(path) or {})
    client = AdminClient.__new__(AdminClient)
    client.reset_password("110101001000%31")
    client.archive("a?b#c/d")
    assert paths == ["/admin/learners/110101001000%2531/reset-password", "/admin/learners/a%3Fb%23c%2Fd/archive"]
    assert proctor_seg("s/1?x") == "s%2F1%3Fx"


def test_a_proxys_own_502_is_said_as_the_server_behind_it_not_as_another_computer():
    """nginx in front of a province's hosts answers 502/503/504 itself, in HTML, when a host stopped: this
    was said as "the computer at that address ... is not a Xuefa server: check the address and the port"
    (an outside tester, issue 17). A Xuefa server's own 503 keeps its code."""
    import http.server
    import json
    import threading

    import pytest

    from examcore.refusals import explain
    from examcore.sync_client import SyncClient, SyncError

    class Gateway(http.server.BaseHTTPRequestHandler):
        def do_GET(self):   # noqa: N802 - http.server's name
            own = self.path.endswith("own")
            body = (json.dumps({"error": "database_unavailable", "message": "m"}).encode() if own else
                    b"<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>")
            self.send_response(503 if own else 502)
            self.send_header("Content-Type", "application/json" if own else "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Gateway)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    client = SyncClient(f"http://127.0.0.1:{server.server_address[1]}", None)
    try:
        with pytest.raises(SyncError) as err:
            client.health()
        assert err.value.code == "gateway" and "proxy in front of the server" in explain(err.value)
        status, answer = client._call("GET", "/own", signed=False)
        assert (status, answer["error"]) == (503, "database_unavailable")
        assert "cannot reach its database" in explain(SyncError(answer["error"], answer["message"]))
    finally:
        client.close()
        server.shutdown()
        server.server_close()
