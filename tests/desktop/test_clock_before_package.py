"""Issue 14, case 4 on a fresh install (outside round 14): with no time mark yet, a PC whose clock was set
back into the exam's closed window started the exam, and only the servers held the result. The package's
signed header says when it was made: a station whose clock is more than MADE_MARGIN before that refuses to
start, saying what to do; within the margin (the issuer's clock a little ahead) it starts."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.services.attempts.outcomes import AttemptRefused
from desktop.store.models import Attempt
from desktop.ui.messages import attempt_refused
from examcore.package import MADE_MARGIN
from tests.conftest import ready_station, write_package
from tests.factories import CST, FakeClock
from tests.server_fixtures import sit_exam


def _fresh_install(tmp_path, issuer, centre_key, roster_file, set_back: timedelta):
    real_now = datetime.now(CST).replace(microsecond=0)
    package = write_package(tmp_path / "exam.xfp", issuer, centre_key, start=real_now - timedelta(days=3), days=3,
                            made=real_now - timedelta(hours=1))
    return ready_station(tmp_path / "fresh", FakeClock(real_now - set_back), issuer, roster_file, package)


def test_a_clock_set_back_days_before_the_package_was_made_refuses_the_start(tmp_path, issuer, centre_key, roster_file):
    station = _fresh_install(tmp_path, issuer, centre_key, roster_file, set_back=timedelta(days=2))
    try:
        with pytest.raises(AttemptRefused) as refused:
            sit_exam(station)
        assert refused.value.code == "clock_before_package"
        made = datetime.fromisoformat(refused.value.detail)
        assert made.tzinfo is not None
        message = attempt_refused(refused.value.code, detail=refused.value.detail)
        assert made.astimezone().strftime("%Y-%m-%d") in message and "date and time" in message
        with station.sessions() as s:
            assert s.scalar(select(func.count()).select_from(Attempt)) == 0   # nothing begun, nothing to seal
    finally:
        station.close()


def test_a_clock_a_year_back_is_told_to_set_the_date_not_that_the_exam_is_not_open(tmp_path, issuer, centre_key,
                                                                                    roster_file):
    """Outside round 18: a flat CMOS battery (a year back) was told 该考试尚未开始."""
    station = _fresh_install(tmp_path, issuer, centre_key, roster_file, set_back=timedelta(days=365))
    try:
        with pytest.raises(AttemptRefused) as refused:
            sit_exam(station)
        assert refused.value.code == "clock_before_package"
    finally:
        station.close()


def test_a_clock_a_little_behind_the_issuers_still_starts(tmp_path, issuer, centre_key, roster_file):
    station = _fresh_install(tmp_path, issuer, centre_key, roster_file, set_back=MADE_MARGIN - timedelta(hours=2))
    try:
        assert sit_exam(station) is not None
    finally:
        station.close()
