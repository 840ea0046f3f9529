"""Word (.docx) and plain-text banks as they circulate in Chinese offices: section headings set the type,
numbered stems in three spellings, options on their own lines or several on a line, 答案/解析 lines, an
answer in the brackets, an answer key at the end; an image refuses its question by name."""
from __future__ import annotations

import base64

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

from examcore.banks import read_bank
from examcore.questions import QuestionType as T
from tests.factories import FIGURE_PNG

BANK = """2026年度学法考试题库

一、单项选择题（每题2分，共6分）
1. 我国的根本法是（ ）。
A. 宪法    B. 刑法
C、民法典  Ｄ．行政法
答案：A
解析：宪法是国家的根本法，
具有最高的法律效力。
2、国家的一切权力属于（ A ）。
A．人民 B．政府 C．法院
（3）下列说法正确的是（ ）。
A.甲B.乙
C.丙
二、多项选择题
1. 属于公民基本权利的有（ ）。
A. 选举权
B. 受教育权
C. 依法纳税
答案：AB
三、判断题
1、宪法是国家的根本法。（ √ ）
2、法律面前并非人人平等。
四、填空题
1. 国家实行____和____。
答案：依法治国；以德治国
五、简答题
1. 请简述法治政府的基本要求。

参考答案
一、1.A 2.A 3.C
三、1.√ 2.×
"""
EXPECTED = [
    (T.SINGLE, "我国的根本法是（ ）。", ["宪法", "刑法", "民法典", "行政法"], ("A",)),
    (T.SINGLE, "国家的一切权力属于（ ）。", ["人民", "政府", "法院"], ("A",)),  # the answer left the stem
    (T.SINGLE, "下列说法正确的是（ ）。", ["甲", "乙", "丙"], ("C",)),            # from the key at the end
    (T.MULTIPLE, "属于公民基本权利的有（ ）。", ["选举权", "受教育权", "依法纳税"], ("A", "B")),
    (T.TRUE_FALSE, "宪法是国家的根本法。（ ）", [], ("T",)),
    (T.TRUE_FALSE, "法律面前并非人人平等。", [], ("F",)),
    (T.FILL_IN, "国家实行____和____。", [], ("依法治国", "以德治国")),
    (T.SHORT_ANSWER, "请简述法治政府的基本要求。", [], ()),
]
PNG = FIGURE_PNG


def _got(report):
    return [(q.type, q.stem, [o.text for o in q.options], q.answer) for q in report.questions]


def test_a_text_bank_in_the_office_layout(tmp_path):
    (tmp_path / "bank.txt").write_text(BANK, encoding="gb18030")  # saved as "ANSI" by a Chinese Windows editor
    report = read_bank(tmp_path / "bank.txt", "b")
    assert report.problems == [] and _got(report) == EXPECTED
    assert report.questions[0].explanation == "宪法是国家的根本法，\n具有最高的法律效力。"
    assert [str(n) for n in report.notes] == [
        "bank.txt: not UTF-8: read as GB18030, which the whole file is valid in (a guess: check the text)",
        "bank.txt, line 1: '2026年度学法考试题库' read as a title, not a question",
        "bank.txt, line 3: the points per question written on this line given to the 3 question(s) it heads with "
        "none of their own (at 4, 10, 12); an exam may still set others"]
    assert [q.points for q in report.questions] == [2, 2, 2, None, None, None, None, None]   # 每题2分 (round 81)


def test_a_word_banks_figure_below_a_stem_is_kept_and_a_picture_in_an_option_refused_by_name(tmp_path):
    """Issue 16 (Deliver 5): "下图所示" with the picture below the stem keeps its picture, byte for byte; a
    picture where a bank cannot keep it (an option) refuses that question by name, never dropped."""
    document = docx.Document()
    questions, key = BANK.split("参考答案")
    for line in questions.splitlines():
        document.add_paragraph(line)
    document.add_paragraph("六、单项选择题")
    document.add_paragraph("1. 下图所示的标志是（ ）。")
    (tmp_path / "sign.png").write_bytes(PNG)
    document.add_picture(str(tmp_path / "sign.png"), width=Cm(1))
    document.add_paragraph("A. 禁止通行 B. 注意安全")
    document.add_paragraph("答案：A")
    document.add_paragraph("2. 与右图相符的是（ ）。")
    document.add_paragraph("A. 甲")
    document.add_picture(str(tmp_path / "sign.png"), width=Cm(1))   # under option A: not a stem's figure
    document.add_paragraph("B. 乙")
    document.add_paragraph("答案：B")
    for line in ("参考答案" + key).splitlines():
        document.add_paragraph(line)
    document.save(tmp_path / "bank.docx")
    report = read_bank(tmp_path / "bank.docx", "b")
    assert _got(report)[:len(EXPECTED)] == EXPECTED
    figure = report.questions[-1]
    assert figure.stem == "下图所示的标志是（ ）。" and [p.data for p in figure.pictures] == [PNG]
    assert figure.pictures[0].media_type == "image/png"
    [problem] = report.problems
    assert problem.unit == "paragraph" and "word/media/image1.png cannot be kept" in problem.message


def test_wrong_text_banks_are_named_by_line(tmp_path):
    (tmp_path / "bad.txt").write_text("""1. 没有题型的题（ ）。
A. 甲 B. 乙
答案：A
一、判断题
1. 没有答案的判断题。
2. 括号与答案不一致。（ √ ）
答案：错
二、单选题
1. 选项跳了字母（ ）。
A. 甲
C. 丙
答案：A
""", encoding="utf-8")
    report = read_bank(tmp_path / "bad.txt", "b")
    # options and a one-letter answer make a single choice even without a heading
    assert [(q.type, q.stem) for q in report.questions] == [(T.SINGLE, "没有题型的题（ ）。")]
    assert [str(p) for p in report.problems] == [
        "bad.txt, line 11: 'C. 丙': options must go on in order after A (A. B. C. …)",
        "bad.txt, line 5: no answer: an 答案： line, an answer in the brackets （ A ）, or an answer key at the end",
        "bad.txt, line 6: the answer in the brackets (√) and the answer given (错) differ"]
    (tmp_path / "untyped.txt").write_text("1. 没有题型也没有选项的题。\n答案：对\n", encoding="utf-8")
    assert [str(p) for p in read_bank(tmp_path / "untyped.txt", "b").problems] == [
        "untyped.txt, line 1: no section heading (一、单项选择题, 二、判断题 …) says what type this question is"]


def test_questions_in_a_word_table_are_read_cell_by_cell(tmp_path):
    document = docx.Document()
    document.add_paragraph("一、判断题")
    table = document.add_table(rows=2, cols=1)
    table.cell(0, 0).text = "1. 宪法是国家的根本法。（ √ ）"
    table.cell(1, 0).text = "2. 法律面前并非人人平等。（ × ）"
    document.add_paragraph("3. 接在后面的题。（ √ ）")   # (表格之后 would read as asking about a table)
    document.save(tmp_path / "t.docx")
    report = read_bank(tmp_path / "t.docx", "b")
    assert report.problems == []
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("宪法是国家的根本法。（ ）", ("T",)), ("法律面前并非人人平等。（ ）", ("F",)), ("接在后面的题。（ ）", ("T",))]


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(tmp_path, xml: str, name: str = "d.docx", **zip_info):
    import zipfile
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("word/document.xml", **zip_info) if zip_info else "word/document.xml",
                   xml.encode("utf-8"))
    return path


def test_a_damaged_or_unreadable_word_file_is_refused_never_an_error(tmp_path):
    """Whatever is wrong inside the zip (a damaged deflate stream, an encrypted part, an encoding expat
    cannot read), the import names the file as refused; before, zlib's or the parser's own exception escaped
    read_bank (outside helper, 2026-12-02)."""
    from examcore.banks.common import FileRefused
    from examcore.banks.word_docx import read_docx_bank
    body = f'<w:document {W_NS}><w:body><w:p><w:r><w:t>{"一、单项选择题" * 50}</w:t></w:r></w:p></w:body></w:document>'
    damaged = _document(tmp_path, '<?xml version="1.0"?>' + body, "damaged.docx")
    data = bytearray(damaged.read_bytes())
    start = data.index(b"word/document.xml") + len("word/document.xml")   # the local header's name, then data
    data[start + 5:start + 25] = b"\xff" * 20
    damaged.write_bytes(bytes(data))
    encrypted = _document(tmp_path, '<?xml version="1.0"?>' + body, "encrypted.docx")
    data = bytearray(encrypted.read_bytes())
    for header in (b"PK\x03\x04", b"PK\x01\x02"):   # set the "encrypted" flag in both headers
        at = data.index(header) + (6 if header == b"PK\x03\x04" else 8)
        data[at] |= 1
    encrypted.write_bytes(bytes(data))
    for path in (damaged, encrypted, _document(tmp_path, '<?xml version="1.0" encoding="GBK"?>' + body, "gbk.docx"),
                 _document(tmp_path, '<?xml version="1.0" encoding="x-nonsense"?>' + body, "nonsense.docx")):
        with pytest.raises(FileRefused, match="not a Word document"):
            read_docx_bank(path, "b")


def test_a_word_runs_own_text_is_read_and_what_follows_an_element_inside_it_is_not(tmp_path):
    """A w:t's text is its own text up to the first element inside it, as Word and the earlier reader read it
    (an odd document from another program may put elements inside w:t)."""
    from examcore.banks.word_docx import read_docx_bank

    def para(inner: str) -> str:
        return f"<w:p><w:r>{inner}</w:r></w:p>"
    xml = (f'<w:document {W_NS}><w:body>{para("<w:t>一、单项选择题</w:t>")}'
           f'{para("<w:t>1. 宪<w:t>法</w:t>是（ ）</w:t>")}{para("<w:t>A. 根本&amp;法</w:t>")}'
           f'{para("<w:t>B. 普通法</w:t>")}{para("<w:t>答案：A</w:t>")}</w:body></w:document>')
    [q] = read_docx_bank(_document(tmp_path, xml), "b").questions
    assert q.stem == "宪法" and [o.text for o in q.options] == ["根本&法", "普通法"]


