"""Administrators over real HTTP: login, roles, and scoping. An admin of unit A can neither read nor
change anything of unit B through any endpoint; a centre admin of one city nothing of another."""
from __future__ import annotations

import random
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select

from examcore.clock import utc_naive
from examcore.crypto.keys import SigningKey
from sync_server.admins import create_admin
from sync_server.app import create_app
from sync_server.devices import approve_device, request_enrolment
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.results.ingest import Ingest
from sync_server.exams.packages import import_package
from sync_server.models import AdminAccount, Alert, Device, Learner, Package, Result, Sitting, Unit
from sync_server.sittings.service import create_sitting
from tests.conftest import LEARNER, NEW_LEARNER
from tests.server_fixtures import make_envelopes

PASSWORD = "Admin-pass-2026"
A_LEARNER, B_LEARNER = LEARNER[0], NEW_LEARNER[0]


@pytest.fixture
def world(server, server_package, station_for_server):
    """P province > C1 city > units A, B; P > C2 city > unit D. A result, a device and an alert in A and B."""
    import_package(server, server_package.read_bytes())
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "C1", "甲市", "city", "P", now)
        put_unit(s, "C2", "乙市", "city", "P", now)
        for unit, city in (("A", "C1"), ("B", "C1"), ("D", "C2")):
            put_unit(s, unit, f"{unit}单位", "unit", city, now)
        put_learner(s, A_LEARNER, LearnerFields("李四", "A"), now)
        put_learner(s, B_LEARNER, LearnerFields("张三", "B"), now)
        for name, role, unit in (("admin_a", "unit_admin", "A"), ("admin_c2", "centre_admin", "C2"),
                                 ("admin_p", "provincial_admin", "P")):
            create_admin(s, name, PASSWORD, role, unit, now, must_change_password=False)
    b_station = ("station-b-0001", SigningKey.generate())
    request_enrolment(server, station_for_server.keys.device_id, station_for_server.keys.device_key.public_raw())
    approve_device(server, station_for_server.keys.device_id, unit_id="A")
    request_enrolment(server, b_station[0], b_station[1].public_raw())
    approve_device(server, b_station[0], unit_id="B")
    rng = random.Random(7)
    [a_result] = make_envelopes(station_for_server, 1, rng, learner_no=A_LEARNER)
    [b_result] = make_envelopes(station_for_server, 1, rng, learner_no=B_LEARNER, devices=[b_station])
    outcomes = Ingest(server).ingest_many([a_result.to_bytes(), b_result.to_bytes()], "http")
    assert [o.status.value for o in outcomes] == ["stored", "stored"]
    with server.sessions.begin() as s:
        s.add(Alert(kind="score_mismatch", result_id=b_result.result_id, device_id=b_station[0], detail="B's",
                    created_at=now))
        package_id = s.query(Package.package_id).scalar()
        for learner, unit in (("110109901", "A"), ("110109902", "B")):   # seated in their unit's sitting
            put_learner(s, learner, LearnerFields("考场考生", unit), now)
        sittings = {unit: create_sitting(s, package_id, f"{unit}考场", server.clock.now() + timedelta(hours=1),
                                         [(learner, "01")], "test", server.clock.now(), unit_id=unit).sitting_id
                    for unit, learner in (("A", "110109901"), ("B", "110109902"))}
    return {"a_result": a_result.result_id, "b_result": b_result.result_id, "b_device": b_station[0],
            "a_device": station_for_server.keys.device_id, "a_sitting": sittings["A"], "b_sitting": sittings["B"]}


def login(url: str, username: str, password: str = PASSWORD) -> requests.Session:
    http = requests.Session()
    answer = http.post(f"{url}/api/v1/admin/login", json={"username": username, "password": password}, timeout=30)
    assert answer.status_code == 200, answer.text
    http.headers["Authorization"] = f"Bearer {answer.json()['token']}"
    return http


