"""Two stations, a centre and a province, every server a real process: the exam is taken offline, the
stations come online, the results reach the province exactly once with server-computed scores. The
province speaks HTTPS, and the centre reaches it pinned to the certificate its `set-upstream` code names."""
from __future__ import annotations

import re

import random
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from examcore.sync_client import SyncClient
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.exams.packages import import_package
from sync_server.models import Result
from tests.conftest import LEARNER, NEW_LEARNER, ready_station, write_package
from sync_server.tls import create as create_tls
from tests.server_fixtures import (free_port, make_envelopes, new_instance, serve_anywhere, sit_exam, stop_process,
                                   trust)
from tests.sync_server.test_sync_runner import _serve
from tests.server_cli import server_cli as cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def tiers(tmp_path, issuer, roster_file):
    folders = {"province": tmp_path / "province", "centre": tmp_path / "centre"}
    keys = {name: new_instance(folder, name) for name, folder in folders.items()}
    package = write_package(tmp_path / "exam.xfp", issuer,
                            recipients=[keys["centre"].recipient(), keys["province"].recipient()])
    for folder in folders.values():
        ctx = ServerContext.open(Config(folder))
        trust(ctx, issuer)
        import_package(ctx, package.read_bytes())
        ctx.close()
    create_tls(folders["province"], "province")
    centre_port = free_port()
    procs = {"centre": _serve(folders["centre"], centre_port)}
    procs["province"], province_url = serve_anywhere(folders["province"], tls=True)
    stations = []
    for n in range(2):
        stations.append(ready_station(tmp_path / f"station{n}", None, issuer, roster_file, package))
    yield folders, {"centre": f"http://127.0.0.1:{centre_port}", "province": province_url}, stations
    for st in stations:
        st.close()
    procs["centre"].terminate()
    procs["centre"].wait(10)
    stop_process(procs["province"])


def _relayed(proc: subprocess.CompletedProcess) -> str:
    """The line of `sync-upstream` that tells what the relay sent."""
    return next((line for line in proc.stdout.splitlines() if "result(s) sent" in line), proc.stdout + proc.stderr)


def _code(folder: Path) -> str:
    """A station's one-time enrolment code, as `devices code` prints it."""
    return cli(folder, "devices", "code").stdout.split()[2]


def _server_code(folder: Path) -> str:
    """A lower server's one-time enrolment code (a province's servers are not made with --province here, so
    each says it)."""
    return cli(folder, "devices", "code", "--server").stdout.split()[2]


def test_offline_exams_reach_the_province_exactly_once(tiers):
    folders, urls, stations = tiers
    receipts = [sit_exam(stations[0], right=3, who=LEARNER), sit_exam(stations[1], right=1, who=NEW_LEARNER)]
    for station in stations:  # the stations come online and deliver to the centre
        station.enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
        outcomes = SyncClient(urls["centre"], station.keys).deliver(station.outbox.pending_results())
        station.outbox.clear_results([o["receipt"].encode() for o in outcomes])
        assert station.outbox.pending_results() == []
    assert urls["province"].startswith("https://")
    # a code whose fingerprint is not the province's certificate: refused before anything is sent
    one_time = _server_code(folders["province"])
    wrong = one_time[:12] + ("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ" if one_time[12] != "Z" else "YYYYY-YYYYY-YYYYY-YYYYY")
    refused = cli(folders["centre"], "set-upstream", urls["province"], "--code", wrong)
    assert refused.returncode == 1 and "not the server the code or file names" in refused.stderr, refused.stderr
    up = cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"]))
    assert up.returncode == 0 and "approved" in up.stdout, up.stderr
    # the centre follows the province's roster now: a learner or unit made or changed here would never reach
    # the province, which judges the results, and its next change would undo it (issue 20)
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["学号", "姓名", "单位"])
    book.active.append(["110101999", "王五", "U1"])
    book.save(folders["centre"].parent / "roster.xlsx")
    for args in (["learners", "add", "110101999", "--name", "王五", "--unit", "U1"],
                 ["learners", "edit", "110101998", "--phone", "12345"],
                 ["units", "add", "U9", "新单位", "--level", "unit"],
                 ["import-roster", folders["centre"].parent / "roster.xlsx"]):
        held = cli(folders["centre"], *args)
        assert held.returncode == 1 and "takes its units and learners from its upstream" in held.stderr, held
    first = cli(folders["centre"], "sync-upstream")
    assert first.returncode == 0 and _relayed(first).startswith("2 result(s) sent, 0 already upstream"), first.stderr
    assert "both sides hold the same 2 result(s)" in first.stdout
    again = cli(folders["centre"], "sync-upstream")
    assert _relayed(again).startswith("0 result(s) sent, 0 already upstream") and "the same 2" in again.stdout
    ctx = ServerContext.open(Config(folders["province"]))
    with ctx.sessions() as s:
        rows = {r.result_id: r for r in s.scalars(select(Result))}
    ctx.close()
    assert sorted(rows) == sorted(r.result_id for r in receipts)  # exactly once each
    for receipt in receipts:
        row = rows[receipt.result_id]
        assert row.server_score == receipt.grade.score_text and row.relayed_by.startswith("server-")
        assert row.device_id in {st.keys.device_id for st in stations}


