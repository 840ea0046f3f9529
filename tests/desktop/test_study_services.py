"""Study on the station without the UI: importing study files, points from reading and quizzes, the law
library, practice and the wrong-answer book, and the signed records waiting for sync."""
from __future__ import annotations


import pytest

from examcore.crypto.keys import SigningKey
from examcore.errors import PackageError
from examcore.study.course import build_course_file
from examcore.study.records import verify_record
from examcore.study.statutes import StatuteError
from tests.conftest import LEARNER

NO = LEARNER[0]


def test_study_files_import_checked_and_a_changed_or_foreign_course_is_refused(study_station, tmp_path, issuer):
    st = study_station
    assert [c.course_id for c in st.study.courses()] == ["reader-2026", "cases-2026", "laws-2026"]
    course = st.study.open_course("reader-2026")
    good = build_course_file(course, issuer, "省普法办")
    flipped = bytearray(good)
    flipped[len(flipped) // 2] ^= 0x40
    (tmp_path / "bad.xfc").write_bytes(bytes(flipped))
    with pytest.raises(PackageError) as err:
        st.study.import_file(tmp_path / "bad.xfc")
    assert err.value.code == "bad_signature"
    (tmp_path / "foreign.xfc").write_bytes(build_course_file(course, SigningKey.generate(), "某人"))
    with pytest.raises(PackageError) as err:
        st.study.import_file(tmp_path / "foreign.xfc")
    assert err.value.code == "untrusted_issuer"
    (tmp_path / "exam.xfp").write_bytes(b"XFPKG\x00\x01\nnot a course")
    with pytest.raises(PackageError) as err:
        st.study.import_file(tmp_path / "exam.xfp")
    assert err.value.code == "not_a_package"
    # a newer revision replaces the course; the same revision again changes nothing
    from dataclasses import replace
    newer = replace(course, revision=2, title="必修读本（修订）")
    (tmp_path / "newer.xfc").write_bytes(build_course_file(newer, issuer, "省普法办"))
    assert st.study.import_file(tmp_path / "newer.xfc").title == "必修读本（修订）"
    (tmp_path / "older.xfc").write_bytes(good)
    st.study.import_file(tmp_path / "older.xfc")
    assert st.study.open_course("reader-2026").revision == 2


def test_reading_quizzes_and_profile_earn_points_and_each_record_is_signed(study_station, later):
    st = study_station
    course = st.study.open_course("reader-2026")
    st.study.record_reading(NO, course, "r1", 25 * 60)
    chapter = course.chapter("r1")
    single, tf = chapter.quiz
    first = st.study.answer_quiz(NO, course, "r1", single, ("B",))
    assert first.correct and first.counted and first.points == 1
    again = st.study.answer_quiz(NO, course, "r1", single, ("B",))
    assert again.correct and not again.counted and again.points == 0
    wrong = st.study.answer_quiz(NO, course, "r1", tf, ("F",))
    assert not wrong.correct and wrong.right_answer == ("T",) and "一人一档" in wrong.explanation
    st.study.complete_profile(NO, "13800000000", "")
    st.study.complete_profile(NO, "13900000000", "a@b.cn")   # editing later earns nothing more
    report = st.study.points(NO)
    assert report.by_category == {"profile": 5, "reader": 2 + 1, "cases": 0, "laws": 0}
    records = st.study.records(NO)
    assert len(records) == 5 and [r.seq for r in records] == [1, 2, 3, 4, 5]
    pending = st.outbox.pending_records()
    assert all(verify_record(p).device_key == st.keys.device_key.public_raw() for p in pending)
    assert st.outbox.count_records() == 5   # until a server's signed receipt names them


def test_points_after_the_deadline_do_not_open_the_exam(study_station, later):
    st = study_station
    course = st.study.open_course("laws-2026")
    later(days=31)                                           # past the plan's deadline
    st.study.record_reading(NO, course, "l1", 30 * 60)
    assert st.study.points(NO).by_category["laws"] == 3
    assert st.study.points(NO, for_exam=True).total == 0


def test_the_reader_remembers_where_the_learner_left_off(study_station):
    st = study_station
    assert st.study.reading_position(NO, "reader-2026") is None
    st.study.save_position(NO, "reader-2026", "r2", 480)
    st.study.save_position(NO, "reader-2026", "r3", 120)
    assert st.study.reading_position(NO, "reader-2026") == ("r3", 120)


def test_the_library_finds_an_article_by_a_phrase_from_its_middle(study_station, tmp_path):
    laws = study_station.laws
    hits = laws.search("自愿、平等、合法").hits
    assert [(h.law_title, h.label) for h in hits] == [("示范市公共法律服务条例（演示）", "第六条")]
    assert "自愿、平等、合法" in hits[0].snippet
    assert {h.label for h in laws.search("公示").hits} == {"第三条", "第七条", "第八条"}   # two characters: still found
    assert laws.search("这句话不在任何法规里").total == 0
    assert laws.find_article("示范市公共法律服务条例（演示）", 6).label == "第六条"
    # a statute in GB18030, replacing an earlier text of the same title
    (tmp_path / "gb.txt").write_bytes("测试规定\n第一条　旧的文字。\n".encode("gb18030"))
    assert laws.import_file(tmp_path / "gb.txt")[1] is False
    (tmp_path / "gb2.txt").write_bytes("测试规定\n第一条　新的文字。\n第二条　第二条文字。\n".encode("gb18030"))
    assert laws.import_file(tmp_path / "gb2.txt")[1] is True   # said: the text held before is gone
    assert [a.text for a in laws.articles("测试规定")] == ["新的文字。", "第二条文字。"]
    assert laws.search("旧的文字").total == 0 and laws.search("新的文字").total == 1
    (tmp_path / "notice.txt").write_text("一份通知\n请各单位按时报送。\n", encoding="utf-8")
    before = laws.laws()
    with pytest.raises(StatuteError, match="no articles"):
        laws.import_file(tmp_path / "notice.txt")
    assert laws.laws() == before


def test_the_wrong_answer_book_brings_a_miss_back_on_later_days_until_right_twice(study_station, later):
    practice = study_station.practice
    assert dict(practice.categories()) == {"公共法律服务": 6, "学法用法规定": 8, "行政执法公示": 6}
    q = next(q for q in practice.practice_set("学法用法规定", 20) if q.id == "practice-003")
    feedback = practice.answer(NO, q, ("F",))
    assert not feedback.correct and feedback.in_book and feedback.right_answer == ("T",)
    assert practice.due(NO) == [] and practice.book_size(NO) == 1     # back tomorrow, not at once
    later(days=1, minutes=1)
    assert [d.id for d in practice.due(NO)] == ["practice-003"]
    once = practice.answer(NO, q, ("T",))
    assert once.in_book and once.rights_to_go == 1 and not once.left_book   # right once: back in 3 days
    assert practice.due(NO) == []
    later(days=3, minutes=1)
    last = practice.answer(NO, q, ("T",))
    assert not last.in_book and last.left_book                          # said: it has left the book
    assert practice.book_size(NO) == 0
