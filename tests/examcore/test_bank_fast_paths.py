"""The bank readers' fast paths read exactly as the slow ones they skip (bench.bank_bench: a
50,000-question import in seconds): an option that names another by letter is found whether or not its
text is folded first, and a sheet's facts come from one pass over its XML."""
from __future__ import annotations

import json
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from examcore.banks.common import _NAMES_AN_OPTION, _RAISED, _folding_letters, _identity_text, question_keys
from examcore.questions import Option, Picture, Question, QuestionType

# what option texts are made of, and every kind of character NFKC changes next to a letter
PIECES = st.sampled_from(list("ABCDHIabz019 ，。、（）()．.和都是以上") + [
    "Ａ", "Ｂ", "ｂ", "１", "Ⓐ", "ⓑ", "①", "㎆", "℃", "ℋ", "𝐀", "\u0300", "\u0338", "\u20dd", "\u3000", "ﾞ", "ｶ", "²",
    "₂", "ﬁ", "Ⅳ", "⒜", "🄰", "\u00a0", "\u200b", "宪法", "选项"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join) | st.text(max_size=12))
def test_an_option_naming_another_is_found_folded_or_not(text):
    slow = _NAMES_AN_OPTION.search(unicodedata.normalize("NFKC", text)) is not None
    fast = _NAMES_AN_OPTION.search(text if _folding_letters().isdisjoint(text)
                                   else unicodedata.normalize("NFKC", text)) is not None
    assert fast == slow


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES | st.sampled_from(list(map(chr, _RAISED)))).map("".join))
def test_identity_text_is_what_it_was(text):
    folded = " ".join(unicodedata.normalize("NFKC", text.translate(_RAISED)).split())
    # a space is kept only between two letters or digits of a spaced script (issue 16: the rapist / therapist)
    slow = "".join(ch for n, ch in enumerate(folded) if ch != " " or (
        folded[n - 1].isalnum() and folded[n - 1] < "\u2e80" and folded[n + 1].isalnum() and folded[n + 1] < "\u2e80"))
    assert _identity_text(text) == slow


def test_spacing_inside_a_spaced_script_is_part_of_what_a_question_says():
    assert _identity_text("the  rapist") != _identity_text("therapist")
    assert _identity_text("the rapist") == _identity_text(" the\u3000rapist ") == "the rapist"
    assert _identity_text("第 5 条 规定") == _identity_text("第5条规定") == "第5条规定"
    assert _identity_text("依据 Article 5") == _identity_text("依据Article 5")


def test_the_folding_class_holds_what_it_must():
    folding = _folding_letters()
    assert set("ＡⒷ①㎆ℋ𝐀\u0300Ⅳ") <= folding
    assert folding.isdisjoint("宪，。（）A1 ")


def _keys_as_they_were(q):
    """question_keys as first written (two json.dumps): ids are hashes of the content key, so a question
    imported before must keep its id."""
    from examcore.banks.common import _identity_text
    stem = _identity_text(q.stem)
    if q.type.has_options:
        texts = {o.key: _identity_text(o.text) + ("\x00" + ",".join(p.digest for p in o.pictures) if o.pictures else "")
                 for o in q.options}
        options = sorted(texts.values())
        answers = sorted(texts.get(a, "\x00" + a) for a in q.answer)
    else:
        options, answers = [], [_identity_text(a) for a in q.answer]
    figures = [[p.digest for p in q.pictures]] if q.pictures else []
    return (json.dumps([q.type.value, stem, options, answers, *figures], ensure_ascii=False),
            json.dumps([q.type.value, stem, options, *figures], ensure_ascii=False))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(list(QuestionType)), st.text(max_size=30), st.lists(st.text(max_size=8), max_size=4),
       st.lists(st.sampled_from(["A", "B", "C", "T", "F", "宪法", '"\\']), max_size=3),
       st.lists(st.binary(min_size=1, max_size=4), max_size=2))
def test_question_keys_are_what_they_were(qtype, stem, options, answer, figures):
    q = Question("x", qtype, stem, tuple(Option("ABCD"[i], t) for i, t in enumerate(options)), tuple(answer),
                 pictures=tuple(Picture(d) for d in figures))
    assert question_keys(q) == _keys_as_they_were(q)
