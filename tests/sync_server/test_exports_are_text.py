"""Text people type (a learner's name or phone through the API, a roster file, a reason a station sends)
comes out of every Excel export as text: opened with openpyxl, no cell anywhere is a formula."""
from __future__ import annotations

import io
import json
import zipfile
from datetime import timedelta
from pathlib import Path

import requests
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from examcore.clock import utc_naive
from examcore.crypto.keys import SigningKey
from examcore.package import parse_package
from examcore.proctor_codes import PAUSE, make_code, new_challenge
from examcore.signed_request import sign_request
from examcore.spreadsheet import append_row, formula_like
from sync_server.admins import create_admin
from sync_server.cli import main
from sync_server.devices import approve_device, request_enrolment
from sync_server.directory.service import put_unit
from sync_server.exams.packages import import_package
from sync_server.models import Device, Package
from sync_server.reports.units import unit_report, write_report_excel
from sync_server.sittings.report import sitting_report, write_sitting_excel
from sync_server.sittings.service import create_sitting, start
from tests.conftest import proctor_key_of

PASSWORD = "Admin-pass-2026"
HOSTILE = ['=HYPERLINK("http://x","点我")', "=cmd|'/C calc'!A0", "＠SUM(1)", "-1+1", "+1+1", "@SUM(A1)",
           "\t=1+2", "\r=1+2", "＝1+1", "－1", "＋1", " =1+1"]


def formulas(data: bytes | Path) -> list[str]:
    """Every formula in a workbook, as openpyxl reads it and as the file holds it (an <f> element)."""
    raw = data.read_bytes() if isinstance(data, Path) else data
    found = [f"{ws.title}!{c.coordinate}" for ws in load_workbook(io.BytesIO(raw)).worksheets
             for row in ws.iter_rows() for c in row if c.data_type == "f"]
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        found += [n for n in z.namelist() if n.startswith("xl/worksheets/") and b"<f>" in z.read(n)]
    return found


def texts(data: bytes | Path) -> set[str]:
    raw = data.read_bytes() if isinstance(data, Path) else data
    return {c.value for ws in load_workbook(io.BytesIO(raw)).worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str)}


def test_the_safe_writer_keeps_text_text_and_numbers_numbers(tmp_path):
    assert all(formula_like(t) for t in HOSTILE)
    assert not any(formula_like(t) for t in ("王小明", "13800138000", "1-1", "a=b", ""))
    for write_only in (False, True):
        wb = Workbook(write_only=write_only)
        ws = wb.create_sheet("s") if write_only else wb.active
        append_row(ws, [*HOSTILE, 42, -1.5, None, "bell\x07"])
        wb.save(tmp_path / "t.xlsx")
        assert formulas(tmp_path / "t.xlsx") == []
        row = next(load_workbook(tmp_path / "t.xlsx").worksheets[0].iter_rows())
        # (without lxml, openpyxl writes a bare CR that XML reads back as LF: the one change, still text)
        values = [c.value.replace("\r", "\n") if isinstance(c.value, str) else c.value for c in row]
        assert values == [*(t.replace("\r", "\n") for t in HOSTILE), 42, -1.5, None, "bell\ufffd"]
        assert all(c.quotePrefix for c in row[:len(HOSTILE)])   # Excel keeps them text when edited


