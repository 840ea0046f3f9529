"""Statutes as they are printed and as they are copied: the 序言, heading paths of any depth, 之N articles,
text copied from a PDF, amendments (the cases of shared/cases/statutes, copied to tests/data/statutes)."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from examcore.study.statutes import (SENTENCE_END, StatuteError, article_label, chinese_numeral, find_citations,
                                     parse_statute, wrap_width)

CASES = Path(__file__).resolve().parents[1] / "data" / "statutes"
BOOKS_PATHS = {
    "第一条": ["第一编 总则", "第一分编 通则", "第一章 一般规定"],
    "第四条": ["第一编 总则", "第二分编 特别规定", "第二章 特别事项", "第一节 登记"],
    "第五条": ["第二编 责任", "第三章 法律责任"],
    "第六条": ["附则"],
}


def _case(name: str):
    return parse_statute((CASES / name).read_text(encoding="utf-8"))


def test_books_keeps_the_preamble_every_heading_level_and_the_article_of_zhi():
    law = _case("books.txt")
    assert [(a.label, a.number, a.sub) for a in law.articles] == [
        ("序言", 0, 0), ("第一条", 1, 0), ("第二条", 2, 0), ("第三条", 3, 0), ("第三条之一", 3, 1), ("第四条", 4, 0),
        ("第五条", 5, 0), ("第六条", 6, 0)]
    by_label = {a.label: a for a in law.articles}
    for label, path in BOOKS_PATHS.items():
        assert by_label[label].heading_path == path
    assert by_label["序言"].text.count("\n") == 1 and "学员会引用它" in by_label["序言"].text
    assert by_label["第二条"].text.count("\n") == 1                       # two paragraphs
    assert by_label["第三条"].text.splitlines()[1:] == ["（一）示范单位新设的；", "（二）示范单位合并的。"]
    assert by_label["第五条"].text == "违反本条例的，由主管部门责令改正。"     # 附则 is not glued to it
    assert law.joined == 0 and law.warnings == ()


def test_a_copy_from_a_pdf_is_joined_back_to_the_same_articles_and_says_what_it_guessed():
    clean, wrapped = _case("books.txt"), _case("wrapped.txt")
    assert [(a.label, a.heading) for a in wrapped.articles] == [(a.label, a.heading) for a in clean.articles]
    for a, b in zip(clean.articles, wrapped.articles):
        if a.label != "第五条":
            assert a.text == b.text
    fifth = wrapped.articles[6]
    assert fifth.text.endswith("依照本条例第五条的规定从重处理。")       # no second 第五条
    assert wrapped.joined > 0 and any("第五条的规定" in w for w in wrapped.warnings)


def test_an_amendment_is_a_document_of_numbered_items():
    amendment = _case("amendment.txt")
    assert amendment.kind == "document" and amendment.title == "示范条例修正案"
    assert [a.label for a in amendment.articles] == ["一、", "二、", "三、"]
    assert "第三条之二" in amendment.articles[1].text


def test_citations_of_an_article_of_zhi():
    [c] = find_citations("依照《示范条例》第三条之一的规定")
    assert (c.law_title, c.article, c.sub) == ("示范条例", 3, 1)
    [c] = find_citations("《示范条例》第三条规定")
    assert (c.article, c.sub) == (3, 0)


def test_citations_as_explanations_write_them():
    """Issue 22: only 《…》第N条 was found. The articles that follow one, 本法 after one, and a law named
    without 《》 (its name a guess the library settles) are citations too."""
    def cites(text):
        return [(c.law_title, c.article, c.sub, text[c.start:c.end]) for c in find_citations(text)]
    assert cites("《民法典》第一千一百六十五条、第一千一百六十六条规定") == [
        ("民法典", 1165, 0, "《民法典》第一千一百六十五条"), ("民法典", 1166, 0, "第一千一百六十六条")]
    assert cites("《宪法》第五条第二款和第七条至第九条") == [
        ("宪法", 5, 0, "《宪法》第五条"), ("宪法", 7, 0, "第七条"), ("宪法", 9, 0, "第九条")]
    assert cites("《行政许可法》第十条。本法第十二条、该法第十三条之一") == [
        ("行政许可法", 10, 0, "《行政许可法》第十条"), ("行政许可法", 12, 0, "本法第十二条"),
        ("行政许可法", 13, 1, "该法第十三条之一")]
    [bare] = find_citations("根据宪法第五条的规定")
    assert bare.candidates == ("根据宪法", "据宪法", "宪法") and (bare.article, bare.sub) == (5, 0)
    assert find_citations("第五条规定") == []   # no law before it, none cited before
    # a sentence on another law after a citation does not inherit it
    assert find_citations("《宪法》第五条。刑法第二条")[1].candidates == ("刑法",)


# --- a random statute, printed, copied from a PDF at a random width, read back -----------------------

PLAIN = "示范单位工作人员应当遵守规定执行登记主管部门责令改正情节严重处理公告名称住所负责人学习制度"
LEVELS = (("编", 1), ("分编", 2), ("章", 3), ("节", 4))


@st.composite
def statutes(draw):
    """(text lines, expected [(label, number, sub, heading path, text)])."""
    words = st.text(alphabet=PLAIN, min_size=2, max_size=12)
    sentence = st.builds(lambda a, b: f"{a}，{b}。", words, words)
    counters = {name: 0 for name, _ in LEVELS}
    path: list[tuple[int, str]] = []
    lines, expected, number = ["示范法"], [], 0
    for _ in range(draw(st.integers(2, 9))):
        if draw(st.booleans()):   # a heading of a random level before this article
            name, level = draw(st.sampled_from(LEVELS))
            counters[name] += 1
            heading = f"第{chinese_numeral(counters[name])}{name} {draw(st.text(alphabet=PLAIN, min_size=2, max_size=5))}"
            path = [h for h in path if h[0] < level] + [(level, heading)]
            lines += ["", heading.replace(" ", "　"), ""]
        number += 1
        subs = [0] + list(range(1, draw(st.integers(1, 2)))) if draw(st.integers(0, 4)) == 0 else [0]
        for sub in subs:
            paragraphs = ["".join(draw(st.lists(sentence, min_size=1, max_size=4)))
                          for _ in range(draw(st.integers(1, 3)))]
            if draw(st.booleans()):   # a reference a wrap may put at a line's start: 第五条的…, 第二章规定的…
                unit = draw(st.sampled_from(["条的规定处理。", "章规定的程序处理。"]))
                paragraphs[-1] = paragraphs[-1][:-1] + "依照第" + chinese_numeral(number) + unit
            label = article_label(number, sub)
            lines += [f"{label}　{paragraphs[0]}", *paragraphs[1:]]
            expected.append((label, number, sub, [h for _, h in path], "\n".join(paragraphs)))
    return lines, expected


def _wrap(lines: list[str], width: int) -> list[str]:
    out = []
    for line in lines:
        if line.startswith("第") and ("　" in line[:12] and "条" in line[:12]) or (len(line) > width and "　" not in line):
            out += [line[i:i + width] for i in range(0, len(line), width)] or [""]
        else:
            out.append(line)
    return out


@settings(max_examples=60, deadline=None)
@given(statutes(), st.integers(14, 40))
def test_a_random_statute_wrapped_at_any_width_reads_back_the_same(case, width):
    lines, expected = case
    wrapped = _wrap(lines, width)
    # where a paragraph ends exactly at the cut and with a full stop, no reader can tell it from a wrap
    assume(not any(len(line) % width == 0 and line.endswith(tuple(SENTENCE_END)) for line in lines[1:]))
    assume(wrap_width(wrapped) == width or all(len(line) <= width for line in lines))
    law = parse_statute("\n".join(wrapped))
    assert [(a.label, a.number, a.sub, a.heading_path, a.text) for a in law.articles] == expected


CONSTITUTION_LIKE = """中华人民共和国示范法
（2001年1月1日通过　2018年3月11日修正）
目　　录
序　　言
第一章　总　　纲……………………1
第二章　公民的基本权利和义务…………5
附则
序　　言
中国是世界上历史最悠久的国家之一。
第一章　总　　纲
第一条　第一条的内容。
— 1 —
第二条　第二条的内容，
一直写到
第 2 页 共 9 页
这一页。
第三条　（删去）
第二章　公民的基本权利和义务
第四条　第四条的内容。
（2018年3月11日修正）
附则
第五条　本法自公布之日起施行。
"""


def test_a_table_of_contents_page_numbers_and_headings_without_blank_lines_are_read_as_printed():
    statute = parse_statute(CONSTITUTION_LIKE)
    by_label = {a.label: a for a in statute.articles}
    assert [a.label for a in statute.articles] == ["序言", "第一条", "第二条", "第三条", "第四条", "第五条"]
    assert by_label["序言"].text == "中国是世界上历史最悠久的国家之一。"     # the 目录 did not empty it
    assert by_label["第二条"].text == "第二条的内容，一直写到这一页。"         # page numbers left out
    assert by_label["第一条"].heading == "第一章 总纲"
    assert by_label["第四条"].heading == "第二章 公民的基本权利和义务"        # after （删去）, no blank line
    assert by_label["第五条"].heading == "附则"                                # after a line ending ）


def test_an_html_page_takes_its_name_from_the_h1_or_the_title_not_the_navigation():
    from examcore.study.statute_sources import html_text
    body = "<p>第一条　内容。</p><p>第二条　内容。</p>"
    nav = "<div>首页 | 法律法规 | 搜索</div>"
    with_h1 = f"<html><head><title>示范法_国家法律法规数据库</title></head><body>{nav}<h1>示范法</h1>{body}</body></html>"
    title_only = f"<html><head><title>示范法_国家法律法规数据库</title></head><body>{nav}{body}</body></html>"
    for page in (with_h1, title_only):
        statute = parse_statute(html_text(page))
        assert statute.title == "示范法" and [a.label for a in statute.articles] == ["第一条", "第二条"]


# --- shapes an outside tester brought (issue 22, second attack) ---------------------------------------------

def _labels(law) -> list[tuple[str, str]]:
    return [(a.label, a.heading) for a in law.articles]


def test_the_version_is_read_from_a_history_broken_over_lines_or_below_a_databases_fields():
    body = "\n第一章　总　　则\n第一条　为了规范示范活动，制定本法。\n第二条　本法自2024年7月1日起施行。\n"
    wrapped = ("中华人民共和国示范法\n（2004年8月28日第十届全国人民代表大会常务委员会第十一次会议通过　\n"
               "2023年12月29日第十四届全国人民代表大会常务委员会第七次会议修订）\n" + body)
    fields = ("中华人民共和国示范法\n发布部门：全国人大常委会\n时效性：现行有效\n效力位阶：法律\n"
              "（2004年8月28日第十届全国人大常委会第十一次会议通过　2023年12月29日第十四届全国人大常委会第七次会议修订）\n"
              + body)
    named = "中华人民共和国示范法（2023年修订）\n（2004年8月28日通过　2023年12月29日修订）\n" + body
    for text in (wrapped, fields, named):
        law = parse_statute(text)
        assert (law.title, law.version) == ("中华人民共和国示范法", "2023-12-29")
        # adopted on 29 December, in force from 1 July (as the 公司法 of 2023): the day it takes effect is kept
        assert law.in_force == "2024-07-01"
    amended = parse_statute("示范法\n（2004年8月28日通过　根据2018年3月11日修正）\n第一条　甲。\n第二条　本法自2004年10月1日起施行。\n")
    assert (amended.version, amended.in_force) == ("2018-03-11", "2018-03-11")   # an old 施行 date is the first text's


def test_a_browsers_no_break_or_em_space_after_the_number_starts_an_article():
    for space in ("\u00a0", "\u2003", "\u2002", "\u3000", " "):
        law = parse_statute(f"示范条例\n第一条{space}为了规范示范事项，制定本条例。\n第二条{space}（删去）\n"
                            f"第三条{space}示范单位应当遵守本条例。\n第五条{space}本条例自发布之日起施行。\n")
        assert [a.label for a in law.articles] == ["第一条", "第二条", "第三条", "第五条"], repr(space)
        assert law.warnings == ()


def test_numbered_items_are_an_amendment_only_when_the_name_says_so():
    for text in ("会议纪要\n一、会议听取了工作汇报。\n二、会议研究了下一步工作。\n三、请各单位抓好落实。\n",
                 "2024年法律知识考试练习题\n1. 下列关于宪法的说法，正确的是（　）\nA. 宪法是根本法\n答案：A\n"
                 "2. 国家工作人员应当学法用法吗？\nA. 是\n答案：A\n"):
        with pytest.raises(StatuteError, match="read only in an amendment or a decision"):
            parse_statute(text)
    for title in ("示范条例修正案", "全国人民代表大会常务委员会关于修改《示范法》的决定", "示范决议（草案）"):
        assert parse_statute(f"{title}\n一、将第二条修改为：“甲。”\n二、增加一条：“乙。”\n").kind == "document"


def test_headings_printed_without_a_space_or_with_the_name_on_the_next_line():
    law = parse_statute("示范条例\n第一章总则\n第一条　为了规范示范事项，制定本条例。\n第二章登记\n"
                        "第二条　示范单位应当登记。\n第二章规定的事项，由主管部门办理。\n第三章\n法律责任\n"
                        "第三条　违反的，责令改正。\n附则\n第四条　本条例自发布之日起施行。\n")
    assert _labels(law) == [("第一条", "第一章 总则"), ("第二条", "第二章 登记"), ("第三条", "第三章 法律责任"),
                            ("第四条", "附则")]
    assert law.articles[1].text == "示范单位应当登记。\n第二章规定的事项，由主管部门办理。"   # a sentence, not a heading


def test_a_table_keeps_its_rows_and_a_number_alone_in_a_clean_text_is_text():
    law = parse_statute("示范附表条例\n\n第一条　罚款标准见下表：\n序号　　违法行为　　罚款数额\n1　　未登记　　500元\n"
                        "2　　逾期登记　　200元\n第二条　数量为\n2024\n个单位的，适用本条。\n\n第三条　本条例自发布之日起施行。\n")
    first, second, _ = law.articles
    assert first.text.split("\n") == ["罚款标准见下表：", "序号　　违法行为　　罚款数额", "1　　未登记　　500元",
                                      "2　　逾期登记　　200元"]
    assert second.text == "数量为2024个单位的，适用本条。"
    tabbed = parse_statute("示范条例\n第一条\t罚款见下表：\n序号\t行为\t数额\n1\t未登记\t500元\n第二条\t本条例施行。\n")
    assert tabbed.articles[0].text.split("\n") == ["罚款见下表：", "序号\t行为\t数额", "1\t未登记\t500元"]


def test_warnings_are_counted_beyond_thirty():
    law = parse_statute("示范重复法\n" + "第一条　甲。\n" * 200)
    assert len(law.warnings) == 31 and law.warnings[-1] == "and 169 more like these"


def test_a_citation_guessed_from_the_words_before_it_starts_at_the_law_and_the_preamble_is_cited():
    text = "依照《示范条例》第二条和宪法第五条处理。"
    [_, guessed] = find_citations(text)
    assert text[guessed.start:guessed.end].endswith("宪法第五条")
    assert text[guessed.start:].startswith(guessed.candidates[0])   # the span is the longest guess, no more
    [preamble] = [c for c in find_citations("根据《宪法》序言的规定") if c.article == 0]
    assert (preamble.law_title, preamble.start, preamble.end) == ("宪法", 2, 8)



def test_a_citation_naming_the_version_between_the_law_and_the_article_is_a_citation():
    [c] = find_citations("依照《示范法》（2018年修正）第三条处理")
    assert (c.law_title, c.article, c.start) == ("示范法", 3, 2)


# --- shapes a third outside tester brought (issue 22) --------------------------------------------------------

WRAPPED_AT_20 = """中华人民共和国行政处罚法