def test_a_word_export_keeps_each_picture_below_its_stem_and_reads_back_the_same(tmp_path):
    from examcore.banks.office_export import write_docx_bank
    from examcore.questions import Picture, Question, QuestionType
    from examcore.banks.common import Option
    q = Question("q1", QuestionType.SINGLE, "下图所示的标志是（ ）。", (Option("A", "禁止通行"), Option("B", "注意安全")),
                 ("A",), pictures=(Picture(PNG, "sign.png"),))
    write_docx_bank([q], tmp_path / "out.docx")
    [back] = read_bank(tmp_path / "out.docx", "b").questions
    assert (back.stem, [p.data for p in back.pictures], back.answer) == (q.stem, [PNG], ("A",))


def test_a_picture_in_a_text_box_of_a_stem_goes_with_that_question(tmp_path):
    """A text box's paragraphs are read before the paragraph that holds it; its picture still belongs to
    the question whose stem holds the box, never to the one before (found by an outside tester)."""
    import copy

    from docx.oxml import parse_xml
    document = docx.Document()
    document.add_paragraph("一、判断题")
    document.add_paragraph("1. 宪法是国家的根本法。（ √ ）")
    stem = document.add_paragraph("2. 如框中图所示，该标志表示禁止通行。（ √ ）")
    (tmp_path / "sign.png").write_bytes(PNG)
    holder = document.add_paragraph()
    run = holder.add_run()
    run.add_picture(str(tmp_path / "sign.png"), width=Cm(1))
    drawing = copy.deepcopy(run._r.find(qn("w:drawing")))
    holder._p.getparent().remove(holder._p)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml"'
    box = parse_xml(f'<w:r {w}><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r/></w:p>'
                    '<w:p><w:r><w:t>图1 禁止通行标志</w:t></w:r></w:p></w:txbxContent>'
                    '</v:textbox></v:shape></w:pict></w:r>')
    box.find(f".//{qn('w:txbxContent')}/{qn('w:p')}/{qn('w:r')}").append(drawing)
    stem._p.append(box)
    document.save(tmp_path / "box.docx")
    report = read_bank(tmp_path / "box.docx", "b")
    assert report.problems == [] and [len(q.pictures) for q in report.questions] == [0, 1]
    # the box's caption follows the stem that holds the box, not the question before it
    assert [q.stem for q in report.questions] == ["宪法是国家的根本法。（ ）",
                                                  "如框中图所示，该标志表示禁止通行。（ ）\n图1 禁止通行标志"]


def test_a_picture_that_is_not_really_one_or_too_large_refuses_its_question(tmp_path):
    """Pictures are decoded at import (Pillow), with their size checked before: a PNG signature over text,
    or 40,000 × 40,000 pixels in 200 KB (6 GB to draw at the station), are named, never stored."""
    import io
    import json

    from PIL import Image
    big = io.BytesIO()
    Image.new("1", (40_000, 40_000)).save(big, "PNG")
    fake = b"\x89PNG\r\n\x1a\n" + "这不是图片".encode() * 20
    questions = [{"type": "判断", "stem": f"第{n}题：图中标志表示禁止通行。", "answer": "对",
                  "pictures": [{"name": name, "data": base64.b64encode(data).decode()}]}
                 for n, (name, data) in enumerate((("fake.png", fake), ("big.png", big.getvalue())))]
    (tmp_path / "pics.json").write_text(json.dumps({"questions": questions}, ensure_ascii=False), encoding="utf-8")
    report = read_bank(tmp_path / "pics.json", "b")
    assert report.questions == [] and len(report.problems) == 2
    assert "picture fake.png cannot be read as a PNG, JPEG or GIF image" in report.problems[0].message
    assert "picture big.png has more than 16 million pixels" in report.problems[1].message
    from examcore.banks.common import picture_problem
    from examcore.questions import Picture
    wide = io.BytesIO()
    Image.new("1", (7_000, 10)).save(wide, "PNG")
    assert "is 7000×10 pixels; at most 6000 on a side" in picture_problem(Picture(wide.getvalue(), "wide.png"))
    # a spacer or a tracking dot as an option's only content: the option would look empty at the station
    dot = io.BytesIO()
    Image.new("RGB", (1, 1)).save(dot, "GIF")
    assert "is 1×1 pixels: too small to show anything" in picture_problem(Picture(dot.getvalue(), "dot.gif"))
    option = [{"type": "单选", "stem": "哪个是禁止通行标志？", "answer": "A",
               "options": [{"key": "A", "text": "", "pictures": [{"name": "dot.gif",
                                                                  "data": base64.b64encode(dot.getvalue()).decode()}]},
                           "限速标志"]}]
    (tmp_path / "dot.json").write_text(json.dumps({"questions": option}, ensure_ascii=False), encoding="utf-8")
    report = read_bank(tmp_path / "dot.json", "b")
    assert report.questions == [] and "dot.gif is 1×1 pixels" in report.problems[0].message, report.problems
    # bytes with no picture's signature at all: one message for the one fault, not two
    junk = [{"type": "判断", "stem": "图中标志表示禁止通行。", "answer": "对",
             "pictures": [{"name": "junk.png", "data": base64.b64encode(b"not a picture at all").decode()}]}]
    (tmp_path / "junk.json").write_text(json.dumps({"questions": junk}, ensure_ascii=False), encoding="utf-8")
    [problem] = read_bank(tmp_path / "junk.json", "b").problems
    assert problem.message.count("junk.png") == 1, problem.message


def test_a_word_option_that_is_a_picture_on_its_own_line_is_kept_and_exported_back(tmp_path):
    """"A." and a picture on the option's own line: an option that is a picture; a picture on a line of
    several options stays refused (which option would it be?)."""
    from examcore.banks.office_export import write_docx_bank
    document = docx.Document()
    document.add_paragraph("一、单项选择题")
    document.add_paragraph("1. 表示禁止通行的标志是（ ）。")
    (tmp_path / "sign.png").write_bytes(PNG)
    option = document.add_paragraph("A. ")
    option.add_run().add_picture(str(tmp_path / "sign.png"), width=Cm(1))
    document.add_paragraph("B. 以上都不是")
    document.add_paragraph("答案：A")
    document.add_paragraph("2. 两个选项一行（ ）。")
    both = document.add_paragraph("A. 甲 B. 乙")
    both.add_run().add_picture(str(tmp_path / "sign.png"), width=Cm(1))
    document.add_paragraph("答案：A")
    document.save(tmp_path / "options.docx")
    report = read_bank(tmp_path / "options.docx", "b")
    [q] = report.questions
    assert [(o.key, o.text, [p.data for p in o.pictures]) for o in q.options] == [("A", "", [PNG]), ("B", "以上都不是", [])]
    assert [p.row for p in report.problems] == [7] and "a line of several options" in report.problems[0].message
    write_docx_bank([q], tmp_path / "back.docx")
    [back] = read_bank(tmp_path / "back.docx", "b").questions
    assert [(o.text, [p.data for p in o.pictures]) for o in back.options] == [("", [PNG]), ("以上都不是", [])]


def test_a_section_of_a_kind_xuefa_has_not_is_skipped_by_name_not_read_as_the_one_before(tmp_path):
    """五、计算题: its questions were refused under the previous section's type, with a misleading reason."""
    (tmp_path / "calc.txt").write_text("一、单项选择题\n1. 宪法是（ ）。\nA. 根本法\nB. 普通法\n答案：A\n二、计算题\n"
                                       "1. 某人应缴纳罚款多少元？\n答案：100\n三、判断题\n1. 宪法是根本法。（ √ ）\n",
                                       encoding="utf-8")
    report = read_bank(tmp_path / "calc.txt", "b")
    assert report.problems == [] and [q.stem for q in report.questions] == ["宪法是（ ）。", "宪法是根本法。（ ）"]
    assert [(p.row, "计算题" in p.message) for p in report.skipped] == [(7, True)]


def test_common_section_names_keep_their_questions_and_a_pictures_pointer_is_a_phrase(tmp_path):
    """一、选择题 leaves the type to the answers; 不定项选择题 is a multiple choice, 判断正误题 true or false
    (the skip of sections of other kinds once took these too). 网上图书馆 does not point at a picture."""
    (tmp_path / "kinds.txt").write_text(
        "一、选择题\n1. 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n答案：A\n二、不定项选择题\n1. 下列属于法律的有（ ）。\n"
        "A. 刑法\nB. 民法典\n答案：AB\n三、判断正误题\n1. 宪法是国家的根本法。（ √ ）\n", encoding="utf-8")
    report = read_bank(tmp_path / "kinds.txt", "b")
    assert report.problems == [] and [q.type for q in report.questions] == [T.SINGLE, T.MULTIPLE, T.TRUE_FALSE]
    document = docx.Document()
    document.add_paragraph("一、判断题")
    document.add_paragraph("1. 网上图书馆可以借阅法律书籍。（ √ ）")
    (tmp_path / "sign.png").write_bytes(PNG)
    document.add_picture(str(tmp_path / "sign.png"))
    document.add_paragraph("2. 宪法是国家的根本法。（ √ ）")
    document.save(tmp_path / "library.docx")
    words = read_bank(tmp_path / "library.docx", "b")
    assert words.questions == [] and "a picture between two questions" in words.problems[0].message


def test_a_picture_above_a_heading_goes_to_the_question_below_that_says_so(tmp_path):
    document = docx.Document()
    for line in ("一、单项选择题", "1. 我国的根本法是（ ）。", "A. 宪法", "B. 刑法", "答案：A"):
        document.add_paragraph(line)
    (tmp_path / "sign.png").write_bytes(PNG)
    document.add_picture(str(tmp_path / "sign.png"))
    document.add_paragraph("二、判断题")
    document.add_paragraph("1. 如上图所示，该标志为禁令标志。（√）")
    document.save(tmp_path / "above.docx")
    report = read_bank(tmp_path / "above.docx", "b")
    assert report.problems == [] and [len(q.pictures) for q in report.questions] == [0, 1]


def test_sections_of_other_kinds_are_known_however_their_heading_is_numbered(tmp_path):
    (tmp_path / "calc.txt").write_text("一、单项选择题\n1. 宪法是（ ）。\nA. 根本法\nB. 普通法\n答案：A\n第二部分 计算题\n"
                                       "1. 某人应缴纳罚款多少元？\n答案：100\n（三）案例分析题\n"
                                       "1. 阅读材料，分析行政机关的做法是否合法？\n答案：不合法\n", encoding="utf-8")
    report = read_bank(tmp_path / "calc.txt", "b")
    assert report.problems == [] and [q.stem for q in report.questions] == ["宪法是（ ）。"]
    assert [(p.row, p.message.split("section ")[1][:5]) for p in report.skipped] == [(7, "计算题, "), (10, "案例分析题")]


