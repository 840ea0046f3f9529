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
