"""The demo data folder `make run` opens: demo learners, a demo exam package, a demo issuer and centre.

Everything here is generated locally on first use; the demo's passwords and start code are printed in
the README because it is a demo. A real station gets its issuer, roster and packages from the exam office.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher

from desktop.resources import resources_dir
from desktop.station import Station
from examcore.banks import load_bank
from examcore.blueprint import GENERAL, LEADER, Blueprint, Section
from examcore.crypto.keys import ResultKey, SigningKey
from examcore.exam import ExamDefinition
from examcore.keyfiles import load_recipient, load_signing_key, save_result_key, save_signing_key
from examcore.package import Recipient, build_package
from examcore.questions import QuestionType as T
from examcore.roster import RosterEntry, roster_bytes

DEMO_START_CODE = "XFDM-2026-K7QM"
DEMO_PROCTOR_PASSWORD = "jiankao2026"
DEMO_LEARNERS = (
    # learner number, name, unit, rank, leader, initial password (must be changed at first login)
    ("1101010010001", "王小明", "示范市司法局", "一级科员", False, "Xuefa-2026"),
    ("1101010010002", "李华", "示范市司法局", "处长", True, "Xuefa-2026"),
    ("1101010010003", "张丽", "示范市人力资源和社会保障局", "四级主任科员", False, "Xuefa-2026"),
)


@dataclass(frozen=True)
class DemoInfo:
    data_dir: Path
    package_path: Path


def demo_exam(now: datetime) -> ExamDefinition:
    """The demo exam, open from the day before ``now`` for a year."""
    return ExamDefinition(
        exam_id="demo-2026", title="2026年度国家工作人员学法用法考试（演示）", duration_minutes=60, pass_mark=60,
        window_start=now - timedelta(days=1), window_end=now + timedelta(days=365),
        blueprints={
            GENERAL: Blueprint((Section(T.SINGLE, 20, 2), Section(T.MULTIPLE, 10, 3), Section(T.TRUE_FALSE, 10, 1),
                                Section(T.FILL_IN, 2, 2), Section(T.SHORT_ANSWER, 1, 6))),
            LEADER: Blueprint((Section(T.SINGLE, 15, 2), Section(T.MULTIPLE, 10, 4), Section(T.TRUE_FALSE, 10, 1),
                               Section(T.FILL_IN, 2, 2), Section(T.SHORT_ANSWER, 1, 6))),
        },
        max_attempts=2, allow_review=True)


def ensure_demo(data_dir: Path) -> DemoInfo:
    """Create the demo folder if it is not there yet; returns where things are."""
    data_dir = Path(data_dir)
    package_path = data_dir / "demo-exam.xfp"
    if package_path.exists():
        return DemoInfo(data_dir, package_path)
    issuer, centre = demo_keys(data_dir)
    station = Station.open(data_dir)
    try:
        station.library.trust_issuer(issuer.public_raw(), "示范省普法办（演示）")
        ph = PasswordHasher()
        station.accounts.import_roster(roster_bytes(
            [RosterEntry(no, name, unit, rank, leader, ph.hash(pw), 1, True, None)
             for no, name, unit, rank, leader, pw in DEMO_LEARNERS], issuer))
        bank = load_bank(resources_dir() / "demo" / "bank.json")
        data = build_package(demo_exam(station.clock.now()), bank.questions, issuer=issuer,
                             issuer_name="示范省普法办（演示）",
                             recipients=[centre],
                             start_code=DEMO_START_CODE, proctor_password=DEMO_PROCTOR_PASSWORD)
        install_demo_study(station, issuer)
        tmp = package_path.with_suffix(".part")
        tmp.write_bytes(data)
        station.library.import_file(tmp)
        tmp.rename(package_path)
    finally:
        station.close()
    return DemoInfo(data_dir, package_path)


# `make run` (./demo-data) and `make demo` (./demo-centre) share one issuer and one centre key, whichever
# is made first, so the station demo's exam is issued to the demo centre's server and its results can be
# delivered there (enrol this station with the demo centre; demo_centre/build.py takes these keys).
DEMO_KEYS = "demo-keys"
DEMO_CENTRE = "demo-centre"


def demo_keys(data_dir: Path) -> tuple[SigningKey, Recipient]:
    """The demo's issuer and the centre its exam is issued to: the demo centre's beside ``data_dir`` if it
    was made first, else new ones kept in ``data_dir``/demo-keys (the centre's private key too, for
    `make demo` to serve with)."""
    centre_folder = data_dir.parent / DEMO_CENTRE
    results_pub = centre_folder / "server" / "server-results.key.pub"
    if (centre_folder / "issuer.key").exists() and results_pub.exists():
        return load_signing_key(centre_folder / "issuer.key")[0], load_recipient(results_pub)
    keys_dir = data_dir / DEMO_KEYS
    keys_dir.mkdir(parents=True, exist_ok=True)
    issuer, centre = SigningKey.generate(), ResultKey.generate()
    save_signing_key(keys_dir / f"issuer-{secrets.token_hex(4)}.key", issuer, "示范省普法办（演示）")
    save_result_key(keys_dir / "centre.key", keys_dir / "centre.key.pub", centre, "示范市考试中心（演示）")
    return issuer, Recipient("示范市考试中心（演示）", centre.public_raw())


def install_demo_study(station: Station, issuer: SigningKey) -> None:
    """The demo's study plan, courses, practice bank and law library (all original demo text)."""
    import json
    from examcore.study.authoring import load_course_sources
    from examcore.study.course import build_course_file, build_plan_file, build_practice_file
    from examcore.study.plan import StudyPlan
    study = resources_dir() / "demo" / "study"
    name = "示范省普法办（演示）"
    files = [build_plan_file(StudyPlan.from_dict(json.loads((study / "plan.json").read_text(encoding="utf-8"))),
                             issuer, name)]
    files += [build_course_file(c, issuer, name) for c in load_course_sources(study / "courses.json")]
    practice = load_bank(study / "practice.json")
    files.append(build_practice_file(practice.name, practice.questions, issuer, name))
    with station.sessions.begin() as s:
        for data in files:
            station.study.store(s, data)
    for statute in sorted((study / "laws").glob("*.txt")):
        station.laws.import_file(statute)
