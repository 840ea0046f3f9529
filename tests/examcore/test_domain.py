"""Questions, blueprints, drawing and grading as a learner and an admin meet them."""
from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

import pytest
from hypothesis import given, strategies as st

from examcore.blueprint import GENERAL, LEADER, Blueprint, Section
from examcore.exam import Counting, ExamDefinition
from examcore.grading import ItemStatus, Outcome, counted_score, format_score, grade_item, grade_paper
from examcore.normalize import normalize_text_answer
from examcore.paper import BlueprintError, draw_paper, shuffle_options
from examcore.questions import Option, Question, QuestionType as T
from examcore.window import WindowState, window_state
from tests.factories import make_exam, make_pool

DOMAIN_PAPERS = {
    # 50 questions x 2 points (25 single, 10 multiple, 15 true/false), 120 min
    "50x2": ((Section(T.SINGLE, 25, 2), Section(T.MULTIPLE, 10, 2), Section(T.TRUE_FALSE, 15, 2)), 120, 60, 1),
    # 45 questions: 25 single x2, 10 multiple x3, 10 true/false x2, 90 min, 2 attempts, best counts
    "45": ((Section(T.SINGLE, 25, 2), Section(T.MULTIPLE, 10, 3), Section(T.TRUE_FALSE, 10, 2)), 90, 60, 2),
    # 80 questions: 40 single x1, 20 multiple x2, 20 true/false x1, 60 min, pass 80
    "80": ((Section(T.SINGLE, 40, 1), Section(T.MULTIPLE, 20, 2), Section(T.TRUE_FALSE, 20, 1)), 60, 80, 1),
}


@pytest.mark.parametrize("name", DOMAIN_PAPERS)
def test_every_paper_format_of_the_domain_is_expressible(name):
    sections, minutes, pass_mark, attempts = DOMAIN_PAPERS[name]
    exam = make_exam(sections, pass_mark=pass_mark, minutes=minutes, max_attempts=attempts,
                     counting=Counting.BEST,
                     leader=(Section(T.SINGLE, 10, 5), Section(T.MULTIPLE, 10, 5)))
    assert exam.problems() == []
    assert exam.blueprints[GENERAL].total_points == 100
    again = ExamDefinition.from_dict(exam.to_dict())
    assert again == exam
    paper = draw_paper(make_pool(60), exam.blueprints[GENERAL], b"seed")
    assert len(paper.items) == exam.blueprints[GENERAL].question_count
    assert paper.total_points == 100
    assert exam.variant_for(is_leader=True) == LEADER and exam.variant_for(is_leader=False) == GENERAL


def test_draw_is_reproducible_has_no_duplicates_and_differs_between_seeds():
    pool, bp = make_pool(40), Blueprint((Section(T.SINGLE, 25, 2), Section(T.MULTIPLE, 10, 2)))
    a, b = draw_paper(pool, bp, b"attempt-1"), draw_paper(pool, bp, b"attempt-1")
    assert a == b
    ids = [i.question_id for i in a.items]
    assert len(ids) == len(set(ids))
    assert a != draw_paper(pool, bp, b"attempt-2")


def test_category_sections_draw_only_from_their_category():
    pool = make_pool(20)
    bp = Blueprint((Section(T.SINGLE, 10, 2, "宪法"), Section(T.SINGLE, 10, 2, "行政法")))
    paper = draw_paper(pool, bp, b"x")
    cats = {q.id: q.category for q in pool}
    assert [cats[i.question_id] for i in paper.items] == ["宪法"] * 10 + ["行政法"] * 10


def test_a_pool_too_small_says_what_is_missing():
    with pytest.raises(BlueprintError, match=r"needs 30 single-choice question\(s\) in category 宪法, the bank has 10"):
        draw_paper(make_pool(20), Blueprint((Section(T.SINGLE, 30, 1, "宪法"),)), b"x")


def test_options_are_shuffled_but_fixed_options_stay_and_labels_follow_position():
    q = make_pool(1)[1]  # multiple choice with a fixed "以上都对" last
    orders = {shuffle_options(q, bytes([n])) for n in range(30)}
    assert len(orders) > 5
    assert all(o[-1] == "E" and sorted(o) == list("ABCDE") for o in orders)
    item = draw_paper([q], Blueprint((Section(T.MULTIPLE, 1, 2),)), b"s").items[0]
    assert item.label_for(item.option_order[0]) == "A"


