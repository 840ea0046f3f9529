"""What an explanation says of its answer (examcore/banks/answer_said.py): the quick test that passes most
explanations over never changes what the rules find."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from examcore.banks import answer_said

# words the rules are made of, and others, put together in any order
_PIECES = st.sampled_from(["本题", "此题", "答案", "正确答案", "应为", "应选", "选", "以", "为准", "原", "标", "有误", "错误",
                           "正确", "笔误", "勘误", "订正为", "存疑", "改为", "项", "当选", "也", "均可得分", "少了", "若",
                           "认为", "说法", "是", "的", "。", "，", "：", " ", "A", "B", "D", "Ｄ", "√", "×", "对", "错",
                           "宪法", "行政复议", "六十日", "故"])


@settings(max_examples=1500, deadline=None)
@given(st.lists(_PIECES, max_size=5).map("".join), st.sampled_from(["B", "ABD", "×", "√", "正确"]))
def test_the_quick_test_never_changes_what_the_rules_find(text, answer):
    quick = answer_said.other_answer_said(answer, text)
    everything = answer_said._MAY_SAY
    try:
        answer_said._MAY_SAY = re.compile("")   # (matches every text: the rules themselves decide)
        assert answer_said.other_answer_said(answer, text) == quick, text
    finally:
        answer_said._MAY_SAY = everything


def test_each_rules_own_words_pass_the_quick_test():
    for answer, text in (("×", "本题正确"), ("×", "本题应为正确。"), ("B", "本题答案存疑。"), ("B", "原标B有误"),
                         ("B", "请将答案订正为D"), ("√", "本题错误。"), ("B", "D项当选。")):
        assert answer_said._MAY_SAY.search(text) and answer_said.other_answer_said(answer, text), text


def test_an_explanation_saying_another_answer_and_one_that_does_not():
    assert answer_said.other_answer_said("B", "本题答案D。") and answer_said.other_answer_said("×", "本题√。")
    assert not answer_said.other_answer_said("B", "本题答案B，依据宪法第5条。")
    assert not answer_said.other_answer_said("B", "国家工作人员应当依法履行职责。")


def test_round_142_wordings_after_a_comma_verdicts_and_words_for_the_answer():
    """Outside round 142 (older, high: stored with exit 0): 本题答案D，考生易错。 (a clause after the letters), a true/false
    explanation opening with its verdict (错误。理由：…, 正确。, 对，…) or judging with another subject (该表述是正确的,
    此说法不正确), and an answer named by an option's text or a blank's term (本题正确答案为6个月, 答案应为九十日)."""
    said = answer_said.other_answer_said
    for answer, text in (("B", "本题答案D，考生易错。"), ("B", "答案D，考生易错。"), ("B", "本题正确选项D，请注意。"),
                         ("B", "本题答案D 考生易错"), ("×", "本题√，请注意。"), ("√", "错误。理由：复议期限为60日。"),
                         ("√", "错误，复议期限为60日。"), ("×", "正确。"), ("×", "对，符合法律规定。"), ("×", "该表述是正确的。"),
                         ("√", "此说法不正确，复议期限为60日。"), ("√", "题目说法错误。")):
        assert said(answer, text), (answer, text)
    for answer, text in (("B", "第5题答案为D，与本题不同。"), ("B", "选D是错误的。"), ("√", "正确。理由：复议不收费。"),
                         ("×", "错误，复议期限为60日。"), ("B", "本题答案B，考生易错。"), ("×", "有人认为该说法是正确的，这是误解。")):
        assert not said(answer, text), (answer, text)
    options = [("A", "30日"), ("B", "60日"), ("C", "90日"), ("D", "6个月")]
    words = answer_said.other_words_said
    assert words("B", options, "本题正确答案为6个月。") and words("B", options, "正确答案应为“6个月”。")
    assert not words("B", options, "本题正确答案为60日。") and not words("BD", options, "正确答案为6个月。")
    assert words("六十日", [], "本题答案为三十日。") and words("六十日", [], "答案应为九十日。")
    assert not words("六十日", [], "本题答案为六十日，即两个月。") and not words("宪法", [], "本题答案为国家的根本法。")


def test_round_143_this_questions_answer_after_another_named_counts_as_numbers_and_verdict_marks():
    """Outside round 143: 与第5题不同，本题答案为D。 had passed (another question named anywhere in the sentence
    exempted it, new in round 142); 60日 against 答案应为六十日 was refused (new); 应填三年, 九十天 against 六十日, an
    opening ×。 or 说法正确。 passed (older)."""
    said, words = answer_said.other_answer_said, answer_said.other_words_said
    assert said("C", "与第5题不同，本题答案为D。") and said("C", "第5题答案为C，本题答案为D。")
    assert not said("C", "第5题答案为D，与本题不同。")
    assert said("√", "×。年满十八周岁才享有选举权。") and said("×", "说法正确。宪法有明文规定。")
    assert said("√", "说法错误，年满十八周岁才享有选举权。") and not said("√", "说法正确，符合宪法规定。")
    for answer, text in (("60日", "答案应为六十日。"), ("3年", "正确答案是三年。"), ("六个月", "答案为6个月。"),
                         ("二年", "答案为两年，依据民事诉讼法。"), ("六十日", "答案应为６０日"), ("一百二十日", "答案为120日。")):
        assert not words(answer, [], text), (answer, text)
    for answer, text in (("二年", "应填三年。"), ("六十日", "应填九十日，考生易错。"), ("六十日", "答案应为九十天。"),
                         ("六十", "应填九十。"), ("六十日", "本空填九十日。")):
        assert words(answer, [], text), (answer, text)
    cell = answer_said.cell_says_answer
    assert cell("C", "D") and cell("C", "有误，选D") and cell("√", "应为×") and cell("C", "答案应为D")
    assert not any(cell("C", note) for note in ("C", "送分题", "易错选D", "B项为全国人大", "无", "原教材第12页"))