def test_an_interrupted_relay_resumes_without_resending_acknowledged_chunks(tiers):
    folders, urls, stations = tiers
    station = stations[0]
    station.enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
    envelopes = make_envelopes(station, 450, random.Random(9))  # three chunks of at most 200
    for start in range(0, 450, 150):
        SyncClient(urls["centre"], station.keys).deliver(envelopes[start:start + 150])
    assert cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"])).returncode == 0
    cut = cli(folders["centre"], "sync-upstream", env={"XUEFA_FAULT": "relay_after_chunk:1"})
    assert cut.returncode == 137  # the relay process died right after its first acknowledged chunk
    resumed = cli(folders["centre"], "sync-upstream")
    assert resumed.returncode == 0, resumed.stderr
    # the resumed run covers only the 250 results after the acknowledged first chunk, which is neither
    # asked about nor sent again; the second chunk, in flight when the process died, may have landed:
    # it is asked about and not sent twice
    sent, already = map(int, re.match(r"(\d+) result\(s\) sent, (\d+) already upstream", _relayed(resumed)).groups())
    assert sent + already == 250 and already in (0, 200), resumed.stdout
    assert "both sides hold the same 450 result(s)" in resumed.stdout
    assert cli(folders["centre"], "status").returncode == 0


def test_a_centre_with_no_route_upstream_hands_its_results_over_by_usb(tiers, tmp_path):
    folders, urls, stations = tiers
    receipts = []
    for station, who in zip(stations, (LEARNER, NEW_LEARNER), strict=True):
        receipts.append(sit_exam(station, right=2, who=who))
        station.enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
        SyncClient(urls["centre"], station.keys).deliver(station.outbox.pending_results())
    from examcore.study.authoring import load_course_sources
    course = load_course_sources(ROOT / "resources" / "demo" / "study" / "courses.json")[1]
    stations[0].study.record_reading(LEARNER[0], course, "c1", 15 * 60)   # and some study, carried too
    SyncClient(urls["centre"], stations[0].keys).deliver_study(stations[0].outbox.pending_records())
    stick = tmp_path / "usb" / "centre.xfb"
    stick.parent.mkdir()
    exported = cli(folders["centre"], "export-bundle", stick).stdout
    assert exported.startswith("2 result(s) written") and "has no upstream" in exported   # none set yet
    # its own bundle brought back to the centre: said as that, never "approve the server that wrote it"
    mine = cli(folders["centre"], "import-bundle", stick)
    assert mine.returncode == 1 and "written by this server" in mine.stderr and "add-server" not in mine.stderr
    assert not stick.with_name("centre.receipts.json").exists()
    refused = cli(folders["province"], "import-bundle", stick)
    assert refused.returncode == 1 and "is not approved here" in refused.stderr  # the province does not know it
    assert cli(folders["province"], "devices", "add-server", folders["centre"] / "server-signing.key.pub").returncode == 0
    # a station's own file carried past its centre: refused, and nothing queued for approval (issue 20)
    own = tmp_path / "usb" / "station1.xfb"
    stations[1].outbox.export(own)
    before = cli(folders["province"], "devices", "list").stdout
    skipped = cli(folders["province"], "import-bundle", own)
    assert skipped.returncode == 1 and "imported at their centre, not here" in skipped.stderr
    assert cli(folders["province"], "devices", "list").stdout == before and "pending" not in before
    assert not own.with_name("station1.receipts.json").exists()
    stored = cli(folders["province"], "import-bundle", stick)
    assert stored.returncode == 0 and "2 stored" in stored.stdout, stored.stdout + stored.stderr
    assert "study records: 1 stored" in stored.stdout and "receipt file for the sending server (3 held here)" in stored.stdout
    assert "2 already held" in cli(folders["province"], "import-bundle", stick).stdout
    # the receipt file goes back to the centre: those results count as delivered upward
    receipts_file = stick.with_name("centre.receipts.json")
    # the province's own receipt file read back at the province: where it belongs, not "not trusted yet"
    own_receipt = cli(folders["province"], "import-receipts", receipts_file)
    assert own_receipt.returncode == 1 and "a server below: xuefa-server import-receipts" in own_receipt.stderr
    assert "2 result(s) not yet confirmed" in cli(folders["centre"], "status").stdout
    unknown = cli(folders["centre"], "import-receipts", receipts_file)
    assert unknown.returncode == 1 and "trust-upstream" in unknown.stderr  # it never met the province
    forged = tmp_path / "forged.pub"
    from examcore.crypto.keys import SigningKey
    from examcore.keyfiles import public_key_file_text
    forged.write_text(public_key_file_text(SigningKey.generate(), "假省"), encoding="utf-8")
    assert cli(folders["centre"], "trust-upstream", forged).returncode == 0
    wrong = cli(folders["centre"], "import-receipts", receipts_file)
    assert wrong.returncode == 1 and "does not trust yet" in wrong.stderr
    assert "xuefa-server trust-upstream" in wrong.stderr and "trust-server" not in wrong.stderr  # a server's command
    assert cli(folders["centre"], "trust-upstream", folders["province"] / "server-signing.key.pub").returncode == 0
    confirmed = cli(folders["centre"], "import-receipts", receipts_file)
    assert confirmed.stdout.startswith("2 result(s) confirmed by the upstream"), confirmed.stdout + confirmed.stderr
    # and the study record the bundle carried (issue 20: it was cleared without a word)
    assert "; 1 study record(s) and password change(s) confirmed" in confirmed.stdout, confirmed.stdout
    # the same file again: nothing new, said so (issue 20: it said "2 confirmed" every time)
    replayed = cli(folders["centre"], "import-receipts", receipts_file)
    assert replayed.stdout.startswith("0 result(s) confirmed by the upstream; 2 confirmed before"), replayed.stdout
    assert "; 1 study record(s) and password change(s) confirmed before" in replayed.stdout   # not counted again
    # a receipt file the province wrote for another centre's bundle: nothing here confirmed, not exit 0
    from examcore.receipt import Receipt, receipt_file_bytes, sign_receipt
    from sync_server.keys import load_keys
    province_keys = load_keys(folders["province"])
    other = tmp_path / "other.receipts.json"
    other.write_bytes(receipt_file_bytes([sign_receipt(Receipt("00000000-0000-0000-0000-000000000001", "0" * 64,
                                                               "2026-12-03T08:00:00Z", province_keys.server_id, "9",
                                                               "passed"), province_keys.signing)]))
    foreign = cli(folders["centre"], "import-receipts", other)
    assert foreign.returncode == 1 and "another server's bundle" in foreign.stderr, foreign.stdout + foreign.stderr
    status = cli(folders["centre"], "status").stdout
    assert "0 result(s) not yet confirmed" in status and "study record(s) not yet confirmed" not in status
    assert cli(folders["centre"], "export-bundle", stick.with_name("next.xfb")).stdout.startswith("0 result(s)")
    data = bytearray(stick.read_bytes())
    data[len(data) // 3] ^= 1
    (tmp_path / "bad.xfb").write_bytes(bytes(data))
    assert cli(folders["province"], "import-bundle", tmp_path / "bad.xfb").returncode == 1
    ctx = ServerContext.open(Config(folders["province"]))
    with ctx.sessions() as s:
        assert sorted(s.scalars(select(Result.result_id))) == sorted(r.result_id for r in receipts)
    ctx.close()


# a proxy this PC's settings name, which cannot reach anything: what an office proxy is to the exam LAN
DEAD_PROXY_ENV = {name: "http://127.0.0.1:9" for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy",
                                                           "https_proxy", "all_proxy")}


