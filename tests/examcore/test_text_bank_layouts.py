"""Layouts of circulated text and Word banks read as their authors meant, or refused in words (issue 16, outside
round six): a heading that names no one type (二、选择题), fill-in answers in their brackets, true/false as
（ T ）, stem and options on one line, key entries written 2-B, one unlabelled key per section numbered from 1
again, options separated by ；, and a choice question with fewer options than its section's others."""
from __future__ import annotations

import docx

from examcore.banks import read_bank
from examcore.banks.office_text import read_text_bank
from examcore.questions import QuestionType


def _read(text: str):
    return read_text_bank(text, "bank.txt", "b")


def _said(report) -> str:
    return "\n".join(str(p) for p in report.problems + report.notes)


def test_a_section_heading_naming_no_one_type_starts_a_section_whose_answers_tell_the_type():
    report = _read("一、判断题\n1. 宪法是国家的根本法。（ √ ）\n2. 法律面前人人平等。（ √ ）\n"
                   "二、选择题\n3. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n答案：A\n"
                   "4. 下列属于法律的是（ ）。\nA. 宪法 B. 刑法 C. 规章\n答案：AB\n")
    assert not report.problems, _said(report)
    assert [q.stem for q in report.questions][:2] == ["宪法是国家的根本法。（ ）", "法律面前人人平等。（ ）"]
    assert [q.type for q in report.questions] == [QuestionType.TRUE_FALSE, QuestionType.TRUE_FALSE,
                                                  QuestionType.SINGLE, QuestionType.MULTIPLE]


def test_a_heading_of_no_type_below_a_question_is_refused_by_name_never_glued_into_its_stem():
    report = _read("一、判断题\n1. 宪法是国家的根本法。（ √ ）\n三、法条理解题\n2. 法律面前人人平等。（ √ ）\n")
    assert any("三、法条理解题" in str(p) and "section heading" in str(p) for p in report.problems), _said(report)
    assert all("法条理解" not in q.stem for q in report.questions)


def test_fill_in_answers_written_in_their_brackets_are_the_answers_and_said():
    report = _read("一、填空题\n1. 我国的根本法是（宪法）。\n2. 人民行使国家权力的机关是（全国人民代表大会）和（地方各级人民代表大会）。\n")
    assert not report.problems, _said(report)
    first, second = report.questions
    assert (first.stem, first.answer) == ("我国的根本法是（ ）。", ("宪法",))
    assert second.stem.count("（ ）") == 2 and second.answer == ("全国人民代表大会", "地方各级人民代表大会")
    assert any("brackets" in str(n) and "check them" in str(n) for n in report.notes)


def test_a_bracket_that_may_be_a_note_in_a_fill_in_without_an_answer_line_refuses_it():
    report = _read("一、填空题\n1. 根据宪法（2018年修正），国家的一切权力属于（人民）。\n")
    assert not report.questions
    assert any("2018年修正" in str(p) and "答案" in str(p) for p in report.problems), _said(report)


def test_true_false_answers_written_t_and_f_in_the_closing_brackets():
    report = _read("一、判断题\n1. 宪法是国家的根本法。（ T ）\n2. 法律可以溯及既往。（F）\n")
    assert not report.problems, _said(report)
    assert [q.answer for q in report.questions] == [("T",), ("F",)]
    assert all(q.stem.endswith("（ ）") for q in report.questions)


def test_stem_and_options_on_one_line_and_key_entries_written_with_a_dash():
    report = _read("一、单项选择题\n1. 我国的根本法是（ ）。A. 宪法 B. 刑法 C. 民法 D. 行政法\n"
                   "2. 国家的一切权力属于（ ）A．人民 B．政府 C．法院 D．军队\n参考答案\n1-A 2—A\n")
    assert not report.problems, _said(report)
    assert [(q.stem, [o.text for o in q.options], q.answer) for q in report.questions] == [
        ("我国的根本法是（ ）。", ["宪法", "刑法", "民法", "行政法"], ("A",)),
        ("国家的一切权力属于（ ）", ["人民", "政府", "法院", "军队"], ("A",))]


def test_an_a_inside_a_stem_is_not_taken_for_its_options():
    report = _read("一、单项选择题\n1. 关于甲 A. 与 B. 两公司的关系，说法正确的是（ ）\nA. 对 B. 错 C. 不确定\n答案：A\n")
    assert [o.text for o in report.questions[0].options] == ["对", "错", "不确定"], _said(report)
    assert report.questions[0].stem.startswith("关于甲 A. 与 B. 两公司")


def test_one_unlabelled_key_per_section_each_numbered_from_one():
    report = _read("一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n2. 国家的一切权力属于（ ）。\nA. 政府 B. 人民\n"
                   "二、判断题\n1. 宪法是国家的根本法。\n2. 法律可以溯及既往。\n参考答案\n1. A 2. B\n1. √ 2. ×\n")
    assert not report.problems, _said(report)
    assert [q.answer for q in report.questions] == [("A",), ("B",), ("T",), ("F",)]


def test_an_unlabelled_key_whose_parts_do_not_match_the_sections_is_refused_in_words():
    report = _read("一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n2. 国家的一切权力属于（ ）。\nA. 政府 B. 人民\n"
                   "二、判断题\n1. 宪法是国家的根本法。\n2. 法律可以溯及既往。\n参考答案\n1. A 2. B\n1. √\n")
    assert not report.questions or report.problems
    assert any("label each part" in str(p) for p in report.problems), _said(report)


