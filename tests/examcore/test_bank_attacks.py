"""What an outside tester of the importers found (issue 16): a reader that guesses stores something else
than the file says while reporting success. Each case here is refused in words, or read as the file means it."""
from __future__ import annotations

import time

import openpyxl
import pytest

from examcore.banks import read_bank
from examcore.questions import QuestionType
from tests.factories import FIGURE_PNG


def _sheet(path, *rows) -> None:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(path)


def _problems(report) -> str:
    return " | ".join(str(p) for p in report.problems)


def test_a_numbered_text_bank_with_braces_in_a_stem_is_not_taken_for_gift(tmp_path):
    path = tmp_path / "office.txt"
    path.write_text("一、单项选择题\n1. Python 中 {} 表示什么（ ）。\nA. 空字典\nB. 空集合\n答案：A\n"
                    "2. 宪法是（ ）。\nA. 根本法\nB. 普通法\n答案：A\n二、判断题\n1. 宪法是根本法。（ √ ）\n",
                    encoding="utf-8")
    report = read_bank(path, "B")
    assert [q.stem for q in report.questions] == ["Python 中 {} 表示什么（ ）。", "宪法是（ ）。", "宪法是根本法。（ ）"]
    assert "read as a numbered text bank" in str(report.notes[0])


def test_a_long_run_of_spaces_after_a_type_word_is_read_at_once(tmp_path):
    """The heading pattern tried every split of the spaces: 3,000 of them took minutes."""
    path = tmp_path / "spaces.txt"
    path.write_text("单选" + " " * 30_000 + "x\n1. 宪法是（ ）。\nA. 根本法\nB. 普通法\n答案：A\n", encoding="utf-8")
    began = time.monotonic()
    read_bank(path, "B")
    assert time.monotonic() - began < 10   # under a second here; the pattern's old form never finished


def test_options_past_h_are_refused_not_dropped_or_glued(tmp_path):
    columns = tmp_path / "columns.xlsx"
    _sheet(columns, ["题型", "题干", *[f"选项{k}" for k in "ABCDEFGHIJ"], "答案"],
           ["单选", "选哪个（ ）。", *[f"项{k}" for k in "ABCDEFGHIJ"], "A"])
    assert "column 选项I: Xuefa has at most 8 options" in _problems(read_bank(columns, "B"))
    cell = tmp_path / "cell.xlsx"
    _sheet(cell, ["题型", "题干", "选项", "答案"],
           ["单选", "选哪个（ ）。", " ".join(f"{k}.项{k}" for k in "ABCDEFGHIJ"), "A"])
    report = read_bank(cell, "B")
    assert "more than 8 options" in _problems(report) and report.questions == []


def test_an_option_that_names_another_letter_stays_whole(tmp_path):
    path = tmp_path / "inner.xlsx"
    _sheet(path, ["题型", "题干", "选项", "答案"],
           ["单选", "下列说法正确的是（ ）。", "A．不包括B、C两项 B．乙 C．丙 D．丁", "D"],
           ["单选", "依照哪条处理（ ）。", "A.依照B.2条处理 B.不予处理 C.移送", "B"],
           ["单选", "行政原则（ ）。", "A.合法行政B.合理行政C.程序正当", "A"])   # glued, as some banks are
    report = read_bank(path, "B")
    assert [[o.text for o in q.options] for q in report.questions] == [
        ["不包括B、C两项", "乙", "丙", "丁"], ["依照B.2条处理", "不予处理", "移送"], ["合法行政", "合理行政", "程序正当"]]


def test_two_columns_for_one_field_are_refused(tmp_path):
    path = tmp_path / "twice.xlsx"
    _sheet(path, ["题型", "题干", "选项A", "选项B", "答案（旧）", "正确答案"], ["单选", "选哪个（ ）。", "甲", "乙", "A", "B"])
    report = read_bank(path, "B")
    assert "two columns for one field: 答案（旧） and 正确答案" in _problems(report) and report.questions == []


def test_an_answer_with_words_empty_or_twin_options_are_refused(tmp_path):
    path = tmp_path / "answers.xlsx"
    _sheet(path, ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案"],
           ["多选", "哪些是（ ）。", "甲", "乙", "丙", "丁", "A and C"],     # would have named D as well
           ["多选", "哪些又是（ ）。", "甲", "乙", "丙", "丁", "A和C"],      # as people write it: taken
           ["单选", "选哪个（ ）。", "甲", "甲", "丙", "丁", "A"])
    report = read_bank(path, "B")
    text = _problems(report)
    assert "answer 'A and C' is not option letters" in text and "options A and B are the same ('甲')" in text
    assert [q.answer for q in report.questions] == [("A", "C")]
    gift = tmp_path / "empty.gift"
    gift.write_text("选哪个？{=甲 ~ ~丙}\n", encoding="utf-8")
    assert "option B is empty" in _problems(read_bank(gift, "B"))


def test_a_gift_category_line_ends_at_its_line(tmp_path):
    path = tmp_path / "cat.gift"
    path.write_text("$CATEGORY: $course$/top/宪法\n宪法是国家的根本法。{T}\n\n公民在法律面前一律平等。{T}\n",
                    encoding="utf-8")
    report = read_bank(path, "B")
    assert [(q.stem, q.category) for q in report.questions] == [("宪法是国家的根本法。", "宪法"),
                                                                ("公民在法律面前一律平等。", "宪法")]


def test_moodle_points_and_wildcards_are_said_not_dropped(tmp_path):
    path = tmp_path / "moodle.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><quiz>'
                    '<question type="truefalse"><questiontext format="plain_text"><text>宪法是根本法。</text>'
                    '</questiontext><defaultgrade>2.5</defaultgrade><answer fraction="100"><text>true</text></answer>'
                    '<answer fraction="0"><text>false</text></answer></question>'
                    '<question type="shortanswer"><questiontext format="plain_text"><text>首都是____。</text>'
                    '</questiontext><answer fraction="100"><text>北京*</text></answer></question></quiz>',
                    encoding="utf-8")
    text = _problems(read_bank(path, "B"))
    assert "defaultgrade 2.5: points are a whole number from 1" in text
    assert "'北京*' uses Moodle's wildcard *" in text
    gift = tmp_path / "wild.gift"
    gift.write_text("首都是{=北京* =北京}。\n", encoding="utf-8")
    assert "uses Moodle's wildcard" in _problems(read_bank(gift, "B"))


def test_text_in_another_encoding_is_refused_not_stored_as_mojibake(tmp_path):
    big5 = tmp_path / "big5.gift"
    big5.write_bytes("中華人民共和國憲法是國家的根本大法。{T}\n\n公民在法律面前一律平等。{T}\n".encode("big5"))
    assert "probably in another encoding (Big5, Shift-JIS)" in _problems(read_bank(big5, "B"))
    gb = tmp_path / "gb.gift"
    gb.write_bytes("中华人民共和国宪法是国家的根本大法。{T}\n\n公民在法律面前一律平等。{T}\n".encode("gb18030"))
    assert [q.stem for q in read_bank(gb, "B").questions] == ["中华人民共和国宪法是国家的根本大法。",
                                                              "公民在法律面前一律平等。"]
    lie = tmp_path / "lie.xml"
    lie.write_bytes('<?xml version="1.0" encoding="ISO-8859-1"?><quiz><question type="truefalse"><questiontext '
                    'format="plain_text"><text>宪法是根本法。</text></questiontext><answer fraction="100"><text>true'
                    '</text></answer><answer fraction="0"><text>false</text></answer></question></quiz>'.encode())
    assert "declares the encoding ISO-8859-1, but its bytes are UTF-8" in _problems(read_bank(lie, "B"))


def test_invisible_characters_are_refused_and_a_csv_is_told_to_become_xlsx(tmp_path):
    path = tmp_path / "invisible.xlsx"
    _sheet(path, ["题型", "题干", "选项A", "选项B", "答案"], ["单选", "宪法是\u200b什么（ ）。", "甲", "乙", "A"],
           ["单选", "法律是\u202e什么（ ）。", "甲", "乙", "A"])
    text = _problems(read_bank(path, "B"))
    assert "U+200B ZERO WIDTH SPACE" in text and "U+202E RIGHT-TO-LEFT OVERRIDE" in text
    csv = tmp_path / "bank.csv"
    csv.write_text("题型,题干\n", encoding="utf-8")
    assert "save it as .xlsx" in _problems(read_bank(csv, "B"))


def test_hidden_rows_and_sheets_are_left_out_and_said(tmp_path):
    """What Excel shows is what is imported: a hidden row or sheet (已删除, 草稿) is left out, and the notes
    say so, rather than questions nobody saw being stored."""
    path = tmp_path / "hidden.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "题库"
    for row in (["题型", "题干", "选项A", "选项B", "答案"], ["单选", "看得见（ ）。", "甲", "乙", "A"],
                ["单选", "藏起来（ ）。", "甲", "乙", "A"]):
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    gone = book.create_sheet("已删除")
    for row in (["题型", "题干", "选项A", "选项B", "答案"], ["单选", "删掉的（ ）。", "甲", "乙", "A"]):
        gone.append(row)
    gone.sheet_state = "hidden"
    book.save(path)
    report = read_bank(path, "B")
    assert [q.stem for q in report.questions] == ["看得见（ ）。"]
    notes = " | ".join(str(n) for n in report.notes)
    assert "row(s) 3 are hidden in Excel" in notes and "sheet 已删除: left out: the sheet is hidden" in notes
    assert "sheet 题库" in notes   # the sheet named (found by an outside tester)
    assert [(p.row, "hidden in Excel" in str(p)) for p in report.skipped] == [(3, True)]   # counted as skipped


def test_a_less_than_sign_written_into_html_text_stays_text(tmp_path):
    """[html] GIFT and Moodle's html format: 若a<b且b>c, written without &lt;, is not a tag named b且b."""
    path = tmp_path / "lt.gift"
    path.write_text("[html]<p>若a<b且b>c，则a与c的关系是（ ）。</p>{=a<c ~a>c}\n", encoding="utf-8")
    [question] = read_bank(path, "B").questions
    assert question.stem == "若a<b且b>c，则a与c的关系是（ ）。"


def test_a_moodle_question_nested_in_another_element_is_not_lost_silently(tmp_path):
    path = tmp_path / "nested.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><quiz><question type="category"><category><text>'
                    '$course$/宪法</text></category><question type="truefalse"><questiontext format="plain_text">'
                    '<text>宪法是根本法。</text></questiontext><answer fraction="100"><text>true</text></answer>'
                    '<answer fraction="0"><text>false</text></answer></question></question></quiz>', encoding="utf-8")
    assert "1 <question> element(s) stand inside another element" in _problems(read_bank(path, "B"))


def test_superscripts_and_subscripts_keep_two_questions_apart(tmp_path):
    """Identity reads full-width and spacing as a person does, but x² is not x2, nor H₂O H2O."""
    path = tmp_path / "powers.xlsx"
    _sheet(path, ["题型", "题干", "答案"], ["判断", "x²大于x。", "错"], ["判断", "x2大于x。", "错"],
           ["判断", "Ｈ₂Ｏ是水。", "对"], ["判断", "H₂O 是水。", "对"])
    report = read_bank(path, "B")
    assert len(report.questions) == 3 and "the same question as row 4" in _problems(report)


