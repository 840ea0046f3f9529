"""The server's side of station time and closed sittings: a right answer forced into a sealed result after
time-up is ignored by the server's grade too and flagged; a learner recorded missing in a closed sitting
cannot start the exam with the room's start code at a station that has synced (real server on loopback)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from desktop.controller import StationController
from desktop.app import install_translations
from examcore.chain import EventKind
from examcore.sync_client import SyncClient
from sync_server.devices import approve_device, create_code, request_enrolment
from sync_server.results.ingest import Ingest
from sync_server.exams.packages import import_package
from sync_server.models import Alert, Result
from sync_server.results.acceptance import time_rules
from tests.conftest import LEARNER, NEW_LEARNER, START_CODE
from tests.desktop.ui_helpers import exam_time_passes, log_in, when_modal
from tests.sync_server.sittings.test_sittings import ProctorStation, centre, proctor  # noqa: F401 - fixture

__all__ = ["centre"]


def _begun(server, st, server_package):
    """The station enrolled at the server (which holds the package) and the learner's attempt begun on it."""
    import_package(server, server_package.read_bytes())
    request_enrolment(server, st.keys.device_id, st.keys.device_key.public_raw())
    approve_device(server, st.keys.device_id)
    pkg = st.library.listings(LEARNER[0])[0].package_id
    return st.attempts.begin(st.accounts.login(*LEARNER).learner, st.attempts.unlock(pkg, START_CODE))


def test_a_late_answer_forced_into_a_sealed_result_is_ignored_by_the_server_and_flagged(server, station_for_server,
                                                                                       clock, server_package,
                                                                                       server_config):
    st = station_for_server
    attempt = _begun(server, st, server_package)
    first, late = (attempt.unlocked.content.questions[i.question_id] for i in attempt.paper.items[:2])
    attempt.save_answer(first.id, first.answer)
    exam_time_passes(clock, attempt, 31 * 60_000)
    attempt.log(EventKind.ANSWER, {"q": late.id, "r": list(late.answer)})   # written directly: not refused
    receipt = attempt.submit("time_up")
    [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in st.outbox.pending_results()], "http")
    assert outcome.status.value == "stored", (outcome.reason, outcome.detail)
    with server.sessions() as s:
        row = s.get(Result, receipt.result_id)
        alerts = [a.kind for a in s.scalars(select(Alert).where(Alert.result_id == receipt.result_id))]
    assert row.server_score == receipt.grade.score_text == str(attempt.paper.items[0].points)
    assert sorted(alerts) == ["late_answers", "result_held"]
    assert "late_answers" in row.flags.split(",") and row.review == "held"   # stored, not counted until decided
    listed = _flagged(server_config)   # round 15: the administrator saw "events [2]", not how late
    assert "1 answer(s) saved after the 30 min allowed, the last 1 min" in listed and "events" not in listed, listed
    assert "To decide one: xuefa-server decide RESULT_ID accept|reject" in listed
    chinese = _flagged(server_config, "zh_CN")
    assert "超过规定的30分钟后保存了1个答案" in chinese and "得分" in chinese and "To decide" not in chinese, chinese


def _flagged(server_config, lang: str = "en") -> str:
    """`xuefa-server flagged` as an administrator reads it."""
    from click.testing import CliRunner
    from sync_server.cli import main
    answer = CliRunner().invoke(main, ["--instance", str(server_config.instance_dir), "flagged"],
                                env={"XUEFA_LANG": lang})
    assert answer.exit_code == 0, answer.output
    return answer.output


def test_sleep_not_charged_as_exam_time_is_held_past_ten_minutes_in_all(server, station_for_server, clock,
                                                                        server_package, server_config):
    """Found by an outside round: sleeping the PC before each answer (25 minutes each, to look answers up
    elsewhere) gave hours of real time in a 30-minute exam, not charged by the station's policy, and the
    result counted. Past SLEEP_ALLOWANCE_MS in all it is held (``slept_long``); one short sleep is not."""
    st = station_for_server
    attempt = _begun(server, st, server_package)
    for n, item in enumerate(attempt.paper.items[:3]):
        q = attempt.unlocked.content.questions[item.question_id]
        exam_time_passes(clock, attempt, 20_000)
        clock.advance((4 if n == 0 else 25) * 60_000)   # asleep: the first sleep alone would be allowed
        attempt.heartbeat()
        attempt.save_answer(q.id, q.answer)
        if n == 0:
            assert "slept_long" not in time_rules(attempt.exam, attempt.chain.events, attempt.chain.events[-1].wall,
                                                  0, timedelta(minutes=5))
    assert attempt.count(EventKind.SUSPENDED) == 3 and attempt.elapsed_ms() < 2 * 60_000   # not charged
    attempt.submit()
    [outcome] = Ingest(server).ingest_many([e.to_bytes() for e in st.outbox.pending_results()], "http")
    assert outcome.status.value == "stored" and "slept_long" in outcome.flags.split(",")
    with server.sessions() as s:
        assert s.get(Result, outcome.result_id).review == "held"
    listed = _flagged(server_config)   # round 15: held without how long
    assert "PC asleep or program off: away 54 min " in listed, listed
    assert "累计离开54分" in _flagged(server_config, "zh_CN")


