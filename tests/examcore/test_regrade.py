"""A server's fast re-check (examcore.regrade) gives exactly what the station's functions give, and the
faster canonical JSON (examcore.canonical) the same bytes as json.dumps.

Known-answer test (issue 17, Deliver 4): thousands of generated attempts over a pool of every question kind
(fixed options, six options, fill-in alternatives, short answers, nested categories, overlapping sections,
a blueprint that some seeds cannot fill), honest and tampered papers, answers right, wrong, partial, empty,
late, odd in shape. For each, the reference (``draw_paper(...).to_list() == sent`` and ``grade_events``) and
``Regrader`` must agree on the paper, the score (value and type), the outcome, the pending points, the late
answers, and on which error a chain of an unreadable shape raises.
"""
from __future__ import annotations

import json
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examcore import canonical
from examcore.blueprint import GENERAL, Blueprint, Section
from examcore.chain import Chain, EventKind
from examcore.exam import ExamDefinition
from examcore.grading import grade_events
from examcore.package import ExamContent
from examcore.paper import BlueprintError
from examcore.questions import FALSE, TRUE, Option, Question, QuestionType

T = QuestionType


def _pool(rng: random.Random) -> list[Question]:
    pool: list[Question] = []
    for n in range(60):
        keys = "ABCDEF"[: rng.choice((2, 3, 4, 4, 5, 6))]
        fixed = rng.random() < 0.2
        options = tuple(Option(k, f"选项{k}", fixed=fixed and k == keys[-1]) for k in keys)
        kind = T.SINGLE if n % 2 else T.MULTIPLE
        answer = (rng.choice(keys),) if kind is T.SINGLE else tuple(sorted(rng.sample(keys, rng.randint(1, len(keys)))))
        category = ("宪法", "宪法/总则", "行政法", "民法/合同")[n % 4]
        pool.append(Question(f"c{n}", kind, f"题{n}", options, answer, category))
    for n in range(20):
        pool.append(Question(f"t{n}", T.TRUE_FALSE, f"判断{n}", (), (TRUE if n % 3 else FALSE,), "宪法/总则"))
    for n in range(16):
        answer = tuple(rng.choice(("公民", "宪法|《宪法》", "Ｘ Ｙ|xy", "全国人民代表大会|全国人大")) for _ in range(rng.randint(1, 3)))
        pool.append(Question(f"f{n}", T.FILL_IN, f"填空{n}", (), answer, "行政法"))
    for n in range(8):
        pool.append(Question(f"s{n}", T.SHORT_ANSWER, f"简答{n}", (), ("参考答案",) if n % 2 else (), "宪法"))
    return pool


def _exam(partial: bool) -> ExamDefinition:
    now = datetime(2026, 12, 5, tzinfo=timezone.utc)
    general = Blueprint((Section(T.SINGLE, 4, 2, "宪法"), Section(T.SINGLE, 8, 2), Section(T.MULTIPLE, 6, 3),
                         Section(T.TRUE_FALSE, 5, 1, "宪法/总则"), Section(T.FILL_IN, 4, 2),
                         Section(T.SHORT_ANSWER, 2, 10)))
    # 30 single-choice questions, 15 of them in 宪法/总则: the second section finds fewer than 5 when the
    # first took more than 10 of those (about half the seeds fail)
    tight = Blueprint((Section(T.SINGLE, 22, 2), Section(T.SINGLE, 5, 2, "宪法")))
    return ExamDefinition("e", "考试", 30, 40, now, now + timedelta(days=1), {GENERAL: general, "tight": tight},
                          multiple_partial_credit=partial)


def _response(rng: random.Random, q: Question | None, skill: float) -> object:
    roll = rng.random()
    if roll < 0.004:   # shapes a station never sends: the reference raises, so must the fast path
        return rng.choice((5, None, [1], [["A"]], "AB", {"x": 1}))
    if roll < 0.05:
        return rng.choice(([], [""], ["  "], ["　"]))
    if q is not None and q.type is not T.FILL_IN and rng.random() < skill:
        return list(q.answer)
    if q is None or q.type in (T.SINGLE, T.MULTIPLE):
        keys = [o.key for o in q.options] if q else list("ABCD")
        return rng.sample(keys, rng.randint(1, len(keys)))
    if q.type is T.TRUE_FALSE:
        return [rng.choice((TRUE, FALSE, "t", "X"))]
    if q.type is T.FILL_IN:
        blanks = [rng.choice(q.answer[i].split("|") + ["ｘｙ", "宪  法", "《宪法》。", "不知道"])
                  for i in range(len(q.answer))]
        return blanks[: rng.randint(0, len(blanks))] if rng.random() < 0.2 else blanks
    return [rng.choice(("我的回答", "", "  "))]