def _text_bank(tmp_path, body: str):
    path = tmp_path / "bank.txt"
    path.write_text(body, encoding="utf-8")
    return read_bank(path, "B")


def test_an_answer_below_its_label_and_a_key_per_section_keep_every_question(tmp_path):
    """答案： with the answer on the next lines is the question's answer, not an answer key that swallowed
    the rest of the file; a key after each section ends where the next section's questions begin."""
    below = _text_bank(tmp_path, "一、简答题\n1. 简述宪法的地位。\n答案：\n宪法是国家的根本法，\n具有最高的法律效力。\n"
                                 "二、判断题\n1、宪法是国家的根本法。（ √ ）\n")
    assert [(q.stem, q.answer) for q in below.questions] == [
        ("简述宪法的地位。", ("宪法是国家的根本法，\n具有最高的法律效力。",)), ("宪法是国家的根本法。（ ）", ("T",))]
    per_section = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法  B. 刑法\n参考答案\n一、1.A\n"
                                       "二、判断题\n1. 法律可以与宪法相抵触。\n2. 宪法由全国人大修改。\n参考答案\n二、1.× 2.√\n")
    assert [q.answer for q in per_section.questions] == [("A",), ("F",), ("T",)]


def test_a_key_names_sections_as_written_and_numbers_run_straight(tmp_path):
    """三、 in the key is the section headed 三、 (the example in docs/question-banks.md skips 二); a key
    numbered straight through (21.AB) answers questions numbered so."""
    written = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法  B. 刑法\n答案：A\n三、判断题\n"
                                   "1、法律可以与宪法相抵触。\n参考答案\n三、1.×\n")
    assert [q.answer for q in written.questions] == [("A",), ("F",)]
    straight = _text_bank(tmp_path, "一、判断题\n1. 宪法是根本法。\n答案：√\n二、多项选择题\n21. 下列属于基本权利的有（ ）。\n"
                                    "A. 选举权  B. 受教育权  C. 纳税\n参考答案\n21.AB\n")
    assert [q.answer for q in straight.questions] == [("T",), ("A", "B")]


def test_lines_that_belong_to_no_question_part_and_second_answers_are_refused(tmp_path):
    glued = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n法律依据：《宪法》序言\n答案：A\n"
                                 "二、判断题\n1. 宪法是根本法。\n答案：√\n考点：宪法的地位\n")
    text = _problems(glued)
    assert "'法律依据：《宪法》序言' is not part of the question" in text and "'考点：宪法的地位' is not part" in text
    twice = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n答案：A\n正确答案：B\n")
    assert "a second answer line" in _problems(twice) and twice.questions == []


def test_the_same_question_with_another_answer_is_one_question_with_a_disputed_key(tmp_path):
    """Not two questions a paper could draw both of: in one file refused; across imports a change of the
    question already in the bank (server tests: tests/sync_server/exams/test_import_questions.py)."""
    twice = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法  B. 刑法\n答案：A\n"
                                 "2. 我国的根本法是（ ）。\nA. 宪法  B. 刑法\n答案：B\n")
    assert "the same question as line 2 with another answer" in _problems(twice)


def test_words_hidden_text_is_left_out_and_said(tmp_path):
    """隐藏文字 is not shown or printed by Word: a hidden 答案：B under the visible 答案：A is not the key."""
    import docx
    doc = docx.Document()
    for line in ("一、单项选择题", "1. 我国的根本法是（ ）。", "A. 宪法", "B. 刑法", "答案：A"):
        doc.add_paragraph(line)
    doc.add_paragraph().add_run("正确答案：B").font.hidden = True
    doc.save(tmp_path / "hidden.docx")
    report = read_bank(tmp_path / "hidden.docx", "B")
    assert [q.answer for q in report.questions] == [("A",)]
    assert "hidden text (Word's 隐藏文字) in paragraph(s) 6" in " | ".join(str(n) for n in report.notes)


def test_a_bracketed_letter_that_is_the_stems_own_text_stays(tmp_path):
    report = _text_bank(tmp_path, "一、单项选择题\n1. 长期缺乏维生素（C）会引起（ ）。\nA. 坏血病  B. 夜盲症  C. 佝偻病\n答案：A\n"
                                  "2. 某纳税人被评为（A）级纳税信用，下列说法正确的是（ ）。\nA. 可享受激励措施  B. 应受惩戒\n答案：A\n"
                                  "3. 我国的根本法是（ A ）。\nA. 宪法  B. 刑法\n")
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("长期缺乏维生素（C）会引起（ ）。", ("A",)), ("某纳税人被评为（A）级纳税信用，下列说法正确的是（ ）。", ("A",)),
        ("我国的根本法是（ ）。", ("A",))]   # the last: the answer in the brackets, taken out of the stem


def test_a_true_false_word_in_another_types_stem_is_its_text(tmp_path):
    report = _text_bank(tmp_path, "一、填空题\n1. 宪法规定，公民（对）国家机关有提出批评的权利，还有____权。\n答案：建议\n"
                                  "二、判断题\n1. 宪法是根本法。（ 对 ）\n答案：错\n")
    assert [q.stem for q in report.questions] == ["宪法规定，公民（对）国家机关有提出批评的权利，还有____权。"]
    assert "the answer in the brackets (对) and the answer given (错) differ" in _problems(report)


def test_json_keys_twice_unknown_fields_and_option_gaps_are_refused(tmp_path):
    import json as _json
    twice = tmp_path / "twice.json"
    twice.write_text('{"questions": [{"type": "单选", "stem": "选哪个（ ）。", "options": {"A": "宪法", "A": "民法典", '
                     '"B": "刑法"}, "answer": "A"}]}', encoding="utf-8")
    assert "the key 'A' stands twice in one object" in _problems(read_bank(twice, "B"))
    for name, item, says in (
            ("typo.json", {"type": "判断", "stem": "宪法是根本法。", "answer": "对", "explaination": "…"},
             "unknown field(s) 'explaination'"),
            ("gap.json", {"type": "单选", "stem": "选哪个（ ）。", "answer": "C",
                          "options": [{"key": "C", "text": "宪法"}, {"key": "A", "text": "刑法"}]}, "leave a gap")):
        (tmp_path / name).write_text(_json.dumps({"questions": [item]}, ensure_ascii=False), encoding="utf-8")
        assert says in _problems(read_bank(tmp_path / name, "B")), name


def test_word_symbols_are_read_and_automatic_numbering_is_explained(tmp_path):
    """≥ inserted from the Symbol font is a font code, not a character: read as ≥ (an unknown one refused by
    name, never dropped); a stem numbered by a list style is read with the number Word shows in front of it
    (numbering.xml): here a second 1., which is said, never a question silently merged or lost."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def bank(name: str, font: str, code: str, listed: bool):
        doc = docx.Document()
        for line in ("一、单项选择题", "1. 完全民事行为能力人的年龄是（ ）。"):
            doc.add_paragraph(line)
        option = doc.add_paragraph("A. ")
        sym = OxmlElement("w:sym")
        sym.set(qn("w:font"), font)
        sym.set(qn("w:char"), code)
        option.add_run()._r.append(sym)
        option.add_run("18周岁")
        for line in ("B. 16周岁", "答案：A"):
            doc.add_paragraph(line)
        if listed:
            doc.add_paragraph("国家的一切权力属于（ ）。", style="List Number")
        doc.save(tmp_path / name)
        return read_bank(tmp_path / name, "B")
    known = bank("known.docx", "Symbol", "F0B3", listed=False)
    assert [o.text for o in known.questions[0].options] == ["≥18周岁", "16周岁"]
    unknown = bank("unknown.docx", "Wingdings", "F0A1", listed=True)
    assert "a symbol inserted from the font Wingdings F0A1 has no text Xuefa knows" in _problems(unknown)
    assert "paragraph 6: 1. below question 1: a point of a numbered list" in _problems(unknown)


def test_an_excel_rows_picture_refuses_its_question_and_an_unread_column_is_named(tmp_path):
    """A picture floating over a row, or put into a cell by WPS (=DISPIMG), cannot travel in an Excel bank:
    that question is refused by row, never imported without it; a column the reader does not know (图片,
    备注) is named in a note instead of passed over (found by an outside tester)."""
    import io

    from openpyxl.drawing.image import Image as SheetImage
    from PIL import Image
    png = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 0, 0)).save(png, "PNG")
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["题型", "题干", "选项A", "选项B", "答案", "图片"], ["单选", "如图所示的标志是（ ）。", "禁止通行", "注意安全", "A", ""],
                ["单选", "下列标志表示禁止通行的是（ ）。", '=DISPIMG("ID_9A8B7C6D5E",1)', "乙", "A", ""],
                ["单选", "宪法是（ ）。", "根本法", "普通法", "A", ""]):
        sheet.append(row)
    sheet.add_image(SheetImage(io.BytesIO(png.getvalue())), "F2")
    book.save(tmp_path / "pictures.xlsx")
    report = read_bank(tmp_path / "pictures.xlsx", "B")
    assert [(p.row, p.column) for p in report.problems] == [(2, None), (3, None)]
    assert all("a picture on this row cannot be kept from an Excel bank" in p.message for p in report.problems)
    assert [q.stem for q in report.questions] == ["宪法是（ ）。"]
    assert any("column(s) not read: 图片" in str(n) for n in report.notes)


def test_a_json_list_of_questions_and_base64_wrapped_at_76_characters_are_read(tmp_path):
    import base64
    import json
    png = FIGURE_PNG
    wrapped = base64.encodebytes(png).decode()   # with line breaks, as encoders write it
    (tmp_path / "list.json").write_text(json.dumps([{"type": "判断", "stem": "图中标志表示禁止通行。", "answer": "对",
                                                     "pictures": [{"name": "a.png", "data": wrapped}]}],
                                                   ensure_ascii=False), encoding="utf-8")
    report = read_bank(tmp_path / "list.json", "B")
    assert report.problems == [] and [p.data for p in report.questions[0].pictures] == [png]


def test_moodle_text_written_as_xhtml_is_read_whole_with_raised_digits_and_underlined_blanks():
    """<text>依据<b>《宪法》</b>规定…</text> without CDATA was stored as 依据; 10<sup>3</sup> as 103; an
    underlined gap is the blank it draws (found by an outside tester)."""
    from examcore.banks.moodle_xml import read_moodle_xml
    data = """<quiz><question type="truefalse"><name><text>x</text></name>
      <questiontext format="html"><text>依据<b>《宪法》</b>规定，公民有劳动的权利和义务。</text></questiontext>
      <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
      <question type="multichoice"><name><text>上标</text></name>
      <questiontext format="html"><text><![CDATA[<p>面积为120m<sup>2</sup>的房屋（ ）</p>]]></text></questiontext>
      <single>true</single><answer fraction="100" format="html"><text><![CDATA[10<sup>3</sup>元]]></text></answer>
      <answer fraction="0" format="html"><text>103元</text></answer></question>
      <question type="shortanswer"><name><text>下划线</text></name>
      <questiontext format="html"><text><![CDATA[<p>我国的根本大法是<u>&nbsp;&nbsp;&nbsp;</u>。</p>]]></text></questiontext>
      <answer fraction="100"><text>宪法</text></answer></question></quiz>""".encode()
    report = read_moodle_xml(data, "m.xml", "B")
    assert report.problems == []
    assert [(q.stem, [o.text for o in q.options]) for q in report.questions] == [
        ("依据《宪法》规定，公民有劳动的权利和义务。", []), ("面积为120m²的房屋（ ）", ["10³元", "103元"]),
        ("我国的根本大法是____。", [])]


def test_a_word_text_box_is_read_once_and_a_picture_between_questions_is_placed_or_refused(tmp_path):
    """Word 2010+ keeps a text box twice (mc:Choice and, for older readers, mc:Fallback): read once. A
    picture between two questions goes to the one whose stem says 如上图 / 如下图; otherwise it is refused,
    never given to the question above it."""
    import docx
    from docx.oxml import parse_xml
    png = FIGURE_PNG
    (tmp_path / "p.png").write_bytes(png)
    w = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')
    document = docx.Document()
    document.add_paragraph("一、判断题")
    stem = document.add_paragraph("1. 如图所示的说明文字正确。（ √ ）")
    stem._p.append(parse_xml(f'<w:r {w}><mc:AlternateContent><mc:Choice Requires="wps"><w:t>图1 标志</w:t>'
                             '</mc:Choice><mc:Fallback><w:t>图1 标志</w:t></mc:Fallback></mc:AlternateContent></w:r>'))
    document.add_paragraph("2. 宪法是国家的根本法。（ √ ）")
    document.add_picture(str(tmp_path / "p.png"))
    document.add_paragraph("3. 如上图所示，该标志为禁令标志。（ √ ）")
    document.add_paragraph("4. 国家尊重和保障人权。（ √ ）")
    document.add_picture(str(tmp_path / "p.png"))
    document.add_paragraph("5. 该标志为警告标志。（ × ）")
    document.save(tmp_path / "b.docx")
    report = read_bank(tmp_path / "b.docx", "B")
    assert [(q.stem, len(q.pictures)) for q in report.questions] == [
        ("如图所示的说明文字正确。（ ）图1 标志", 0), ("宪法是国家的根本法。（ ）", 0), ("如上图所示，该标志为禁令标志。（ ）", 1)]
    assert [p.row for p in report.problems] == [7] and "a picture between two questions" in report.problems[0].message


def test_a_pictures_caption_goes_where_its_picture_goes(tmp_path):
    """图1 禁止通行标志 below (or beside) a picture between two questions goes with the picture to the
    question that says 如上图 / 如下图, below its stem; never onto the question above's last option."""
    import docx
    (tmp_path / "p.png").write_bytes(FIGURE_PNG)
    document = docx.Document()
    document.add_paragraph("一、单项选择题")
    for line in ("1. 宪法是国家的（ ）", "A. 根本法", "B. 普通法", "答案：A"):
        document.add_paragraph(line)
    document.add_picture(str(tmp_path / "p.png"))
    document.add_paragraph("图1 禁止通行标志")                       # the caption on its own line
    for line in ("2. 如上图所示，该标志是（ ）", "A. 禁令标志", "B. 警告标志", "答案：A", "3. 下图所示的标志是（ ）"):
        document.add_paragraph(line)
    beside = document.add_paragraph()                                  # picture and caption in one paragraph
    beside.add_run().add_picture(str(tmp_path / "p.png"))
    beside.add_run("（图2）限速标志")
    for line in ("A. 限速标志", "B. 禁令标志", "答案：A"):
        document.add_paragraph(line)
    document.save(tmp_path / "c.docx")
    report = read_bank(tmp_path / "c.docx", "B")
    assert report.problems == [], report.problems
    first, second, third = report.questions
    assert [o.text for o in first.options] == ["根本法", "普通法"] and not first.pictures
    assert (second.stem, len(second.pictures)) == ("如上图所示，该标志是（ ）\n图1 禁止通行标志", 1), second.stem
    assert (third.stem, len(third.pictures)) == ("下图所示的标志是（ ）\n（图2）限速标志", 1), third.stem


