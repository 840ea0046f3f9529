"""The relay uses every worker of its upstream (issue 17): a province serving with two worker processes
(gunicorn) gets a centre's results over as many connections as it has workers, a new connection per
chunk, so each worker verifies its share (neither worker uses less than half the CPU of the other)."""
from __future__ import annotations

import random

import psutil
import pytest

from examcore.crypto.keys import SigningKey
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.devices import approve_device, create_code, request_enrolment
from sync_server.results.ingest import Ingest
from sync_server.exams.packages import import_package
from sync_server.upstream.relay import connections_for, relay, set_upstream, upstream_client
from tests.conftest import LEARNER, ready_station, write_package
from tests.server_fixtures import make_envelopes, new_instance, on_roster, serve_anywhere, stop_process, trust

RESULTS = 4000   # 20 chunks


@pytest.mark.solo   # CPU shares of two processes: measured with nothing else running
def test_the_relay_spreads_over_the_upstreams_workers(tmp_path, issuer, roster_file):
    folders = {tier: tmp_path / tier for tier in ("province", "centre")}
    keys = {tier: new_instance(folder, tier) for tier, folder in folders.items()}
    package = write_package(tmp_path / "exam.xfp", issuer, recipients=[k.recipient() for k in keys.values()])
    ctx = {tier: ServerContext.open(Config(folder)) for tier, folder in folders.items()}
    for server in ctx.values():
        trust(server, issuer)
        import_package(server, package.read_bytes())
        on_roster(server, LEARNER[0])
    station = ready_station(tmp_path / "station", None, issuer, roster_file, package)
    device = ("room1-pc-01", SigningKey.generate())
    request_enrolment(ctx["centre"], *[device[0], device[1].public_raw()])
    approve_device(ctx["centre"], device[0])
    envelopes = make_envelopes(station, RESULTS, random.Random(3), devices=[device] * RESULTS)
    station.close()
    ingest = Ingest(ctx["centre"])
    for start in range(0, RESULTS, 200):
        ingest.ingest_many([e.to_bytes() for e in envelopes[start:start + 200]], "test")
    code = create_code(ctx["province"], kind="server")
    ctx["province"].close()

    proc, url = serve_anywhere(folders["province"], extra=("--workers", "2"))
    try:
        assert set_upstream(ctx["centre"], url, code) == "approved"
        assert connections_for(ctx["centre"], upstream_client(ctx["centre"])) == 2   # one per worker
        workers = psutil.Process(proc.pid).children()
        assert len(workers) == 2
        before = [w.cpu_times() for w in workers]
        report = relay(ctx["centre"])
        used = [sum(after[:2]) - sum(start[:2]) for after, start in zip((w.cpu_times() for w in workers), before)]
    finally:
        stop_process(proc)
        ctx["centre"].close()
    assert (report.sent, report.refused, report.match) == (RESULTS, [], True)
    # each worker did its share (measured: 5.07 s and 5.08 s; with the kept-alive connections before,
    # 12.1 s and 0.15 s: 1 %). Which worker accepts each of the 20 chunks is the kernel's choice, close to a
    # coin flip per chunk: CI runs measured 4.86 / 7.56 s and 3.42 / 7.87 s (0.43, which failed a bar of
    # one half). A fifth is 3 chunks of 20 or fewer for either worker, about once in 400 fair runs, and still
    # twenty times what the defect left the idle worker.
    assert min(used) >= 0.2 * max(used), used
