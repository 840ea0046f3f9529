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
          "根据表中数据，下列说法正确的是（ ）。", "如表所示，该企业应缴纳的增值税为（ ）。", "根据下面的表格，适用9%税率的是（ ）。",
          "从表格中可以看出，下列说法正确的是（ ）。", "根据表一所列数据，应纳税额为（ ）。", "根据该表，甲的应纳税所得额为（ ）。",
          "表中哪一项数据有误（ ）。", "读表可知，增长最快的是（ ）。", "见附表，适用税率为（ ）。", "下列统计表中，错误的是（ ）。"]
ASKING += ["结合表格数据，甲公司应缴纳的增值税为（ ）万元。", "观察表格，案件数量最多的是（ ）。", "由表可知，案件最多的是（ ）。",
           "从表可以看出，下列说法正确的是（ ）。", "根据所附表格回答，甲公司应缴纳的税额为（ ）。", "根据统计表，案件比上年增长（ ）。",
           "根据右表，下列说法正确的是（ ）。", "根据下面这张表，下列说法正确的是（ ）。"]   # (round 18)
ASKING += ["结合下表，甲公司应缴纳的增值税为（ ）。", "参考下表，甲公司的销项税额为（ ）。", "分析表中数据，下列判断正确的是（ ）。",
           "根据下列资产负债表，流动比率为（ ）。", "根据附表，适用税率为（ ）。", "见附件表格，下列说法正确的是（ ）。",
           "如下所示的表格中，属于行政强制措施的是（ ）。"]   # (round 19)
# (the outside rounds': forms whose names end in 表, 表 in other words, kinship and 表见代理)
NOT_ASKING = ["下列表述正确的是（ ）。", "全国人大代表1名由谁选出（ ）。", "人大常委会表决通过的程序合法的是（ ）。",
              "下面的人大代表中，谁有提案权（ ）。", "发表1篇文章是否需要审批（ ）。",
              "纳税人在纳税申报表中所列项目不实的，税务机关可以（ ）。", "单位制作的会计报表中数据虚假的，依照《会计法》应当（ ）。",
              "选民登记表中所列选民，应当在选举日的（ ）以前公布。", "某市政府在制定规章前发放征求意见表，这属于（ ）。",
              "证人在庭上表露情绪的，法官应当（ ）。", "当事人马上表态同意的，合同（ ）。", "应该表明身份的是（ ）。",
              "甲见表弟乙被丙殴打，甲的行为属于（ ）。", "关于上述表见代理的法律后果，正确的是（ ）。", "该表意人有权请求撤销的是（ ）。",
              "甲从表哥处借款，该表哥的诉讼时效为（ ）。", "甲在水表内安装强磁装置，构成（ ）。", "甲盗窃乙的手表1块，构成（ ）。",
              "根据《统计法》，统计调查表中应当标明的事项不包括（ ）。", "安全生产检查表中，不属于必查项目的是（ ）。",
              "在征求意见表中，下列填写的内容正确的是（ ）。", "甲看见表嫂乙被殴打，甲的行为属于（ ）。", "此表情包的发布行为（ ）。",
              "根据《统计法》，下列关于统计报表的说法正确的是（ ）。", "以下表格式条款的说法正确的是（ ）。",
              "甲伪造申请材料中的表格，下列说法正确的是（ ）。", "关系型数据库的数据表中，每一行称为（ ）。"]


def _text_bank(stems: list[str]) -> str:
    return "一、单选题\n" + "".join(f"{n}. {stem}\nA. 甲\nB. 乙\n答案：A\n" for n, stem in enumerate(stems, start=1))


def in_three_formats(tmp_path, text: str, stems: list[str]):
    """(name, report) of a text file holding ``text``, a Word document of its lines as paragraphs, and a sheet
    of ``stems`` as single choices (甲, 乙; A): the formats that hold no table nor picture."""
    from examcore.banks import read_bank
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    doc = docx.Document()
    for line in text.splitlines():
        doc.add_paragraph(line)
    doc.save(tmp_path / "w.docx")
    book = Workbook()
    book.active.append(["题型", "题干", "选项A", "选项B", "答案"])
    for stem in stems:
        book.active.append(["单选", stem, "甲", "乙", "A"])
    book.save(tmp_path / "s.xlsx")
    return [(name, read_bank(tmp_path / name, "b")) for name in ("t.txt", "w.docx", "s.xlsx")]


