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


@pytest.mark.parametrize("first, second", [
    (("一、单选题", "每题2分"), ("二、多选题", "（每题3分，共6分）")),   # a remark beside the heading
    (("1、单选题", None), ("2、多选题", None)),                        # numbered as paragraphs may number them
    (("第一章 单选题", None), ("第二章 多选题", None)),
])
def test_section_rows_written_as_papers_write_headings_are_sections(tmp_path, first, second):
    import docx
    doc = docx.Document()
    _fields(doc, [first, ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                  second, ("题干", STEM_M), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", "AB")],
            merged_sections=first[1] is None)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value) for q in report.questions] == [(STEM_1, "single"), (STEM_M, "multiple")], \
        _said(report)
    assert not report.problems, _said(report)


def test_a_section_row_ending_a_table_goes_on_into_the_next_and_sections_may_have_their_own_fields(tmp_path):
    """二、多选题 as the last row of one table, its questions in the table below (they were read as the first
    section's, single choice); a 判断题 section with no 选项 row beside a 单选题 section with one."""
    import docx
    doc = docx.Document()
    doc.add_paragraph("一、单选题")
    _fields(doc, [("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"), ("二、多选题", None)])
    doc.add_paragraph("")
    _fields(doc, [("题干", STEM_M), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", "AB"), ("三、判断题", None),
                  ("题干", "宪法是国家的根本法。"), ("答案", "对")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value) for q in report.questions] == [
        (STEM_1, "single"), (STEM_M, "multiple"), ("宪法是国家的根本法。", "true_false")], _said(report)
    assert not report.problems, _said(report)


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
    assert len(said) == 1 and "a table of data next to table" in said[0] and ASKS_TABLE in said[0], _said(report)
    assert not [p for p in report.notes if "read as a title" in p.said() and "项目" in p.said()], _said(report)


