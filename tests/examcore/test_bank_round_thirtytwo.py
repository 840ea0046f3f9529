"""Question banks, the thirty-second session: a question's own type written with its points after its number
(4、判断题（1分）：…, 4．（判断题，1分）…, 3、判断题 每题1分 …) is its type and points, under any heading or none; a
section's count copied onto a question (6、单选题 共1题 …) is refused by name; a one-line stem asking about material
(根据下列数据, 根据以下资料回答) that no file line gives it is refused in words (round 20, issue 16)."""
from __future__ import annotations

import docx
import pytest
from openpyxl import Workbook

from tests.examcore.test_text_bank_layouts import _read, _said

CHOICE = "A．宪法 B．刑法 C．民法典 D．行政法\n答案：A\n"


@pytest.mark.parametrize("line, points", [
    ("4、判断题（1分）：行政法规由全国人大制定。（ × ）", 1),
    ("4．（判断题，1分）行政法规由全国人大制定。（ × ）", 1),
    ("4、判断题 每题1分 行政法规由全国人大制定。（ × ）", 1),
    ("4、判断（2分）行政法规由全国人大制定。（ × ）", 2),
    ("4．【判断题，3分】行政法规由全国人大制定。（ × ）", 3),
    ("4、【判断题】行政法规由全国人大制定。（ × ）", None),
])
@pytest.mark.parametrize("heading", ["", "一、单项选择题\n"])
def test_a_questions_own_type_and_points_after_its_number_are_read_under_any_heading(line, points, heading):
    """With no heading these had been refused for want of one; under 一、单项选择题 the tag had been ignored and the
    question refused for want of an answer, though （ × ） was there."""
    report = _read(f"{heading}1．我国的根本法是（ ）。\n{CHOICE}{line}\n")
    assert [(q.type.value, q.answer) for q in report.questions] == [("single", ("A",)), ("true_false", ("F",))], \
        _said(report)
    assert report.questions[1].stem == "行政法规由全国人大制定。（ ）", _said(report)
    if points is not None:
        assert report.questions[1].points == points
    assert not report.problems, _said(report)


def test_a_short_answers_type_and_points_before_its_stem():
    report = _read("5、简答题（10分）请简述行政复议的范围。\n答案：依法申请复议的具体行政行为。\n")
    assert [(q.type.value, q.stem, q.points) for q in report.questions] == [
        ("short_answer", "请简述行政复议的范围。", 10)], _said(report)


@pytest.mark.parametrize("count", ["共1题", "共1题，每题2分", "共 3 小题"])
def test_a_sections_count_copied_onto_its_question_is_refused_by_name(count):
    report = _read(f"1、单选题 {count} 下列属于法律的是（ ）。\n{CHOICE}2、单选题：我国的根本法是（ ）。\n{CHOICE}")
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。"], _said(report)
    assert len(report.problems) == 1 and count.split("，")[0] in report.problems[0].said(), _said(report)


ASKING = ["根据下列数据，计算应纳税额为（ ）。", "根据以下资料回答，正确的是（ ）。", "根据以下材料，下列说法正确的是（ ）。",
          "阅读上述材料，甲的行为属于（ ）。", "依据下列案例，乙应承担（ ）。"]
HOLDING = ["某企业收入100万元，支出80万元。根据上述数据，其利润为（ ）万元。",
           "根据下列数据：收入100万元，支出80万元，利润为（ ）万元。",
           "下列数据中，属于个人信息的是（ ）。", "根据下列说法，正确的是（ ）。"]


def _bank(stems: list[str]) -> str:
    return "一、单选题\n" + "".join(f"{n}. {stem}\nA. 甲\nB. 乙\n答案：A\n" for n, stem in enumerate(stems, start=1))


def test_a_question_asking_about_material_it_does_not_hold_is_left_out_in_words(tmp_path):
    """In a text file, a Word document of paragraphs and a sheet: the material (a case's facts, a table's figures)
    was lost on the way and the question had been stored, its learners asked about facts no one could see.
    Stems that hold their facts, or only look alike (下列数据中, 根据下列说法), are questions."""
    from examcore.banks import read_bank
    (tmp_path / "t.txt").write_text(_bank(ASKING + HOLDING), encoding="utf-8")
    doc = docx.Document()
    for line in _bank(ASKING + HOLDING).splitlines():
        doc.add_paragraph(line)
    doc.save(tmp_path / "w.docx")
    book = Workbook()
    book.active.append(["题型", "题干", "选项A", "选项B", "答案"])
    for stem in ASKING + HOLDING:
        book.active.append(["单选", stem, "甲", "乙", "A"])
    book.save(tmp_path / "s.xlsx")
    for name in ("t.txt", "w.docx", "s.xlsx"):
        report = read_bank(tmp_path / name, "b")
        assert [q.stem for q in report.questions] == HOLDING, (name, _said(report))
        said = [p.said() for p in report.problems]
        assert len(said) == len(ASKING) and all("asks about material" in s for s in said), (name, said)
        assert "(根据下列数据)" in said[0] and "(阅读上述材料)" in said[3], said


def test_material_above_the_questions_it_goes_with_is_what_they_ask_about():
    report = _read("一、单项选择题\n（一）阅读下列材料，回答1-2题。\n材料：甲因琐事将乙打伤，公安机关对甲处以罚款500元。\n"
                   "1．根据以上材料，公安机关的行为属于（ ）。\nA．行政处罚 B．行政强制\n答案：A\n"
                   "2．根据以上材料，甲不服可以（ ）。\nA．申请行政复议 B．申请仲裁\n答案：A\n")
    assert len(report.questions) == 2 and not report.problems, _said(report)
    assert all("甲因琐事" in q.stem for q in report.questions), _said(report)
