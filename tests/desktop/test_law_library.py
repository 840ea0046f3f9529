"""The law library as a learner uses it, on the statute cases (tests/data/statutes, from shared/cases):
searches as people type them, the true total a page at a time, citations of 之N articles, the 序言."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.services.law_library import PAGE
from desktop.ui.learner.library_page import LibraryPage
from examcore.study.statutes import Article, Statute, StatuteError
from tests.desktop.ui_helpers import type_text

CASES = Path(__file__).resolve().parents[1] / "data" / "statutes"


@pytest.fixture
def laws(station):
    station.laws.import_file(CASES / "books.txt")
    return station.laws


def _first(laws, query: str) -> tuple[str, str]:
    hit = laws.search(query).hits[0]
    return hit.law_title, hit.label


def test_the_searches_of_the_cases_find_what_a_learner_means(laws):
    assert [h.label for h in laws.search("登记 负责人").hits] == ["第四条"]       # two words, both must occur
    assert _first(laws, "第三条之一") == ("示范条例", "第三条之一")
    assert _first(laws, "示范条例第三条之一") == ("示范条例", "第三条之一")
    assert _first(laws, "第二条") == ("示范条例", "第二条")
    assert _first(laws, "示范条例 第二条") == ("示范条例", "第二条")
    assert _first(laws, "序言") == ("示范条例", "序言")
    assert _first(laws, "制定本条例的缘由") == ("示范条例", "序言")              # a phrase of the 序言
    assert laws.find_article("示范条例", 3, 1).label == "第三条之一"
    assert laws.find_article("示范条例", 3).label == "第三条"
    assert laws.search("这句话不在任何法规里").total == 0


def test_a_phrase_split_by_a_line_break_in_the_copied_text_is_found(station):
    law, _ = station.laws.import_file(CASES / "wrapped.txt")
    assert law.joined > 0 and len(law.articles) == 8
    assert [h.label for h in station.laws.search("制定本条例的缘由").hits] == ["序言"]
    assert [h.label for h in station.laws.search("住所和负责人").hits] == ["第四条"]


def test_an_amendment_is_kept_as_a_document_not_refused_with_a_generic_error(station):
    doc, _ = station.laws.import_file(CASES / "amendment.txt")
    assert doc.kind == "document" and [a.label for a in station.laws.articles(doc.title)] == ["一、", "二、", "三、"]


def test_utf16_text_with_its_bom_is_read_and_a_binary_file_is_refused(station, tmp_path):
    (tmp_path / "u16.txt").write_bytes((CASES / "books.txt").read_text(encoding="utf-8").encode("utf-16"))
    assert len(station.laws.import_file(tmp_path / "u16.txt")[0].articles) == 8
    (tmp_path / "scan.txt").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(StatuteError, match="not text"):
        station.laws.import_file(tmp_path / "scan.txt")


def test_a_word_in_more_articles_than_a_page_shows_the_true_total_and_every_hit(station, qtbot):
    many = PAGE * 2 + 7
    station.laws.store(Statute("大量条文的规定", tuple(
        Article(n, f"第{n}条", "", f"第{n}号事项适用公示制度。") for n in range(1, many + 1))))
    seen, offset = [], 0
    while True:
        page = station.laws.search("公示", offset)
        assert page.total == many
        seen += [h.article_id for h in page.hits]
        offset += PAGE
        if offset >= page.total:
            break
    assert len(seen) == len(set(seen)) == many
    # in the window: the total, and the next page reaches the rest
    view = LibraryPage(station.laws)
    qtbot.addWidget(view)
    view.search_edit.setText("公示")
    view.search()
    assert view.message_label.text() == f"{many} article(s) found." and view.results.count() == PAGE
    assert view.results.alternatingRowColors()   # hits wrap over lines: every other one shaded (issue 19)
    assert view.page_label.text() == f"1–{PAGE} of {many}" and not view.previous_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.results.count() == 7 and not view.next_button.isEnabled()


def test_the_reader_shows_the_heading_path_and_a_citation_opens_the_article_of_zhi(laws, qtbot):
    view = LibraryPage(laws)
    qtbot.addWidget(view)
    assert view.open_article("示范条例", 3, 1)
    shown = view.article_view.toPlainText()
    assert "第三条之一" in shown and "示范单位分立的" in shown
    assert "第一编 总则 › 第一分编 通则 › 第一章 一般规定" in shown
    assert view.shown_article == ("示范条例", 3, 1)
    type_text(qtbot, view.search_edit, "登记 负责人")   # typed, no Enter: the results come on a pause
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=3000)
    assert "第一节 登记" in view.article_view.toPlainText()
    assert 'background-color:#ffe58a;">负责人</span>' in view.article_view.toHtml()   # the match highlighted


def test_the_name_of_a_law_narrows_a_search_and_ranks_that_law_first(laws, tmp_path):
    (tmp_path / "other.txt").write_text("另一示范办法\n第一条　登记机关负责登记工作。\n第二条　本办法自公布之日起施行。\n",
                                        encoding="utf-8")
    laws.import_file(tmp_path / "other.txt")
    assert [(h.law_title, h.label) for h in laws.search("示范条例 登记").hits] == [("示范条例", "第四条")]
    assert {h.law_title for h in laws.search("登记").hits} == {"示范条例", "另一示范办法"}
    # the name of a law alone (no article says it of itself) opens that law's list: its articles in order
    (tmp_path / "citing.txt").write_text("引用办法\n第一条　依照另一示范办法登记。\n", encoding="utf-8")
    laws.import_file(tmp_path / "citing.txt")   # a law citing it listed alone, the law itself not at all
    named = laws.search("《另一示范办法》")
    assert (named.total, [(h.law_title, h.label) for h in named.hits]) == (
        2, [("另一示范办法", "第一条"), ("另一示范办法", "第二条")])
    # a reference with the 款 or 项 of an article finds the article (an outside tester found nothing)
    assert _first(laws, "示范条例第二条第二款") == ("示范条例", "第二条")
    assert _first(laws, "示范条例第三条第一项") == ("示范条例", "第三条")


def test_word_and_html_pages_of_a_statute_read_like_the_text(station, tmp_path):
    import docx
    lines = (CASES / "books.txt").read_text(encoding="utf-8").splitlines()
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(tmp_path / "books.docx")
    from_word, _ = station.laws.import_file(tmp_path / "books.docx")
    page = ("<html><head><meta charset=\"gbk\"><title>国家法律法规数据库</title><style>p{}</style></head><body>"
            + "".join(f"<p>{line.replace('　', '&nbsp;')}</p>" for line in lines) + "</body></html>")
    (tmp_path / "books.html").write_bytes(page.encode("gbk"))
    from_html, _ = station.laws.import_file(tmp_path / "books.html")
    text, _ = station.laws.import_file(CASES / "books.txt")
    for law in (from_word, from_html):
        assert [(a.label, a.heading, a.text) for a in law.articles] == \
            [(a.label, a.heading, a.text) for a in text.articles]
    (tmp_path / "old.docx").write_bytes(b"\xd0\xcf\x11\xe0 an old .doc")
    with pytest.raises(StatuteError, match="not a Word document"):
        station.laws.import_file(tmp_path / "old.docx")


def test_two_versions_of_a_law_coexist_and_a_citation_opens_the_one_in_force(station, qtbot, tmp_path):
    old = "示范法\n（2010年3月1日示范会议通过）\n第一条　旧的规定。\n第二条　旧的第二条。\n"
    new = ("示范法\n（2010年3月1日示范会议通过　根据2020年6月30日示范会议《关于修改〈示范法〉的决定》修正）\n"
           "第一条　新的规定。\n第二条　新的第二条。\n")
    for name, text_ in (("old.txt", old), ("new.txt", new)):
        (tmp_path / name).write_text(text_, encoding="utf-8")
        station.laws.import_file(tmp_path / name)
    station.laws.import_file(tmp_path / "new.txt")   # the same version again replaces itself, nothing doubles
    assert station.laws.laws() == [("示范法", "2020-06-30", 2), ("示范法", "2010-03-01", 2)]
    assert station.laws.find_article("示范法", 1, on="2015-01-01").text == "旧的规定。"
    assert station.laws.find_article("示范法", 1, on="2021-01-01").text == "新的规定。"
    assert station.laws.find_article("示范法", 1).text == "新的规定。"
    assert station.laws.search("规定").total == 2
    view = LibraryPage(station.laws)
    qtbot.addWidget(view)
    assert view.open_article("示范法", 1, 0, "2015-01-01")
    assert "旧的规定" in view.article_view.toPlainText() and "2010-03-01" in view.article_view.toPlainText()
    # the older version held beside the newer is said to be superseded, in the list and among search hits
    assert "示范法 (superseded version of 2010-03-01)" in view.article_view.toPlainText()
    view.search_edit.setText("规定")
    view.search()
    heads = sorted(view.results.item(i).text().splitlines()[0] for i in range(view.results.count()))
    assert heads == ["示范法 (superseded version of 2010-03-01) 第一条", "示范法 (version of 2020-06-30) 第一条"]
    # a citation that names its version opens that version, not the one in force (issue 22)
    from desktop.ui.learner.law_links import linkify, parse_link
    held = lambda title, n, sub: station.laws.find_article(title, n, sub) is not None  # noqa: E731
    shown = linkify("见《示范法》（2010年）第一条、第二条。", held)
    links = [parse_link(href) for href in re.findall(r'href="([^"]+)"', shown)]
    assert links == [("示范法", 1, 0, 2010), ("示范法", 2, 0, 2010)], shown
    assert view.open_article("示范法", 1, 0, "2026-12-01", 2010)
    assert "旧的规定" in view.article_view.toPlainText() and not view.message_label.text()
    assert view.open_article("示范法", 1, 0, "2026-12-01", 2015)   # a version the library lacks: said
    assert "新的规定" in view.article_view.toPlainText()
    assert view.message_label.text() == ("The 2015 version of 《示范法》 is not in this station's library: shown is "
                                         "the version in force now.")


def test_odd_queries_and_numbers_give_an_answer_not_an_error(laws, tmp_path):
    """What people paste into a search box, and statutes with stray huge numbers, never raise."""
    assert laws.search("，。！？《》“”").total == 0                     # punctuation alone: nothing, not all
    assert laws.search("“登记”").total == laws.search("登记").total > 0  # pasted quotes are not part of the word
    assert laws.search("《示范条例》第二条").hits[0].label == "第二条"
    for query in ("第99999999999999999999条", "示范条例第9" + "9" * 5000 + "条", "第二条之999999999999"):
        assert laws.search(query).total == 0
    assert all(h.label != "序言" for h in laws.search("第0条").hits)   # 0 is no article (the 序言 opened)
    many = " ".join(f"词{n}" for n in range(5000))
    assert laws.search(many).total == 0                                   # cut to the first words, no crash
    assert laws.search("100%_条例").total == 0                            # a LIKE wildcard is a character
    odd = tmp_path / "奇怪的条例.txt"
    odd.write_text("奇怪的条例\n\n第一条 本条例引用《宪法》第99999999999999999999条。\n"
                   "第99999999999999999999999条 这一行只是正文。\n第二条 第二条的内容。\n", encoding="utf-8")
    laws.import_file(odd)
    articles = laws.articles("奇怪的条例")
    assert [a.label for a in articles] == ["第一条", "第二条"]
    assert "第99999999999999999999999条 这一行只是正文" in articles[0].text
    from examcore.study.statutes import find_citations
    assert find_citations(articles[0].text) == []


def test_a_folder_of_laws_imports_at_once_and_a_bad_file_keeps_only_itself_out(station, tmp_path):
    good = tmp_path / "甲条例.txt"
    good.write_text("甲条例\n\n第一条 甲的内容。\n第二条 乙的内容。\n", encoding="utf-8")
    bad = tmp_path / "不是法规.txt"
    bad.write_text("这只是一段话，没有条文。\n", encoding="utf-8")
    done = station.laws.import_files([good, bad, CASES / "books.txt"])
    assert isinstance(done[1], StatuteError) and [d[0].title for d in (done[0], done[2])] == ["甲条例", "示范条例"]
    assert {t for t, _v, _n in station.laws.laws()} == {"甲条例", "示范条例"}
    assert station.laws.search("乙的内容").hits[0].law_title == "甲条例"


def test_a_phrase_typed_without_its_space_finds_the_articles_holding_its_words_and_says_so(laws, qtbot):
    """执法公开 typed as learners type it, with no space: no article says it whole, so its two-character
    words are looked for, and the page says that is what it shows (found by an outside tester)."""
    assert laws.search("登记负责人").split and [h.label for h in laws.search("登记负责人").hits] == ["第四条"]
    assert laws.search("登记负责人").terms == ("登记", "负责人")
    whole = laws.search("制定本条例的缘由")   # found as typed: never split
    assert not whole.split and whole.total == 1
    assert laws.search("这句话不在任何法规里").total == 0
    view = LibraryPage(laws)
    qtbot.addWidget(view)
    type_text(qtbot, view.search_edit, "登记负责人")
    qtbot.waitUntil(lambda: view.results.count() == 1, timeout=3000)
    assert "“登记负责人” as typed is in no article; 1 articles hold all of its words: 登记 负责人." == \
        view.message_label.text()


def test_an_explanation_links_every_citation_form_the_library_holds():
    """Issue 22: 宪法第五条 (no 《》), the articles after a citation and 本法 link to the article when the
    library holds it, never a word before the law's name (根据), never a law it does not hold."""
    from desktop.ui.learner.law_links import linkify, parse_link
    held = {("中华人民共和国宪法", 5), ("中华人民共和国宪法", 7), ("宪法", 5), ("宪法", 7)}
    shown = linkify("根据宪法第五条和第七条，另见刑法第二条。", lambda title, n, _sub: (title, n) in held)
    assert '根据<a href="law:%E5%AE%AA%E6%B3%95:5">宪法第五条</a>' in shown, shown
    assert '<a href="law:%E5%AE%AA%E6%B3%95:7">第七条</a>' in shown and "刑法第二条" in shown and \
        shown.count("<a ") == 2, shown
    assert parse_link("law:%E5%AE%AA%E6%B3%95:7") == ("宪法", 7, 0, 0)
    # 宪法序言 as banks write it, without 《》: the 序言 of the law the library holds; a book's 序言 stays text
    held.add(("宪法", 0))
    preamble = linkify("依据宪法序言的规定；本书序言从略。", lambda title, n, _sub: (title, n) in held)
    assert preamble == '依据<a href="law:%E5%AE%AA%E6%B3%95:0">宪法序言</a>的规定；本书序言从略。', preamble