def test_numbers_that_repeat_or_a_key_that_answers_twice_refuse_rather_than_shift_answers(tmp_path):
    """A numbered list inside a question read as questions took the answer key's answers: 宪法具有最高法律效力
    was stored as false (found by an outside tester). A list in an explanation is part of it; a number twice
    in a section, a key entry twice, or a key entry for no question is refused by line, never guessed."""
    def read(text: str):
        (tmp_path / "b.txt").write_text(text, encoding="utf-8")
        report = read_bank(tmp_path / "b.txt", "b")
        return [(q.stem, q.answer, q.explanation) for q in report.questions], [str(p) for p in report.problems]
    kept, problems = read("三、判断题\n1. 宪法是国家的根本法。（ ）\n解析：理由如下：\n1. 它规定根本制度。\n"
                          "3. 宪法可以由国务院修改。（ ）\n参考答案\n三、1.√ 3.×\n")
    assert problems == [] and kept == [("宪法是国家的根本法。（ ）", ("T",), "理由如下：\n1. 它规定根本制度。"),
                                       ("宪法可以由国务院修改。（ ）", ("F",), "")], (kept, problems)
    kept, problems = read("三、判断题\n1. 宪法是国家的根本法。（ ）\n解析：理由有二：\n1. 宪法规定国家的根本制度。\n"
                          "2. 宪法具有最高法律效力。\n2. 宪法可以由国务院修改。（ ）\n参考答案\n三、1.√ 2.×\n")
    # the explanation's 2. stands right above a second 2.: the one above is the list's point, the one below the
    # question (its key entry 2.× is the question's, never the point's)
    assert problems == [] and kept == [
        ("宪法是国家的根本法。（ ）", ("T",), "理由有二：\n1. 宪法规定国家的根本制度。\n2. 宪法具有最高法律效力。"),
        ("宪法可以由国务院修改。（ ）", ("F",), "")], (kept, problems)
    kept, problems = read("三、判断题\n1. 宪法是国家的根本法。（ ）\n解析：理由有二：\n1. 宪法规定国家的根本制度。\n"
                          "2. 宪法具有最高法律效力。\n3. 宪法可以由国务院修改。（ ）\n参考答案\n三、1.√ 2.× 3.×\n")
    assert [k[0] for k in kept] == ["宪法可以由国务院修改。（ ）"] and \
        sum("number the list's points ① ②" in p for p in problems) == 2, problems   # (1 and 2 cannot be told)
    kept, problems = read("一、单项选择题\n1. 下列说法正确的是（ ）。\n（1）宪法是根本法\n（2）宪法由国务院修改\n"
                          "A. （1）  B. （2）\n答案：A\n2. 国家的一切权力属于（ ）。\nA. 人民  B. 政府\n答案：A\n")
    # （1）（2） below a stem numbered 1.: the stem's statements, numbered the other way
    assert problems == [] and kept[0][0] == "下列说法正确的是（ ）。\n（1）宪法是根本法\n（2）宪法由国务院修改", problems
    kept, problems = read("一、单项选择题\n1. 下列说法正确的有几项（ ）。\n1. 宪法是根本法\n2. 宪法由国务院修改\n"
                          "3. 法律面前人人平等\nA. 1项  B. 2项\n答案：B\n2. 国家的一切权力属于（ ）。\nA. 人民  B. 政府\n答案：A\n")
    # a 1. 2. 3. list below a stem numbered 1.: the question and every piece refused (none stored as a question
    # of its own with --accept-valid), the questions after it read
    assert [k[0] for k in kept] == ["国家的一切权力属于（ ）。"], (kept, problems)
    assert sum("numbered list inside" in p for p in problems) == 4, problems
    kept, problems = read("一、单项选择题\n1. 题一（ ）\nA. 甲  B. 乙\n2. 题二（ ）\nA. 丙  B. 丁\n参考答案\n"
                          "一、1.B 2.A 2.B 5.B\n")
    assert [k[0] for k in kept] == ["题一（ ）"]
    assert any("gives question 2 more than one answer (A, B)" in p for p in problems), problems
    assert any("names question 5, which is not in its section" in p for p in problems), problems


def test_stems_word_numbers_itself_are_read_as_the_numbers_word_shows(tmp_path):
    """Banks typed with Word's list numbering (1. 2. drawn by Word, not in the text) for their stems were
    refused paragraph by paragraph (issue 16). The numbers are read from numbering.xml as Word shows them:
    one list counts on across the sections (4. 5. under 二、), and the answer key goes by those numbers; a
    1. 2. list of an explanation's points is read as typed points are, its numbers kept (it was refused)."""
    document = docx.Document()
    document.add_paragraph("一、单项选择题")
    for stem, options, answer, explanation in (("我国的根本法是（ ）", ("宪法", "刑法"), "A", ["宪法是根本法。"]),
                                              ("全国人大每届任期（ ）", ("五年", "四年"), "A", None),
                                              ("国家主席由谁选举（ ）", ("全国人大", "国务院"), "A", [])):
        document.add_paragraph(stem, style="List Number")
        for key, text in zip("AB", options):
            document.add_paragraph(f"{key}. {text}")
        document.add_paragraph(f"答案：{answer}")
        if explanation is None:   # an explanation whose points Word numbers: its points, not questions
            document.add_paragraph("解析：理由如下")
            document.add_paragraph("任期五年", style="List Number 2")
            document.add_paragraph("可以连任", style="List Number 2")
        elif explanation:
            document.add_paragraph(f"解析：{explanation[0]}")
    document.add_paragraph("二、判断题")
    for stem in ("宪法是国家的根本法。", "法律可以与宪法相抵触。"):
        document.add_paragraph(stem, style="List Number")
    document.add_paragraph("参考答案")
    document.add_paragraph("一、1.A 2.A 3.A")
    document.add_paragraph("二、4.√ 5.×")
    document.save(tmp_path / "listed.docx")
    report = read_bank(tmp_path / "listed.docx", "b")
    got = {q.stem: q.answer for q in report.questions}
    assert got == {"我国的根本法是（ ）": ("A",), "全国人大每届任期（ ）": ("A",), "国家主席由谁选举（ ）": ("A",),
                   "宪法是国家的根本法。": ("T",), "法律可以与宪法相抵触。": ("F",)}, (got, [str(p) for p in report.problems])
    assert report.questions[1].explanation == "理由如下\n1. 任期五年\n2. 可以连任" and not report.problems


def test_a_word_table_with_merged_header_cells_keeps_each_column_under_its_header(tmp_path):
    """序号 | 题目 | 选项 (merged over four columns) | 答案, with A B C D in the row below and 序号, 题目, 答案
    merged down over both rows; a 题型 cell merged down over a group of questions. Word writes one cell for
    a merged one: read as it stood, the answers came from the option columns (issue 16)."""
    document = docx.Document()
    table = document.add_table(rows=5, cols=8)
    header = ["题型", "序号", "题目", "选项", "", "", "", "答案"]
    for column, text in enumerate(header):
        table.cell(0, column).text = text
    for column, letter in enumerate("ABCD", start=3):
        table.cell(1, column).text = letter
    rows = [("单选", "1", "我国的根本法是（ ）。", "宪法", "刑法", "民法", "行政法", "A"),
            ("", "2", "国家的一切权力属于（ ）。", "人民", "政府", "法院", "军队", "A"),
            ("多选", "3", "属于公民基本权利的有（ ）。", "选举权", "受教育权", "纳税", "服兵役", "AB")]
    for r, values in enumerate(rows, start=2):
        for column, text in enumerate(values):
            table.cell(r, column).text = text
    table.cell(0, 3).merge(table.cell(0, 6))   # 选项 over A B C D
    for column in (0, 1, 2, 7):                 # 题型 序号 题目 答案 down over the two header rows
        table.cell(0, column).merge(table.cell(1, column))
    table.cell(2, 0).merge(table.cell(3, 0))    # 单选 for questions 1 and 2
    document.save(tmp_path / "t.docx")
    report = read_bank(tmp_path / "t.docx", "b")
    assert report.problems == [], [str(p) for p in report.problems]
    assert [(q.type, q.stem, [o.text for o in q.options], q.answer) for q in report.questions] == [
        (T.SINGLE, "我国的根本法是（ ）。", ["宪法", "刑法", "民法", "行政法"], ("A",)),
        (T.SINGLE, "国家的一切权力属于（ ）。", ["人民", "政府", "法院", "军队"], ("A",)),
        (T.MULTIPLE, "属于公民基本权利的有（ ）。", ["选举权", "受教育权", "纳税", "服兵役"], ("A", "B"))]


@pytest.mark.parametrize("layout", ["down", "across", "bare", "headed"])
def test_an_answer_key_laid_out_as_a_word_table_answers_the_questions(tmp_path, layout):
    """题号 | 答案 down the rows, a row of numbers over a row of answers, with or without a 参考答案 heading: the
    table was read as the last question's answer ("answer '题号' is not option letters", issue 16)."""
    document = docx.Document()
    document.add_paragraph("一、单项选择题")
    for n in (1, 2, 3):
        document.add_paragraph(f"{n}. 第{n}题（ ）。")
        document.add_paragraph("A. 甲 B. 乙 C. 丙 D. 丁")
    document.add_paragraph("二、判断题")
    document.add_paragraph("4. 宪法是根本法。")
    if layout != "bare":
        document.add_paragraph("参考答案" if layout != "headed" else "参考答案：")
    pairs = [("1", "B"), ("2", "C"), ("3", "D"), ("4", "√")]
    if layout in ("down", "headed"):
        table = document.add_table(rows=5, cols=2)
        for r, (a, b) in enumerate([("题号", "答案"), *pairs]):
            table.cell(r, 0).text, table.cell(r, 1).text = a, b
    else:
        table = document.add_table(rows=2, cols=5)
        for c, (a, b) in enumerate([("题号", "答案"), *pairs]):
            table.cell(0, c).text, table.cell(1, c).text = a, b
    document.save(tmp_path / "k.docx")
    report = read_bank(tmp_path / "k.docx", "b")
    assert report.problems == [], [str(p) for p in report.problems]
    assert [q.answer for q in report.questions] == [("B",), ("C",), ("D",), ("T",)]