def test_every_export_writes_hostile_text_as_text(server, server_config, server_package, live_server, tmp_path):
    import_package(server, server_package.read_bytes())
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        create_admin(s, "root", PASSWORD, "provincial_admin", "P", now, full_name=HOSTILE[4], phone=HOSTILE[1],
                     must_change_password=False)
    http = requests.Session()
    token = http.post(f"{live_server}/api/v1/admin/login", json={"username": "root", "password": PASSWORD},
                      timeout=30).json()["token"]
    http.headers["Authorization"] = f"Bearer {token}"
    # through the API: a unit and a learner whose every text field is hostile
    assert http.put(f"{live_server}/api/v1/admin/units/U1", json={"name": HOSTILE[0], "level": "unit",
                                                                 "parent_id": "P"}, timeout=30).status_code == 201
    # (a phone number is refused unless it reads as one, which a formula never does: but "-1 555" and
    # "+86 …" do, and start as formulas would)
    answer = http.put(f"{live_server}/api/v1/admin/learners/110101001", timeout=30, json={
        "name": HOSTILE[0], "unit_id": "U1", "rank": HOSTILE[2], "phone": "-1 555 0100"})
    assert answer.status_code == 201, answer.text
    # through a roster import: a workbook whose cells hold the text (as a unit's own file would)
    wb = Workbook()
    append_row(wb.active, ["学号", "姓名", "单位", "职务级别", "手机号"])
    append_row(wb.active, ["110101002", HOSTILE[5], "U1", HOSTILE[3], "+86 138-0000-0000"])
    append_row(wb.active, ["110101003", HOSTILE[8], "U1", HOSTILE[9], HOSTILE[10]])
    append_row(wb.active, ["110101004", HOSTILE[6], "U1", "科员", ""])
    roster = io.BytesIO()
    wb.save(roster)
    answer = http.post(f"{live_server}/api/v1/admin/roster/import?name=r.xlsx", data=roster.getvalue(), timeout=60)
    assert answer.status_code == 200 and answer.json()["added"] == 3, answer.text
    # text a station sends: the reason of a pause the proctor gave by code while the network was down
    with server.sessions.begin() as s:
        package_id = s.query(Package.package_id).scalar()
        sitting = create_sitting(s, package_id, "第一考场", server.clock.now() + timedelta(minutes=5),
                                 [("110101001", "A01"), ("110101002", "A02")], "test", server.clock.now(),
                                 unit_id="U1").sitting_id
        start(s, sitting, "root", server.clock.now())
    station = ("station-u1-01", SigningKey.generate())
    request_enrolment(server, station[0], station[1].public_raw())
    approve_device(server, station[0], unit_id="U1")
    with server.sessions.begin() as s:
        s.get(Device, station[0]).room = "第一考场"   # a PC of the sitting's room
    # a code the proctor's tool made (the server verifies it before it keeps the action)
    key = proctor_key_of(parse_package(server_package.read_bytes(), None).header)
    challenge = new_challenge(station[0], "attempt-1")
    body = json.dumps({"learner_no": "110101001", "report": {"state": "in_progress", "by_code": [
        {"action_id": "code:" + challenge, "kind": "pause", "minutes": 0, "reason": HOSTILE[1],
         "code": make_code(key, PAUSE, challenge, 0)}]}}).encode()
    path = "/api/v1/sittings/check-in"
    answer = requests.post(live_server + path, data=body, timeout=30, headers={
        "Content-Type": "application/json", **sign_request(station[1], station[0], "POST", path, body)})
    assert answer.status_code == 200, answer.text

    exports: dict[str, bytes | Path] = {}
    answer = http.get(f"{live_server}/api/v1/admin/roster/export?unit_id=P", timeout=60)
    assert answer.status_code == 200
    exports["roster (API)"] = answer.content
    cli = ["--instance", str(server_config.instance_dir)]
    for name, args in (("roster (CLI)", ["export-roster"]), ("unit summary", ["report-units", "--unit", "P", "--excel"]),
                       ("sitting report", ["sittings", "report", sitting, "--excel"])):
        out = tmp_path / f"{name}.xlsx"
        run = CliRunner().invoke(main, cli + args + [str(out)])
        assert run.exit_code == 0, run.output
        exports[name] = out
    with server.sessions() as s:
        write_report_excel(tmp_path / "units.xlsx", unit_report(s, "no-exam", "P"), HOSTILE[0])
        exports["participation report"] = tmp_path / "units.xlsx"
        report = sitting_report(s, sitting)
    from desktop.services.admin_export import write_table
    write_table(tmp_path / "desktop.xlsx", HOSTILE[7], ["姓名", "手机号"], [[t, t] for t in HOSTILE] + [[1, 2.5]])
    exports["desktop table"] = tmp_path / "desktop.xlsx"

    assert any(HOSTILE[1] in e["detail"] for e in report["events"])   # the station's reason reached the log
    for name, data in exports.items():
        assert formulas(data) == [], name
    found = {t.replace("\r", "\n") for t in set().union(*(texts(d) for d in exports.values()))}
    for text in [*HOSTILE[:11], "-1 555 0100", "+86 138-0000-0000"]:
        assert any(text.replace("\r", "\n") in t for t in found), text   # each came out, unchanged, as text
    wb = load_workbook(tmp_path / "desktop.xlsx").active
    assert [wb.cell(len(HOSTILE) + 3, c).value for c in (1, 2)] == [1, 2.5]   # numbers stay numbers