第一章　总　　则

第一条　为了规范行政处罚的设定和实施，保
障和监督行政机关有效实施行政管理，维护公
共利益和社会秩序，制定本法。
第二条　行政处罚的设定和实施，适用本法。
第三条　公民、法人或者其他组织违反行政管
理秩序的行为，依法应当给予行政处罚情形。
没有法定依据或者不遵守法定程序的，行政处
罚无效。
第四条　有关行政处罚的设定和实施，依照本法
第二章规定的行政处罚种类和设定权限执行确
定处罚的种类。
第二章　行政处罚的种类和设定
第五条　行政处罚的种类：警告、通报批评；
罚款、没收违法所得、没收非法财物。
— 1 —
中华人民共和国行政处罚法
第六条　法律可以设定各种行政处罚。限制人
身自由的行政处罚，只能由法律设定和实施。
附　　则
第七条　本法自2021年7月15日起施行。
"""


def test_a_wrapped_line_that_begins_like_a_heading_and_a_full_line_before_the_fu_ze_lose_nothing():
    """A line of a PDF copy that begins 第二章规定的… after a full line is the sentence going on, not a
    heading (its next line was lost); 附则 after a full line ending 。 is a heading (it was glued to the
    article before); the law's name at the top of a page is the page's head; a paragraph that may end at the
    cut is joined with a warning that names it."""
    law = parse_statute(WRAPPED_AT_20)
    by_label = {a.label: a for a in law.articles}
    assert by_label["第四条"].text == "有关行政处罚的设定和实施，依照本法第二章规定的行政处罚种类和设定权限执行确定处罚的种类。"
    assert by_label["第四条"].heading == "第一章 总则" and by_label["第五条"].heading == "第二章 行政处罚的种类和设定"
    assert by_label["第六条"].text == "法律可以设定各种行政处罚。限制人身自由的行政处罚，只能由法律设定和实施。"
    assert by_label["第七条"].heading == "附则"
    assert [w[:3] for w in law.warnings] == ["第三条"] and "fills the copy's width" in law.warnings[0]


def test_text_between_a_heading_and_its_first_article_is_kept_and_said():
    law = parse_statute("示范法\n第一章　总则\n第一条　甲。\n第二章　其他\n这一行不属于任何条。\n第二条　乙。\n")
    assert "这一行不属于任何条。" in law.articles[0].text and "stands after the heading" in law.warnings[0]


def test_a_decrees_header_names_the_law_and_its_dates_name_the_version():
    """As gov.cn prints a regulation: 国务院令 / 第738号 / 《…》已经…通过 above the law's own name; two
    regulations so printed were both named 《中华人民共和国国务院令》, the second replacing the first."""
    law = parse_statute("中华人民共和国国务院令\n第738号\n\n《行政事业性国有资产管理条例》已经2021年2月1日国务院第126次"
                        "常务会议通过，现予公布，自2021年4月1日起施行。\n\n总理　李克强\n2021年2月1日\n\n"
                        "行政事业性国有资产管理条例\n\n第一章　总　　则\n\n第一条　为了加强管理，制定本条例。\n"
                        "第二条　本条例自2021年4月1日起施行。\n")
    assert (law.title, law.version, law.in_force) == ("行政事业性国有资产管理条例", "2021-02-01", "2021-04-01")
    assert [a.label for a in law.articles] == ["第一条", "第二条"]


def test_the_year_in_the_name_keeps_versions_apart_when_the_text_has_no_history():
    older = parse_statute("中华人民共和国公司法（2018年修正）\n\n第一条　甲。\n第二条　本法自1994年7月1日起施行。\n")
    newer = parse_statute("中华人民共和国公司法（2023年修订）\n\n第一条　乙。\n第二条　本法自2024年7月1日起施行。\n")
    assert (older.title, older.version) == (newer.title, "2018") and newer.version == "2023"
    assert newer.in_force == "2024-07-01" and older.in_force == "2018"


def test_a_decisions_name_over_two_lines_and_an_article_quoted_in_an_item():
    head = ("全国人民代表大会常务委员会关于修改《中华人民共和国\n行政处罚法》的决定\n\n"
            "（2009年8月27日第十一届全国人民代表大会常务委员会第十次会议通过）\n\n")
    items = ("一、将第三条第一款修改为：\n第三条　公民违反行政管理秩序的行为，应当给予行政处罚的，依照本法实施。\n\n"
             "二、将第四十二条修改为：“当事人要求听证的，应当在告知后三日内提出。”\n\n三、本决定自公布之日起施行。\n")
    law = parse_statute(head + items)
    assert law.title == "全国人民代表大会常务委员会关于修改《中华人民共和国行政处罚法》的决定"
    assert (law.kind, [a.label for a in law.articles], law.version) == ("document", ["一、", "二、", "三、"], "2009-08-27")
    assert "第三条　公民违反" in law.articles[0].text


def test_an_excerpt_without_spaces_after_the_numbers_keeps_every_article():
    law = parse_statute("中华人民共和国民法典（节选）\n第一条为了保护民事主体的合法权益，制定本法。\n"
                        "第二条民法调整平等主体之间的关系。\n第一百一十条自然人享有生命权。\n法人享有名称权。\n"
                        "第一千二百六十条本法自2021年1月1日起施行。\n")
    assert law.title == "中华人民共和国民法典"   # cited as 《民法典》
    assert [a.number for a in law.articles] == [1, 2, 110, 1260] and law.articles[2].text == "自然人享有生命权。\n法人享有名称权。"
    assert law.warnings == ("an excerpt (节选): only the articles in the file are held",)


def test_a_note_whose_first_line_is_an_article_is_not_a_statute():
    with pytest.raises(StatuteError, match="begins like an article"):
        parse_statute("第九条的六种处罚要背下来\n第一条　警告。\n第二条　罚款。\n")


FLK_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>中华人民共和国行政许可法_国家法律法规数据库</title>
</head><body><div class="header"><h1 class="logo"><a href="/">国家法律法规数据库</a></h1>
<ul class="nav"><li>首页</li><li>法律</li></ul></div>
<table><tr><td>公布日期：</td><td>2019-04-23</td></tr><tr><td>施行日期：</td><td>2019-04-23</td></tr></table>
<div class="law-content"><h2>中华人民共和国行政许可法</h2>
<p><strong>第一条</strong>&emsp;为了规范行政许可的设定和实施，制定本法。</p>
<p><strong>第二条</strong>&emsp;本法自2004年7月1日起施行。</p></div>
<div class="footer"><p>版权所有：全国人大常委会办公厅　第1页</p></div></body></html>"""


