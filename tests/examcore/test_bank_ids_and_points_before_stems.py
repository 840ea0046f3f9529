"""Issue 16's "Not yet" items: a bank's own id of a question (题库编号1024：) and its points written per question
(（2分/题）) before the stem stayed in the stem's words; a heading's 2分/题 was refused (instructions.py)."""
from __future__ import annotations

import pytest

from examcore.banks import read_bank

_OPTIONS = "A．宪法  B．刑法  C．民法典  D．行政法\n答案：A\n"


@pytest.mark.parametrize("lead, points", [
    ("题库编号1024：", None), ("【试题编号：A-17】", None), ("试题ID: q_0031 ", None), ("（题目编号：88）", None),
    ("（2分/题）", 2), ("（3分／小题）", 3)])
def test_what_a_bank_writes_before_the_stem_is_not_the_stems(tmp_path, lead, points):
    path = tmp_path / "bank.txt"
    path.write_text(f"一、单选题\n1．{lead}我国的根本大法是（  ）。\n{_OPTIONS}", encoding="utf-8")
    report = read_bank(path, "b")
    [q] = report.questions
    assert (q.stem, q.points) == ("我国的根本大法是（  ）。", points) and not report.problems


@pytest.mark.parametrize("stem", ["题库编号制度是（  ）。", "试题编号应当（  ）。"])
def test_a_stem_about_such_ids_keeps_its_words(tmp_path, stem):
    path = tmp_path / "bank.txt"
    path.write_text(f"一、单选题\n1．{stem}\n{_OPTIONS}", encoding="utf-8")
    [q] = read_bank(path, "b").questions
    assert q.stem == stem


def test_a_heading_with_points_per_question_is_read(tmp_path):
    path = tmp_path / "bank.txt"
    path.write_text(f"一、单选题（2分/题）\n1．我国的根本大法是（  ）。\n{_OPTIONS}", encoding="utf-8")
    report = read_bank(path, "b")
    assert len(report.questions) == 1 and not report.problems