def _grid(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value


HEADER = ("题型", "题干", "选项A", "选项B", "答案")
ASKS_OTHERWISE = {"表1": "根据表1，税率最高的是（ ）。", "附表": "见附表，税率最高的是（ ）。",
                  "下列数据": "根据下列数据，税率最高的是（ ）。"}


@pytest.mark.parametrize("layout", [
    "empty last row", "section last row", "section first row", "caption between", "far question says 下表",
    "表1", "附表", "下列数据", "between two tables"])
def test_a_question_asking_about_a_table_of_data_beside_its_table_is_left_out_whatever_the_layout(tmp_path, layout):
    """The eleventh round's second look (round 12): each of these stored the question without its table."""
    import docx
    doc = docx.Document()
    asks = ASKS_OTHERWISE.get(layout, ASKS_TABLE)
    if layout in ("empty last row", "section last row"):
        _grid(doc, [HEADER, ("单选", STEM_1, "宪法", "刑法", "A"), ("单选", asks, "甲", "乙", "A"),
                    ("", "", "", "", "") if layout == "empty last row" else ("二、判断题", "", "", "", "")])
        doc.add_paragraph("")
        _data(doc)
    elif layout == "section first row":
        _data(doc)
        doc.add_paragraph("")
        _grid(doc, [HEADER, ("一、单选题", "", "", "", ""), ("", asks.replace("下表", "上表"), "甲", "乙", "A"),
                    ("", STEM_1, "宪法", "刑法", "A")])
    elif layout == "far question says 下表":
        _grid(doc, [HEADER, ("单选", asks, "甲", "乙", "A"), ("单选", STEM_1, "宪法", "刑法", "A"),
                    ("单选", "国家主席任期（ ）年。", "3", "5", "B")])
        doc.add_paragraph("")
        _data(doc)
    elif layout == "between two tables":   # both neighbours ask about it: both left out
        _fields(doc, [("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                      ("题型", "单选题"), ("题干", asks), ("选项", "A.甲\nB.乙"), ("答案", "A")])
        doc.add_paragraph("")
        _data(doc)
        doc.add_paragraph("")
        _fields(doc, [("题型", "单选题"), ("题干", "上表中，税率最低的是（ ）。"), ("选项", "A.甲\nB.乙"), ("答案", "B")])
    else:   # the data table above, a caption or the question's own wording between
        _data(doc)
        doc.add_paragraph("表1 增值税税率" if layout == "caption between" else "")
        _fields(doc, [("题型", "单选题"), ("题干", asks), ("选项", "A.甲\nB.乙"), ("答案", "A"),
                      ("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    kept = [STEM_1, "国家主席任期（ ）年。"] if layout == "far question says 下表" else [STEM_1]
    assert [q.stem for q in report.questions] == kept, _said(report)
    said = [p.said() for p in report.problems]
    assert said and all("a table of data next to table" in p for p in said), _said(report)
    assert len(said) == (2 if layout == "between two tables" else 1), _said(report)
    assert not [p for p in report.notes if "read as a title" in p.said() and ("项目" in p.said() or "表1" in p.said())]


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
    ("1、名词解释（每题5分）\n（1）法治\n答：依法治理国家。\n（2）宪法\n答：国家的根本法。\n",
     [("法治", ("依法治理国家。",)), ("宪法", ("国家的根本法。",))]),
    # a key naming its sections 1、 2、 as the paper's headings did (question 1 got "（ （", what was left)
    ("1、单选题（每题2分）\n（1）宪法是（ ）。\nA. 根本法\nB. 普通法\n（2）国家主席任期（ ）年。\nA. 3\nB. 5\n"
     "2、简答题（每题10分）\n（1）什么是法治？\n（2）什么是人权？\n参考答案：\n1、（1）A（2）B\n"
     "2、（1）依法治国。（2）人应享有的权利。\n",
     [("宪法是（ ）。", ("A",)), ("国家主席任期（ ）年。", ("B",)), ("什么是法治？", ("依法治国",)),
      ("什么是人权？", ("人应享有的权利",))]),
    # … but 1、 2、 naming questions of a one-section paper (no section 2), each answer in points: theirs whole
    ("1、简答题（每题10分）\n（1）法治的基本要求是什么？\n（2）人权包括哪些内容？\n参考答案：\n1、（1）依法治国。（2）法律至上。\n"
     "2、（1）生存权。（2）发展权。\n",
     [("法治的基本要求是什么？", ("（1）依法治国。（2）法律至上。",)), ("人权包括哪些内容？", ("（1）生存权。（2）发展权。",))]),
    # … and a key labelling its sections 一、 二、: 2、（1）… is question 2's answer in points
    ("一、简答题\n1. 什么是法治？\n2. 依法行政的基本要求有哪些？\n二、名词解释\n（1）法治\n（2）宪法\n参考答案：\n一、\n"
     "1. 依法治国。\n2、（1）合法行政（2）合理行政\n二、（1）依法治理国家（2）国家的根本法\n",
     [("什么是法治？", ("依法治国。",)), ("依法行政的基本要求有哪些？", ("（1）合法行政（2）合理行政",)),
      ("法治", ("依法治理国家",)), ("宪法", ("国家的根本法",))]),
    # one question asked in parts (its own points) keeps its one answer
    ("1、简答题（10分）\n（1）甲的行为是否合法？\n（2）乙应当承担什么责任？\n参考答案：（1）不合法。（2）民事责任。\n",
     [("（1）甲的行为是否合法？\n（2）乙应当承担什么责任？", ("（1）不合法。（2）民事责任。",))]),
    # a key whose sections are 1、 2、 over questions numbered 1． 2．, each entry after the label
    ("一、单选题\n1．我国的根本法是（ ）。\nA．宪法  B．刑法\n二、简答题\n1．什么是法治？\n2．什么是人权？\n参考答案\n"
     "1、1．A\n2、1．依法治国。\n2．人应享有的权利。\n",
     [("我国的根本法是（ ）。", ("A",)), ("什么是法治？", ("依法治国。",)), ("什么是人权？", ("人应享有的权利。",))]),
])
def test_terms_and_keys_naming_sections_by_arabic_numbers_are_read_as_the_paper_numbers_them(text, read):
    report = _read(text)
    assert [(q.stem, q.answer) for q in report.questions] == read and not report.problems, _said(report)


@pytest.mark.parametrize("text", [
    # the questions' answers in turn, or the last one's own two points? (split, question 1 got another's point)
    "一、简答题（每题10分）\n（1）什么是法治？\n（2）依法行政的基本要求有哪些？\n答：（1）合法行政；（2）合理行政。\n",
    "1、名词解释（每题5分）\n（1）法治\n（2）宪法\n参考答案：（1）依法治理国家。（2）国家的根本法。\n",
    "1、简答题（每题10分）\n（1）什么是法治？\n（2）什么是人权？\n参考答案：（1）依法治国。（2）人应享有的权利。\n",
    # numbered 1. 2. (question 2 was stored with question 1's answer inside its own)
    "1、名词解释（每题5分）\n1. 法治\n2. 宪法\n参考答案：1. 依法治理国家。2. 国家的根本法。\n",
    # 名词解释's （1）（2） are terms, never one question's parts (one question whose stem was both terms)
    "1、名词解释（10分）\n（1）法治\n（2）宪法\n参考答案：（1）依法治理国家。（2）国家的根本法。\n",
])
def test_one_answer_giving_as_many_points_as_the_unanswered_questions_above_is_refused_in_words(text):
    report = _read(text)
    assert report.questions == [], _said(report)
    said = [p.said() for p in report.problems]
    assert len(said) == 2 and "which cannot be told" in said[0].lower() and "is left out: its answer may be in" in \
        said[1], _said(report)


def test_an_answer_with_more_points_than_the_questions_above_stays_the_last_ones():
    """（1）…（2）… then 答：（1）合法行政（2）合理行政（3）程序正当 below the second: three points for two
    questions, the last one's own points; the first keeps none (said, as before)."""
    report = _read("一、简答题（每题10分）\n（1）什么是法治？\n（2）依法行政的基本要求有哪些？\n"
                   "答：（1）合法行政；（2）合理行政；（3）程序正当。\n")
    assert [q.answer for q in report.questions] == [(), ("（1）合法行政；（2）合理行政；（3）程序正当。",)], _said(report)


# the thirteenth outside round (the day's second look at these rules)

def test_a_section_row_ending_a_table_heads_the_numbered_paragraphs_after_it(tmp_path):
    """二、多选题 as a table's last row, then paragraph questions: theirs (they were read under 一、单选题)."""
    import docx
    doc = docx.Document()
    doc.add_paragraph("一、单选题")
    _fields(doc, [("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"), ("二、多选题", None)])
    for line in ("1. 下列属于法律的有（ ）。", "A. 刑法", "B. 民法", "C. 规章", "答案：AB"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert sorted((q.stem, q.type.value) for q in report.questions) == [
        ("下列属于法律的有（ ）。", "multiple"), (STEM_1, "single")] and not report.problems, _said(report)


@pytest.mark.parametrize("remark", ["共2题", "一、单选题"])   # a count, or the merged text written twice
def test_a_section_row_with_a_count_or_its_text_twice_is_a_section(tmp_path, remark):
    import docx
    doc = docx.Document()
    _fields(doc, [("一、单选题", remark), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")],
            merged_sections=False)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value) for q in report.questions] == [(STEM_1, "single")] and not report.problems, \
        _said(report)


def test_a_section_goes_on_past_its_remark_between_two_tables(tmp_path):
    import docx
    doc = docx.Document()
    doc.add_paragraph("一、单选题")
    _fields(doc, [("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"), ("二、多选题", None)])
    doc.add_paragraph("（本大题共1小题）")
    _fields(doc, [("题干", STEM_M), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", "AB")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value) for q in report.questions] == [(STEM_1, "single"), (STEM_M, "multiple")], \
        _said(report)


@pytest.mark.parametrize("stem, caption", [
    ("根据下表，税率最高的是（ ）。", "单位：%"), ("根据下列统计数据，税率最高的是（ ）。", ""),
    ("根据下列统计表，税率最高的是（ ）。", ""), ("根据下列表中数据，税率最高的是（ ）。", "")])
def test_more_ways_of_asking_about_a_table_and_a_unit_line_between(tmp_path, stem, caption):
    import docx
    doc = docx.Document()
    _grid(doc, [HEADER, ("单选", STEM_1, "宪法", "刑法", "A"), ("单选", stem, "甲", "乙", "A")])
    doc.add_paragraph(caption)
    _data(doc)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [STEM_1], _said(report)
    assert [p for p in report.problems if "a table of data next to table" in p.said()], _said(report)


def test_any_question_of_the_table_saying_table_zhong_asks_about_it(tmp_path):
    import docx
    doc = docx.Document()
    _fields(doc, [("题型", "单选题"), ("题干", "根据表中数据，税率最高的是（ ）。"), ("选项", "A.甲\nB.乙"), ("答案", "A"),
                  ("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.add_paragraph("")
    _data(doc)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [STEM_1], _said(report)


@pytest.mark.parametrize("stem", ["气孔主要分布在叶片的下表皮（ ）。", "物体下表面受到的压力方向是（ ）。"])
def test_a_table_of_data_no_question_asks_about_is_said_once_and_the_questions_kept(tmp_path, stem):
    """下表皮, 下表面 are other words; the table's cells were said one by one as titles."""
    import docx
    doc = docx.Document()
    _grid(doc, [HEADER, ("单选", STEM_1, "宪法", "刑法", "A"), ("单选", stem, "甲", "乙", "A")])
    doc.add_paragraph("")
    _data(doc)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [STEM_1, stem] and not report.problems, _said(report)
    notes = [p.said() for p in report.notes]
    assert sum("no question asks about" in n for n in notes) == 1, notes
    assert not [n for n in notes if "read as a title" in n], notes


@pytest.mark.parametrize("heading", ["参考答案", "参考答案：", "参考答案与评分标准"])
def test_a_key_naming_sections_1_2_below_a_section_of_one_short_question(heading):
    """1、（1）A（2）A / 2、（1）合法行政（2）合理行政: the key, section 2's one question given both points (the
    whole key had been stored as the short answer's answer)."""
    report = _read("一、单选题\n（1）我国的根本法是（ ）。\nA. 宪法 B. 刑法\n（2）最高国家权力机关是（ ）。\nA. 全国人大 B. 国务院\n"
                   f"二、简答题\n（1）依法行政的基本要求有哪些？\n{heading}\n1、（1）A（2）A\n2、（1）合法行政（2）合理行政\n")
    assert [q.answer for q in report.questions] == [("A",), ("A",), ("（1）合法行政（2）合理行政",)], _said(report)
    assert not report.problems, _said(report)


# the fourteenth outside round

@pytest.mark.parametrize("text", ["一、名词解释\n1. 法治  2. 宪法\n参考答案：1. 依法治理国家。2. 国家的根本法。\n",
                                  "一、名词解释\n1. 法治\n答：依法治理国家。\n2. 宪法 3. 人权\n答：国家的根本法。\n",
                                  "一、名词解释\n（1）法治  （2）宪法\n"])
def test_two_terms_on_one_line_are_refused_not_one_question(text):
    """法治  2. 宪法 was one question (人权 of 宪法 3. 人权 lost unsaid)."""
    report = _read(text)
    assert "宪法" not in [q.stem for q in report.questions] and not [q for q in report.questions if "  " in q.stem
                                                                   or " 3." in q.stem], _said(report)
    assert [p for p in report.problems if "holds the next question too" in p.said()], _said(report)


@pytest.mark.parametrize("text, answers", [
    # the questions above have their own answers: 参考答案： below the last is its label, its points its own
    ("一、简答题\n1. 什么是法治？\n参考答案：依法治理国家。\n2. 什么是人权？\n3. 依法行政的基本要求有哪些？\n参考答案：\n"
     "1. 合法行政；\n2. 合理行政。\n", [("依法治理国家。",), (), ("1. 合法行政；\n2. 合理行政。",)]),
    # none answered, and a key of as many entries: the key (as papers print answers at the end)
    ("一、简答题\n1. 什么是法治？\n2. 什么是人权？\n参考答案：\n1. 依法治国。\n2. 人应享有的权利。\n",
     [("依法治国。",), ("人应享有的权利。",)]),
])
def test_a_reference_answer_heading_below_questions_with_their_own_answers_is_the_last_ones(text, answers):
    report = _read(text)
    assert [q.answer for q in report.questions] == answers and not report.problems, _said(report)


def test_a_table_of_data_between_a_table_and_a_paragraph_question_asking_about_it_refuses_that_question(tmp_path):
    """No question of the table asks, a paragraph question does: it is refused by name, as before round 13
    (the data table was dropped as no one's, and the question stored without it)."""
    import docx
    doc = docx.Document()
    doc.add_paragraph("一、简答题")
    doc.add_paragraph("1. 根据下表，说明哪个税率最高并说明理由。")
    _data(doc)
    _fields(doc, [("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [STEM_1], _said(report)
    assert not [n for n in report.notes if "no question asks about" in n.said()], _said(report)


@pytest.mark.parametrize("stem, kept", [
    ("关系R如下所示，成绩大于80的有（ ）人。", "以下关于数据库的叙述，正确的是（ ）。"),
    ("根据以下资料，税率最高的是（ ）。", "甲在舞台上表演乙创作的歌曲，应当取得（ ）的许可。"),
    ("根据税率表，税率最高的是（ ）。", STEM_1),
])
def test_the_question_that_asks_is_the_one_refused(tmp_path, stem, kept):
    import docx
    doc = docx.Document()
    _fields(doc, [("题型", "单选题"), ("题干", kept), ("选项", "A.甲\nB.乙"), ("答案", "A"),
                  ("题型", "单选题"), ("题干", stem), ("选项", "A.甲\nB.乙"), ("答案", "A")])
    doc.add_paragraph("")
    _data(doc)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [kept], _said(report)


def test_a_caption_above_a_data_table_between_two_tables_of_one_section(tmp_path):
    """表1 … above the data table, the table below it asking: the caption is the data table's, and the table
    below stays in the section (it lost 一、单选题 and was refused whole for want of a 题型)."""
    import docx
    doc = docx.Document()
    doc.add_paragraph("一、单选题")
    _fields(doc, [("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.add_paragraph("表1 增值税税率")
    _data(doc)
    _fields(doc, [("题干", "根据上表，税率最高的是（ ）。"), ("选项", "A.甲\nB.乙"), ("答案", "A"),
                  ("题干", "国家主席任期（ ）年。"), ("选项", "A.5\nB.4"), ("答案", "A")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value) for q in report.questions] == [(STEM_1, "single"), ("国家主席任期（ ）年。", "single")], \
        _said(report)
    assert len(report.problems) == 1 and "a table of data next to table" in report.problems[0].said(), _said(report)


def test_each_questions_own_numbered_type_row_past_ten_and_an_instruction_beside_a_heading(tmp_path):
    import docx
    doc = docx.Document()
    rows = [("一、单选题", "请从下列选项中选出一个正确答案")]
    for n in range(1, 13):
        rows += [(f"{n}、单选题（2分）", None), ("题干", f"第{n}题，{STEM_1}"), ("选项", "A.宪法\nB.刑法"), ("答案", "A")]
    _fields(doc, rows, merged_sections=False)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert len(report.questions) == 12 and not report.problems, _said(report)


# the fifteenth outside round

def test_an_answer_after_answer_colon_on_the_stems_line_is_its_answer():
    """1. 什么是法治？ 答：… kept 答：… in the stem (shown to candidates), with no answer; 答案： was read."""
    report = _read("三、简答题\n1. 什么是法治？ 答：依法治理国家的原则。\n2. 什么是人权？答：人应享有的权利。\n"
                   "二、名词解释（每题5分，共10分）\n1.法治 答：依法治理国家的原则。\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("什么是法治？", ("依法治理国家的原则。",)), ("什么是人权？", ("人应享有的权利。",)),
        ("法治", ("依法治理国家的原则。",))] and not report.problems, _said(report)


@pytest.mark.parametrize("text, answers", [
    # sections under 一、 二、 of short answers, a key labelled 1、 2、: each line may be question 1's and 2's answer in
    # points, or section 1's and 2's entries; not read as sections (split at random, stored)
    ("一、简答题\n1. 简述依法行政的基本要求。\n2. 简述宪法的基本原则。\n参考答案\n1、1．合法行政；2．合理行政；3．程序正当。\n"
     "2、1．人民主权；2．基本人权；3．法治原则。\n",
     [("1．合法行政；2．合理行政；3．程序正当。",), ("1．人民主权；2．基本人权；3．法治原则。",)]),
])
def test_a_key_labelled_1_2_over_short_answers_under_chinese_headings_is_each_questions_answer(text, answers):
    report = _read(text)
    assert [q.answer for q in report.questions] == answers and not report.problems, _said(report)


@pytest.mark.parametrize("heading", ["一、单选题（每题2分，共20分）", "一、单项选择题（本大题共10小题，每小题2分，共20分）",
                                     "一、单选题 每题2分"])
def test_a_heading_with_its_remark_above_a_table_of_fields_gives_its_type(tmp_path, heading):
    import docx
    doc = docx.Document()
    doc.add_paragraph(heading)
    _fields(doc, [("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value) for q in report.questions] == [(STEM_1, "single")] and not report.problems, \
        _said(report)


@pytest.mark.parametrize("second", ["二、多选题 每题3分", "第二部分 多选题", "二、多选题（每题3分）"])
def test_section_rows_with_a_remark_after_a_space_or_a_part(tmp_path, second):
    import docx
    doc = docx.Document()
    _fields(doc, [("一、单选题", None), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                  (second, None), ("题干", STEM_M), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", "AB")])
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [(q.stem, q.type.value) for q in report.questions] == [(STEM_1, "single"), (STEM_M, "multiple")], \
        _said(report)


@pytest.mark.parametrize("stem", ["甲公司2023年有关资料如下：毛利为（ ）万元。", "依据下方统计图表，毛利是（ ）。",
                                  "根据表-1，毛利是（ ）。"])
def test_questions_asking_about_data_in_other_words(tmp_path, stem):
    import docx
    doc = docx.Document()
    _fields(doc, [("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                  ("题型", "单选题"), ("题干", stem), ("选项", "A.200\nB.300"), ("答案", "A")])
    doc.add_paragraph("")
    _data(doc)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [STEM_1], _said(report)


@pytest.mark.parametrize("far", ["在元素周期表中，金属元素位于（ ）。", "下列关于Excel电子表格的说法正确的是（ ）。",
                                 "下列报表中属于静态报表的是（ ）。", "人大代表3名以上联名可以（ ）。"])
def test_a_question_far_from_the_data_table_naming_another_table_is_kept(tmp_path, far):
    import docx
    doc = docx.Document()
    _fields(doc, [("题型", "单选题"), ("题干", far), ("选项", "A.甲\nB.乙"), ("答案", "A"),
                  ("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.add_paragraph("")
    _data(doc)
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [far, STEM_1] and not report.problems, _said(report)


def test_a_question_beside_a_numbered_type_label_is_not_taken_for_an_instruction(tmp_path):
    """1、单选题 | 我国的根本法是什么？ read as a section row with an instruction: the stem vanished (refused in
    misleading words). It is no section row now."""
    from examcore.banks.word_docx import _beside_a_heading
    assert not _beside_a_heading("我国的根本法是什么？", "1、单选题")
    assert _beside_a_heading("请从下列选项中选出一个正确答案", "一、单选题")


# the sixteenth outside round: tables of data among paragraph questions

def _paper_with_data(tmp_path, before, after):
    import docx
    doc = docx.Document()
    for line in before:
        doc.add_paragraph(line)
    _data(doc)
    for line in after:
        doc.add_paragraph(line)
    doc.save(tmp_path / "w.docx")
    return _read_docx(tmp_path / "w.docx")


@pytest.mark.parametrize("before, after", [
    # shared material with its table: the questions it goes with (stems had lost the figures as page numbers)
    (["一、单选题", "1. 宪法是（ ）。", "A. 根本法 B. 普通法", "答案：A", "二、不定项选择题", "根据以下资料，回答第2-3题。",
      "甲公司部分项目如下（单位：万元）："],
     ["2. 甲的税率是（ ）。", "A. 13% B. 9%", "答案：A", "3. 乙的税率是（ ）。", "A. 13% B. 9%", "答案：B"]),
    # the table above the question that asks about it (上表), below another question's answer, with a caption
    (["一、单选题", "1. 宪法是（ ）。", "A. 根本法 B. 普通法", "答案：A", "表1 增值税税率"],
     ["2. 根据上表，甲的税率是（ ）。", "A. 13% B. 9%", "答案：A"]),
    (["一、单选题", "1. 宪法是（ ）。", "A. 根本法 B. 普通法", "答案：A"],
     ["2. 根据表1，甲的税率是（ ）。", "A. 13% B. 9%", "答案：A"]),
])
def test_a_table_of_data_among_paragraph_questions_leaves_out_what_goes_with_it(tmp_path, before, after):
    report = _paper_with_data(tmp_path, before, after)
    assert [q.stem for q in report.questions] == ["宪法是（ ）。"], _said(report)
    assert report.problems and not [p for p in report.problems if "is not a numbered question" in p.said()], \
        _said(report)


def test_a_later_question_asking_about_an_earlier_questions_table_is_left_out(tmp_path):
    report = _paper_with_data(tmp_path, ["一、单选题", "1. 宪法是（ ）。", "A. 根本法 B. 普通法", "答案：A",
                                         "2. 根据下表，甲的税率是（ ）。"],
                              ["A. 13% B. 9%", "答案：A", "3. 上表中乙的税率是（ ）。", "A. 13% B. 9%", "答案：B",
                               "4. 下表中的数据说明（ ）。", "A. 甲 B. 乙", "答案：A"])
    assert [q.stem for q in report.questions] == ["宪法是（ ）。", "下表中的数据说明（ ）。"], _said(report)
    assert [p for p in report.problems if "asks about the table at" in p.said()], _said(report)


def test_a_short_answers_answer_in_brackets_after_its_stem_is_its_answer():
    report = _read("三、简答题\n1. 什么是法治？（答：法治是良法善治）\n2. 什么是人权？【答：人应享有的权利】\n"
                   "3. 什么是法律？【答案：国家制定的规范】\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("什么是法治？", ("法治是良法善治",)), ("什么是人权？", ("人应享有的权利",)),
        ("什么是法律？", ("国家制定的规范",))] and not report.problems, _said(report)