def _table(document, rows: list[tuple[str, ...]]):
    """A Word table of ``rows``, a cell's lines (\\n) as paragraphs of their own."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            first, *more = text.split("\n")
            table.cell(r, c).paragraphs[0].text = first
            for line in more:
                table.cell(r, c).add_paragraph(line)
    return table


def _key_table(document, rows: list[tuple[str, str]]) -> None:
    """A 题号 | 答案 table below its header."""
    _table(document, [("题号", "答案"), *rows])


def test_written_answers_in_a_word_key_table_are_stored_as_the_cells_have_them(tmp_path):
    """Outside round 114 (older): a key table's cells were NFKC-normalised and their spaces taken out before
    they were stored: 10²㎡ stored as 102m2, ① as 1, ；as ;, New York as NewYork, 5 000 as 5000, exit 0; a cell
    of several paragraphs (a definition's sentences, points （1）（2） on lines of their own) refused its question
    as having no entry. Now each entry is read as its cell has it, its paragraphs as lines; a cell whose words
    go on with another entry's number is that row's, whole."""
    document = docx.Document()
    for line in ("一、填空题", "1. 正方形边长为10米，面积为____。", "2. 联合国总部设在____。", "3. 我国的根本法是____，最高行政机关是____。",
                 "二、名词解释", "1. 法治", "三、简答题", "1. 简述依法治国的基本要求。", "2. 简述行政处罚的种类。", "参考答案",
                 "一、填空题"):
        document.add_paragraph(line)
    _key_table(document, [("1", "10²㎡"), ("2", "New York"), ("3", "宪法 国务院")])
    document.add_paragraph("二、名词解释")
    _key_table(document, [("1", "法治，是指依法治理国家。\n它强调“法律至上”。")])
    document.add_paragraph("三、简答题")
    _key_table(document, [("1", "①科学立法；②严格执法；\n③公正司法；④全民守法。"),
                          ("2", "答：包括：\n1、警告；\n2、罚款（罚金½）；\n3、没收违法所得。")])
    document.save(tmp_path / "k.docx")
    report = read_bank(tmp_path / "k.docx", "b")
    assert report.problems == [], [str(p) for p in report.problems]
    assert [q.answer for q in report.questions] == [
        ("10²㎡",), ("New York",), ("宪法", "国务院"), ("法治，是指依法治理国家。\n它强调“法律至上”。",),
        ("①科学立法；②严格执法；\n③公正司法；④全民守法。",), ("包括：\n1、警告；\n2、罚款（罚金½）；\n3、没收违法所得。",)]
    cut = docx.Document()
    for line in ("一、简答题", "1. 简述罚款的幅度。", "2. 什么是GDP？", "参考答案"):
        cut.add_paragraph(line)
    _key_table(cut, [("1", "对个人处以2.5万元以下 2.对单位处以10万元以下"), ("2", "国内生产总值")])
    cut.save(tmp_path / "cut.docx")
    whole = read_bank(tmp_path / "cut.docx", "b")   # a row is one entry: never cut at a number inside its cell
    # (round 116: 宪法 2.人民 was stored as 宪法, exit 0; a text key's line is refused instead, cannot be told)
    assert [q.answer for q in whole.questions] == [("对个人处以2.5万元以下 2.对单位处以10万元以下",), ("国内生产总值",)] \
        and not whole.problems, [str(p) for p in whole.problems]


def test_a_key_table_cells_paragraphs_are_its_answer_whatever_they_say(tmp_path):
    """Outside round 115 (on round 114's change): a cell's further paragraph read as a line of its own cut the
    answer where it said 参考答案, 答案：见教材 or 二、论述题, exit 0, and the next row became a question; a cell ending
    in 1.A 2.B made the next row's 3. a doubted point. Each further paragraph is the entry's, as written; 解析：
    in a cell is still its explanation; a table under 参考答案 right below the last question is the key even where
    the questions above have no answer of their own."""
    paper = ["一、简答题", "1. 简述法治的含义。", "2. 简述依法治国。", "3. 简述宪法的地位。", "参考答案"]
    for extra in ("参考答案\n略", "答案：见教材", "二、论述题", "二、判断题", "1.A 2.B", "1-3：ABC", "第二部分",
                  "新十六字方针：\n3. 公正司法；\n4. 全民守法。"):
        document = docx.Document()
        for line in paper:
            document.add_paragraph(line)
        _key_table(document, [("1", "法治是良法善治。"), ("2", f"依法治国是基本方略。\n{extra}"), ("3", "宪法是根本法。")])
        document.save(tmp_path / "k.docx")
        report = read_bank(tmp_path / "k.docx", "b")
        assert report.problems == [], (extra, [str(p) for p in report.problems])
        assert [q.answer for q in report.questions] == [
            ("法治是良法善治。",), (f"依法治国是基本方略。\n{extra}",), ("宪法是根本法。",)], extra
    document = docx.Document()
    for line in paper:
        document.add_paragraph(line)
    _key_table(document, [("1", "法治是良法善治。\n解析：见教材第一章。"), ("2", "依法治国是基本方略。"), ("3", "宪法是根本法。")])
    document.save(tmp_path / "e.docx")
    explained = read_bank(tmp_path / "e.docx", "b")
    assert [(q.answer, q.explanation) for q in explained.questions][0] == (("法治是良法善治。",), "见教材第一章。"), \
        [str(p) for p in explained.problems]


def test_an_empty_answer_cell_in_a_key_table_refuses_its_question_alone(tmp_path):
    """Outside round 115: a key table with an empty answer cell was refused whole as "a table of data", its
    questions said to have no answer; under bare labels (一、 二、) the next table's lines became questions. The
    empty cell is that question's empty answer now, said by name; the others are read."""
    document = docx.Document()
    for line in ("一、填空题", "1. 我国的根本法是____。", "2. 国家的一切权力属于____。", "二、简答题", "1. 简述法治的含义。",
                 "参考答案", "一、"):
        document.add_paragraph(line)
    _key_table(document, [("1", "宪法"), ("2", "")])
    document.add_paragraph("二、")
    _key_table(document, [("1", "法治是良法善治。\n（1）法律至上")])
    document.save(tmp_path / "k.docx")
    report = read_bank(tmp_path / "k.docx", "b")
    said = [str(p) for p in report.problems]
    assert [q.answer for q in report.questions] == [("宪法",), ("法治是良法善治。\n（1）法律至上",)], said
    assert len(said) == 1 and "paragraph 3: answer is empty" in said[0], said


def test_keys_round_116_a_key_tables_row_is_one_entry(tmp_path):
    """Outside round 116 (on the cell-per-entry reading): a cell's first paragraph was read as a text key's line,
    so 宪法 2.人民 was stored as 宪法 and …以下 4.对单位… split into questions 3 and 4 (exit 0); a paragraph below
    解析： in a cell was read as a key entry; a soft line break refused the cell; an answer 见解析 refused the table
    as having a 解析 column; a 备注 column was dropped unsaid; an empty cell of a short answer stored it without
    its answer unsaid."""
    document = docx.Document()
    for line in ("一、填空题", "1. 我国的根本法是____。", "2. 国家的一切权力属于____。", "二、简答题", "3. 违反本法的，如何处罚？",
                 "4. 简述依法治国。", "5. 简述法治。", "6. 简述人权。", "参考答案"):
        document.add_paragraph(line)
    table = _table(document, [("题号", "答案", "备注"), ("1", "宪法 2.人民", ""), ("2", "人民", "第2条"),
                              ("3", "对个人处以罚款；\n解析：见第3条。\n（2）第5条另有规定", ""), ("4", "见解析", ""),
                              ("5", "", ""), ("6", "", "")])
    table.cell(6, 1).paragraphs[0].add_run("人权是\n基本权利。")   # (python-docx writes \n as a soft break, w:br)
    document.save(tmp_path / "k.docx")
    report = read_bank(tmp_path / "k.docx", "b")
    said = [str(p) for p in report.problems + report.notes]
    assert [(q.answer, q.explanation) for q in report.questions] == [
        (("宪法 2.人民",), ""), (("人民",), ""), (("对个人处以罚款；",), "见第3条。\n（2）第5条另有规定"), (("见解析",), ""),
        ((), ""), (("人权是\n基本权利。",), "")] and not report.problems, said
    assert any("column(s) 备注 not read" in n for n in said) and \
        any("reference answer is 略 (or 见教材, or empty)" in n for n in said), said


@pytest.mark.parametrize("header, number", [(("题号", "答案"), "{n}"), (("题 号", "答 案"), "{n}."), (("编号", "答案"), "第{n}题")])
def test_keys_round_117_empty_cells_and_other_headers_and_numbers(tmp_path, header, number):
    """Outside round 117: two empty answer cells gave the next question their numbers as its answer (4.\n5.), exit
    0 (every empty cell shared the table's first paragraph); a header 题 号 | 答 案 or 编号 | 答案, numbers written
    1. or 第1题, and a key table inside a frame's cell were not read as the key, and 题号 was stored as the last
    short answer's answer."""
    document = docx.Document()
    for line in ("一、填空题", "1. 我国的根本法是____。", "2. 首都是____。", "二、简答题", "3. 简述法治。", "4. 简述处罚。",
                 "5. 简述原则。", "参考答案"):
        document.add_paragraph(line)
    _table(document, [header, *[(number.format(n=n), a) for n, a in ((1, "宪法"), (2, "北京"), (3, ""), (4, ""), (5, "依法。"))]])
    document.save(tmp_path / "k.docx")
    report = read_bank(tmp_path / "k.docx", "b")
    said = [str(p) for p in report.problems + report.notes]
    assert [q.answer for q in report.questions] == [("宪法",), ("北京",), (), (), ("依法。",)] and not report.problems, \
        said
    framed = docx.Document()
    for line in ("二、简答题", "1. 简述法治。", "2. 简述原则。", "参考答案"):
        framed.add_paragraph(line)
    inner = framed.add_table(rows=1, cols=1).cell(0, 0).add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("题号", "答案"), ("1", "法治。"), ("2", "依法。")]):
        inner.cell(r, 0).text, inner.cell(r, 1).text = a, b
    framed.save(tmp_path / "f.docx")
    refused = read_bank(tmp_path / "f.docx", "b")
    assert not any("题号" in "".join(q.answer) for q in refused.questions) and refused.problems, \
        [(q.stem, q.answer) for q in refused.questions]


