"""`xuefa-server learners add|edit|move|show` (issue 20): one learner from the command line, by the same rules
as the API and the roster import; every change audited and handed down to the stations."""
from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import select

from examcore.clock import utc_naive
from sync_server.cli import main
from sync_server.directory.service import put_unit
from sync_server.models import AuditEntry, Change, Learner


def _run(server_config, *args):
    return CliRunner().invoke(main, ["--instance", str(server_config.instance_dir), "learners", *args])


def test_add_edit_move_show_one_learner(server, server_config, tmp_path):
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "A", "甲单位", "unit", "P", now)
        put_unit(s, "B", "乙单位", "unit", "P", now)
    added = _run(server_config, "add", "310000001", "--name", "孙三", "--unit", "A", "--rank", "科员",
                 "--slips", str(tmp_path / "slip.pdf"))
    assert added.exit_code == 0, added.output
    assert "310000001\t孙三\t甲单位 (A)\t科员\tstaff\tin post" in added.output and "one-time password: " in added.output
    assert (tmp_path / "slip.pdf").read_bytes().startswith(b"%PDF")
    again = _run(server_config, "add", "310000001", "--name", "孙三", "--unit", "A")
    assert again.exit_code == 1 and "already exists" in again.output
    blank = _run(server_config, "add", "310000002", "--name", "   ", "--unit", "A")
    assert blank.exit_code == 2 and "the name is blank" in blank.output
    # a number typed where the name goes, a name where the number goes (outside rounds 91, 95)
    digits = _run(server_config, "add", "310000002", "--name", "310000002", "--unit", "A")
    assert digits.exit_code == 1 and "is only digits: type the person's name" in digits.output, digits.output
    letters = _run(server_config, "add", "孙三", "--name", "孙三", "--unit", "A")
    assert letters.exit_code == 1 and "has no digit" in letters.output, letters.output
    cut = _run(server_config, "add", "310000002", "--name", "李四", "--unit", "A",
               "--slips", str(tmp_path / "no" / "s.pdf"))
    assert cut.exit_code == 2 and "does not exist: make it first" in cut.output   # before anyone is added
    nowhere = _run(server_config, "add", "310000009", "--name", "李四", "--unit", "Z")
    assert nowhere.exit_code == 1 and "no unit Z" in nowhere.output

    unsaid = _run(server_config, "edit", "310000001", "--exempt-reason", "长期病假")   # not exempt: no reason to keep
    assert unsaid.exit_code == 2 and "give them with --status 免考" in unsaid.output
    assert _run(server_config, "edit", "310000001").exit_code == 2   # nothing given, nothing said to change
    edited = _run(server_config, "edit", "310000001", "--leader", "--status", "免考", "--exempt-reason", "长期病假",
                  "--exempt-until", "2099-06-30")
    assert edited.exit_code == 0 and "leader\texempt (长期病假, until 2099-06-30)" in edited.output, edited.output
    no_reason = _run(server_config, "edit", "310000001", "--status", "免考", "--exempt-reason", " ")
    assert no_reason.exit_code == 1 and "needs its reason" in no_reason.output
    bad = _run(server_config, "edit", "310000001", "--status", "休假")
    assert bad.exit_code == 2 and "在职, 调出, 退休 or 免考" in bad.output
    moved = _run(server_config, "move", "310000001", "--unit", "B")
    assert moved.exit_code == 0 and "乙单位 (B)" in moved.output
    # the same again, or an edit to what is already so: said so, nothing written, audited or sent down
    for same in (("move", "310000001", "--unit", "B"), ("edit", "310000001", "--leader")):
        done = _run(server_config, *same)
        assert done.exit_code == 0 and "nothing changed: 310000001 is already so" in done.output, done.output
    shown = _run(server_config, "show", "310000001")
    assert "乙单位 (B)" in shown.output and "has not been changed yet" in shown.output
    assert "from 甲单位 (A) to 乙单位 (B)" in shown.output and shown.output.count("moved on") == 1
    assert _run(server_config, "show", "399999999").exit_code == 1
    assert _run(server_config, "edit", "399999999", "--name", "x").exit_code == 1

    with server.sessions() as s:
        assert s.get(Learner, "310000001").unit_id == "B"
        actions = list(s.scalars(select(AuditEntry.action).where(AuditEntry.object == "learner:310000001")))
        assert actions == ["learner.add", "learner.edit", "learner.move"]
        # the move told A's stations the learner left, and B's that they arrived
        units = [c.unit_id for c in s.scalars(select(Change).where(Change.kind == "learner"))]
        assert units[-2:] == ["A", "B"]


def test_a_server_with_an_upstream_keeps_no_roster_of_its_own(server, server_config, live_server, monkeypatch):
    """A learner or unit added or changed at a centre never reached the province, which judges the results,
    and the province's next change undid it (issue 20). Once a server has an upstream, its roster is the
    upstream's: the command line and the admin API refuse in words and change nothing; a password reset
    (for this server's own stations) is still allowed."""
    import requests

    from examcore.cli_text import words_said
    from sync_server.admins import create_admin
    from sync_server.directory.service import LearnerFields, put_learner
    from sync_server.directory.password_resets import reset_password
    from sync_server.models import Setting
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "A", "甲单位", "unit", "P", now)
        put_learner(s, "310000001", LearnerFields("孙三", "A"), now)
        create_admin(s, "root", "Admin-pass-9", "provincial_admin", "P", now, must_change_password=False)
        s.add(Setting(key="upstream_url", value="https://province.example:8470"))   # as set-upstream leaves it
    for args in (("add", "310000002", "--name", "李四", "--unit", "A"), ("edit", "310000001", "--phone", "123"),
                 ("move", "310000001", "--unit", "P")):
        held = _run(server_config, *args)
        assert held.exit_code == 1 and "takes its units and learners from its upstream" in held.output, held.output
    http = requests.Session()
    token = http.post(f"{live_server}/api/v1/admin/login", json={"username": "root", "password": "Admin-pass-9"},
                      timeout=30).json()["token"]
    http.headers["Authorization"] = f"Bearer {token}"
    answer = http.put(f"{live_server}/api/v1/admin/learners/310000003", json={"name": "王五", "unit_id": "A"},
                      timeout=30)
    assert answer.status_code == 422 and answer.json()["error"] == "roster_upstream", answer.text
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")   # the admin window says it in its reader's language
    assert "上级服务器" in words_said(answer.json()["message"], answer.json()["words"])
    with server.sessions() as s:
        assert [r.learner_no for r in s.scalars(select(Learner))] == ["310000001"]
        assert s.get(Learner, "310000001").phone == "" and s.get(Learner, "310000001").unit_id == "A"
    with server.sessions.begin() as s:
        assert reset_password(s, "310000001", now)   # for this server's stations
