"""A number cell is kept as Excel shows it (13%, 001234, 2018年3月11日), never as its raw value (0.13, 1234,
2018-03-11); a format whose display Xuefa cannot be sure of refuses the row (issue 16: importers that
change a question while reporting success)."""
from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from examcore.banks import read_bank
from examcore.banks.cell_formats import NEGATIVE_DATE, NotShown, shown, shown_text

SHOWN = [
    (0.13, "0%", "13%"), (0.125, "0.0%", "12.5%"), (0.0005, "0.00%", "0.05%"),
    (1234.5, "#,##0.00", "1,234.50"), (1234, "000000", "001234"), (2000.5, "0.00", "2000.50"),
    (1.005, "0.00", "1.01"), (2.5, "0", "3"), (-2.5, "0", "-3"),           # Excel rounds half away from zero
    (5, '0"元"', "5元"), (1234.5, "[$¥-804]#,##0.00", "¥1,234.50"), (-3, "0;(0)", "(3)"), (-3, "0", "-3"),
    (0, '0;-0;"-"', "-"), (5, "0.##", "5."), (5.5, "0.##", "5.5"), (0.5, "#.00", ".50"), (0, "#", ""),
    (13800138000, "0", "13800138000"), (5, 'General"分"', "5分"), (-5, 'General"分"', "-5分"), (7, "@", "7"),
    (0.1 + 0.2, "General", "0.3"), (-3, "[Red]0", "-3"),
    (dt.date(2018, 3, 11), "yyyy/m/d", "2018/3/11"), (dt.date(2018, 3, 11), 'yyyy"年"m"月"d"日"', "2018年3月11日"),
    (dt.datetime(2018, 3, 11, 8, 5, 7), "yyyy-mm-dd hh:mm:ss", "2018-03-11 08:05:07"),
    (dt.time(14, 30), '上午/下午h"时"mm"分"', "下午2时30分"), (dt.time(8, 30), "h:mm AM/PM", "8:30 AM"),
    (dt.date(2018, 3, 11), "aaaa", "星期日"), (43170, "yyyy/m/d", "2018/3/11"), (dt.date(2018, 3, 11), "yyyy.mm.dd", "2018.03.11"),
    (5, "0!元", "5元"),   # ! writes the next character, as \ does
]


@pytest.mark.parametrize("value, code, expected", SHOWN)
def test_a_cell_reads_as_excel_shows_it(value, code, expected):
    assert shown(value, code) == expected


@pytest.mark.parametrize("value, code", [
    (110101199001011234, "General"),   # an ID card number typed as a number: Excel kept 15 digits
    (1e-7, "General"), (0.5, "# ?/?"), (12, "[>10]0;0"), (5, "[DBNum1]0"), (1234, "0.00E+00"),
    (dt.date(2018, 3, 11), "mmm"), (dt.date(2018, 3, 11), "dddd"), (1.5, "[h]:mm"), (5, "#,##0,"),
    (12345, "000-00"), (dt.time(8, 30), "yyyy/m/d"),
    (3_000_000, "yyyy/m/d"),               # past the year 9999: Excel shows ####
    (dt.date(1900, 2, 28), "yyyy/m/d"),    # before 1 March 1900 Excel counts a 29 February 1900
    (-1, NEGATIVE_DATE),                   # a negative time, which calamine reads as a time of day
])
def test_a_display_that_is_not_certain_is_refused(value, code):
    with pytest.raises(NotShown):
        shown(value, code)