@pytest.fixture
def office_proxy(tmp_path):
    """tinyproxy (Debian's package; build_scripts/ensure_test_tools.sh) on loopback: its URL and its log."""
    port, log = free_port(), tmp_path / "tinyproxy.log"
    conf = tmp_path / "tinyproxy.conf"
    conf.write_text(f"Port {port}\nListen 127.0.0.1\nAllow 127.0.0.1\nTimeout 60\nLogFile \"{log}\"\n"
                    f"LogLevel Connect\nMaxClients 20\n", encoding="utf-8")
    proc = subprocess.Popen(["tinyproxy", "-d", "-c", str(conf)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    import socket
    import time
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, "tinyproxy did not start"
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", log
    proc.terminate()
    proc.wait(10)


def test_the_upstream_is_reached_through_the_named_proxy_only_and_the_pin_still_holds(tiers, office_proxy):
    """Issue 23: a PC's system proxy never catches LAN sync (a station to its centre, the centre to its
    province); an office proxy named with `set-upstream --proxy` carries the relay, tunnelled, pinned."""
    folders, urls, stations = tiers
    proxy_url, proxy_log = office_proxy
    station = stations[0]
    with pytest.MonkeyPatch.context() as mp:   # the station's PC has a proxy set, too
        for name, value in DEAD_PROXY_ENV.items():
            mp.setenv(name, value)
        sit_exam(station, right=3, who=LEARNER)
        station.enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
        outcomes = SyncClient(urls["centre"], station.keys).deliver(station.outbox.pending_results())
        assert [o["status"] for o in outcomes] == ["stored"]

    dead = cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"]),
               "--proxy", "http://127.0.0.1:9", env=DEAD_PROXY_ENV)
    assert dead.returncode == 1 and "proxy" in dead.stderr and "Traceback" not in dead.stderr, dead.stderr
    bad = cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"]),
              "--proxy", "socks5://127.0.0.1:1080")
    assert bad.returncode == 1 and "http://host:port" in bad.stderr, bad.stderr
    one_time = _server_code(folders["province"])   # through the proxy, a code naming another certificate: refused
    wrong = one_time[:12] + ("ZZZZZ-ZZZZZ-ZZZZZ-ZZZZZ" if one_time[12] != "Z" else "YYYYY-YYYYY-YYYYY-YYYYY")
    refused = cli(folders["centre"], "set-upstream", urls["province"], "--code", wrong, "--proxy", proxy_url)
    assert refused.returncode == 1 and "not the server the code or file names" in refused.stderr, refused.stderr

    up = cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"]),
             "--proxy", proxy_url, env=DEAD_PROXY_ENV)
    assert up.returncode == 0 and "approved" in up.stdout, up.stderr
    synced = cli(folders["centre"], "sync-upstream", env=DEAD_PROXY_ENV)
    assert synced.returncode == 0 and _relayed(synced).startswith("1 result(s) sent"), synced.stdout + synced.stderr
    province_port = urls["province"].rsplit(":", 1)[1]
    tunnels = [line for line in proxy_log.read_text(encoding="utf-8", errors="replace").splitlines()
               if "CONNECT" in line and f"127.0.0.1:{province_port}" in line]
    assert tunnels, proxy_log.read_text(encoding="utf-8", errors="replace")


