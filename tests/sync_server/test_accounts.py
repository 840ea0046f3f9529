"""Administrator accounts as their owners and managers meet them, against a real server process on loopback:
the forced first change, the password rule, who may manage whom, disable / role / logout-all / reset, the
idle timeout, the CLI (passwords from a terminal or stdin only), a revoked station that a new code does not
bring back, and the append-only audit log that records all of it."""
from __future__ import annotations

import getpass
from datetime import datetime, timedelta, timezone

import pytest
import requests
from click.testing import CliRunner
from sqlalchemy import select, text, update

from examcore.clock import utc_naive
from examcore.sync_client import SyncClient, SyncError
from sync_server.admins import create_admin
from sync_server.cli import main as server_cli
from sync_server.devices import create_code, revoke_device
from sync_server.directory.service import put_unit
from sync_server.models import AdminAccount, AdminSession, AuditEntry

PASSWORD = "Admin-pass-2026"


@pytest.fixture
def units(server):
    """P province > C1 city > A, B units; P > C2 city. Admins: the top one (P), C1's centre admin, A's unit
    admin and A's proctor; all ready to use (no forced change)."""
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        for unit, name, level, parent in (("C1", "甲市", "city", "P"), ("C2", "乙市", "city", "P"),
                                          ("A", "A单位", "unit", "C1"), ("B", "B单位", "unit", "C1")):
            put_unit(s, unit, name, level, parent, now)
        for name, role, unit in (("sheng", "provincial_admin", "P"), ("zhongxin", "centre_admin", "C1"),
                                 ("danwei_a", "unit_admin", "A"), ("jiankao_a", "proctor", "A"),
                                 ("zhongxin2", "centre_admin", "C2")):
            create_admin(s, name, PASSWORD, role, unit, now, must_change_password=False)


def login(url: str, username: str, password: str = PASSWORD) -> requests.Session:
    http = requests.Session()
    answer = http.post(f"{url}/api/v1/admin/login", json={"username": username, "password": password}, timeout=30)
    assert answer.status_code == 200, answer.text
    http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    http.must_change = answer.json()["must_change_password"]
    return http


def audit_rows(server, action: str = "") -> list[tuple]:
    with server.sessions() as s:
        return [(e.actor, e.action, e.object, e.outcome, e.detail)
                for e in s.scalars(select(AuditEntry).where(AuditEntry.action.startswith(action))
                                   .order_by(AuditEntry.id))]


def run_cli(server_config, *args: str, stdin: str | None = None):
    return CliRunner().invoke(server_cli, ["--instance", str(server_config.instance_dir), *args], input=stdin)


def test_a_new_admin_must_change_the_password_and_the_rule_holds(server, server_config, units, live_server):
    api = live_server + "/api/v1/admin"
    # made on the CLI: the password comes from stdin (or a hidden prompt), never the command line
    assert run_cli(server_config, "create-admin", "wang", "--role", "unit_admin", "--unit", "B",
                   "--password", PASSWORD).exit_code == 2          # no such option any more
    weak = run_cli(server_config, "create-admin", "wang", "--role", "unit_admin", "--unit", "B", stdin="qwerty123456\n")
    assert weak.exit_code == 1 and "not accepted: it is one of the most used passwords" in weak.output, weak.output
    made = run_cli(server_config, "create-admin", "wang", "--role", "unit_admin", "--unit", "B", stdin=PASSWORD + "\n")
    assert made.exit_code == 0, made.output
    wang = login(live_server, "wang")
    assert wang.must_change
    # until the change, the token opens nothing but the change (and who am I, and logout)
    blocked = wang.get(api + "/learners", timeout=30)
    assert blocked.status_code == 403 and blocked.json()["error"] == "must_change_password"
    assert wang.get(api + "/me", timeout=30).json()["must_change_password"] is True
    for new, problem in (("short-2026", "weak_password"), ("password1234", "weak_password"),
                         ("Wang-is-me-2026", "weak_password"), (PASSWORD, "same_password")):
        refused = wang.post(api + "/me/password", json={"old_password": PASSWORD, "new_password": new}, timeout=30)
        assert refused.status_code == 422 and refused.json()["error"] == problem, (new, refused.text)
    wrong_old = wang.post(api + "/me/password", json={"old_password": "not-it-2026-x", "new_password": "Lotus-river-0917"},
                          timeout=30)
    assert wrong_old.status_code == 422 and wrong_old.json()["error"] == "wrong_password"
    done = wang.post(api + "/me/password", json={"old_password": PASSWORD, "new_password": "Lotus-river-0917"},
                     timeout=30)
    assert done.status_code == 200
    assert wang.get(api + "/learners", timeout=30).status_code == 200   # the same token now works
    assert login(live_server, "wang", "Lotus-river-0917").must_change is False
    assert [(r[0], r[1], r[3]) for r in audit_rows(server, "admin.") if r[2] == "admin:wang"] == [
        ("cli:" + getpass.getuser(), "admin.create", "ok"), ("wang", "admin.change_password", "refused"),
        ("wang", "admin.change_password", "ok")]


