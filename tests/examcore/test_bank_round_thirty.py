"""Question banks, the thirtieth session: the eleventh outside round's open mediums (issue 16): section rows
inside a Word table of fields, a table of data beside a table of questions, a section of terms (名词解释)
numbered 1、 and reference answers given together below a section's last question."""
from __future__ import annotations

import pytest

from tests.examcore.test_bank_round_twentynine import STEM_1, _read_docx
from tests.examcore.test_text_bank_layouts import _read, _said

STEM_M = "属于基本法律的是（ ）。"
ASKS_TABLE = "根据下表，税率最高的是（ ）。"


def _fields(doc, rows, merged_sections: bool = True):
    """A two-column table of ``rows`` (label, value); a row whose value is None is a section row, merged across."""
    table = doc.add_table(rows=len(rows), cols=2)
    for r, (label, value) in enumerate(rows):
        if value is None:
            cell = table.cell(r, 0).merge(table.cell(r, 1)) if merged_sections else table.cell(r, 0)
            cell.text = label
        else:
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
    return table


def _data(doc):
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate((("项目", "税率"), ("甲", "13%"), ("乙", "9%"))):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


@pytest.mark.parametrize("merged", [True, False])
def test_section_rows_inside_a_table_of_fields_give_the_questions_below_their_type(tmp_path, merged):
    """一、单选题 merged across a table of fields, then 二、多选题: two questions of two types (the section rows were
    read as fields, and the table refused as questions with different fields)."""
    import docx
    doc = docx.Document()
    _fields(doc, [("一、单选题", None), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                  ("二、多选题", None), ("题干", STEM_M), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", "AB")], merged)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value, q.answer) for q in report.questions] == [
        (STEM_1, "single", ("A",)), (STEM_M, "multiple", ("A", "B"))], _said(report)
    assert not report.problems, _said(report)
    notes = [p.said() for p in report.notes if "section headings" in p.said()]
    assert notes and "row(s) 1, 5" in notes[0] and "table 1" in notes[0], _said(report)


def test_a_questions_own_type_row_wins_over_its_section_row(tmp_path):
    import docx
    doc = docx.Document()
    _fields(doc, [("一、单选题", None), ("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                  ("题型", "多选题"), ("题干", STEM_M), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", "AB")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.type.value for q in report.questions] == ["single", "multiple"] and not report.problems, _said(report)


@pytest.mark.parametrize("where", ["below", "above"])
@pytest.mark.parametrize("layout", ["fields", "header"])
def test_a_table_of_data_beside_the_question_that_refers_to_it_leaves_that_question_out_in_words(
        tmp_path, where, layout):
    """项目 | 税率 right below (or above) a table whose question says 根据下表: the question was stored without the
    table it asks about, the table's cells said as titles."""
    import docx
    doc = docx.Document()
    doc.add_paragraph("试题导出")

    def questions():
        if layout == "fields":
            _fields(doc, [("题型", "单选题"), ("题干", STEM_M), ("选项", "A.刑法\nB.民法"), ("答案", "A")])
            doc.add_paragraph("")
            first = [("题型", "单选题"), ("题干", ASKS_TABLE), ("选项", "A.甲\nB.乙"), ("答案", "A")]
            second = [("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")]
            _fields(doc, [*second, *first] if where == "below" else [*first, *second])
        else:
            rows = [("单选", ASKS_TABLE, "甲", "乙", "A"), ("单选", STEM_1, "宪法", "刑法", "A")]
            rows = rows[::-1] if where == "below" else rows
            table = doc.add_table(rows=3, cols=5)
            for r, row in enumerate((("题型", "题干", "选项A", "选项B", "答案"), *rows)):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
    if where == "above":
        _data(doc)
        doc.add_paragraph("")
    questions()
    if where == "below":
        doc.add_paragraph("")
        _data(doc)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert ASKS_TABLE not in [q.stem for q in report.questions], _said(report)
    assert STEM_1 in [q.stem for q in report.questions], _said(report)
    said = [p.said() for p in report.problems]
    assert len(said) == 1 and "a table of data next to a question" in said[0], _said(report)
    assert not [p for p in report.notes if "read as a title" in p.said() and "项目" in p.said()], _said(report)


@pytest.mark.parametrize("stem", [STEM_1, "下列表述正确的是（ ）。", "以下表述符合宪法的是（ ）。", "人大代表中，正确的是（ ）。"])
def test_a_table_of_data_beside_questions_that_do_not_refer_to_a_table_is_said_as_before(tmp_path, stem):
    """A table of who made the file (出题人 | 张三) above a table of questions whose question asks about no table
    (表述, 代表 are other words): not theirs; noted, nothing refused."""
    import docx
    doc = docx.Document()
    info = doc.add_table(rows=2, cols=2)
    for r, row in enumerate((("出题人", "张三"), ("日期", "2026年"))):
        for c, value in enumerate(row):
            info.cell(r, c).text = value
    doc.add_paragraph("")
    _fields(doc, [("题型", "单选题"), ("题干", stem), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [stem] and not report.problems, _said(report)


@pytest.mark.parametrize("text, read", [
    # 名词解释 under 1、 as 简答题 is: a section, its terms the questions (the first kept its （1）, the second was
    # refused for a section heading)
    ("1、名词解释（每题5分）\n（1）法治\n答：依法治理国家。\n（2）宪法\n答：国家的根本法。\n",
     [("法治", ("依法治理国家。",)), ("宪法", ("国家的根本法。",))]),
    # one reference answer below the last, （1）…（2）… as many as the questions: each its own (the last held both)
    ("1、名词解释（每题5分）\n（1）法治\n（2）宪法\n参考答案：（1）依法治理国家。（2）国家的根本法。\n",
     [("法治", ("依法治理国家。",)), ("宪法", ("国家的根本法。",))]),
    ("1、简答题（每题10分）\n（1）什么是法治？\n（2）什么是人权？\n参考答案：\n（1）依法治国。\n（2）人应享有的权利。\n",
     [("什么是法治？", ("依法治国。",)), ("什么是人权？", ("人应享有的权利。",))]),
    # a key naming its sections 1、 2、 as the paper's headings did (question 1 got "（ （", what was left)
    ("1、单选题（每题2分）\n（1）宪法是（ ）。\nA. 根本法\nB. 普通法\n（2）国家主席任期（ ）年。\nA. 3\nB. 5\n"
     "2、简答题（每题10分）\n（1）什么是法治？\n（2）什么是人权？\n参考答案：\n1、（1）A（2）B\n"
     "2、（1）依法治国。（2）人应享有的权利。\n",
     [("宪法是（ ）。", ("A",)), ("国家主席任期（ ）年。", ("B",)), ("什么是法治？", ("依法治国",)),
      ("什么是人权？", ("人应享有的权利",))]),
    # one question asked in parts (its own points) keeps its one answer
    ("1、名词解释（10分）\n（1）法治\n（2）宪法\n参考答案：（1）依法治理国家。（2）国家的根本法。\n",
     [("（1）法治\n（2）宪法", ("（1）依法治理国家。（2）国家的根本法。",))]),
])
def test_terms_and_answers_given_together_are_each_questions_own(text, read):
    report = _read(text)
    assert [(q.stem, q.answer) for q in report.questions] == read and not report.problems, _said(report)


def test_an_answer_with_more_points_than_the_questions_above_stays_the_last_ones():
    """（1）…（2）… then 答：（1）合法行政（2）合理行政（3）程序正当 below the second: three points for two
    questions, the last one's own points; the first keeps none (said, as before)."""
    report = _read("一、简答题（每题10分）\n（1）什么是法治？\n（2）依法行政的基本要求有哪些？\n"
                   "答：（1）合法行政；（2）合理行政；（3）程序正当。\n")
    assert [q.answer for q in report.questions] == [(), ("（1）合法行政；（2）合理行政；（3）程序正当。",)], _said(report)