def _events(rng: random.Random, paper_ids: list[str], questions: dict[str, Question]) -> list:
    chain = Chain(f"attempt-{rng.random()}")
    skill = rng.random() ** 0.3   # how often this learner knows the answer
    pace = rng.choice((10_000, 40_000, 90_000))   # ms between events at most: the slowest run out of time
    elapsed = 0

    def add(kind: str, data: dict) -> None:
        chain.append(chain.next_event(kind, elapsed, "2026-12-05T09:00:00+08:00", data))
    add(EventKind.STARTED, {})
    for _ in range(rng.randint(0, 60)):
        elapsed += rng.randint(0, pace)
        roll = rng.random()
        if roll < 0.05:
            add(EventKind.EXTRA_TIME, {"minutes": rng.choice((5, 10, 0, -5, 300, True, "5"))})
        elif roll < 0.1:
            add(EventKind.FLAG, {"q": rng.choice(paper_ids)})
        else:
            qid = rng.choice(paper_ids) if rng.random() < 0.95 else "not-on-paper"
            add(EventKind.ANSWER, {"q": qid, "r": _response(rng, questions.get(qid), skill)})
    add(EventKind.SUBMITTED, {})
    return chain.events


def _tampered(rng: random.Random, sent: list[dict]) -> object:
    """The station's paper changed one way or another (or not at all)."""
    sent = json.loads(json.dumps(sent))
    roll = rng.randrange(14)
    if roll == 0 and len(sent) > 1:
        i, j = rng.sample(range(len(sent)), 2)
        sent[i], sent[j] = sent[j], sent[i]
    elif roll == 1:
        rng.choice(sent)["p"] += 1
    elif roll == 2:
        item = rng.choice(sent)
        item["p"] = float(item["p"])           # 2.0 == 2: equal for both
    elif roll == 3:
        item = rng.choice(sent)
        item["o"] = list(reversed(item["o"]))
    elif roll == 4:
        rng.choice(sent)["x"] = 1
    elif roll == 5:
        del rng.choice(sent)["o"]
    elif roll == 6:
        sent.pop()
    elif roll == 7:
        sent.append(dict(sent[0]))
    elif roll == 8:
        return rng.choice(({"q": 1}, None, "paper", 5, tuple(sent)))
    elif roll == 9:
        item = rng.choice(sent)
        item["o"] = tuple(item["o"])           # not a list: differs for both
    elif roll == 10:
        item = rng.choice(sent)
        item["q"] = item["q"] + " "
    elif roll == 11:
        item = rng.choice(sent)
        item["p"] = rng.choice((str(item["p"]), item["p"] + 0.5, None))
    return sent


def _reference(content: ExamContent, variant: str, seed: bytes, sent: object, events: list, extra: int | None):
    try:
        paper = content.draw(variant, seed)
    except BlueprintError as exc:
        return ("unfillable", str(exc))
    if paper.to_list() != sent:
        return ("paper differs",)
    try:
        grade, late = grade_events(paper, content.questions, events, content.exam.duration_minutes,
                                   content.exam.pass_mark, content.exam.multiple_partial_credit, extra)
    except Exception as exc:   # noqa: BLE001 - the type is what is compared
        return ("raised", type(exc))
    return ("graded", grade.score, type(grade.score), grade.score_text, grade.outcome, grade.pending_points, late)


def _fast(content: ExamContent, variant: str, seed: bytes, sent: object, events: list, extra: int | None):
    regrader = content.regrader(variant)
    try:
        drawn = regrader.drawn_as_sent(seed, sent)
    except BlueprintError as exc:
        return ("unfillable", str(exc))
    if drawn is None:
        return ("paper differs",)
    try:
        grade, late = regrader.grade(drawn, events, content.exam.duration_minutes, content.exam.pass_mark,
                                     content.exam.multiple_partial_credit, extra)
    except Exception as exc:   # noqa: BLE001
        return ("raised", type(exc))
    return ("graded", grade.score, type(grade.score), grade.score_text, grade.outcome, grade.pending_points, late)


@pytest.mark.parametrize("partial", [False, True])
def test_the_fast_recheck_gives_the_reference_outcome_on_thousands_of_attempts(partial):
    rng = random.Random(17 + partial)
    pool = _pool(rng)
    content = ExamContent(_exam(partial), {q.id: q for q in pool})
    seen: Counter[str] = Counter()
    for n in range(1500):
        variant = GENERAL if n % 10 else "tight"
        seed = rng.randbytes(16)
        try:
            honest = content.draw(variant, seed).to_list()
        except BlueprintError:
            honest = [{"q": "c1", "p": 2, "o": ["A", "B"]}]
        sent = honest if rng.random() < 0.7 else _tampered(rng, honest)
        events = _events(rng, [i["q"] for i in honest], content.questions)
        extra = rng.choice((None, None, 0, 600_000))
        want = _reference(content, variant, seed, sent, events, extra)
        assert _fast(content, variant, seed, sent, events, extra) == want, (n, sent, want)
        seen[want[0]] += 1
        if want[0] == "graded":
            seen[f"outcome {want[4]}"] += 1
            seen["fraction"] += want[2] is Fraction
            seen["late"] += bool(want[6])
    # the generated attempts reached every branch the two must agree on
    assert seen["graded"] > 700 and seen["paper differs"] > 150 and seen["unfillable"] > 5, seen
    assert seen["raised"] > 10 and seen["late"] > 50 and seen["outcome passed"] > 10, seen
    assert seen["outcome failed"] > 10 and seen["outcome pending"] > 10, seen
    assert (seen["fraction"] > 20) == partial, seen


