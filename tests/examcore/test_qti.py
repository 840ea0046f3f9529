"""IMS QTI 2.1 and 3.0 items and content packages: choices (shuffle, fixed), text entry, extended text;
unsupported interactions skipped; wrong keys refused."""
from __future__ import annotations

import io
import zipfile

from examcore.banks.gift import BLANK
from examcore.banks.qti import read_qti
from examcore.questions import QuestionType
from tests.factories import FIGURE_PNG

QTI21 = "http://www.imsglobal.org/xsd/imsqti_v2p1"


def item21(identifier: str, body: str, declarations: str, title: str = "") -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="{QTI21}" identifier="{identifier}" title="{title or identifier}" adaptive="false"
                timeDependent="false">{declarations}<itemBody>{body}</itemBody></assessmentItem>""".encode()


SINGLE = item21("q1", """<p>我国的<b>根本大法</b>是：</p>
  <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="1">
    <simpleChoice identifier="c1">宪法</simpleChoice>
    <simpleChoice identifier="c2">刑法</simpleChoice>
    <simpleChoice identifier="c3" fixed="true">以上都不是</simpleChoice>
  </choiceInteraction>""", """<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>c1</value></correctResponse></responseDeclaration>""")

MULTIPLE = item21("q2", """<choiceInteraction responseIdentifier="R" shuffle="false" maxChoices="0">
    <prompt>属于公民基本权利的有 &amp; 义务无关</prompt>
    <simpleChoice identifier="a">选举权</simpleChoice><simpleChoice identifier="b">受教育权</simpleChoice>
    <simpleChoice identifier="c">依法纳税</simpleChoice></choiceInteraction>""",
                  """<responseDeclaration identifier="R" cardinality="multiple" baseType="identifier">
    <correctResponse><value>a</value><value>b</value></correctResponse></responseDeclaration>""")

TEXT_ENTRY = item21("q3", """<p>行政复议的申请期限一般为<textEntryInteraction responseIdentifier="B1"/>日，
  诉讼时效为<textEntryInteraction responseIdentifier="B2"/>年。</p>""",
                    """<responseDeclaration identifier="B1" cardinality="single" baseType="string">
    <correctResponse><value>六十</value></correctResponse>
    <mapping defaultValue="0"><mapEntry mapKey="60" mappedValue="1"/><mapEntry mapKey="三十" mappedValue="0"/></mapping>
  </responseDeclaration>
  <responseDeclaration identifier="B2" cardinality="single" baseType="string">
    <correctResponse><value>三</value></correctResponse></responseDeclaration>""")

QTI30 = """<?xml version="1.0" encoding="UTF-8"?>
<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="q4" title="essay30">
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>
  <qti-item-body><qti-extended-text-interaction response-identifier="RESPONSE">
    <qti-prompt>请简述法治政府的基本要求。</qti-prompt></qti-extended-text-interaction></qti-item-body>
