"""Moodle XML question banks: the kinds it shares with Xuefa, HTML and entities, weighted and negative
fractions, and what must be refused or skipped rather than guessed."""
from __future__ import annotations

import base64

from examcore.banks.gift import BLANK, read_gift
from examcore.banks.moodle_xml import read_moodle_xml
from examcore.questions import QuestionType
from tests.factories import FIGURE_PNG

SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/宪法</text></category></question>
  <question type="multichoice">
    <name><text>宪法1</text></name>
    <questiontext format="html"><text><![CDATA[<p>我国的<b>根本大法</b>是（　）</p>]]></text></questiontext>
    <generalfeedback format="html"><text>宪法具有最高的法律效力&amp;地位。</text></generalfeedback>
    <single>true</single>
    <answer fraction="100"><text>宪法</text></answer>
    <answer fraction="0"><text>刑法</text></answer>
    <answer fraction="0"><text>&lt;民法典&gt;</text></answer>
    <tags><tag><text>基础</text></tag></tags>
  </question>
  <question type="multichoice">
    <name><text>宪法2</text></name>
    <questiontext format="html"><text>下列属于公民基本权利的有</text></questiontext>
    <single>false</single>
    <answer fraction="33.33333"><text>选举权</text></answer>
    <answer fraction="33.33333"><text>宗教信仰自由</text></answer>
    <answer fraction="33.33334"><text>受教育权</text></answer>
    <answer fraction="-100"><text>依法纳税</text></answer>
  </question>
  <question type="truefalse">
    <questiontext><text>宪法是国家的根本法。</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
  <question type="category"><category><text>$course$/top/行政法</text></category></question>
  <question type="shortanswer">
    <questiontext><text>行政复议的申请期限一般为</text></questiontext>
    <answer fraction="100"><text>六十日</text></answer>
    <answer fraction="100"><text>60日</text></answer>
    <answer fraction="50"><text>两个月</text></answer>
  </question>
  <question type="essay"><questiontext><text>请简述法治政府的基本要求。</text></questiontext></question>
  <question type="matching"><name><text>配对</text></name><questiontext><text>连线</text></questiontext></question>
  <question type="numerical"><name><text>数值</text></name><questiontext><text>π</text></questiontext></question>
  <question type="multichoice">
    <questiontext><text>两个满分答案的单选</text></questiontext><single>true</single>
    <answer fraction="100"><text>甲</text></answer><answer fraction="100"><text>乙</text></answer>
  </question>
  <question type="multichoice">
    <questiontext><text>部分得分的单选</text></questiontext><single>true</single>
    <answer fraction="100"><text>甲</text></answer><answer fraction="50"><text>乙</text></answer>
  </question>
  <question type="truefalse">
    <questiontext><text>宪法是国家的根本法。</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
