"""Bank files that would cost far more to read than they weigh are refused before they are read, each
refusal named (issue 16, Why 9): a sheet whose cells span the whole grid, parts that unpack too big, too
many items, overlong text, and files too big on disk."""
from __future__ import annotations

import io
import json
import zipfile

from openpyxl import Workbook

from examcore import banks
from examcore.banks import read_bank
from examcore.banks import common, excel_bank, qti


def _workbook(path, *rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["题型", "题干", "选项A", "选项B", "答案"])
    for row in rows:
        ws.append(list(row))
    return wb, ws


def test_a_sheet_with_a_cell_at_the_far_corner_is_refused_before_it_is_laid_out(tmp_path):
    wb, ws = _workbook(tmp_path, ["单选", "题一？", "甲", "乙", "A"])
    ws["XFD1048576"] = "x"  # a few bytes on disk, seventeen billion cells for a dense reader
    wb.save(tmp_path / "far.xlsx")
    report = read_bank(tmp_path / "far.xlsx", "b")
    assert report.refused and report.questions == []
    assert "1,048,576 rows by 16,384 columns" in str(report.problems[0])


def test_a_cell_reference_beyond_excels_grid_is_refused_and_never_laid_out(tmp_path):
    """r="ZZZZZZ99999999" (or ZZZZZZ2) is no Excel reference, but calamine places the cell by it: it asked
    for an exabyte and aborted the whole process (an admin window's upload would take the server down; found
    by an outside tester). Read within 500 MB of address space: refused by name, the other file checked."""
    import subprocess
    import sys
    wb, _ = _workbook(tmp_path, ["单选", "我国的根本法是（ ）。", "宪法", "刑法", "A"])
    wb.save(tmp_path / "base.xlsx")
    with zipfile.ZipFile(tmp_path / "base.xlsx") as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    for name, ref in (("far.xlsx", b'r="ZZZZZZ99999999"'), ("wide.xlsx", b'r="ZZZZZZ2"')):
        with zipfile.ZipFile(tmp_path / name, "w", zipfile.ZIP_DEFLATED) as z:
            for part, data in parts:
                z.writestr(part, data.replace(b'r="B2"', ref) if part.endswith("sheet1.xml") else data)
    script = ("import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (500 * 2**20, 500 * 2**20))\n"
              "from pathlib import Path\nfrom examcore.banks import read_bank\n"
              "for f in sys.argv[1:]:\n    r = read_bank(Path(f), 'b')\n"
              "    print(len(r.questions), r.refused, r.problems[0] if r.problems else '')\n")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "base.xlsx"), str(tmp_path / "far.xlsx"),
                           str(tmp_path / "wide.xlsx")], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "XUEFA_LANG": "en"})
    lines = done.stdout.splitlines()
    assert done.returncode == 0 and len(lines) == 3, (done.stdout, done.stderr[-500:])
    assert lines[0] == "1 False " and all("columns; at most 4,000,000 cells" in line for line in lines[1:]), lines


def test_parts_that_unpack_too_big_are_refused(tmp_path, monkeypatch):
    wb, _ = _workbook(tmp_path, ["单选", "题一？", "甲", "乙", "A"])
    wb.save(tmp_path / "b.xlsx")
    monkeypatch.setattr(excel_bank, "MAX_PART_BYTES", 500)
    report = read_bank(tmp_path / "b.xlsx", "b")
    assert report.refused and "unpacks to" in report.problems[0].message and "at most 500" in report.problems[0].message
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("imsmanifest.xml", "<manifest/>")
        z.writestr("items/big.xml", b"\0" * 5000)
    (tmp_path / "p.zip").write_bytes(buffer.getvalue())
    monkeypatch.setattr(qti, "MAX_PART_BYTES", 1000)
    report = read_bank(tmp_path / "p.zip", "b")
    assert report.refused and "part items/big.xml unpacks to 5,000 bytes" in report.problems[0].message


def test_too_many_items_refuse_the_file_and_a_long_stem_its_row(tmp_path, monkeypatch):
    items = [{"type": "判断", "stem": f"第{n}题。", "answer": "对"} for n in range(5)]
    items.append({"type": "判断", "stem": "长" * (common.MAX_STEM_CHARS + 1), "answer": "对"})
    (tmp_path / "b.json").write_text(json.dumps({"questions": items}, ensure_ascii=False), encoding="utf-8")
    report = read_bank(tmp_path / "b.json", "b")
    assert len(report.questions) == 5
    assert [str(p) for p in report.problems] == ["b.json, item 6, column stem: stem of 10,001 characters; "
                                                 "at most 10,000"]
    monkeypatch.setattr(common, "MAX_ITEMS", 3)
    report = read_bank(tmp_path / "b.json", "b")
    assert report.refused and "more than 3 questions in one file" in report.problems[0].message


def test_a_file_too_big_on_disk_is_not_read(tmp_path, monkeypatch):
    (tmp_path / "b.gift").write_text("题{T}\n" * 100, encoding="utf-8")
    monkeypatch.setattr(banks, "MAX_FILE_BYTES", 100)
    report = read_bank(tmp_path / "b.gift", "b")
    assert report.refused and "a bank file may have at most 100" in report.problems[0].message


def test_a_package_listing_one_item_many_times_and_a_paragraph_of_tiny_runs_are_refused_at_once(tmp_path):
    """An outside tester's QTI zip listed one item 90,000 times (71 s, 684 MB, 89,999 lines of output) and a
    Word file held a paragraph of 6 million one-letter runs (62 s); each is refused by name, quickly."""
    import copy

    import docx
    item = ('<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i1" title="t">'
            '<responseDeclaration identifier="RESPONSE" cardinality="single"><correctResponse><value>A</value>'
            '</correctResponse></responseDeclaration><itemBody><choiceInteraction responseIdentifier="RESPONSE">'
            '<prompt>宪法是（ ）。</prompt><simpleChoice identifier="A">根本法</simpleChoice>'
            '<simpleChoice identifier="B">普通法</simpleChoice></choiceInteraction></itemBody></assessmentItem>')
    resources = "".join('<resource identifier="r%d" type="imsqti_item_xmlv2p1" href="i1.xml"/>' % n for n in range(500))
    with zipfile.ZipFile(tmp_path / "many.zip", "w") as z:
        z.writestr("imsmanifest.xml", f'<manifest><resources>{resources}</resources></manifest>')
        z.writestr("i1.xml", item)
    report = read_bank(tmp_path / "many.zip", "B")
    assert report.refused and "lists the item i1.xml more than once" in str(report.problems[0])
    doc = docx.Document()
    doc.add_paragraph("一、单项选择题")
    stem = doc.add_paragraph()
    one = stem.add_run("宪")._r
    stem._p.extend(copy.deepcopy(one) for _ in range(21_000))
    doc.save(tmp_path / "runs.docx")
    report = read_bank(tmp_path / "runs.docx", "B")
    assert report.refused and "more than 20,000 separately formatted pieces" in str(report.problems[0])
