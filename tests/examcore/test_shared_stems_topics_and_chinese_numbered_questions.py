"""Issue 16's "Not yet" items (rounds 21-36): a shared stem's mark （1-3题共用题干） refused with its facts; a topic
inside a section written 第二部分 刑法 refused, and numbers starting again at 1 below a topic said as a numbered list
inside the question above; short answers numbered （一）（二） refused as facts (office_text.py)."""
from __future__ import annotations

import pytest

from examcore.banks import read_bank

_OPTIONS = "A．宪法  B．刑法  C．民法典  D．行政法\n答案：A\n"
_FACTS = "某县市场监管局对甲公司作出罚款五万元的决定。"


def _read(tmp_path, text: str):
    path = tmp_path / "bank.txt"
    path.write_text(text, encoding="utf-8")
    return read_bank(path, "b")


def _said(report) -> str:
    return "\n".join(str(p) for p in [*report.problems, *report.notes])


def _three_and_one(mark: str) -> str:
    return (f"一、单选题\n{mark}\n1．该决定属于（  ）。\n{_OPTIONS}2．甲公司可以（  ）。\n{_OPTIONS}"
            f"3．复议机关是（  ）。\n{_OPTIONS}4．我国的根本大法是（  ）。\n{_OPTIONS}")


@pytest.mark.parametrize("mark", [f"（1-3题共用题干）\n{_FACTS}", f"以下1～3题共用题干：\n{_FACTS}",
                                  f"【1-3题共用题干】{_FACTS}", f"（第1至3题共用材料）\n{_FACTS}"])
def test_a_shared_stem_goes_before_the_stems_it_names_and_no_other(tmp_path, mark):
    report = _read(tmp_path, _three_and_one(mark))
    assert not report.problems, _said(report)
    stems = [q.stem for q in report.questions]
    assert all(s.startswith(_FACTS + "\n") for s in stems[:3]), stems
    assert stems[3] == "我国的根本大法是（  ）。"
    assert not any("共用" in s for s in stems)   # the mark says which questions; it is no part of a stem


def test_options_shared_by_several_questions_are_refused_by_name(tmp_path):
    report = _read(tmp_path, _three_and_one("（1-3题共用备选答案）\nA．宪法  B．刑法"))
    assert "options shared by several questions are not a kind Xuefa has" in str(report.problems[0])


@pytest.mark.parametrize("first, second", [("（一）宪法", "（二）刑法"), ("第一部分 宪法", "第二部分 刑法"),
                                           ("第一部分　宪法", "第二部分　刑法"), ("第一章 宪法", "第二章 刑法")])
def test_a_topic_inside_a_section_is_its_questions_category(tmp_path, first, second):
    report = _read(tmp_path, f"一、单选题\n{first}\n1．根本大法是（  ）。\n{_OPTIONS}2．根本法是（  ）。\n{_OPTIONS}"
                             f"{second}\n3．刑法的基本原则是（  ）。\n{_OPTIONS}")
    assert not report.problems, _said(report)
    assert [q.category for q in report.questions] == ["宪法", "宪法", "刑法"]


def test_numbers_that_start_again_below_a_topic_are_said_once_at_the_topic(tmp_path):
    report = _read(tmp_path, f"一、单选题\n第一部分 宪法\n1．根本大法是（  ）。\n{_OPTIONS}2．根本法是（  ）。\n{_OPTIONS}"
                             f"第二部分 刑法\n1．刑法的基本原则是（  ）。\n{_OPTIONS}2．罪刑法定是（  ）。\n{_OPTIONS}")
    [problem] = report.problems
    assert problem.row == 9 and "numbered from 1 again: number them on through the section (3. 4. …)" in str(problem)
    assert "numbered list" not in _said(report)   # not a list inside question 2: a topic's own numbers


def test_short_answers_numbered_in_chinese_numerals_are_read_in_order(tmp_path):
    report = _read(tmp_path, "二、简答题\n（一）简述行政许可的设定原则。\n答案：合法原则。\n（二）简述行政处罚的种类。\n"
                             "答案：警告、罚款等。\n（三）简述行政复议的期限。\n答案：六十日。\n")
    assert not report.problems, _said(report)
    assert [(q.stem, q.answer) for q in report.questions] == [
        ("简述行政许可的设定原则。", ("合法原则。",)), ("简述行政处罚的种类。", ("警告、罚款等。",)),
        ("简述行政复议的期限。", ("六十日。",))]
    assert "numbered （一）（二）…, read as 1. 2." in _said(report)


def test_an_answer_s_own_chinese_numbered_points_are_never_read_as_questions(tmp_path):
    # （二）公开原则 in question 1's answer counts 1, 1, 2, 2: the numbers are not the questions', nothing is renumbered
    report = _read(tmp_path, "二、简答题\n（一）简述行政许可的设定原则。\n答案：\n（一）合法原则\n（二）公开原则\n"
                             "（二）简述行政处罚的种类。\n答案：警告、罚款等。\n")
    assert report.problems and not any(q.stem == "公开原则" for q in report.questions)


def test_chinese_numerals_above_numbered_questions_stay_topics(tmp_path):
    report = _read(tmp_path, "二、简答题\n（一）行政许可\n1．简述行政许可的设定原则。\n答案：合法原则。\n（二）行政处罚\n"
                             "2．简述行政处罚的种类。\n答案：警告、罚款等。\n")
    assert not report.problems, _said(report)
    assert [(q.number if hasattr(q, "number") else None, q.category) for q in report.questions][0][1] == "行政许可"
    assert [q.stem for q in report.questions] == ["简述行政许可的设定原则。", "简述行政处罚的种类。"]