def test_a_sleep_said_in_another_shape_counts_as_too_long():
    """Found by a second outside round: an 11-minute sleep written by a station of another make as a text,
    a fraction or "charged": "false" was no sleep at all. Only a gap of ms counts as what it says; what
    cannot be read is held for an administrator, and only ``charged: true`` was charged."""
    from examcore.chain import Event
    from sync_server.results.acceptance import SLEEP_ALLOWANCE_MS, uncharged_sleep_ms

    def sleep(**data) -> list[Event]:
        return [Event(seq=0, kind=EventKind.SUSPENDED, elapsed_ms=1000, wall="2026-10-01T09:00:00+00:00", data=data,
                      prev="")]
    eleven = 11 * 60_000
    for shape in ({"gap_ms": eleven, "charged": False}, {"gap_ms": str(eleven), "charged": False},
                  {"gap_ms": eleven, "charged": "false"}, {"gap_ms": None}, {"gap_ms": -1}, {"gap_ms": float("nan")},
                  {"gap_ms": True}):
        assert uncharged_sleep_ms(sleep(**shape)) > SLEEP_ALLOWANCE_MS, shape
    assert uncharged_sleep_ms(sleep(gap_ms=eleven + 0.5, charged=True)) == 0
    assert uncharged_sleep_ms(sleep(gap_ms=4 * 60_000 + 0.5, charged=False)) == 4 * 60_000


def test_time_away_counts_the_program_off_and_not_a_sleep_while_paused():
    """Found by a third outside round: killing the station six times for 4.5 minutes (each restart within
    the grace period, no proctor) gave 27 minutes away, and the result counted; a PC that slept while the
    proctor had paused the learner was held, though the clock stood anyway."""
    from examcore.chain import Event
    from sync_server.results.acceptance import uncharged_sleep_ms

    def event(kind, wall, **data) -> Event:
        return Event(seq=0, kind=kind, elapsed_ms=1000, wall=wall, data=data, prev="")
    killed = [event(EventKind.INTERRUPTED, f"2026-10-01T09:{5 * n + 5:02d}:00+08:00",
                    last_heartbeat_wall=f"2026-10-01T01:{5 * n:02d}:30+00:00", last_event_wall=None) for n in range(6)]
    assert uncharged_sleep_ms(killed) == 6 * 270_000   # 4.5 minutes each, across the offsets
    assert uncharged_sleep_ms([event(EventKind.INTERRUPTED, "2026-10-01T09:00:00+00:00", last_heartbeat_wall=None,
                                     last_event_wall=None)]) == 0   # it never beat: nothing to measure
    assert uncharged_sleep_ms([event(EventKind.INTERRUPTED, "2026-10-01T09:00:00+00:00",
                                     last_heartbeat_wall="yesterday")]) > 10 * 60_000   # unreadable: looked at
    paused = [event(EventKind.PAUSED, "2026-10-01T09:00:00+00:00", action_id="p1"),
              event(EventKind.SUSPENDED, "2026-10-01T09:15:00+00:00", gap_ms=15 * 60_000, charged=False),
              event(EventKind.UNPAUSED, "2026-10-01T09:16:00+00:00", action_id="p2"),
              event(EventKind.SUSPENDED, "2026-10-01T09:20:00+00:00", gap_ms=60_000, charged=False)]
    assert uncharged_sleep_ms(paused) == 60_000
    # a restart ends the pause (the station starts the clock again, with no unpaused event): a fourth round
    restarted = [event(EventKind.PAUSED, "2026-10-01T09:00:00+00:00", action_id="p1"),
                 event(EventKind.INTERRUPTED, "2026-10-01T09:02:00+00:00", last_heartbeat_wall="2026-10-01T09:01:00Z"),
                 event(EventKind.SUSPENDED, "2026-10-01T09:30:00+00:00", gap_ms=25 * 60_000, charged=False)]
    assert uncharged_sleep_ms(restarted) == 25 * 60_000


