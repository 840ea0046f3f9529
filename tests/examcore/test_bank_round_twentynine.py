"""Question banks, the twenty-ninth session: Word tables of fields as exam systems export them, in the shapes
the tenth outside round found unread (issue 16)."""
from __future__ import annotations

import pytest

from tests.examcore.test_text_bank_layouts import _said

STEM_1, STEM_2 = "我国的根本法是（ ）。", "国家主席任期（ ）年。"


def _document(tmp_path, tables, picture_in: tuple[int, int] | None = None):
    """A .docx of ``tables``, each a list of rows (label, value); ``picture_in``: (table, row) given a picture."""
    import docx
    from PIL import Image
    doc = docx.Document()
    doc.add_paragraph("试题导出")
    for t, rows in enumerate(tables):
        table = doc.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
            if picture_in == (t, r):
                Image.new("RGB", (8, 8), "red").save(tmp_path / "p.png")
                table.cell(r, 1).paragraphs[0].add_run().add_picture(str(tmp_path / "p.png"))
        doc.add_paragraph("")
    doc.save(tmp_path / "w.docx")
    return doc, tmp_path / "w.docx"


def _read_docx(path):
    from examcore.banks import read_bank
    return read_bank(path, "B")


def _questions(report):
    return [(q.stem, [o.text for o in q.options], q.answer) for q in report.questions]


@pytest.mark.parametrize("shape", ["labels empty below", "label in each row"])
def test_options_one_a_row_under_one_label_are_the_questions_options(tmp_path, shape):
    """选项 | A.宪法 then | B.刑法 (no label), or 选项 written again in each row: one field going on, not a table
    of something else read as paragraphs."""
    again = "" if shape == "labels empty below" else "选项"
    _, path = _document(tmp_path, [[("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法"), (again, "B.刑法"),
                                    (again, "C.民法"), ("答案", "A"), ("解析", "宪法是根本法")]])
    report = _read_docx(path)
    assert _questions(report) == [(STEM_1, ["宪法", "刑法", "民法"], ("A",))], _said(report)
    assert not report.problems, _said(report)


def test_a_label_merged_down_over_the_options_is_one_field(tmp_path):
    doc, path = _document(tmp_path, [[("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法"), ("", "B.刑法"),
                                      ("", "C.民法"), ("答案", "B")]])
    table = doc.tables[0]
    table.cell(2, 0).merge(table.cell(4, 0))   # w:vMerge restart / continue, as Word writes a merged label
    doc.save(path)
    report = _read_docx(path)
    assert _questions(report) == [(STEM_1, ["宪法", "刑法", "民法"], ("B",))], _said(report)


def test_a_label_xuefa_does_not_read_is_said_at_its_row_and_the_question_kept(tmp_path):
    """出处 beside the fields Xuefa reads: it stopped the table from being read at all. Now the question is read
    and the label named, as an Excel column of that name is."""
    _, path = _document(tmp_path, [[("题号", "1"), ("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"),
                                    ("答案", "A"), ("出处", "《宪法》序言")]])
    report = _read_docx(path)
    assert _questions(report) == [(STEM_1, ["宪法", "刑法"], ("A",))], _said(report)
    assert [n.said() for n in report.notes if "not read" in str(n.message)] == [
        "w.docx, table 1, row 6: column(s) not read: 出处 (Xuefa reads 题型, 题干, 选项A–H, 答案, 解析, 分类, 难度, 分值, "
        "标签, 编号)"], _said(report)


def test_two_questions_stacked_in_one_table_are_two_questions_and_problems_name_their_rows(tmp_path):
    _, path = _document(tmp_path, [[("题号", "1"), ("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"),
                                    ("答案", "A"),
                                    ("题号", "2"), ("题型", "单选题"), ("题干", STEM_2), ("选项", "A.3\nB.5"),
                                    ("答案", "E")]])
    report = _read_docx(path)
    assert _questions(report) == [(STEM_1, ["宪法", "刑法"], ("A",))], _said(report)
    assert [p.said() for p in report.problems] == ["w.docx, table 1, row 10, column 答案: answer E is not an option"]


