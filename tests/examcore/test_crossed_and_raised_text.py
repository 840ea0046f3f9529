"""Text formatting that carries meaning survives every reader or refuses its question (issue 16): words
struck through (下列说法<del>正确</del>错误的是) cannot be shown struck through, so the question is refused and
the words named, never imported as plain text that says the opposite; superscript and subscript
(10<sup>3</sup>, H<sub>2</sub>O) read as 10³ and H₂O, never 103 and H2O, in Word, Moodle XML, GIFT and QTI."""
from __future__ import annotations

import docx
import docx.enum.text
import docx.shared
import pytest

from examcore.banks import read_bank
from examcore.banks.gift import read_gift
from examcore.banks.moodle_xml import read_moodle_xml
from examcore.banks.qti import read_qti
from tests.examcore.test_qti import item21


def _word(tmp_path, runs_of_stem):
    document = docx.Document()
    document.add_paragraph("一、单项选择题")
    stem = document.add_paragraph("1. ")
    for text, how in runs_of_stem:
        run = stem.add_run(text)
        run.font.strike = how == "strike"
        run.font.superscript = how == "sup"
        run.font.subscript = how == "sub"
        run.font.underline = how == "underline"
        if how in ("white", "white on yellow"):
            run.font.color.rgb = docx.shared.RGBColor(0xFF, 0xFF, 0xFF)
        if how == "white on yellow":
            run.font.highlight_color = docx.enum.text.WD_COLOR_INDEX.YELLOW
    for line in ("A. 对", "B. 错", "答案：A"):
        document.add_paragraph(line)
    path = tmp_path / "bank.docx"
    document.save(path)
    return read_bank(path, "b")


def test_word_struck_through_words_refuse_their_question_by_name(tmp_path):
    report = _word(tmp_path, [("下列说法", ""), ("正确", "strike"), ("错误的是（ ）", "")])
    assert report.questions == [] and len(report.problems) == 1, report.problems
    message = report.problems[0].message
    assert "struck-through text “正确”" in message and "is not in the file" not in message, message


def test_word_superscript_and_subscript_keep_their_meaning(tmp_path):
    report = _word(tmp_path, [("罚款10", ""), ("3", "sup"), ("元以下，H", ""), ("2", "sub"), ("O（ ）", "")])
    [q] = report.questions
    assert q.stem == "罚款10³元以下，H₂O（ ）", q.stem


def test_word_underlined_spaces_are_the_blank_word_shows(tmp_path):
    """A line to write on is typed as underlined spaces (or an underlined tab, or ideographic spaces) in
    Word banks: it is the blank, ____, never spaces that say nothing (issue 16)."""
    report = _word(tmp_path, [("下列", ""), ("\u3000\u3000\u3000", "underline"), ("是根本法（ ）", "")])
    assert [q.stem for q in report.questions] == ["下列____是根本法（ ）"]
    tab = _word(tmp_path, [("全国人大每届任期", ""), ("\t", "underline"), ("年", "")])
    assert [q.stem for q in tab.questions] == ["全国人大每届任期____年"]
    # underlined words stay words; spaces that are not underlined stay spaces
    kept = _word(tmp_path, [("下列", ""), ("宪法", "underline"), ("  是根本法（ ）", "")])
    assert [q.stem for q in kept.questions] == ["下列宪法  是根本法（ ）"]


def test_word_white_words_refuse_their_question_and_white_on_a_highlight_is_read(tmp_path):
    report = _word(tmp_path, [("下列说法", ""), ("不", "white"), ("正确的是（ ）", "")])
    assert report.questions == [] and "white text “不”" in report.problems[0].message, report.problems
    seen = _word(tmp_path, [("下列说法", ""), ("不", "white on yellow"), ("正确的是（ ）", "")])
    assert [q.stem for q in seen.questions] == ["下列说法不正确的是（ ）"], seen.problems


def test_a_word_fill_in_with_an_underlined_blank_is_read_as_a_blank(tmp_path):
    document = docx.Document()
    document.add_paragraph("一、填空题")
    stem = document.add_paragraph("1. 全国人民代表大会每届任期")
    stem.add_run("      ").font.underline = True
    stem.add_run("年。")
    document.add_paragraph("答案：五")
    document.save(tmp_path / "fill.docx")
    report = read_bank(tmp_path / "fill.docx", "b")
    assert [(q.stem, q.answer) for q in report.questions] == [("全国人民代表大会每届任期____年。", ("五",))]
    assert not report.problems


