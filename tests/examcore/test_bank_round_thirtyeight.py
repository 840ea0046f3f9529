"""Outside round 38 (issue 16): the formats that are not Word. A template's row describing its columns, and
numbers as a JSON bank's options (Moodle's auto-format line breaks: tests/examcore/test_moodle_xml.py)."""
from __future__ import annotations

import json

import openpyxl
import pytest

from examcore.banks import read_bank

HEADER = ["题型", "题干", "选项A", "选项B", "选项C", "选项D", "答案", "分值", "难度"]
QUESTION = ["单选", "我国的根本法是（ ）。", "宪法", "刑法", "民法典", "行政法", "A", 2, 1]


def _sheet(tmp_path, *rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(list(row))
    book.save(tmp_path / "b.xlsx")
    return read_bank(tmp_path / "b.xlsx", "b")


@pytest.mark.parametrize("described", [
    ["（必填）单选/多选/判断", "（必填）", None, None, None, None, "（必填）", "整数", "1-5"],
    ["必填", "必填", "必填", "必填", "选填", "选填", "必填", "数字", "1～5"],
    ["(必填)", "(必填)题目内容", None, None, None, None, "（必填）A-D", "正整数（默认1）", None],
], ids=["brackets", "plain", "with_words"])
def test_a_templates_row_describing_its_columns_is_left_out_and_said(tmp_path, described):
    """An outside round: a unit's template with ``（必填）…`` under the header refused the sheet as an unknown
    type; it says what goes in each column, so it is left out with a note and the questions are read."""
    report = _sheet(tmp_path, HEADER, described, QUESTION)
    assert not report.problems, [str(p) for p in report.problems]
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"]
    assert any("says what goes in each column" in str(n) and n.row == 2 for n in report.notes)


def test_a_row_that_only_looks_like_it_is_never_left_out(tmp_path):
    """Only the first row below the header, and only when every filled cell is such a note: a question row
    (an option with a value) or the same words lower down are refused as before, never dropped."""
    with_option = ["（必填）单选", "（必填）", "宪法", "刑法", None, None, "A", None, None]
    report = _sheet(tmp_path, HEADER, with_option, QUESTION)
    assert [p.row for p in report.problems] == [2]
    lower = ["（必填）单选/多选/判断", "（必填）", None, None, None, None, "（必填）", "整数", "1-5"]
    report = _sheet(tmp_path, HEADER, QUESTION, lower)
    assert [p.row for p in report.problems] == [3]


def test_whole_numbers_as_json_options_are_their_digits_and_fractions_are_refused(tmp_path):
    """An outside round: ``"options": [1998, 1999]`` was refused, while the same cells of a sheet are read;
    a fraction (1e-05 is not what was typed) is still refused, naming the file's field, options."""
    def bank(options):
        (tmp_path / "b.json").write_text(json.dumps({"questions": [
            {"type": "单选", "stem": "《宪法》现行文本通过于（　）年。", "options": options, "answer": "B"}]}),
            encoding="utf-8")
        return read_bank(tmp_path / "b.json", "b")
    report = bank([1981, 1982, 1983])
    assert [[o.text for o in q.options] for q in report.questions] == [["1981", "1982", "1983"]]
    assert [[o.text for o in q.options] for q in bank({"A": 1981, "B": 1982}).questions] == [["1981", "1982"]]
    refused = bank([1981.5, 1982])
    assert not refused.questions and [p.column for p in refused.problems] == ["options"]
    assert "option A must be text, not a number" in refused.problems[0].message
    assert [p.column for p in bank([True, False]).problems] == ["options"]   # true is not an option's text


def test_a_line_quoted_in_a_message_shows_its_wide_spaces_as_spaces():
    """Round 36's Not-yet: a message quoting `二、多项选择题　（每题2分）` showed it as `…\\u3000（每题2分）`, which
    no clerk recognises; a wide or no-break space is shown as written, other control characters still
    escaped (a line break stays visible as \\n), in English and in the user's language."""
    from examcore.cli_text import Words, said
    made = Words("{text!r} is not a numbered question (1. 1、 （1）) nor a section heading",
                 text="二、多项选择题\u3000（每题2分）\xa0\n")
    assert str(made).startswith("'二、多项选择题\u3000（每题2分）\xa0\\n'") and "\\u3000" not in said(made)
    assert made.params["text"] == "二、多项选择题\u3000（每题2分）\xa0\n"   # kept as given (to_dict, the API)


@pytest.mark.parametrize("line", ["论述充分。", "理由充分。", "卷面整洁，字迹清晰。", "书写工整，卷面整洁。",
                                  "分析有法律依据，说理充分。", "论证严密。", "答案要点清楚。", "答题要点明确。"])
def test_round_39_how_a_paper_reads_is_a_requirement_above_choices_and_a_fact_below_a_case(line):
    """Round 39: bare judgements of a written answer were dropped below 案例分析题 too, where they are how a
    paper was marked (the case the questions ask about). With no must and no label they go before each stem
    there; below a choice heading, or labelled (要求：…), they are the section's instructions. Round 40: the
    要 of 要点 was read as a must (答案要点清楚。 dropped below a case)."""
    from tests.examcore.test_bank_round_thirtyfour import TWO_CHOICES
    from tests.examcore.test_text_bank_layouts import _read
    below_case = _read(f"七、案例分析题\n{line}\n{TWO_CHOICES}")
    assert not below_case.problems and all(line.rstrip("。") in q.stem for q in below_case.questions)
    for top in (f"一、单项选择题\n{line}", f"七、案例分析题\n要求：{line}"):
        read = _read(f"{top}\n{TWO_CHOICES}")
        assert not read.problems and len(read.questions) == 2, top
        assert not any(line.rstrip("。")[:4] in q.stem for q in read.questions), top


def test_round_39_a_headings_remark_read_by_its_words_alone_is_said_as_left_out():
    """Round 39: a heading's bracketed remark was left out with no word, where the same line below the heading
    gets a note; a fact that slipped past the vocabulary would be lost unseen. A remark read by its words alone
    is said now; one made only of an instruction's forms (每小题2分，共20分) is left out quietly."""
    from tests.examcore.test_bank_round_thirtyfour import TWO_CHOICES
    from tests.examcore.test_text_bank_layouts import _read
    for heading, said in (("一、单项选择题（每小题2分，共20分）", False), ("一、单项选择题（请用黑色墨水笔作答）", True),
                          ("一、单项选择题：请按题号顺序作答。", True), ("三、判断题：判断正误", False)):
        report = _read(f"{heading}\n{TWO_CHOICES}" if "单项" in heading else
                       f"{heading}\n1. 宪法是国家的根本法。（ ）\n答案：√\n")
        assert not report.problems, heading
        assert any("in the section heading read as the section's instructions" in str(n) for n in report.notes) is said


def test_a_refused_line_below_a_heading_also_says_what_to_do_with_mere_instructions():
    """Rounds 33, 36 and 39: an instruction line the rule does not know (请勿携带手机进入考场。) was refused with
    advice only for a case or a question; the clerk is now told to delete it if it only says how to answer."""
    from tests.examcore.test_bank_round_thirtyfour import TWO_CHOICES
    from tests.examcore.test_text_bank_layouts import _read, _said
    report = _read(f"一、单项选择题\n请勿携带手机进入考场。\n{TWO_CHOICES}")
    assert [p.row for p in report.problems] == [2]
    assert "if it only tells how to answer, delete it" in _said(report)
