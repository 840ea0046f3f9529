"""Question banks, the thirty-first session: section rows written as papers write headings inside a Word
table with a header row (1、单选题, A、单选题, 一、单选题 每题2分; they were read as questions, or the table
refused for want of a 题型 column), and 一、选择题 as a section row of any table: each question below single
or multiple as its answer says, as a 选择题 section of paragraphs is read (issue 16)."""
from __future__ import annotations

import docx
import pytest
from openpyxl import Workbook

from tests.examcore.test_bank_round_thirty import _fields
from tests.examcore.test_bank_round_twentynine import _read_docx
from tests.examcore.test_text_bank_layouts import _said

SINGLE = "属于基本法律的是（ ）。"
MULTIPLE = "下列属于法律的有（ ）。"


def _header_table(path, first: str, second: str, merged: bool) -> None:
    doc = docx.Document()
    rows = [("题干", "A", "B", "C", "答案"), (first,), (SINGLE, "宪法", "刑法", "条例", "B"), (second,),
            (MULTIPLE, "刑法", "民法", "规章", "AB")]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        if len(row) == 1:
            (table.cell(r, 0).merge(table.cell(r, 4)) if merged else table.cell(r, 0)).text = row[0]
        else:
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    doc.save(path)


@pytest.mark.parametrize("merged", [True, False])
@pytest.mark.parametrize("first, second", [
    ("1、单选题", "2、多选题"),
    ("A、单选题", "B、多选题"),
    ("一、单选题 每题2分", "二、多选题 每题3分"),
    ("1. 单选题（每题2分）", "2. 多选题（每题3分）"),
])
def test_section_rows_of_a_header_table_written_as_papers_write_headings(tmp_path, first, second, merged):
    _header_table(tmp_path / "h.docx", first, second, merged)
    report = _read_docx(tmp_path / "h.docx")
    assert [(q.stem, q.type.value, q.answer) for q in report.questions] == [
        (SINGLE, "single", ("B",)), (MULTIPLE, "multiple", ("A", "B"))], _said(report)
    assert not report.problems, _said(report)