def test_keys_round_118_a_type_column_labels_the_parts_and_nothing_goes_on_with_the_last_row(tmp_path):
    """Outside round 118: a key table's 题型 column was not read, so parts in another order than the paper's
    sections were given to the sections in the paper's order (the fill-ins stored with the short answers'
    reference answers, exit 0); a paragraph after the last key table (说明：…) went into the last row's answer."""
    document = docx.Document()
    for line in ("一、判断题", "1. 宪法是根本法。（ ）", "2. 法律高于宪法。（ ）", "二、填空题", "1. 我国的根本法是____。",
                 "2. 罚款数额为____。", "三、简答题", "1. 简述法治。", "2. 简述处罚。", "参考答案"):
        document.add_paragraph(line)
    _table(document, [("题型", "题号", "答案"), ("判断", "1", "√"), ("判断", "2", "×"), ("简答", "1", "法治是良法善治。"),
                      ("简答", "2", "依法处罚。"), ("填空", "1", "宪法"), ("填空", "2", "2万元")])
    document.save(tmp_path / "k.docx")
    report = read_bank(tmp_path / "k.docx", "b")
    said = [str(p) for p in report.problems + report.notes]
    assert [q.answer for q in report.questions] == [("T",), ("F",), ("宪法",), ("2万元",), ("法治是良法善治。",),
                                                    ("依法处罚。",)] and not report.problems, said
    document.add_paragraph("说明：简答题酌情给分。")
    document.save(tmp_path / "after.docx")
    after = read_bank(tmp_path / "after.docx", "b")   # (a remark below the table: said, never a cell's words,
    # and no longer refusing the last row's question: a paragraph below a table is no part of its cell)
    assert [q.answer for q in after.questions] == [q.answer for q in report.questions] and not after.problems and \
        any("说明：简答题酌情给分。' below the answer key's table names no question" in str(p) for p in after.notes), \
        [str(p) for p in after.problems + after.notes]


def _paper_with_key_table(tmp_path, name, lines, tables):
    """The paper's ``lines``, then ``tables`` (a text among them: a paragraph between them), read."""
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    for rows in tables:
        if isinstance(rows, str):
            document.add_paragraph(rows)
        else:
            _table(document, rows)
    document.save(tmp_path / name)
    return read_bank(tmp_path / name, "b")


def test_keys_round_119_type_columns_and_explanations_of_a_key_restarting_at_one(tmp_path):
    """Outside round 119: a key restarting at 1 with no section labels (two tables, or paired columns) gave the
    second section's 解析 to the first section's question of that number, exit 0 (text keys too); a 题型 column
    of words naming no section (选择题, 客观题) made the key's cells questions under --accept-valid; a 题型 column
    between 题号 and 答案 stored the header as an answer; a 题型 cell merged down over its rows refused the key."""
    paper = ["一、填空题", "1. 第1空是____。", "2. 第2空是____。", "二、简答题", "1. 简述第1项原则。", "2. 简述第2项原则。", "参考答案"]
    two = _paper_with_key_table(tmp_path, "two.docx", paper, [[("题号", "答案"), ("1", "宪法"), ("2", "十五日")],
                                                               [("题号", "答案"), ("1", "合法。"), ("2", "合理。\n解析：见第5条。")]])
    assert [(q.answer, q.explanation) for q in two.questions] == [
        (("宪法",), ""), (("十五日",), ""), (("合法。",), ""), (("合理。",), "见第5条。")] and not two.problems, \
        [str(p) for p in two.problems]
    middle = _paper_with_key_table(tmp_path, "middle.docx", paper, [[
        ("题号", "题型", "答案"), ("1", "填空", "宪法"), ("2", "", "十五日"), ("1", "简答", "合法。"), ("2", "", "合理。")]])
    assert [q.answer for q in middle.questions] == [("宪法",), ("十五日",), ("合法。",), ("合理。",)] and \
        not middle.problems, [str(p) for p in middle.problems]
    vague = _paper_with_key_table(tmp_path, "vague.docx", paper, [[
        ("题型", "题号", "答案"), ("客观题", "1", "宪法"), ("客观题", "2", "十五日"), ("主观题", "1", "合法。"), ("主观题", "2", "合理。")]])
    assert not vague.questions and any("no reference answer, and a line of the answer key could not be read" in str(p)
                                       for p in vague.problems), [str(p) for p in vague.problems]


def test_keys_round_120_a_key_table_with_a_row_of_other_words_refuses_what_it_would_answer(tmp_path):
    """Outside round 120 (older): a section's key table with a last row 注： | 以上答案仅供参考 (or 合计, or the header
    again) was not read, its line taken as a key heading, and the section's short answers stored without their
    reference answers, exit 0, nothing said. The table is said, and each question left without an answer is
    refused with it."""
    report = _paper_with_key_table(tmp_path, "k.docx", [
        "一、简答题", "1. 简述第1项。", "2. 简述第2项。", "二、填空题", "1. 第1空是____。", "参考答案", "一、简答题"], [
        [("题号", "答案"), ("1", "第1项答案"), ("2", "第2项答案"), ("注：", "以上答案仅供参考")]])
    said = [str(p) for p in report.problems]
    assert not any(q.stem.startswith("简述") for q in report.questions), said
    assert any("the answer key's table here (题号 | 答案) could not be read" in p for p in said), said


def test_key_tables_of_ranges_split_over_a_page_or_labelled_in_their_cells_are_read(tmp_path):
    """Key tables as offices lay them out, found after outside round 120: 1-5 | ABCDA rows (with a header, across,
    or none) were refused as "a table of data" and every question with them; the rest of a key table Word split
    over a page without its header was read as remarks, refusing question 5 and 6-10; a remark below the last
    table refused the last row's question; 答案：宪法 in a cell was stored with its label."""
    single = ["一、单项选择题", *[x for n in range(1, 11) for x in (f"{n}. 第{n}题（ ）。", "A. 甲 B. 乙 C. 丙 D. 丁")], "参考答案"]
    right = [(a,) for a in "ABCDABCDAB"]
    for name, tables in [("down", [[("题号", "答案"), ("1-5", "ABCDA"), ("6～10", "B C D A B")]]),
                         ("across", [[("题号", "1-5", "6-10"), ("答案", "ABCDA", "BCDAB")]]),
                         ("bare", [[("第1-5题", "ABCDA"), ("6-10", "B、C、D、A、B")]]),
                         ("split", [[("题号", "答案"), *[(str(n), right[n - 1][0]) for n in range(1, 6)]],
                                    [(str(n), right[n - 1][0]) for n in range(6, 11)]])]:
        report = _paper_with_key_table(tmp_path, f"{name}.docx", single, tables)
        assert [q.answer for q in report.questions] == right and not report.problems, \
            (name, [str(p) for p in report.problems])
    short = _paper_with_key_table(tmp_path, "short.docx", single, [[("题号", "答案"), ("1-5", "ABCD"), ("6-10", "BCDAB")]])
    assert [q.answer for q in short.questions] == right[5:] and not short.notes and \
        [str(p) for p in short.problems][0].endswith("1-5：ABCD gives 4 answer(s) for the 5 questions of its range; "
                                                     "give one to each, or write them one by one (1.A 2.B 3.C)")
    written = _paper_with_key_table(tmp_path, "written.docx", [
        "一、填空题", "1. 第1空是____。", "2. 第2空是____。", "参考答案"], [[("题号", "答案"), ("1-2", "宪法；人民")]])
    assert not written.questions and "a range's written answers" in str(written.problems[0]), \
        [str(p) for p in written.problems]   # (whose words are which cannot be told)
    labelled = _paper_with_key_table(tmp_path, "labelled.docx", [
        "一、填空题", "1. 第1空是____。", "二、简答题", "1. 简述法治。", "2. 简述人权。", "参考答案"], [
        [("题型", "题号", "答案"), ("填空", "1", "答案：宪法"), ("简答", "1", "【参考答案】法治是良法善治。"),
         ("简答", "2", "答案要点：\n（1）人权是基本权利。")]])
    assert [q.answer for q in labelled.questions] == [("宪法",), ("法治是良法善治。",), ("（1）人权是基本权利。",)] \
        and not labelled.problems, [str(p) for p in labelled.problems]


def test_keys_round_121_corrections_below_a_key_table_numbers_down_the_rows_and_labelled_ranges(tmp_path):
    """Outside round 121 (on the change above): a correction below a key table naming its question otherwise than
    第2题 (答案更正：2. 要点五, 注：第二空…应为…) was made a note and the uncorrected answer stored, exit 0; a remark
    below a letters table still refused the last question; a headerless table of numbers (a fill-in key of days, or
    its rest past a page) was read across, Q1 stored with 2 under --accept-valid; 1-5 | 答案：ABCDA or ABCDA。 or a
    letter a paragraph refused the table; a remark between two sections' key tables went unsaid."""
    paper = ["一、简答题", "1. 简述第1项。", "2. 简述第2项。", "3. 简述第3项。", "参考答案"]
    key = [("题号", "答案"), ("1", "要点1"), ("2", "要点2"), ("3", "要点3")]
    for line in ("答案更正：2. 要点五", "注：第二题应为“依法行政”。", "注：最后一题答案以教材为准。", "注：第2、3题答案互换"):
        corrected = _paper_with_key_table(tmp_path, "c.docx", paper, [key, line])
        assert corrected.problems and not corrected.notes and len(corrected.questions) < 3, line   # (refused, said)
    letters = ["一、单项选择题", *[x for n in range(1, 5) for x in (f"{n}. 第{n}题（ ）。", "A. 甲 B. 乙 C. 丙 D. 丁")], "参考答案"]
    remark = _paper_with_key_table(tmp_path, "r.docx", letters, [
        [("题号", "答案"), ("1", "A"), ("2", "B"), ("3", "C"), ("4", "D")], "注：以上答案仅供参考"])
    assert [q.answer for q in remark.questions] == [("A",), ("B",), ("C",), ("D",)] and not remark.problems and \
        "read as a remark, not stored" in str(remark.notes[0]), [str(p) for p in remark.problems]
    days = ["一、填空题", *[f"{n}. 第{n}项期限为____日。" for n in range(1, 7)], "参考答案"]
    right = [("60",), ("15",), ("30",), ("90",), ("7",), ("3",)]
    for tables in ([[(str(n), a[0]) for n, a in enumerate(right, start=1)]],
                   [[("题号", "答案"), *[(str(n), a[0]) for n, a in enumerate(right[:4], start=1)]], [("5", "7"), ("6", "3")]]):
        read = _paper_with_key_table(tmp_path, "d.docx", days, tables)
        assert [q.answer for q in read.questions] == right and not read.problems, [str(p) for p in read.problems]
    for cell in ("答案：ABCDA", "【答案】ABCDA", "ABCDA。", "A\nB\nC\nD\nA"):
        ranged = _paper_with_key_table(tmp_path, "g.docx", letters[:-1] + ["5. 第5题（ ）。", "A. 甲 B. 乙", "参考答案"],
                                       [[("题号", "答案"), ("1-5", cell)]])
        assert [q.answer for q in ranged.questions] == [("A",), ("B",), ("C",), ("D",), ("A",)] and \
            not ranged.problems, (cell, [str(p) for p in ranged.problems])
    between = _paper_with_key_table(tmp_path, "b.docx", ["一、填空题", "1. 第1项为____。", "二、简答题", "1. 简述第1项。",
                                                          "参考答案", "一、填空题"],
                                    [[("题号", "答案"), ("1", "宪法")], "注：以上答案仅供参考", "二、简答题",
                                     [("题号", "答案"), ("1", "要点一")]])
    assert [q.answer for q in between.questions] == [("宪法",), ("要点一",)] and \
        any("注：以上答案仅供参考" in str(n) for n in between.notes), [str(p) for p in between.problems + between.notes]


