"""Question banks read as their authors wrote them (issue 16, 2026-12-05: the open items of the seventh
outside round and an eighth round)."""
from __future__ import annotations

import pytest

from tests.examcore.test_text_bank_layouts import _read, _said

PAPER = ("{heading}\n1、我国的根本大法是（ ）。\nA. 宪法\nB. 刑法\n答案：A\n2、全国人大常委会是全国人大的（ ）。\n"
         "A. 常设机关\nB. 执行机关\n答案：A\n2、判断题\n（每题1分，对的打√）\n1、宪法是国家的根本法。（ ）\n答案：对\n")


@pytest.mark.parametrize("heading", ["1、单选题", "1、单选题（每题2分）", "1.单选题：", "1、【多选题】", "1. 单项选择题（共20分）"])
def test_a_section_numbered_1_with_a_short_type_name_is_a_heading(heading):
    """1、单选题（每题2分） above 1、… 2、… was question 1 and the questions below it a numbered list inside it:
    the whole section refused. A numbered type line with a numbered question below it (or a remark in brackets
    and then one) heads its section; one with its stem below it is still that question's type (2、问答题（10分）
    / 简述…)."""
    report = _read(PAPER.format(heading=heading))
    assert [q.stem for q in report.questions] == ["我国的根本大法是（ ）。", "全国人大常委会是全国人大的（ ）。",
                                                  "宪法是国家的根本法。（ ）"], _said(report)
    assert [q.type.value for q in report.questions] == ["multiple" if "多" in heading else "single"] * 2 + \
        ["true_false"]
    assert not report.problems
    typed = _read("一、简答题\n1、问答题（10分）\n简述依法行政的基本要求。\n答案：合法行政、合理行政。\n")
    assert [(q.stem, q.points) for q in typed.questions] == [("简述依法行政的基本要求。", 10)], _said(typed)