def test_a_result_behind_the_relay_cursor_is_still_relayed(tiers):
    """If the centre's clock was set back, a new result sorts before the cursor; the final check notices
    and one full ask-first pass sends it."""
    from datetime import timedelta

    folders, urls, stations = tiers
    station = stations[0]
    station.enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
    first, second = make_envelopes(station, 2, random.Random(4))
    SyncClient(urls["centre"], station.keys).deliver([first])
    assert cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"])).returncode == 0
    assert _relayed(cli(folders["centre"], "sync-upstream")).startswith("1 result(s) sent")
    SyncClient(urls["centre"], station.keys).deliver([second])
    ctx = ServerContext.open(Config(folders["centre"]))
    with ctx.sessions.begin() as s:  # as if it had arrived while the clock was a day behind
        row = s.get(Result, second.result_id)
        row.received_at = row.received_at - timedelta(days=1)
    ctx.close()
    healed = cli(folders["centre"], "sync-upstream")
    assert healed.returncode == 0 and _relayed(healed).startswith("1 result(s) sent"), healed.stdout + healed.stderr
    assert "both sides hold the same 2 result(s)" in healed.stdout


def test_roster_and_package_flow_down_from_the_province_to_a_fresh_station(tmp_path, issuer):
    """The province keeps units, roster, issuer and package; the centre takes them by sync-upstream; a fresh
    station enrolled at the centre takes its unit's part; its learner signs in offline, sits the exam, and
    the result goes back up to the province."""
    from desktop.station import Station
    from examcore.clock import utc_naive
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    folders = {"province": tmp_path / "province", "centre": tmp_path / "centre"}
    keys = {name: new_instance(folder, name) for name, folder in folders.items()}
    package = write_package(tmp_path / "exam.xfp", issuer,
                            recipients=[keys["centre"].recipient(), keys["province"].recipient()])
    province = ServerContext.open(Config(folders["province"]))
    trust(province, issuer)
    import_package(province, package.read_bytes())
    now = utc_naive(province.clock.now())
    with province.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "C1", "甲市", "city", "P", now)
        put_unit(s, "C2", "乙市", "city", "P", now)
        put_unit(s, "U1", "甲市司法局", "unit", "C1", now)
        _, password = put_learner(s, "300000001", LearnerFields("周一", "U1", "科员"), now)
        put_learner(s, "300000002", LearnerFields("吴二", "C2"), now)  # another city: not the centre's
    province.close()
    ports = {name: free_port() for name in folders}
    procs = {name: _serve(folder, ports[name]) for name, folder in folders.items()}
    urls = {k: f"http://127.0.0.1:{p}" for k, p in ports.items()}
    station = Station.open(tmp_path / "station")
    try:
        code = cli(folders["province"], "devices", "code", "--server", "--unit", "C1").stdout.split()[2]
        assert cli(folders["centre"], "set-upstream", urls["province"], "--code", code).returncode == 0
        down = cli(folders["centre"], "sync-upstream")
        assert down.returncode == 0, down.stdout + down.stderr
        assert "1 new package(s)" in down.stdout and _relayed(down).startswith("0 result(s) sent")
        status = cli(folders["centre"], "status").stdout
        assert "0 result(s) not yet confirmed by it" in status and "last taken from it: 20" in status
        # local time to the minute, as the other lines give it, not the stored UTC text (issue 20)
        assert re.search(r"last taken from it: \d{4}-\d\d-\d\d \d\d:\d\d;", status) and "T" not in \
            status.split("last taken from it:")[1].split(";")[0], status

        station.enrolment.enrol(urls["centre"], "甲市考场 01", _code(folders["centre"]))
        got = station.downward.pull(SyncClient(urls["centre"], station.keys))
        assert (got.learners, got.new_packages) == (1, 1)
        # offline from here: sign in with the slip's password, change it, sit the exam
        assert station.accounts.login("300000001", password).status.value == "must_change"
        assert station.accounts.change_password("300000001", password, "Zhou-2026-new") == []
        receipt = sit_exam(station, right=2, who=("300000001", "Zhou-2026-new"))
        outcomes = SyncClient(urls["centre"], station.keys).deliver(station.outbox.pending_results())
        assert station.outbox.clear_results([o["receipt"].encode() for o in outcomes]) == (1, 0)
        up = cli(folders["centre"], "sync-upstream")
        assert _relayed(up).startswith("1 result(s) sent") and "both sides hold the same 1 result(s)" in up.stdout
        ctx = ServerContext.open(Config(folders["province"]))
        with ctx.sessions() as s:
            row = s.get(Result, receipt.result_id)
        ctx.close()
        assert row.server_score == receipt.grade.score_text and row.learner_no == "300000001"
    finally:
        station.close()
        for proc in procs.values():
            proc.terminate()
            proc.wait(10)


