"""GIFT question banks: every kind the format has, its escapes and weights, and what must be refused or
skipped rather than guessed."""
from __future__ import annotations

from examcore.banks.gift import BLANK, read_gift
from examcore.questions import QuestionType

SAMPLE = r"""// 示范题库 (GIFT), written for these tests
$CATEGORY: $course$/top/宪法

::宪法1::我国的根本大法是{=宪法 ~刑法 ~民法典 ~行政诉讼法 ####宪法具有最高的法律效力。}

::宪法2::[html]下列属于公民基本权利的有<b>（　）</b>{~%50%选举权 ~%50%宗教信仰自由 ~%-100%依法纳税}

宪法是国家的根本法。{T}

宪法修改由全国人民代表大会常务委员会通过。{FALSE#应由全国人民代表大会以全体代表的三分之二以上多数通过。}

$CATEGORY: $course$/top/行政法

行政复议的申请期限一般为{=六十日 =60日}。

公民在行政诉讼中享有{=辩论} 权利，人民法院应当保障。

请简述法治政府的基本要求。{}

行政机关应当依法{=公开 =公布}

转义测试：a\=b 与 c\~d 和 \{括号\} 以及 10\:30 的选项是{=a\=b ~c\~d}

[html]&lt;实体&gt; 与 &amp; 的题干 {=对的 ~错的}
"""


def by_stem(report, start: str):
    return next(q for q in report.questions if q.stem.startswith(start))


def test_every_kind_is_read_with_category_explanation_and_escapes():
    report = read_gift(SAMPLE, "bank.gift", "示范题库")
    assert report.problems == [] and report.skipped == []
    assert len(report.questions) == 10
    q = by_stem(report, "我国的根本大法")
    assert q.type is QuestionType.SINGLE and q.answer == ("A",) and q.category == "宪法"
    assert [o.text for o in q.options] == ["宪法", "刑法", "民法典", "行政诉讼法"]
    assert q.explanation == "宪法具有最高的法律效力。" and q.tags == ("宪法1",)
    weighted = by_stem(report, "下列属于公民基本权利")
    assert weighted.type is QuestionType.MULTIPLE and weighted.answer == ("A", "B")  # the negative one is wrong
    assert "<b>" not in weighted.stem
    assert by_stem(report, "宪法是国家").answer == ("T",)
    assert by_stem(report, "宪法修改").answer == ("F",)
    short = by_stem(report, "行政复议")
    assert short.type is QuestionType.FILL_IN and short.answer == ("六十日|60日",) and short.category == "行政法"
    assert short.stem == f"行政复议的申请期限一般为{BLANK}。"  # the text after the block stays after the blank
    blank = by_stem(report, "公民在行政诉讼中")
    assert blank.type is QuestionType.FILL_IN and blank.stem == f"公民在行政诉讼中享有{BLANK} 权利，人民法院应当保障。"
    assert by_stem(report, "请简述").type is QuestionType.SHORT_ANSWER
    assert by_stem(report, "行政机关应当依法").stem == f"行政机关应当依法{BLANK}"  # short answer: blank at the end
    escaped = by_stem(report, "转义测试")
    assert escaped.stem.startswith("转义测试：a=b 与 c~d 和 {括号} 以及 10:30")
    assert [o.text for o in escaped.options] == ["a=b", "c~d"] and escaped.answer == ("A",)
    assert by_stem(report, "<实体> 与 &").answer == ("A",)


def test_wrong_items_are_named_by_line_and_unsupported_kinds_are_listed_not_guessed():
    text = """两个正确答案的单选{=甲 =乙 ~丙}

没有正确答案{~甲 ~乙}

单选的部分得分{=甲 ~%50%乙 ~丙}

配对题{=中国 -> 北京 =日本 -> 东京}

数值题{#3.14:0.01}

只有说明文字，没有答案块。

缺少右括号{=甲 ~乙

我国的根本大法是{=宪法 ~刑法}

我国的根本大法是{=宪法 ~民法}

我国的根本大法是{ =宪法 ~刑法 }
"""
    report = read_gift(text, "bad.gift", "b")
    problems = {p.row: p.message for p in report.problems}
    assert "exactly one right answer" in problems[1] and "has 2" in problems[1]
    assert "no right answer" in problems[3]
    assert "partial credit" in problems[5] and "B 50%" in problems[5]
    assert "unbalanced" in problems[13]
    assert "the same question as line 15" in problems[19]  # same options and answer: the same question
    skipped = {p.row: p.message for p in report.skipped}
    assert "matching" in skipped[7] and "numerical" in skipped[9] and "description" in skipped[11]
    # the same stem with other options is another question: both kept
    assert [q.stem for q in report.questions] == ["我国的根本大法是", "我国的根本大法是"]
    assert all(p.file == "bad.gift" for p in report.problems + report.skipped)


def test_a_byte_order_mark_and_windows_line_ends_are_fine():
    report = read_gift("\ufeff::t::题干{T}\r\n\r\n另一题{F}\r\n", "w.gift", "b")
    assert [q.answer for q in report.questions] == [("T",), ("F",)] and report.problems == []


def test_text_is_html_only_where_the_format_says_so():
    text = """::a:: 根据<<宪法>>规定，公民有受教育的权利。{T}

::b:: 若a<b且b>c，则下列正确的是（ ）。{=甲 ~乙 ~丙}

::c::[html]<p>第一段</p><p>含&lt;b&gt;与 <b>粗体</b></p>{T}

::d::[plain]<p>照写</p>{F}

::e::[html]<p>下图所示</p><img src="@@PLUGINFILE@@/sign.png">{T}
"""
    report = read_gift(text, "t.gift", "b")
    stems = [q.stem for q in report.questions]
    assert stems == ["根据<<宪法>>规定，公民有受教育的权利。", "若a<b且b>c，则下列正确的是（ ）。", "第一段\n含<b>与 粗体",
                     "<p>照写</p>"]
    assert [(p.row, p.unit) for p in report.problems] == [(9, "line")]
    assert "sign.png" in report.problems[0].message  # an image is named, never dropped silently


def test_short_answers_as_moodle_writes_them():
    """Moodle's rule: a block with no ~ and no -> is a short answer, weights or not; a choice may have
    an option with -> in it."""
    text = """行政复议期限一般为（ ）日。{
\t=%100%六十#
\t=%100%60#
}

青蛙是{=Frog =%50%Cat}

箭头选项的单选（ ）{=A->B ~C}

配对题{=中国 -> 北京 =日本 -> 东京}
"""
    report = read_gift(text, "sa.gift", "b")
    by = {q.stem: q for q in report.questions}
    assert by["行政复议期限一般为（ ）日。"].answer == ("六十|60",)  # its own blank, none added
    assert by[f"青蛙是{BLANK}"].answer == ("Frog",) and "'Cat' (50%)" in report.notes[0].message
    arrow = by["箭头选项的单选（ ）"]
    assert arrow.type is QuestionType.SINGLE and arrow.options[0].text == "A->B"
    assert ["matching" in p.message for p in report.skipped] == [True]
