"""Outside round 21 on issue 14: the honest administrator at both tiers after round 20's province rule (a lower
server's accept of a result the province holds for the attempt limit is kept while the province holds another
result of the learner that server never saw). The kept accept was never taken up again once the choice went
away, so the same two honest decisions ended differently by their order (now: review.take_up_kept_accepts);
and a centre's accept of a rule the province checks itself (late answers) was kept saying the centre "did not
check" it (now: the province checks it itself and its administrator decides, the centre having accepted it)."""
from __future__ import annotations

import random
import uuid

import pytest
from sqlalchemy import select

from sync_server.models import Alert, CountedAttempt, LowerReview, Result
from sync_server.results.ingest import Ingest
from sync_server.results.review import decide, flagged_results
from tests.conftest import LEARNER
from tests.server_fixtures import make_envelopes, province_with_two_centres
from tests.sync_server.upstream.test_release_between_centres import _relay, _state, _tell



@pytest.fixture
def t21(tmp_path, issuer, roster_file):
    """province > c1, c2 (both of P); learner LEARNER of U1; one station enrolled at both centres (U1);
    envelopes: late (late_answers), a, b, c (ordinary), all of LEARNER, of a one-attempt exam."""
    ctxs: dict = {}
    ups, _station, (late, a, b, c) = province_with_two_centres(
        tmp_path, issuer, roster_file, ctxs, lambda st: (late_envelope(st, random.Random(7)),
                                                         *make_envelopes(st, 3, random.Random(8))))
    yield ctxs, ups, late, a, b, c
    for ctx in ctxs.values():
        ctx.close()


def late_envelope(st, rng):
    """A sealed result like tests.server_fixtures.make_envelopes', but one answer saved 5 minutes after the
    30-minute time was up (late_answers): an honest learner whose PC's timer misbehaved, which the centre
    accepts after looking."""
    from datetime import datetime, timezone

    from examcore.chain import Chain, EventKind
    from examcore.grading import grade_paper
    from examcore.sealed import ResultPayload, seal_result
    from tests.conftest import START_CODE
    pkg_id = st.library.listings(LEARNER[0])[0].package_id
    parsed = st.library.load(pkg_id)
    content = parsed.open_body(parsed.unwrap_with_start_code(START_CODE))
    wall = datetime.now(timezone.utc).isoformat()
    seed = rng.randbytes(16)
    attempt = str(uuid.uuid4())
    paper = content.draw("general", seed)
    chain = Chain(attempt)
    chain.append(chain.next_event(EventKind.STARTED, 0, wall, {}))
    items = [content.questions[i.question_id] for i in paper.items if content.questions[i.question_id].options]
    for i, q in enumerate(items):
        ms = 35 * 60_000 if i == len(items) - 1 else 1000 * i   # the last answer after time-up
        chain.append(chain.next_event(EventKind.ANSWER, ms, wall, {"q": q.id, "r": [q.options[0].key]}))
    grade = grade_paper(paper, content.questions, {e.data["q"]: tuple(e.data["r"]) for e in chain.events
                                                   if e.kind == EventKind.ANSWER}, content.exam.pass_mark)
    chain.append(chain.next_event(EventKind.SUBMITTED, 36 * 60_000, wall, {}))
    return seal_result(ResultPayload(attempt, seed, "general", paper.to_list(), chain.events),
                       exam_id=content.exam.exam_id, package_id=pkg_id, learner_no=LEARNER[0], sitting_id=None,
                       station_score=grade.score_text, outcome=grade.outcome.value,
                       submitted_at=datetime.now(timezone.utc).isoformat(), recipients=parsed.header.recipients,
                       device_key=st.keys.device_key, device_id=st.keys.device_id)


def _alerts(ctx, kind=None):
    with ctx.sessions() as s:
        return [(a.kind, a.result_id, str(a.detail)) for a in s.scalars(select(Alert).order_by(Alert.id))
                if kind is None or a.kind == kind]


def _counted(ctx):
    with ctx.sessions() as s:
        c = s.scalar(select(CountedAttempt))
        return c.attempts if c else 0


def _two_centres(t21):
    """The learner sat at centre 1 (the late one, held there) and again at centre 2 (counts there); both
    reach the province, which holds both (attempt_limit, and the late one for its rules too)."""
    ctxs, ups, late, a, b, c = t21
    c1, c2, province = ctxs["c1"], ctxs["c2"], ctxs["province"]
    Ingest(c1).ingest_many([late.to_bytes()], "http")
    Ingest(c2).ingest_many([a.to_bytes()], "http")
    assert _state(c1, late.result_id)[0] == "held" and _state(c2, a.result_id) == ("counted", "")
    _relay(c1, province, [late.result_id], ups["c1"])
    _relay(c2, province, [a.result_id], ups["c2"])
    assert _state(province, late.result_id) == ("held", "attempt_limit,late_answers,over_duration")
    assert _state(province, a.result_id) == ("held", "attempt_limit")
    return c1, c2, province