def test_four_tiers_the_national_server_verifies_the_station_through_the_certificate_chain(tmp_path, issuer):
    """station -> centre -> province -> national: each relay adds its certificate of the server below, so
    the top verifies the original envelope back to the station, by network and by USB bundle alike."""
    names = ("national", "province", "centre")
    folders = {name: tmp_path / name for name in names}
    keys = {name: new_instance(folders[name], name) for name in names}
    package = write_package(tmp_path / "exam.xfp", issuer, recipients=[keys[n].recipient() for n in names])
    for folder in folders.values():
        ctx = ServerContext.open(Config(folder))
        trust(ctx, issuer)
        import_package(ctx, package.read_bytes())
        ctx.close()
    ports = {name: free_port() for name in names}
    procs = {name: _serve(folders[name], ports[name]) for name in names}
    urls = {k: f"http://127.0.0.1:{p}" for k, p in ports.items()}
    station = ready_station(tmp_path / "station", None, issuer, _roster(tmp_path, issuer), package)
    try:
        station.enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
        envelopes = make_envelopes(station, 3, random.Random(11))
        SyncClient(urls["centre"], station.keys).deliver(envelopes)
        for lower, upper in (("centre", "province"), ("province", "national")):
            up = cli(folders[lower], "set-upstream", urls[upper], "--code", _server_code(folders[upper]))
            assert up.returncode == 0, up.stderr
            relayed = cli(folders[lower], "sync-upstream")
            assert _relayed(relayed).startswith("3 result(s) sent") and "hold the same 3 result(s)" in relayed.stdout, \
                relayed.stdout + relayed.stderr
        ctx = ServerContext.open(Config(folders["national"]))
        with ctx.sessions() as s:
            rows = list(s.scalars(select(Result)))
        ctx.close()
        assert sorted(r.result_id for r in rows) == sorted(e.result_id for e in envelopes)
        assert {r.device_id for r in rows} == {station.keys.device_id}
        # the same chains by USB: the national server checks them before it finds it holds the results
        stick = tmp_path / "province.xfb"
        assert cli(folders["province"], "export-bundle", stick, "--all").returncode == 0
        again = cli(folders["national"], "import-bundle", stick)
        assert again.returncode == 0 and "3 already held" in again.stdout, again.stdout + again.stderr
        # a chain missing the province's certificate of the centre does not verify
        from sync_server.results.ingest import Ingest
        from sync_server.upstream.relay import _items
        from sync_server.identity import identity
        province = ServerContext.open(Config(folders["province"]))
        items = _items(province, [envelopes[0].result_id])
        sender = identity(province).device_id
        province.close()
        national = ServerContext.open(Config(folders["national"]))
        try:
            [cut] = Ingest(national).ingest_many([items[0]["envelope"].encode()], "relay", relayed_by=sender,
                                                 certificates=[[items[0]["certificate"]]])
            [whole] = Ingest(national).ingest_many([items[0]["envelope"].encode()], "relay", relayed_by=sender,
                                                   certificates=[[items[0]["certificate"], *items[0]["via"]]])
        finally:
            national.close()
        assert (cut.status.value, cut.reason) == ("refused", "bad_certificate")
        assert whole.status.value == "duplicate"
    finally:
        station.close()
        for proc in procs.values():
            proc.terminate()
            proc.wait(10)


