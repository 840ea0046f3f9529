"""TLS on every link off loopback: `serve` speaks HTTPS with the instance's certificate, a station enrols
only with the server whose certificate its code names, pins it, syncs through it, refuses a stranger on the
same address, and follows a rotation announced in the signed change feed."""
from __future__ import annotations

import json
import socket
import ssl

import pytest

from desktop.store.models import Setting
from examcore.sync_client import SyncError
from examcore.tls_pin import Pins, fingerprint_of, short, show, split_code
from sync_server.exams.packages import import_package
from sync_server.models import Device, Result
from sync_server.tls import current
from tests.server_fixtures import free_port, serve_anywhere, serve_process, sit_exam, stop_process
from tests.sync_server.sittings.test_sittings import centre  # noqa: F401  (the fixture)
from tests.server_cli import server_cli as cli



def code_for(server, server_config) -> str:
    """The code as `devices code` prints it: the one-time code, then the certificate's short fingerprint."""
    made = cli(server_config.instance_dir, "devices", "code")
    assert made.returncode == 0, made.stderr
    return made.stdout.split()[2]


def peer_fingerprint(url: str) -> str:
    host, port = url.removeprefix("https://").split(":")
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    with socket.create_connection((host, int(port)), timeout=5) as raw, \
            context.wrap_socket(raw, server_hostname=host) as tls:
        return fingerprint_of(tls.getpeercert(binary_form=True))


def test_a_station_enrols_over_https_with_the_code_and_syncs_end_to_end(server, server_config, tls_server,
                                                                        station_for_server, server_package):
    import_package(server, server_package.read_bytes())
    fingerprint = current(server_config.instance_dir).fingerprint
    assert peer_fingerprint(tls_server) == fingerprint      # serve really speaks TLS with the instance's certificate
    code = code_for(server, server_config)
    assert split_code(code)[1] == short(fingerprint)

    enrolment = station_for_server.enrolment.enrol(tls_server, "第一考场-01", code)
    assert enrolment.status == "approved"
    assert station_for_server.link.url() == tls_server
    assert station_for_server.link.pins() == Pins(fingerprint)   # the whole fingerprint, not the code's part

    receipt = sit_exam(station_for_server)
    client = station_for_server.link.client()
    outcomes = client.deliver(station_for_server.outbox.pending_results())
    assert [o["status"] for o in outcomes] == ["stored"]
    assert station_for_server.outbox.clear_results([o["receipt"].encode() for o in outcomes]) == (1, 0)
    assert station_for_server.downward.pull(client).applied > 0
    with server.sessions() as s:
        assert s.get(Result, receipt.result_id) is not None


def test_a_code_naming_another_certificate_is_refused_and_nothing_is_kept(server, server_config, tls_server,
                                                                         station_for_server):
    one_time, pin = split_code(code_for(server, server_config))
    other = "Z" * 20 if not pin.startswith("Z") else "Y" * 20
    forged = f"{one_time[:5]}-{one_time[5:]}-" + "-".join(other[i:i + 5] for i in range(0, 20, 5))
    with pytest.raises(SyncError) as err:
        station_for_server.enrolment.enrol(tls_server, "x", forged)
    assert err.value.code == "wrong_server"
    with station_for_server.sessions() as s:
        assert s.get(Setting, "server_url") is None and s.get(Setting, "server_tls_pin") is None
    with server.sessions() as s:   # the request never reached the server: the code is still unused
        assert s.query(Device).count() == 0
    # a code without a fingerprint cannot enrol over https ("whoever answers first" no longer works)
    with pytest.raises(SyncError) as err:
        station_for_server.enrolment.enrol(tls_server, "x", one_time)
    assert err.value.code == "no_pin"
    # the genuine code still works afterwards
    assert station_for_server.enrolment.enrol(tls_server, "x", code_for(server, server_config)).status == "approved"


def test_a_station_refuses_a_second_server_on_the_same_port(tmp_path, server, server_config, station_for_server):
    from sync_server.tls import create
    create(server_config.instance_dir, server.keys.name)
    port = free_port()
    genuine, url = serve_process(server_config.instance_dir, port, tls=True)
    try:
        station_for_server.enrolment.enrol(url, "01", code_for(server, server_config))
        pinned = station_for_server.link.pins()
        station_for_server.link.client().health()
    finally:
        stop_process(genuine)
    # the genuine server goes away; another Xuefa server (its own keys and certificate) answers at its address
    impostor = tmp_path / "impostor"
    assert cli(impostor, "init", "--name", "冒充的服务器").returncode == 0
    proc, same = serve_process(impostor, port, tls=True)
    try:
        assert same == url
        with pytest.raises(SyncError) as err:
            station_for_server.link.client().health()
        assert err.value.code == "certificate_changed"
        assert "enrol again" in str(err.value)
        sit_exam(station_for_server)
        with pytest.raises(SyncError) as err:   # nothing is delivered to it
            station_for_server.link.client().deliver(station_for_server.outbox.pending_results())
        assert err.value.code == "certificate_changed"
        assert len(station_for_server.outbox.pending_results()) == 1
        assert station_for_server.link.pins() == pinned   # never re-pinned silently
    finally:
        stop_process(proc)