""".encode("utf-8")


def test_the_shared_kinds_are_read_with_categories_html_and_fractions():
    report = read_moodle_xml(SAMPLE, "bank.xml", "示范题库")
    by = {q.stem: q for q in report.questions}
    assert len(report.questions) == 5
    single = by["我国的根本大法是（　）"]
    assert single.type is QuestionType.SINGLE and single.answer == ("A",) and single.category == "宪法"
    assert [o.text for o in single.options] == ["宪法", "刑法", "<民法典>"]
    assert single.explanation == "宪法具有最高的法律效力&地位。" and single.tags == ("基础",)
    multiple = by["下列属于公民基本权利的有"]
    assert multiple.type is QuestionType.MULTIPLE and multiple.answer == ("A", "B", "C")
    assert by["宪法是国家的根本法。"].answer == ("T",)
    fill = by[f"行政复议的申请期限一般为{BLANK}"]
    assert fill.type is QuestionType.FILL_IN and fill.answer == ("六十日|60日",) and fill.category == "行政法"
    assert by["请简述法治政府的基本要求。"].type is QuestionType.SHORT_ANSWER


def test_bad_items_are_named_and_other_kinds_skipped():
    report = read_moodle_xml(SAMPLE, "bank.xml", "示范题库")
    assert sorted(p.name for p in report.skipped) == ["数值", "配对"]
    assert [str(p) for p in report.skipped][0] == \
        "bank.xml, item 6 “配对”: matching question '配对': not a kind this product has"
    problems = {p.row: p.message for p in report.problems}
    # numbered as Moodle lists the questions (categories not counted), as items
    assert "exactly one right answer" in problems[8] and "has 2" in problems[8]
    assert "partial credit" in problems[9] and "B 50%" in problems[9]
    assert "the same question as question 3" in problems[10]
    assert {p.unit for p in report.problems} == {"item"}


def test_files_that_are_not_moodle_xml_are_refused_plainly():
    assert "well-formed" in read_moodle_xml(b"<quiz><question>", "a.xml", "b").problems[0].message
    assert "root is <html>" in read_moodle_xml(b"<html/>", "b.xml", "b").problems[0].message
    bomb = '<?xml version="1.0"?><!DOCTYPE q [<!ENTITY a "aaaa">]><quiz>&a;</quiz>'
    assert "DOCTYPE" in read_moodle_xml(bomb.encode(), "c.xml", "b").problems[0].message
    # the same in UTF-16, which a search of the raw bytes for "<!DOCTYPE" does not see
    wide = read_moodle_xml(bomb.replace("1.0\"", "1.0\" encoding=\"UTF-16\"").encode("utf-16"), "d.xml", "b")
    assert "DOCTYPE" in wide.problems[0].message and wide.refused
    # a DOCTYPE with no entities, and an external entity, are refused too (DTDs are forbidden outright)
    assert "DOCTYPE" in read_moodle_xml(b'<!DOCTYPE quiz><quiz/>', "e.xml", "b").problems[0].message
    external = b'<!DOCTYPE q [<!ENTITY x SYSTEM "file:///etc/passwd">]><quiz>&x;</quiz>'
    assert "DOCTYPE" in read_moodle_xml(external, "f.xml", "b").problems[0].message


def test_declared_encodings_are_honoured_or_refused_in_words():
    gbk = '<?xml version="1.0" encoding="GBK"?><quiz><question type="truefalse"><questiontext format="html">' \
          '<text>宪法是根本法。</text></questiontext><answer fraction="100"><text>true</text></answer></question></quiz>'
    report = read_moodle_xml(gbk.encode("gbk"), "g.xml", "b")
    assert [(q.stem, q.answer) for q in report.questions] == [("宪法是根本法。", ("T",))]
    unknown = read_moodle_xml(b'<?xml version="1.0" encoding="x-klingon"?><quiz/>', "k.xml", "b")
    assert "encoding 'x-klingon'" in unknown.problems[0].message
    wrong = read_moodle_xml(gbk.replace("GBK", "UTF-8").encode("gbk"), "w.xml", "b")
    assert "is not valid UTF-8" in wrong.problems[0].message and "line 1" in wrong.problems[0].message


def test_an_auto_format_text_keeps_its_line_breaks_as_moodle_shows_them():
    """moodle_auto_format (and no format, Moodle's default) shows each line break as a break (FORMAT_MOODLE);
    an outside round found it read as HTML, the break joined with a space. HTML's breaks are its tags'."""
    def stem(attributes: str, text: str) -> str:
        xml = (f'<quiz><question type="truefalse"><questiontext {attributes}><text>{text}</text></questiontext>'
               '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>'
               '</question></quiz>')
        [question] = read_moodle_xml(xml.encode(), "m.xml", "b").questions
        return question.stem
    assert stem('format="moodle_auto_format"', "宪法是根本法。\n第二行说明") == "宪法是根本法。\n第二行说明"
    assert stem('format="moodle_auto_format"', "甲\r\n<![CDATA[<b>乙</b>]]>\n丙") == "甲\n乙\n丙"
    assert stem("", "<![CDATA[<p>甲</p>\n<p>乙</p>\n<span\nclass='x'>丙</span>]]>") == "甲\n乙\n丙"   # one tag
    assert stem('format="html"', "<![CDATA[甲\n乙]]>") == "甲 乙"   # HTML: a line break is a space
    assert stem('format="plain_text"', "甲\n乙") == "甲\n乙"


def test_a_partial_credit_short_answer_is_noted_not_dropped_silently():
    report = read_moodle_xml(SAMPLE, "bank.xml", "示范题库")
    assert [str(n) for n in report.notes] == [
        "bank.xml, item 2 “宪法2”: Moodle's marks per answer (A 33.3333%, B 33.3333%, C 33.3333%, D -100%) are "
        "not kept: the exam's rule for multiple-answer questions applies (all right answers and no wrong one; part "
        "marks only where the exam allows them, never taken off)",
        "bank.xml, item 4: partial-credit answer(s) '两个月' (50%) not accepted: a fill-in blank is right or wrong"]


def test_moodle_marks_per_answer_are_noted_only_when_they_differ_from_the_exam_rule():
    def notes(*fractions: str, single: str = "false") -> list[str]:
        answers = "".join(f'<answer fraction="{f}"><text>选项{n}</text></answer>' for n, f in enumerate(fractions))
        xml = (f'<quiz><question type="multichoice"><name><text>多选</text></name><questiontext><text>下列正确的有'
               f'</text></questiontext><single>{single}</single>{answers}</question></quiz>')
        report = read_moodle_xml(xml.encode(), "m.xml", "b")
        assert [q.answer for q in report.questions] == [tuple("ABCD"[n] for n, f in enumerate(fractions)
                                                              if float(f) > 0)], report.problems
        return [n.message for n in report.notes]
    assert notes("50", "50", "0", "0") == []          # equal shares, nothing taken off: the exam's rule is it
    assert notes("33.33333", "33.33333", "33.33334", "0") == []
    assert "A 70%, B 30%" in notes("70", "30", "0", "0")[0]          # weights
    assert "C -50%" in notes("50", "50", "-50", "0")[0]              # a penalty
    assert "B -25%" in notes("100", "-25", "0", "0", single="true")[0]   # on a single choice too
    assert notes("100", "0", "0", "0", single="true") == []
    # GIFT, Moodle's text form, the same
    gift = read_gift("::m::下列正确的有{~%70%甲 ~%30%乙 ~丙}\n\n::s::根本法是{=宪法 ~%-50%刑法}", "m.gift", "b")
    assert [q.answer for q in gift.questions] == [("A", "B"), ("A",)]
    assert [n.message.split(" are not kept")[0] for n in gift.notes] == [
        "Moodle's marks per answer (A 70%, B 30%)", "Moodle's marks per answer (A 100%, B -50%)"]
    assert read_gift("::e::下列正确的有{~%50%甲 ~%50%乙 ~丙}", "e.gift", "b").notes == []


def test_pictures_of_the_question_text_and_answers_are_kept_and_one_in_the_feedback_refused():
    """Moodle exports a question's pictures as files attached to its text or answer (@@PLUGINFILE@@/name):
    kept, byte for byte; a picture in the general feedback cannot be kept there and refuses that question
    by name; a picture the text shows but the file does not hold, too."""
    png = FIGURE_PNG
    attached = f'<file name="标志 1.png" path="/" encoding="base64">{base64.b64encode(png).decode()}</file>'

    def question(text: str, answer_a: str = "禁止通行", feedback: str = "", files: str = attached,
                 answer_files: str = "") -> str:
        return f"""<question type="multichoice"><name><text>q</text></name>
          <questiontext format="html"><text><![CDATA[{text}]]></text>{files}</questiontext>
          <generalfeedback format="html"><text><![CDATA[{feedback}]]></text></generalfeedback>
          <single>true</single><answer fraction="100" format="html"><text><![CDATA[{answer_a}]]></text>{answer_files}</answer>
          <answer fraction="0"><text>注意安全</text></answer></question>"""
    shown = '<p>下图所示的标志是（　）</p><p><img src="@@PLUGINFILE@@/%E6%A0%87%E5%BF%97%201.png"></p>'
    data = ("<quiz>" + question(shown) + question("<p>选出图中的标志</p>", answer_a='<img src="@@PLUGINFILE@@/a.png">', files="")
            + question("<p>选出禁止通行的标志</p>", files="", answer_files=attached,
                       answer_a='<img src="@@PLUGINFILE@@/%E6%A0%87%E5%BF%97%201.png">')
            + question("<p>标志的含义（　）</p>", feedback='<img src="@@PLUGINFILE@@/why.png">', files="")
            + question('<p>没有附上的图<img src="@@PLUGINFILE@@/gone.png"></p>', files="") + "</quiz>").encode()
    report = read_moodle_xml(data, "pics.xml", "b")
    kept, option = report.questions
    assert kept.stem == "下图所示的标志是（　）" and [(p.name, p.data) for p in kept.pictures] == [("标志 1.png", png)]
    assert [(o.text, [p.data for p in o.pictures]) for o in option.options] == [("", [png]), ("注意安全", [])]
    assert [(p.row, "why.png cannot be kept" in p.message) for p in report.problems if "cannot be kept" in p.message] \
        == [(4, True)]
    assert [p.row for p in report.problems if "is not in the file" in p.message] == [2, 5]
    # a file attached to an answer (or the text) that nothing shows: left out, and said so
    unshown = read_moodle_xml(("<quiz>" + question("<p>标志的含义（　）</p>", files="", answer_files=attached)
                               + "</quiz>").encode(), "unshown.xml", "b")
    assert len(unshown.questions) == 1 and unshown.questions[0].options[0].pictures == ()
    assert [n.message for n in unshown.notes if "标志 1.png" in n.message and "does not show" in n.message], \
        unshown.notes


def test_options_moodle_does_not_shuffle_stay_in_place():
    data = ("<quiz>" + "".join(f"""<question type="multichoice"><questiontext><text>题{n}</text></questiontext>
      <single>true</single><shuffleanswers>{flag}</shuffleanswers>
      <answer fraction="100"><text>甲</text></answer><answer fraction="0"><text>乙</text></answer></question>"""
                               for n, flag in ((1, "0"), (2, "1"))) + "</quiz>").encode()
    kept, shuffled = read_moodle_xml(data, "q.xml", "b").questions
    assert [o.fixed for o in kept.options] == [True, True] and [o.fixed for o in shuffled.options] == [False, False]