def test_a_picture_in_the_second_of_two_stacked_questions_leaves_out_that_one_only(tmp_path):
    _, path = _document(tmp_path, [[("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                                    ("题型", "单选题"), ("题干", STEM_2), ("选项", "A.3\nB.5"), ("答案", "B")]],
                        picture_in=(0, 5))
    report = _read_docx(path)
    assert _questions(report) == [(STEM_1, ["宪法", "刑法"], ("A",))], _said(report)
    assert any("picture" in p.said() for p in report.problems), _said(report)


@pytest.mark.parametrize("rows", [
    # a two-column table of something else: long text in the first column, no stem
    [("甲单位", "张三、李四二人于三月一日到岗。"), ("乙单位", "王五"), ("丙单位", "赵六")],
    # more labels Xuefa does not read than it reads
    [("题干", STEM_1), ("答案", "A"), ("出处", "x"), ("备注", "y"), ("来源", "z")],
])
def test_a_table_that_is_not_one_of_fields_is_not_read_as_one(rows):
    from examcore.banks.word_docx import WordTable, _field_groups
    table = WordTable("", [[[(2 * r, label)], [(2 * r + 1, value)]] for r, (label, value) in enumerate(rows)],
                      merging=[[(1, ""), (1, "")] for _ in rows])
    assert _field_groups(table) is None
    assert _field_groups(WordTable("", table.rows + [[[(99, "选项")], [(100, "A.甲\nB.乙")]]],
                                   merging=table.merging + [[(1, ""), (1, "")]])) is None


# questions asked in parts, the tenth round's last medium

_PARTS = "1、{kind}（20分）\n（1）甲的行为是否合法？\n（2）乙应当承担什么责任？\n{label}（1）不合法。（2）承担民事责任。\n"


@pytest.mark.parametrize("label", ["参考答案：", "答：", "【参考答案】"])
def test_a_short_answer_asked_in_parts_under_its_number_type_and_points_is_one_question(label):
    """1、简答题（20分） above （1）…（2）…: the parts were two questions, the reference answer the second's, with
    notes only ("1、问答题：" with a colon was read right)."""
    from tests.examcore.test_text_bank_layouts import _read
    second = _PARTS.format(kind="问答题", label=label).replace("1、", "2、").replace("甲", "丙").replace("乙", "丁")
    report = _read("三、简答题\n" + _PARTS.format(kind="简答题", label=label) + second)
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("（1）甲的行为是否合法？\n（2）乙应当承担什么责任？", ("（1）不合法。（2）承担民事责任。",)),
        ("（1）丙的行为是否合法？\n（2）丁应当承担什么责任？", ("（1）不合法。（2）承担民事责任。",))], _said(report)
    assert not report.problems and not [n for n in report.notes if "reference answer" in str(n.message)], _said(report)


@pytest.mark.parametrize("first_line", ["1、案例分析题（20分）", "1、甲乙签订合同后发生纠纷。"])
def test_a_case_questions_reference_answer_in_parts_is_skipped_with_it_not_read_as_an_answer_key(first_line):
    """参考答案：（1）…（2）… under a case question was an answer key for questions 1 and 2: three messages
    about a key, nothing said skipped."""
    from tests.examcore.test_text_bank_layouts import _read
    one = f"{first_line}\n（1）甲的行为是否合法？\n（2）乙应当承担什么责任？\n参考答案：（1）不合法。（2）承担民事责任。\n"
    report = _read("一、单选题\n1. 宪法是（ ）。\nA. 根本法\nB. 普通法\n答案：A\n三、案例分析题\n" + one +
                   one.replace("1、", "2、"))
    assert len(report.questions) == 1 and [p.row for p in report.skipped] == [7, 11], _said(report)
    assert not report.problems, _said(report)


# the eleventh outside round, on the above

def test_stacked_questions_with_different_fields_are_refused_not_given_each_others_fields(tmp_path):
    """题干 | … / 参考答案 | … / 题干 | … / 题干 | … / 参考答案 | …: the second 题干 was taken as the first one's going on
    (two questions merged, stored); a 题型 or 分值 only the second question has was given to the first."""
    for rows, row in (([("题干", STEM_1), ("参考答案", "依法"), ("题干", "什么是人权？"), ("题干", STEM_2),
                        ("参考答案", "五")], 3),
                      ([("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"), ("题型", "多选题"),
                        ("题干", STEM_2), ("选项", "A.3\nB.5"), ("答案", "AB")], 5),
                      ([("题型", "单选题"), ("题干", STEM_1), ("选项", "A.宪法\nB.刑法"), ("答案", "A"),
                        ("题型", "单选题"), ("选项", "A.3\nB.5"), ("答案", "B")], 5)):
        _, path = _document(tmp_path, [rows])
        report = _read_docx(path)
        assert not report.questions and [p.row for p in report.problems] == [row], _said(report)
        assert "do not have the same fields" in report.problems[0].said(), _said(report)


def test_a_table_of_two_fields_is_a_question():
    from examcore.banks.word_docx import WordTable, _field_groups
    table = WordTable("", [[[(1, "题干")], [(2, "中国的首都")]], [[(3, "答案")], [(4, "北京")]]],
                      merging=[[(1, ""), (1, "")]] * 2)
    assert _field_groups(table) == [[("题干", "中国的首都", 1), ("答案", "北京", 2)]]


@pytest.mark.parametrize("text, read", [
    # each part answered below it: parts are questions (one question asked in parts took the first part only)
    ("三、简答题\n1、简答题（20分）\n（1）甲的行为是否合法？\n答：不合法。\n（2）乙应当承担什么责任？\n答：民事责任。\n",
     [("甲的行为是否合法？", ("不合法。",)), ("乙应当承担什么责任？", ("民事责任。",))]),
    # a section's remark (每题10分): its parts are its questions, not one question's
    ("1、单选题（每题2分）\n（1）宪法是（ ）。\nA. 根本法\nB. 普通法\n答案：A\n2、简答题（每题10分）\n（1）什么是法治？\n"
     "答：依法治国。\n（2）什么是人权？\n答：人应享有的权利。\n",
     [("宪法是（ ）。", ("A",)), ("什么是法治？", ("依法治国。",)), ("什么是人权？", ("人应享有的权利。",))]),
    # a key of letters after a skipped case section is a key
    ("一、单选题\n（1）宪法是（ ）。\nA. 根本法\nB. 普通法\n（2）国家主席任期（ ）年。\nA. 3\nB. 5\n三、案例分析题\n"
     "1、甲乙签订合同后发生纠纷。\n（1）甲的行为是否合法？\n（2）乙应当承担什么责任？\n参考答案：（1）A（2）B\n",
     [("宪法是（ ）。", ("A",)), ("国家主席任期（ ）年。", ("B",))]),
])
def test_parts_answered_one_by_one_a_section_remark_and_a_key_after_a_case_section_read_as_before(text, read):
    from tests.examcore.test_text_bank_layouts import _read
    report = _read(text)
    assert [(q.stem, q.answer) for q in report.questions] == read and not report.problems, _said(report)


@pytest.mark.parametrize("layout", ["fields", "header"])
def test_a_table_inside_a_cell_of_a_table_of_questions_leaves_that_question_out_in_words(tmp_path, layout):
    """项目 | 税率 inside the 题干 cell (根据下表…) was stored as lines of the stem, with success reported."""
    import docx
    doc = docx.Document()
    if layout == "fields":
        for stem, nested in ((STEM_1, False), ("根据下表，税率最高的是（ ）。", True)):
            table = doc.add_table(rows=4, cols=2)
            for r, (label, value) in enumerate((("题型", "单选题"), ("题干", stem), ("选项", "A.甲\nB.乙"), ("答案", "A"))):
                table.cell(r, 0).text, table.cell(r, 1).text = label, value
            inner_cell = table.cell(1, 1)
            doc.add_paragraph("")
    else:
        table = doc.add_table(rows=3, cols=5)
        for r, row in enumerate((("题型", "题干", "选项A", "选项B", "答案"), ("单选", STEM_1, "甲", "乙", "A"),
                                 ("单选", "根据下表，税率最高的是（ ）。", "甲", "乙", "A"))):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        inner_cell = table.cell(2, 1)
    inner = inner_cell.add_table(rows=2, cols=2)
    for r, row in enumerate((("项目", "税率"), ("甲", "13%"))):
        for c, value in enumerate(row):
            inner.cell(r, c).text = value
    doc.save(tmp_path / "w.docx")
    report = _read_docx(tmp_path / "w.docx")
    assert [q.stem for q in report.questions] == [STEM_1], _said(report)
    assert [p.said() for p in report.problems if "inside a cell" in p.said()], _said(report)