</qti-assessment-item>""".encode()

CHOICE30 = """<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" identifier="q5">
  <qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier">
    <qti-correct-response><qti-value>T</qti-value></qti-correct-response></qti-response-declaration>
  <qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="true">
    <qti-prompt>宪法是国家的根本法。</qti-prompt>
    <qti-simple-choice identifier="T">正确</qti-simple-choice><qti-simple-choice identifier="F">错误</qti-simple-choice>
  </qti-choice-interaction></qti-item-body></qti-assessment-item>""".encode()

MATCH = item21("q6", """<matchInteraction responseIdentifier="R" maxAssociations="2"><prompt>连线</prompt>
  </matchInteraction>""", "")
TWO_RIGHT = item21("q7", """<choiceInteraction responseIdentifier="R" maxChoices="1"><prompt>两个正确答案</prompt>
  <simpleChoice identifier="a">甲</simpleChoice><simpleChoice identifier="b">乙</simpleChoice></choiceInteraction>""",
                   """<responseDeclaration identifier="R" cardinality="single" baseType="identifier">
  <correctResponse><value>a</value><value>b</value></correctResponse></responseDeclaration>""")


def package(files: dict[str, bytes], listed: list[str]) -> bytes:
    manifest = "".join(f'<resource identifier="r{n}" type="imsqti_item_xmlv2p1" href="{h}"><file href="{h}"/></resource>'
                       for n, h in enumerate(listed))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("imsmanifest.xml", f'<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">'
                                      f'<resources>{manifest}</resources></manifest>')
        for name, data in files.items():
            z.writestr(name, data)
    return buffer.getvalue()


def test_a_content_package_with_every_supported_interaction():
    files = {"items/q1.xml": SINGLE, "items/q2.xml": MULTIPLE, "items/q3.xml": TEXT_ENTRY, "q4.xml": QTI30,
             "q5.xml": CHOICE30, "q6.xml": MATCH}
    report = read_qti(package(files, list(files)), "bank.zip", "示范")
    assert report.problems == []
    assert [p.message.split(":")[0] for p in report.skipped] == ["item 'q6'"]
    single, multiple, fill, essay, tf = report.questions
    assert single.type is QuestionType.SINGLE and single.stem == "我国的根本大法是：" and single.answer == ("A",)
    assert [(o.text, o.fixed) for o in single.options] == [("宪法", False), ("刑法", False), ("以上都不是", True)]
    assert multiple.type is QuestionType.MULTIPLE and multiple.answer == ("A", "B")
    assert multiple.stem == "属于公民基本权利的有 & 义务无关"
    assert all(o.fixed for o in multiple.options)  # shuffle="false": the order is part of the question
    assert fill.type is QuestionType.FILL_IN and fill.answer == ("六十|60", "三")
    assert fill.stem == f"行政复议的申请期限一般为{BLANK}日，\n诉讼时效为{BLANK}年。"
    assert essay.type is QuestionType.SHORT_ANSWER and essay.stem == "请简述法治政府的基本要求。"
    assert tf.type is QuestionType.SINGLE and tf.answer == ("A",)  # a two-choice item stays a choice


def test_wrong_keys_and_broken_packages_are_named():
    report = read_qti(TWO_RIGHT, "q7.xml", "b")
    assert "exactly one correct value, has 2" in report.problems[0].message and not report.questions
    missing = read_qti(package({"a.xml": SINGLE}, ["a.xml", "gone.xml"]), "p.zip", "b")
    assert [(p.name, p.message) for p in missing.problems] == [("gone.xml", "listed in the manifest but not in "
                                                                             "the package")]
    assert len(missing.questions) == 1
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("item.xml", SINGLE)
    assert "imsmanifest.xml" in read_qti(buffer.getvalue(), "nomanifest.zip", "b").problems[0].message
    assert "not a readable QTI item" in read_qti(b"<assessmentItem", "cut.xml", "b").problems[0].message
    assert "DOCTYPE" in read_qti(b'<!DOCTYPE x [<!ENTITY a "b">]><x/>', "e.xml", "b").problems[0].message


def test_feedback_rubrics_tables_and_lists_read_as_the_candidate_sees_them():
    """Feedback is shown after answering: never glued into an option or the stem (noted as left out); a
    rubric for the scorer is not the candidate's text; table cells, rows and list items stay apart
    (issue 16: a reader that changes a question while reporting success)."""
    item = item21("q8", """<rubricBlock view="scorer"><p>评分要点：只认宪法</p></rubricBlock>
      <rubricBlock view="candidate"><p>请阅读下表：</p></rubricBlock>
      <table><tr><th>法律</th><th>位阶</th></tr><tr><td>宪法</td><td>最高</td></tr></table>
      <ul><li>甲：宪法</li><li>乙：法律</li></ul>
      <choiceInteraction responseIdentifier="R" maxChoices="1"><prompt>位阶最高的是</prompt>
        <simpleChoice identifier="a">宪法<feedbackInline outcomeIdentifier="FB" identifier="a">正确！</feedbackInline></simpleChoice>
        <simpleChoice identifier="b">法律<feedbackInline outcomeIdentifier="FB" identifier="b">错误</feedbackInline></simpleChoice>
      </choiceInteraction><feedbackBlock outcomeIdentifier="FB" identifier="a"><p>宪法是根本法。</p></feedbackBlock>""",
                  """<responseDeclaration identifier="R" cardinality="single" baseType="identifier">
      <correctResponse><value>a</value></correctResponse></responseDeclaration>""")
    report = read_qti(item, "q8.xml", "B")
    assert report.problems == []
    [q] = report.questions
    assert q.stem == "请阅读下表：\n法律\t位阶\n宪法\t最高\n甲：宪法\n乙：法律\n位阶最高的是"
    assert [o.text for o in q.options] == ["宪法", "法律"]
    assert "left out: feedback shown after answering (feedbackBlock, feedbackInline)" in str(report.notes[0])


def test_an_item_generated_from_template_variables_is_refused_not_stored_without_its_numbers():
    item = item21("q9", """<p>罚款<printedVariable identifier="AMOUNT"/>元，应当（ ）</p>
      <choiceInteraction responseIdentifier="R" maxChoices="1">
        <simpleChoice identifier="a">听证</simpleChoice><simpleChoice identifier="b">不听证</simpleChoice>
      </choiceInteraction>""", """<responseDeclaration identifier="R" cardinality="single" baseType="identifier">
      <correctResponse><value>a</value></correctResponse></responseDeclaration>
      <templateDeclaration identifier="AMOUNT" cardinality="single" baseType="integer"/>""")
    report = read_qti(item, "q9.xml", "B")
    assert report.questions == [] and "generated from template variables" in str(report.problems[0])


def test_a_packages_pictures_in_the_item_text_and_in_a_choice_are_kept():
    png = FIGURE_PNG
    declarations = """<responseDeclaration identifier="R" cardinality="single" baseType="identifier">
      <correctResponse><value>a</value></correctResponse></responseDeclaration>"""
    shown = item21("p1", """<p>下图所示的标志是（ ）</p><p><img src="../images/sign.png" alt="标志"/></p>
      <choiceInteraction responseIdentifier="R" maxChoices="1">
        <simpleChoice identifier="a">禁止通行</simpleChoice><simpleChoice identifier="b">注意安全</simpleChoice>
      </choiceInteraction>""", declarations)
    in_choice = item21("p2", """<choiceInteraction responseIdentifier="R" maxChoices="1"><prompt>选出标志</prompt>
        <simpleChoice identifier="a"><img src="../images/sign.png"/></simpleChoice>
        <simpleChoice identifier="b">注意安全</simpleChoice></choiceInteraction>""", declarations)
    data = package({"items/p1.xml": shown, "items/p2.xml": in_choice, "images/sign.png": png},
                   ["items/p1.xml", "items/p2.xml"])
    report = read_qti(data, "pics.zip", "B")
    kept, chosen = report.questions
    assert report.problems == []
    assert kept.stem == "下图所示的标志是（ ）" and [(p.name, p.data) for p in kept.pictures] == [("sign.png", png)]
    assert [(o.text, [p.data for p in o.pictures]) for o in chosen.options] == [("", [png]), ("注意安全", [])]
    alone = read_qti(shown, "p1.xml", "B")   # an item file alone does not hold its picture: refused by name
    assert alone.questions == [] and "picture sign.png is not in the file" in str(alone.problems[0])


def test_a_correct_value_holding_a_separator_is_refused_not_split_into_alternatives():
    """"A|B" is one accepted answer in QTI; in Xuefa's answer text | separates alternatives, so it would be
    read as A or B: refused by name."""
    item = item21("q10", """<p>写出符号<textEntryInteraction responseIdentifier="B1"/></p>""",
                  """<responseDeclaration identifier="B1" cardinality="single" baseType="string">
      <correctResponse><value>A|B</value></correctResponse></responseDeclaration>""")
    report = read_qti(item, "q10.xml", "B")
    assert report.questions == [] and "'A|B' holds ; or |" in str(report.problems[0])