def test_a_choice_section_row_tells_each_question_apart_by_its_answer(tmp_path):
    """一、选择题 (which says neither single nor multiple) in a table of fields and in a header table; a
    question whose 题型 is given keeps it."""
    doc = docx.Document()
    _fields(doc, [("一、选择题", None), ("题干", SINGLE), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                  ("题干", MULTIPLE), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", "AB")])
    doc.save(tmp_path / "f.docx")
    report = _read_docx(tmp_path / "f.docx")
    assert [(q.type.value, q.answer) for q in report.questions] == [("single", ("A",)), ("multiple", ("A", "B"))], \
        _said(report)
    _header_table(tmp_path / "h.docx", "一、选择题（每题2分）", "二、判断题", merged=True)
    report = _read_docx(tmp_path / "h.docx")
    # the second section is 判断题: its question (with three options and AB) is refused in words, not stored
    assert [(q.stem, q.type.value) for q in report.questions] == [(SINGLE, "single")], _said(report)
    assert report.problems, _said(report)


def test_a_sheet_with_section_rows_numbered_1_and_a_choice_section(tmp_path):
    from examcore.banks.excel_bank import read_excel_bank
    book = Workbook()
    sheet = book.active
    for row in (("题干", "选项A", "选项B", "选项C", "答案"), ("1、选择题",), (SINGLE, "宪法", "刑法", "条例", "B"),
                (MULTIPLE, "刑法", "民法", "规章", "AB"), ("2、判断题",), ("宪法是根本法。", None, None, None, "对")):
        sheet.append(list(row))
    book.save(tmp_path / "s.xlsx")
    report = read_excel_bank(tmp_path / "s.xlsx", "bank")
    assert [(q.type.value, q.answer) for q in report.questions] == [
        ("single", ("B",)), ("multiple", ("A", "B")), ("true_false", ("T",))], _said(report)


ASKING = ["根据下表，税率最高的是（ ）。", "如下表所示，增长最快的是（ ）。", "上表中的数据说明（ ）。", "见表1，税率最高的是（ ）。",
          "根据表中数据，下列说法正确的是（ ）。"]
NOT_ASKING = ["下列表述正确的是（ ）。", "全国人大代表1名由谁选出（ ）。", "以上表决程序合法的是（ ）。",
              "下面的人大代表中，谁有提案权（ ）。", "发表1篇文章是否需要审批（ ）。"]


def _text_bank(stems: list[str]) -> str:
    return "一、单选题\n" + "".join(f"{n}. {stem}\nA. 甲\nB. 乙\n答案：A\n" for n, stem in enumerate(stems, start=1))


def test_a_question_asking_about_a_table_the_file_does_not_hold_is_left_out_in_words(tmp_path):
    """A text file, a sheet and a Word document without a table cannot hold the table a stem asks about (下表,
    上表, 表1, 表中数据): it was lost before the file reached Xuefa, and the question had been stored, its learners
    asked about a table no one could see. Words that only look alike (下列表述, 代表1名, 表决) are questions."""
    from examcore.banks import read_bank
    (tmp_path / "t.txt").write_text(_text_bank(ASKING + NOT_ASKING), encoding="utf-8")
    doc = docx.Document()
    for line in _text_bank(ASKING + NOT_ASKING).splitlines():
        doc.add_paragraph(line)
    doc.save(tmp_path / "w.docx")
    book = Workbook()
    book.active.append(["题型", "题干", "选项A", "选项B", "答案"])
    for stem in ASKING + NOT_ASKING:
        book.active.append(["单选", stem, "甲", "乙", "A"])
    book.save(tmp_path / "s.xlsx")
    for name in ("t.txt", "w.docx", "s.xlsx"):
        report = read_bank(tmp_path / name, "b")
        assert [q.stem for q in report.questions] == NOT_ASKING, (name, _said(report))
        said = [p.said() for p in report.problems]
        assert len(said) == len(ASKING) and all("asks about a table" in s for s in said), (name, said)
        assert "(下表)" in said[0] and "(见表)" in said[3], said


def test_a_question_beside_its_table_or_with_a_picture_of_it_is_not_said_to_lack_it(tmp_path):
    """In a Word document with a table, the rules of tables beside questions decide (test_bank_round_thirty);
    a question showing a picture (the table as a screenshot) keeps it."""
    import io

    from PIL import Image
    from examcore.banks import read_bank
    doc = docx.Document()
    for line in ("一、单选题", f"1. {ASKING[0]}"):
        doc.add_paragraph(line)
    picture = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(picture, "PNG")
    doc.add_picture(io.BytesIO(picture.getvalue()))
    for line in ("A. 甲", "B. 乙", "答案：A"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "p.docx")
    report = read_bank(tmp_path / "p.docx", "b")
    assert [q.stem for q in report.questions] == [ASKING[0]] and not report.problems, _said(report)
    assert report.questions[0].pictures


def test_a_term_written_with_its_definition_under_名词解释_is_asked_and_answered():
    """名词解释 / 1. 法治：依法治理国家的原则。 is the term asked and its definition the reference answer (the
    definition had been the question: shown to the learner, with no answer to mark against); said once. A
    question after a colon (请解释：…？), a term with its own answer line, and other sections stay as written."""
    from tests.examcore.test_text_bank_layouts import _read
    report = _read("一、名词解释\n1. 法治：指依法治理国家的原则。\n2. 宪法\n答案：国家的根本法。\n"
                   "3. 请解释：法治与法制的区别是什么？\n二、简答题\n4. 法治：简述其含义。\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("法治", ("指依法治理国家的原则。",)), ("宪法", ("国家的根本法。",)), ("请解释：法治与法制的区别是什么？", ()),
        ("法治：简述其含义。", ())], _said(report)
    [note] = [p.said() for p in report.notes if "名词解释" in p.said()]
    assert "1 question(s)" in note and "at 2:" in note, note