def test_a_bank_keeps_percentages_dates_and_leading_zeros_as_the_sheet_shows_them(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["编号", "题型", "题干", "选项A", "选项B", "选项C", "答案", "分值"])
    ws.append([7, "单选", "增值税一般税率是（ ）。", 0.13, 0.09, 0.06, "A", 2])
    ws.append([8, "单选", "现行宪法通过于（ ）。", dt.date(1982, 12, 4), dt.date(1954, 9, 20), "1975年", "A", 2])
    ws.append([9, "单选", "罚款起点是（ ）元。", 1000, 2000.5, 3000, "B", 2])
    for ref in ("D2", "E2", "F2"):
        ws[ref].number_format = "0%"
    for ref in ("D3", "E3"):
        ws[ref].number_format = 'yyyy"年"m"月"d"日"'
    ws["A2"].number_format = ws["A3"].number_format = ws["A4"].number_format = "0000"
    ws["D4"].number_format, ws["E4"].number_format = "#,##0", "0.00"
    ws["H2"].number_format = "0.0"   # points are read as the number they are, not as "2.0"
    book.save(tmp_path / "formats.xlsx")
    report = read_bank(tmp_path / "formats.xlsx", "B")
    assert report.problems == []
    assert [[o.text for o in q.options] for q in report.questions] == [
        ["13%", "9%", "6%"], ["1982年12月4日", "1954年9月20日", "1975年"], ["1,000", "2000.50", "3000"]]
    assert [q.points for q in report.questions] == [2, 2, 2]


def test_a_bank_row_whose_number_cannot_be_shown_for_sure_is_refused_by_name(tmp_path):
    book = openpyxl.Workbook()
    ws = book.active
    ws.append(["题型", "题干", "选项A", "选项B", "答案"])
    ws.append(["单选", "第一题（ ）。", 0.5, 0.25, "A"])
    ws.append(["单选", "身份证号是（ ）。", 110101199001011234, "不知道", "A"])
    ws["C2"].number_format = "# ?/?"
    book.save(tmp_path / "odd.xlsx")
    report = read_bank(tmp_path / "odd.xlsx", "B")
    problems = [(p.row, p.column, p.message) for p in report.problems]
    assert [(row, column) for row, column, _ in problems] == [(2, "选项A"), (3, "选项A")]
    assert "fractions" in problems[0][2] and "format the cell as Text" in problems[0][2]
    assert "more than 15 digits" in problems[1][2]


def test_text_shows_with_the_words_its_format_writes_around_it():
    assert shown_text("5", '"第"@"条"') == "第5条" and shown_text("5", "@") == "5"
    assert shown_text("5", '0;-0;0;"（"@"）"') == "（5）" and shown_text("5", "0.00") == "5"


def _sheet_xml(path, rows_xml: str, merge: str = "") -> None:
    """A workbook whose one sheet is written by hand: cell references as a careless or hostile writer puts
    them (lower case), merges as large as Excel allows."""
    import zipfile
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                   'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
                   'PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                   'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType='
                   '"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
                   'relationships"><sheets><sheet name="题库" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                   'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", '<?xml version="1.0"?><worksheet xmlns="http://schemas.'
                   f'openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows_xml}</sheetData>{merge}</worksheet>')


def _cells(row: int, *values: str) -> str:
    return f'<row r="{row}">' + "".join(f'<c r="{"ABCDE"[n]}{row}" t="inlineStr"><is><t>{v}</t></is></c>'
                                         for n, v in enumerate(values)) + "</row>"


def test_a_far_cell_written_in_lower_case_or_a_merge_to_the_sheets_end_costs_nothing(tmp_path):
    """Found from outside: calamine takes r="xfd1000000" as readily as upper case (a 5 KB file that then
    asked for 500 GB), and one merged range to XFD1048576 made the reader list a billion cells."""
    head = _cells(1, "题型", "题干", "选项A", "选项B", "答案") + _cells(2, "单选", "宪法是（ ）。", "根本法", "普通法", "A")
    _sheet_xml(tmp_path / "far.xlsx", head + '<row r="3"><c r="xfd1000000" t="inlineStr"><is><t>x</t></is></c></row>')
    far = read_bank(tmp_path / "far.xlsx", "B")
    assert far.questions == [] and "its cells span 1,000,000 rows by 16,384 columns" in str(far.problems[0])
    _sheet_xml(tmp_path / "merged.xlsx", head, '<mergeCells count="1"><mergeCell ref="F2:XFD1048576"/></mergeCells>')
    merged = read_bank(tmp_path / "merged.xlsx", "B")
    assert merged.problems == [] and [q.stem for q in merged.questions] == ["宪法是（ ）。"]