def test_one_picture_used_by_many_questions_counts_each_time(tmp_path, monkeypatch):
    """Each question keeps its own copy of its pictures: a 2 MB picture reused by 200 questions would be
    400 MB in the bank. A file's pictures are capped in all (found by an outside tester)."""
    import base64
    import json

    from examcore.banks import common
    monkeypatch.setattr(common, "MAX_PICTURE_BYTES_PER_FILE", 150)
    png = base64.b64encode(FIGURE_PNG).decode()
    questions = [{"type": "判断", "stem": f"第{n}题：图中标志表示禁止通行。", "answer": "对", "pictures": [{"data": png}]}
                 for n in range(3)]
    (tmp_path / "many.json").write_text(json.dumps({"questions": questions}, ensure_ascii=False), encoding="utf-8")
    report = read_bank(tmp_path / "many.json", "B")
    assert report.questions == [] and "come to more than 0 MB" in str(report.problems[0])


def test_gift_refusals_are_said_in_chinese(monkeypatch):
    from examcore.banks.gift import read_gift
    report = read_gift("::a:: 宪法是（ ）{=根本法 ~%50%普通法 ~法律}\n\n::b:: 1+1={#2}\n", "b.gift", "B")
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    said = [p.said() for p in report.problems] + [p.said() for p in report.skipped]
    assert len(said) == 2 and said[0].startswith("b.gift，第 1 行：不支持单选题答案的部分得分"), said
    assert said[1] == "b.gift，第 3 行：数值题（本产品没有此题型）", said


def test_gift_feedback_on_answers_is_noted_as_left_out():
    from examcore.banks.gift import read_gift
    report = read_gift("::a:: 宪法是（ ）{=根本法#对 ~普通法#不对}\n\n::b:: 宪法是根本法。{TRUE#对#错}\n\n"
                       "::c:: 我国的根本法是（ ）{=宪法 ~刑法 ####宪法是根本法。}\n", "b.gift", "B")
    assert len(report.questions) == 3
    assert [(n.row, "feedback on each answer" in n.message) for n in report.notes] == [(1, True), (3, True)]