def test_an_absent_learner_cannot_start_with_the_start_code_after_the_sitting_closed(
        qtbot, qapp, monkeypatch, server, centre, live_server, station_for_server):  # noqa: F811 - the fixture
    st = station_for_server
    st.enrolment.enrol(live_server, "第一考场 1号机", create_code(server, unit_id="C1", room="第一考场"))  # a room PC of the centre
    p, pc = proctor(live_server), ProctorStation(server)
    base = f"{live_server}/api/v1/admin/sittings/{centre}"
    assert p.post(f"{base}/start", json={"signed": pc.sign(centre, "start")}, timeout=30).status_code == 200
    reason = "未到场"
    answer = p.post(f"{base}/missing", json={"learner_no": LEARNER[0], "reason": reason,
                                             "signed": pc.sign(centre, "missing", LEARNER[0], reason=reason)},
                    timeout=30)
    assert answer.status_code == 200, answer.text
    assert p.post(f"{base}/close", json={"signed": pc.sign(centre, "close")}, timeout=30).status_code == 200
    st.downward.pull(SyncClient(live_server, st.keys))     # the station's background sync does this
    translators = install_translations(qapp, "zh_CN")
    ctl = StationController(st, full_screen=False)
    qtbot.addWidget(ctl.main)
    try:
        ctl.start()
        seen: list[str] = []   # the refusal as the learner reads it (the message box, patched not to block)
        monkeypatch.setattr("desktop.controller.QMessageBox.information",
                            lambda _parent, _title, text, *a, **k: seen.append(text))
        expected = {LEARNER[0]: "监考员已将您记录为缺考，本场考试不能在此开考。补考事宜请咨询考务办公室。",
                    NEW_LEARNER[0]: "您所在的考试场次已由监考员结束，不能在本场次开考。补考事宜请咨询考务办公室。"}
        for who in (LEARNER, NEW_LEARNER):
            ctl.show_login()
            log_in(qtbot, ctl.login, *who) if who is LEARNER else _log_in_new(qtbot, ctl)
            # the centre answers the check-in: no key, and the reason
            qtbot.waitUntil(lambda: ctl.home.message_label.text() == expected[who[0]], timeout=10_000)
            # the learner types the room's start code anyway
            qtbot.mouseClick(ctl.home.enter_button, Qt.MouseButton.LeftButton)
            qtbot.keyClicks(ctl.start_dialog.code_edit, START_CODE)
            with qtbot.waitSignal(ctl.start_dialog.finished, timeout=20_000):
                ctl.start_dialog.buttons.accepted.emit()
            assert seen[-1] == expected[who[0]] and ctl.exam is None
        assert len(seen) == 2
    finally:
        for t in translators:
            qapp.removeTranslator(t)
        ctl.sync.stop()


def _log_in_new(qtbot, ctl) -> None:
    """The learner who must change the first password, as in the first-login test."""
    def set_password(dialog):
        qtbot.keyClicks(dialog.new_edit, "Mine-2026-xyz")
        qtbot.keyClicks(dialog.repeat_edit, "Mine-2026-xyz")
        dialog.buttons.accepted.emit()
    when_modal(set_password)
    log_in(qtbot, ctl.login, *NEW_LEARNER)


def test_the_station_learns_sittings_by_the_change_feed(server, centre):  # noqa: F811 - the fixture
    from sync_server import changes
    from sync_server.sittings.service import close, mark_missing, start
    now = server.clock.now()
    with server.sessions.begin() as s:
        start(s, centre, "t", now)
        mark_missing(s, centre, LEARNER[0], "未到场", "t", now + timedelta(minutes=31))
        close(s, centre, "t", now + timedelta(minutes=40))
    with server.sessions() as s:
        page, _cursor, _more = changes.read(s, 0, None)
    bodies = [c.body for c in page if c.kind == "sitting"]
    assert [b["state"] for b in bodies] == ["scheduled", "started", "started", "closing"]
    assert bodies[-1]["missing"] == [LEARNER[0]] and bodies[-1]["seats"] == sorted([LEARNER[0], NEW_LEARNER[0]])
