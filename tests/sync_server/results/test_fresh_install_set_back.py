"""Case 4 tried by a newcomer (outside round 14 on issue 14): the window had closed; instead of reopening
the app on the same data folder (its time mark refuses), the app was installed afresh on a PC whose clock
was set back into the window. No mark, no pull yet: the result counted. It claims to have begun before its
exam package was made (the package's signed header), which every tier can see: held clock_moved_back.
Stations now refuse such a start themselves (tests/desktop/test_clock_before_package.py); the server's rule is
for a station that does not (an older or altered program), played here by lifting the station's margin."""
from __future__ import annotations

from datetime import datetime, timedelta

from sync_server.exams.packages import import_package
from sync_server.results.ingest import Ingest
from tests.conftest import ready_station, write_package
from tests.factories import CST, FakeClock
from tests.server_fixtures import on_roster, sit_exam, trust
from tests.conftest import LEARNER


def test_a_result_begun_before_its_package_was_made_is_held(server, tmp_path, issuer, roster_file, monkeypatch):
    from sync_server.devices import approve_device, request_enrolment
    monkeypatch.setattr("desktop.services.attempts.life_cycle.MADE_MARGIN", timedelta(days=3650))
    real_now = datetime.now(CST)
    trust(server, issuer)
    package = write_package(tmp_path / "exam.xfp", issuer, recipients=[server.keys.recipient()],
                            start=real_now - timedelta(days=3), days=2, made=real_now)   # closed a day ago, made now
    import_package(server, package.read_bytes())
    on_roster(server, LEARNER[0])
    clock = FakeClock(real_now - timedelta(days=2, hours=12))   # a fresh install on a PC set back
    station = ready_station(tmp_path / "fresh", clock, issuer, roster_file, package)
    try:
        request_enrolment(server, station.keys.device_id, station.keys.device_key.public_raw())
        approve_device(server, station.keys.device_id)   # enrolled once the clock is right again
        sit_exam(station, right=9)
        clock.wall = datetime.now(CST)
        [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in station.outbox.pending_results()], "usb")
        assert outcome.status.value == "stored" and outcome.flags == "clock_moved_back", outcome
    finally:
        station.close()


def test_a_fresh_install_set_back_that_first_meets_the_server_after_the_window_is_told(server, tmp_path, issuer,
                                                                                        roster_file):
    """Outside round 18: the package made a week before its window (as packages are made), so the package-made
    rule cannot see a clock set back into the window. A station that first reaches the server after the
    window closed, with results claiming to have been sat before, cannot be told from an honest one that sat
    offline and brought its results by USB later: the result is stored as it stands, and the administrator
    is told, naming the station, the exam and the results."""
    from sqlalchemy import select

    from sync_server.devices import approve_device, request_enrolment
    from sync_server.models import Alert
    real_now = datetime.now(CST)
    server.clock.wall = real_now
    trust(server, issuer)
    package = write_package(tmp_path / "exam.xfp", issuer, recipients=[server.keys.recipient()],
                            start=real_now - timedelta(days=3), days=2, made=real_now - timedelta(days=10))
    import_package(server, package.read_bytes())
    on_roster(server, LEARNER[0])
    clock = FakeClock(real_now - timedelta(days=2, hours=12))
    station = ready_station(tmp_path / "fresh", clock, issuer, roster_file, package)
    try:
        sit_exam(station, right=9)
        clock.wall = datetime.now(CST)
        request_enrolment(server, station.keys.device_id, station.keys.device_key.public_raw())
        approve_device(server, station.keys.device_id)
        [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in station.outbox.pending_results()], "usb")
        assert outcome.status.value == "stored"
        with server.sessions() as s:
            [alert] = s.scalars(select(Alert).where(Alert.kind == "first_met_after_window")).all()
        assert station.keys.device_id in alert.detail and outcome.result_id in alert.detail, alert.detail
        assert "2026年度学法考试" in alert.said() or "after the window" in alert.said()
    finally:
        station.close()


def test_an_attempt_begun_after_the_package_was_made_is_not_held(server, station_for_server, server_package):
    from sync_server.devices import approve_device, request_enrolment
    import_package(server, server_package.read_bytes())
    on_roster(server, LEARNER[0])
    st = station_for_server
    request_enrolment(server, st.keys.device_id, st.keys.device_key.public_raw())
    approve_device(server, st.keys.device_id)
    sit_exam(st)
    [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in st.outbox.pending_results()], "http")
    assert outcome.status.value == "stored" and outcome.flags == "", outcome
    from sync_server.models import Alert
    with server.sessions() as s:   # enrolled before it sat: nothing to tell
        assert not s.query(Alert).filter_by(kind="first_met_after_window").count()
