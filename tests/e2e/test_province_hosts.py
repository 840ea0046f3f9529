"""A server on two hosts behind a real reverse proxy, as docs/server.md lays out a province (issue 17,
Deliver 5): nginx terminating TLS with the instance's certificate in front of two `serve --behind-proxy`
processes on 127.0.0.2 and 127.0.0.3, both on one PostgreSQL database (tests/proxy_hosts.py).

The server here takes both what a province takes (a lower centre's relay) and what a large centre takes
(stations delivering straight to it): `--province` would only refuse the stations, and the deployment is
the same. Every result must arrive exactly once, through a burst of 300 stations and a relay of 20,000
results during which one host stops dead."""
from __future__ import annotations

import http.client
import json
import os
import random
import ssl
import threading
import time

import psutil
import pytest
from sqlalchemy import func, select

from examcore.crypto.keys import SigningKey
from examcore.signed_request import sign_request
from examcore.tls_pin import Pins, session_for
from sync_server import tls as server_tls
from sync_server.cli_common import code_with_pin
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.devices import approve_device, create_code, request_enrolment
from sync_server.results.ingest import Ingest, Status
from sync_server.exams.packages import import_package
from sync_server.models import Result
from sync_server.upstream.relay import relay, set_upstream
from tests import proxy_hosts
from tests.conftest import LEARNER, ready_station, write_package
from tests.server_fixtures import make_envelopes, new_instance, on_roster, postgres_database, trust

pytestmark = pytest.mark.skipif(not os.environ.get("XUEFA_TEST_DATABASE_URL"),
                                reason="several hosts share one PostgreSQL (make test starts one)")

STATIONS = 300     # a burst: every station of a large centre delivers within a few seconds
RELAYED = 20_000   # a lower centre's results, relayed while one host stops
LOGINS_PER_MINUTE = 3


@pytest.fixture(scope="module")
def pg_url():
    with postgres_database(os.environ["XUEFA_TEST_DATABASE_URL"], "xuefa_hosts") as url:
        yield url


@pytest.fixture(scope="module")
def two_hosts(tmp_path_factory, pg_url, issuer, roster_file):
    """The upper server on two hosts behind nginx, a lower centre (SQLite) holding RELAYED results and the
    upper's code for it, and STATIONS stations approved at the upper with one sealed result each."""
    tmp = tmp_path_factory.mktemp("hosts")
    upper_dir, lower_dir = tmp / "upper", tmp / "lower"
    keys = {"upper": new_instance(upper_dir, "示范省考试中心", pg_url), "lower": new_instance(lower_dir, "示范县考试中心")}
    server_tls.create(upper_dir, "示范省考试中心")
    saved = json.loads((upper_dir / "config.json").read_text(encoding="utf-8"))
    (upper_dir / "config.json").write_text(json.dumps({**saved, "login_per_minute": LOGINS_PER_MINUTE}),
                                           encoding="utf-8")
    package = write_package(tmp / "exam.xfp", issuer, recipients=[k.recipient() for k in keys.values()])
    upper, lower = ServerContext.open(Config.from_env(upper_dir)), ServerContext.open(Config(lower_dir))
    try:
        code, burst = _fill(upper, lower, issuer, roster_file, package, tmp)
    except BaseException:
        lower.close()
        raise
    finally:
        upper.close()
    running = proxy_hosts.start(upper_dir, tmp)
    fingerprint = server_tls.current(upper_dir).fingerprint
    try:
        yield {"hosts": running, "lower": lower, "code": code, "burst": burst,
               "fingerprint": fingerprint, "upper_dir": upper_dir}
    finally:
        running.close()
        lower.close()


def _fill(upper: ServerContext, lower: ServerContext, issuer, roster_file, package, tmp) -> tuple[str, list]:
    """The package, learner and stations at both servers; RELAYED results stored at the lower one. Returns
    the upper's enrolment code for the lower, and (station, its sealed result) for each of the STATIONS."""
    from examcore.clock import utc_naive
    from sync_server.admins import create_admin
    for ctx in (upper, lower):
        trust(ctx, issuer)
        import_package(ctx, package.read_bytes())
        on_roster(ctx, LEARNER[0])
    with upper.sessions.begin() as s:
        create_admin(s, "sheng", "Prov-desk-2026!", "provincial_admin", "R0", utc_naive(upper.clock.now()),
                     must_change_password=False)
    station = ready_station(tmp / "station", None, issuer, roster_file, package)
    rng = random.Random(17)
    stations = [(f"burst-pc-{n:03d}", SigningKey.generate()) for n in range(STATIONS)]
    lower_pcs = [(f"county-pc-{n:02d}", SigningKey.generate()) for n in range(40)]
    for ctx, pcs in ((upper, stations), (lower, lower_pcs)):
        for device_id, key in pcs:
            request_enrolment(ctx, device_id, key.public_raw())
            approve_device(ctx, device_id)
    burst = make_envelopes(station, STATIONS, rng, devices=stations)
    ingest = Ingest(lower)
    for start in range(0, RELAYED, 500):
        picks = [lower_pcs[rng.randrange(len(lower_pcs))] for _ in range(500)]
        envelopes = make_envelopes(station, 500, rng, devices=picks)
        outcomes = ingest.ingest_many([e.to_bytes() for e in envelopes], "test")
        assert all(o.status is Status.STORED for o in outcomes), outcomes[0]
    station.close()
    # the code as `devices code` prints it: its last four groups name the certificate nginx shows
    return code_with_pin(create_code(upper, kind="server"), server_tls.current(upper.config.instance_dir).fingerprint), \
        list(zip(stations, burst))