def test_a_question_asking_about_a_table_the_file_does_not_hold_is_left_out_in_words(tmp_path):
    """A text file, a sheet and a Word document without a table cannot hold the table a stem asks about (下表,
    上表, 表1, 表中数据): it was lost before the file reached Xuefa, and the question had been stored, its learners
    asked about a table no one could see. Words that only look alike (下列表述, 代表1名, 表决) are questions."""
    for name, report in in_three_formats(tmp_path, _text_bank(ASKING + NOT_ASKING), ASKING + NOT_ASKING):
        assert [q.stem for q in report.questions] == NOT_ASKING, (name, _said(report))
        said = [p.said() for p in report.problems]
        assert len(said) == len(ASKING) and all("asks about a table" in s for s in said), (name, said)
        assert "(下表)" in said[0] and "(见表)" in said[3], said


def test_a_table_typed_into_the_stem_a_scoring_box_gift_and_json(tmp_path):
    """A table written into the stem below the asking words is the table (kept); a Word paper whose only
    table is a scoring box (得分 | 评卷人) holds no table; a .txt read as GIFT and a JSON bank hold none either."""
    import json

    from examcore.banks import read_bank
    (tmp_path / "typed.txt").write_text("一、单选题\n1. 某企业的经营数据如下表（单位：万元）：\n项目\t金额\n营业收入\t100\n"
                                        "营业成本\t60\n该企业的毛利为（ ）。\nA. 40万元\nB. 60万元\n答案：A\n", encoding="utf-8")
    report = read_bank(tmp_path / "typed.txt", "b")
    assert len(report.questions) == 1 and "营业收入\t100" in report.questions[0].stem and not report.problems, \
        _said(report)
    doc = docx.Document()
    box = doc.add_table(rows=2, cols=2)
    for c, word in enumerate(("得分", "评卷人")):
        box.cell(0, c).text = word
    for line in ("一、单选题", f"1. {ASKING[0]}", "A. 甲", "B. 乙", "答案：A", f"2. {NOT_ASKING[5]}", "A. 甲", "B. 乙",
                 "答案：A"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "box.docx")
    report = read_bank(tmp_path / "box.docx", "b")
    assert [q.stem for q in report.questions] == [NOT_ASKING[5]], _said(report)
    assert any("asks about a table" in p.said() for p in report.problems), _said(report)
    (tmp_path / "g.txt").write_text(f"::q1:: {ASKING[0]} {{=甲 ~乙}}\n\n::q2:: {NOT_ASKING[0]} {{=甲 ~乙}}\n",
                                    encoding="utf-8")
    report = read_bank(tmp_path / "g.txt", "b")
    assert [q.stem for q in report.questions] == [NOT_ASKING[0]] and report.problems, _said(report)
    (tmp_path / "j.json").write_text(json.dumps({"questions": [
        {"type": "single", "stem": ASKING[0], "options": [{"key": "A", "text": "甲"}, {"key": "B", "text": "乙"}],
         "answer": ["A"]}]}, ensure_ascii=False), encoding="utf-8")
    report = read_bank(tmp_path / "j.json", "b")
    assert report.questions == [] and any("asks about a table" in p.said() for p in report.problems), _said(report)


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