def test_options_separated_by_semicolons_lose_the_separator_only():
    report = _read("一、单项选择题\n1. 我国的根本法是（ ）。\nA．宪法；B．刑法；C．民法；D．行政法。\n答案：A\n")
    assert [o.text for o in report.questions[0].options] == ["宪法", "刑法", "民法", "行政法"], _said(report)
    report = _read("一、单项选择题\n1. 下列正确的是（ ）。\nA．甲；乙 B．丙 C．丁\n答案：A\n")
    assert [o.text for o in report.questions[0].options] == ["甲；乙", "丙", "丁"]


def test_a_choice_question_with_fewer_options_than_its_section_is_said():
    text = "一、单项选择题\n" + "".join(f"{i}. 题干{i}（ ）。\nA. 甲{i} B. 乙 C. 丙 D. 丁\n答案：A\n" for i in range(1, 5))
    report = _read(text + "5. 国家的一切权力属于（ ）。\nA. 人民 B. 政府 C.法院军队\n答案：A\n")
    assert len(report.questions) == 5
    assert [n.row for n in report.notes if "lost its letter" in str(n)] == [14], _said(report)
    report = _read(text)
    assert not any("lost its letter" in str(n) for n in report.notes)


def test_word_stem_and_options_in_one_paragraph_and_an_untyped_section(tmp_path):
    document = docx.Document()
    for line in ("一、选择题", "1. 我国的根本法是（ ）。A. 宪法 B. 刑法 C. 民法", "答案：A",
                 "二、填空题", "2. 国家的一切权力属于（人民）。"):
        document.add_paragraph(line)
    path = tmp_path / "bank.docx"
    document.save(path)
    report = read_bank(path, "b")
    assert not report.problems, _said(report)
    assert [(q.type, q.answer) for q in report.questions] == [(QuestionType.SINGLE, ("A",)),
                                                              (QuestionType.FILL_IN, ("人民",))]


def _key_tables(path, labelled: bool):
    document = docx.Document()
    for line in ("一、单项选择题", "1. 我国的根本法是（ ）。", "A. 宪法 B. 刑法", "2. 国家的一切权力属于（ ）。", "A. 政府 B. 人民",
                 "二、判断题", "1. 宪法是国家的根本法。", "2. 法律可以溯及既往。", "参考答案"):
        document.add_paragraph(line)
    for label, answers in (("一、单项选择题", ["A", "B"]), ("二、判断题", ["√", "×"])):
        if labelled:
            document.add_paragraph(label)
        table = document.add_table(rows=2, cols=3)
        for column, (number, answer) in enumerate([("题号", "答案"), ("1", answers[0]), ("2", answers[1])]):
            table.cell(0, column).text, table.cell(1, column).text = number, answer
    document.save(path)
    return read_bank(path, "b")


def test_word_key_tables_one_per_section_labelled_or_in_order(tmp_path):
    for labelled in (True, False):
        report = _key_tables(tmp_path / f"key{labelled}.docx", labelled)
        assert not report.problems, _said(report)
        assert [q.answer for q in report.questions] == [("A",), ("B",), ("T",), ("F",)]


def test_numbered_instructions_above_the_first_heading_are_said_not_refused_as_questions():
    report = _read("2026年学法用法考试试卷\n注意事项：\n1. 本试卷共 3 题，满分 100 分。\n2. 考试时间 90 分钟。\n"
                   "一、单项选择题\n1. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n答案：A\n二、判断题\n1. 宪法是国家的根本法。（ √ ）\n")
    assert not report.problems, _said(report)
    assert [q.stem for q in report.questions] == ["我国的根本法是（ ）。", "宪法是国家的根本法。（ ）"]
    assert [n.row for n in report.notes if "instructions" in str(n)] == [3, 4]
    # with no heading anywhere, a numbered line without an answer stays a question refused by name
    report = _read("1. 本试卷共 3 题。\n2. 我国的根本法是（ ）。\nA. 宪法 B. 刑法\n答案：A\n")
    assert any(p.row == 1 for p in report.problems), _said(report)


def test_word_fill_in_answers_underlined_are_its_blanks_and_said(tmp_path):
    document = docx.Document()
    document.add_paragraph("一、填空题")
    for n, parts in enumerate(((("人民行使国家权力的机关是", False), ("全国人民代表大会", True), ("和", False),
                                 ("地方各级人民代表大会", True), ("。", False)),
                                (("下列说法", False), ("不正确", True), ("的是____。", False))), start=1):
        paragraph = document.add_paragraph(f"{n}. ")
        for text, underlined in parts:
            paragraph.add_run(text).font.underline = underlined
        if n == 2:
            document.add_paragraph("答案：宪法")
    document.save(tmp_path / "bank.docx")
    report = read_bank(tmp_path / "bank.docx", "b")
    assert not report.problems, _said(report)
    first, second = report.questions
    assert (first.stem, first.answer) == ("人民行使国家权力的机关是（ ）和（ ）。", ("全国人民代表大会", "地方各级人民代表大会"))
    assert (second.stem, second.answer) == ("下列说法不正确的是____。", ("宪法",))   # underlined for stress only
    assert any("underlined" in str(n) and "2" in str(n) for n in report.notes)