def _decide(ctx, rid, decision, reason, who):
    ctx.clock.advance(60_000)
    with ctx.sessions.begin() as s:
        return decide(s, rid, decision, reason, who, ctx.clock.now())[1]


@pytest.mark.parametrize("order", ["accept_first", "reject_first"])
def test_two_centres_agree_which_counts_order_of_arrival(t21, order):
    """Both centre administrators decide honestly and agree: centre 1 accepts the late result (the PC's
    timer was faulty, the proctor confirms), centre 2 rejects its result (the learner should not have sat
    again after moving units). At the province exactly one result is left, and both centres said it counts.
    The province checks late answers itself: whatever the order, it keeps centre 1's accept for its own
    administrator, in words that say so (they said centre 1 "did not check" them), and counts it once they
    accept it."""
    ctxs, ups, late, a, b, c = t21
    c1, c2, province = _two_centres(t21)
    _decide(c1, late.result_id, "accept", "考试机计时故障，监考确认", "kaowu1")
    _decide(c2, a.result_id, "reject", "调动后重复参考", "kaowu2")
    if order == "accept_first":
        first = _tell(c1, province, ups["c1"])[1]
        second = _tell(c2, province, ups["c2"])[1]
    else:
        second = _tell(c2, province, ups["c2"])[1]
        first = _tell(c1, province, ups["c1"])[1]
    with province.sessions() as s:
        told = s.get(LowerReview, late.result_id)
        lower = (told.review, told.outcome, told.note_words()[0])
        listed = [(r["result_id"], r["review"], r["below"] and r["below"]["outcome"])
                  for r in flagged_results(s, None, review=None)]
    report = dict(order=order, c1_answer=first, c2_answer=second, lower=lower, listed=listed,
                  province_alerts=_alerts(province), c1_alerts=_alerts(c1, "upstream_differs"))
    assert _state(c1, late.result_id)[0] == "accepted" and _counted(c1) == 1
    assert _state(c2, a.result_id)[0] == "rejected" and _counted(c2) == 0
    assert _state(province, a.result_id)[0] == "rejected", report
    assert _state(province, late.result_id)[0] == "held" and lower[1] == "kept", report
    assert "checks" in lower[2] and "itself" in lower[2] and "did not check" not in lower[2], report
    _decide(province, late.result_id, "accept", "同意第一考点的认定", "sheng")
    assert _state(province, late.result_id)[0] == "accepted" and _counted(province) == 1, report


def test_a_centres_accept_of_late_answers_alone(t21):
    """One centre, one result, no second attempt anywhere: the centre held the late result (late_answers,
    over_duration), relayed it held for those rules, and its administrator accepted it. docs/server.md says
    the upper server follows an acceptance "when the result is held up there only for the rules the lower
    server held it for when it relayed the result". The province holds it for exactly those rules."""
    ctxs, ups, late, a, b, c = t21
    c1, province = ctxs["c1"], ctxs["province"]
    Ingest(c1).ingest_many([late.to_bytes()], "http")
    _relay(c1, province, [late.result_id], ups["c1"])
    with province.sessions() as s:
        row = s.get(Result, late.result_id)
        relayed = (row.flags, row.flags_below)
    _decide(c1, late.result_id, "accept", "考试机计时故障，监考确认", "kaowu1")
    [answer] = _tell(c1, province, ups["c1"])[1]
    report = dict(relayed=relayed, answer=answer, alerts=_alerts(province, "lower_review_kept"))
    assert _state(c1, late.result_id)[0] == "accepted" and _counted(c1) == 1
    # the centre checked these rules too (it held the result for them and accepted it): the note says the
    # province checks them itself and its administrator decides
    assert answer["outcome"] == "kept" and "did not check" not in answer["note"], report
    assert "itself" in answer["note"] and "accepted it" in answer["note"], report


def test_attempt_limit_only_orders(t21):
    """a, b at centre 1 (both held there for the limit), c at centre 2 (counts there). Centre 1 accepts a then
    rejects b; centre 2 rejects c; the province hears centre 1 first. a should count at every tier."""
    ctxs, ups, late, a, b, c = t21
    c1, c2, province = ctxs["c1"], ctxs["c2"], ctxs["province"]
    Ingest(c1).ingest_many([a.to_bytes(), b.to_bytes()], "http")
    Ingest(c2).ingest_many([c.to_bytes()], "http")
    _relay(c1, province, [a.result_id, b.result_id], ups["c1"])
    _relay(c2, province, [c.result_id], ups["c2"])
    _decide(c1, a.result_id, "accept", "第一次有效", "kaowu1")
    _decide(c1, b.result_id, "reject", "重复", "kaowu1")
    _decide(c2, c.result_id, "reject", "重复", "kaowu2")
    first = _tell(c1, province, ups["c1"])[1]
    second = _tell(c2, province, ups["c2"])[1]
    with province.sessions() as s:
        listed = [(r["result_id"] == a.result_id, r["review"], r["below"] and (r["below"]["outcome"], r["below"]["note"]))
                  for r in flagged_results(s, None, review=None)]
    report = dict(first=first, second=second, listed=listed)
    assert [_state(province, x.result_id)[0] for x in (a, b, c)] in (["counted", "rejected", "rejected"],
                                                                      ["accepted", "rejected", "rejected"]), report
    assert _counted(province) == _counted(c1) == 1 and _counted(c2) == 0


