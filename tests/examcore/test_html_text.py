"""HTML in question text (Moodle XML, GIFT [html]) read as a browser shows it, or refused by name where a
plain-text bank cannot keep it (issue 16, found by an outside tester: table cells run together, an
<ol>'s numbers lost, crossed-out or raised text written as CSS read as plain text, a pasted picture called
"not in the file")."""
from __future__ import annotations

import base64

from examcore.banks.moodle_xml import read_moodle_xml
from examcore.banks.text_files import data_uri_bytes, html_to_text
from tests.factories import FIGURE_PNG


def test_a_table_of_columns_is_refused_by_name_a_column_of_cells_read_as_lines_and_an_ols_numbers_kept():
    """Which value is whose is what a table says; plain text cannot (found by an outside tester: 年份 人数
    2019 53 2020 35 on lines of their own)."""
    text, refused = html_to_text("<p>下表中：</p><table><tr><td>甲</td><td>乙</td></tr><tr><th>丙</th><td>丁</td></tr>"
                                 "</table>")
    assert [str(r) for r in refused] == ["a table"]
    text, refused = html_to_text("<p>下列各项：</p><table><tr><td>甲</td></tr><tr><td>乙</td></tr></table>")
    assert text.split("\n") == ["下列各项：", "甲", "乙"] and refused == []
    text, _ = html_to_text("<p>下列说法：</p><ol><li>宪法</li><li>刑法</li></ol><ol start=\"3\" type=\"a\"><li>甲</li>"
                           "<li value=\"7\">乙</li><li>丙</li></ol><ul><li>无序</li></ul><p>正确的有（　）</p>")
    assert text.split("\n") == ["下列说法：", "1. 宪法", "2. 刑法", "c. 甲", "g. 乙", "h. 丙", "无序", "正确的有（　）"]
    roman, _ = html_to_text("<ol type=\"I\" start=\"4\"><li>a</li><li>b</li></ol>")
    assert roman.split("\n") == ["IV. a", "V. b"]
    nested, _ = html_to_text("<ol><li>一<ol type=\"a\"><li>甲</li></ol></li><li>二</li></ol>")
    assert nested.split("\n") == ["1. 一", "a. 甲", "2. 二"]


def test_styles_an_editor_writes_are_read_as_the_elements_they_stand_for():
    text, refused = html_to_text('<p>依据<span style="text-decoration: line-through">旧法</span>新法</p>')
    assert [str(r) for r in refused] == ["struck-through text “旧法”"]   # refused by name, never kept plain
    text, refused = html_to_text('<span style="text-decoration-line:underline line-through">x</span>y')
    assert [str(r) for r in refused] == ["struck-through text “x”"]
    text, refused = html_to_text('面积10<span style="vertical-align: super;">2</span>平方米，H<span '
                                 'style="vertical-align:sub">2</span>O')
    assert text == "面积10²平方米，H₂O" and refused == []
    text, _ = html_to_text('<p>本条<span style="display:none">（内部备注）</span>规定<span style="visibility: '
                           'hidden">隐</span>如<span hidden>答案是甲</span>下<span style="font-size:0">甲</span></p>')
    assert text == "本条规定如下"   # as a browser shows it
    _, refused = html_to_text('<p>题<span style="color:#ffffff">答案是甲</span>干</p>')
    assert [str(r) for r in refused] == ["text coloured white “答案是甲”"]
    text, refused = html_to_text('<style>.ans{display:none}</style><p>第三题<span class="ans">答案是甲</span></p>')
    assert [str(r) for r in refused] == ["a style sheet (<style>) that hides or strikes text"]
    text, _ = html_to_text('<p>填空：<span style="text-decoration:underline">&nbsp;&nbsp;&nbsp;</span>。</p>')
    assert text == "填空：____。"
    # an element's effect ends with it, also when an inner one is left open or it closes itself
    text, refused = html_to_text('<span style="text-decoration:line-through"><b>甲</span>乙<span style="x"/>丙')
    assert text == "甲乙丙" and [str(r) for r in refused] == ["struck-through text “甲”"]


def test_a_picture_pasted_into_the_html_is_kept_and_a_broken_one_named():
    assert data_uri_bytes("data:image/png;base64," + base64.b64encode(FIGURE_PNG).decode()) == FIGURE_PNG
    assert data_uri_bytes("data:image/png;base64,%%%") is None and data_uri_bytes("a.png") is None
    pasted = "data:image/png;base64," + base64.b64encode(FIGURE_PNG).decode()

    def question(img: str) -> str:
        return f"""<question type="multichoice"><name><text>q</text></name>
          <questiontext format="html"><text><![CDATA[<p>下图所示的标志是（　）</p><p><img src="{img}"></p>]]></text>
          </questiontext><single>true</single><answer fraction="100"><text>禁止通行</text></answer>
          <answer fraction="0"><text>注意安全</text></answer></question>"""
    report = read_moodle_xml(("<quiz>" + question(pasted) + question("data:image/png;base64,!!") + "</quiz>").encode(),
                             "pasted.xml", "b")
    [kept] = report.questions
    assert [(p.data, p.name) for p in kept.pictures] == [(FIGURE_PNG, "data:image/png")]
    assert [(p.row, "data:image/png" in p.message and "is not in the file" in p.message)
            for p in report.problems] == [(2, True)]


def test_a_tex_formula_moodle_draws_refuses_its_question_by_name():
    from examcore.banks.gift import read_gift

    def question(text: str, fmt: str = "html") -> str:
        return f"""<question type="multichoice"><name><text>q</text></name>
          <questiontext format="{fmt}"><text><![CDATA[{text}]]></text></questiontext><single>true</single>
          <answer fraction="100"><text>甲</text></answer><answer fraction="0"><text>乙</text></answer></question>"""
    report = read_moodle_xml(("<quiz>" + question("<p>面积为 $$x^2$$ 的是（ ）</p>") + question(r"若 \(a>b\) 则（ ）", "plain_text")
                              + question("[tex]\\frac{1}{2}[/tex] 等于（ ）") + question("价格为 100 元的是（ ）") + "</quiz>").encode(),
                             "tex.xml", "b")
    assert [q.stem for q in report.questions] == ["价格为 100 元的是（ ）"]
    assert [(p.row, "the formula" in p.message) for p in report.problems] == [(1, True), (2, True), (3, True)]
    assert "$$x^2$$" in report.problems[0].message
    gift = read_gift("::q:: 面积为 $$x^2$$ 的是 {=甲 ~乙}\n\n::r:: 普通题 {=甲 ~乙}\n", "t.gift", "b")
    assert [q.stem for q in gift.questions] == ["普通题"] and "the formula $$x^2$$" in str(gift.problems[0])


def test_a_gift_answer_may_name_its_own_format():
    from examcore.banks.gift import read_gift
    report = read_gift("::g8:: 哪一个（ ） {=[html]<b>甲</b> ~[html]乙 ~[plain]<丙>}\n", "g.gift", "b")
    assert [o.text for o in report.questions[0].options] == ["甲", "乙", "<丙>"]
