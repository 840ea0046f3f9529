"""A sitting that never started can be called off (an outside round, round 9 on issue 14: `close` said
"delete it instead", and nothing deleted or moved a sitting; its learners could not be seated again that
day). It is closed and kept, with the reason in its log; its learners can be seated in another sitting; a
station's start code no longer opens it."""
from __future__ import annotations

from datetime import timedelta

import pytest
from click.testing import CliRunner

from sync_server.cli import main
from sync_server.models import Package, Sitting, SittingEvent
from sync_server.sittings.service import SittingError, cancel, close, create_sitting, start
from tests.conftest import LEARNER, NEW_LEARNER
from tests.sync_server.sittings.test_sittings import centre  # noqa: F401  (the fixture)


def test_a_sitting_never_started_is_called_off_and_its_learners_seated_again(server, centre):  # noqa: F811
    with server.sessions.begin() as s:
        with pytest.raises(SittingError) as closing:
            close(s, centre, "jiankao", server.clock.now())
    assert closing.value.code == "not_started" and "sittings cancel" in str(closing.value.detail)
    with server.sessions.begin() as s:
        cancel(s, centre, "jiankao", server.clock.now(), "考场停电，改至下午")
    with server.sessions.begin() as s:
        assert s.get(Sitting, centre).state == "closed"
        assert s.query(SittingEvent.detail).filter_by(sitting_id=centre, kind="cancelled").scalar() == "考场停电，改至下午"
        create_sitting(s, s.query(Package.package_id).scalar(), "第一考场", server.clock.now() + timedelta(hours=5),
                       [(LEARNER[0], "A01"), (NEW_LEARNER[0], "A02")], "test", server.clock.now(), unit_id="C1")


def test_only_a_sitting_never_started_is_called_off(server, centre):  # noqa: F811
    with server.sessions.begin() as s:
        with pytest.raises(SittingError) as no_reason:
            cancel(s, centre, "jiankao", server.clock.now(), " ")
        start(s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        with pytest.raises(SittingError) as started:
            cancel(s, centre, "jiankao", server.clock.now(), "改期")
    assert (no_reason.value.code, started.value.code) == ("bad_action", "started")


def test_the_command_asks_first_naming_the_sitting(server, server_config, centre, monkeypatch):  # noqa: F811
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    base = ["--instance", str(server_config.instance_dir), "sittings", "cancel", centre, "--reason", "考场停电"]
    declined = CliRunner().invoke(main, base, input="n\n")
    assert declined.exit_code == 1 and "第一考场" in declined.output and "已编排 2 人" in declined.output
    assert "未取消" in declined.output
    with server.sessions() as s:
        assert s.get(Sitting, centre).state == "scheduled"       # nothing changed
    done = CliRunner().invoke(main, [*base, "--yes"])
    assert done.exit_code == 0 and "已取消" in done.output, done.output
    again = CliRunner().invoke(main, [*base, "--yes"])
    assert again.exit_code != 0 and "未取消" in again.output and "已结束" in again.output, again.output


@pytest.mark.parametrize("used", ["checked_in", "code_read_out"])
def test_a_sitting_learners_may_have_sat_is_closed_not_called_off(server, centre, used):  # noqa: F811
    """Round 10: a sitting whose start code the proctor read out (the LAN down), or with a learner checked in,
    was called off as 'never started', while attempts begun by code in it count."""
    from sync_server.sittings.service import check_in, reveal_start_code, set_start_code
    from tests.conftest import START_CODE
    from tests.server_fixtures import room_station
    room_station(server, "station-x", "第一考场")
    with server.sessions.begin() as s:
        if used == "checked_in":
            check_in(server, s, "station-x", LEARNER[0], server.clock.now(), None, {"state": "waiting"})
        else:
            set_start_code(server, s, centre, START_CODE, "office", server.clock.now())
            reveal_start_code(server, s, centre, "jiankao", server.clock.now())
    with server.sessions.begin() as s:
        with pytest.raises(SittingError) as refused:
            cancel(s, centre, "cli", server.clock.now(), "停电")
    assert refused.value.code == "in_use"
    with server.sessions.begin() as s:   # it is closed instead: what was begun by code is delivered and judged
        assert close(s, centre, "jiankao", server.clock.now()).state in ("closing", "closed")
