"""Courses, plans and practice banks as signed files; statutes split into articles; citations; the
wrong-answer book's spacing; active reading time."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from examcore.crypto.keys import SigningKey
from examcore.errors import PackageError
from examcore.questions import Option, Question, QuestionType
from examcore.study.active_time import ActiveTimeTracker
from examcore.study.course import (Chapter, Course, build_course_file, build_plan_file, build_practice_file,
                                   read_course_file, read_plan_file, read_practice_file)
from examcore.study.review import after_answer
from examcore.study.statutes import StatuteError, chinese_number, chinese_numeral, find_citations, parse_statute
from tests.factories import CST, make_study_plan

ISSUER = SigningKey.generate()


def a_course(**kw) -> Course:
    q = Question("q1", QuestionType.SINGLE, "问题", (Option("A", "甲"), Option("B", "乙")), ("A",))
    fields = dict(course_id="c1", revision=1, title="必修读本", category_id="reader", year=2026,
                  chapters=(Chapter("ch1", "第一章", "<p>正文<img src=\"img/a.png\"></p>", (q,)),),
                  images={"a.png": b"\x89PNG fake"})
    fields.update(kw)
    return Course(**fields)


def test_course_plan_and_practice_files_round_trip_and_refuse_changes_and_strangers():
    data = build_course_file(a_course(), ISSUER, "省普法办")
    course, issuer_name = read_course_file(data, [ISSUER.public_raw()])
    assert course == a_course() and issuer_name == "省普法办"
    flipped = bytearray(data)
    flipped[-5] ^= 0x01
    with pytest.raises(PackageError) as err:
        read_course_file(bytes(flipped), [ISSUER.public_raw()])
    assert err.value.code == "bad_signature"
    with pytest.raises(PackageError) as err:
        read_course_file(data, [SigningKey.generate().public_raw()])
    assert err.value.code == "untrusted_issuer"
    with pytest.raises(PackageError) as err:
        read_plan_file(data, None)   # a course is not a plan
    assert err.value.code == "not_a_package"
    plan = make_study_plan()
    assert read_plan_file(build_plan_file(plan, ISSUER, "省"), None) == plan
    name, qs = read_practice_file(build_practice_file("练习", list(a_course().chapters[0].quiz), ISSUER, "省"), None)
    assert name == "练习" and qs[0].id == "q1"


def test_a_course_with_a_broken_quiz_or_no_chapters_cannot_be_built():
    bad_q = Question("q1", QuestionType.SINGLE, "问题", (Option("A", "甲"), Option("B", "乙")), ("A", "B"))
    with pytest.raises(ValueError, match="exactly one right answer"):
        build_course_file(a_course(chapters=(Chapter("ch1", "一", "<p/>", (bad_q,)),)), ISSUER, "省")
    with pytest.raises(ValueError, match="at least one chapter"):
        build_course_file(a_course(chapters=()), ISSUER, "省")
    with pytest.raises(ValueError, match="threshold"):
        build_plan_file(make_study_plan(threshold=101), ISSUER, "省")


def test_chinese_numerals_both_ways():
    for n in (1, 9, 10, 11, 19, 20, 100, 101, 110, 119, 205, 999, 1000, 1009, 1234):
        assert chinese_number(chinese_numeral(n)) == n
    assert chinese_number("二百零五") == 205 and chinese_number("十二") == 12 and chinese_number("33") == 33


STATUTE = """示范条例（演示）

第一章　总则

第一条　为了演示，制定本条例。
第二条　本条例适用于演示。
本款是第二条的第二款。

第二章　分则
第一节　细则

