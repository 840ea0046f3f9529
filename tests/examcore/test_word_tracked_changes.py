"""A Word bank with tracked changes (修订) read as its page shows it with every change accepted (issue 16, a
sixth outside round): the look a change recorded from before it (w:rPrChange, w:pPrChange) is not the look
now; what a change deleted (text, a symbol, a break, a whole paragraph) is not read and draws no number; a
list whose level is drawn otherwise in one instance (w:lvlOverride with its own w:lvl) is lettered so."""
from __future__ import annotations

import zipfile

from examcore.banks import read_bank
from tests.examcore.test_text_bank_layouts import _said

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
WHO = 'w:id="9" w:author="王科员" w:date="2026-01-01T00:00:00Z"'


def _p(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _run(text: str, look: str = "") -> str:
    return f'<w:r><w:rPr>{look}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _was(look: str) -> str:
    """A run's look before a tracked change: what Word keeps to show the change, not what it shows now."""
    return f"<w:rPrChange {WHO}><w:rPr>{look}</w:rPr></w:rPrChange>"


def _numbered(text: str, num_id: str, deleted: bool = False) -> str:
    mark = f"<w:rPr><w:del {WHO}/></w:rPr>" if deleted else ""
    content = f"<w:del {WHO}><w:r><w:delText>{text}</w:delText></w:r></w:del>" if deleted else _run(text)
    return f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>{mark}</w:pPr>{content}</w:p>'


def _docx(tmp_path, body: str, numbering: str | None = None):
    """A Word document of ``body`` (w:body's paragraphs), and ``numbering`` as word/numbering.xml."""
    import docx
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("x")
    document.save(plain)
    path = tmp_path / "bank.docx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode()
                data = (xml[:xml.index("<w:body>") + 8] + body + xml[xml.index("<w:sectPr"):]).encode()
            elif item.filename == "word/numbering.xml" and numbering is not None:
                data = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W}>{numbering}'
                        "</w:numbering>").encode()
            out.writestr(item, data)
    return path


def _lists(*kinds: tuple[str, str, str]) -> str:
    """abstractNum 1 decimal "%1.", and a w:num per (numId, start override, level drawn otherwise)."""
    level = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl>'
    nums = "".join(
        f'<w:num w:numId="{n}"><w:abstractNumId w:val="1"/>' + (
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/>'
            + (level.format(fmt=fmt) if fmt else "") + "</w:lvlOverride>" if start else "") + "</w:num>"
        for n, start, fmt in kinds)
    return f'<w:abstractNum w:abstractNumId="1">{level.format(fmt="decimal")}</w:abstractNum>{nums}'


def test_a_colour_or_bold_a_change_took_off_marks_no_answer(tmp_path):
    """C's red was taken off (tracked): it was still read as an answer (ABC stored, Word shows A and B red)."""
    red = '<w:color w:val="FF0000"/>'
    body = _p("二、多项选择题") + _p("1. 下列属于国家机关的有（ ）。") + f"<w:p>{_run('A. 国务院', red)}</w:p>" + \
        f"<w:p>{_run('B. 人民法院', red)}</w:p><w:p>{_run('C. 中国共产党', _was(red))}</w:p>" + _p("D. 居民委员会")
    report = read_bank(_docx(tmp_path, body), "b")
    assert [q.answer for q in report.questions] == [("A", "B")], _said(report)
    body = _p("一、单项选择题") + _p("1. 我国的根本法是（ ）。") + f"<w:p>{_run('A. 刑法', _was('<w:b/>'))}</w:p>" + \
        _p("B. 民法典") + f"<w:p>{_run('C. 宪法', '<w:b/>')}</w:p>" + _p("D. 行政法")
    report = read_bank(_docx(tmp_path, body), "b")
    assert [q.answer for q in report.questions] == [("C",)], _said(report)