def test_an_html_page_with_the_sites_logo_in_h1_its_dates_a_footer_and_pre():
    from examcore.study.statute_sources import html_text
    law = parse_statute(html_text(FLK_PAGE))
    assert (law.title, law.version) == ("中华人民共和国行政许可法", "2019-04-23")
    assert law.articles[-1].text == "本法自2004年7月1日起施行。"   # no footer glued to the last article
    pre = html_text("<html><head><title>示范条例</title></head><body><pre>\n示范条例\n\n第一条　甲。\n第二条　乙。\n"
                    "</pre><div style='white-space:pre-line'>第三条　丙。\n第四条　丁。</div></body></html>")
    assert [a.label for a in parse_statute(pre).articles] == ["第一条", "第二条", "第三条", "第四条"]


def test_word_numbering_draws_the_article_numbers_and_a_line_break_keeps_paragraphs(tmp_path):
    """Articles typed with Word's 编号 (第%1条 in Chinese numerals) are not in the paragraphs' text; a
    Shift+Enter inside an article separates its paragraphs (it was a space that merged them)."""
    import io

    import docx

    from examcore.study.statute_sources import statute_text
    numbered = parse_statute(statute_text("a.docx", (CASES / "autonumber.docx").read_bytes()))
    assert [a.label for a in numbered.articles] == ["第一条", "第二条", "第三条"]
    document = docx.Document()
    document.add_paragraph("示范法")
    run = document.add_paragraph().add_run("第一条　第一款的内容。")
    run.add_break()
    document.paragraphs[-1].add_run("第二款的内容。")
    document.add_paragraph("第二条　乙。")
    out = io.BytesIO()
    document.save(out)
    law = parse_statute(statute_text("b.docx", out.getvalue()))
    assert law.articles[0].text == "第一款的内容。\n第二款的内容。"


