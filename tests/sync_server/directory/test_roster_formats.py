"""A roster is read by what the file is, not by its name: the .xls that offices still save, an upper-case
extension (名册.XLS, as Windows shows it), an .xlsx saved under an .xls name (issue 23)."""
from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

from examcore.clock import utc_naive
from sync_server.directory.service import put_unit
from sync_server.directory.roster_files import import_roster

OLD_FORMAT = Path(__file__).parents[2] / "data" / "rosters" / "roster-old-format.XLS"   # written by xlwt
ROWS = [["学号", "姓名", "单位", "职务"], ["310000001", "王五", "C1", "科员"], ["310000002", "赵𠮷", "C1", "科长"]]


@pytest.fixture
def workbooks(tmp_path) -> dict[str, Path]:
    book = openpyxl.Workbook()
    for row in ROWS:
        book.active.append(row)
    book.save(tmp_path / "new.xlsx")
    return {"xls": OLD_FORMAT, "xlsx": tmp_path / "new.xlsx"}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)   # the file reading; the rules run on both
@pytest.mark.parametrize("content", ["xls", "xlsx"])
@pytest.mark.parametrize("name", ["名册.XLS", "名册.xls", "名册.XLSX", "名册.xlsx", "名册"])
def test_a_roster_is_read_whatever_its_format_and_name(server, workbooks, tmp_path, content, name):
    path = tmp_path / name
    shutil.copy(workbooks[content], path)
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
        done = import_roster(s, path, now)
    assert done.problems == []
    assert [(slip.learner_no, slip.name) for slip in done.added] == [("310000001", "王五"), ("310000002", "赵𠮷")]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("content", [
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,            # an OLE header and nothing after it
    "学号,姓名,单位\n310000001,王五,C1\n".encode("gbk"),                   # a CSV export named .xls
    "<html><table><tr><td>学号</td></tr></table></html>".encode(),     # a web page export named .xls
    b"PK\x03\x04broken zip",
])
def test_a_file_that_is_no_workbook_is_a_named_problem_not_a_crash(server, tmp_path, content):
    path = tmp_path / "名册.XLS"
    path.write_bytes(content)
    with server.sessions.begin() as s:
        done = import_roster(s, path, utc_naive(server.clock.now()))
    [problem] = done.problems
    assert problem.message.startswith("not an Excel workbook: open it in Excel or WPS and save it as")
    assert "zip" not in problem.message and "OLE" not in problem.message


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_learner_number_kept_with_leading_zeros_by_its_number_format_keeps_them(server, tmp_path):
    """工号 typed as the number 1234 in a column formatted 000000 shows 001234 in Excel: that is the number
    the learner knows; an ID card number typed as a number lost its last digits and is refused."""
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
    for name, rows in (("zeros.xlsx", [[1234, "王五", "C1"]]), ("id-card.xlsx", [[110101199001011234, "赵六", "C1"]])):
        book = openpyxl.Workbook()
        for row in (["学号", "姓名", "单位"], *rows):
            book.active.append(row)
        book.active["A2"].number_format = "000000" if name == "zeros.xlsx" else "General"
        book.save(tmp_path / name)
    with server.sessions.begin() as s:
        done = import_roster(s, tmp_path / "zeros.xlsx", now)
        refused = import_roster(s, tmp_path / "id-card.xlsx", now)
    assert done.problems == [] and [slip.learner_no for slip in done.added] == ["001234"]
    assert [(p.row, p.column) for p in refused.problems] == [(2, "学号")] and refused.added == []
    assert "more than 15 digits" in refused.problems[0].message


def _far_cell_xls(path: Path) -> None:
    """The old-format roster with its first cell moved to row 65,001, column 251 (6 KB on disk)."""
    import struct

    import olefile
    shutil.copy(OLD_FORMAT, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:
        data = bytearray(ole.openstream("Workbook").read())
        at = 0
        while at + 4 <= len(data):
            kind, length = struct.unpack_from("<HH", data, at)
            if kind == 0x00FD:   # the first text cell
                struct.pack_into("<HH", data, at + 4, 65000, 250)
                break
            at += 4 + length
        ole.write_stream("Workbook", bytes(data))


@pytest.mark.parametrize("kind", ["xls", "xlsx"])
def test_a_tiny_workbook_with_one_far_cell_is_refused_before_it_is_laid_out(tmp_path, kind):
    """One cell far below and to the right made calamine hold millions of empty cells (an .xls of 6 KB:
    1 GB, as it opens). The sheets' reach is read from the file first: refused within 500 MB of address space, where the old reading died."""
    import subprocess
    import sys
    path = tmp_path / f"far.{kind}"
    if kind == "xls":
        _far_cell_xls(path)
    else:
        book = openpyxl.Workbook()
        book.active.append(["学号", "姓名", "单位"])
        book.active.cell(row=1_000_000, column=1_000).value = "x"
        book.save(path)
    script = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (500 * 2**20, 500 * 2**20))\n"
              "from examcore.banks.common import FileRefused\n"
              "from examcore.banks.excel_bank import first_sheet_rows\n"
              "try:\n    first_sheet_rows(sys.argv[1])\nexcept FileRefused as exc:\n    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "XUEFA_LANG": "en"})
    assert done.returncode == 0 and "sheet 1 spans" in done.stdout, (done.stdout, done.stderr[-500:])


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_an_old_format_roster_keeps_the_leading_zeros_its_number_format_shows(server, tmp_path):
    """An .xls 学号 typed as the number 1234 in a column formatted 0000000 shows 0001234 in Excel: read with
    its format (xlrd), as an .xlsx is (found by an outside tester: the zeros were lost)."""
    import struct

    import olefile
    path = tmp_path / "zeros.xls"
    shutil.copy(OLD_FORMAT, path)
    with olefile.OleFileIO(str(path), write_mode=True) as ole:   # the test roster, its 学号 cells made numbers
        data = bytearray(ole.openstream("Workbook").read())
        kind, _ = struct.unpack_from("<HH", data, 445)
        assert kind == 0x041E and struct.unpack_from("<HHB", data, 449) == (164, 7, 0)   # FORMAT 164 "General"
        data[454:461] = b"0000000"
        for at, value in ((1404, 1234), (1480, 56)):   # LABELSST -> RK of XF 16 (format 164)
            row = struct.unpack_from("<H", data, at + 4)[0]
            struct.pack_into("<HHHHHI", data, at, 0x027E, 10, row, 0, 16, (value << 2) | 2)
        ole.write_stream("Workbook", bytes(data))
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "C1", "甲市考试中心", "city", None, now)
        done = import_roster(s, path, now)
    assert done.problems == [] and [slip.learner_no for slip in done.added] == ["0001234", "0000056"]
