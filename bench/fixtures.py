"""What the benchmarks run on: a station folder with a large real package (built here, not shipped)."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from argon2 import PasswordHasher

from desktop.station import Station
from examcore.blueprint import GENERAL, Blueprint, Section
from examcore.crypto.keys import ResultKey, SigningKey
from examcore.exam import ExamDefinition
from examcore.package import Recipient, build_package
from examcore.questions import FALSE, TRUE, Option, Question, QuestionType
from examcore.roster import RosterEntry, roster_bytes

START_CODE = "BENC-H000-0001"
LEARNER = ("9000000000001", "Bench-pass1")
CATEGORIES = ("宪法", "行政法", "民法典", "公职人员纪律")


def big_pool(n: int = 2000, seed: int = 1) -> list[Question]:
    """n questions shaped like a real bank: mostly choice, realistic Chinese text lengths."""
    rng = random.Random(seed)
    text = "国家工作人员应当依法履行职责，自觉接受监督，维护宪法和法律的尊严与权威"
    pool = []
    for i in range(n):
        cat = CATEGORIES[i % 4]
        stem = f"{i}. " + text[: rng.randrange(20, len(text))] + "，下列说法正确的是（　）。"
        opts = tuple(Option(k, text[: rng.randrange(8, 30)] + k) for k in "ABCD")
        kind = i % 10
        if kind < 5:
            q = Question(f"b{i}", QuestionType.SINGLE, stem, opts, (rng.choice("ABCD"),), cat, explanation=text)
        elif kind < 8:
            q = Question(f"b{i}", QuestionType.MULTIPLE, stem, opts, ("A", "C"), cat, explanation=text)
        else:
            q = Question(f"b{i}", QuestionType.TRUE_FALSE, stem, (), (rng.choice((TRUE, FALSE)),), cat)
        pool.append(q)
    return pool


def bench_exam() -> ExamDefinition:
    now = datetime.now(timezone.utc)
    return ExamDefinition("bench", "基准测试考试", 120, 60, now - timedelta(days=1), now + timedelta(days=30),
                          {GENERAL: Blueprint((Section(QuestionType.SINGLE, 25, 2), Section(QuestionType.MULTIPLE, 10, 2),
                                               Section(QuestionType.TRUE_FALSE, 15, 2)))})


def make_station(folder: Path, pool_size: int = 2000) -> Path:
    """A station folder with a trusted issuer, one learner and a pool_size-item package imported."""
    issuer, centre = SigningKey.generate(), ResultKey.generate()
    ph = PasswordHasher()
    folder.mkdir(parents=True, exist_ok=True)
    package = folder / "bench.xfp"
    package.write_bytes(build_package(bench_exam(), big_pool(pool_size), issuer=issuer, issuer_name="bench",
                                      recipients=[Recipient("centre", centre.public_raw())], start_code=START_CODE,
                                      proctor_password="proctor-bench-2026"))
    station = Station.open(folder / "station")
    station.library.trust_issuer(issuer.public_raw(), "bench")
    station.accounts.import_roster(roster_bytes(
        [RosterEntry(LEARNER[0], "基准", "单位", "科员", False, ph.hash(LEARNER[1]), 1, False, None)], issuer))
    station.library.import_file(package)
    station.close()
    return folder / "station"