def _moodle(text: str) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?><quiz><question type="multichoice">
      <questiontext format="html"><text><![CDATA[{text}]]></text></questiontext><single>true</single>
      <answer fraction="100"><text>对</text></answer><answer fraction="0"><text>错</text></answer>
    </question></quiz>""".encode()


def test_moodle_and_gift_struck_through_words_refuse_their_question():
    for tag in ("del", "s", "strike"):
        report = read_moodle_xml(_moodle(f"下列说法<{tag}>正确</{tag}>错误的是"), "q.xml", "b")
        assert report.questions == [] and "struck-through text “正确”" in report.problems[0].message, tag
    report = read_gift("::q1::[html]下列说法<del>正确</del>错误的是{=对 ~错}", "q.gift", "b")
    assert report.questions == [] and "struck-through text “正确”" in report.problems[0].message
    kept = read_moodle_xml(_moodle("罚款10<sup>3</sup>元，H<sub>2</sub>O"), "q.xml", "b")
    assert kept.questions[0].stem == "罚款10³元，H₂O" and kept.notes == []


def test_raised_text_without_a_character_of_its_own_is_kept_marked_and_said():
    report = read_moodle_xml(_moodle("第10<sup>甲</sup>条，a<sub>(n+1)</sub>"), "q.xml", "b")
    assert report.questions[0].stem == "第10^(甲)条，a_((n+1))"
    assert [n.message.split(":")[0] for n in report.notes] == ["shown as ^(甲), _((n+1))"]


def _qti(body: str) -> bytes:
    return item21("q1", f"""<p>{body}</p>
      <choiceInteraction responseIdentifier="R" maxChoices="1">
        <simpleChoice identifier="a">对</simpleChoice><simpleChoice identifier="b">错</simpleChoice>
      </choiceInteraction>""", """<responseDeclaration identifier="R" cardinality="single" baseType="identifier">
        <correctResponse><value>a</value></correctResponse></responseDeclaration>""")


def test_qti_struck_through_words_refuse_and_raised_text_is_kept():
    report = read_qti(_qti("下列说法<del>正确</del>错误的是"), "q.xml", "b")
    assert report.questions == [] and "struck-through text “正确”" in report.problems[0].message, report.problems
    kept = read_qti(_qti("罚款10<sup>3</sup>元，H<sub>2</sub>O"), "q.xml", "b")
    assert kept.questions[0].stem == "罚款10³元，H₂O", kept.questions[0].stem


def test_word_formulas_charts_and_drawn_shapes_refuse_their_question_by_name(tmp_path):
    """An equation (插入 → 公式), a chart, a drawn shape or a VML line in a stem was dropped without a word:
    计算  的结果是 (found by an outside tester). Each refuses its question, named."""
    from lxml import etree
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"')
    drawing = ('<w:r {ns}><w:drawing><wp:inline><wp:extent cx="914400" cy="457200"/><wp:docPr id="5" name="x"/>'
               '<a:graphic><a:graphicData uri="u">{inner}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    cases = {"a formula": f'<m:oMath {ns}><m:f><m:num><m:r><m:t>1</m:t></m:r></m:num>'
                          '<m:den><m:r><m:t>2</m:t></m:r></m:den></m:f></m:oMath>',
             "a chart": drawing.format(ns=ns, inner='<c:chart r:id="rIdX"/>'),
             "a drawing (a shape)": drawing.format(ns=ns, inner='<wps:wsp><wps:spPr/><wps:bodyPr/></wps:wsp>'),
             "a drawing": f'<w:r {ns}><w:pict><v:line from="0,0" to="100pt,0"/></w:pict></w:r>',
             # issue 16: an EQ field (a formula drawn from its code), a footnote whose text is elsewhere
             "a formula ": f'<w:r {ns}><w:fldChar w:fldCharType="begin"/><w:instrText xml:space="preserve"> EQ \\f(1,2)'
                           '</w:instrText><w:fldChar w:fldCharType="end"/></w:r>',
             "a footnote": f'<w:r {ns}><w:footnoteReference w:id="1"/></w:r>'}
    for said, xml in cases.items():
        document = docx.Document()
        document.add_paragraph("一、单项选择题")
        stem = document.add_paragraph("1. 计算")
        stem._p.append(etree.fromstring(xml))
        stem.add_run("的结果是（ ）。")
        for line in ("A. 甲", "B. 乙", "答案：A"):
            document.add_paragraph(line)
        document.save(tmp_path / "f.docx")
        report = read_bank(tmp_path / "f.docx", "b")
        assert report.questions == [] and said.strip() in report.problems[0].message, (said, report.problems)


def _excel(tmp_path, rows, shared: bool, styled=lambda ws: None):
    """A bank sheet with rich text, written by openpyxl (inline strings) or with its strings moved into
    xl/sharedStrings.xml as Excel and WPS write them."""
    import re
    import zipfile
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.append(["题型", "题干", "选项A", "选项B", "答案"])
    for row in rows:
        ws.append(row)
    styled(ws)
    path = tmp_path / ("shared.xlsx" if shared else "inline.xlsx")
    wb.save(path)
    if not shared:
        return path
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    strings = re.findall(r'<c r="([A-Z]+\d+)"([^>]*) t="inlineStr"><is>(.*?)</is></c>', sheet)
    for n, (ref, attrs, body) in enumerate(strings):
        sheet = sheet.replace(f'<c r="{ref}"{attrs} t="inlineStr"><is>{body}</is></c>',
                              f'<c r="{ref}"{attrs} t="s"><v>{n}</v></c>')
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    parts["xl/sharedStrings.xml"] = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                     + "".join(f"<si>{b}</si>" for _, _, b in strings) + "</sst>").encode()
    types = parts["[Content_Types].xml"].decode().replace("</Types>", (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sharedStrings+xml"/></Types>'))
    parts["[Content_Types].xml"] = types.encode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode().replace("</Relationships>", (
        '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'sharedStrings" Target="sharedStrings.xml"/></Relationships>'))
    parts["xl/_rels/workbook.xml.rels"] = rels.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("shared", [False, True])
def test_excel_struck_words_refuse_their_row_and_raised_runs_keep_their_meaning(tmp_path, shared):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Font
    rows = [["单选", CellRichText("面积为10", TextBlock(InlineFont(vertAlign="superscript"), "2"), "平方米的是（ ）"),
             "甲", "乙", "A"],
            ["单选", "依据哪部法律（ ）", CellRichText("宪法", TextBlock(InlineFont(strike=True), "刑法")), "民法典", "A"],
            ["单选", "水的化学式（ ）", CellRichText("H", TextBlock(InlineFont(vertAlign="subscript"), "2"), "O"),
             "CO", "A"],
            ["单选", "本题已作废（ ）", "甲", "乙", "A"]]

    def styled(ws):
        for cell in ws[5]:   # a whole row struck through: a withdrawn question, never imported as one
            cell.font = Font(strike=True)
        ws["C2"].font = Font(vertAlign="superscript")   # a whole cell raised: 甲 has no mark, so ^(甲)
    path = _excel(tmp_path, rows, shared, styled)
    report = read_bank(path, "b")
    kept = {q.stem: q for q in report.questions}
    assert set(kept) == {"面积为10²平方米的是（ ）", "水的化学式（ ）"}, report.problems
    assert [o.text for o in kept["水的化学式（ ）"].options] == ["H₂O", "CO"]
    problems = {p.row: p.message for p in report.problems}
    assert "“刑法”" in problems[3] and "struck-through" in problems[3] and "宪法" not in problems[3]
    assert "the row is struck through" in problems[5] and len(report.problems) == 2   # said once for the row
    assert [o.text for o in kept["面积为10²平方米的是（ ）"].options][0] == "^(甲)"


def test_word_text_a_style_hides_strikes_raises_or_numbers_is_read_as_word_shows_it(tmp_path):
    """Found by an outside tester: a character or paragraph style (and one based on it) that hides an
    answer note, strikes an option, raises m², or numbers the statements of a stem was ignored: the hidden
    answer reached the learner, a struck option came through plain, ① ② were lost (now drawn as Word draws
    them)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    doc = docx.Document()
    hidden = doc.styles.add_style("备注隐藏", WD_STYLE_TYPE.CHARACTER)
    hidden.font.hidden = True
    based = doc.styles.add_style("备注派生", WD_STYLE_TYPE.CHARACTER)
    based.base_style = hidden
    struck = doc.styles.add_style("作废段落", WD_STYLE_TYPE.PARAGRAPH)
    struck.font.strike = True
    lifted = doc.styles.add_style("上标字", WD_STYLE_TYPE.CHARACTER)
    lifted.font.superscript = True
    listed = doc.styles.add_style("陈述基础", WD_STYLE_TYPE.PARAGRAPH)
    numbering = doc.part.numbering_part.element   # a list in ① ② (Word's decimalEnclosedCircle)
    numbering.insert(0, docx.oxml.parse_xml(
        f'<w:abstractNum xmlns:w="{docx.oxml.ns.nsmap["w"]}" w:abstractNumId="91"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%1"/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(docx.oxml.parse_xml(f'<w:num xmlns:w="{docx.oxml.ns.nsmap["w"]}" w:numId="91">'
                                         '<w:abstractNumId w:val="91"/></w:num>'))
    num = OxmlElement("w:numPr")
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "91")
    num.append(num_id)
    listed.element.get_or_add_pPr().append(num)
    statement = doc.styles.add_style("陈述", WD_STYLE_TYPE.PARAGRAPH)
    statement.base_style = listed
    doc.add_paragraph("一、单项选择题")
    first = doc.add_paragraph("1. 宪法是国家的根本法")
    first.add_run("（出题人备注：答案为A）", style="备注派生")
    first.add_run("，面积单位 m")
    first.add_run("2", style="上标字")
    first.add_run(" 与此无关（ ）")
    for line in ("A. 对", "B. 错", "答案：A", "2. 下列说法正确的是（ ）"):
        doc.add_paragraph(line)
    doc.add_paragraph("宪法是根本法", style="陈述")
    for line in ("A. ①", "B. ②", "答案：A", "3. 依据哪部法律（ ）", "A. 宪法"):
        doc.add_paragraph(line)
    doc.add_paragraph("B. 刑法", style="作废段落")
    doc.add_paragraph("答案：A")
    doc.save(tmp_path / "styled.docx")
    report = read_bank(tmp_path / "styled.docx", "B")
    assert [q.stem for q in report.questions] == ["宪法是国家的根本法，面积单位 m² 与此无关（ ）",
                                                  "下列说法正确的是（ ）\n① 宪法是根本法"]   # its style's ①, drawn
    problems = {p.row: str(p) for p in report.problems}
    assert "struck-through text “B. 刑法”" in problems[11]   # (named at its question)
    assert "remove the strike-through" in problems[11] and "PNG" not in problems[11]   # said what to do
    assert any("hidden text" in str(n) for n in report.notes)