第十一条　这是第十一条，讲的是调解不收取任何费用的规定。
第 12 条 阿拉伯数字的条号。
"""


def test_a_statute_splits_into_articles_under_their_headings():
    statute = parse_statute(STATUTE)
    assert statute.title == "示范条例（演示）"
    assert [(a.number, a.label) for a in statute.articles] == [(1, "第一条"), (2, "第二条"), (11, "第十一条"),
                                                                  (12, "第 12 条")]
    assert statute.articles[1].text == "本条例适用于演示。\n本款是第二条的第二款。"
    assert statute.articles[2].heading_path == ["第二章 分则", "第一节 细则"]
    with pytest.raises(StatuteError, match="no articles"):
        parse_statute("一份通知\n\n请各单位按时报送材料。\n")


def test_citations_are_found_with_and_without_the_prc_prefix():
    cites = find_citations("依据《中华人民共和国宪法》第五条和《示范条例（演示）》第十一条，另见《宪法》第33条。")
    assert [(c.law_title, c.article) for c in cites] == [("中华人民共和国宪法", 5), ("示范条例（演示）", 11), ("宪法", 33)]


def test_the_wrong_answer_book_spaces_reviews_and_lets_go_after_two_right_answers():
    now = datetime(2026, 5, 1, 16, 30, tzinfo=CST)
    midnight = datetime(2026, 5, 2, tzinfo=CST)
    assert after_answer(None, True, now, CST) is None                 # right at once: never in the book
    s = after_answer(None, False, now, CST)
    # due the next calendar day, from its start: a learner back at 08:00 finds it (not at 16:30)
    assert s is not None and s.due_at == midnight
    assert after_answer(s, True, now + timedelta(hours=1), CST) == s  # the same day: no progress
    s = after_answer(s, True, midnight + timedelta(hours=8), CST)
    assert s is not None and s.right_streak == 1 and s.due_at == midnight + timedelta(days=3)
    again = after_answer(s, False, midnight + timedelta(days=3, hours=9), CST)   # a miss starts over
    assert again is not None and again.right_streak == 0 and again.wrong_count == 2
    assert after_answer(s, True, midnight + timedelta(days=3, hours=9), CST) is None   # right twice: out
    late = after_answer(None, False, datetime(2026, 5, 1, 23, 50, tzinfo=CST), CST)
    assert late is not None and late.due_at == midnight                # ten minutes later, a new day


def test_active_time_stops_at_the_last_input_and_slices_long_reading():
    t = ActiveTimeTracker(idle_seconds=120, slice_seconds=300)
    assert t.touch(0) is None
    assert t.touch(60_000) is None
    assert t.tick(150_000) is None          # 90 s of silence: still reading
    done = t.tick(181_000)                  # 121 s: the stretch ended at the last input
    assert done is not None and done.seconds == 60
    assert t.touch(10_000_000) is None      # a window left open for hours: nothing for the silence
    finished = [t.touch(10_000_000 + s * 1000) for s in range(60, 700, 60)]
    slices = [s for s in finished if s is not None]
    assert [s.seconds for s in slices] == [300, 300]
    assert t.close() is not None


def test_a_mock_exam_takes_the_exams_shape_from_the_practice_bank_and_shrinks_honestly():
    from examcore.blueprint import Blueprint, Section
    from examcore.study.mock import build_mock
    from tests.factories import make_pool
    shape = Blueprint((Section(QuestionType.SINGLE, 25, 2), Section(QuestionType.MULTIPLE, 10, 2),
                       Section(QuestionType.TRUE_FALSE, 15, 2)))               # 50 × 2 = 100, pass 60
    pool = [q for q in make_pool(40) if q.type in (QuestionType.SINGLE, QuestionType.MULTIPLE,
                                                    QuestionType.TRUE_FALSE)]
    mock = build_mock("模拟", shape, 120, 60, pool)
    assert mock.full_size and mock.total_points == 100 and mock.pass_mark == 60
    assert len(mock.paper.items) == 50 and set(mock.questions) == {i.question_id for i in mock.paper.items}
    small = [q for q in pool if q.type is not QuestionType.MULTIPLE][:30]         # 15 single, 15 true/false
    mock = build_mock("模拟", shape, 120, 60, small)
    assert not mock.full_size and mock.total_points == 60 and mock.pass_mark == 36
    assert build_mock("模拟", shape, 120, 60, [q for q in make_pool(3) if q.type is QuestionType.FILL_IN]) is None
