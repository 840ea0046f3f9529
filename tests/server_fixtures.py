"""Server fixtures shared by tests/sync_server and tests/faults: a real server instance folder (SQLite, and
PostgreSQL when XUEFA_TEST_DATABASE_URL is set) and a real station whose package names that server."""
from __future__ import annotations

import contextlib
import os
import uuid

import pytest
from argon2 import PasswordHasher

from desktop.station import Station
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.keys import create_keys
from tests.conftest import LEARNER, START_CODE, ready_station, write_package
from tests.factories import FakeClock


DATABASES = ["sqlite"] + (["postgresql"] if os.environ.get("XUEFA_TEST_DATABASE_URL") else [])


@pytest.fixture(params=DATABASES)
def database_url(request):
    """SQLite always; PostgreSQL too when XUEFA_TEST_DATABASE_URL names a server (CI starts one)."""
    if request.param == "sqlite":
        yield ""
        return
    with postgres_database(os.environ["XUEFA_TEST_DATABASE_URL"]) as url:
        yield url


@contextlib.contextmanager
def postgres_database(server_url: str, prefix: str = "xuefa_t"):
    """A new empty database on the PostgreSQL server ``server_url`` names, dropped afterwards; yields its
    URL (for the tests' fixtures and the benchmarks)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url
    admin_url = make_url(server_url)
    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        try:
            _drop_database(admin, name)
        finally:
            admin.dispose()  # a leaked pooled connection would warn in whichever later test collects it


def _drop_database(admin, name: str) -> None:
    """Drop a test database; an autovacuum worker (another role's backend, which FORCE may not end
    without pg_signal_backend) can hold it for a moment, so wait for it instead of failing the test."""
    import time
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError
    for attempt in range(50):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 49:
                raise
            time.sleep(0.2)


def new_instance(folder, name: str, database_url: str = ""):
    """A server instance folder as `xuefa-server init` leaves it: keys, config.json and a migrated
    database (a folder with keys but no database is refused: sync_server/config.py check_usable).
    Returns its ServerKeys."""
    config = Config(folder, database_url)
    keys = create_keys(config.instance_dir, name)
    config.save()  # CLI processes in the tests find the same database
    ServerContext.open(config).close()
    return keys


@pytest.fixture
def server_config(tmp_path, database_url) -> Config:
    config = Config(tmp_path / "server", database_url)
    new_instance(config.instance_dir, "示范市考试中心", database_url)
    return config


@pytest.fixture
def server(server_config):
    ctx = ServerContext.open(server_config, FakeClock())
    yield ctx
    ctx.close()


def trust(ctx: ServerContext, issuer) -> None:
    """The server's administrator trusts the suite's package issuer (xuefa-server trust-issuer)."""
    from examcore.clock import utc_naive
    from sync_server.directory.service import trust_issuer
    with ctx.sessions.begin() as s:
        trust_issuer(s, issuer.public_raw(), "示范出题单位", utc_naive(ctx.clock.now()))


@pytest.fixture
def server_package(tmp_path, issuer, server):
    trust(server, issuer)
    return write_package(tmp_path / "exam-for-server.xfp", issuer, recipients=[server.keys.recipient()])


@pytest.fixture
def station_for_server(tmp_path, clock, issuer, roster_file, server_package):
    st = ready_station(tmp_path / "station", clock, issuer, roster_file, server_package)
    yield st
    st.close()


# argon2id at its lowest cost, for set-up only: the verifier of a one-time password no test ever types
# (the real cost is ~0.2 s a learner, which made a roster of hundreds the slowest part of a test)
SETUP_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def on_roster(ctx: ServerContext, *learner_nos: str, unit_id: str = "R0") -> None:
    """The server's roster holds these learners (in ``unit_id``, made if missing): a result is accepted
    only for a learner the server knows (sync_server/results/acceptance.py, learner_outside_unit)."""
    from examcore.clock import utc_naive
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    from sync_server.models import Learner, Unit
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        if s.get(Unit, unit_id) is None:
            put_unit(s, unit_id, "测试单位", "unit", None, now)
        for no in learner_nos:
            if s.get(Learner, no) is None:   # no test logs in with these one-time passwords: a cheap verifier
                put_learner(s, no, LearnerFields("考生" + no[-4:], unit_id), now, SETUP_HASHER)


def room_station(ctx: ServerContext, device_id: str, room: str | None = "第一考场", unit_id: str | None = None):
    """A station enrolled and approved here as a PC of exam ``room`` (sittings take check-ins only from
    their room's stations), serving ``unit_id``'s subtree. Returns its identity for a SyncClient."""
    from sync_server.keys import UpstreamIdentity
    from examcore.crypto.keys import SigningKey
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.models import Device
    key = SigningKey.generate()
    request_enrolment(ctx, device_id, key.public_raw(), f"{room} PC")
    approve_device(ctx, device_id, unit_id=unit_id)
    with ctx.sessions.begin() as s:
        s.get(Device, device_id).room = room
    return UpstreamIdentity(device_id, key)


def sit_exam(station: Station, right: int = 3, who=LEARNER):
    """A learner sits the exam on the station: the first ``right`` questions answered rightly."""
    learner = station.accounts.login(*who).learner
    pkg = station.library.listings(who[0])[0].package_id
    attempt = station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE))
    for item in attempt.paper.items[:right]:
        q = attempt.unlocked.content.questions[item.question_id]
        attempt.save_answer(q.id, q.answer if q.type.value != "fill_in" else ("宪法",))
    return attempt.submit()


def free_port() -> int:
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def live_server(server_config, server):
    """`xuefa-server serve` as a real process on loopback, on the same instance folder as ``server``."""
    proc, url = serve_anywhere(server_config.instance_dir)
    yield url
    stop_process(proc)


_opened: dict[tuple[str, str], object] = {}


def serve_anywhere(instance, tls: bool = False, extra: tuple[str, ...] = ()):
    """serve_process on a free loopback port, another one if a parallel test's server took it first."""
    for attempt in range(3):
        try:
            return serve_process(instance, free_port(), tls=tls, extra=extra)
        except RuntimeError:
            if attempt == 2:
                raise


def serve_process(instance, port: int, tls: bool = False, extra: tuple[str, ...] = (), host: str = "127.0.0.1"):
    """`xuefa-server serve` on a loopback ``host`` as a real process, plain HTTP or (``tls``) HTTPS with the
    instance's certificate; returns (process, url) once it answers (through a client pinned to that
    certificate)."""
    import subprocess
    import sys
    import time
    from pathlib import Path

    import requests

    from examcore.tls_pin import Pins, session_for
    from sync_server import tls as server_tls
    import tempfile
    root = Path(__file__).resolve().parents[1]
    log = tempfile.TemporaryFile()   # not a pipe: a chatty server must never block on a full one
    proc = subprocess.Popen([sys.executable, "-m", "sync_server.cli", "--instance", str(instance), "serve",
                             "--host", host, "--port", str(port), *(["--tls"] if tls else []), *extra], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=log)
    proc.log = log
    url = f"{'https' if tls else 'http'}://{host}:{port}"
    from sync_server.keys import load_keys
    ours = load_keys(Path(instance)).server_id
    deadline = time.monotonic() + 30
    while True:
        try:
            files = server_tls.current(Path(instance)) if tls else None
            if (tls and files is None) and proc.poll() is None:
                raise requests.ConnectionError("no certificate yet")
            http = session_for(url, Pins(files.fingerprint) if files else None)
            with http:
                answer = http.get(url + "/api/v1/health", timeout=1)
                # this instance's server, not another test's on a port both were handed (parallel workers:
                # a station then enrolled with the other server, whose database had no such code)
                if answer.status_code == 200 and answer.json().get("server_id") == ours:
                    return proc, url
        except requests.RequestException:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            proc.wait(10)
            log.seek(0)
            raise RuntimeError(f"server did not start: {log.read().decode(errors='replace')}")
        time.sleep(0.1)


def stop_process(proc) -> None:
    proc.terminate()
    proc.wait(10)
    proc.log.close()


@pytest.fixture
def tls_server(server_config, server):
    """`xuefa-server serve --tls` on loopback, on the same instance folder as ``server``: its https URL."""
    from sync_server.tls import create
    create(server_config.instance_dir, server.keys.name)
    proc, url = serve_anywhere(server_config.instance_dir, tls=True)
    yield url
    stop_process(proc)


def make_envelopes(station: Station, count: int, rng, start_code: str = START_CODE,
                   learner_no: str = LEARNER[0], devices: list | None = None, choose=None,
                   package_id: str | None = None, learners: list[str] | None = None,
                   attempt_id: str | None = None) -> list:
    """``count`` real sealed results from this station's device, as if that many attempts were sat on it
    (or, with ``devices`` = [(device_id, SigningKey)], result n from device n, as from many stations).
    ``learners``: result n is of learner n (then give ``package_id``); else all are of ``learner_no``.
    ``choose(n, question)`` picks result n's answer (option keys, or None for no answer); default random.
    ``attempt_id``: every result is of this one attempt (a station that sealed an attempt again).

    Built directly (seed, paper, answer events, seal) so a test can have hundreds without driving hundreds
    of exams; the server checks them exactly as it checks a real attempt's."""
    from datetime import datetime, timezone

    from examcore.chain import Chain, EventKind
    from examcore.grading import grade_paper
    from examcore.sealed import ResultPayload, seal_result
    pkg_id = package_id or station.library.listings(learner_no)[0].package_id
    parsed = station.library.load(pkg_id)
    if (pkg_id, start_code) not in _opened:   # the start code's KDF is slow on purpose: once per package
        _opened[(pkg_id, start_code)] = parsed.open_body(parsed.unwrap_with_start_code(start_code))
    content = _opened[(pkg_id, start_code)]
    out = []
    wall = datetime.now(timezone.utc).isoformat()   # inside the test exam's window (it began yesterday)
    for n in range(count):
        seed = rng.randbytes(16)
        attempt = attempt_id or str(uuid.uuid4())   # every attempt its own, as on a station
        paper = content.draw("general", seed)
        chain = Chain(attempt)
        chain.append(chain.next_event(EventKind.STARTED, 0, wall, {}))
        for i, item in enumerate(paper.items):
            q = content.questions[item.question_id]
            if not q.options:
                continue
            response = choose(n, q) if choose else [rng.choice([o.key for o in q.options])]
            if response:  # choose() may leave a question unanswered
                chain.append(chain.next_event(EventKind.ANSWER, 1000 * i, wall, {"q": q.id, "r": list(response)}))
        grade = grade_paper(paper, content.questions, {e.data["q"]: tuple(e.data["r"]) for e in chain.events
                                                       if e.kind == EventKind.ANSWER}, content.exam.pass_mark)
        chain.append(chain.next_event(EventKind.SUBMITTED, 60_000, wall, {}))
        out.append(seal_result(ResultPayload(attempt, seed, "general", paper.to_list(), chain.events),
                               exam_id=content.exam.exam_id, package_id=pkg_id,
                               learner_no=learners[n] if learners else learner_no,
                               sitting_id=None, station_score=grade.score_text, outcome=grade.outcome.value,
                               submitted_at=datetime.now(timezone.utc).isoformat(),
                               recipients=parsed.header.recipients,
                               device_key=devices[n][1] if devices else station.keys.device_key,
                               device_id=devices[n][0] if devices else station.keys.device_id))
    return out


def centre_and_province(tmp_path, issuer, opened: dict, centres: tuple[str, ...] = ("centre",)):
    """A province and a centre (server contexts on fake clocks, put into ``opened`` as they open, for the
    caller to close), each trusting ``issuer`` and holding the same exam package (for both) and units
    (P › U1) with learner LEARNER in U1; ``centres``: the centres' names (several: each alike). Returns the
    package file."""
    from examcore.clock import utc_naive
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    from sync_server.exams.packages import import_package
    keys = {name: new_instance(tmp_path / name, name) for name in ("province", *centres)}
    package = write_package(tmp_path / "exam.xfp", issuer, recipients=[k.recipient() for k in keys.values()])
    for name in keys:
        config = Config(tmp_path / name)
        config.save()
        ctx = opened[name] = ServerContext.open(config, FakeClock())
        trust(ctx, issuer)
        import_package(ctx, package.read_bytes())
        now = utc_naive(ctx.clock.now())
        with ctx.sessions.begin() as s:
            put_unit(s, "P", "示范省", "province", None, now)
            put_unit(s, "U1", "甲单位", "unit", "P", now)
            put_learner(s, LEARNER[0], LearnerFields("李四", "U1"), now)
    return package


def province_with_two_centres(tmp_path, issuer, roster_file, opened: dict, seal):
    """centre_and_province with centres c1 and c2, each enrolled at the province as a lower server of P, and
    one station of U1 enrolled at both; ``seal(station)`` makes what the test delivers before the station
    closes. Returns ({"c1": id at the province, "c2": …}, the station's id, what ``seal`` returned)."""
    return _centres_with_station(tmp_path, issuer, roster_file, opened, ("c1", "c2"), seal)


def _centres_with_station(tmp_path, issuer, roster_file, opened: dict, centres: tuple[str, ...], seal):
    """centre_and_province with ``centres``, a station of U1 enrolled at each, ``seal(station)`` run before it
    closes, and each centre enrolled at the province as a lower server of P (named after it). Returns
    ({centre: its id at the province}, the station's id, what ``seal`` returned)."""
    from sync_server.devices import approve_device, request_enrolment
    from sync_server.identity import identity
    package = centre_and_province(tmp_path, issuer, opened, centres)
    st = ready_station(tmp_path / "station", None, issuer, roster_file, package)
    try:
        for name in centres:
            request_enrolment(opened[name], st.keys.device_id, st.keys.device_key.public_raw())
            approve_device(opened[name], st.keys.device_id, unit_id="U1")
        sealed, station_id = seal(st), st.keys.device_id
    finally:
        st.close()
    ups = {}
    for name in centres:
        me = identity(opened[name])
        request_enrolment(opened["province"], me.device_id, me.device_key.public_raw(),
                          "第一考点" if name == "centre" else name)
        approve_device(opened["province"], me.device_id, unit_id="P")
        ups[name] = me.device_id
    return ups, station_id, sealed


def announce_for(centre: ServerContext, station_id: str, attempt_id: str) -> None:
    """The station tells the centre at a pull that it has attempt ``attempt_id`` of LEARNER under way (as
    api/feed.py takes it: kept, and holding what it puts over the allowance)."""
    from sqlalchemy import select

    from examcore.clock import utc_naive
    from sync_server.models import Device, Package
    from sync_server.results.announced import announce
    from sync_server.results.counted import hold_announced
    with centre.sessions.begin() as s:
        package_id = s.scalar(select(Package.package_id))
        using = announce(s, s.get(Device, station_id), [f"{attempt_id} {LEARNER[0]} {package_id}"],
                         utc_naive(centre.clock.now()))
        hold_announced(s, using, utc_naive(centre.clock.now()), station_id)


def tiers_with_station(tmp_path, issuer, roster_file, opened: dict, results: int, seed: int):
    """centre_and_province, a station of U1 enrolled at the centre, ``results`` sealed results of its learner
    (not yet delivered) and the centre enrolled at the province as a lower server of P. Returns (centre,
    province, envelopes, the station's id, the centre's id at the province)."""
    import random
    ups, station_id, envelopes = _centres_with_station(tmp_path, issuer, roster_file, opened, ("centre",),
                                                       lambda st: make_envelopes(st, results, random.Random(seed)))
    return opened["centre"], opened["province"], envelopes, station_id, ups["centre"]


def relay_as_acknowledged(centre: ServerContext, province: ServerContext, ids: list[str], upstream_id: str) -> None:
    """The centre's results ``ids`` taken at the province as the relay sends them (with what the centre held
    them for), and marked confirmed at the centre, as the relay does once the upstream answered."""
    from sqlalchemy import select

    from examcore.clock import utc_naive
    from sync_server.models import Result
    from sync_server.results.ingest import Ingest
    from sync_server.upstream.relay import _items
    for item in _items(centre, ids):
        Ingest(province).ingest_many([item["envelope"].encode()], "relay", relayed_by=upstream_id,
                                     certificates=[[item["certificate"], *item["via"]]], held_below=[item["flags"]])
    with centre.sessions.begin() as s:
        for row in s.scalars(select(Result).where(Result.result_id.in_(ids))):
            row.upstream_ack_at = utc_naive(centre.clock.now())


def annual_exam(ctx: ServerContext):
    """A server with a bank 题库 of ten single-choice questions, units P > A and learner a2 of A, and the
    definition of an exam of five of them (one attempt, open since yesterday for 30 days): for tests that
    build exams, make-ups and exams built again."""
    from datetime import datetime, timedelta, timezone

    from examcore.banks import ImportReport
    from examcore.blueprint import GENERAL, Blueprint, Section
    from examcore.clock import utc_naive
    from examcore.exam import ExamDefinition
    from examcore.questions import QuestionType
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    from sync_server.exams.question_bank import import_questions
    from tests.factories import make_pool
    now = utc_naive(ctx.clock.now())
    with ctx.sessions.begin() as s:
        import_questions(s, [ImportReport("pool", questions=make_pool(10))], "题库", "test", now)
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "A", "甲局", "unit", "P", now)
        put_learner(s, "a2", LearnerFields("a2", "A"), now)
    start = datetime.now(timezone.utc) - timedelta(days=1)
    return ExamDefinition("2026-annual", "2026年度学法考试", 60, 3, start, start + timedelta(days=30),
                          {GENERAL: Blueprint((Section(QuestionType.SINGLE, 5, 1),))})