def test_word_styles_resolve_through_a_loop_or_a_long_chain_and_a_look_turned_off_stays_off():
    import xml.etree.ElementTree as ET

    from examcore.banks.word_docx import style_looks
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    chain = "".join(f'<w:style w:type="character" w:styleId="S{n}"><w:basedOn w:val="S{n + 1}"/></w:style>'
                    for n in range(5000))   # far past Python's recursion limit
    looks = style_looks(ET.fromstring(
        f'<w:styles xmlns:w="{w}"><w:style w:type="character" w:styleId="S5000"><w:rPr><w:vanish/></w:rPr></w:style>'
        f'{chain}<w:style w:type="character" w:styleId="A"><w:basedOn w:val="B"/></w:style>'
        f'<w:style w:type="character" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:strike/></w:rPr></w:style>'
        f'<w:style w:type="character" w:styleId="Off"><w:basedOn w:val="S0"/><w:rPr><w:vanish w:val="0"/></w:rPr>'
        f'</w:style></w:styles>'))
    assert looks.runs["S0"] == (True, None, None) and looks.runs["A"] == (None, True, None)
    assert looks.runs["Off"] == (False, None, None)


@pytest.mark.parametrize("shared", [False, True])
def test_excel_white_text_on_a_white_cell_refuses_its_row_and_on_a_colour_is_read(tmp_path, shared):
    """White words on a white cell are not seen in Excel (an answer hidden in the stem, a 不 that turns the
    statement round): the station would show them, so the row is refused with the words named; white on a
    coloured fill is seen and read (issue 16)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles import Color, Font, PatternFill
    rows = [["单选", CellRichText("下列说法", TextBlock(InlineFont(color="FFFFFF"), "不"), "正确的是（ ）"), "甲", "乙", "A"],
            ["单选", "根本法是（ ）", "宪法", "刑法", "A"],
            ["单选", "白底白字（ ）", "甲", "乙", "A"],
            ["单选", "黄底白字（ ）", "甲", "乙", "A"],
            ["单选", "主题白色（ ）", "甲", "乙", "A"]]

    def styled(ws):
        ws["E3"].font = Font(color="FFFFFFFF")                  # the answer hidden in white
        ws["C5"].font = Font(color="FFFFFF")
        ws["C5"].fill = PatternFill("solid", fgColor="FFFF00")  # seen: white on yellow
        ws["B6"].font = Font(color=Color(theme=0))              # 背景 1: white in every built-in theme
    report = read_bank(_excel(tmp_path, rows, shared, styled), "b")
    assert sorted(q.stem for q in report.questions) == ["白底白字（ ）", "黄底白字（ ）"], report.problems
    problems = {p.row: p.message for p in report.problems}
    assert sorted(problems) == [2, 3, 6]
    assert "text “不” in its cell's own colour (white on white" in problems[2]
    assert "text “A” in its" in problems[3] and "text “主题白色（ ）” in its" in problems[6]


def test_an_excel_conditional_format_that_strikes_or_whitens_refuses_the_columns_it_covers(tmp_path):
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill
    rows = [["单选", "根本法是（ ）", "宪法", "刑法", "A"], ["单选", "本题作废（ ）", "甲", "乙", "A"]]
    for font, said in ((Font(strike=True), "crosses out the cells B2:E10"), (Font(color="FFFFFF"), "white")):
        report = read_bank(_excel(tmp_path, rows, False, lambda ws: ws.conditional_formatting.add(
            "B2:E10", FormulaRule(formula=['$B2="本题作废（ ）"'], font=font))), "b")
        assert report.questions == [] and said in report.problems[0].message, report.problems
    # a rule that only colours the fill, or covers no column read, changes nothing
    for where, rule in (("B2:E10", FormulaRule(formula=["TRUE"], fill=PatternFill("solid", fgColor="FFFF00"))),
                        ("H2:H10", FormulaRule(formula=["TRUE"], font=Font(strike=True)))):
        report = read_bank(_excel(tmp_path, rows, False, lambda ws: ws.conditional_formatting.add(where, rule)), "b")
        assert len(report.questions) == 2 and not report.problems, (where, report.problems)


def test_word_phonetic_guides_are_left_out_and_said(tmp_path):
    """拼音指南 sets pinyin over characters (w:ruby): the base text is the question's, the guide is left out
    and said, never read into the stem as 宪xiàn法fǎ."""
    from lxml import etree
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    document.add_paragraph("一、单项选择题")
    stem = document.add_paragraph("1. 我国的根本法是")
    stem._p.append(etree.fromstring(f'<w:r {ns}><w:ruby><w:rubyPr/><w:rt><w:r><w:t>xiàn fǎ</w:t></w:r></w:rt>'
                                    '<w:rubyBase><w:r><w:t>宪法</w:t></w:r></w:rubyBase></w:ruby></w:r>'))
    stem.add_run("（ ）")
    for line in ("A. 对", "B. 错", "答案：A"):
        document.add_paragraph(line)
    document.save(tmp_path / "r.docx")
    report = read_bank(tmp_path / "r.docx", "b")
    assert [q.stem for q in report.questions] == ["我国的根本法是宪法（ ）"], report.problems
    assert [n.message for n in report.notes] == ["left out: phonetic guides (拼音指南) over the text in paragraph(s) 2"]