# --- the second outside attack (issue 22): files as people have them, versions, the reader ------------------

def _word_with_table_and_tracked_changes(path: Path) -> None:
    """A Word file whose 第二条 stands in a table, with a tracked insertion (第二条之一, kept) and a tracked
    deletion (left out), built as Word writes them."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def tracked(kind: str, text_tag: str, text: str, change_id: str):
        change = OxmlElement(kind)
        for name, value in (("w:id", change_id), ("w:author", "审校"), ("w:date", "2026-01-01T00:00:00Z")):
            change.set(qn(name), value)
        run, words = OxmlElement("w:r"), OxmlElement(text_tag)
        words.text = text
        run.append(words)
        change.append(run)
        return change

    document = docx.Document()
    for line in ("示范表格条例", "第一条　为了规范示范事项，制定本条例。"):
        document.add_paragraph(line)
    document.add_table(rows=1, cols=1).cell(0, 0).text = "第二条　示范单位应当遵守本条例。"
    document.add_paragraph()._p.append(tracked("w:ins", "w:t", "第二条之一　新增的条文。", "1"))
    document.add_paragraph("第三条　本条例自发布之日起施行。")._p.append(
        tracked("w:del", "w:delText", "（已删去的文字）", "2"))
    document.save(path)

def test_word_tables_and_tracked_changes_html_quirks_and_utf16_without_its_mark_lose_no_article(station, tmp_path):
    _word_with_table_and_tracked_changes(tmp_path / "table.docx")
    law, _ = station.laws.import_file(tmp_path / "table.docx")
    assert [(a.label, a.text) for a in law.articles] == [
        ("第一条", "为了规范示范事项，制定本条例。"), ("第二条", "示范单位应当遵守本条例。"),
        ("第二条之一", "新增的条文。"), ("第三条", "本条例自发布之日起施行。")]
    odd_pages = {  # a marked section the standard parser refuses; a head whose end tag is left out (optional)
        "marked.html": "<html><body><![foo bar]><p>示范网页条例</p><p>第一条&nbsp;甲。</p><p>第二条&emsp;乙。</p></body></html>",
        "open_head.html": "<html><head><title>示范网页条例</title><p>第一条&nbsp;甲。</p><p>第二条&nbsp;乙。</p>",
    }
    for name, page in odd_pages.items():
        (tmp_path / name).write_text(page, encoding="utf-8")
        law, _ = station.laws.import_file(tmp_path / name)
        assert (law.title, [a.text for a in law.articles]) == ("示范网页条例", ["甲。", "乙。"]), name
    text = (CASES / "books.txt").read_text(encoding="utf-8")
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16-le"))   # no byte-order mark
    assert len(station.laws.import_file(tmp_path / "u16.txt")[0].articles) == 8


def test_a_version_takes_effect_on_its_day_and_a_replaced_text_is_said(station, qtbot, tmp_path):
    old = "示范法\n（2004年8月28日示范会议通过）\n第一条　旧的规定。\n第二条　本法自2004年10月1日起施行。\n"
    new = "示范法\n（2004年8月28日示范会议通过　\n2023年12月29日示范会议修订）\n第一条　新的规定。\n第二条　本法自2024年7月1日起施行。\n"
    for name, text_ in (("old.txt", old), ("new.txt", new)):
        (tmp_path / name).write_text(text_, encoding="utf-8")
        assert station.laws.import_file(tmp_path / name)[1] is False
    assert station.laws.import_file(tmp_path / "new.txt")[1] is True    # the same version again: said
    find = station.laws.find_article
    assert find("示范法", 1, on="2024-03-01").text == "旧的规定。"   # revised in December, in force from July
    assert find("示范法", 1, on="2024-07-01").text == "新的规定。"
    assert find("示范法", 1, on="2004-09-01").text == "旧的规定。"   # before every version: the oldest, not the newest
    view = LibraryPage(station.laws, can_import=True)   # the station's IT; a learner's page has no import
    qtbot.addWidget(view)
    (tmp_path / "other.txt").write_text("阿法\n第一条　阿。\n", encoding="utf-8")
    view.import_statute(tmp_path / "other.txt")
    assert tuple(view.law_combo.currentData()) == ("阿法", "") and "阿。" in view.article_view.toPlainText()
    assert view.open_article("示范法", 1, 0, "2024-03-01")
    assert tuple(view.law_combo.currentData()) == ("示范法", "2004-08-28")   # the list names the law shown
    asked: list[str] = []
    # replacing the text held of a law and version is asked first, naming the law and both counts
    assert not view.import_statute(tmp_path / "new.txt", confirm=lambda q: asked.append(q) or False)
    assert "《示范法》 (version of 2023-12-29) with 2 article(s)" in asked[0] and "2 article(s) of new.txt" in asked[0]
    assert "Nothing was imported" in view.message_label.text()
    assert view.import_statute(tmp_path / "new.txt", confirm=lambda q: True) and "replaced" in view.message_label.text()



def test_the_highlight_never_breaks_the_article_and_a_pasted_page_says_it_was_cut(station, qtbot, tmp_path):
    from desktop.services.law_library import MAX_TERMS
    from desktop.ui.learner.library_page import highlighted
    marked = highlighted("依法执法第58号<公告>", ("执法", "58", "5", "8"))
    assert marked.count("<span") == 2 and "&lt;公告&gt;" in marked and "ffe58a" in marked
    (tmp_path / "law.txt").write_text("示范条例\n第一条　依法执法第58号公告。\n", encoding="utf-8")
    station.laws.import_file(tmp_path / "law.txt")
    view = LibraryPage(station.laws)
    qtbot.addWidget(view)
    view.search_edit.setText("执法 58")
    view.search()
    assert "依法执法第58号公告" in view.article_view.toPlainText()
    view.search_edit.setText(" ".join(f"执法{n}" for n in range(MAX_TERMS + 3)))
    view.search()
    assert f"first {MAX_TERMS} words" in view.message_label.text()


def test_import_study_says_the_version_what_was_joined_and_what_it_replaced(tmp_path):
    from click.testing import CliRunner

    from desktop.app import main
    law = tmp_path / "law.txt"
    law.write_text("示范法\n（2004年8月28日通过　2023年12月29日修订）\n第一条　为了规范示范活动，\n制定本法。\n"
                   "第二条　本法自2024年7月1日起施行。\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    args = ["--data-dir", str(tmp_path / "data"), "import-study", str(law)]
    first = CliRunner().invoke(main, args, env={"XUEFA_LANG": "en"})
    assert first.exit_code == 0, first.output
    assert "《示范法》, 2 article(s), version of 2023-12-29, in force from 2024-07-01" in first.output
    assert "1 line break(s) inside sentences were joined back" in first.output and "replaced" not in first.output
    again = CliRunner().invoke(main, args, env={"XUEFA_LANG": "en"})
    assert "it replaced the text of the same version held before" in again.output
    # a file refused is said and the others are imported (it stopped at the first; issue 22, an outside tester)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "law.pdf").write_bytes(b"%PDF-1.4 ...")
    other = tmp_path / "other.txt"
    other.write_text("另一法\n第一条　甲。\n第二条　乙。\n", encoding="utf-8")
    mixed = CliRunner().invoke(main, [*args[:3], str(tmp_path / "empty.txt"), str(tmp_path / "law.pdf"), str(other)],
                               env={"XUEFA_LANG": "en"})
    assert mixed.exit_code == 1 and "《另一法》, 2 article(s)" in mixed.output
    assert "empty.txt was not imported: the file has no title line" in mixed.output
    assert "law.pdf was not imported: a statute is read from a .txt, .docx or .html file" in mixed.output
    assert "2 of 3 file(s) were not imported" in mixed.output


def test_the_reader_steps_to_the_next_and_previous_article(laws, qtbot):
    view = LibraryPage(laws)
    qtbot.addWidget(view)
    assert view.open_article("示范条例", 2)
    before = view.shown_article
    qtbot.mouseClick(view.next_article_button, Qt.MouseButton.LeftButton)
    assert view.shown_article[0] == "示范条例" and view.shown_article != before
    qtbot.mouseClick(view.previous_article_button, Qt.MouseButton.LeftButton)
    assert view.shown_article == before
    view.results.setCurrentRow(view.results.count() - 1)
    assert not view.next_article_button.isEnabled() and view.previous_article_button.isEnabled()


def test_a_stray_nul_in_a_statute_is_named_by_line_not_taken_for_utf16(station, tmp_path):
    """A copy damaged by one NUL byte was refused as "probably UTF-16 saved without its byte-order mark"."""
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes("示范条例\n第一条　为了规范示范事项，制定本条例。\n第二条　示范\x00单位应当遵守本条例。\n".encode("utf-8"))
    with pytest.raises(StatuteError) as refused:
        station.laws.import_file(damaged)
    assert "line 3: 1 NUL character(s), the first here: the file was damaged" in str(refused.value)
    assert "UTF-16" not in str(refused.value) and station.laws.laws() == []