def _roster(tmp_path: Path, issuer) -> Path:
    from argon2 import PasswordHasher

    from examcore.roster import RosterEntry, roster_bytes
    path = tmp_path / "roster.json"
    path.write_bytes(roster_bytes([RosterEntry(LEARNER[0], "李四", "市司法局", "处长", True,
                                               PasswordHasher().hash(LEARNER[1]), 1, False, None)], issuer))
    return path


def test_study_plans_come_down_and_study_records_go_up_to_the_province_once(tiers, issuer, tmp_path):
    """The province hands down a plan and a course; a learner studies at a station enrolled with the
    centre; the records reach the province through the relay, once, and it counts the same points."""
    from examcore.study.authoring import load_course_sources
    from examcore.study.course import build_course_file, build_plan_file
    from sync_server.models import StudyRecord
    from sync_server.study.service import learner_points, plans
    from tests.factories import make_study_plan
    folders, urls, stations = tiers
    station = stations[0]
    now = station.clock.now()
    course = load_course_sources(ROOT / "resources" / "demo" / "study" / "courses.json")[0]
    files = [tmp_path / "plan.xfs", tmp_path / "reader.xfc"]
    files[0].write_bytes(build_plan_file(make_study_plan(year=now.year, deadline=now + timedelta(days=30)),
                                         issuer, "省普法办"))
    files[1].write_bytes(build_course_file(course, issuer, "省普法办"))
    imported = cli(folders["province"], "import-study", *files)
    assert imported.returncode == 0 and "imported: course 2026年度必修读本（演示）" in imported.stdout, imported.stderr
    assert cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"])).returncode == 0
    assert cli(folders["centre"], "sync-upstream").returncode == 0           # the centre takes them
    station.enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
    client = SyncClient(urls["centre"], station.keys)
    assert station.downward.pull(client).study_files == 2                    # and hands them down
    reader = station.study.open_course("reader-2026")
    station.study.record_reading(LEARNER[0], reader, "r1", 40 * 60)
    station.study.answer_quiz(LEARNER[0], reader, "r1", reader.chapter("r1").quiz[0], ("B",))
    outcomes, receipt = client.deliver_study(station.outbox.pending_records())
    assert sum(station.outbox.clear_records(receipt).values()) == 2
    first = cli(folders["centre"], "sync-upstream")
    assert first.returncode == 0 and "2 study record(s) sent, 0 already upstream" in first.stdout, first.stdout
    again = cli(folders["centre"], "sync-upstream")
    assert "no study records or password changes waiting to go up" in again.stdout, again.stdout   # not "0 sent"
    ctx = ServerContext.open(Config(folders["province"]))
    try:
        with ctx.sessions() as s:
            rows = list(s.scalars(select(StudyRecord)))
            points = learner_points(s, plans(s)[0], LEARNER[0], ctx.clock.now())
    finally:
        ctx.close()
    assert len(rows) == 2 and {r.device_id for r in rows} == {station.keys.device_id}
    assert all(r.relayed_by.startswith("server-") for r in rows)
    assert points.by_category == station.study.points(LEARNER[0]).by_category
    assert points.by_category["reader"] == 4 + 1