# --- a fourth outside attack (issue 22) -----------------------------------------------------------------------

def test_look_alike_characters_of_a_pdf_copy_read_as_the_characters():
    """⼀ (a Kangxi radical) for 一 dropped 第⼀条 silently; １０００元 was never found as 1000元."""
    law = parse_statute("中华人民共和国示范⾏政法\n第⼀章　总则\n第⼀条　罚款１０００元。\n第⼆条　⼈民政府负责。\n")
    assert law.title == "中华人民共和国示范行政法"
    assert [(a.label, a.heading, a.text) for a in law.articles] == [
        ("第一条", "第一章 总则", "罚款1000元。"), ("第二条", "第一章 总则", "人民政府负责。")]


def test_names_and_fields_as_databases_print_them_keep_versions_and_the_day_in_force():
    pkulaw = parse_statute("中华人民共和国示范公司法(2023修订)\n【发布部门】全国人大常委会\n【发布日期】2023.12.29\n"
                           "【实施日期】2024.07.01\n\n第一条　甲。\n第二条　乙。\n")
    fields = parse_statute("中华人民共和国示范公司法\n公布日期：2023年12月29日\n实施日期：2024年07月01日\n\n第一条　甲。\n")
    for law in (pkulaw, fields):
        assert (law.title, law.version, law.in_force) == ("中华人民共和国示范公司法", "2023-12-29", "2024-07-01")