def test_keys_round_122_a_last_row_alone_past_the_page_and_a_remark_naming_a_question_in_words(tmp_path):
    """Outside round 122: a key table's last row alone past a page (5 | 3) was refused as a remark, blaming
    question 4; a remark below a key table naming a question in words (注：填空题罚款数额一空…) refused the last
    row's question, which it did not name: it is said alone (a question it names by number is refused with it)."""
    blanks = ["一、填空题", *[f"{n}. 第{n}空的数额为____。" for n in range(1, 6)], "参考答案"]
    alone = _paper_with_key_table(tmp_path, "a.docx", blanks, [
        [("题号", "答案"), ("1", "60"), ("2", "15"), ("3", "30"), ("4", "2000")], [("5", "3")]])
    assert [q.answer for q in alone.questions] == [("60",), ("15",), ("30",), ("2000",), ("3",)] and \
        not alone.problems, [str(p) for p in alone.problems]
    key = [("题号", "答案"), ("1", "60"), ("2", "15"), ("3", "30"), ("4", "2000"), ("5", "3")]
    worded = _paper_with_key_table(tmp_path, "w.docx", blanks, [key, "注：罚款数额一空答案不唯一，写二千元亦可"])
    assert not worded.questions and all("may correct its answer" in str(p) for p in worded.problems[1:]), \
        [str(p) for p in worded.problems]   # (whichever it corrects: the table's, all of them; round 123)
    numbered = _paper_with_key_table(tmp_path, "n.docx", blanks, [key, "答案更正：2. 十五"])
    assert [q.answer for q in numbered.questions] == [("60",), ("30",), ("2000",), ("3",)], \
        [str(p) for p in numbered.problems]


def test_keys_round_123_only_a_remark_on_the_whole_key_is_a_note_and_a_key_table_not_read_doubts_what_it_names(tmp_path):
    """Outside round 123: 注：复议期限正确答案是九十日，以上答案仅供参考。 below a key table was a note (its 仅供参考), the
    uncorrected answer stored, exit 0; a correction naming its question in words let every question through under
    --accept-valid; 参考答案 / 1. 告知 / 2. 申请 below the short answers, then a 题号 | 答案 table not read naming 1 and 2
    again, stored the fill-ins with the short answer's points, unnamed."""
    blanks = ["一、填空题", "1. 罚款数额为____元。", "2. 复议期限为____日。", "3. 英文名称为____。", "参考答案"]
    key = [("题号", "答案"), ("1", "2000"), ("2", "60"), ("3", "Constitution")]
    for line in ("注：复议期限正确答案是九十日，以上答案仅供参考。", "评分时酌情给分，罚款数额写二千元亦得分。", "注：复议期限应改为九十日。"):
        corrected = _paper_with_key_table(tmp_path, "c.docx", blanks, [key, line])
        assert not corrected.questions and not corrected.notes and len(corrected.problems) == 4, \
            (line, [str(p) for p in corrected.problems])
    for line in ("注：以上答案仅供参考。评分时酌情给分。", "（说明：简答题答出要点即可，言之成理即可）"):
        remark = _paper_with_key_table(tmp_path, "r.docx", blanks, [key, line])
        assert len(remark.questions) == 3 and not remark.problems and len(remark.notes) == 1, line
    twice = _paper_with_key_table(tmp_path, "t.docx", [
        "一、填空题", "1. 我国的根本法是____。", "2. 复议期限为____日。", "二、简答题", "3. 简述行政处罚的原则。", "4. 简述听证程序。",
        "参考答案", "1. 告知；", "2. 申请、举行。"], [[("题号", "答案"), ("1", "宪法"), ("2", "60"), ("3", "处罚法定；公正公开。")]])
    assert not twice.questions and any("question 1 is left out" in str(p) for p in twice.problems), \
        [str(p) for p in twice.problems]


def test_a_reference_answer_label_below_the_last_short_answer_with_questions_waiting_in_other_sections(tmp_path):
    """参考答案 / 1. 宪法 / 2. 良法善治。 below question 2 (a short answer) while question 1 of another section waits
    for its answer: the key of both, or question 2's points? It had gone whole into question 2's reference answer,
    question 1 refused alone; both are refused now, said (as where both are in one section, outside round 100)."""
    (tmp_path / "k.txt").write_text("一、填空题\n1. 根本法是____。\n二、简答题\n2. 简述法治。\n参考答案\n1. 宪法\n2. 良法善治。\n",
                                    encoding="utf-8")
    report = read_bank(tmp_path / "k.txt", "b")
    assert not report.questions and "question 2's own answer, or the answer key of them all?" in \
        str(report.problems[0]), [str(p) for p in report.problems]
    (tmp_path / "s.txt").write_text("一、填空题\n1. 根本法是____。\n二、简答题\n1. 简述法治。\n参考答案\n一、1. 答案：宪法\n"
                                    "二、1. 【参考答案】良法善治。\n", encoding="utf-8")
    labelled = read_bank(tmp_path / "s.txt", "b")   # (a key's 答案： label is no part of the answer either)
    assert [q.answer for q in labelled.questions] == [("宪法",), ("良法善治。",)] and not labelled.problems
    (tmp_path / "later.txt").write_text(   # with a key further down (round 121: refused as the doubt, a good paper)
        "一、单项选择题\n1. 下列正确的是（ ）。\nA. 甲 B. 乙\n2. 下列错误的是（ ）。\nA. 甲 B. 乙\n二、简答题\n"
        "1. 简述行政复议的期限。\n参考答案\n1. 申请期限为六十日；\n2. 决定期限为六十日。\n\n参考答案\n一、单项选择题\n1. A 2. B\n",
        encoding="utf-8")
    later = read_bank(tmp_path / "later.txt", "b")
    assert [q.answer for q in later.questions] == [("A",), ("B",), ("1. 申请期限为六十日；\n2. 决定期限为六十日。",)] and \
        not later.problems, [str(p) for p in later.problems]


def test_a_data_table_inside_a_stem_refuses_its_question_by_name(tmp_path):
    """项目 | 税率 inside a stem was stored as the lines 项目 税率 甲 3% … with no word (issue 16); a row of numbers
    whose cells are no answers is no key either."""
    document = docx.Document()
    document.add_paragraph("一、单项选择题")
    document.add_paragraph("1. 根据下表，税率最高的是（ ）。")
    table = document.add_table(rows=3, cols=2)
    for r, (a, b) in enumerate([("项目", "税率"), ("甲", "3%"), ("乙", "13%")]):
        table.cell(r, 0).text, table.cell(r, 1).text = a, b
    document.add_paragraph("A. 甲 B. 乙")
    document.add_paragraph("答案：B")
    document.add_paragraph("2. 下表中最大的数是（ ）。")
    numbers = document.add_table(rows=2, cols=3)
    for c, (a, b) in enumerate([("1", "10"), ("2", "20"), ("3", "30")]):
        numbers.cell(0, c).text, numbers.cell(1, c).text = a, b
    document.add_paragraph("A. 10 B. 30")
    document.add_paragraph("答案：B")
    document.save(tmp_path / "t.docx")
    report = read_bank(tmp_path / "t.docx", "b")
    assert report.questions == [] and len(report.problems) == 2, [str(p) for p in report.problems]
    assert all("a table cannot be kept" in str(p) for p in report.problems)


ROUND_127_PAPER = ["一、单项选择题", *[line for n in range(1, 11) for line in (f"{n}. 甲{n}（ ）。", "A. 甲 B. 乙 C. 丙 D. 丁")],
                   "二、填空题", *[f"{n}. 期限{n}为____日。" for n in range(1, 5)], "参考答案", "一、单项选择题"]
ROUND_127_KEYS = [[("题号", "答案"), *[(str(n), "ABCD"[(n - 1) % 4]) for n in range(1, 11)]], "二、填空题",
                  [("题号", "答案"), ("1", "十五"), ("2", "六十"), ("3", "2.5万元"), ("4", "九十")]]


