"""Question banks read as their authors wrote them (issue 16, 2026-12-04, the open items of the fourth outside
round and a fifth round): a type's name that is a stem's subject stays in the stem; what a Word or text
export writes comes back whole."""
from __future__ import annotations

from tests.examcore.test_text_bank_layouts import _read, _said


def test_a_type_name_that_is_the_statements_subject_stays_in_the_stem():
    """1、判断题 是客观题的一种。 was stored as 是客观题的一种。 (the type read as a tag), and 1、单选题是指（ ）。
    was refused as a type word glued to the stem."""
    report = _read("一、单项选择题\n1、单选题是指（ ）。\nA. 只有一个正确答案的题\nB. 有多个正确答案的题\n答案：A\n"
                   "2、单选题 我国的根本法是（ ）。\nA. 宪法\nB. 刑法\n答案：A\n"
                   "二、判断题\n1、判断题 是客观题的一种。\n答案：对\n2、判断题，属于客观题。\n答案：对\n"
                   "3、判断题 宪法是根本法。\n答案：对\n")
    assert [q.stem for q in report.questions] == ["单选题是指（ ）。", "我国的根本法是（ ）。", "判断题 是客观题的一种。",
                                                  "判断题，属于客观题。", "宪法是根本法。"], _said(report)
    assert not report.problems