def test_an_excel_picture_at_a_fixed_position_refuses_the_sheet(tmp_path):
    """A picture anchored at a position, not a cell (absoluteAnchor), belongs to no row: which question it
    shows cannot be told, so nothing of the sheet is read rather than read without it."""
    import zipfile
    book = openpyxl.Workbook()
    for row in (["题型", "题干", "选项A", "选项B", "答案"], ["单选", "如图所示的标志是（ ）。", "甲", "乙", "A"]):
        book.active.append(row)
    book.save(tmp_path / "plain.xlsx")
    drawing = ('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:absoluteAnchor><xdr:pos x="0" '
               'y="0"/><xdr:ext cx="9525" cy="9525"/><xdr:pic><xdr:blipFill><a:blip/></xdr:blipFill></xdr:pic>'
               '<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>')
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as src, zipfile.ZipFile(tmp_path / "fixed.xlsx", "w") as out:
        for item in src.infolist():
            out.writestr(item, src.read(item.filename))
        out.writestr("xl/worksheets/_rels/sheet1.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                     'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                     'officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>')
        out.writestr("xl/drawings/drawing1.xml", drawing)
    report = read_bank(tmp_path / "fixed.xlsx", "B")
    assert report.questions == [] and "placed on the sheet at a fixed position" in str(report.problems[0])


def test_options_that_point_at_others_keep_their_place_and_own_letters_are_not_shown_twice(tmp_path):
    """The station shuffles and relabels options: one that names others by letter (A和B都是) keeps every
    option in place, one that names those above (以上都不是) keeps its own; A.宪法 under 选项A loses the
    letter it would show twice, B.刑法 under 选项A is refused (found by an outside tester)."""
    from openpyxl import Workbook
    (tmp_path / "refs.txt").write_text("一、单项选择题\n1. 下列属于国家机关的是（ ）。\nA. 全国人大  B. 国务院  C. A和B都是  "
                                       "D. 以上都不是\n答案：C\n2. 下列说法正确的是（ ）。\nA. 甲  B. 乙  C. 以上都对\n答案：C\n",
                                       encoding="utf-8")
    first, second = read_bank(tmp_path / "refs.txt", "b").questions
    assert all(o.fixed for o in first.options) and [o.fixed for o in second.options] == [False, False, True]
    book = Workbook()
    book.active.append(["题型", "题干", "选项A", "选项B", "选项C", "答案"])
    book.active.append(["单选", "我国的根本法是（ ）。", "A.宪法", "B、刑法", "Ｃ．民法典", "A"])
    book.active.append(["单选", "国家的一切权力属于（ ）。", "B.人民", "A.政府", "C.军队", "A"])
    book.save(tmp_path / "letters.xlsx")
    report = read_bank(tmp_path / "letters.xlsx", "b")
    assert [[o.text for o in q.options] for q in report.questions] == [["宪法", "刑法", "民法典"]]
    assert "option A begins with another option's letter" in report.problems[0].message, report.problems



def test_json_values_are_said_as_json_writes_them(tmp_path, monkeypatch):
    """NaN and 1e400 are no JSON numbers (Python reads them); true is said as true, not Python's True."""
    import json
    (tmp_path / "nan.json").write_text('{"questions": [{"type": "判断", "stem": "甲", "answer": "对", '
                                       '"difficulty": NaN}]}', encoding="utf-8")
    assert "NaN is not a number JSON has" in str(read_bank(tmp_path / "nan.json", "b").problems[0])
    (tmp_path / "big.json").write_text('{"questions": [{"type": "判断", "stem": "甲", "answer": "对", '
                                       '"points": 1e400}]}', encoding="utf-8")
    assert "1e400 is not a number JSON has" in str(read_bank(tmp_path / "big.json", "b").problems[0])
    (tmp_path / "bool.json").write_text(json.dumps({"questions": [{"type": "判断", "stem": "甲", "answer": "对",
                                                                   "points": True}]}), encoding="utf-8")
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    said = read_bank(tmp_path / "bool.json", "b").problems[0].said()
    assert "而不是 true" in said and "True" not in said, said


def test_a_sheet_calamine_cannot_read_is_said_in_words(tmp_path, monkeypatch):
    """A number cell holding 1,5 (a careless exporter): refused in words, not calamine's "Parse float error"."""
    import zipfile

    from openpyxl import Workbook
    book = Workbook()
    book.active.title = "题库"
    book.active.append(["题型", "题干", "选项A", "选项B", "答案", "难度"])
    book.active.append(["单选", "我国的根本法是（ ）。", "宪法", "刑法", "A", 3])
    book.save(tmp_path / "base.xlsx")
    with zipfile.ZipFile(tmp_path / "base.xlsx") as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(tmp_path / "comma.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            z.writestr(name, data.replace(b"<v>3</v>", b"<v>1,5</v>") if name.endswith("sheet1.xml") else data)
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    [problem] = read_bank(tmp_path / "comma.xlsx", "b").problems
    assert "无法读取该工作表" in problem.said() and "Parse" not in problem.said(), problem.said()


def test_word_list_numbering_inside_a_question_refuses_it_by_name_and_numbering_turned_off_does_not(tmp_path):
    """① ② or 1. 2. that Word draws from its list numbering are not in the paragraphs' text: a question
    whose stem lists statements that way would reach the station without the numbers its options name
    (found by an outside tester) when the format is one Xuefa cannot draw. A paragraph whose style's numbering
    is turned off (numId 0) is plain; Word's bullets are drawn as • (they were refused as numbers)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def numbered(paragraph, num_id: str) -> None:
        props = paragraph._p.get_or_add_pPr()
        num = OxmlElement("w:numPr")
        for tag, value in (("w:ilvl", "0"), ("w:numId", num_id)):
            child = OxmlElement(tag)
            child.set(qn("w:val"), value)
            num.append(child)
        props.append(num)

    doc = docx.Document()
    numbering = doc.part.numbering_part.element   # a list in a format Xuefa cannot draw (Thai letters)
    numbering.insert(0, docx.oxml.parse_xml(
        f'<w:abstractNum xmlns:w="{docx.oxml.ns.nsmap["w"]}" w:abstractNumId="90"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="thaiLetters"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(docx.oxml.parse_xml(f'<w:num xmlns:w="{docx.oxml.ns.nsmap["w"]}" w:numId="90">'
                                         '<w:abstractNumId w:val="90"/></w:num>'))
    doc.add_paragraph("一、单项选择题")
    doc.add_paragraph("1. 下列说法正确的是（ ）。")
    numbered(doc.add_paragraph("宪法是根本法"), "90")
    numbered(doc.add_paragraph("法律高于宪法"), "90")
    for line in ("A. ①", "B. ②", "答案：A", "2. 依法治国的核心是（ ）。"):
        doc.add_paragraph(line)
    numbered(doc.add_paragraph("以上均为宪法规定。"), "0")   # numbering off: its text is all it shows
    for line in ("A. 宪法", "B. 法律", "答案：A", "三、简答题", "1. 简述依法行政的基本要求。", "答案："):
        doc.add_paragraph(line)
    for line in ("合法行政；", "合理行政。"):   # Word's bullets (the template's list 1): drawn as •, nothing lost
        numbered(doc.add_paragraph(line), "1")
    doc.save(tmp_path / "listed.docx")
    report = read_bank(tmp_path / "listed.docx", "B")
    assert [q.stem for q in report.questions] == ["依法治国的核心是（ ）。\n以上均为宪法规定。", "简述依法行政的基本要求。"]
    assert report.questions[1].answer == ("• 合法行政；\n• 合理行政。",)
    assert [p.row for p in report.problems] == [3, 4]
    assert "numbered by Word's automatic numbering" in str(report.problems[0])


def test_a_hidden_column_read_as_a_field_and_a_formula_never_calculated_are_refused_by_name(tmp_path):
    """Found by an outside tester: an option column hidden in Excel (选项E) became a fifth option no one saw,
    and a formula a program wrote without its value was called an "empty stem"."""
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["题型", "题干", "选项A", "选项B", "选项C", "选项D", "选项E", "答案", "备注"])
    ws.append(["单选", "隐藏列题（ ）", "甲", "乙", "丙", "丁", "戊", "A", "x"])
    ws.column_dimensions["G"].hidden = True
    ws.column_dimensions["I"].hidden = True   # a column not read: hiding it changes nothing
    wb.save(tmp_path / "hidden.xlsx")
    report = read_bank(tmp_path / "hidden.xlsx", "B")
    assert report.questions == [] and ["column(s) 选项E are hidden in Excel" in str(p) for p in report.problems] == [True]
    ws.column_dimensions["G"].hidden = False
    ws.append(["单选", '="公式"&"题干（ ）"', "甲", "乙", "丙", "丁", "", "A"])
    wb.save(tmp_path / "formula.xlsx")
    report = read_bank(tmp_path / "formula.xlsx", "B")
    assert [q.stem for q in report.questions] == ["隐藏列题（ ）"]
    assert [(p.row, "never calculated" in str(p)) for p in report.problems] == [(3, True)]


# --- a third outside attack (issue 16) -----------------------------------------------------------------------

def test_options_holding_letters_with_points_keep_every_option(tmp_path):
    """"A. L.A.  B. N.Y.  C. D.C.  D. S.F." on one line or in one cell: the D of D.C. would leave option C
    empty, so it is C's text (option C was lost and D merged, the import reporting success)."""
    typed = _text_bank(tmp_path, "一、单项选择题\n1. 美国首都所在的特区简称是（ ）。\nA. L.A.  B. N.Y.  C. D.C.  D. S.F.\n答案：C\n")
    _sheet(tmp_path / "cell.xlsx", ("题型", "题干", "选项", "答案"),
           ("单选", "美国首都所在的特区简称是（ ）。", "A. L.A.  B. N.Y.  C. D.C.  D. S.F.", "C"))
    for report in (typed, read_bank(tmp_path / "cell.xlsx", "B")):
        assert not report.problems, _problems(report)
        [q] = report.questions
        assert [(o.key, o.text) for o in q.options] == [("A", "L.A."), ("B", "N.Y."), ("C", "D.C."), ("D", "S.F.")]
        assert list(q.answer) == ["C"]


def test_word_text_is_read_as_word_shows_it_in_capitals_after_a_move_and_with_a_hyphen(tmp_path):
    """All caps (wto shown WTO), a tracked move (the old place left out, not both), a non-breaking hyphen."""
    import copy

    import docx
    from docx.oxml.ns import qn
    doc = docx.Document()
    doc.add_paragraph("一、单项选择题")
    stem = doc.add_paragraph("1. 我国于2001年加入")
    stem.add_run("wto").font.all_caps = True
    stem.add_run("，这是制表")
    hyphen = stem.add_run()
    hyphen._r.append(hyphen._r.makeelement(qn("w:noBreakHyphen"), {}))
    stem.add_run("连字的（ ）。")
    moved = stem.add_run("旧位置")
    away = moved._r.makeelement(qn("w:moveFrom"), {qn("w:id"): "1", qn("w:author"): "a", qn("w:date"): "2026-01-01T00:00:00Z"})
    moved._r.addprevious(away)
    away.append(moved._r)
    there = copy.deepcopy(away)
    there.tag = qn("w:moveTo")
    there.find(qn("w:r")).find(qn("w:t")).text = "新位置"
    away.addnext(there)
    doc.add_paragraph("A．甲")
    doc.add_paragraph("B．乙")
    doc.add_paragraph("答案：A")
    doc.save(tmp_path / "shown.docx")
    report = read_bank(tmp_path / "shown.docx", "B")
    assert not report.problems, _problems(report)
    assert report.questions[0].stem == "我国于2001年加入WTO，这是制表-连字的（ ）。新位置"


def test_a_sheet_of_questions_without_a_type_column_is_a_problem_and_a_header_below_notes_is_found(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "题库"
    for row in (("题型", "题干", "选项A", "选项B", "答案"), ("单选", "宪法是（ ）。", "根本法", "普通法", "A")):
        book.active.append(row)
    untyped = book.create_sheet("补充")
    for row in (("题目", "选项A", "选项B", "答案"), ("监察法是（ ）。", "法律", "规章", "A")):
        untyped.append(row)
    notes = book.create_sheet("判断")
    for row in [("填写说明：",), ("1. 每行一题",), ("2. 答案写对或错",), ("",), ("",), ("",),
                ("题型", "题干", "答案"), ("判断", "宪法是根本法。", "对")]:
        notes.append(row)
    book.save(tmp_path / "sheets.xlsx")
    report = read_bank(tmp_path / "sheets.xlsx", "B")
    assert "sheet 补充, row 1: the sheet has questions (题干 and 答案) but no 题型 column" in _problems(report)
    assert sorted(q.stem for q in report.questions) == ["宪法是根本法。", "宪法是（ ）。"]   # row 7 of 判断 read


def test_an_answer_in_a_stems_brackets_is_left_out_of_an_office_export_by_name():
    """宪法规定（ × ）是错误的说法。 with the answer 对 came back refused from the .txt and .docx export."""
    from examcore.banks.office_export import reads_back
    from examcore.questions import Question, QuestionType
    q = Question(id="q1", type=QuestionType.TRUE_FALSE, stem="宪法规定（ × ）是错误的说法。", options=[], answer=["T"])
    assert not reads_back(q)
    assert reads_back(Question(id="q2", type=QuestionType.TRUE_FALSE, stem="宪法是根本法。", options=[], answer=["T"]))


def test_an_answer_key_by_ranges_answers_each_question_and_a_range_that_does_not_fit_is_named(tmp_path):
    """参考答案 / 一、1-3 DBA: the key was taken as the last question's answer, the others had none."""
    bank = ("一、单项选择题\n1. 甲（ ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n2. 乙（ ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n"
            "3. 丙（ ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n二、判断题\n1. 宪法是根本法。\n2. 宪法可以随意修改。\n参考答案\n")
    report = _text_bank(tmp_path, bank + "一、1-3 DBA\n二、1～2：√×\n")
    assert not report.problems, _problems(report)
    assert [list(q.answer) for q in report.questions] == [["D"], ["B"], ["A"], ["T"], ["F"]]
    wrong = _text_bank(tmp_path, bank + "一、1-3：DBAC\n二、1.√ 2.×\n")
    assert "line 12: answer key: 1-3：DBAC gives 4 answer(s) for the 3 questions of its range" in _problems(wrong)
    assert not wrong.questions or all(q.answer for q in wrong.questions)



KEYED = ("一、单项选择题\n1. 甲（ ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n2. 乙（ ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n"
         "3. 丙（ ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n二、判断题\n1. 宪法是根本法。\n2. 宪法可以随意修改。\n")


@pytest.mark.parametrize("key", [
    "参考答案\n一、单项选择题\n1-3：D B A\n二、判断题\n1-2：√ ×\n",        # spaced, under the sections' own names
    "参考答案\n单项选择题：1-3 DBA\n判断题：1.√ 2.×\n",                      # a type's name before the entries
    "参考答案\n判断题：1.√ 2.×\n单选题：1.D 2.B 3.A\n",                      # ... in another order
    "参考答案\n一、单项选择题（每题1分）：1.D 2.B 3.A\n二、判断题：1-2 对错\n",
    "参考答案\n（一）1.D 2.B 3.A\n（二）1.√ 2.×\n",
    "参考答案\n一、1-3：D、B、A\n二、1-2：√，×\n",
    "参考答案：一、1.D 2.B 3.A 二、1.√ 2.×\n",                                # the whole key on the heading's line
    "答案\n单选题\n1.D 2.B 3.A\n判断题\n1.√ 2.×\n",
], ids=["spaced", "named", "named-reordered", "numeral-and-name", "bracketed", "commas", "one-line", "own-lines"])
def test_an_answer_key_as_people_write_it_answers_every_question(tmp_path, key):
    """Keys with the sections' names inside, spaced or comma-separated ranges, or on the heading's line were
    read as the last question's answer or not at all, and the whole bank refused (issue 16)."""
    report = _text_bank(tmp_path, KEYED + key)
    assert not report.problems, _problems(report)
    assert [list(q.answer) for q in report.questions] == [["D"], ["B"], ["A"], ["T"], ["F"]]


def test_a_range_of_grouped_or_multiple_answers_and_one_that_does_not_fit(tmp_path):
    """1-10：ABCDA BCDAB is one letter per question; 1-3：AB C ABD one answer per question (a multiple
    choice's letters together); a count that fits neither is named, and nothing is guessed."""
    from examcore.banks.office_key import key_ranges as _key_ranges
    assert _key_ranges("1-10：ABCDA BCDAB")[0].split() == [f"{n}.{a}" for n, a in enumerate("ABCDABCDAB", 1)]
    assert _key_ranges("1-3：AB C ABD")[0].split() == ["1.AB", "2.C", "3.ABD"]
    assert _key_ranges("1-3：A B")[:2] == (" ", ["1-3：A B gives 2 answer(s) for the 3 questions of its range"])
    bank = "一、多项选择题\n1. 甲（ ）。\nA. 甲 B. 乙 C. 丙\n2. 乙（ ）。\nA. 甲 B. 乙 C. 丙\n参考答案\n"
    report = _text_bank(tmp_path, bank + "1-2：AB BC\n")
    assert not report.problems and [q.answer for q in report.questions] == [("A", "B"), ("B", "C")]


def test_a_fill_in_key_at_the_end_is_not_taken_for_the_last_questions_answer(tmp_path):
    """参考答案 alone on a line, then 1. 宪法 2. 国务院: the whole key went to the last question as its answer
    and the import succeeded (issue 16). The question before waits too, so the lines are a key; a question's
    answer that is itself a type's name (判断) stays an answer."""
    bank = "一、填空题\n1. 是非题又称____题。\n2. 我国的根本法是____。\n参考答案\n"
    for key in ("1. 判断 2. 宪法\n", "1. 判断\n2. 宪法\n"):
        report = _text_bank(tmp_path, bank + key)
        assert not report.problems, _problems(report)
        assert [q.answer for q in report.questions] == [("判断",), ("宪法",)]
    short = _text_bank(tmp_path, "一、简答题\n1. 简述依法行政。\n2. 简述法治政府的要求。\n答案：\n①职能科学\n②权责法定\n")
    assert [q.answer for q in short.questions] == [(), ("①职能科学\n②权责法定",)]   # a reference answer's points


def test_sections_numbered_in_brackets_are_sections(tmp_path):
    """（一）单项选择题 / （二）判断题: both sections' questions were numbered 1 in one section and refused."""
    report = _text_bank(tmp_path, KEYED.replace("一、", "（一）").replace("二、", "（二）") +
                        "参考答案\n（一）1.D 2.B 3.A\n（二）1.√ 2.×\n")
    assert not report.problems, _problems(report)
    assert [q.type for q in report.questions] == [QuestionType.SINGLE] * 3 + [QuestionType.TRUE_FALSE] * 2

def test_a_json_key_twice_and_a_nan_are_refused_naming_the_line(tmp_path):
    path = tmp_path / "bank.json"
    item = '{"type": "单选", "stem": "甲（ ）。", "options": ["甲","乙"], "answer": "A"}'
    path.write_text('{"questions": [\n ' + item + ',\n {"type": "单选", "stem": "乙（ ）。",\n  "options": ["甲","乙"], '
                    '"stem": "丙", "answer": "A"}\n]}\n', encoding="utf-8")
    assert "bank.json, line 4: the key 'stem' stands twice" in _problems(read_bank(path, "B"))
    path.write_text('{"questions": [\n ' + item + ',\n {"type": "单选", "stem": "乙（ ）。", "points": NaN}\n]}\n',
                    encoding="utf-8")
    assert "bank.json, line 3: NaN is not a number JSON has" in _problems(read_bank(path, "B"))


def test_a_word_bank_laid_out_in_a_table_with_a_header_is_read_as_a_sheet(tmp_path):
    """序号 | 题目 | A–D | 答案 under 一、单项选择题 (the type from the heading); each cell was refused as "not a
    numbered question". A table without a header row is said once, with how to make one."""
    import docx
    doc = docx.Document()
    doc.add_paragraph("一、单项选择题")
    rows = [["序号", "题目", "A", "B", "C", "D", "答案"], ["1", "我国的根本法是（ ）。", "宪法", "刑法", "民法", "商法", "A"],
            ["2", "国家的一切权力属于（ ）。", "人民", "政府", "法院", "军队", "B"]]
    table = doc.add_table(rows=3, cols=7)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("二、判断题")
    doc.add_paragraph("1. 宪法是国家的根本法。（ √ ）")
    doc.save(tmp_path / "table.docx")
    report = read_bank(tmp_path / "table.docx", "B")
    assert not report.problems, _problems(report)
    assert sorted((q.stem, tuple(o.text for o in q.options), tuple(q.answer)) for q in report.questions) == [
        ("国家的一切权力属于（ ）。", ("人民", "政府", "法院", "军队"), ("B",)),
        ("宪法是国家的根本法。（ ）", (), ("T",)), ("我国的根本法是（ ）。", ("宪法", "刑法", "民法", "商法"), ("A",))]
    bad = docx.Document()
    bad.add_paragraph("一、单项选择题")
    table = bad.add_table(rows=3, cols=7)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value if r else ""   # no header: a sheet would not know its columns
    table.cell(1, 1).text = "宪法是（ ）。"
    bad.save(tmp_path / "headless.docx")
    refused = read_bank(tmp_path / "headless.docx", "B")
    assert refused.problems and any("whose first row is no header" in str(n) for n in refused.notes)


def test_a_gap_in_the_letters_an_option_naming_others_and_abbreviations_in_option_columns(tmp_path):
    """A. 甲 B. 乙 D. 丁 on one line merged D into B (exit 0); A、B、C都对 under 选项A lost its A (its
    meaning changed); D.C. and B.J. in option columns were refused as letters in the wrong columns."""
    gap = _text_bank(tmp_path, "一、单项选择题\n1. 甲（ ）。\nA. 甲 B. 乙 D. 丁\n答案：A\n")
    assert "'A. 甲 B. 乙 D. 丁': options must go on in order" in _problems(gap)
    _sheet(tmp_path / "own.xlsx", ("题型", "题干", "选项A", "选项B", "选项C", "答案"),
           ("单选", "正确的是（ ）。", "A、B、C都对", "B. 乙", "C. 丙", "A"),
           ("单选", "美国首都的简称是（ ）。", "B.J.", "D.C.", "", "B"))
    report = read_bank(tmp_path / "own.xlsx", "B")
    assert not report.problems, _problems(report)
    assert [[o.text for o in q.options] for q in report.questions] == [["A、B、C都对", "乙", "丙"], ["B.J.", "D.C."]]


def test_a_qti_package_with_two_parts_of_one_name_or_an_item_it_does_not_list(tmp_path):
    def item(ident: str, stem: str) -> str:
        return (f'<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="{ident}" title="t">'
                '<responseDeclaration identifier="RESPONSE" cardinality="single"><correctResponse><value>A</value>'
                '</correctResponse></responseDeclaration><itemBody><choiceInteraction responseIdentifier="RESPONSE">'
                f'<prompt>{stem}</prompt><simpleChoice identifier="A">甲</simpleChoice>'
                '<simpleChoice identifier="B">乙</simpleChoice></choiceInteraction></itemBody></assessmentItem>')
    manifest = '<manifest><resources><resource identifier="r1" type="imsqti_item_xmlv2p1" href="i1.xml"/></resources></manifest>'
    import warnings
    import zipfile
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # zipfile warns of the duplicate name it writes
        with zipfile.ZipFile(tmp_path / "twice.zip", "w") as z:
            z.writestr("imsmanifest.xml", manifest)
            z.writestr("i1.xml", item("i1", "题一（ ）"))
            z.writestr("i1.xml", item("i1", "同名第二份（ ）"))
    assert "holds two parts named i1.xml" in _problems(read_bank(tmp_path / "twice.zip", "B"))
    with zipfile.ZipFile(tmp_path / "unlisted.zip", "w") as z:
        z.writestr("imsmanifest.xml", manifest)
        z.writestr("i1.xml", item("i1", "题一（ ）"))
        z.writestr("i2.xml", item("i2", "未列入清单的题（ ）"))
    report = read_bank(tmp_path / "unlisted.zip", "B")
    assert len(report.questions) == 1 and any("does not list: i2.xml" in str(n) for n in report.notes)


def test_a_picture_in_a_table_of_questions_is_never_dropped_unsaid(tmp_path):
    import docx
    (tmp_path / "figure.png").write_bytes(FIGURE_PNG)
    doc = docx.Document()
    doc.add_paragraph("一、单项选择题")
    table = doc.add_table(rows=2, cols=4)
    for c, value in enumerate(["题目", "A", "B", "答案"]):
        table.cell(0, c).text = value
    for c, value in enumerate(["如图所示，正确的是（ ）。", "甲", "乙", "A"]):
        table.cell(1, c).text = value
    table.cell(1, 0).paragraphs[0].add_run().add_picture(str(tmp_path / "figure.png"))
    doc.save(tmp_path / "pictured.docx")
    report = read_bank(tmp_path / "pictured.docx", "B")
    assert "a picture (or a formula, a chart) in a table of questions" in _problems(report)


@pytest.mark.parametrize("suffix", [".txt", ".gift"])
def test_utf16_without_its_byte_order_mark_is_named_as_such(tmp_path, suffix):
    """Notepad's "Unicode" with its mark reads; without it the file was refused as "byte 0x90 is not valid
    UTF-8 (nor GB18030)", which tells a clerk nothing (issue 16). Both byte orders are named."""
    text = ("一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n答案：A\n" if suffix == ".txt" else
            "::q1:: 我国的根本法是 {=宪法 ~刑法}\n")
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"bank{suffix}"
        path.write_bytes(text.encode(encoding))
        report = read_bank(path, "B")
        assert "probably UTF-16 saved without its byte-order mark" in _problems(report) and not report.questions
        path.write_bytes(text.encode("utf-16"))   # with its mark
        assert read_bank(path, "B").questions and not read_bank(path, "B").problems


def test_a_fill_in_key_on_the_headings_line_answers_each_question(tmp_path):
    """参考答案：1. 18 was stored as the answer "1. 18" (a candidate typing 18 marked wrong), and
    参考答案：1.18 2.3 3.2018 as question 3's answer (issue 16, an outside tester)."""
    bank = "填空题\n1. 公民年满____周岁有选举权。\n2. 某期限为____日。\n3. 宪法修正案于____年通过。\n"
    report = _text_bank(tmp_path, bank + "参考答案：1.18 2.3 3.2018\n")
    assert not report.problems and [q.answer for q in report.questions] == [("18",), ("3",), ("2018",)]
    one = _text_bank(tmp_path, "填空题\n1. 公民年满____周岁有选举权。\n参考答案：1. 18\n")
    assert not one.problems and [q.answer for q in one.questions] == [("18",)]
    decimal = _text_bank(tmp_path, "填空题\n1. 圆周率约为____。\n答案：3.14\n")   # a number, not a key
    assert [q.answer for q in decimal.questions] == [("3.14",)]
    letters = _text_bank(tmp_path, KEYED.replace("一、单项选择题", "一、多项选择题") +
                         "参考答案：一、1.A,B 2.B、C 3.A D 二、1.√ 2.×\n")   # a multiple choice's letters apart
    assert not letters.problems, _problems(letters)
    assert [q.answer for q in letters.questions] == [("A", "B"), ("B", "C"), ("A", "D"), ("T",), ("F",)]


def test_a_statement_without_its_number_is_never_glued_to_the_one_above(tmp_path):
    """2. 甲。（√） then 乙。（×） on the next line: the second question was lost into the first, whose stem then
    showed the answer （×） (issue 16). Named, with or without the marks in the stems."""
    marked = _text_bank(tmp_path, "判断题\n1. 宪法是根本法。（√）\n2. 国务院是最高国家行政机关。（√）\n"
                                  "国务院是最高国家权力机关。（×）\n3. 法律面前人人平等。（√）\n")
    assert "line 4: '国务院是最高国家权力机关。（×）' below question 2, which is a whole statement already" in \
        _problems(marked)
    keyed = _text_bank(tmp_path, "判断题\n1. 宪法是根本法。\n2. 国务院是最高国家行政机关。\n国务院是最高国家权力机关。\n"
                                 "3. 法律面前人人平等。\n参考答案：1.√ 2.√ 3.√\n")
    assert "line 4:" in _problems(keyed) and "question 2" in _problems(keyed)
    wrapped = _text_bank(tmp_path, "一、单项选择题\n1. 根据宪法规定，下列\n说法正确的是（ ）。\nA. 甲\nB. 乙\n答案：A\n")
    assert not wrapped.problems and wrapped.questions[0].stem == "根据宪法规定，下列\n说法正确的是（ ）。"


def test_page_numbers_are_left_out_and_said_and_a_line_below_an_option_is_said(tmp_path):
    """A copy from a PDF or Word keeps 第 1 页 共 2 页 and — 2 — between the options: they were stored as part of
    option B and D, without a word (issue 16). A remark in brackets alone below an option, which the learner
    would read as the option's text, refuses its question (round ten); a wrapped option's rest is said."""
    report = _text_bank(tmp_path, "2026年度学法考试题库\n一、单项选择题\n1. 期限为（ ）。\nA. 15日\nB. 30日\n第 1 页 共 2 页\n"
                                  "C. 60日\nD. 90日\n— 2 —\n2. 下列正确的是（ ）。\nA. 甲\n3\n2026年度学法考试题库\nB. 乙\n"
                                  "(本题为2021年真题)\n3. 下列错误的是（ ）。\nA. 丙\nB. 公民的合法的私有财产不受侵犯，国家依照法律规定\n"
                                  "保护公民的私有财产权\n参考答案：1.B 2.A 3.B\n")
    assert [p.row for p in report.problems] == [15], _problems(report)
    assert [[o.text for o in q.options] for q in report.questions] == [
        ["15日", "30日", "60日", "90日"], ["丙", "公民的合法的私有财产不受侵犯，国家依照法律规定\n保护公民的私有财产权"]]
    notes = " | ".join(str(n) for n in report.notes)
    assert "line 1: left out: page numbers and running heads (a bare number, 第 N 页, — N —, a title line again), " \
           "at 1, 6, 9, 12, 13" in notes, notes   # a bare 3 and the title again: the next page's
    assert "line 19: '保护公民的私有财产权' read as the rest of option B's text" in notes


def test_a_key_between_sections_numbered_straight_through(tmp_path):
    """答案：1.B 2.C 3.D after the choices, then 二、判断题 with 4. 5. and their own key: the questions 4 and 5 were
    read as entries of the first key and refused (issue 16)."""
    report = _text_bank(tmp_path, "一、单项选择题\n1.单一（ ）\nA.甲 B.乙 C.丙 D.丁\n2.单二（ ）\nA.甲 B.乙 C.丙 D.丁\n"
                                  "答案：1.B 2.C\n二、判断题\n3.判一\n4.判二\n答案：3.对 4.错\n")
    assert not report.problems, _problems(report)
    assert [q.answer for q in report.questions] == [("B",), ("C",), ("T",), ("F",)]


def test_a_file_of_a_million_lines_is_refused_and_title_lines_are_said_once(tmp_path):
    """A 160 KB .docx of 40 MB of one-letter paragraphs took 50 s, 1.3 GB and printed a note per line."""
    from examcore.banks.office_text import MAX_LINES, TITLE_NOTES, read_text_bank
    huge = _text_bank(tmp_path, "x\n" * (MAX_LINES + 1))
    assert huge.questions == [] and "more than 1,000,000 lines" in _problems(huge)
    titled = read_text_bank("标题\n" * 50 + "一、判断题\n1. 宪法是根本法。（√）\n", "t.txt", "B")
    assert len(titled.questions) == 1 and len(titled.notes) == TITLE_NOTES + 1
    assert "45 more lines above the first question read as a title" in str(titled.notes[-1])


def test_a_gb18030_file_cut_off_is_named_where_it_is_cut(tmp_path):
    """One byte of a character cut off at the end: the refusal named line 1, byte 2 (where UTF-8 failed)."""
    path = tmp_path / "cut.txt"
    path.write_bytes("一、判断题\n1. 宪法是根本法。（√）\n".encode("gb18030") + b"\xb0")
    said = _problems(read_bank(path, "B"))
    assert "line 3: byte 0xB0 at byte offset 35 is not valid GB18030" in said, said


def test_numbers_and_letters_as_other_layouts_write_them(tmp_path):
    """第1题, 1), 【3】 and (A) (B) were refused as lines that are neither questions nor options (issue 16); each
    reads as the usual mark, and bracketed options on one line each, never leaving a "(" in an option's text."""
    report = _text_bank(tmp_path, "一、单项选择题\n第1题 我国的根本法是（ ）。\n(A) 宪法 (B) 刑法 （C）民法\n答案：A\n"
                                  "2) 国家的一切权力属于（ ）。\nA）人民 B）政府\n答案：A\n【3】 下列正确的是（ ）。\nA: 甲\nB: 乙\n"
                                  "答案：B\n4. 第四题（ ）。\nA. 甲 B. 乙\n参考答案：4)B\n")
    assert not report.problems, _problems(report)
    assert [([o.text for o in q.options], q.answer) for q in report.questions] == [
        (["宪法", "刑法", "民法"], ("A",)), (["人民", "政府"], ("A",)), (["甲", "乙"], ("B",)), (["甲", "乙"], ("B",))]
    skipped = _text_bank(tmp_path, "一、单项选择题\n1. 甲（ ）。\n(A) 甲(C) 乙\n答案：A\n")   # C without B: not guessed
    assert not skipped.questions and "option C" in _problems(skipped)



def test_a_questions_own_answer_and_the_key_that_differ_are_refused(tmp_path):
    """单一（ B ）。 with the key's 1.A was stored as A with the stem still showing B; 答案：C under a question
    and the key's 1-2：AB at the end: the key was ignored without a word (issue 16)."""
    bank = "一、单项选择题\n1. 单一（ B ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n2. 单二（ A ）。\nA. 甲 B. 乙 C. 丙 D. 丁\n"
    bracket = _text_bank(tmp_path, bank + "参考答案\n1-2：AA\n")
    assert "line 2: the answer in the brackets (B) and the answer given (A) differ" in _problems(bracket)
    assert [q.stem for q in bracket.questions] == ["单二（ ）。"]   # its bracket answer agrees: taken out
    lines = _text_bank(tmp_path, "一、单项选择题\n1. 单一（ ）。\nA. 甲 B. 乙 C. 丙\n答案：C\n2. 单二（ ）。\n"
                                 "A. 甲 B. 乙 C. 丙\n答案：B\n参考答案\n1-2：AB\n")
    assert "the answer key at the end gives question 1 the answer A, its own 答案 line C" in _problems(lines)
    assert [q.answer for q in lines.questions] == [("B",)]
    agree = _text_bank(tmp_path, "二、判断题\n1. 宪法是根本法。（√）\n参考答案：1.对\n")   # √ and 对 are one answer
    assert not agree.problems and agree.questions[0].answer == ("T",)


def test_a_short_answers_reference_after_da_and_labels_below_options(tmp_path):
    """答：… (a short answer's reference answer) was glued to the stem, shown to the learner; 【考点】…, 〔答案〕B
    and 答 案：B below the options were glued to option D (issue 16)."""
    short = _text_bank(tmp_path, "五、简答题\n1. 简述依法行政的基本要求。\n答：合法行政、合理行政。\n2. 简述宪法的基本原则。\n"
                                 "答：\n①人民主权原则；\n②基本人权原则。\n")
    assert not short.problems, _problems(short)
    assert [(q.stem, q.answer) for q in short.questions] == [
        ("简述依法行政的基本要求。", ("合法行政、合理行政。",)), ("简述宪法的基本原则。", ("①人民主权原则；\n②基本人权原则。",))]
    labelled = _text_bank(tmp_path, "一、单项选择题\n1. 有权制定行政法规的是（ B ）。\nA. 全国人大\nB. 国务院\n"
                                    "C. 省政府\nD. 市政府\n【考点】行政法规的制定主体。\n")
    assert "line 7: '【考点】行政法规的制定主体。' is not part of the question" in _problems(labelled)
    for line in ("〔答案〕B", "答 案：B"):
        answered = _text_bank(tmp_path, f"一、单项选择题\n1. 有权制定行政法规的是（ ）。\nA. 全国人大\nB. 国务院\n{line}\n")
        assert not answered.problems and answered.questions[0].answer == ("B",), _problems(answered)


def test_a_section_named_fill_in_key_after_its_heading(tmp_path):
    """参考答案 / 四、1. 宪法 2. 全国人民代表大会；… 3. 六十: the key was read as the last question's answer, or as
    a short answer's reference answer (issue 16)."""
    bank = ("四、填空题\n1. 我国的根本法是______。\n2. ______是最高国家权力机关，它的常设机关是______。\n"
            "五、简答题\n1. 简述依法行政的基本要求。\n参考答案：合法行政、合理行政。\n")
    report = _text_bank(tmp_path, bank + "参考答案\n四、1. 宪法 2. 全国人民代表大会；全国人民代表大会常务委员会\n")
    assert not report.problems, _problems(report)
    assert [q.answer for q in report.questions] == [
        ("宪法",), ("全国人民代表大会", "全国人民代表大会常务委员会"), ("合法行政、合理行政。",)]


def test_points_numbered_the_other_way_in_an_explanation_stay_in_it(tmp_path):
    """（1）（2） points in a 解析 under stems numbered 1. 2.: refused as "question number 2 stands more than once"
    though the two numberings cannot be confused (issue 16); 1. 2. under （1） stems likewise."""
    report = _text_bank(tmp_path, "一、单项选择题\n1. 题一（ ）。\nA. 甲 B. 乙\n答案：B\n解析：\n（1）第一点；\n（2）第二点。\n"
                                  "2. 题二（ ）。\nA. 甲 B. 乙\n答案：A\n")
    assert not report.problems, _problems(report)
    assert [q.explanation for q in report.questions] == ["（1）第一点；\n（2）第二点。", ""]
    other = _text_bank(tmp_path, "一、单项选择题\n（1）题一（ ）。\nA. 甲 B. 乙\n答案：B\n解析：\n1. 第一点；\n2. 第二点。\n"
                                 "（2）题二（ ）。\nA. 甲 B. 乙\n答案：A\n")
    assert not other.problems and [q.explanation for q in other.questions] == ["1. 第一点；\n2. 第二点。", ""]
    mixed = _text_bank(tmp_path, "一、单项选择题\n1. 题一（ ）。\nA. 甲 B. 乙\n答案：B\n解析：见宪法。\n（2）题二（ ）。\nA. 甲 B. 乙\n"
                                 "答案：A\n")   # a bank numbered both ways: （2） after 1.'s 解析 is question 2
    assert not mixed.problems and [q.stem for q in mixed.questions] == ["题一（ ）。", "题二（ ）。"]


@pytest.mark.parametrize("options", ["A. 宪法\nB. 刑法\nC. 民法典\nD。行政法", "A. 宪法\nB. 刑法\nC. 民法典\nD 行政法",
                                     "A. 宪法 B. 刑法 C. 民法典 D。行政法", "A. 宪法 B. 刑法 C. 民法典  D 行政法",
                                     "A. 宪法 B. 刑法 C. 民法典 Ｄ行政法"])
def test_an_option_whose_mark_is_mistyped_is_never_glued_to_the_one_before(tmp_path, options):
    """D。行政法, D 行政法, Ｄ行政法: option D became part of C's text, with a note or none (issue 16)."""
    report = _text_bank(tmp_path, f"一、单项选择题\n1. 我国的根本法是（ ）。\n{options}\n答案：A\n")
    assert report.questions == [] and "option" in _problems(report) and "D" in _problems(report), _problems(report)
    fine = _text_bank(tmp_path, "一、单项选择题\n1. 缺乏哪种维生素（ ）。\nA. 维生素 C 缺乏\nB. 维生素 D 缺乏\n答案：A\n")
    assert not fine.problems and [o.text for o in fine.questions[0].options] == ["维生素 C 缺乏", "维生素 D 缺乏"]


def test_a_short_answer_key_and_questions_that_lost_their_numbers(tmp_path):
    """参考答案 then 1. … 2. … 3. … below short answers went to the last question as its answer; the key's own
    二、简答题 / 1. 答：… lines became new questions; 简述… below 1. 简述… was glued to it; a stem below option
    D became part of D (issue 16)."""
    bank = "五、简答题（每题10分）\n1. 简述依法治国的基本要求。\n2. 简述宪法的地位。\n3. 简述行政诉讼的受案范围。\n参考答案\n"
    keyed = _text_bank(tmp_path, bank + "1. 科学立法、严格执法、公正司法、全民守法。\n2. 宪法是国家的根本法。\n3. 略。\n")
    assert not keyed.problems, _problems(keyed)
    # (略。 says the answer was left out: stored without one, and said in a note; round 22)
    assert [q.answer for q in keyed.questions] == [("科学立法、严格执法、公正司法、全民守法。",), ("宪法是国家的根本法。",), ()]
    sectioned = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n二、简答题\n1. 简述依法治国的基本要求。\n"
                                     "2. 简述宪法的地位。\n参考答案\n一、单项选择题 1.A\n二、简答题\n1. 答：科学立法、严格执法。\n"
                                     "①立法要科学\n2. 答：宪法是国家的根本法。\n")
    assert not sectioned.problems, _problems(sectioned)
    assert [q.answer for q in sectioned.questions] == [("A",), ("科学立法、严格执法。\n①立法要科学",), ("宪法是国家的根本法。",)]
    lost = _text_bank(tmp_path, "五、简答题\n1. 简述依法治国的基本要求。\n简述宪法的地位。\n3. 简述行政诉讼的受案范围。\n")
    assert "line 3: '简述宪法的地位。' below question 1" in _problems(lost)
    below = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n国家的一切权力属于（ ）。\n答案：A\n")
    assert below.questions == [] and "line 5: '国家的一切权力属于（ ）。' below option B" in _problems(below)


def test_answer_lines_with_their_trimmings_and_an_explanation_beside_them(tmp_path):
    """答案：A。 答案：（B） 答案：×。 答案：错误； were refused; 答案：A 解析：… on one line too (issue 16)."""
    report = _text_bank(tmp_path, "一、单项选择题\n1. 甲（ ）。\nA. 甲 B. 乙\n答案：A。\n2. 乙（ ）。\nA. 甲 B. 乙\n答案：（B）\n"
                                  "3. 丙（ ）。\nA. 甲 B. 乙\n答案：A 解析：见宪法第一条。\n4. 丁（ ）。\nA. 甲 B. 乙\n答案：B【解析】见宪法。\n"
                                  "二、判断题\n1. 宪法可以随意修改。\n答案：错误。\n2. 法律可以违反宪法。\n答案：×；\n")
    assert not report.problems, _problems(report)
    assert [q.answer for q in report.questions] == [("A",), ("B",), ("A",), ("B",), ("F",), ("F",)]
    assert [q.explanation for q in report.questions][2:4] == ["见宪法第一条。", "见宪法。"]


def test_a_short_answer_is_not_stored_without_its_answer_when_a_key_line_was_refused(tmp_path):
    """Under --accept-valid a short answer whose key line was refused was stored with no reference answer."""
    report = _text_bank(tmp_path, "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n二、简答题\n1. 简述依法治国。\n"
                                  "参考答案\n一、1-2 A\n")   # the key's line refused; the short answer's entry gone
    assert "questions of its range; give one to each" in _problems(report)
    assert "no reference answer, and a line of the answer key could not be read" in _problems(report)


def test_a_question_that_lost_its_number_after_an_explanation_is_never_read_into_it(tmp_path):
    """2，国家… (a comma for 、) after question 1's 解析: the whole question, its options, 答案 and 解析 went into
    question 1's explanation, exit 0 (issue 16, a fourth outside tester). 2， now reads as 2、; a question with
    no number at all there is refused by name, and the gap in the numbers is said."""
    bank = "一、单选题\n1、我国的根本法是（ ）。\nA.宪法\nB.刑法\n答案：A\n解析：宪法是根本法。\n{line}\nA.人民\nB.政府\n答案：A\n" \
           "解析：宪法第二条。\n3、民法典施行于（ ）年。\nA.2020\nB.2021\n答案：B\n"
    comma = _text_bank(tmp_path, bank.format(line="2，国家的一切权力属于（ ）。"))
    assert not comma.problems and [q.explanation for q in comma.questions] == ["宪法是根本法。", "宪法第二条。", ""]
    bare = _text_bank(tmp_path, bank.format(line="国家的一切权力属于（ ）。"))
    assert "inside the explanation of question 1: a question without its number above it?" in _problems(bare)
    assert any("question 3 follows question 1" in str(n) for n in bare.notes)


def test_answer_labels_and_key_headings_as_papers_write_them(tmp_path):
    """参考答案及评分标准：… stored 及评分标准：… as the answer; 【参考答案】, 试题答案, 附：参考答案, 答案部分,
    参考答案（仅供参考）, 参 考 答 案 were not read as a key's heading (issue 16)."""
    short = _text_bank(tmp_path, "五、简答题\n1. 简述依法行政的基本要求。\n参考答案及评分标准：合法行政、合理行政。\n"
                                 "2. 简述宪法的地位。\n参考答案要点：根本法。\n")
    assert [q.answer for q in short.questions] == [("合法行政、合理行政。",), ("根本法。",)]
    for heading in ("参考答案及评分标准", "【参考答案】", "试题答案", "附：参考答案", "答案部分", "参考答案（仅供参考）", "参 考 答 案"):
        report = _text_bank(tmp_path, KEYED + f"{heading}\n一、1-3 DBA\n二、1.√ 2.×\n")
        assert not report.problems, (heading, _problems(report))
        assert [list(q.answer) for q in report.questions] == [["D"], ["B"], ["A"], ["T"], ["F"]]
    bracket = _text_bank(tmp_path, "一、单项选择题\n1. 甲（ ）。\nA. 甲 B. 乙\n答案（A）。\n")   # not a note: the answer
    assert not bracket.problems and bracket.questions[0].answer == ("A",)


def test_a_short_answer_the_key_leaves_out_is_refused_by_name(tmp_path):
    """② 处罚法定… (an entry without its number) went into question 1's reference answer and question 2 was
    stored with none, exit 0 (issue 16)."""
    report = _text_bank(tmp_path, "五、简答题\n1. 简述依法治国。\n2. 简述行政处罚的原则。\n参考答案\n1. 科学立法。\n② 处罚法定原则。\n")
    assert "question 2 (its number)" in _problems(report) and "no reference answer" in _problems(report)
    unkeyed = _text_bank(tmp_path, "五、简答题\n1. 简述依法治国。\n2. 简述行政处罚的原则。\n")   # no key at all: allowed
    assert not unkeyed.problems and [q.answer for q in unkeyed.questions] == [(), ()]


@pytest.mark.parametrize("line", ["A. 人民 B. 政府 C. 法院 d. 军队", "A. 人民 B. 政府 C. 法院 D, 军队", "A. 人民 B. 政府 C. 法院 0. 军队",
                                  "A. 人民 B. 政府 C、法院  军队", "A. 人民\tB. 政府\tC. 法院\t军队", "A.人民B.政府法院D.军队",
                                  "A. 人民 B. 政府 C.  D. 军队"])
def test_a_lost_or_mistyped_option_in_a_line_of_options_is_refused(tmp_path, line):
    """Round five of the outside attack (issue 16): each of these imported with C holding D's text, or C
    dropped; refused by name now. Abbreviations (D.C., S.F.) stay options' text."""
    report = _text_bank(tmp_path, f"一、单项选择题\n1. 国家的一切权力属于（ ）。\n{line}\n答案：A\n")
    assert report.questions == [] and "option" in _problems(report), _problems(report)


def test_a_keys_written_entries_after_letters_and_explanations_inside_a_key(tmp_path):
    """1.√ 2.× 3.依法治国是… on one line: the short answer's entry was dropped; 1.A 解析：… in a key dropped the
    explanation; 解析 after a sentence on a 答： line stayed in the reference answer (issue 16)."""
    bank = "一、判断题\n1. 宪法是根本法。（ ）\n2. 法律可以违反宪法。（ ）\n二、简答题\n3. 简述依法治国的含义。\n参考答案\n"
    flat = _text_bank(tmp_path, bank + "1.√ 2.× 3.依法治国是党领导人民治理国家的基本方略。\n")
    assert not flat.problems, _problems(flat)
    assert [q.answer for q in flat.questions] == [("T",), ("F",), ("依法治国是党领导人民治理国家的基本方略。",)]
    explained = _text_bank(tmp_path, KEYED + "参考答案\n一、1.D 解析：宪法是根本法。 2.B 3.A\n二、1.√ 2.×\n")
    assert "an explanation (解析) inside the answer key is not read" in _problems(explained)
    said = _text_bank(tmp_path, "五、简答题\n1. 简述依法治国。\n答：依法治国是基本方略。解析：略。\n")
    assert [(q.answer, q.explanation) for q in said.questions] == [(("依法治国是基本方略。",), "略。")]
    semicolons = _text_bank(tmp_path, KEYED + "参考答案\n一、1.D；2.B；3.A。\n二、1.√；2.×。\n")
    assert not semicolons.problems and [list(q.answer) for q in semicolons.questions] == [["D"], ["B"], ["A"], ["T"], ["F"]]


def test_section_names_other_papers_use(tmp_path):
    """五、论述题 and 名词解释 were no headings (refused with a message about options); 是非判断题 neither."""
    report = _text_bank(tmp_path, "一、是非判断题\n1. 宪法是根本法。（√）\n二、论述题\n1. 论述依法治国的意义。\n三、名词解释\n1. 法治\n")
    assert not report.problems, _problems(report)
    assert [q.type for q in report.questions] == [QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER,
                                                  QuestionType.SHORT_ANSWER]


@pytest.mark.parametrize("where", ["in the key", "under the question"])
def test_a_reference_answer_in_points_numbered_in_brackets_is_one_answer(tmp_path, where):
    """（1）合法行政； （2）合理行政； on lines of their own, under 答案： or in the answer key: the (2) was taken for
    question 2's key entry or a question of its own, and the file refused (an outside tester, issue 16)."""
    points = {1: "（1）合法行政；\n（2）合理行政；\n（3）程序正当。", 2: "（1）具体行政行为；\n（2）部分抽象行政行为。"}
    stems = {1: "简述依法行政的基本要求。", 2: "简述行政复议的范围。"}
    if where == "in the key":
        body = ("一、单项选择题\n1. 我国的根本法是（ ）\nA. 宪法\nB. 刑法\n二、简答题\n"
                f"2. {stems[1]}\n3. {stems[2]}\n参考答案\n一、1. A\n二、2. 答：{points[1]}\n3. {points[2]}\n")
    else:
        body = f"一、简答题\n1. {stems[1]}\n答案：{points[1]}\n2. {stems[2]}\n答案：{points[2]}\n"
    report = _text_bank(tmp_path, body)
    short = [(q.stem, q.answer) for q in report.questions if q.type is QuestionType.SHORT_ANSWER]
    assert short == [(stems[1], (points[1],)), (stems[2], (points[2],))], _problems(report)
    assert not report.problems


@pytest.mark.parametrize("page_numbers", [True, False])
def test_a_running_head_that_is_not_the_title_is_never_glued_into_a_question(tmp_path, page_numbers):
    """A copy of a Word bank repeats the page's head (某市司法局 内部资料) at each page break, often inside a
    question: it was glued to option B (an outside tester, issue 16). Beside a page number it is the page's
    furniture, left out and said; with none, the question it stands inside is refused by name."""
    head = "某某市司法局学法用法考试资料（内部使用）"
    lines = ["2026年度学法考试题库", "一、单项选择题"]
    for n in range(1, 10):
        lines += [f"{n}. 第{n}题关于宪法的说法是（ ）", "A. 甲", "B. 乙"]
        if n % 3 == 0:
            lines += ([f"第 {n // 3} 页"] if page_numbers else []) + [head]
        lines += ["C. 丙", "D. 丁", "答案：A"]
    report = _text_bank(tmp_path, "\n".join(lines) + "\n")
    glued = [q.stem for q in report.questions if any(head in o.text for o in q.options) or head in q.stem]
    assert glued == []
    if page_numbers:
        assert len(report.questions) == 9 and not report.problems
        assert "page numbers and running heads" in str(report.notes), report.notes
    else:
        assert len(report.questions) == 6 and _problems(report).count("a page's running head?") == 3


def test_true_false_marks_are_read_alike_wherever_they_stand(tmp_path):
    """X for 错 was read on an 答案： line and not in the statement's brackets; ✔ ╳ ✘ not at all, and a range
    written with them was passed over (an outside tester, issue 16). f(x) in a statement stays its text."""
    report = _text_bank(tmp_path, "一、判断题\n1. 宪法是根本法。（ X ）\n2. 法律高于宪法。\n答案：X\n"
                                  "3. 函数f(x)是一个例子。\n答案：✔\n4. 甲。\n5. 乙。\n6. 丙。\n7. 丁。\n8. 戊。（x）\n"
                                  "参考答案\n4.√ 5.╳\n6-7：✘✔\n")
    got = [(q.stem, q.answer) for q in report.questions]
    assert got == [("宪法是根本法。（ ）", ("F",)), ("法律高于宪法。", ("F",)), ("函数f(x)是一个例子。", ("T",)),
                   ("甲。", ("T",)), ("乙。", ("F",)), ("丙。", ("F",)), ("丁。", ("T",)), ("戊。（ ）", ("F",))], \
        _problems(report)


def test_a_key_of_bare_answers_is_read_in_order_only_where_that_is_certain(tmp_path):
    """一、ABA with no question numbers, and a bare 二、 on a line of its own above its entries: the key went
    into the last question's answer and the message named that answer (an outside tester, issue 16). As
    many answers as the section has questions: read in order; otherwise, or for a multiple-choice section
    written as one run, refused by line."""
    choices = "".join(f"{n}. 第{n}题（ ）\nA. 一\nB. 二\n" for n in (1, 2, 3))
    report = _text_bank(tmp_path, f"一、单项选择题\n{choices}二、判断题\n1. 丁。\n2. 戊。\n参考答案\n一、ABA\n二、\n1.√ 2.×\n")
    assert [q.answer for q in report.questions] == [("A",), ("B",), ("A",), ("T",), ("F",)], _problems(report)
    alone = _text_bank(tmp_path, f"一、单项选择题\n{choices}参考答案\nABA\n")
    assert [q.answer for q in alone.questions] == [("A",), ("B",), ("A",)], _problems(alone)
    short = _text_bank(tmp_path, f"一、单项选择题\n{choices}参考答案：一、AB\n")
    assert not short.questions and "gives 2 answer(s) without question numbers, and section 1 has 3" in \
        _problems(short)
    multiple = _text_bank(tmp_path, f"一、多项选择题\n{choices}参考答案：一、ABA\n")
    assert not multiple.questions and "which letters are whose cannot be told" in _problems(multiple)


def test_a_page_number_written_as_2_of_5_is_left_out_of_an_explanation(tmp_path):
    """"2 / 5" (page 2 of 5, as a PDF copy prints it) stayed in the explanation above it (issue 16)."""
    report = _text_bank(tmp_path, "一、单项选择题\n1. 甲（ ）\nA. 一\nB. 二\n答案：A\n解析：依据宪法。\n2 / 5\n"
                                  "2. 乙（ ）\nA. 一\nB. 二\n答案：B\n")
    assert [q.explanation for q in report.questions] == ["依据宪法。", ""] and not report.problems
    assert "page numbers" in str(report.notes)


def test_a_questions_points_written_in_its_stem_are_its_points(tmp_path):
    """（10分） ending a stem stayed in the stem learners read, and the points were lost (issue 16). They are
    the question's points now; half points are refused by line, never rounded."""
    report = _text_bank(tmp_path, "一、简答题\n1. 简述依法行政的基本要求。（10分）\n答案：合法行政。\n"
                                  "2.（5分）简述行政复议的范围。\n答案：具体行政行为。\n3. 简述某事。（1.5分）\n答案：略。\n"
                                  "二、判断题\n1. 宪法是根本法。（ √ ）（2分）\n")
    assert [(q.stem, q.points) for q in report.questions] == [
        ("简述依法行政的基本要求。", 10), ("简述行政复议的范围。", 5), ("宪法是根本法。（ ）", 2)]
    assert "（1.5分）: points are whole numbers here" in _problems(report)
    # the points written are taken over a bank's: the file says them
    assert all("points" not in report.uncarried_of[q.id] for q in report.questions)


def test_round_six_page_furniture_points_and_written_answers(tmp_path):
    """A sixth outside round (issue 16): a running head with its page number on one line, ·3· and P3, and a
    footer between a page number and the next question were glued into option D; （2分） before a bracket
    answer stayed in the stem; a reference answer's point "1. 对行政处罚决定不服的；" was read as the key
    entry 1.对 and dropped without a word."""
    options = "A. 甲\nB. 乙\nC. 丙\nD. 丁\n"
    furniture = ["学法用法考试题库                   第 1 页", "学法用法考试题库                   第 2 页",
                 "·3·", "P4", "- 5 -\nXX市司法局"]
    body = "一、单项选择题\n" + "".join(f"{n}. 第{n}题（ ）\n{options}{furniture[n - 1]}\n" for n in range(1, 6)) + \
        "6. 第6题（ ）\n" + options + "参考答案\n一、1-6 ABCDAB\n"
    report = _text_bank(tmp_path, body)
    assert [[o.text for o in q.options][-1] for q in report.questions] == ["丁"] * 6, _problems(report)
    assert "page numbers and running heads" in str(report.notes)
    scored = _text_bank(tmp_path, "一、判断题\n1. 宪法是根本法。（2分）（ √ ）\n")
    assert [(q.stem, q.points, q.answer) for q in scored.questions] == [("宪法是根本法。（ ）", 2, ("T",))]
    points = _text_bank(tmp_path, "五、简答题\n1. 简述依法行政的基本要求。\n答：合法行政。\n2. 简述行政复议的范围。\n"
                                  "参考答案：\n1. 对行政处罚决定不服的；\n2. 对行政强制措施不服的。\n3. 什么是法治政府？\n答：法治。\n")
    second = [q.answer for q in points.questions if q.stem == "简述行政复议的范围。"]
    assert second in ([], [("1. 对行政处罚决定不服的；\n2. 对行政强制措施不服的。",)]), second   # whole, or refused
    assert second or "question 3?" in _problems(points)


def test_a_questions_own_type_tag_decides_its_type(tmp_path):
    """2.【多选题】… with 答案：A was stored as a single choice with the tag in its stem; 3.【判断题】… with no
    heading was refused as of no type (a sixth outside round, issue 16)."""
    report = _text_bank(tmp_path, "1.【单选题】我国的根本法是（ ）。\nA. 宪法 B. 刑法\n答案：A\n"
                                  "2.【多选题】下列属于国家机关的有（ ）。\nA. 国务院 B. 律师协会\n答案：A\n"
                                  "3.【判断题】宪法是国家的根本法。\n答案：对\n")
    assert [(q.type, q.stem) for q in report.questions] == [
        (QuestionType.SINGLE, "我国的根本法是（ ）。"), (QuestionType.MULTIPLE, "下列属于国家机关的有（ ）。"),
        (QuestionType.TRUE_FALSE, "宪法是国家的根本法。")], _problems(report)


def test_a_lower_case_letter_before_chinese_in_an_option_is_its_text(tmp_path):
    """The round trip found it: an option "0 b义" was taken for option B written without its mark."""
    report = _text_bank(tmp_path, "一、单项选择题\n1. 甲（ ）\nA. 0 b义\nB. 0\n答案：A\n")
    assert [[o.text for o in q.options] for q in report.questions] == [["0 b义", "0"]], _problems(report)
    lost = _text_bank(tmp_path, "一、单项选择题\n1. 甲（ ）\nA. 宪法 B刑法\n答案：A\n")
    assert not lost.questions and "option B seems to be written here without its mark" in _problems(lost)
