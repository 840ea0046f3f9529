"""The exam definition file (xuefa-pack, xuefa-server build-exam, the admin API) names every mistake at once,
field by field, in the user's language, never as Python's words (issue 20, issue 16's build-exam
refusals)."""
from __future__ import annotations

import json
import re

import pytest

from examcore.cli_text import said, said_of, words_said
from examcore.exam_file import ExamFileError, exam_from_dict, load_exam_file

CJK = re.compile(r"[\u4e00-\u9fff]")
PYTHON = ("KeyError", "TypeError", "ValueError", "Invalid isoformat", "invalid literal", "Expecting", "(char ")
GOOD = {"exam_id": "2026-annual", "title": "2026年度学法用法考试", "duration_minutes": 60, "pass_mark": 6,
        "window_start": "2026-01-01T08:00:00+08:00", "window_end": "2026-12-31T18:00:00+08:00",
        "papers": {"general": [{"type": "单选", "count": 9, "points": 1}]}}


def test_a_good_file_gives_its_exam():
    exam = exam_from_dict(dict(GOOD, duration_minutes="60"), "exam.json")   # digits as text are a number
    assert exam.duration_minutes == 60 and exam.blueprints["general"].question_count == 9


@pytest.mark.parametrize(("change", "english", "chinese"), [
    ({"papers": None}, "papers must be an object of papers", "papers 须是试卷对象"),
    ({"duration_minutes": "sixty"}, "duration_minutes must be a whole number, not 'sixty'", "duration_minutes 须是整数"),
    ({"duration_minutes": True}, "duration_minutes must be a whole number, not a true/false value", "须是整数"),
    ({"window_start": "2026-13-01"}, "window_start must be a date and time", "window_start 须是日期和时间"),
    ({"window_end": 5}, "window_end must be a date and time like 2026-06-01T08:00:00+08:00, not a number", "而不是 数字"),
    ({"window_end": "2025-01-01T08:00:00+08:00"}, "the window ends before it starts", "结束时间早于开始时间"),
    ({"window_start": "2026-01-01T08:00:00"}, "need a time zone", "须带时区"),
    ({"pass_mark": 600}, "pass mark 600 is outside 1 to 9 (the general paper's total points)", "及格分 600 不在 1 到 9"),
    ({"papers": {"leader": [{"type": "单选", "count": 9, "points": 1}]}}, "a general paper", "必须有普通试卷"),
    ({"papers": {"general": [{"type": "计算", "count": 0, "points": "x"}]}},
     "section 1: the type 计算 is not a question type", "试卷 general 第 1 段：计算 不是题型"),
    ({"papers": {"general": ["单选"]}}, "section 1 must be an object", "第 1 段须是对象"),
    ({"counting": "worst"}, "counting must be best or last, not worst", "counting 须是 best"),
    ({"lockdown": {"focus_mode": "strict"}}, "focus_mode must be enforce, warn or off, not \"strict\"", "须是 enforce"),
    ({"max_attempts": 0}, "at least one attempt is needed", "至少须允许考 1 次"),
    ({"title": 7}, "title must be text, not a number", "title 须是文本"),
    # found by an outside tester: a switch written as text was on, a misspelt field silently ignored
    ({"allow_review": "no"}, 'allow_review must be true or false, not "no"', "allow_review 须是 true 或 false"),
    ({"papers": {"general": [{"type": "单选", "count": 9, "points": 1, "catagory": "宪法"}]}},
     "section 1: catagory is not a field an exam file takes", "第 1 段：考试文件没有 catagory 这一项"),
    ({"lockdown": {"max_focus_losses": -1}}, "max_focus_losses must be a whole number, 0 or more", "不小于 0"),
    ({"papers": {}}, "papers names no paper", "papers 中没有试卷"),
    ({"papers": {"general": []}}, "paper general has no sections", "试卷 general 没有题型段"),
    ({"papers": {"general": [{"count": 9, "points": 1}]}}, "section 1 has no type", "第 1 段没有题型"),
    ({"duraton_minutes": 60}, "duraton_minutes is not a field an exam file takes", "没有 duraton_minutes 这一项"),
])
def test_each_mistake_is_named_in_both_languages(monkeypatch, change, english, chinese):
    with pytest.raises(ExamFileError) as caught:
        exam_from_dict({**GOOD, **change}, "exam.json")
    assert str(caught.value).startswith("exam.json: ") and english in str(caught.value), str(caught.value)
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    told = said_of(caught.value)
    assert told.startswith("exam.json：") and chinese in told, told
    assert not any(word in told for word in PYTHON), told
    # what the admin API sends (message + words) reads the same at the admin window
    sent = caught.value.args[0].to_dict()
    assert words_said(str(caught.value), json.loads(json.dumps(sent))) == told


def test_every_mistake_of_a_file_is_listed_at_once(monkeypatch):
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    with pytest.raises(ExamFileError) as caught:
        exam_from_dict({"title": "t", "duration_minutes": -1}, "exam.json")
    told = said_of(caught.value)
    for field in ("exam_id", "pass_mark", "window_start", "window_end", "papers"):
        assert f"缺少 {field}" in told, told
    assert told.count("；") >= 4, told
    with pytest.raises(ExamFileError) as caught:
        exam_from_dict([GOOD], "exam.json")
    assert "文件内容是列表" in said_of(caught.value), said_of(caught.value)


def test_a_damaged_file_is_said_for_what_it_is(tmp_path, monkeypatch):
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    cut, latin, gone = tmp_path / "cut.json", tmp_path / "latin.json", tmp_path / "gone.json"
    cut.write_text('{"exam_id": "x",\n "papers": {', encoding="utf-8")
    latin.write_bytes("{\"title\": \"考试\"}".encode("gbk"))
    for path, says in ((cut, "cut.json：不是有效的 JSON 文件（第 2 行"), (latin, "latin.json：不是 UTF-8 文本文件"),
                       (gone, "gone.json：无法读取")):
        with pytest.raises(ExamFileError) as caught:
            load_exam_file(path)
        assert says in said_of(caught.value) and not any(w in said_of(caught.value) for w in PYTHON), \
            said_of(caught.value)


def test_a_bank_that_cannot_fill_the_paper_is_said_in_chinese(monkeypatch):
    from examcore.paper import BlueprintError, draw_paper
    from tests.factories import make_pool
    exam = exam_from_dict(dict(GOOD, papers={"general": [{"type": "单选", "count": 99, "points": 1}]}))
    with pytest.raises(BlueprintError) as caught:
        draw_paper(make_pool(2), exam.blueprints["general"], b"seed")
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    assert said(caught.value.args[0]) == "第 1 段需要 99 道单选题，题库中只有 2 道", said(caught.value.args[0])
