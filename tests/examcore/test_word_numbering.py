"""The numbers Word draws in front of list paragraphs, read from numbering.xml as Word shows them (issue 16):
options lettered by Word (A. B. C.), statements ① ② in a stem, headings 一、 二、, stems 1. 2. — and the
traps: one list counting on through another instance of the same definition (E. F. for a second
question's options), a restart by a start override, levels that reset the ones below them."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import docx
from docx.oxml import parse_xml

from examcore.banks import read_bank
from examcore.banks.word_numbering import WordNumbering

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _numbering(abstracts: dict[str, list[tuple[str, str]]], nums: dict[str, tuple[str, dict[int, int]]]) -> str:
    """numbering.xml: abstract id -> [(numFmt, lvlText) per level]; numId -> (abstract id, start overrides)."""
    out = f'<w:numbering xmlns:w="{W}">'
    for aid, levels in abstracts.items():
        out += f'<w:abstractNum w:abstractNumId="{aid}">' + "".join(
            f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
            for n, (fmt, text) in enumerate(levels)) + "</w:abstractNum>"
    for nid, (aid, overrides) in nums.items():
        out += f'<w:num w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>' + "".join(
            f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
            for lvl, start in overrides.items()) + "</w:num>"
    return out + "</w:numbering>"


def test_labels_count_as_word_counts():
    numbering = WordNumbering(ET.fromstring(_numbering(
        {"1": [("upperLetter", "%1."), ("decimal", "%1.%2")], "2": [("chineseCounting", "%1、")],
         "3": [("decimalEnclosedCircle", "%1")], "4": [("bullet", "•")]},
        {"1": ("1", {}), "2": ("1", {}), "3": ("1", {0: 1}), "4": ("2", {}), "5": ("3", {}), "6": ("4", {})})))
    assert [numbering.label("1", 0) for _ in range(2)] == ["A.", "B."]
    assert numbering.label("2", 0) == "C."                     # another instance of the same list: counts on
    assert [numbering.label("3", 0), numbering.label("3", 0)] == ["A.", "B."]   # a start override: again
    assert [numbering.label("3", 1), numbering.label("3", 1), numbering.label("3", 0), numbering.label("3", 1)] == \
        ["B.1", "B.2", "C.", "C.1"]                            # a level resets the ones below it
    assert [numbering.label("4", 0) for _ in range(11)][9:] == ["十、", "十一、"]
    assert numbering.label("5", 0) == "①"
    assert numbering.label("6", 0) == "•" and numbering.label("99", 0) is None   # a bullet (drawn •), no such list
    hostile = WordNumbering(ET.fromstring(_numbering({"1": [("upperLetter", "%1.")]}, {"1": ("1", {0: 10 ** 9})})))
    assert hostile.label("1", 0) is None   # a start a thousand million deep: no label, no string that long


def _document(tmp_path, numbering: str, paragraphs: list[tuple[str, str | None]]):
    """A .docx whose paragraphs (text, numId or None) use this numbering.xml."""
    document = docx.Document()
    for text, num in paragraphs:
        paragraph = document.add_paragraph(text)
        if num:
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr xmlns:w="{W}"><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))
    part = document.part.numbering_part
    part._element = parse_xml(numbering)   # python-docx keeps the part's XML here
    document.save(tmp_path / "n.docx")
    return read_bank(tmp_path / "n.docx", "b")


def test_a_bank_lettered_and_numbered_by_word_reads_as_the_page_shows(tmp_path):
    numbering = _numbering({"1": [("upperLetter", "%1.")], "2": [("decimalEnclosedCircle", "%1")],
                            "3": [("decimal", "%1.")]},
                           {"1": ("1", {}), "2": ("1", {0: 1}), "3": ("2", {}), "4": ("3", {})})
    report = _document(tmp_path, numbering, [
        ("一、单项选择题", None), ("我国的根本法是（ ）", "4"), ("宪法", "1"), ("刑法", "1"), ("答案：A", None),
        ("下列说法正确的是（ ）", "4"), ("宪法是根本法", "3"), ("法律高于宪法", "3"),
        ("①", "2"), ("①②", "2"), ("答案：A", None)])
    got = [(q.stem, [o.text for o in q.options], q.answer) for q in report.questions]
    assert got == [("我国的根本法是（ ）", ["宪法", "刑法"], ("A",)),
                   ("下列说法正确的是（ ）\n① 宪法是根本法\n② 法律高于宪法", ["①", "①②"], ("A",))], report.problems
    # the second question's options in the first list's instance: Word shows C. D., and so does the reader
    shown = _document(tmp_path, numbering, [
        ("一、单项选择题", None), ("我国的根本法是（ ）", "4"), ("宪法", "1"), ("刑法", "1"), ("答案：A", None),
        ("全国人大每届任期（ ）", "4"), ("五年", "1"), ("四年", "1"), ("答案：A", None)])
    assert [q.stem for q in shown.questions] == ["我国的根本法是（ ）"]
    assert "'C. 五年': options must go on in order" in str(shown.problems[0]), shown.problems


def test_a_level_that_never_starts_again_counts_on_through_the_levels_above():
    """第%1章 over 第%2条 with w:lvlRestart 0 (articles number through the chapters, as a statute's do): the
    articles were numbered 第一条, 第二条, 第一条 (an outside tester, issue 22)."""
    xml = (f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="1">'
           '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>'
           '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="chineseCounting"/>'
           '<w:lvlText w:val="第%2条"/></w:lvl>'
           '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:lvlRestart w:val="1"/><w:numFmt w:val="decimal"/>'
           '<w:lvlText w:val="%3."/></w:lvl></w:abstractNum>'
           '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    numbering = WordNumbering(ET.fromstring(xml))
    shown = [numbering.label("1", level) for level in (0, 1, 1, 2, 1, 2, 0, 1, 2)]
    # level 2 starts again only after a chapter (level 1, 1-based), not after each article
    assert shown == ["第一章", "第一条", "第二条", "1.", "第三条", "2.", "第二章", "第四条", "1."]


def test_a_letter_or_number_typed_after_the_one_word_draws_is_read_once(tmp_path):
    """Word drew "B." and the author typed "B．" too: the option read "B. B．乙" and was refused or kept
    with the letter in its text (an outside tester, issue 16). A stray 、 after a typed number ("2.、") is
    no part of the stem either."""
    numbering = _numbering({"1": [("upperLetter", "%1.")], "3": [("decimal", "%1.")]},
                           {"1": ("1", {}), "4": ("3", {})})
    report = _document(tmp_path, numbering, [
        ("一、单项选择题", None), ("1．我国的根本法是（ ）", "4"), ("A．宪法", "1"), ("B、刑法", "1"), ("答案：A", None),
        ("2.、全国人大每届任期（ ）", None), ("A. 五年", None), ("B. 四年", None), ("答案：A", None)])
    got = [(q.stem, [o.text for o in q.options]) for q in report.questions]
    assert got == [("我国的根本法是（ ）", ["宪法", "刑法"]), ("全国人大每届任期（ ）", ["五年", "四年"])], \
        report.problems