def snapshot(server) -> dict:
    """Everything of units B, C1 and their contents, to show nothing changed."""
    with server.sessions() as s:
        return {"units": [(u.unit_id, u.name, u.parent_id) for u in s.scalars(select(Unit).order_by(Unit.unit_id))],
                "learners": [(r.learner_no, r.name, r.unit_id, r.password_hash, r.status)
                             for r in s.scalars(select(Learner).order_by(Learner.learner_no))],
                "devices": [(d.device_id, d.status, d.unit_id) for d in s.scalars(select(Device))],
                "results": sorted(s.scalars(select(Result.result_id))),
                "sittings": [(x.sitting_id, x.state) for x in s.scalars(select(Sitting).order_by(Sitting.sitting_id))],
                "admins": [(x.username, x.role, x.disabled, x.password_hash, x.must_change_password)
                           for x in s.scalars(select(AdminAccount).order_by(AdminAccount.username))]}


def test_unit_admin_sees_and_changes_only_their_unit(server, world, live_server, tmp_path, monkeypatch):
    api = live_server + "/api/v1/admin"
    a = login(live_server, "admin_a")
    before = snapshot(server)
    covered: set[tuple[str, str]] = set()

    def call(method: str, rule: str, path: str, **kw) -> requests.Response:
        covered.add((method, rule))
        return a.request(method, api + path, timeout=30, **kw)

    units = call("GET", "/admin/units", "/units").json()["units"]
    assert [u["unit_id"] for u in units] == ["A"]
    assert call("PUT", "/admin/units/<unit_id>", "/units/B", json={"name": "改名", "level": "unit",
                                                                   "parent_id": "C1"}).status_code == 403
    listed = call("GET", "/admin/learners", "/learners").json()["learners"]
    assert [r["learner_no"] for r in listed] == [A_LEARNER, "110109901"]   # (A's seated in A's sitting)
    assert a.get(api + "/learners", params={"unit_id": "B"}, timeout=30).status_code == 404
    assert a.get(api + "/learners", params={"unit_id": "C1", "below": "1"}, timeout=30).status_code == 404
    province = login(live_server, "admin_p")   # the units under C1, from the province: A's and B's learners
    below = province.get(api + "/learners", params={"unit_id": "C1", "below": "1"}, timeout=30).json()["learners"]
    assert sorted(r["learner_no"] for r in below) == sorted([A_LEARNER, B_LEARNER, "110109901", "110109902"])
    assert province.get(api + "/learners", params={"unit_id": "C1"}, timeout=30).json()["learners"] == []
    assert call("GET", "/admin/learners/<learner_no>", f"/learners/{B_LEARNER}").status_code == 404
    assert call("GET", "/admin/learners/<learner_no>", f"/learners/{A_LEARNER}").json()["name"] == "李四"
    assert call("GET", "/admin/learners/<learner_no>/archive", f"/learners/{B_LEARNER}/archive").status_code == 404
    own = a.get(f"{api}/learners/{A_LEARNER}/archive", timeout=30).json()
    assert [e["exam_id"] for e in own["exams"]] == ["exam-2026"] and len(own["exams"][0]["attempts"]) == 1
    # neither pull B's learner into A, nor push a new or existing learner into B
    taken = call("PUT", "/admin/learners/<learner_no>", f"/learners/{B_LEARNER}", json={"name": "张三", "unit_id": "A"})
    assert (taken.status_code, taken.json()["error"]) == (409, "learner_no_unavailable")   # nothing of B's told
    assert a.put(f"{api}/learners/999", json={"name": "新人", "unit_id": "B"}, timeout=30).status_code == 404
    assert a.put(f"{api}/learners/{A_LEARNER}", json={"name": "李四", "unit_id": "B"}, timeout=30).status_code == 404
    assert call("POST", "/admin/learners/<learner_no>/reset-password",
                f"/learners/{B_LEARNER}/reset-password").status_code == 404
    results = call("GET", "/admin/results", "/results").json()["results"]
    assert [r["result_id"] for r in results] == [world["a_result"]]
    assert call("GET", "/admin/results/<result_id>", f"/results/{world['b_result']}").status_code == 404
    assert a.get(f"{api}/results/{world['a_result']}", timeout=30).json()["learner_no"] == A_LEARNER
    assert call("GET", "/admin/alerts", "/alerts").json()["alerts"] == []
    assert call("GET", "/admin/reports/units", "/reports/units?exam_id=exam-2026&unit_id=B").status_code == 404
    assert call("GET", "/admin/reports/units", "/reports/units?exam_id=exam-2026&unit_id=C1").status_code == 404
    assert call("GET", "/admin/reports/summary", "/reports/summary?unit_id=B").status_code == 404
    assert call("GET", "/admin/reports/items", "/reports/items?exam_id=exam-2026").status_code == 403
    summary = a.get(api + "/reports/summary", timeout=30).json()["units"]
    assert [(u["unit_id"], u["headcount"]) for u in summary] == [("A", 2)]
    mine = a.get(api + "/reports/units", params={"exam_id": "exam-2026"}, timeout=30).json()
    assert (mine["total"]["unit_id"], mine["total"]["sat"]) == ("A", 1)  # only A's learner and result
    # device and policy endpoints need a higher role than a unit admin's
    assert call("GET", "/admin/devices", "/devices").status_code == 403
    assert call("POST", "/admin/devices/<device_id>/approve", f"/devices/{world['b_device']}/approve",
                json={"unit_id": "A"}).status_code == 403
    assert call("POST", "/admin/devices/<device_id>/revoke", f"/devices/{world['b_device']}/revoke").status_code == 403
    assert call("PUT", "/admin/policy/<key>", "/policy/late_login_minutes", json={"value": 5}).status_code == 403
    # rosters: a row for B's unit is a problem, nothing changes; B's roster is not A's to export
    from openpyxl import Workbook
    book = Workbook()
    book.active.append(["学号", "姓名", "单位"])
    book.active.append(["110109999", "外人", "B"])
    book.save(tmp_path / "b.xlsx")
    imported = call("POST", "/admin/roster/import", "/roster/import", data=(tmp_path / "b.xlsx").read_bytes())
    assert imported.status_code == 422 and imported.json()["error"] == "roster_problems", imported.text
    from examcore.banks.common import RowProblem   # the admin window shows the reason in its own language
    [sent], [text] = imported.json()["details"], imported.json()["problems"]
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    assert RowProblem.said_of(sent, text).endswith("第 2 行，列 单位：B单位 不在您管理的单位范围内"), sent
    monkeypatch.setenv("XUEFA_LANG", "en")
    assert call("GET", "/admin/roster/export", "/roster/export?unit_id=B").status_code == 404
    # question banks: their owner (the top provincial administrator) only
    assert call("GET", "/admin/banks", "/banks").status_code == 403
    assert call("POST", "/admin/exams/build", "/exams/build", json={"exam": {}, "bank": "x"}).status_code == 403
    assert call("GET", "/admin/questions", "/questions?bank=x").status_code == 403
    assert call("POST", "/admin/questions/import", "/questions/import?bank=x&dry_run=1",
                files=[("file", ("a.gift", b"::q:: stem {=a ~b}"))]).status_code == 403
    assert call("PUT", "/admin/questions/<question_id>", "/questions/q1", json={"stem": "改"}).status_code == 403
    assert call("POST", "/admin/questions/<question_id>/retire", "/questions/q1/retire").status_code == 403
    assert call("POST", "/admin/questions/<question_id>/restore", "/questions/q1/restore").status_code == 403
    assert call("GET", "/admin/questions/<question_id>/history", "/questions/q1/history").status_code == 403
    # this server's own syncing: its top administrator only
    assert call("GET", "/admin/status", "/status").status_code == 403
    assert call("POST", "/admin/sync-upstream", "/sync-upstream").status_code == 403
    assert call("POST", "/admin/bundles/import", "/bundles/import", data=b"x").status_code == 403
    assert call("POST", "/admin/bundles/export", "/bundles/export").status_code == 403
    assert call("POST", "/admin/receipts/import", "/receipts/import", data=b"x").status_code == 403
    assert [e["exam_id"] for e in call("GET", "/admin/exams", "/exams").json()["exams"]] == ["exam-2026"]
    # sittings: B's cannot be seen or started from A
    listed = call("GET", "/admin/sittings", "/sittings").json()["sittings"]
    assert [x["sitting_id"] for x in listed] == [world["a_sitting"]]
    assert call("GET", "/admin/sittings/<sitting_id>", f"/sittings/{world['b_sitting']}").status_code == 404
    assert call("POST", "/admin/sittings/<sitting_id>/start", f"/sittings/{world['b_sitting']}/start").status_code == 404
    assert call("POST", "/admin/sittings/<sitting_id>/actions", f"/sittings/{world['b_sitting']}/actions",
                json={"kind": "force_submit"}).status_code == 404
    assert call("POST", "/admin/sittings/<sitting_id>/missing", f"/sittings/{world['b_sitting']}/missing",
                json={"learner_no": B_LEARNER, "reason": "缺考"}).status_code == 404
    assert call("POST", "/admin/sittings/<sitting_id>/close", f"/sittings/{world['b_sitting']}/close").status_code == 404
    assert call("POST", "/admin/sittings/<sitting_id>/cancel", f"/sittings/{world['b_sitting']}/cancel",
                json={"reason": "停电"}).status_code == 404
    assert call("PUT", "/admin/sittings/<sitting_id>/start-code", f"/sittings/{world['b_sitting']}/start-code",
                json={"start_code": "AAAA-BBBB-CCCC"}).status_code == 404
    assert call("GET", "/admin/sittings/<sitting_id>/start-code",
                f"/sittings/{world['b_sitting']}/start-code").status_code == 404
    # administrator accounts: none above or beside A can be reached; the security log is the top's
    assert call("GET", "/admin/admins", "/admins").json()["admins"] == []
    for method, rule, path in (("POST", "/admin/admins/<username>/reset-password", "/admins/admin_c2/reset-password"),
                               ("POST", "/admin/admins/<username>/disable", "/admins/admin_p/disable"),
                               ("POST", "/admin/admins/<username>/enable", "/admins/admin_c2/enable"),
                               ("POST", "/admin/admins/<username>/logout-all", "/admins/admin_p/logout-all")):
        assert call(method, rule, path).status_code == 404, path
    assert call("PUT", "/admin/admins/<username>/role", "/admins/admin_c2/role",
                json={"role": "proctor"}).status_code == 404
    assert call("GET", "/admin/audit", "/audit").status_code == 403
    assert call("GET", "/admin/me", "/me").json()["username"] == "admin_a"
    assert call("POST", "/admin/me/password", "/me/password",
                json={"old_password": "not-mine-2026", "new_password": "Another-one-2026"}).status_code == 422
    assert call("POST", "/admin/sittings/<sitting_id>/move-seat", f"/sittings/{world['b_sitting']}/move-seat",
                json={"learner_no": "110109902", "reason": "换机"}).status_code == 404
    # results held back by the acceptance rules: B's are neither listed nor decided from A
    assert call("GET", "/admin/flagged-results", "/flagged-results?unit_id=B").status_code == 404
    assert call("POST", "/admin/flagged-results/<result_id>/decision", f"/flagged-results/{world['b_result']}/decision",
                json={"decision": "reject", "reason": "不是本单位的"}).status_code == 404
    assert snapshot(server) == before  # nothing of B (or anyone) changed

    # what is theirs they can do
    changed = a.put(f"{api}/learners/{A_LEARNER}", json={"name": "李四", "unit_id": "A", "rank": "处长",
                                                         "is_leader": True}, timeout=30)
    assert changed.status_code == 200 and changed.json()["is_leader"] is True
    reset = a.post(f"{api}/learners/{A_LEARNER}/reset-password", timeout=30).json()
    assert len(reset["initial_password"]) == 10
    added = a.put(f"{api}/learners/110101777", json={"name": "王五", "unit_id": "A"}, timeout=30)
    assert added.status_code == 201 and len(added.json()["initial_password"]) == 10

    # every admin endpoint the server has was probed above (a new one must join this test)
    app = create_app(server.config)
    routes = {(m, r.rule.removeprefix("/api/v1")) for r in app.url_map.iter_rules() if "/admin/" in r.rule
              for m in r.methods - {"HEAD", "OPTIONS"}}
    app.extensions["xuefa"].close()
    assert routes - covered == {("POST", "/admin/login"), ("POST", "/admin/logout")}