def _an_exam_only_the_centre_holds(tiers, tmp_path, issuer) -> str:
    """A second exam package the centre and the first station hold and the province does not (so the
    province refuses its results); the station enrolled at the centre. Returns the package id."""
    folders, urls, stations = tiers
    keys = {tier: ServerContext.open(Config(folders[tier])) for tier in folders}
    second = write_package(tmp_path / "second.xfp", issuer, recipients=[ctx.keys.recipient() for ctx in keys.values()])
    import_package(keys["centre"], second.read_bytes())   # the province never got this package
    for ctx in keys.values():
        ctx.close()
    package_id = stations[0].library.import_file(second)[0].package_id
    stations[0].enrolment.enrol(urls["centre"], "考场", _code(folders["centre"]))
    return package_id


def test_results_the_province_refuses_stay_here_and_status_names_them(tiers, tmp_path, issuer):
    """Issue 17's bad input: a relay refused by the upstream says which results and why, keeps them for the
    next try, and `status` shows them (an outside tester found `status` said only "not yet confirmed")."""
    folders, urls, stations = tiers
    station, package_id = stations[0], _an_exam_only_the_centre_holds(tiers, tmp_path, issuer)
    envelopes = make_envelopes(station, 2, random.Random(4), package_id=package_id)
    SyncClient(urls["centre"], station.keys).deliver(envelopes)
    assert cli(folders["centre"], "set-upstream", urls["province"], "--code", _server_code(folders["province"])).returncode == 0
    first = cli(folders["centre"], "sync-upstream")
    assert first.returncode & 1 and first.stdout.count("refused by the upstream") == 2, first.stdout
    status = cli(folders["centre"], "status").stdout
    assert "2 result(s) refused by the upstream at the relay of" in status, status
    for envelope in envelopes:   # whose, in which exam: a clerk knows no result id (a second round's low)
        assert envelope.result_id in status
        said = re.compile(rf"the result of learner \S+ in .+ \({envelope.result_id}\): the upstream does not hold")
        assert said.search(first.stdout) and said.search(status), (first.stdout, status)
    assert "does not hold the exam of this result" in status   # the reason in words, not a code
    # the cursor moved past them (a refused result held it back, and every later relay asked about every
    # result after it again); they are still sent at the next relay, as unconfirmed ones
    centre = ServerContext.open(Config(folders["centre"]))
    try:
        from sync_server.identity import setting
        assert setting(centre, "relay_cursor") is not None
    finally:
        centre.close()
    assert cli(folders["province"], "import-package", tmp_path / "second.xfp").returncode == 0
    healed = cli(folders["centre"], "sync-upstream")
    assert healed.returncode == 0 and _relayed(healed).startswith("2 result(s) sent"), healed.stdout
    assert "refused by the upstream" not in cli(folders["centre"], "status").stdout