def test_serve_refuses_plain_http_off_loopback_and_a_tls_port_answers_no_plain_request(server_config, tls_server):
    refused = cli(server_config.instance_dir, "serve", "--host", "0.0.0.0", "--no-tls", "--port", str(free_port()))
    assert refused.returncode == 2 and "--behind-proxy" in refused.stderr
    import requests
    with pytest.raises(requests.RequestException):
        requests.get(tls_server.replace("https://", "http://") + "/api/v1/health", timeout=5)
    # a client never sends plain HTTP to another computer, nor HTTPS without a pin
    from examcore.sync_client import SyncClient
    for url, code in (("http://192.0.2.7:8470", "plain_http"), (tls_server, "no_pin")):
        with pytest.raises(SyncError) as err:
            SyncClient(url, None)
        assert err.value.code == code


def test_rotation_keeps_a_synced_station_connected_and_a_stranger_certificate_stays_refused(
        tmp_path, server, server_config, station_for_server, clock, issuer, roster_file, server_package):
    from sync_server.tls import create
    from tests.conftest import ready_station
    folder = server_config.instance_dir
    import_package(server, server_package.read_bytes())
    create(folder, server.keys.name)
    port = free_port()
    proc, url = serve_process(folder, port, tls=True)
    late = ready_station(tmp_path / "late", clock, issuer, roster_file, server_package)
    try:
        old = current(folder).fingerprint
        for station in (station_for_server, late):
            station.enrolment.enrol(url, "pc", code_for(server, server_config))
        rotated = cli(folder, "tls", "rotate")
        assert rotated.returncode == 0 and "announced" in rotated.stdout, rotated.stderr
        from sync_server.tls import staged
        new = staged(folder).fingerprint
        assert new != old
        # rotating again would silently replace what the stations are being told: refused, unless --again
        twice = cli(folder, "tls", "rotate")
        assert twice.returncode == 1 and "already announced" in twice.stderr and "--again" in twice.stderr
        assert staged(folder).fingerprint == new
        # the station syncs (still through the old certificate) and learns the next one from the signed feed
        station_for_server.downward.pull(station_for_server.link.client())
        assert station_for_server.link.pins() == Pins(old, new)
        assert cli(folder, "tls", "rotate", "--switch", "--yes").returncode == 0
        stop_process(proc)
        proc, _ = serve_process(folder, port, tls=True)       # the server restarts with the new certificate
        assert peer_fingerprint(url) == new
        receipt = sit_exam(station_for_server)
        outcomes = station_for_server.link.client().deliver(station_for_server.outbox.pending_results())
        assert [o["result_id"] for o in outcomes if o["status"] == "stored"] == [receipt.result_id]
        assert station_for_server.link.pins() == Pins(new)   # met once: the old pin is gone
        # a station that never synced during the rotation was not told: it refuses, and says what to do
        with pytest.raises(SyncError) as err:
            late.link.client().health()
        assert err.value.code == "certificate_changed" and late.link.pins() == Pins(old)
    finally:
        late.close()
        stop_process(proc)


def test_rotating_again_says_what_it_replaces_and_announces_only_the_new_one(server, server_config):
    from click.testing import CliRunner
    from sqlalchemy import select

    from sync_server.cli import main as server_cli
    from sync_server.models import Change
    from sync_server.tls import create, staged
    folder = server_config.instance_dir
    create(folder, server.keys.name)
    run = (lambda *args: CliRunner().invoke(server_cli, ["--instance", str(folder), *args]))
    assert run("tls", "rotate").exit_code == 0
    first = staged(folder).fingerprint
    again = run("tls", "rotate", "--again")
    assert again.exit_code == 0, again.output
    second = staged(folder).fingerprint
    assert second != first and f"it replaces {show(first)}" in again.output
    with server.sessions() as s:
        announced = [json.loads(c.body)["next"]
                     for c in s.scalars(select(Change).where(Change.kind == "tls").order_by(Change.seq))]
    assert announced[-1] == second and first not in announced[-1:]
    # the switch cuts off every client that has not synced since: it asks first, and takes nothing else
    asked = run("tls", "rotate", "--switch")   # no answer: no
    assert asked.exit_code == 1 and "must then enrol again" in asked.output and staged(folder) is not None
    mixed = run("tls", "rotate", "--switch", "--again", "--yes")
    assert mixed.exit_code == 1 and "takes neither --again nor --hostname" in mixed.output
    assert run("tls", "rotate", "--switch", "--yes").exit_code == 0 and staged(folder) is None