def test_centre_admin_of_another_city_reaches_nothing_in_this_one(server, world, live_server):
    api = live_server + "/api/v1/admin"
    c2 = login(live_server, "admin_c2")
    before = snapshot(server)
    assert [u["unit_id"] for u in c2.get(api + "/units", timeout=30).json()["units"]] == ["C2", "D"]
    assert c2.get(api + "/devices", timeout=30).json()["devices"] == []
    assert c2.post(f"{api}/devices/{world['b_device']}/approve", json={"unit_id": "D"}, timeout=30).status_code == 404
    assert c2.post(f"{api}/devices/{world['a_device']}/revoke", timeout=30).status_code == 404
    assert c2.put(api + "/units/B", json={"name": "改名", "level": "unit", "parent_id": "C2"},
                  timeout=30).status_code == 404
    assert c2.put(api + "/units/E", json={"name": "新单位", "level": "unit", "parent_id": "C1"},
                  timeout=30).status_code == 404
    assert c2.get(api + "/results", timeout=30).json()["results"] == []
    assert c2.get(api + "/alerts", timeout=30).json()["alerts"] == []
    assert c2.put(api + "/units/C2", json={"name": "乙市", "level": "city", "parent_id": "C1"},
                  timeout=30).status_code in (403, 404)  # nor move their own city under another
    assert snapshot(server) == before
    made = c2.put(api + "/units/E", json={"name": "新单位", "level": "unit", "parent_id": "C2"}, timeout=30)
    assert made.status_code == 201
    assert c2.get(api + "/reports/items", params={"exam_id": "exam-2026"}, timeout=30).status_code == 403
    p = login(live_server, "admin_p")  # the province sees all of it
    items = p.get(api + "/reports/items", params={"exam_id": "exam-2026"}, timeout=30).json()["items"]
    assert items and all(i["shown"] >= 1 for i in items)
    assert len(p.get(api + "/results", timeout=30).json()["results"]) == 2
    assert {d["device_id"] for d in p.get(api + "/devices", timeout=30).json()["devices"]} == \
        {world["a_device"], world["b_device"]}


