"""A random bank written in the project's JSON form and in its Excel template, then imported back, gives
the same questions (the writable formats of issue 16; GIFT and Word writers do not exist yet)."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from examcore.banks import read_bank
from examcore.banks.excel_bank import TEMPLATE_HEADERS
from examcore.questions import FALSE, TRUE, Option, Question, QuestionType

WORDS = st.text(alphabet="宪法民刑行政权利义务公民国家人民<>《》()（）“”，。、？abcXYZ019 ", min_size=1, max_size=12).map(
    str.strip).filter(bool)


@st.composite
def questions(draw) -> Question:
    qtype = draw(st.sampled_from(list(QuestionType)))
    stem = draw(WORDS)
    options: tuple[Option, ...] = ()
    answer: tuple[str, ...] = ()
    if qtype.has_options:
        texts = draw(st.lists(WORDS, min_size=2, max_size=6, unique_by=lambda t: "".join(t.split())))
        options = tuple(Option("ABCDEFGH"[n], t) for n, t in enumerate(texts))
        keys = [o.key for o in options]
        answer = (draw(st.sampled_from(keys)),) if qtype is QuestionType.SINGLE else tuple(sorted(
            draw(st.lists(st.sampled_from(keys), min_size=1, unique=True))))
    elif qtype is QuestionType.TRUE_FALSE:
        answer = (draw(st.sampled_from([TRUE, FALSE])),)
    elif qtype is QuestionType.FILL_IN:
        plain = WORDS.filter(lambda t: not set(t) & set("();；|（）"))  # no accidental "()" blank
        parts = draw(st.lists(plain, min_size=1, max_size=3))
        stem = draw(plain) + "".join("____" + draw(plain) for _ in parts)
        answer = tuple(parts)
    elif draw(st.booleans()):
        answer = (draw(WORDS),)
    return Question("", qtype, stem, options, answer, draw(st.sampled_from(["", "宪法", "宪法/总则"])),
                    draw(st.integers(1, 5)), (), draw(st.sampled_from(["", "解析。"])), draw(st.none() | st.integers(1, 20)))


def _unique(qs: list[Question]) -> list[Question]:
    seen, out = set(), []
    for q in qs:
        key = (q.type, "".join(q.stem.split()))
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def _same(q: Question) -> tuple:
    return (q.type, q.stem, [o.text for o in q.options], q.answer, q.category, q.difficulty, q.explanation, q.points)


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.lists(questions(), min_size=1, max_size=8).map(_unique))
def test_json_round_trip(tmp_path, bank):
    (tmp_path / "b.json").write_text(json.dumps({"questions": [q.to_dict() for q in bank]}, ensure_ascii=False),
                                     encoding="utf-8")
    report = read_bank(tmp_path / "b.json", "b")
    assert report.problems == [] and [_same(q) for q in report.questions] == [_same(q) for q in bank]


@SETTINGS
@given(st.lists(questions(), min_size=1, max_size=8).map(_unique))
def test_excel_round_trip(tmp_path, bank):
    wb = Workbook()
    ws = wb.active
    ws.append(TEMPLATE_HEADERS + ["分值"])
    for q in bank:
        options = [o.text for o in q.options] + [""] * (8 - len(q.options))
        answer = {QuestionType.TRUE_FALSE: {"T": "对", "F": "错"}.get(q.answer[0], "") if q.answer else "",
                  QuestionType.FILL_IN: "；".join(q.answer)}.get(q.type, ",".join(q.answer))
        ws.append(["", q.type.value, q.stem, *options, answer, q.category, q.difficulty, "", q.explanation, "",
                   q.points])
    wb.save(tmp_path / "b.xlsx")
    report = read_bank(tmp_path / "b.xlsx", "b")
    assert report.problems == [] and [_same(q) for q in report.questions] == [_same(q) for q in bank]