def test_名词解释_instructions_answers_glosses_and_sheets():
    """The outside round's: an instruction or a question on either side of the colon stays the question; a
    term：definition that has its own answer too is refused (the learner would see the definition); a term
    with its gloss in brackets is a term; a bare term's trailing colon goes."""
    from tests.examcore.test_text_bank_layouts import _read
    report = _read("四、名词解释\n1. 依法行政：请简要说明其含义。\n2. 人权：什么是人权\n3. 简要解释：诚实信用原则\n"
                   "4. 根据《行政许可法》：行政许可\n5. 法治（rule of law）：依法治理国家的原则。\n6. 宪法：国家的根本法。\n"
                   "答案：宪法是国家的根本大法。\n7. 行政强制：\n答：行政机关依法实施的强制行为。\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("依法行政：请简要说明其含义。", ()), ("人权：什么是人权", ()), ("简要解释：诚实信用原则", ()),
        ("根据《行政许可法》：行政许可", ()), ("法治（rule of law）", ("依法治理国家的原则。",)),
        ("行政强制", ("行政机关依法实施的强制行为。",))], _said(report)
    [refused] = [p.said() for p in report.problems]
    assert "line 7" in refused and "(宪法：…)" in refused and "would see the definition" in refused, refused


def test_名词解释_in_a_sheet_is_read_as_the_text_reader_reads_it(tmp_path):
    from examcore.banks import read_bank
    book = Workbook()
    for row in (("题型", "题干", "答案"), ("名词解释", "法治：依法治理国家的原则。", None),
                ("名词解释", "依法行政：请简要说明其含义。", None), ("名词解释", "宪法：国家的根本法。", "宪法是根本大法。")):
        book.active.append(list(row))
    book.save(tmp_path / "t.xlsx")
    report = read_bank(tmp_path / "t.xlsx", "b")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("法治", ("依法治理国家的原则。",)), ("依法行政：请简要说明其含义。", ())], _said(report)
    assert len(report.problems) == 1 and any("名词解释" in p.said() for p in report.notes), _said(report)


@pytest.mark.parametrize("heading, answer, refused", [
    ("二、选择题（每题有两个或两个以上正确答案）", "A", "two or more right answers"),
    ("二、多选题（每题有两个或两个以上正确答案）", "A", "two or more right answers"),
    ("二、选择题（每题只有一个正确答案）", "AB", "exactly one"),
])
def test_a_section_saying_how_many_answers_holds_in_tables_sheets_and_paragraphs(tmp_path, heading, answer, refused):
    from examcore.banks import read_bank
    doc = docx.Document()
    _fields(doc, [(heading, None), ("题干", MULTIPLE), ("选项", "A.刑法\nB.民法\nC.条例"), ("答案", answer)])
    doc.save(tmp_path / "f.docx")
    book = Workbook()
    for row in (("题干", "选项A", "选项B", "选项C", "答案"), (heading,), (MULTIPLE, "刑法", "民法", "条例", answer)):
        book.active.append(list(row))
    book.save(tmp_path / "s.xlsx")
    (tmp_path / "t.txt").write_text(f"{heading}\n1. {MULTIPLE}\nA. 刑法\nB. 民法\nC. 条例\n答案：{answer}\n", encoding="utf-8")
    for name in ("f.docx", "s.xlsx", "t.txt"):
        report = read_bank(tmp_path / name, "b")
        assert report.questions == [] and len(report.problems) == 1, (name, _said(report))
        assert refused in report.problems[0].said() or "恰有一个" in report.problems[0].said(), _said(report)


@pytest.mark.parametrize("heading", ["一、多选题 每题3分", "一、多选题 共5题 每题3分", "一、多项选择题：（每题有多个正确答案）",
                                     "一、多选题。", "一、多选题 每题3分，共15分"])
def test_a_paragraph_heading_with_its_remarks_is_a_section(heading):
    """They had been read as titles: the questions below took no type (a one-letter answer read as single)."""
    from tests.examcore.test_text_bank_layouts import _read
    report = _read(f"{heading}\n1. {MULTIPLE}\nA. 刑法\nB. 民法\nC. 条例\n答案：AB\n2. {SINGLE}\nA. 宪法\nB. 刑法\n答案：A\n")
    assert [q.type.value for q in report.questions] == ["multiple", "multiple"], _said(report)