def test_login_needs_the_right_password_and_locks_after_five_wrong(server, world, live_server):
    url = live_server + "/api/v1/admin/login"
    assert requests.get(live_server + "/api/v1/admin/units", timeout=30).status_code == 401
    assert requests.get(live_server + "/api/v1/admin/units", headers={"Authorization": "Bearer forged"},
                        timeout=30).status_code == 401
    for _ in range(5):
        wrong = requests.post(url, json={"username": "admin_a", "password": "wrong-2026x"}, timeout=30)
        assert wrong.status_code == 401 and wrong.json()["error"] == "wrong_login"
    locked = requests.post(url, json={"username": "admin_a", "password": PASSWORD}, timeout=30)
    nobody = requests.post(url, json={"username": "nobody", "password": PASSWORD}, timeout=30)
    # one answer for locked, wrong and unknown: the answer tells no one which admin names exist
    assert locked.status_code == nobody.status_code == wrong.status_code == 401
    assert locked.json() == nobody.json() == wrong.json()
    token_user = login(live_server, "admin_p")
    assert token_user.post(live_server + "/api/v1/admin/logout", timeout=30).status_code == 200
    assert token_user.get(live_server + "/api/v1/admin/units", timeout=30).status_code == 401


def test_bad_admin_messages_get_a_clear_4xx_and_change_nothing(server, world, live_server):
    api = live_server + "/api/v1/admin"
    p = login(live_server, "admin_p")
    before = snapshot(server)
    cases = [
        ("post", "/login", {"data": b"{not json", "headers": {"Content-Type": "application/json"}}, 400),
        ("post", "/login", {"json": {"username": "admin_p"}}, 422),                     # field missing
        ("put", f"/learners/{A_LEARNER}", {"json": {"name": "李四", "unit_id": "A", "salary": 1}}, 422),
        ("put", f"/learners/{A_LEARNER}", {"json": {"name": "李四", "unit_id": "A", "is_leader": "maybe"}}, 422),
        ("put", f"/learners/{'9' * 300}", {"json": {"name": "超长", "unit_id": "A"}}, 422),
        ("put", "/learners/123", {"json": {"name": "某", "unit_id": "A", "status": "on_holiday"}}, 422),
        ("put", "/units/X", {"json": {"name": "某", "level": "village", "parent_id": "P"}}, 422),
        ("put", "/units/C1", {"json": {"name": "甲市", "level": "city", "parent_id": "A"}}, 422),  # a cycle
        ("put", "/policy/late_login_minutes", {"json": {"value": 100000}}, 422),
        ("put", "/policy/coffee_breaks", {"json": {"value": 2}}, 422),
        ("post", "/devices/nobody/approve", {"json": {"unit_id": "A"}}, 404),
    ]
    for method, path, kw, status in cases:
        answer = p.request(method, api + path, timeout=30, **kw)
        assert answer.status_code == status, (path, answer.status_code, answer.text)
        assert answer.json()["message"], path  # says what is wrong
    assert snapshot(server) == before