def test_a_decree_number_in_brackets_or_on_the_decrees_line():
    body = ("\n《示范登记条例》已经2024年1月5日国务院第20次常务会议通过，现予公布，自2024年5月1日起施行。\n"
            "总理　李强\n2024年1月10日\n\n示范登记条例\n\n第一条　甲。\n第二条　乙。\n")
    for header in ("中华人民共和国国务院令\n（第777号）\n", "中华人民共和国国务院令　第777号\n"):
        law = parse_statute(header + body)
        assert (law.title, law.version, law.in_force) == ("示范登记条例", "2024-01-10", "2024-05-01")


def test_a_gazettes_running_head_is_left_out_and_the_sentence_goes_on_across_it():
    line = "第{n}条　对违法行为给予处罚的规定，依照本法的有关规定执行，不得违反。"
    pages = []
    for n in range(1, 7):
        text = line.format(n=chinese_numeral(n))
        pages += [text[:20], text[20:]]
        if n % 2 == 0:
            pages += ["— %d —" % n, "全国人民代表大会常务委员会公报", "中华人民共和国示范处罚法　　·%d·" % n]
    law = parse_statute("中华人民共和国示范处罚法\n" + "\n".join(pages))
    assert [a.text for a in law.articles] == ["对违法行为给予处罚的规定，依照本法的有关规定执行，不得违反。"] * 6
    assert any("全国人民代表大会常务委员会公报 (a page's running head)" in w for w in law.warnings)