def _a_held_for_a_sitting_rule(t21):
    """Result a at centre 1, held there for a rule only the centre checks (not_seated, as sitting_rules holds
    it: a province holds no sittings); the learner's other attempt c at centre 2, counted there; both relayed."""
    from sync_server.results.counted import recount
    ctxs, ups, late, a, b, c = t21
    c1, c2, province = ctxs["c1"], ctxs["c2"], ctxs["province"]
    Ingest(c1).ingest_many([a.to_bytes()], "http")
    with c1.sessions.begin() as s:
        row = s.get(Result, a.result_id)
        row.flags, row.review = "not_seated", "held"
        s.flush()
        recount(s, row.exam_id, row.learner_no)
    Ingest(c2).ingest_many([c.to_bytes()], "http")
    _relay(c1, province, [a.result_id], ups["c1"])
    _relay(c2, province, [c.result_id], ups["c2"])
    return c1, c2, province


@pytest.mark.parametrize("order", ["centre1_first", "centre2_first"])
def test_a_kept_accept_is_taken_up_when_the_choice_goes_away(t21, order):
    """Round 20's rule meets a rule only the centre checks. Centre 1 held result a for a sitting rule the
    province cannot check (a province holds no sittings; simulated here by holding a at centre 1 for
    not_seated before it is relayed, as acceptance.sitting_rules would) and its administrator accepts it
    after checking with the proctor. The learner's other attempt c went to centre 2, whose administrator
    rejects it. Both decisions reach the province. Expected: a counts at the province, as at centre 1,
    whichever decision arrives first."""
    ctxs, ups, late, a, b, c = t21
    c1, c2, province = _a_held_for_a_sitting_rule(t21)
    with province.sessions() as s:
        assert (s.get(Result, a.result_id).flags, s.get(Result, a.result_id).flags_below) == \
            ("attempt_limit,not_seated", "not_seated")
    _decide(c1, a.result_id, "accept", "监考确认座位编排有误，考生本人参考", "kaowu1")
    _decide(c2, c.result_id, "reject", "调动后重复参考", "kaowu2")
    if order == "centre1_first":
        answers = _tell(c1, province, ups["c1"])[1] + _tell(c2, province, ups["c2"])[1]
    else:
        answers = _tell(c2, province, ups["c2"])[1] + _tell(c1, province, ups["c1"])[1]
    with province.sessions() as s:
        listed = [(r["result_id"] == a.result_id, r["review"], r["flags"],
                   r["below"] and (r["below"]["outcome"], r["below"]["note"])) for r in flagged_results(s, None, review=None)]
    report = dict(order=order, answers=[(x["outcome"], x["note"]) for x in answers], listed=listed,
                  province_alerts=[x for x in _alerts(province) if x[0] != "result_held"],
                  c1_alerts=_alerts(c1, "upstream_differs"))
    assert _state(c1, a.result_id)[0] == "accepted" and _counted(c1) == 1
    assert _state(province, c.result_id)[0] == "rejected", report
    assert _state(province, a.result_id)[0] == "accepted" and _counted(province) == 1, report


def test_province_admin_does_what_the_kept_note_says(t21):
    """Same set-up; centre 2 decides nothing (c counts there). The province administrator reads the kept
    accept ("an administrator there chooses which counts") and chooses a by rejecting c. Expected: a counts
    (centre 1 accepted it for its own rule), or the administrator is told that a needs an accept too."""
    ctxs, ups, late, a, b, c = t21
    c1, c2, province = _a_held_for_a_sitting_rule(t21)
    _decide(c1, a.result_id, "accept", "监考确认座位编排有误，考生本人参考", "kaowu1")
    [answer] = _tell(c1, province, ups["c1"])[1]
    assert answer["outcome"] == "kept" and "chooses which counts" in answer["note"]
    counting = _decide(province, c.result_id, "reject", "选定第一考点的成绩", "sheng")
    report = dict(counting=counting, a=_state(province, a.result_id))
    assert counting == [a.result_id] and _state(province, a.result_id)[0] in ("counted", "accepted"), report
