"""Downward content over real HTTP: a fresh station enrolled for one unit takes its part of the roster,
the trusted issuer, the package and the policy, works offline from that cache, and follows resets and
revocations. Pages that do not verify change nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.services.accounts import LoginStatus
from desktop.station import Station
from desktop.store.models import Learner, Setting, TrustedIssuer, Unit
from examcore import canonical
from examcore.clock import utc_naive
from examcore.crypto.keys import SigningKey
from examcore.sync_client import SyncClient, SyncError
from sync_server.devices import create_code
from sync_server.directory.service import (LearnerFields, distrust_issuer, put_learner, put_unit, revoke,
                                   set_policy)
from sync_server.exams.packages import import_package
from sync_server.models import Alert, TrustedIssuer as ServerIssuer
from sync_server.directory.password_resets import reset_password

pytestmark = pytest.mark.usefixtures("live_server")


@pytest.fixture
def directory(server, server_package):
    """Province P > units A and B; one learner in each; the package; a policy."""
    import_package(server, server_package.read_bytes())
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "A", "甲单位", "unit", "P", now)
        put_unit(s, "B", "乙单位", "unit", "P", now)
        _, a_password = put_learner(s, "200000001", LearnerFields("赵一", "A", "科员"), now)
        put_learner(s, "200000002", LearnerFields("钱二", "B"), now)
        set_policy(s, "sync_interval_seconds", 45, now)
    return a_password


@pytest.fixture
def fresh_station(tmp_path, clock, server, live_server, directory):
    station = Station.open(tmp_path / "fresh", clock)
    station.enrolment.enrol(live_server, "甲单位 01", create_code(server, unit_id="A"))
    yield station
    station.close()


def _pull(station: Station, url: str):
    return station.downward.pull(SyncClient(url, station.keys))


def test_a_station_takes_its_units_roster_issuer_package_and_policy(fresh_station, live_server, directory):
    got = _pull(fresh_station, live_server)
    assert got.learners == 1 and got.new_packages == 1 and got.skipped == []
    with fresh_station.sessions() as s:
        assert [u.unit_id for u in s.scalars(select(Unit))] == ["A"]  # its subtree only
        assert [r.learner_no for r in s.scalars(select(Learner))] == ["200000001"]
        assert s.scalar(select(TrustedIssuer.name)) == "示范出题单位"
        assert s.get(Learner, "200000001").unit == "甲单位"
    assert fresh_station.downward.policy() == {"sync_interval_seconds": 45}
    # offline from here on: the learner logs in with the slip's one-time password and must change it
    login = fresh_station.accounts.login("200000001", directory)
    assert login.status is LoginStatus.MUST_CHANGE and login.learner.name == "赵一"
    assert fresh_station.accounts.login("200000002", "anything-1").status is LoginStatus.WRONG
    assert [x.title for x in fresh_station.library.listings("200000001")] != []
    assert _pull(fresh_station, live_server).applied == 0  # the cursor remembers


def test_a_reset_upstream_replaces_a_changed_password_and_revocations_follow(fresh_station, live_server, server,
                                                                             directory):
    _pull(fresh_station, live_server)
    assert fresh_station.accounts.change_password("200000001", directory, "Mine-2026-ok") == []
    again = _pull(fresh_station, live_server)  # nothing new: the changed password stays
    assert again.applied == 0
    assert fresh_station.accounts.login("200000001", "Mine-2026-ok").status is LoginStatus.OK
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        reset_password(s, "200000001", now)
    with server.sessions.begin() as s:   # two resets, two change records: one learner for the summary
        fresh = reset_password(s, "200000001", now)
    twice = _pull(fresh_station, live_server)
    assert twice.applied == 2 and twice.learners == 1
    assert fresh_station.accounts.login("200000001", "Mine-2026-ok").status is LoginStatus.WRONG
    assert fresh_station.accounts.login("200000001", fresh).status is LoginStatus.MUST_CHANGE
    [listing] = fresh_station.library.listings("200000001")
    with server.sessions.begin() as s:
        revoke(s, "package", listing.package_id, now, "replaced by a corrected paper")
    _pull(fresh_station, live_server)
    assert fresh_station.library.listings("200000001") == []  # withdrawn before anyone began it
    with server.sessions.begin() as s:
        issuer = s.scalar(select(ServerIssuer.public_key))
        assert distrust_issuer(s, issuer, now)
    _pull(fresh_station, live_server)
    with fresh_station.sessions() as s:
        assert list(s.scalars(select(TrustedIssuer))) == []


def test_a_page_that_does_not_verify_changes_nothing(fresh_station, live_server):
    with fresh_station.sessions.begin() as s:  # as if a man in the middle answered with his own key
        s.merge(Setting(key="server_key", value=SigningKey.generate().public_raw().hex()))
    with pytest.raises(SyncError) as refused:
        _pull(fresh_station, live_server)
    assert refused.value.code == "bad_signature"
    with fresh_station.sessions() as s:
        assert list(s.scalars(select(Learner))) == [] and s.get(Setting, "feed_cursor") is None


def test_a_page_for_another_device_or_cursor_is_refused(fresh_station, live_server, server):
    from examcore.change_feed import FeedError, verify_page
    page = SyncClient(live_server, fresh_station.keys).changes(0)
    key = server.keys.signing.public_raw()
    assert verify_page(page, key, fresh_station.keys.device_id, 0).changes
    with pytest.raises(FeedError) as other:
        verify_page(page, key, "station-someone-else", 0)
    assert other.value.code == "wrong_device"
    with pytest.raises(FeedError) as replayed:
        verify_page(page, key, fresh_station.keys.device_id, 3)
    assert replayed.value.code == "out_of_order"
    tampered = {**page, "changes": [{**page["changes"][0], "body": {**page["changes"][0]["body"], "name": "X"}}]
                + page["changes"][1:]}
    with pytest.raises(FeedError) as changed:
        verify_page(tampered, key, fresh_station.keys.device_id, 0)
    assert changed.value.code == "bad_signature" and canonical.b64d(page["signature"])


def test_a_learner_who_moves_to_another_unit_can_no_longer_sign_in_at_the_old_units_station(
        qtbot, fresh_station, live_server, server, directory):
    from desktop.services.preferences import Preferences
    from desktop.ui.login_window import LoginWindow
    from tests.desktop.ui_helpers import log_in
    _pull(fresh_station, live_server)
    assert fresh_station.accounts.change_password("200000001", directory, "Mine-2026-ok") == []
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:  # 赵一 moves from A to B: this station serves A
        put_learner(s, "200000001", LearnerFields("赵一", "B", "科员"), now)
    _pull(fresh_station, live_server)
    assert fresh_station.accounts.login("200000001", "Mine-2026-ok").status is LoginStatus.INACTIVE
    window = LoginWindow(fresh_station.accounts, Preferences(fresh_station.data_dir))
    qtbot.addWidget(window)
    log_in(qtbot, window, "200000001", "Mine-2026-ok")
    assert "no longer open on this station" in window.error_label.text()
    assert fresh_station.accounts.login("200000001", "wrong-pass-1").status is LoginStatus.WRONG  # nothing told


def _send_up(station: Station, url: str) -> list[dict]:
    """The station's background sync for its study road: records up, cleared by the server's receipt."""
    outcomes, receipt = SyncClient(url, station.keys).deliver_study(station.outbox.pending_records())
    sum(station.outbox.clear_records(receipt).values())
    return outcomes


def _station(tmp_path, clock, server, url, name: str, unit: str) -> Station:
    station = Station.open(tmp_path / name, clock)
    station.enrolment.enrol(url, name, create_code(server, unit_id=unit))
    return station


def test_a_password_changed_at_one_station_works_at_another_and_the_old_one_does_not(
        tmp_path, clock, fresh_station, live_server, server, directory):
    """Issue 20: a learner's password follows them. Changed at station C, it goes up with C's next sync and
    down to station A; the one-time password stops working at A."""
    other = _station(tmp_path, clock, server, live_server, "甲单位 02", "A")
    try:
        _pull(fresh_station, live_server)
        _pull(other, live_server)
        with fresh_station.sessions() as s:
            from desktop.store.models import Learner as StationLearner
            one_time = s.get(StationLearner, "200000001").password_version
        assert fresh_station.accounts.change_password("200000001", directory, "Mine-2026-ok") == []
        # the record names the password it replaced: the servers know which reset it was chosen after
        assert fresh_station.study.records("200000001")[0].extra["over_version"] == one_time
        assert other.accounts.login("200000001", directory).status is LoginStatus.MUST_CHANGE  # not synced yet
        [sent] = _send_up(fresh_station, live_server)
        assert sent["status"] == "stored" and sent["detail"] == ""
        assert fresh_station.outbox.count_records() == 0
        _pull(other, live_server)
        assert other.accounts.login("200000001", "Mine-2026-ok").status is LoginStatus.OK
        assert other.accounts.login("200000001", directory).status is LoginStatus.WRONG
        _pull(fresh_station, live_server)   # its own change coming back changes nothing there
        assert fresh_station.accounts.login("200000001", "Mine-2026-ok").status is LoginStatus.OK
        # the change earns no study points anywhere and is kept once at the server
        assert fresh_station.study.records("200000001")[0].kind.value == "password"
        with server.sessions() as s:
            from sync_server.models import Learner as ServerLearner
            row = s.get(ServerLearner, "200000001")
            assert not row.must_change_password and row.password_expires_at is None
            from sync_server.models import AuditEntry
            [entry] = s.scalars(select(AuditEntry).where(AuditEntry.action == "learner.password_changed"))
            assert entry.actor == f"device:{fresh_station.keys.device_id}" and entry.object == "learner:200000001"
    finally:
        other.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # the rule, not the database
def test_a_reset_replaces_a_change_the_station_made_before_hearing_of_it(tmp_path, clock, fresh_station,
                                                                        live_server, server, directory):
    """A server-issued one-time password replaces every earlier credential everywhere: a change made offline
    on a station that had not yet heard of the reset is kept as a record but not taken."""
    _pull(fresh_station, live_server)
    with server.sessions.begin() as s:
        fresh = reset_password(s, "200000001", utc_naive(server.clock.now()))
    clock.advance(60_000)   # the learner changes it afterwards, offline, on the station that still has the old one
    assert fresh_station.accounts.change_password("200000001", directory, "Late-2026-pw") == []
    from click.testing import CliRunner

    from desktop import app   # `xuefa sync` says the change was not taken, and why
    told = CliRunner().invoke(app.main, ["--data-dir", str(fresh_station.data_dir), "sync"],
                              env={"XUEFA_LANG": "zh_CN"})   # the server's reason in the reader's language
    assert "200000001" in told.output and "已被之后的重置取代" in told.output, told.output
    _pull(fresh_station, live_server)
    assert fresh_station.accounts.login("200000001", "Late-2026-pw").status is LoginStatus.WRONG
    assert fresh_station.accounts.login("200000001", fresh).status is LoginStatus.MUST_CHANGE


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # the rule, not the database
def test_a_station_of_another_unit_cannot_set_a_learners_password(tmp_path, clock, fresh_station, live_server,
                                                                  server, directory):
    """A station serving unit B that signs a new password for A's learner: the record is kept, the password
    is not taken, and an administrator sees an alert."""
    from argon2 import PasswordHasher

    foreign = _station(tmp_path, clock, server, live_server, "乙单位 01", "B")
    try:
        with foreign.sessions.begin() as s:
            foreign.study.record_password_change(s, "200000001", PasswordHasher().hash("Taken-2026-x"), 1 << 50)
        [sent] = _send_up(foreign, live_server)
        assert sent["status"] == "stored" and "not in the units" in sent["detail"]
        _pull(fresh_station, live_server)
        assert fresh_station.accounts.login("200000001", "Taken-2026-x").status is LoginStatus.WRONG
        assert fresh_station.accounts.login("200000001", directory).status is LoginStatus.MUST_CHANGE
        with server.sessions() as s:
            assert [a.kind for a in s.scalars(select(Alert))] == ["password_change_outside_unit"]
    finally:
        foreign.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # the rule, not the database
def test_a_cheap_or_foreign_verifier_is_not_taken(fresh_station, live_server, directory):
    """The verifier a station sends must be argon2id at a cost the server will accept later."""
    from argon2 import PasswordHasher
    _pull(fresh_station, live_server)
    for cheap in (PasswordHasher(memory_cost=1024).hash("Cheap-2026-x"), "$2b$12$notargon"):
        with fresh_station.sessions.begin() as s:
            fresh_station.study.record_password_change(s, "200000001", cheap, (1 << 50))
    outcomes = _send_up(fresh_station, live_server)
    assert [o["status"] for o in outcomes] == ["stored", "stored"]
    assert all("verifier was refused" in o["detail"] for o in outcomes)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # the rule, not the database
def test_a_room_pc_changes_passwords_only_of_learners_seated_in_its_room(tmp_path, clock, live_server, server,
                                                                         directory):
    """A station that serves no unit (a centre's room PC) must not set any learner's password: only of
    those seated in a sitting of its room. A change from a later epoch than the server's, straight from a
    station, is not taken either (it would pin a password no reset could replace)."""
    from argon2 import PasswordHasher
    from sync_server.models import Learner as ServerLearner
    room_pc = Station.open(tmp_path / "room", clock)
    try:
        room_pc.enrolment.enrol(live_server, "第一考场-01", create_code(server, room="第一考场"))
        with server.sessions() as s:
            version = s.get(ServerLearner, "200000001").password_version
        with room_pc.sessions.begin() as s:
            room_pc.study.record_password_change(s, "200000001", PasswordHasher().hash("Room-2026-pw"), version + 1)
        [sent] = _send_up(room_pc, live_server)
        assert sent["status"] == "stored" and "not in the units" in sent["detail"]
        with server.sessions() as s:
            assert s.get(ServerLearner, "200000001").password_version == version
    finally:
        room_pc.close()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # the rule, not the database
def test_a_station_cannot_jump_to_a_later_epoch(fresh_station, live_server, server, directory):
    from argon2 import PasswordHasher
    from sync_server.models import Learner as ServerLearner
    _pull(fresh_station, live_server)
    with server.sessions() as s:
        version = s.get(ServerLearner, "200000001").password_version
    with fresh_station.sessions.begin() as s:
        fresh_station.study.record_password_change(s, "200000001", PasswordHasher().hash("Pin-2026-pw"),
                                                   version + (5 << 42))
    [sent] = _send_up(fresh_station, live_server)
    assert sent["status"] == "stored" and "made over a reset this server does not hold" in sent["detail"]
    with server.sessions() as s:   # and said to the administrator (issue 20: a forged change left no trace)
        assert "password_change_refused" in [a.kind for a in s.scalars(select(Alert))]