def test_an_item_mark_at_the_start_of_a_wrapped_line_goes_on_the_sentence():
    """A PDF copy cut between 有前条第 and （二）项: the item mark starts no paragraph after a full line."""
    third = "第三条　申请材料不齐全的，应当一次告知；有前条第（二）项规定情形的，不予受理。"
    text = [f"第{chinese_numeral(n)}条　本条的内容一直写到这一行的末尾，然后结束。" for n in (1, 2)] + [third] + \
        [f"第{chinese_numeral(n)}条　本条的内容一直写到这一行的末尾，然后结束。" for n in range(4, 9)]
    wrapped = [line[i:i + 24] for line in text for i in range(0, len(line), 24)]
    assert wrapped[4].endswith("有前条第") and wrapped[5].startswith("（二）项")
    law = parse_statute("示范登记法\n" + "\n".join(wrapped))
    assert law.articles[2].text == third[4:]


def test_a_decision_of_one_paragraph_is_a_document():
    law = parse_statute("全国人民代表大会常务委员会关于批准《示范协定》的决定\n\n（2024年2月27日第十四届全国人民代表大会常务委员会"
                        "第八次会议通过）\n\n第十四届全国人民代表大会常务委员会第八次会议决定：批准《示范协定》。\n")
    assert (law.kind, [a.label for a in law.articles], law.version) == ("document", ["全文"], "2024-02-27")
    assert law.articles[0].text == "第十四届全国人民代表大会常务委员会第八次会议决定：批准《示范协定》。"


def test_a_sidebars_heading_and_a_pages_own_lines_are_not_the_law():
    from examcore.study.statute_sources import html_text
    page = ("<html><head><title>示范登记法</title></head><body><div class='channel'><h3>宪法</h3><ul><li>宪法修正案</li>"
            "</ul></div><h1>中华人民共和国示范登记法</h1><p>第一条　甲。</p><p>第二条　本法自2024年5月1日起施行。</p>"
            "<div>【我要纠错】 责任编辑：张三</div><div>扫一扫在手机打开当前页</div><div>打印本页 关闭窗口</div></body></html>")
    law = parse_statute(html_text(page))
    assert law.title == "中华人民共和国示范登记法" and law.articles[-1].text == "本法自2024年5月1日起施行。"


def test_a_container_whose_class_merely_contains_nav_keeps_the_law():
    from examcore.study.statute_sources import html_text
    page = ("<html><body><h1>示范法</h1><div class='nav-tab-content'><p>第一条　甲。</p><p>第二条　乙。</p></div>"
            "<ul class='nav'><li>首页</li></ul></body></html>")
    law = parse_statute(html_text(page))
    assert [a.text for a in law.articles] == ["甲。", "乙。"]
