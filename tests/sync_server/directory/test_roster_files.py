"""Roster spreadsheets through `xuefa-server`: Chinese header names, all or nothing with every bad row
named, transfers keep the account, one-time passwords on printable slips, export in the same layout."""
from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

from argon2 import PasswordHasher
from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from examcore.clock import utc_naive
from sync_server.directory.service import put_unit
from sync_server.models import Learner
from tests.server_cli import server_cli as cli



def sheet(path: Path, *rows) -> Path:
    wb = Workbook()
    for row in rows:
        wb.active.append(list(row))
    wb.save(path)
    return path


def units(server):
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "U1", "市司法局", "unit", "P", now)
        put_unit(s, "U2", "市教育局", "unit", "P", now)


def test_a_roster_with_common_headers_all_or_nothing_then_slips_transfer_and_export(server, server_config, tmp_path):
    units(server)
    folder = server_config.instance_dir
    header = ["序号", "姓名", "账号", "所在单位", "职级", "是否领导干部", "手机号码", "人员状态", "免考事由", "免考截止日期"]
    bad = sheet(tmp_path / "bad.xlsx", header,
                [1, "张三", "110101001", "市司法局", "科员", "否", 13800138000, "在职"],
                [2, "李四", "110101001", "市司法局", "处长", "是", "", ""],        # the same number again
                [3, "王五", "110101003", "市财政局", "科员", "否", "", ""],        # no such unit
                [4, "赵六", "110101004", "U2", "科员", "也许", "", ""],            # not 是/否
                [5, "钱七", "110101005", "U2", "科员", "否", "", "出差"],          # unknown status
                [6, "孙八", "110101006", "U2", "科员", "否", "", "免考"],          # exempt, no reason
                [7, "周九", "110101007", "U2", "科员", "否", "", "免考", "病假", "下月底"],   # not a date
                [8, "吴十", "110101008", "U2", "科员", "否", "", "免考", "病假", "2020-01-31"],  # over
                [9, "郑一", "110101009", "U2", "科员", "否", "", "免考", "病假", "2027-02-30"])  # no such day
    refused = cli(folder, "import-roster", bad)
    assert refused.returncode == 1 and "nothing was changed" in refused.stderr
    assert "bad.xlsx, row 3, column 账号: 110101001 is also on row 2" in refused.stdout
    assert "bad.xlsx, row 4, column 所在单位: no unit '市财政局'" in refused.stdout
    assert "row 5, column 是否领导干部" in refused.stdout and "row 6, column 人员状态" in refused.stdout
    assert "row 7, column 免考事由: an exemption needs its reason" in refused.stdout
    assert "row 8, column 免考截止日期: '下月底' is not a date" in refused.stdout
    assert "row 9, column 免考事由: the exemption ended on 2020-01-31" in refused.stdout
    assert "row 10, column 免考截止日期: '2027-02-30' is not a date" in refused.stdout
    with server.sessions() as s:
        assert s.scalars(select(Learner)).all() == []

    good = sheet(tmp_path / "roster.xlsx", header,
                 [1, "张三", "110101001", "市司法局", "科员", "否", 13800138000, "在职"],
                 [None] * 8,
                 [2, "李四", "110101002", "U1", "处长", "是", "", "免考", "两年内退休", "2027年6月30日"])
    done = cli(folder, "import-roster", good)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "2 new learner(s), 0 updated" in done.stdout
    slips = tmp_path / "roster.slips.pdf"
    assert slips.read_bytes().startswith(b"%PDF") and slips.stat().st_size > 1000
    # the Chinese font travels inside the file: a PC without it shows the slip all the same (issue 19)
    fonts = subprocess.run(["pdffonts", slips], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    chinese = [f.split() for f in fonts if "Helvetica" not in f and "Courier" not in f]
    assert chinese and all(f[1] == "TrueType" and f[-5:-2] == ["yes", "yes", "yes"] for f in chinese), fonts
    text = subprocess.run(["pdftotext", slips, "-"], capture_output=True, text=True, check=True).stdout
    assert "学法考试账号通知单" in text and "张三" in text and "110101001" in text
    with server.sessions() as s:
        zhang, li = s.get(Learner, "110101001"), s.get(Learner, "110101002")
        assert (zhang.phone, zhang.unit_id, zhang.must_change_password) == ("13800138000", "U1", True)
        assert li.is_leader and li.status == "exempt"
        assert (li.exempt_reason, li.exempt_until) == ("两年内退休", date(2027, 6, 30))
        first_hash = zhang.password_hash

    moved = sheet(tmp_path / "moved.xlsx", header, [1, "张三", "110101001", "市教育局", "科员", "否", "", "在职"])
    again = cli(folder, "import-roster", moved)
    assert "0 new learner(s), 1 updated (1 moved to another unit)" in again.stdout
    with server.sessions() as s:
        zhang = s.get(Learner, "110101001")
        assert zhang.unit_id == "U2" and zhang.password_hash == first_hash  # the account and password stay

    reset = cli(folder, "reset-password", "110101001", "--slips", tmp_path / "one.pdf")
    assert reset.returncode == 0 and (tmp_path / "one.pdf").exists()
    password = reset.stdout.split(": ", 1)[1].split()[0]
    assert f"({password}) Tj".encode() in (tmp_path / "one.pdf").read_bytes()  # printed, in a Latin font
    with server.sessions() as s:
        assert PasswordHasher().verify(s.get(Learner, "110101001").password_hash, password)

    out = tmp_path / "export.xlsx"
    assert cli(folder, "export-roster", out, "--unit", "U2").stdout.startswith("1 learner(s)")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows == [("学号", "姓名", "单位", "职务级别", "是否领导", "手机号", "状态", "免考原因", "免考开始", "免考截止"),
                    ("110101001", "张三", "市教育局", "科员", "否", None, "在职", None, None, None)]


def test_the_new_learners_verifiers_are_made_together_and_each_fits_its_slip(server, tmp_path, monkeypatch):
    """Made on several threads before the import's locks (issue 17): every slip's password opens its own
    learner's account and no other, and a learner already there keeps their password."""
    import sync_server.directory.service as directory
    from sync_server.directory.roster_files import import_roster
    monkeypatch.setattr(directory.os, "cpu_count", lambda: 4)   # several threads even on a one-core runner
    units(server)
    header = ["学号", "姓名", "单位"]
    sheet(tmp_path / "first.xlsx", header, ["N00", "甲", "U1"])
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        [first] = import_roster(s, tmp_path / "first.xlsx", now).added
        kept = s.get(Learner, "N00").password_hash
    rows, told = [[f"N{n:02d}", f"考生{n}", "U2"] for n in range(7)], list[tuple]()
    with server.sessions.begin() as s:
        done = import_roster(s, sheet(tmp_path / "roster.xlsx", header, *rows), now,
                             progress=lambda *made: told.append(made))
    assert (len(done.added), done.updated, told) == (6, 1, [(6, 6)]) and not done.problems
    hasher = PasswordHasher()
    with server.sessions() as s:
        hashes = {no: s.get(Learner, no).password_hash for no, _, _ in rows}
    assert hashes["N00"] == kept and hasher.verify(kept, first.password)
    for slip in done.added:
        assert hasher.verify(hashes[slip.learner_no], slip.password)
        assert not any(_opens(hasher, h, slip.password) for no, h in hashes.items() if no != slip.learner_no)
    assert len({slip.password for slip in done.added}) == 6


def _opens(hasher: PasswordHasher, verifier: str, password: str) -> bool:
    from argon2.exceptions import VerifyMismatchError
    try:
        return hasher.verify(verifier, password)
    except VerifyMismatchError:
        return False