def test_a_question_id_utf8_cannot_hold_fails_where_the_reference_fails_only():
    """An id with a lone surrogate (a body the issuer's tool cannot write, but open_body reads): the fast
    path's preparation encoded every candidate's id, so every result of the variant failed; the reference
    fails only for a paper that drew that question and shuffles its options."""
    rng = random.Random(5)
    pool = _pool(rng)
    pool[1] = Question("bad\ud800", T.SINGLE, "坏", (Option("A", "甲"), Option("B", "乙")), ("A",), "宪法/总则")
    content = ExamContent(_exam(False), {q.id: q for q in pool})
    outcomes = Counter()
    for n in range(200):
        seed = rng.randbytes(16)
        try:
            honest = content.draw(GENERAL, seed).to_list()
        except UnicodeEncodeError:
            honest = [{"q": "c1", "p": 2, "o": ["A", "B"]}]
        events = _events(rng, [i["q"] for i in honest], content.questions)
        want = _reference_drawn(content, seed, honest, events)
        assert _reference_drawn(content, seed, honest, events, fast=True) == want
        outcomes[want[0]] += 1
    assert outcomes["graded"] > 50 and outcomes["raised"] > 10, outcomes


def _reference_drawn(content, seed, sent, events, fast=False):
    """As _reference/_fast, with the draw's own error compared too."""
    try:
        return (_fast if fast else _reference)(content, GENERAL, seed, sent, events, None)
    except UnicodeEncodeError:
        return ("raised", UnicodeEncodeError)


def test_an_unknown_variant_is_a_key_error_as_the_reference_draw():
    content = ExamContent(_exam(False), {q.id: q for q in _pool(random.Random(1))})
    with pytest.raises(KeyError):
        content.draw("leader", b"seed")
    with pytest.raises(KeyError):
        content.regrader("leader")


# canonical JSON: the encoder made once is held to json.dumps with the canonical options, byte for byte
_REFERENCE_OPTIONS = dict(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-2**80, max_value=2**80)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=25)


def _outcome(encode, value):
    try:
        return encode(value)
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(_json)
def test_canonical_json_is_json_dumps_with_the_canonical_options(value):
    reference = _outcome(lambda v: json.dumps(v, **_REFERENCE_OPTIONS).encode("utf-8"), value)
    assert _outcome(canonical.canonical_json, value) == reference


# what a server hashes with orjson when it parsed no float: text of every kind (control characters, U+2028,
# astral, lone surrogates), integers past 64 bits, keys of any text, nesting
_any_text = st.text(st.characters(exclude_categories=()))   # lone surrogates too (st.text() never makes them)
_floatless = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-2**80, max_value=2**80) | st.text()
    | _any_text,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8) | _any_text, inner, max_size=5),
    max_leaves=25)


@settings(max_examples=600, deadline=None)
@given(_floatless)
def test_orjson_writes_canonical_json_byte_for_byte_without_floats(value):
    assert canonical._orjson is not None, "orjson is installed with the dev extra, as with the province's"
    assert _outcome(canonical.canonical_json_floatless, value) == _outcome(canonical.canonical_json, value)


def test_an_event_is_hashed_alike_either_way():
    from examcore.chain import Event
    for data in ({}, {"q": "题1", "r": ["A", "C"]}, {"detail": "\u2028\x00😀", "n": 2 ** 70}, {"k": {"b": 1, "a": [None]}}):
        event = Event(3, "answer", 61_000, "2026-12-05T09:00:00+08:00", data, "0" * 64)
        assert event.hash_floatless() == event.hash


def test_canonical_json_refuses_what_it_refused():
    with pytest.raises(TypeError, match="not canonical-JSON serialisable: set"):
        canonical.canonical_json({"a": {1, 2}})
    with pytest.raises(ValueError):
        canonical.canonical_json([float("inf")])
    with pytest.raises(UnicodeEncodeError):
        canonical.canonical_json("\ud800")
    assert canonical.canonical_json({"b": 1, "a": ["é", None, True]}) == '{"a":["é",null,true],"b":1}'.encode()