def test_managers_manage_only_accounts_at_or_below_them_with_no_higher_role(server, units, live_server):
    api = live_server + "/api/v1/admin"
    centre, unit_a, top = login(live_server, "zhongxin"), login(live_server, "danwei_a"), login(live_server, "sheng")
    assert [a["username"] for a in centre.get(api + "/admins", timeout=30).json()["admins"]] == \
        ["danwei_a", "jiankao_a"]
    assert [a["username"] for a in unit_a.get(api + "/admins", timeout=30).json()["admins"]] == ["jiankao_a"]
    assert {a["username"] for a in top.get(api + "/admins", timeout=30).json()["admins"]} == \
        {"zhongxin", "zhongxin2", "danwei_a", "jiankao_a"}
    # outside the subtree: not there; inside but a higher role: refused; a role above one's own: refused
    assert centre.post(api + "/admins/zhongxin2/disable", timeout=30).status_code == 404
    assert centre.post(api + "/admins/sheng/logout-all", timeout=30).status_code == 404
    assert unit_a.post(api + "/admins/zhongxin/disable", timeout=30).status_code == 404
    assert centre.put(api + "/admins/danwei_a/role", json={"role": "provincial_admin"}, timeout=30).status_code == 403
    assert centre.post(api + "/admins/zhongxin/disable", timeout=30).json()["error"] == "own_account"
    proctor = login(live_server, "jiankao_a")
    assert proctor.get(api + "/admins", timeout=30).status_code == 403
    with server.sessions() as s:
        assert not any(a.disabled for a in s.scalars(select(AdminAccount)))

    # a role change and a disable end the account's sessions at once
    assert centre.put(api + "/admins/jiankao_a/role", json={"role": "unit_admin"}, timeout=30).json()["role"] == \
        "unit_admin"
    assert proctor.get(api + "/me", timeout=30).status_code == 401
    assert login(live_server, "jiankao_a").get(api + "/learners", timeout=30).status_code == 200
    assert centre.post(api + "/admins/danwei_a/disable", timeout=30).json()["disabled"] is True
    assert unit_a.get(api + "/units", timeout=30).status_code == 401
    disabled = requests.post(api + "/login", json={"username": "danwei_a", "password": PASSWORD}, timeout=30)
    assert disabled.status_code == 401 and disabled.json()["error"] == "account_disabled"   # right password only
    wrong = requests.post(api + "/login", json={"username": "danwei_a", "password": "nope-nope-2026"}, timeout=30)
    assert wrong.json()["error"] == "wrong_login"
    assert centre.post(api + "/admins/danwei_a/enable", timeout=30).json()["disabled"] is False
    unit_a = login(live_server, "danwei_a")

    # logout-all ends every session; a reset gives a one-time password that must be changed
    second = login(live_server, "danwei_a")
    assert centre.post(api + "/admins/danwei_a/logout-all", timeout=30).json()["ended"] == 2
    assert unit_a.get(api + "/units", timeout=30).status_code == 401 == second.get(api + "/units", timeout=30).status_code
    reset = centre.post(api + "/admins/danwei_a/reset-password", timeout=30).json()
    again = login(live_server, "danwei_a", reset["initial_password"])
    assert again.must_change and again.get(api + "/units", timeout=30).status_code == 403
    assert [(r[0], r[1], r[2]) for r in audit_rows(server, "admin.") if r[1] != "admin.create"] == [
        ("zhongxin", "admin.set_role", "admin:jiankao_a"), ("zhongxin", "admin.disable", "admin:danwei_a"),
        ("zhongxin", "admin.enable", "admin:danwei_a"), ("zhongxin", "admin.logout_all", "admin:danwei_a"),
        ("zhongxin", "admin.reset_password", "admin:danwei_a")]


def test_an_idle_session_ends(server, units, live_server):
    api = live_server + "/api/v1/admin"
    top = login(live_server, "sheng")
    assert top.get(api + "/units", timeout=30).status_code == 200
    with server.sessions.begin() as s:   # 31 minutes pass without the token being used
        s.execute(update(AdminSession).values(last_used_at=utc_naive(datetime.now(timezone.utc)) - timedelta(minutes=31)))
    idle = top.get(api + "/units", timeout=30)
    assert idle.status_code == 401 and idle.json()["error"] == "not_logged_in"
    with server.sessions() as s:
        assert s.scalars(select(AdminSession)).all() == []