def test_a_section_row_in_the_middle_of_a_table_goes_on_in_the_paragraphs_after_it(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("一、单项选择题")
    rows = [("题干", "A", "B", "C", "答案"), (SINGLE, "宪法", "刑法", "条例", "A"), ("二、多项选择题",),
            (MULTIPLE, "刑法", "民法", "规章", "AB")]
    table = doc.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        if len(row) == 1:
            table.cell(r, 0).merge(table.cell(r, 4)).text = row[0]
        else:
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    for line in ("3. 下列属于民事主体的有（ ）。", "A. 自然人", "B. 法人", "C. 动物", "答案：A"):
        doc.add_paragraph(line)
    doc.save(tmp_path / "m.docx")
    report = _read_docx(tmp_path / "m.docx")
    assert {q.stem: q.type.value for q in report.questions} == {
        SINGLE: "single", MULTIPLE: "multiple", "下列属于民事主体的有（ ）。": "multiple"}, _said(report)


def test_a_question_pointing_at_a_figure_the_file_does_not_hold_is_left_out_in_words(tmp_path):
    """如图所示 / 根据下图 in a text file (which holds no picture): the figure was lost on the way, as a table is.
    如图书馆, 试图中止, 地图 are other words."""
    from tests.examcore.test_text_bank_layouts import _read
    fine = ["公民可以到如图书馆一类的公共场所查阅（ ）。", "甲试图中止犯罪的，属于（ ）。", "国家版图和地图由（ ）审定。",
            "选民如图省事委托他人投票的，（ ）。", "例如图表中的数据造假，属于（ ）。"]
    pointing = ["如图所示，该交通标志表示（ ）。", "根据下图，甲的位置是（ ）。", "如右图所示，该标志是（ ）。", "结合下图，下列说法正确的是（ ）。",
                "该图表明，下列说法正确的是（ ）。", "根据示意图，下列说法正确的是（ ）。", "读图可知，下列说法正确的是（ ）。"]
    report = _read(_text_bank([*pointing, *fine]))
    assert [q.stem for q in report.questions] == fine, _said(report)
    assert len(report.problems) == len(pointing) and all("points at a figure" in p.said() for p in report.problems), \
        _said(report)


@pytest.mark.parametrize("heading", ["一、多选题：每题3分", "一、多项选择题：每题有两个或两个以上正确答案", "一、多选题【每题3分】",
                                     "一、多选题 每题 3 分", "一、多选题 多选、少选均不得分"])
def test_a_heading_with_its_remark_after_a_colon_or_in_brackets_is_a_section(tmp_path, heading):
    """In paragraphs, sheets and tables (they had been titles, or every row refused as 题型为空); a question with
    its type before it (第1题 单选题 我国的根本法是（ ）。) stays a question."""
    from examcore.banks import read_bank
    from tests.examcore.test_text_bank_layouts import _read
    report = _read(f"{heading}\n1. {MULTIPLE}\nA. 刑法\nB. 民法\nC. 条例\n答案：AB\n")
    assert [q.type.value for q in report.questions] == ["multiple"], _said(report)
    book = Workbook()
    for row in (("题干", "选项A", "选项B", "选项C", "答案"), (heading,), (MULTIPLE, "刑法", "民法", "条例", "AB")):
        book.active.append(list(row))
    book.save(tmp_path / "s.xlsx")
    report = read_bank(tmp_path / "s.xlsx", "b")
    assert [q.type.value for q in report.questions] == ["multiple"] and not report.problems, _said(report)


def test_名词解释_terms_that_start_like_instructions_and_definitions_that_wrap():
    """司法解释, 说明理由制度, 试用期, 简易程序 are terms (their definitions had stayed in the stem); a definition on
    two lines is one; instructions after the colon (写出其含义, 举出一例并说明, 是指什么) stay the question."""
    from tests.examcore.test_text_bank_layouts import _read
    report = _read("一、名词解释\n1. 司法解释：是指最高人民法院就具体应用法律问题所作的解释。\n2. 说明理由制度：是指行政机关"
                   "作出不利决定时说明理由的制度。\n3. 试用期：是指约定的考察期。\n4. 简易程序：是指审理简单案件的程序。\n"
                   "5. 行政许可：是指行政机关根据申请，经依法审查，\n准予其从事特定活动的行为。\n6. 比例原则：写出其含义。\n"
                   "7. 善意取得：举出一例并说明\n8. 法治：是指什么\n")
    assert [q.stem for q in report.questions] == ["司法解释", "说明理由制度", "试用期", "简易程序", "行政许可",
                                                  "比例原则：写出其含义。", "善意取得：举出一例并说明", "法治：是指什么"], \
        _said(report)
    assert report.questions[4].answer == ("是指行政机关根据申请，经依法审查，\n准予其从事特定活动的行为。",), _said(report)


def test_a_table_typed_above_the_words_pointing_up_is_the_table_and_sentences_are_not():
    from tests.examcore.test_text_bank_layouts import _read
    report = _read("一、单项选择题\n1. 甲公司2023年度有关数据如下：\n营业收入 100万元\n营业成本 60万元\n根据上表，甲公司的营业利润为（ ）。\n"
                   "A. 40万元\nB. 60万元\n答案：A\n2. 根据下表，甲公司应缴纳的企业所得税为（ ）。\n2023年3月，甲公司成立。\n"
                   "2023年12月，甲公司取得收入100万元。\nA. 25万元\nB. 20万元\n答案：A\n")
    assert [q.stem.partition("\n")[0] for q in report.questions] == ["甲公司2023年度有关数据如下："], _said(report)
    assert len(report.problems) == 1 and "(下表)" in report.problems[0].said(), _said(report)


@pytest.mark.parametrize("heading", ["一、选择题：每题只有1个正确答案", "一、选择题【每题只有一个正确答案】", "一、选择题 每题只有一个正确答案"])
def test_a_choice_heading_with_its_remark_in_paragraphs(heading):
    from tests.examcore.test_text_bank_layouts import _read
    report = _read(f"{heading}\n1. {SINGLE}\nA. 宪法\nB. 刑法\n答案：A\n2. {MULTIPLE}\nA. 刑法\nB. 民法\n答案：AB\n")
    assert [q.stem for q in report.questions] == [SINGLE] and len(report.problems) == 1, _said(report)


def test_a_question_on_its_sections_heading_line_is_refused_never_dropped_as_a_remark():
    """二、论述题（20分） 请结合本单位工作实际，论述… had been read as the heading and its remark: the question
    lost with exit 0 (round 19). It is refused by its line."""
    from tests.examcore.test_text_bank_layouts import _read
    report = _read(f"一、单选题\n1. {SINGLE}\nA. 宪法\nB. 刑法\n答案：A\n二、论述题（20分） 请结合本单位工作实际，论述如何推进严格规范"
                   "公正文明执法\n三、判断题：正确的打√，错误的打×\n1. 宪法是国家的根本法。（√）\n")
    # (the question above it is refused with it, as with any line below its options that is none of its own)
    assert [q.type.value for q in report.questions] == ["true_false"], _said(report)
    assert any("line 6" in p.said() for p in report.problems), _said(report)


def test_名词解释_terms_with_quotes_titles_and_commas_and_instructions_after_the_colon():
    from tests.examcore.test_text_bank_layouts import _read
    report = _read("一、名词解释\n1. 《民法典》的绿色原则：民事主体从事民事活动，应当有利于节约资源、保护生态环境。\n"
                   "2. “放管服”改革：简政放权、放管结合、优化服务改革的简称。\n3. 公开、公平、公正原则：行政机关实施行政行为应当公开、公平、公正。\n"
                   "4. 行政许可：列举其主要种类。\n5. 行政处罚：有何特征\n6. 依法行政原则：合法行政、合理行政。请任选一项解释。\n")
    assert [q.stem for q in report.questions] == ["《民法典》的绿色原则", "“放管服”改革", "公开、公平、公正原则",
                                                  "行政许可：列举其主要种类。", "行政处罚：有何特征",
                                                  "依法行政原则：合法行政、合理行政。请任选一项解释。"], _said(report)


def test_round_twenty_名词解释_with_an_answer_blank_and_headings_whose_remarks_follow_a_bracket_or_comma():
    """行政许可：______ is the term with its answer's blank (it had been stored with the blank as its reference
    answer); 试述：公平原则 stays a question; remarks after ）, ，or 。 are a heading's."""
    from tests.examcore.test_text_bank_layouts import _read
    report = _read("一、名词解释\n1. 行政许可：____________\n答：行政机关准予从事特定活动的行为。\n2. 居住权：（     ）\n"
                   "答：对他人住宅的用益物权。\n3. 试述：公平原则\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("行政许可", ("行政机关准予从事特定活动的行为。",)), ("居住权", ("对他人住宅的用益物权。",)), ("试述：公平原则", ())], \
        _said(report)
    for heading in ("四、判断题（每题1分）正确的打√，错误的打×", "四、判断题，正确的打√，错误的打×", "四、判断题。正确的打√，错误的打×。"):
        report = _read(f"一、多选题\n1. {MULTIPLE}\nA. 刑法\nB. 民法\n答案：AB\n{heading}\n2. 宪法是国家的根本法。（ √ ）\n")
        assert [q.type.value for q in report.questions] == ["multiple", "true_false"], (heading, _said(report))


def test_round_twenty_a_question_in_its_headings_brackets_is_refused_not_dropped():
    from tests.examcore.test_text_bank_layouts import _read
    report = _read(f"一、单选题\n1. {SINGLE}\nA. 宪法\nB. 刑法\n答案：A\n二、论述题（请结合工作实际，谈谈对法治政府建设的认识，20分）\n")
    assert any("line 6" in p.said() for p in report.problems), _said(report)


def test_round_twenty_a_web_export_whose_only_table_holds_the_questions_asks_about_no_table(tmp_path):
    """A two-column table of fields asking 根据下表, nothing else in the document: no table of data is there."""
    doc = docx.Document()
    _fields(doc, [("题型", "单选题"), ("题干", "根据下表，甲公司应纳税额为（ ）万元。"), ("选项", "A.13\nB.9"), ("答案", "A"),
                  ("题型", "单选题"), ("题干", SINGLE), ("选项", "A.宪法\nB.刑法"), ("答案", "A")])
    doc.save(tmp_path / "f.docx")
    report = _read_docx(tmp_path / "f.docx")
    assert [q.stem for q in report.questions] == [SINGLE], _said(report)
    assert any("asks about a table" in p.said() for p in report.problems), _said(report)


@pytest.mark.parametrize("stem", ["根据所附图片，该标志表示（ ）。", "观察下面的图片，下列说法正确的是（ ）。", "下列图示标志中，表示禁止通行的是（ ）。",
                                  "根据柱状图，增长最快的是（ ）。", "根据该统计图，下列说法正确的是（ ）。", "见附图，该标志是（ ）。",
                                  "根据给出的表格，下列说法正确的是（ ）。", "根据这张表，下列说法正确的是（ ）。"])
def test_round_twenty_more_ways_of_pointing_at_what_a_text_file_cannot_hold(stem):
    from tests.examcore.test_text_bank_layouts import _read
    report = _read(_text_bank([stem, SINGLE]))
    assert [q.stem for q in report.questions] == [SINGLE] and len(report.problems) == 1, _said(report)


def test_a_table_typed_below_its_introducing_line_or_below_the_blank_goes_on_the_stem():
    """…如下表： then rows with single spaces (as a PDF copy has them), or 根据下表，…（ ）。 then |a|b| rows: the
    table is the stem's (its rows had been refused one by one as remarks or labels, round 20)."""
    from tests.examcore.test_text_bank_layouts import _read
    report = _read("一、单项选择题\n1. 某企业2024年度销售情况如下表：\n项目 金额（万元）\n销售货物 100\n提供劳务 50\n"
                   "该企业应纳增值税为（ ）万元。\nA. 13\nB. 16\n答案：A\n2. 根据下表，该企业适用的税率为（ ）。\n|级数|税率|\n"
                   "|1|3%|\n|2|10%|\nA. 3%\nB. 10%\n答案：A\n")
    assert [q.stem.count("\n") for q in report.questions] == [4, 3] and not report.problems, _said(report)
