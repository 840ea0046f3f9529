"""Outside round 18 on issue 14: an administrator's day after the exam, as a newcomer with only the commands
and the 异常成绩 tab. A learner sat twice (one attempt allowed; the first with a late answer): both held
attempt_limit. Rejecting one let the other count unsaid, and it left every list; the administrator who then
changed their mind was told to reject "one of them" with no id anywhere; `announced` and `archive` gave ids
where a person needs names, and the archive left out the attempt a failed PC announced."""
from __future__ import annotations

import json
import uuid

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from examcore.sync_client import SyncClient
from sync_server.models import Package, Result
from sync_server.results import review
from tests.conftest import LEARNER
from tests.server_cli import server_cli
from tests.sync_server.results.test_announced_attempts import _late_then_again

ZH = {"XUEFA_LANG": "zh_CN"}


def _administrator(server) -> None:
    from examcore.clock import utc_naive
    from sync_server.admins import create_admin
    with server.sessions.begin() as s:
        create_admin(s, "kaowu", "Xf-2026-centre!", "centre_admin", "R0", utc_naive(server.clock.now()),
                     must_change_password=False)


def _lost_pc(server, live_server, st) -> str:
    """An attempt the station announced at a pull whose result will never come (its disk failed)."""
    with server.sessions() as s:
        package_id = s.scalar(select(Package.package_id))
    lost = str(uuid.uuid4())
    SyncClient(live_server, st.keys).changes(0, [f"{lost} {LEARNER[0]} {package_id}"])
    return lost


def test_rejecting_one_of_two_names_the_other_that_counts_now_and_it_stays_findable(
        server, server_config, station_for_server, server_package):
    late, second = _late_then_again(server, station_for_server, server_package)
    _administrator(server)
    inst = server_config.instance_dir
    done = server_cli(inst, "decide", late.result_id, "reject", "--reason", "两台机器各考一次", "--by", "kaowu")
    assert done.returncode == 0 and second.result_id in done.stdout and "now counted" in done.stdout, done.stdout
    with server.sessions() as s:
        assert s.get(Result, second.result_id).review == "counted"
    listed = server_cli(inst, "flagged", "--review", "all").stdout
    assert second.result_id in listed and "held result counts now" in listed, listed
    assert second.result_id not in server_cli(inst, "flagged").stdout   # held ones only by default
    # changing one's mind: the refusal names the result that counts
    again = server_cli(inst, "decide", late.result_id, "accept", "--reason", "查明第一次有效", "--by", "kaowu",
                       "--yes", env=ZH)
    assert again.returncode == 1 and second.result_id in again.stderr and "不予认定" in again.stderr, again.stderr
    archive = server_cli(inst, "archive", LEARNER[0]).stdout
    assert second.result_id in archive and late.result_id in archive, archive


def test_announced_and_archive_name_the_learner_exam_and_unit_and_show_the_lost_attempt(
        server, server_config, live_server, station_for_server, server_package):
    _late_then_again(server, station_for_server, server_package)
    lost = _lost_pc(server, live_server, station_for_server)
    inst = server_config.instance_dir
    with server.sessions() as s:
        title = s.scalar(select(Package.title))
    shown = server_cli(inst, "announced", env=ZH).stdout
    assert "考生1002" in shown and title in shown and lost in shown and "release-attempt" in shown, shown
    archive = server_cli(inst, "archive", LEARNER[0], env=ZH).stdout
    assert "测试单位" in archive and "(R0," not in archive, archive
    assert lost in archive and "未送达" in archive, archive


class _Client:
    """The admin window's client, answered by the server's own functions (the API's dicts, through JSON)."""
    username, role = "kaowu", "centre_admin"

    def __init__(self, server):
        self.server = server

    def flagged_results(self, rule=None, review_state="held", unit_id=None, exam_id=None):
        with self.server.sessions() as s:
            rows = review.flagged_results(s, None, rule=rule, unit_id=unit_id, exam_id=exam_id,
                                          review=None if review_state == "all" else review_state)
            return json.loads(json.dumps({"results": rows, "held": review.held_counts(s)}, default=str))

    def units(self):
        return [{"unit_id": "R0", "name": "测试单位"}]

    def exams(self):
        with self.server.sessions() as s:
            return [{"exam_id": e, "title": t} for e, t in s.execute(select(Package.exam_id, Package.title))]

    def decide(self, result_id, decision, reason):
        with self.server.sessions.begin() as s:
            row, counting = review.decide(s, result_id, decision, reason, "kaowu", self.server.clock.now())
            return json.loads(json.dumps({"result": review.result_dict(row), "now_counting": counting}, default=str))


def test_the_tab_names_the_exam_filters_by_unit_and_exam_and_says_what_counts_now(
        qtbot, monkeypatch, server, station_for_server, server_package):
    from desktop.app import install_translations
    from desktop.ui.admin import flagged_page
    late, second = _late_then_again(server, station_for_server, server_package)
    translators = install_translations(QApplication.instance(), "zh_CN")
    asked: list[str] = []
    monkeypatch.setattr(flagged_page, "run_in_background", lambda job, done, failed, _p: done(job()))
    monkeypatch.setattr(flagged_page, "confirm", lambda _w, _t, text, _b: asked.append(text) or True)
    monkeypatch.setattr(flagged_page.QInputDialog, "getText", lambda *a, **k: ("两台机器各考一次", True))
    try:
        page = flagged_page.FlaggedPage(_Client(server))
        qtbot.addWidget(page)
        page.load()
        assert page.table.rowCount() == 2
        title = page.table.item(0, 3).text()   # the columns fit their cells (they were sized to the headings)
        assert page.table.columnWidth(3) >= page.table.fontMetrics().horizontalAdvance(title), title
        assert [page.unit_combo.itemText(i) for i in range(page.unit_combo.count())][1:] == ["测试单位"]
        page.exam_combo.setCurrentIndex(1)
        page.load()   # by exam: both are of it
        assert page.table.rowCount() == 2
        page.table.selectRow(next(i for i, r in enumerate(page.results) if r["result_id"] == late.result_id))
        page.ask_decision("reject")
        with server.sessions() as s:
            title = s.scalar(select(Package.title))
        assert title in asked[0] and "exam-" not in asked[0], asked
        assert "现已计入" in page.status_label.text() and "交卷" in page.status_label.text()   # as its row showed it
        assert page.table.rowCount() == 0   # none held now
        page.review_combo.setCurrentIndex(page.review_combo.findData("all"))
        page.load()   # the one that counts now is still found
        assert second.result_id in [r["result_id"] for r in page.results]
    finally:
        for translator in translators:
            QApplication.instance().removeTranslator(translator)