def test_words_once_hidden_are_read_as_shown_now(tmp_path):
    """不 was hidden before a change showed it: it was left out and the stem's meaning turned round."""
    body = _p("一、单项选择题") + "<w:p>" + _run("1. 下列机关中，") + _run("不", _was("<w:vanish/>")) + \
        _run("属于国家机关的是（ ）。") + "</w:p>" + _p("A. 国务院") + _p("B. 中国共产党") + _p("答案：B")
    report = read_bank(_docx(tmp_path, body), "b")
    assert [q.stem for q in report.questions] == ["下列机关中，不属于国家机关的是（ ）。"], _said(report)


def test_a_deleted_symbol_or_break_is_not_read(tmp_path):
    """（√） deleted and × put in: read as （√×）, "no answer"; a deleted line break split the stem."""
    deleted_tick = f'<w:del {WHO}><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:del>'
    cross = f"<w:ins {WHO}><w:r><w:t>×</w:t></w:r></w:ins>"
    deleted_break = f"<w:del {WHO}><w:r><w:br/></w:r></w:del>"
    body = _p("一、判断题") + "<w:p>" + _run("1. 法律可以与宪法相抵触。（") + deleted_tick + cross + _run("）") + "</w:p>" + \
        _p("二、填空题") + "<w:p>" + _run("1. 我国的根本法是") + deleted_break + _run("____。") + "</w:p>" + _p("答案：宪法")
    report = read_bank(_docx(tmp_path, body), "b")
    assert [(q.stem, q.answer) for q in report.questions] == [("法律可以与宪法相抵触。（ ）", ("F",)),
                                                              ("我国的根本法是____。", ("宪法",))], _said(report)


def test_a_paragraph_a_change_deleted_draws_no_number(tmp_path):
    """An option deleted whole still took its letter (C then refused as out of order); a question deleted
    whole still took its number."""
    body = _p("一、单项选择题") + _numbered("我国的根本法是（ ）。", "5") + _numbered("宪法", "6") + \
        _numbered("刑法", "6", deleted=True) + _numbered("民法典", "6") + _p("答案：B")
    report = read_bank(_docx(tmp_path, body, _lists(("5", "", ""), ("6", "1", "upperLetter"))), "b")
    assert [([o.text for o in q.options], q.answer) for q in report.questions] == [(["宪法", "民法典"], ("B",))], \
        _said(report)


def test_numbering_a_change_took_off_draws_no_number(tmp_path):
    """3. typed by hand, Word's own numbering taken off (tracked): read as 1. 3. 我国…, the stem keeping 3."""
    was_numbered = f'<w:pPrChange {WHO}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="5"/></w:numPr></w:pPr>' \
                   "</w:pPrChange>"
    body = _p("一、单项选择题") + f"<w:p><w:pPr>{was_numbered}</w:pPr>{_run('3. 我国的根本法是（ ）。')}</w:p>" + \
        _p("A. 宪法") + _p("B. 刑法") + _p("答案：A")
    report = read_bank(_docx(tmp_path, body, _lists(("5", "", ""))), "b")
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"], _said(report)


def test_a_list_whose_level_one_instance_draws_as_letters(tmp_path):
    """w:lvlOverride with its own w:lvl (upperLetter) over a decimal list: Word draws A. B.; read 1. 2. and
    refused ("turn the numbering off")."""
    body = _p("一、单项选择题") + _numbered("我国的根本法是（ ）。", "5") + _numbered("宪法", "6") + _numbered("刑法", "6") + \
        _p("答案：A") + _numbered("全国人大的常设机关是（ ）。", "5") + _numbered("国务院", "7") + \
        _numbered("全国人大常委会", "7") + _p("答案：B")
    numbering = _lists(("5", "", ""), ("6", "1", "upperLetter"), ("7", "1", "upperLetter"))
    report = read_bank(_docx(tmp_path, body, numbering), "b")
    assert [([o.text for o in q.options], q.answer) for q in report.questions] == [
        (["宪法", "刑法"], ("A",)), (["国务院", "全国人大常委会"], ("B",))], _said(report)