def _stored(upper_dir) -> tuple[int, int]:
    ctx = ServerContext.open(Config.from_env(upper_dir))
    try:
        with ctx.sessions() as s:
            return (s.scalar(select(func.count()).select_from(Result)),
                    s.scalar(select(func.count(func.distinct(Result.result_id)))))
    finally:
        ctx.close()


def test_a_burst_of_stations_is_shared_by_both_hosts(two_hosts):
    """300 stations deliver within 5 s through the proxy: every one acknowledged (201), and both hosts
    did the verifying (round robin: about half each)."""
    running, url = two_hosts["hosts"], two_hosts["hosts"].url
    hosts = [psutil.Process(p.pid) for p in running.hosts]
    before = [sum(h.cpu_times()[:2]) for h in hosts]
    statuses: dict[int, int] = {}
    starts = sorted(random.Random(5).uniform(0, 5) for _ in range(STATIONS))
    t0 = time.monotonic()

    def deliver(n: int) -> None:
        (device_id, key), envelope = two_hosts["burst"][n]
        time.sleep(max(0.0, starts[n] - (time.monotonic() - t0)))
        body = envelope.to_bytes()
        path = f"/api/v1/results/{envelope.result_id}"
        with session_for(url, Pins(two_hosts["fingerprint"])) as http_session:
            answer = http_session.put(url + path, data=body, timeout=60, headers={
                "Content-Type": "application/json", **sign_request(key, device_id, "PUT", path, body)})
        statuses[n] = answer.status_code

    threads = [threading.Thread(target=deliver, args=(n,)) for n in range(STATIONS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    used = [sum(h.cpu_times()[:2]) - b for h, b in zip(hosts, before)]
    assert sorted(set(statuses.values())) == [201] and len(statuses) == STATIONS, statuses
    assert min(used) >= 0.3 * max(used), used
    assert _stored(two_hosts["upper_dir"])[0] >= STATIONS


def test_logins_are_limited_per_client_not_per_proxy(two_hosts):
    """Behind the proxy every request comes from nginx's address. The login limit (3 a minute here) holds
    for the client that guessed, and another client logs in: the host takes the client's address from
    X-Forwarded-For (serve --behind-proxy), which nginx sets."""
    host, port = two_hosts["hosts"].url.removeprefix("https://").split(":")
    unverified = ssl._create_unverified_context()   # the address under test, not the pin, matters here

    def login(source: str, password: str) -> int:
        conn = http.client.HTTPSConnection(host, int(port), source_address=(source, 0), context=unverified,
                                           timeout=30)
        try:
            conn.request("POST", "/api/v1/admin/login", json.dumps({"username": "sheng", "password": password}),
                         {"Content-Type": "application/json"})
            return conn.getresponse().status
        finally:
            conn.close()

    guesses = [login("127.0.0.9", f"wrong-{n}") for n in range(LOGINS_PER_MINUTE + 1)]
    assert guesses == [401] * LOGINS_PER_MINUTE + [429], guesses
    assert login("127.0.0.10", "Prov-desk-2026!") == 200


def test_a_relay_finishes_through_the_other_host_when_one_stops(two_hosts):
    """The lower centre relays 20,000 results; a quarter of the way one host is killed (SIGKILL, chunks in
    flight on it). The proxy passes those chunks to the other host (or the relay tries them again), and both
    sides end holding the same results, each stored once."""
    running, lower = two_hosts["hosts"], two_hosts["lower"]
    assert set_upstream(lower, running.url, two_hosts["code"]) == "approved"   # pinned through the proxy
    killer: list[threading.Thread] = []

    def kill_while_verifying() -> None:   # mid-chunk, so that a chunk in flight on it is lost
        host = psutil.Process(running.hosts[0].pid)
        last, deadline = sum(host.cpu_times()[:2]), time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.02)
            now = sum(host.cpu_times()[:2])
            if now - last >= 0.015:
                break
            last = now
        running.kill_host(0)

    def progress(done: int, total: int) -> None:
        if not killer and done >= total // 4:
            killer.append(threading.Thread(target=kill_while_verifying))
            killer[0].start()

    before = _stored(two_hosts["upper_dir"])[0]   # the burst's, when that test ran first
    report = relay(lower, progress)
    killer[0].join(60)
    assert running.hosts[0].poll() is not None
    assert (report.sent + report.already_there, report.refused, report.match) == (RELAYED, [], True)
    assert report.upstream_count == RELAYED
    stored, distinct = _stored(two_hosts["upper_dir"])
    assert stored == distinct == RELAYED + before
    # the kill landed while the proxy had work on that host: nginx passed it on (or the relay tried again)
    assert running.addresses[0] in running.proxy_log(), running.proxy_log()[-2000:]