def test_grading_each_type():
    pool = {q.id: q for q in make_pool(1)}
    assert grade_item(pool["s0"], 2, ("B",)).status is ItemStatus.CORRECT
    assert grade_item(pool["s0"], 2, ("A",)).earned == 0
    assert grade_item(pool["m0"], 2, ("C", "A")).earned == 2
    assert grade_item(pool["m0"], 2, ("A",)).earned == 0                                # all-or-nothing
    assert grade_item(pool["m0"], 2, ("A",), partial_credit=True).earned == 1          # option
    assert grade_item(pool["m0"], 2, ("A", "B"), partial_credit=True).earned == 0      # a wrong pick
    assert grade_item(pool["t0"], 1, ("F",)).status is ItemStatus.CORRECT
    assert grade_item(pool["f0"], 2, ("中华人民共和国 宪法。",)).status is ItemStatus.CORRECT
    assert grade_item(pool["f0"], 2, ("刑法",)).status is ItemStatus.WRONG
    assert grade_item(pool["a0"], 2, ("我的回答",)).status is ItemStatus.PENDING
    assert grade_item(pool["s0"], 2, None).status is ItemStatus.UNANSWERED
    assert grade_item(pool["f0"], 2, ("  ",)).status is ItemStatus.UNANSWERED


def test_fill_in_normalisation_ignores_width_case_spaces_and_punctuation():
    assert normalize_text_answer("ＡＢＣ，　１２３。") == normalize_text_answer("abc 123")
    assert normalize_text_answer("《宪法》") == "宪法"


def test_short_answers_make_the_outcome_pending_only_when_they_could_decide_it():
    pool = make_pool(4)
    exam = make_exam(pass_mark=12)
    paper = draw_paper(pool, exam.blueprints[GENERAL], b"x")
    qs = {q.id: q for q in pool}
    all_right = {i.question_id: (qs[i.question_id].accepted_for_blank(0)[-1],)
                 if qs[i.question_id].type is T.FILL_IN else qs[i.question_id].answer for i in paper.items}
    g = grade_paper(paper, qs, all_right, pass_mark=12)
    assert (g.score, g.max_score, g.pending_points, g.outcome) == (14, 16, 2, Outcome.PASSED)
    g = grade_paper(paper, qs, {}, pass_mark=12)
    assert g.outcome is Outcome.FAILED
    g = grade_paper(paper, qs, all_right, pass_mark=15)
    assert g.outcome is Outcome.PENDING


def test_best_or_last_attempt_counts():
    assert counted_score([Fraction(50), Fraction(80), Fraction(70)], Counting.BEST) == 80
    assert counted_score([Fraction(50), Fraction(80), Fraction(70)], Counting.LAST) == 70
    assert counted_score([], Counting.BEST) is None
    assert format_score(Fraction(175, 2)) == "87.5" and format_score(Fraction(200, 3)) == "66.67"
    assert format_score(Fraction(90)) == "90"


def test_invalid_questions_name_their_problem():
    opts = (Option("A", "a"), Option("B", "b"))
    assert "exactly one right answer, has 2" in " ".join(Question("x", T.SINGLE, "题", opts, ("A", "B")).problems())
    assert "answer C is not an option" in Question("x", T.SINGLE, "题", opts, ("C",)).problems()
    assert Question("x", T.TRUE_FALSE, "题", (), ("对",)).problems() == ["a true/false answer must be T or F"]
    assert Question("x", T.FILL_IN, "题", (), ()).problems()


def test_window_state_with_frozen_time():
    exam = make_exam()
    start, end = exam.window_start, exam.window_end
    assert window_state(start, end, start - timedelta(seconds=1)) is WindowState.NOT_OPEN
    assert window_state(start, end, start) is WindowState.OPEN
    assert window_state(start, end, end) is WindowState.CLOSED


def test_exam_problems_are_reported():
    exam = make_exam(pass_mark=500)
    assert any("pass mark 500" in p for p in exam.problems())


@given(st.lists(st.sampled_from(list("ABCD")), unique=True), st.booleans())
def test_grading_is_never_above_the_points_or_below_zero(picks, partial):
    q = make_pool(1)[1]
    earned = grade_item(q, 3, tuple(picks), partial).earned
    assert 0 <= earned <= 3


def test_the_draw_is_pinned_so_every_server_re_derives_the_same_paper():
    """Known answer: a station and a server on any version must draw exactly this from this seed."""
    from examcore.blueprint import GENERAL
    from examcore.paper import draw_paper
    from tests.factories import make_exam, make_pool
    paper = draw_paper(make_pool(), make_exam().blueprints[GENERAL], bytes(range(16)))
    assert [(i.question_id, "".join(i.option_order)) for i in paper.items] == [
        ("s10", "DBCA"), ("s13", "ABDC"), ("s15", "ABCD"), ("m11", "DACBE"), ("m6", "ABCDE"), ("t10", ""),
        ("t11", ""), ("f2", ""), ("a6", "")]