def test_cli_manages_accounts(server, server_config, units):
    refused = run_cli(server_config, "admins", "passwd", "danwei_a", stdin="Danwei_a-2026\n")
    assert refused.exit_code == 1 and "it contains the user name; nothing was changed" in refused.output
    assert run_cli(server_config, "admins", "passwd", "danwei_a", stdin="password1234\n").exit_code == 1
    assert run_cli(server_config, "admins", "passwd", "danwei_a", stdin="Bamboo-gate-4471\n").exit_code == 0
    assert run_cli(server_config, "admins", "disable", "jiankao_a").exit_code == 0
    assert run_cli(server_config, "admins", "set-role", "jiankao_a", "unit_admin").exit_code == 0
    assert run_cli(server_config, "admins", "logout-all", "sheng").exit_code == 0
    assert run_cli(server_config, "admins", "enable", "nobody").exit_code == 1
    listed = run_cli(server_config, "admins", "list").output
    assert "danwei_a\tunit administrator (unit_admin)\tA\t\tmust change the password" in listed
    assert "jiankao_a\tunit administrator (unit_admin)\tA\t\tdisabled" in listed
    with server.sessions() as s:
        a = s.get(AdminAccount, "danwei_a")
        assert a.must_change_password and a.password_hash.startswith("$argon2id$")
    actions = [(r[1], r[2]) for r in audit_rows(server, "admin.") if r[1] != "admin.create"]
    assert actions == [("admin.reset_password", "admin:danwei_a"), ("admin.disable", "admin:jiankao_a"),
                       ("admin.set_role", "admin:jiankao_a"), ("admin.logout_all", "admin:sheng")]
    assert all(r[0].startswith("cli") for r in audit_rows(server, "admin.reset"))


def test_a_revoked_station_stays_revoked_whatever_code_it_brings(server, live_server, station_for_server, units):
    client = SyncClient(live_server, station_for_server.keys)
    assert client.enrol("第一考场 01号机", create_code(server)).status == "approved"
    revoke_device(server, station_for_server.keys.device_id)
    with pytest.raises(SyncError) as err:
        client.enrol("第一考场 01号机", create_code(server))
    assert err.value.code == "device_revoked"
    # the same key under a new device id is refused the same way
    from examcore.canonical import b64e
    from examcore.signed_request import sign_request
    body = ('{"device_id": "another-pc-0001", "public_key": "%s", "code": "%s"}'
            % (b64e(station_for_server.keys.device_key.public_raw()), create_code(server))).encode()
    headers = sign_request(station_for_server.keys.device_key, "another-pc-0001", "POST", "/api/v1/devices/enrol", body)
    again = requests.post(live_server + "/api/v1/devices/enrol", data=body, timeout=30,
                          headers={**headers, "Content-Type": "application/json"})
    assert again.status_code == 403 and again.json()["error"] == "device_revoked"
    with server.sessions() as s:
        from sync_server.models import Device, EnrolmentCode
        assert s.get(Device, station_for_server.keys.device_id).status == "revoked"
        assert s.get(Device, "another-pc-0001") is None
        assert s.scalars(select(EnrolmentCode).where(EnrolmentCode.used_by.is_not(None))).all().__len__() == 1
    assert [r[1:4] for r in audit_rows(server, "device.")] == [
        ("device.enrol", f"device:{station_for_server.keys.device_id}", "ok"),
        ("device.approve", f"device:{station_for_server.keys.device_id}", "ok"),
        ("device.revoke", f"device:{station_for_server.keys.device_id}", "ok"),
        ("device.enrol", f"device:{station_for_server.keys.device_id}", "refused"),
        ("device.enrol", "device:another-pc-0001", "refused")]


def test_the_audit_log_is_for_the_top_administrator_and_append_only(server, units, live_server):
    api = live_server + "/api/v1/admin"
    requests.post(api + "/login", json={"username": "zhongxin", "password": "wrong-guess-2026"}, timeout=30)
    top = login(live_server, "sheng")
    assert top.put(api + "/policy/late_login_minutes", json={"value": 20}, timeout=30).status_code == 200
    assert top.put(api + "/units/D", json={"name": "D单位", "level": "unit", "parent_id": "C2"}, timeout=30) \
        .status_code == 201
    page = top.get(api + "/audit", params={"limit": 3}, timeout=30).json()
    assert [(e["action"], e["object"], e["actor"], e["outcome"]) for e in page["entries"]] == [
        ("unit.put", "unit:D", "sheng", "ok"), ("policy.set", "policy:late_login_minutes", "sheng", "ok"),
        ("login", "admin:sheng", "sheng", "ok")]
    assert page["more"] and page["entries"][0]["address"] == "127.0.0.1"
    older = top.get(api + "/audit", params={"before": page["entries"][-1]["id"], "action": "login"}, timeout=30)
    assert [(e["object"], e["outcome"], e["detail"]) for e in older.json()["entries"]] == [
        ("admin:zhongxin", "failed", "wrong password")]
    assert top.get(api + "/audit", params={"since": "yesterday"}, timeout=30).status_code == 422
    assert login(live_server, "zhongxin").get(api + "/audit", timeout=30).status_code == 403
    # no API changes a row, and the database itself refuses an UPDATE or a DELETE
    assert not [r for r in requests.get(live_server + "/api/v1/openapi.json", timeout=30).json()["paths"]
                if r.startswith("/admin/audit/")]
    for statement in ("UPDATE audit_log SET outcome = 'ok'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"):
            with server.engine.begin() as conn:
                conn.execute(text(statement))
    assert len(audit_rows(server)) >= 4