def test_a_room_of_stations_keeps_its_tls_connections_alive(tls_server, server_config):
    """150 TLS connections each send a request, stay open, and are answered again on the same connection
    (cheroot keeps only 10 idle keep-alive connections unless `serve --connections` says otherwise)."""
    host, port = tls_server.removeprefix("https://").split(":")
    context = ssl.create_default_context()
    context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    request = b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n"
    held = []
    try:
        for _ in range(150):
            conn = context.wrap_socket(socket.create_connection((host, int(port)), timeout=10), server_hostname=host)
            conn.sendall(request)
            held.append(conn)
        for conn in held:
            assert _answer(conn).startswith(b"HTTP/1.1 200")
        for conn in held:   # the same connections, again
            conn.sendall(request)
            assert _answer(conn).startswith(b"HTTP/1.1 200")
    finally:
        for conn in held:
            conn.close()


def _answer(conn) -> bytes:
    """One whole HTTP answer from the connection (headers and body may come in separate TLS records)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        assert chunk, "the server closed the connection"
        data += chunk
    head, body = data.split(b"\r\n\r\n", 1)
    length = int(next(line.split(b":", 1)[1] for line in head.split(b"\r\n")
                      if line.lower().startswith(b"content-length:")))
    while len(body) < length:
        body += conn.recv(4096)
    return head


def test_the_proctor_console_and_admin_window_log_in_with_the_station_pin_or_a_typed_fingerprint(
        qtbot, server, server_config, centre, tls_server, station_for_server):  # noqa: F811  (centre: the fixture)
    from desktop.ui.admin.admin_window import AdminWindow
    from desktop.ui.proctor.proctor_window import ProctorWindow
    from examcore.tls_pin import show
    from tests.sync_server.sittings.test_sittings import PROCTOR_PASSWORD
    station_for_server.enrolment.enrol(tls_server, "监考机", code_for(server, server_config))
    pins = station_for_server.link.pins()

    def log_in(window, fingerprint: str | None = None) -> None:
        if fingerprint is not None:
            window.login_form.fingerprint_edit.setText(fingerprint)
        window.user_edit.setText("jiankao")
        window.password_edit.setText(PROCTOR_PASSWORD)
        window.log_in()

    console = ProctorWindow(tls_server, station_for_server.keys, pins=pins)   # the station's own server
    qtbot.addWidget(console)
    assert console.login_form.fingerprint_edit.text() == show(pins.current)
    log_in(console)
    qtbot.waitUntil(lambda: console.stack.currentIndex() == 1 or console.login_error.text() != "", timeout=10_000)
    assert console.login_error.text() == "" and console.stack.currentIndex() == 1, console.login_error.text()
    assert console.sitting_combo.count() == 1     # logged in over the pinned link, and the sittings came
    console.close()

    for typed, answer in (("", "Type the server's certificate fingerprint"),
                          ("Z" * 20 if not pins.current.startswith("Z") else "Y" * 20, "not the one given for it")):
        stranger = AdminWindow(tls_server)     # no station pin: the fingerprint must be typed
        qtbot.addWidget(stranger)
        log_in(stranger, typed)
        qtbot.waitUntil(lambda w=stranger: w.login_error.text() != "", timeout=10_000)
        assert answer in stranger.login_error.text()
        stranger.close()
    admin = AdminWindow(tls_server)
    qtbot.addWidget(admin)
    log_in(admin, show(short(pins.current)).lower())   # the short form, typed in any case, is enough
    qtbot.waitUntil(lambda: admin.login_error.text() != "", timeout=10_000)
    assert "proctor's account" in admin.login_error.text()   # the server answered: the pin matched


def test_a_room_file_carries_the_certificate_and_enrols_only_with_that_server(tmp_path, server, server_config,
                                                                             tls_server, station_for_server):
    import json

    from examcore.enrolment_file import EnrolmentFileError, read_enrolment_file
    room_file = tmp_path / "room.json"
    made = cli(server_config.instance_dir, "devices", "room-file", room_file, "--room", "第一考场", "--count", "2",
               "--url", tls_server)
    assert made.returncode == 0, made.stderr
    room = read_enrolment_file(room_file.read_bytes())
    assert room.tls_fingerprint == current(server_config.instance_dir).fingerprint
    assert station_for_server.enrolment.enrol_from_file(room, "第一考场-01").status == "approved"
    assert station_for_server.link.pins() == Pins(room.tls_fingerprint)
    # a file from before TLS (no fingerprint) for an https address is refused at once
    old = json.loads(room_file.read_text(encoding="utf-8"))
    del old["tls_fingerprint"]
    with pytest.raises(EnrolmentFileError) as err:
        read_enrolment_file(json.dumps(old).encode())
    assert err.value.code == "no_fingerprint"
    plain = cli(server_config.instance_dir, "devices", "room-file", tmp_path / "plain.json", "--room", "x",
                "--count", "1", "--url", "http://192.168.1.10:8470")
    assert plain.returncode == 1 and "https://" in plain.stderr


def test_gunicorn_workers_serve_https_with_the_same_certificate(server, server_config):
    pytest.importorskip("gunicorn")
    from sync_server.tls import create
    create(server_config.instance_dir, server.keys.name)
    proc, url = serve_anywhere(server_config.instance_dir, tls=True, extra=("--workers", "2"))
    try:
        assert peer_fingerprint(url) == current(server_config.instance_dir).fingerprint
    finally:
        stop_process(proc)