def test_results_the_province_refuses_on_the_usb_road_are_named_with_the_reason_at_the_centre(tiers, tmp_path,
                                                                                             issuer):
    """Issue 20 (outside round 91): results the province refused from a centre's USB bundle left the centre
    saying only "2 not confirmed"; the relay road names each and why. The receipt file now carries the
    province's signed refusals: import-receipts names them (exit 1) and `status` keeps them."""
    folders, urls, stations = tiers
    station, package_id = stations[0], _an_exam_only_the_centre_holds(tiers, tmp_path, issuer)
    refused = make_envelopes(station, 2, random.Random(5), package_id=package_id)
    SyncClient(urls["centre"], station.keys).deliver(refused + make_envelopes(station, 1, random.Random(6)))
    assert cli(folders["province"], "devices", "add-server", folders["centre"] / "server-signing.key.pub").returncode == 0
    assert cli(folders["centre"], "trust-upstream", folders["province"] / "server-signing.key.pub").returncode == 0
    stick = tmp_path / "centre.xfb"
    assert cli(folders["centre"], "export-bundle", stick).returncode == 0
    imported = cli(folders["province"], "import-bundle", stick)
    assert imported.returncode == 1 and "2 refused, 1 stored" in imported.stdout, imported.stdout
    confirmed = cli(folders["centre"], "import-receipts", stick.with_name("centre.receipts.json"))
    assert confirmed.returncode == 1 and confirmed.stdout.startswith("1 result(s) confirmed"), confirmed.stdout
    for envelope in refused:   # whose, which exam, and why: as the relay road says it
        said = re.compile(rf"refused by the upstream: the result of learner \S+ in .+ \({envelope.result_id}\): "
                          "the upstream does not hold")
        assert said.search(confirmed.stdout), confirmed.stdout
    status = cli(folders["centre"], "status").stdout
    assert "2 result(s) refused by the upstream, as its receipt file read on" in status, status
    assert all(envelope.result_id in status for envelope in refused)
    # a receipt file whose refusals were altered is refused whole: nothing confirmed from it
    import json
    data = json.loads(stick.with_name("centre.receipts.json").read_bytes())
    inner = json.loads(data["refusals"])
    inner["body"] = inner["body"][:-4] + ("AAAA" if not inner["body"].endswith("AAAA") else "BBBB")
    data["refusals"] = json.dumps(inner)
    (tmp_path / "altered.json").write_text(json.dumps(data), encoding="utf-8")
    altered = cli(folders["centre"], "import-receipts", tmp_path / "altered.json")
    assert altered.returncode == 1 and "nothing changed" in altered.stderr, altered.stdout + altered.stderr