@pytest.mark.parametrize("line, refused", [
    ("更正：填空题第1、2题答案应为三十、九十。", {"期限1为____日。", "期限2为____日。"}),
    ("更正：第8、9题答案应为AB。", {"甲8（ ）。", "甲9（ ）。"}),
    ("更正：第3-4题答案应为三十。", {"甲3（ ）。", "甲4（ ）。", "期限3为____日。", "期限4为____日。"}),
    ("更正：倒数第二题答案应为五万元。", {"甲9（ ）。", "期限3为____日。"}),
    ("注：单选题第三至第五题答案均为A。", {"甲3（ ）。", "甲4（ ）。", "甲5（ ）。"}),
    ("评分标准：答出要点即可得分，每点2分。", set()),
    ("（本答案由市司法局命题组提供）", set()),
    ("注：简答题答案要点供参考，考生答出主要意思即可。", set()),
    ("注：第1-10题每题2分，共20分。", set()),
    ("以上答案如有疑问，请联系教研室。", set()),
    ("说明：简答题言之成理即可酌情给分。", set()),
    ("注：以上答案仅供参考，阅卷时以教材为准。", set()),
    # round 128: corrections in a remark's words are refused (the table's last part: which answer cannot be told)
    ("请联系教研室改为九十日。", {"期限1为____日。", "期限2为____日。", "期限3为____日。", "期限4为____日。"}),
    ("答案由六十日改为九十日并经教研组审定。", {"期限1为____日。", "期限2为____日。", "期限3为____日。", "期限4为____日。"}),
    ("请联系张老师确认第四空为九十日", {"期限1为____日。", "期限2为____日。", "期限3为____日。", "期限4为____日。"}),
    ("以上答案如有疑问，请联系第三科室。", {"期限1为____日。", "期限2为____日。", "期限3为____日。", "期限4为____日。"}),
    # and remarks on scoring in more offices' words are notes
    ("注：本大题共10小题，每小题2分，共20分。", set()),
    ("评分说明：每空2分，共10分。如有疑问请与教务处联系。", set()),
    ("单选题每题2分，共20分", set()),
    ("按要点给分，每要点2分", set()),
    ("满分10分", set()),
    ("答出三点即可得满分", set()),
    ("注：本答案由市司法局普法办提供。", set()),
    # round 129: a name with a numeral, one question's full marks
    ("本答案由张三老师提供", set()),
    ("答出要点即可，每题5分，第3题满分10分。", set()),
    # round 132: digits naming no question (a telephone number, a date, a law's version) are remarks
    ("如有疑问请联系教研室，电话：010-12345678。", set()),
    ("2024年5月", set()),
    ("以2021年修订的《行政处罚法》为准。", set()),
    ("注：第3题以2021年修订的《行政处罚法》为准。", {"甲3（ ）。", "期限3为____日。"}),
    # a choice's letter changed, naming no question: every choice question answered (not the last part's)
    ("以上答案仅供参考，其中B应为C。", {f"甲{n}（ ）。" for n in range(1, 11)}),
    # round 133: a law's version in more words, who made it beside its date or telephone, a date alone
    ("本答案以2021年修订的《行政处罚法》为准。", set()),
    ("依据2021年修订的《行政处罚法》。", set()),
    ("命题组 2024年5月", set()),
    ("教务处 电话：010-12345678", set()),
    ("2024.5.1", set()),
    ("市司法局法规科 2024年5月", set()),
    # round 139: scoring remarks on a range of questions or on choices are notes
    ("说明：第1题至第4题答出要点即可，意思相近即可得分。", set()),
    ("二、多选题每题2分，共12分，多选、少选、错选均不得分；", set()),
    ("注：第1-4题为填空题，每题2分。", set()),
    ("评分标准：", set()),
    ("答案应改为行政服务中心", {"期限1为____日。", "期限2为____日。", "期限3为____日。", "期限4为____日。"}),   # no office
])
def test_keys_round_127_below_a_key_table_a_correction_names_its_ranges_lists_and_places(tmp_path, line, refused):
    """Outside rounds 127 and 128: below the last key table, 第1、2题, 第8、9题 (no type: the table's part has no 8 or 9),
    第1-3题, 倒数第二题 (read as question 2) and 第三至第五题 refused some, or none, of the questions they name, the
    others stored as the tables had them under --accept-valid; ordinary remarks on scoring (每点2分, 本答案由…提供,
    以教材为准, 如有疑问请联系…) refused the whole last part. A correction's every question is refused now (a number
    naming no type: in every section), a remark is a note; round 128 found corrections in the first version's remark
    words (请联系…改为…, 由…改为…审定) read as notes, the table's answer stored, exit 0."""
    report = _paper_with_key_table(tmp_path, "k.docx", ROUND_127_PAPER, [*ROUND_127_KEYS, line])
    every = {f"甲{n}（ ）。" for n in range(1, 11)} | {f"期限{n}为____日。" for n in range(1, 5)}
    assert {q.stem for q in report.questions} == every - refused, [str(p) for p in report.problems]
    assert bool(report.problems) == bool(refused) and len(report.notes) == (not refused), \
        [str(p) for p in report.problems + report.notes]


def test_keys_round_129_an_appendix_and_its_table_after_the_key_tables_are_not_read(tmp_path):
    """Outside round 129: 附：常用期限对照 and a headerless table below the key's last table: the table's rows were
    read as lines of the key, refusing the whole last part as corrected."""
    report = _paper_with_key_table(tmp_path, "a.docx", ROUND_127_PAPER, [*ROUND_127_KEYS, "附：常用期限对照",
                                                                        [("1", "十五日"), ("2", "六十日")]])
    assert len(report.questions) == 14 and not report.problems and \
        any("read as an appendix" in str(n) for n in report.notes), [str(p) for p in report.problems]


@pytest.mark.parametrize("title", ["附表", "附表1", "附表：常用期限", "附表一 常用期限对照"])
def test_keys_an_appendix_table_titled_附表_after_the_key_is_not_read(tmp_path, title):
    """Outside round 129 (not changed then): 附表 alone above a table below the key was taken as the table's
    caption, its rows refusing the key's last part; it titles an appendix (附：… did already)."""
    report = _paper_with_key_table(tmp_path, "a.docx", ROUND_127_PAPER, [*ROUND_127_KEYS, title,
                                                                        [("1", "十五日"), ("2", "六十日")]])
    assert len(report.questions) == 14 and not report.problems and \
        any("read as an appendix" in str(n) for n in report.notes), [str(p) for p in report.problems]
    corrected = _paper_with_key_table(tmp_path, "c.docx", ROUND_127_PAPER, [*ROUND_127_KEYS, "附表：答案更正",
                                                                           [("3", "三十日")]])
    assert "期限3为____日。" not in {q.stem for q in corrected.questions}, [str(p) for p in corrected.problems]


def test_keys_round_130_a_key_cells_later_paragraphs_are_stored_as_written(tmp_path):
    """Outside round 130: a key table cell's second paragraph 第三题的情形应当听证。 was stored as 3. 的情形应当听证。,
    exit 0 (the line's marks made usual, as a question's would be)."""
    paper = ["一、简答题", "1. 简述听证。", "2. 简述告知。", "参考答案"]
    report = _paper_with_key_table(tmp_path, "c.docx", paper, [[("题号", "答案"), ("1", "要点：\n第三题的情形应当听证。"),
                                                                 ("2", "第一，合法；\n第二题所述情形除外。")]])
    assert [q.answer for q in report.questions] == [("要点：\n第三题的情形应当听证。",), ("第一，合法；\n第二题所述情形除外。",)] \
        and not report.problems, [str(p) for p in report.problems]


@pytest.mark.parametrize("cell3, cell5, refused, kept", [
    ("B\n注：本题应选D。", "A", {"甲3"}, {}),                      # the explanation says another letter
    ("B", "A 注：第3题应为D。", {"甲3"}, {"甲5": (("A",), "")}),     # a correction after the letter: left out
    ("B\n解析：原答案有误，应为D。", "A", {"甲3"}, {}),
    ("B 本题答案有误，应为D。", "A", {"甲3"}, {}),
    ("B\n解析：本题应选B，因为…", "A", set(), {"甲3": (("B",), "本题应选B，因为…")}),   # its own letter: explained
    # round 134: letters not chosen, 应是对… (no mark) are explanations
    ("B\n解析：考生易误选D，不应选D。", "A", set(), {"甲3": (("B",), "考生易误选D，不应选D。")}),
    ("B\n解析：C项错误，不应选C，正确答案是B。", "A", set(), {}),
])
def test_keys_round_133_a_correction_in_a_letters_cell_is_refused(tmp_path, cell3, cell5, refused, kept):
    """Outside round 133: a correction in a key table's letter cell (B / 注：本题应选D。, A 注：第3题应为D。, 解析：原答案
    有误，应为D。) was stored as the entry's explanation, the letter kept, exit 0."""
    paper = ["一、单项选择题", *[line for n in range(1, 6) for line in (f"{n}. 甲{n}（ ）。", "A. 甲 B. 乙 C. 丙 D. 丁")],
             "二、简答题", "1. 简述听证。", "参考答案", "一、单项选择题"]
    report = _paper_with_key_table(tmp_path, "l.docx", paper, [
        [("题号", "答案"), ("1", "A"), ("2", "B"), ("3", cell3), ("4", "D"), ("5", cell5)], "二、简答题",
        [("题号", "答案"), ("1", "要点：听证。")]])
    stems = {q.stem.removesuffix("（ ）。"): q for q in report.questions}
    assert set(stems) == {f"甲{n}" for n in range(1, 6)} - refused | {"简述听证。"}, [str(p) for p in report.problems]
    assert all((stems[k].answer, stems[k].explanation) == v for k, v in kept.items())
    assert bool(report.problems) == bool(refused)


