"""Word banks that mark the right options in colour (标红) or by highlighting, with no 答案 line (issue 16):
the coloured options are the answer, and the report says which questions were read that way; a colour
on every option marks nothing; an 答案 line always wins over a colour."""
from __future__ import annotations

import docx
import docx.enum.text
import docx.shared

from examcore.banks import read_bank
from examcore.questions import QuestionType

RED, BLUE = docx.shared.RGBColor(0xFF, 0, 0), docx.shared.RGBColor(0x1F, 0x38, 0x64)


def _line(document, runs) -> None:
    paragraph = document.add_paragraph()
    for text, how in runs:
        run = paragraph.add_run(text)
        if how == "red":
            run.font.color.rgb = RED
        elif how == "blue":
            run.font.color.rgb = BLUE
        elif how == "yellow":
            run.font.highlight_color = docx.enum.text.WD_COLOR_INDEX.YELLOW


def test_options_written_in_colour_are_the_answer_when_none_is_given(tmp_path):
    document = docx.Document()
    _line(document, [("一、单项选择题", "")])
    _line(document, [("1. 我国的根本法是（ ）。", "")])
    _line(document, [("A. ", ""), ("宪法", "red")])           # the option's text in red, its letter not
    _line(document, [("B. 刑法", "")])
    _line(document, [("C. 民法典", "")])
    _line(document, [("2. 全国人民代表大会每届任期（ ）。", "")])
    _line(document, [("A. 三年    ", ""), ("B. 五年", "yellow"), ("    C. 十年", "")])   # several on one line
    _line(document, [("二、多项选择题", "")])
    _line(document, [("1. 下列属于法律的有（ ）。", "")])
    _line(document, [("A. 宪法    ", ""), ("B. 刑法", "red"), ("    C. 某市规定    ", ""), ("D. 民法典", "red")])
    _line(document, [("2. 颜色一样的选项（ ）。", "")])          # every option blue: the document's colour
    for letter in "ABC":
        _line(document, [(f"{letter}. 选项{letter}", "blue")])
    _line(document, [("3. 答案行优先（ ）。", "")])
    _line(document, [("A. 甲", "red"), ("    B. 乙    C. 丙", "")])
    _line(document, [("答案：BC", "")])
    path = tmp_path / "marked.docx"
    document.save(path)
    report = read_bank(path, "b")
    got = {q.stem: (q.type, q.answer) for q in report.questions}
    assert got == {"我国的根本法是（ ）。": (QuestionType.SINGLE, ("A",)),
                   "全国人民代表大会每届任期（ ）。": (QuestionType.SINGLE, ("B",)),
                   "下列属于法律的有（ ）。": (QuestionType.MULTIPLE, ("B", "D")),
                   "答案行优先（ ）。": (QuestionType.MULTIPLE, ("B", "C"))}, got
    [refused] = report.problems   # all alike: nothing marked, and said as a missing answer
    assert "no answer" in str(refused.message)
    [note, apart] = [n for n in report.notes if "标红" in str(n.message)]
    assert "3 question(s)" in str(note.message), note.message
    # the answer line was taken over the red option A, and said (an outside tester, issue 16: not a word)
    assert "1 question(s) have options written in colour (标红) that are not the answer written" in \
        str(apart.message) and "paragraph(s) 15" in str(apart.message), apart.message


def test_near_black_and_grey_are_no_colour(tmp_path):
    """Word's 黑色，淡色15% (262626) looks black: two options in it were taken as a multiple choice's marked answer
    (issue 16, an outside tester). Greys mark nothing; the question has no answer and is refused by name."""
    document = docx.Document()
    _line(document, [("一、多项选择题", "")])
    _line(document, [("1. 下列属于法律的有（ ）。", "")])
    for letter, grey in (("A", 0x26), ("B", None), ("C", 0x59), ("D", None)):
        paragraph = document.add_paragraph()
        run = paragraph.add_run(f"{letter}. 选项{letter}")
        if grey is not None:
            run.font.color.rgb = docx.shared.RGBColor(grey, grey, grey)
    document.save(tmp_path / "grey.docx")
    report = read_bank(tmp_path / "grey.docx", "b")
    assert report.questions == [] and "no answer" in str(report.problems[0].message)


def test_a_pasted_links_blue_and_underline_is_no_answers_mark(tmp_path):
    """A web link pasted into an option keeps its blue and underline as direct formatting: it marked the
    option as a right answer beside the red one (issue 16, outside round fourteen)."""
    import docx
    from docx.shared import RGBColor

    from examcore.banks import read_bank
    document = docx.Document()
    document.add_paragraph("一、选择题")
    document.add_paragraph("1. 中国政府网的网址是（ ）。")
    red = document.add_paragraph("A. ").add_run("www.gov.cn")
    red.font.color.rgb = RGBColor(0xFF, 0, 0)
    link = document.add_paragraph("B. ").add_run("www.gov.com")
    link.font.color.rgb, link.font.underline = RGBColor(0x05, 0x63, 0xC1), True
    for line in ("C. 政府网", "D. 以上都不是"):
        document.add_paragraph(line)
    document.save(tmp_path / "link.docx")
    report = read_bank(tmp_path / "link.docx", "b")
    assert [(q.type.value, q.answer) for q in report.questions] == [("single", ("A",))], report.problems
