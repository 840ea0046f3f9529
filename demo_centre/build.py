"""Making the demo centre's folders: the server instance, then (with the server running) its stations."""
from __future__ import annotations

import dataclasses
import os
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.demo import (DEMO_KEYS, DEMO_LEARNERS, DEMO_PROCTOR_PASSWORD, DEMO_START_CODE, demo_exam,
                          install_demo_study)
from desktop.resources import resources_dir
from desktop.services.sync_steps import run_sync
from desktop.station import DB_NAME, Station
from examcore.banks import load_bank
from examcore.cli_text import cli_tr
from examcore.clock import utc_naive
from examcore.credentials import reset_version
from examcore.crypto.keys import ResultKey, SigningKey
from examcore.exam import CheckMode, LockdownPolicy
from examcore.keyfiles import load_result_key, load_signing_key, save_result_key, save_signing_key
from examcore.package import Recipient, build_package
from sync_server.admins import create_admin
from sync_server.cli_common import code_with_pin
from sync_server.config import CONFIG_FILE, Config
from sync_server.context import ServerContext
from sync_server.devices import create_code
from sync_server import changes
from sync_server.directory.service import LearnerFields, learner_body, put_learner, put_unit, trust_issuer
from sync_server.exams.packages import import_package
from sync_server.keys import RESULTS, create_keys, load_keys
from sync_server.models import Learner, Package, Sitting, SittingSeat
from sync_server.sittings.service import attempts_left, close, create_sitting, mark_missing, set_start_code, start
from sync_server.tls import create as create_tls, current as current_tls

CENTRE_NAME = "示范市考试中心（演示）"
ISSUER_NAME = "示范省普法办（演示）"
ROOM = "第一考场"
STATIONS = (f"{ROOM}-01", f"{ROOM}-02")
PROCTOR_PC = "监考机"
ADMIN = ("zhongxin", "Kaodian-Guanli-2026")     # centre administrator (desktop admin window)
PROCTOR = ("jiankao", "Kaochang-Shiyan-2026")      # proctor account (the console)
UNITS = (("C1", CENTRE_NAME, "city", None), ("U1", "示范市司法局", "unit", "C1"),
         ("U2", "示范市人力资源和社会保障局", "unit", "C1"))
UNIT_OF = {"示范市司法局": "U1", "示范市人力资源和社会保障局": "U2"}
SITTING_LEAD = timedelta(minutes=10)   # today's sitting starts this long after the demo is opened


@dataclass(frozen=True)
class DemoCentre:
    folder: Path

    @property
    def server(self) -> Path:
        return self.folder / "server"

    def station(self, name: str) -> Path:
        return self.folder / name

    @property
    def issuer_file(self) -> Path:
        return self.folder / "issuer.key"


def centre_exam(now: datetime):
    """The station demo's exam, issued to this centre. Its lockdown rules warn rather than hand in, so a
    developer may click between the demo's windows (`xuefa --windowed` opens it in a window)."""
    warn = CheckMode.WARN
    return dataclasses.replace(demo_exam(now), exam_id="demo-centre-2026", title="2026年度学法考试（演示考点）",
                               lockdown=LockdownPolicy(focus_mode=warn, away_mode=warn, screens_mode=warn,
                                                       remote_mode=warn, vm_mode=warn))


class DemoBroken(Exception):
    """The demo folder is there but cannot be used; the message says what to do."""


def build_server(demo: DemoCentre) -> bool:
    """The server instance with its units, roster, accounts, trusted issuer and exam; False when it is
    there already. Made in server.part and renamed when complete, so a run stopped halfway leaves nothing
    a later run would take for a server (it makes it again)."""
    if (demo.server / CONFIG_FILE).exists():
        ctx = ServerContext.open(Config(demo.server))
        try:
            with ctx.sessions() as s:
                complete = s.scalars(select(Package.package_id)).first() is not None
        finally:
            ctx.close()
        if not complete:
            raise DemoBroken(cli_tr("the demo server in {server} is damaged (it holds no exam): delete {folder} and "
                                    "run again").format(server=demo.server, folder=demo.folder))
        return False
    part = demo.server.with_name("server.part")
    if part.exists():
        shutil.rmtree(part)   # a build stopped halfway: ours, and never used
    part.mkdir(parents=True)
    station_demo = demo.folder.parent / "demo-data"   # `make run`'s, if made first: its keys are taken
    shared = _station_demo_keys(station_demo / DEMO_KEYS)
    issuer = shared[0] if shared else SigningKey.generate()
    save_signing_key(part / "issuer.key", issuer, ISSUER_NAME)
    keys = create_keys(part, CENTRE_NAME)
    if shared:   # the station demo's exam was issued to this key: the server opens its results
        for made in (part / RESULTS, part / (RESULTS + ".pub")):   # the new server's own, never used
            made.unlink()
        save_result_key(part / RESULTS, part / (RESULTS + ".pub"), shared[1], CENTRE_NAME)
        keys = load_keys(part)
    create_tls(part, CENTRE_NAME)
    config = Config(part)
    config.save()
    ctx = ServerContext.open(config)   # makes and migrates the database
    try:
        now = utc_naive(ctx.clock.now())
        ph = PasswordHasher()
        with ctx.sessions.begin() as s:
            trust_issuer(s, issuer.public_raw(), ISSUER_NAME, now)
            for unit_id, name, level, parent in UNITS:
                put_unit(s, unit_id, name, level, parent, now)
            for no, name, unit, rank, leader, password in DEMO_LEARNERS:
                row, _one_time = put_learner(s, no, LearnerFields(name, UNIT_OF[unit], rank, leader), now)
                # the demo's printed initial password instead of a random one, handed down as a reset is
                row.password_hash = ph.hash(password)
                row.password_version = reset_version(row.password_version)
                s.flush()
                changes.record(s, "learner", no, learner_body(s, row), now, unit_id=row.unit_id)   # supersedes
            create_admin(s, ADMIN[0], ADMIN[1], "centre_admin", "C1", now, "王主任（演示）",
                         must_change_password=False)
            create_admin(s, PROCTOR[0], PROCTOR[1], "proctor", "C1", now, "赵监考（演示）",
                         must_change_password=False)
        bank = load_bank(resources_dir() / "demo" / "bank.json")
        package = build_package(centre_exam(ctx.clock.now()), bank.questions, issuer=issuer, issuer_name=ISSUER_NAME,
                                recipients=[Recipient(CENTRE_NAME, keys.results.public_raw())],
                                start_code=DEMO_START_CODE, proctor_password=DEMO_PROCTOR_PASSWORD)
        import_package(ctx, package)
        if shared and (station_demo / "demo-exam.xfp").exists():   # the station demo's exam, known here too
            import_package(ctx, (station_demo / "demo-exam.xfp").read_bytes())
    finally:
        ctx.close()
    os.replace(part / "issuer.key", demo.issuer_file)
    (demo.folder / "demo-exam.xfp").write_bytes(package)   # for the USB road: `xuefa import-package`
    part.rename(demo.server)
    return True


