"""The review after an exam (issue 19 #5): answers as the learner saw them, sorted, beside the right ones,
explanations wrapped to the window."""
from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt

from desktop.ui.answer_text import answer_text
from desktop.ui.exam_review import review_items
from desktop.ui.exam.receipt import ReceiptData
from desktop.ui.exam.result_window import ResultWindow
from examcore.grading import grade_paper
from examcore.paper import Paper, PaperItem
from examcore.questions import Option, Question, QuestionType

LONG = "依据《中华人民共和国宪法》第五条，" + "一切国家机关和武装力量、各政党和各社会团体、各企业事业组织都必须遵守宪法和法律。" * 6

MULTI = Question("m1", QuestionType.MULTIPLE, "下列说法正确的是（ ）。",
                 tuple(Option(k, f"选项{k}") for k in "ABCDE"), ("A", "C", "D"), explanation=LONG)
TF = Question("t1", QuestionType.TRUE_FALSE, "宪法是国家的根本法。", answer=("T",))
FILL = Question("f1", QuestionType.FILL_IN, "全国人民代表大会每届任期（ ）年。", answer=("五|5",))
SHORT = Question("s1", QuestionType.SHORT_ANSWER, "简述依法行政的基本要求。", answer=("合法行政、合理行政",))
QUESTIONS = {q.id: q for q in (MULTI, TF, FILL, SHORT)}
# the options as shuffled on this learner's screen: D shows as A, C as B, E as C, A as D, B as E
PAPER = Paper((PaperItem("m1", 4, ("D", "C", "E", "A", "B")), PaperItem("t1", 2), PaperItem("f1", 2),
               PaperItem("s1", 10)))


def test_answers_read_as_the_learner_saw_them_and_sorted():
    item = PAPER.items[0]
    assert answer_text(MULTI, item, MULTI.answer, key=True) == "ABD"      # never "DBA" or "ACD"
    assert answer_text(MULTI, item, ("C", "A")) == "BD"
    assert answer_text(MULTI, item, ()) == answer_text(MULTI, item, ("",)) == ""
    assert answer_text(TF, PAPER.items[1], ("T",)) == "True"
    assert answer_text(FILL, PAPER.items[2], FILL.answer, key=True) == "五"   # the first alternative
    assert answer_text(FILL, PAPER.items[2], ("5",)) == "5"


def test_the_review_shows_both_answers_and_wraps_the_explanation(qtbot):
    responses = {"m1": ("C", "A"), "f1": ("5",), "s1": ("依法办事",)}
    grade = grade_paper(PAPER, QUESTIONS, responses, pass_mark=10)
    items = review_items(PAPER, QUESTIONS, responses, grade)
    assert [(i.number, i.status.value, i.yours, i.right) for i in items] == [
        (1, "wrong", "BD", "ABD"), (2, "unanswered", "", "True"), (3, "correct", "5", "五"),
        (4, "pending", "依法办事", "合法行政、合理行政")]
    receipt = ReceiptData("r" * 32, "h" * 64, datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc), "2026年度学法考试",
                          "110101001", "李四", grade.score_text, grade.outcome.value)
    window = ResultWindow(receipt, review=items)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    view = window.review_view
    text = view.toPlainText()
    assert "Your answer: BD   Right answer: ABD" in text
    # the options' texts in the order shown: right ones marked, the learner's choices marked
    assert "A. 选项D ✔\nB. 选项C ✔ ← your choice\nC. 选项E\nD. 选项A ✔ ← your choice\nE. 选项B" in text
    assert "Your answer: (not answered)   Right answer: True" in text
    assert "Your answer: 依法办事   Reference answer: 合法行政、合理行政" in text
    assert LONG in text.replace("\n", "").replace("\u2028", "")   # the explanation whole, not cut
    assert view.horizontalScrollBar().maximum() == 0               # wrapped: nothing hides to the right
    assert view.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_the_review_shows_a_questions_figure_below_its_stem(qtbot):
    """A question with a picture is reviewed with it, drawn no wider than in the exam."""
    from dataclasses import replace

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from desktop.ui.exam_review import ExamReview
    from examcore.questions import Picture
    from tests.desktop.ui_helpers import png_bytes
    pictured = {**QUESTIONS, "t1": replace(TF, pictures=(Picture(png_bytes(800, 200, "navy"), "f.png"),))}
    grade = grade_paper(PAPER, pictured, {}, pass_mark=10)
    review = ExamReview(review_items(PAPER, pictured, {}, grade))
    qtbot.addWidget(review)
    assert "<img src='figure:2-0' width='640'>" in review.render_html()
    shown = review.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("figure:2-0"))
    assert shown.width() == 800


def test_an_option_that_is_a_picture_is_shown_in_its_row_and_picked_by_a_click_on_it(qtbot):
    """选出正确的标志: options that are pictures alone, drawn in their rows (at most OPTION_PICTURE_WIDTH
    wide), picked by a click on the picture as on a text."""
    from dataclasses import replace

    from desktop.ui.question_view import OPTION_PICTURE_WIDTH, QuestionView, _OptionRow
    from examcore.questions import Picture
    from tests.desktop.ui_helpers import png_bytes
    question = replace(MULTI, options=tuple(replace(o, text="", pictures=(Picture(png_bytes(500, 100, c), f"{o.key}.png"),))
                                            for o, c in zip(MULTI.options, ("red", "blue", "green", "gray", "black"))))
    view = QuestionView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show_question(1, 4, PAPER.items[0], question, None)
    view.show()
    rows = view.findChildren(_OptionRow)
    assert len(rows) == 5 and all(len(r.figures) == 1 and not r.label.isVisible() for r in rows)
    assert rows[0].figures[0].pixmap().width() == OPTION_PICTURE_WIDTH
    qtbot.mouseClick(rows[1].figures[0], Qt.MouseButton.LeftButton)
    assert rows[1].button.isChecked()
    grade = grade_paper(PAPER, {**QUESTIONS, "m1": question}, {}, pass_mark=10)
    [item, *_] = review_items(PAPER, {**QUESTIONS, "m1": question}, {}, grade)
    assert [len(shown) for shown in item.option_pictures] == [1] * 5


def test_why_the_exam_was_handed_in_is_said_in_words(qtbot):
    """After a proctor's hand-in the result page showed the raw word "proctor" (issue 19, an outside tester)."""
    from PySide6.QtWidgets import QLabel

    from desktop.services.attempts import SubmissionReceipt
    grade = grade_paper(PAPER, QUESTIONS, {}, pass_mark=10)
    when = datetime(2026, 12, 2, 1, 0, tzinfo=timezone.utc)
    receipt = ReceiptData("r" * 32, "h" * 64, when, "2026年度学法考试", "110101001", "李四", grade.score_text,
                          grade.outcome.value)
    for reason, said in (("proctor", "The proctor handed in your exam"), ("sitting closed", "submitted for you")):
        submission = SubmissionReceipt("r" * 32, "h" * 64, when, "110101001", "李四", "2026年度学法考试", grade, 10,
                                       reason)
        window = ResultWindow(receipt, submission)
        qtbot.addWidget(window)
        texts = [label.text() for label in window.findChildren(QLabel)]
        assert any(said in t for t in texts) and reason not in texts, texts