@pytest.mark.parametrize("cell, refused", [
    ("要点：告知。\n附注：第3题应为D。", {"简述回避。"}),
    ("要点：告知。\n注：原第3题答案B应为D。", {"简述回避。"}),
    ("要点：告知。\n注：Q3应为D。", {"简述回避。"}),
    ("要点：告知。\n注：3. 应为D。", {"简述回避。"}),
    ("要点：告知。\n注：上题答案应为：听证。", {"简述听证。"}),
    ("要点：告知。\n注：下一题答案应为：回避。", {"简述回避。"}),
    ("要点：告知。\n本题答案有误，正确答案见教材。", {"简述告知。"}),
    ("要点：告知。\n（本题答案已更正）", {"简述告知。"}),
    ("要点：告知。\n原答案有误，以此为准。", {"简述告知。"}),
    ("要点：告知。（注：第3题应选D。）", {"简述告知。", "简述回避。"}),    # inside the answer's words
    ("注：第3题应选D。\n要点：告知。", {"简述告知。", "简述回避。"}),     # as its first paragraph
    ("要点：告知。\n注意：告知应当书面作出。", set()),                    # an answer's own 注意
    # round 138: more wordings, and a short answer's own openings
    ("要点：告知。\n第3题答案订正为A。", {"简述回避。"}),
    ("要点：告知。\n第3题：A（原答案B有误）", {"简述回避。"}),
    ("要点：告知。\n勘误：3.A", {"简述回避。"}),
    ("要点：告知。\n第三题答案应该是A。", {"简述回避。"}),
    ("本题答案应为以下两项：\n要点：告知。", set()),
    ("第1小题答案为：告知。\n第2小题答案为：听证。", set()),
])
def test_keys_round_133_corrections_in_a_written_answers_cell(tmp_path, cell, refused):
    """Outside round 133: corrections in a key cell under other labels (附注, 注：原…, Q3, 注：3.), naming the entry above
    or below (上题, 下一题), or the row's own (本题答案有误, 原答案有误), or inside the answer's words, were stored as
    its answer's lines, exit 0."""
    paper = ["一、简答题", "1. 简述听证。", "2. 简述告知。", "3. 简述回避。", "参考答案"]
    report = _paper_with_key_table(tmp_path, "w.docx", paper, [[("题号", "答案"), ("1", "要点：听证。"), ("2", cell),
                                                                 ("3", "要点：回避。")]])
    assert {q.stem for q in report.questions} == {"简述听证。", "简述告知。", "简述回避。"} - refused, \
        [str(p) for p in report.problems]
    assert bool(report.problems) == bool(refused)
    assert not refused or all(q.answer == ("要点：告知。",) for q in report.questions if q.stem == "简述告知。"), \
        report.questions


@pytest.mark.parametrize("cell, refused", [
    ("要点：告知。\n注：第3题应选D。", {"简述回避。"}),          # names another question: that one
    ("要点：告知。\n更正：本题应为：告知并听证。", {"简述告知。"}),   # names none: this row's
    ("要点：告知。\n解析：见第5条。\n说明：单选第3题正确答案为B", {"简述回避。"}),   # in the explanation too
    ("要点：告知。\n第三题的情形应当听证。", set()),                 # an answer's own words (round 130)
])
def test_keys_a_correction_inside_a_key_cell_refuses_what_it_names(tmp_path, cell, refused):
    """Outside rounds 130 and 131 (not changed then): a correction written as a key table cell's later paragraph
    was stored as that cell's words, the question it corrects kept, exit 0. It is refused with the questions it
    names now (this row's when it names none), the row's answer stored without it."""
    paper = ["一、简答题", "1. 简述听证。", "2. 简述告知。", "3. 简述回避。", "参考答案"]
    report = _paper_with_key_table(tmp_path, "c.docx", paper, [[("题号", "答案"), ("1", "要点：听证。"), ("2", cell),
                                                                 ("3", "要点：回避。")]])
    stems = {"简述听证。", "简述告知。", "简述回避。"}
    assert {q.stem for q in report.questions} == stems - refused, [str(p) for p in report.problems]
    assert bool(report.problems) == bool(refused), [str(p) for p in report.problems]
    told = next((q for q in report.questions if q.stem == "简述告知。"), None)
    if told is not None and refused:
        assert told.answer == ("要点：告知。",), told.answer


@pytest.mark.parametrize("cell, answer", [
    ("15\n注：也可填“15个工作日”。", None),        # a remark on a line of the blank's answer: refused
    ("15\n（或：十五）", None),                     # an alternative on its own line: refused (| is the way)
    ("15|十五", ("15|十五",)),
])
def test_keys_round_133_a_fill_ins_answer_on_several_lines_is_refused(tmp_path, cell, answer):
    """Outside round 133: a fill-in's key cell of two paragraphs was stored whole as its one blank's answer (15 and a
    remark below it), which no learner's typed answer matches, exit 0."""
    paper = ["一、填空题", "1. 当事人应当自收到决定书之日起____日内缴纳罚款。", "2. 行政处罚的种类有____、____和____。", "参考答案"]
    report = _paper_with_key_table(tmp_path, "f.docx", paper, [[("题号", "答案"), ("1", cell), ("2", "警告；罚款；没收违法所得")]])
    one = [q.answer for q in report.questions if q.stem.startswith("当事人")]
    assert one == ([answer] if answer else []) and bool(report.problems) == (answer is None), \
        [str(p) for p in report.problems]


@pytest.mark.parametrize("cell, kept", [
    ("1.警告 2.罚款 3.没收违法所得", True), ("1、警告；2、罚款；3、没收违法所得", True),
    # a line each is refused, said as lines (round 134: read a blank a line, （顺序可颠倒） below two blanks' answers
    # was stored as the second blank's)
    ("警告\n罚款\n没收违法所得", False), ("行政复议、行政诉讼、警告\n（顺序可颠倒）", False),
])
def test_keys_round_133_a_fill_ins_blanks_numbered_lose_their_numbers(tmp_path, cell, kept):
    """Outside round 133: three blanks' answers numbered 1. 2. 3. in a key cell were stored with their numbers
    (① and （1） were taken off already)."""
    paper = ["一、填空题", "1. 行政处罚的种类有____、____和____。", "参考答案"]
    report = _paper_with_key_table(tmp_path, "f.docx", paper, [[("题号", "答案"), ("1", cell)]])
    assert [q.answer for q in report.questions] == ([("警告", "罚款", "没收违法所得")] if kept else []), \
        [str(p) for p in report.problems]
    assert kept or report.problems, [str(p) for p in report.problems]


def test_keys_round_141_a_key_tables_explanation_column_is_each_rows_explanation(tmp_path):
    """Outside round 141 (older): a key table 题号 | 答案 | 解析 was refused whole ("could not be read"), the
    questions then refused as unanswered; each row's 解析 cell is its explanation now, read as a cell's 解析：
    paragraph is, so one saying another answer is refused by name."""
    paper = ["一、单项选择题", "1. 我国的根本大法是（ ）。", "A. 宪法  B. 刑法", "2. 复议期限为（ ）。", "A. 15日  B. 60日",
             "二、简答题", "3. 简述法治。", "参考答案"]
    rows = [("题号", "答案", "解析"), ("1", "A", "宪法是根本大法。"), ("2", "B", ""), ("3", "良法善治。", "见教材第3章。\n另见第5条。")]
    report = _paper_with_key_table(tmp_path, "k.docx", paper, [rows])
    assert [(q.answer, q.explanation) for q in report.questions] == [
        (("A",), "宪法是根本大法。"), (("B",), ""), (("良法善治。",), "见教材第3章。\n另见第5条。")] and not report.problems, \
        [str(p) for p in report.problems]
    corrected = _paper_with_key_table(tmp_path, "c.docx", paper, [[*rows[:2], ("2", "B", "本题答案A"), rows[3]]])
    assert [q.stem for q in corrected.questions] == ["我国的根本大法是（ ）。", "简述法治。"] and \
        "question 2: a correction inside the answer key's entries" in " ".join(str(p) for p in corrected.problems)


@pytest.mark.parametrize("header, said", [(("题号", "答案", "解析", "更正"), "D"), (("题号", "答案", "备注"), "原答案有误，应为D"),
                                          (("题号", "答案", "解析", "备注"), "答案应为D")])
def test_keys_round_142_a_key_tables_column_correcting_an_answer_refuses_the_table(tmp_path, header, said):
    """Outside round 142 (new with a 解析 column, older with 备注): a column correcting the answers (更正, or a 备注
    saying 答案应为D) was left unread with a note, the answer it corrects stored, exit 0. Such a table is refused,
    the message naming that column's kind; a 备注 of other words stays a note."""
    paper = ["一、单项选择题", "1. 甲（ ）。", "A. 甲  B. 乙  C. 丙  D. 丁", "2. 乙（ ）。", "A. 甲  B. 乙  C. 丙  D. 丁", "参考答案"]
    fill = [""] * (len(header) - 3)
    rows = [header, ("1", "A", *fill, ""), ("2", "A", *fill, said)]
    report = _paper_with_key_table(tmp_path, "k.docx", paper, [rows])
    assert not report.questions and "a column correcting the answers" in " ".join(str(p) for p in report.problems)
    plain = _paper_with_key_table(tmp_path, "p.docx", paper, [[header, ("1", "A", *fill, ""), ("2", "A", *fill, "第2条")]])
    assert len(plain.questions) == 2 and not plain.problems if "更正" not in header else not plain.questions


@pytest.mark.parametrize("header, said", [(("题号", "答案", "备注"), "D"), (("题号", "答案", "备注"), "有误，选D"),
                                          (("题号", "原答案", "正确答案"), "D")])
def test_keys_round_143_a_remark_cell_of_another_answer_or_a_right_answer_column_refuses_the_table(tmp_path, header, said):
    """Outside round 143 (older): a 备注 cell of a bare letter or 有误，选D, or a 正确答案 column beside 原答案, was left
    unread with a note and the answer it corrects stored, exit 0."""
    paper = ["一、单项选择题", "1. 甲（ ）。", "A. 甲  B. 乙  C. 丙  D. 丁", "2. 乙（ ）。", "A. 甲  B. 乙  C. 丙  D. 丁", "参考答案"]
    first = "A" if "正确答案" in header else ""
    report = _paper_with_key_table(tmp_path, "k.docx", paper, [[header, ("1", "A", first), ("2", "C", said)]])
    assert not report.questions and "a column correcting the answers" in " ".join(str(p) for p in report.problems)


def test_keys_round_143_an_excel_true_false_answered_by_letter_is_checked_as_its_option(tmp_path):
    """Outside round 143 (older): 判断题 rows with 正确 | 错误 as options A | B, answered B, and an explanation opening
    with 正确。, were stored false, exit 0."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["题型", "题干", "选项A", "选项B", "答案", "解析"])
    ws.append(["判断题", "宪法是国家的根本法。", "正确", "错误", "B", "正确。宪法具有最高法律效力。"])
    ws.append(["判断题", "国务院是最高国家权力机关。", "正确", "错误", "B", "错误。国务院是最高国家行政机关。"])
    wb.save(tmp_path / "tf.xlsx")
    report = read_bank(tmp_path / "tf.xlsx", "b")
    assert [q.stem for q in report.questions] == ["国务院是最高国家权力机关。"] and \
        "explanation says another answer" in " ".join(str(p) for p in report.problems), [str(p) for p in report.problems]