def _station_demo_keys(keys_dir: Path) -> tuple[SigningKey, ResultKey] | None:
    """The issuer and centre key `make run` made (desktop/demo.py: demo_keys), if it was run first here."""
    issuers = sorted(keys_dir.glob("issuer-*.key"))
    if not issuers or not (keys_dir / "centre.key").exists():
        return None
    return load_signing_key(issuers[0])[0], load_result_key(keys_dir / "centre.key")


def seat_today(demo: DemoCentre) -> Sitting | None:
    """Today's sitting in the room; a new one starting in ten minutes when today has none still open,
    seating every demo learner with an attempt left (A01 …). A sitting of an earlier day still open is
    ended first as its proctor would end it (started, the absent recorded missing, closed), each step in
    its log. None when no learner has an attempt left."""
    ctx = ServerContext.open(Config(demo.server))
    try:
        now = ctx.clock.now()
        stamp = utc_naive(now)
        day_start = utc_naive(now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0))
        with ctx.sessions.begin() as s:
            today = s.scalars(select(Sitting).where(Sitting.starts_at >= day_start, Sitting.state != "closed")
                              .order_by(Sitting.starts_at.desc())).first()
            if today is not None:
                s.expunge(today)
                return today
            for earlier in s.scalars(select(Sitting).where(Sitting.starts_at < day_start,
                                                           Sitting.state != "closed")).all():
                _end_as_a_proctor_would(s, earlier.sitting_id, stamp)
            package_id = s.scalars(select(Package.package_id)).one()
            learners = s.scalars(select(Learner.learner_no).order_by(Learner.learner_no)).all()
            left = attempts_left(s, package_id, list(learners))
            seats = [(no, f"A{n:02d}") for n, no in enumerate(learners, start=1) if left[no] > 0]
            if not seats:
                return None
            sitting = create_sitting(s, package_id, ROOM, (now + SITTING_LEAD).astimezone(timezone.utc), seats,
                                     "demo", stamp)
            set_start_code(ctx, s, sitting.sitting_id, DEMO_START_CODE, "demo", stamp)
            s.flush()
            s.expunge(sitting)
            return sitting
    finally:
        ctx.close()


def _end_as_a_proctor_would(s, sitting_id: str, now: datetime) -> None:
    sitting = s.get(Sitting, sitting_id)
    if sitting.state == "scheduled":
        start(s, sitting_id, "demo", now)
    for seat in s.scalars(select(SittingSeat).where(SittingSeat.sitting_id == sitting_id,
                                                    SittingSeat.state == "not_logged_in")).all():
        mark_missing(s, sitting_id, seat.learner_no, "演示：未参加", "demo", now)
    if s.get(Sitting, sitting_id).state not in ("closing", "closed"):
        close(s, sitting_id, "demo", now)


def enrolment_code(demo: DemoCentre, room: str | None) -> str:
    """A one-time code as `xuefa-server devices code` hands it out: the code, then the certificate's pin."""
    ctx = ServerContext.open(Config(demo.server))
    try:
        code = create_code(ctx, hours=1, unit_id="C1", room=room)   # serves the whole centre's roster
    finally:
        ctx.close()
    tls = current_tls(demo.server)
    assert tls is not None
    return code_with_pin(code, tls.fingerprint)


def build_station(demo: DemoCentre, name: str, url: str) -> bool:
    """A station enrolled with the running server (a PC of the room unless it is the proctor's), synced
    (roster, issuer, exam) and given the demo's study content; False when it is there already."""
    folder = demo.station(name)
    if (folder / DB_NAME).exists():
        return False
    part = folder.with_name(name + ".part")   # enrolled and synced, or not there at all (see build_server)
    if part.exists():
        shutil.rmtree(part)
    station = Station.open(part)
    try:
        station.enrolment.enrol(url, name, enrolment_code(demo, None if name == PROCTOR_PC else ROOM))
        report = run_sync(station.upward, station.downward, station.link.client())
        if not (report.deliver.done and report.pull.done):
            raise DemoBroken(cli_tr("its first sync failed ({code})").format(
                code=report.pull.code or report.deliver.code))
        install_demo_study(station, load_signing_key(demo.issuer_file)[0])
    finally:
        station.close()
    part.rename(folder)
    return True

