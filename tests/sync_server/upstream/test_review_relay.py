"""A centre's decisions on held results, as its province takes them (sync_server/upstream/review_relay.py): followed
for the rules the centre held a result for, kept (with an alert) where the province decided itself or holds
the result for a rule of its own, answered the same when told twice, and refused for a result another
server relayed. The whole road over HTTP is in tests/e2e/test_authority.py."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from examcore.clock import utc_naive
from sync_server.devices import approve_device, request_enrolment
from sync_server.results.ingest import Ingest
from sync_server.models import Alert, CountedAttempt, Device, LowerReview, Result
from sync_server.results.review import decide, flagged_results
from sync_server.upstream.review_relay import follow, item_of, untold
from tests.conftest import LEARNER
from tests.server_fixtures import new_instance, relay_as_acknowledged, tiers_with_station


@pytest.fixture
def tiers(tmp_path, issuer, roster_file):
    """A centre and its province, each holding the same two results of one learner (the exam allows one
    attempt: both are held at both for attempt_limit, until an administrator decides which stands),
    relayed up as the relay sends them."""
    ctxs: dict = {}
    centre, province, envelopes, _station, upstream_id = tiers_with_station(tmp_path, issuer, roster_file, ctxs, 2, 5)
    ids = [e.result_id for e in envelopes]
    for envelope in envelopes:   # one by one: the first counts, then both are held
        Ingest(centre).ingest_many([envelope.to_bytes()], "http")
    relay_as_acknowledged(centre, province, ids, upstream_id)
    yield centre, province, ids, upstream_id
    for ctx in ctxs.values():
        ctx.close()


def _decide(ctx, result_id: str, decision: str, reason: str, who: str = "guanli") -> None:
    ctx.clock.advance(60_000)
    with ctx.sessions.begin() as s:
        decide(s, result_id, decision, reason, who, ctx.clock.now())


def _tell(centre, province, sender_id: str, items: list[dict] | None = None) -> list[dict]:
    """What the relay does: the centre's untold decisions, followed up there, marked told down here."""
    with centre.sessions() as s:
        items = items if items is not None else [item_of(r) for r in untold(s)]
    with province.sessions.begin() as s:
        answered = follow(s, s.get(Device, sender_id), items, province.clock.now())
    with centre.sessions.begin() as s:
        for o in answered:
            if o["outcome"] != "unknown":
                row = s.get(Result, o["result_id"])
                row.review_sent_at = row.reviewed_at
    return answered


def _reviews(ctx) -> dict[str, tuple[str, str | None]]:
    with ctx.sessions() as s:
        return {r.result_id: (r.review, r.review_from) for r in s.scalars(select(Result))}


def _counted(ctx) -> set:
    with ctx.sessions() as s:
        return {(c.learner_no, c.attempts) for c in s.scalars(select(CountedAttempt))}


def test_the_province_follows_the_centres_decisions_and_counts_as_it_does(tiers):
    centre, province, (first, second), sender = tiers
    assert _reviews(province)[second][0] == "held"
    _decide(centre, first, "reject", "考试机故障，成绩作废")
    _decide(centre, second, "accept", "经核实由本人补考")
    answered = _tell(centre, province, sender)
    assert [(o["result_id"], o["outcome"]) for o in answered] == [(first, "applied"), (second, "applied")]
    assert _reviews(province) == {first: ("rejected", sender), second: ("accepted", sender)}
    assert _counted(province) == _counted(centre) == {(LEARNER[0], 1)}
    with province.sessions() as s:
        row = s.get(Result, second)
        assert row.reviewed_by == "guanli @ 第一考点" and row.review_reason == "经核实由本人补考"
        [listed] = [r for r in flagged_results(s, None, review=None) if r["result_id"] == second]
    assert listed["below"]["server"] == "第一考点" and listed["below"]["outcome"] == "applied"
    with centre.sessions() as s:
        assert untold(s) == []   # each decision is told once

    # told again (the answer was lost on the way): the same answer, nothing decided twice
    with centre.sessions() as s:
        again = [item_of(s.get(Result, i)) for i in (first, second)]
    assert [o["outcome"] for o in _tell(centre, province, sender, again)] == ["applied", "applied"]
    with province.sessions() as s:
        assert len(list(s.scalars(select(Alert).where(Alert.kind.in_(("result_accepted", "result_rejected")))))) == 2

    # the centre changes its mind: the province follows again
    _decide(centre, second, "reject", "复查发现代考")
    assert [o["outcome"] for o in _tell(centre, province, sender)] == ["applied"]
    assert _reviews(province)[second] == ("rejected", sender) and _counted(province) == set()


def test_a_decision_taken_at_the_province_stands_and_a_different_one_below_is_an_alert(tiers):
    centre, province, (first, second), sender = tiers
    _decide(province, second, "reject", "省级复核：重复作答")
    _decide(centre, first, "reject", "考试机故障")
    _decide(centre, second, "accept", "本人补考")
    answered = {o["result_id"]: o for o in _tell(centre, province, sender)}
    assert answered[first]["outcome"] == "applied"
    assert answered[second]["outcome"] == "kept"
    assert "an administrator of the upper server decided it first: rejected by guanli" in answered[second]["note"]
    assert _reviews(province)[second] == ("rejected", None)
    with province.sessions() as s:
        [alert] = s.scalars(select(Alert).where(Alert.kind == "lower_review_kept"))
        kept = s.get(LowerReview, second)
    assert alert.result_id == second and "本人补考" in alert.detail and "which stands" in alert.detail
    assert (kept.review, kept.outcome, kept.reason) == ("accepted", "kept", "本人补考")


def test_the_provinces_decision_reaches_the_relaying_centre_even_for_a_learner_outside_its_units(tiers):
    """A centre's station sat a learner of another unit: the province's feed by unit never reaches that
    centre, so the province's verdict on such a result goes to the centre alone, and the centre, which judged
    it otherwise, keeps an alert. A centre serving the learner hears it once, by the unit's feed."""
    from sync_server import changes
    from sync_server.directory.service import put_unit, subtree
    from sync_server.upstream.pull import _upstream_verdict
    centre, province, (first, second), sender = tiers

    def heard(scope_unit: str, after: int) -> list:
        with province.sessions() as s:
            page, _, _ = changes.read(s, after, subtree(s, scope_unit), 500, device_id=sender)
        return [c for c in page if c.kind == "attempt" and c.key == second]

    def cursor() -> int:
        with province.sessions() as s:
            return changes.read(s, 0, None, 10_000)[1]

    before = cursor()
    _decide(province, second, "reject", "省级复核：重复作答")
    assert len(heard("P", before)) == 1   # by the unit's feed: not twice
    with province.sessions.begin() as s:
        put_unit(s, "U9", "乙单位", "unit", "P", utc_naive(province.clock.now()))
    approve_device(province, sender, unit_id="U9")   # the centre now serves another unit than the learner's
    _decide(province, first, "reject", "省级复核：考试机故障")   # room for the second
    before = cursor()
    _decide(province, second, "accept", "省级复核：补考")
    told = heard("U9", before)
    assert [c.body["counted"] for c in told] == [True] and _reviews(centre)[second][0] == "held"
    with centre.sessions.begin() as s:   # what the centre's pull does with it
        _upstream_verdict(s, s.get(Result, second), told[0].body["counted"], utc_naive(centre.clock.now()))
    with centre.sessions() as s:
        [alert] = s.scalars(select(Alert).where(Alert.kind == "upstream_differs"))
    assert alert.result_id == second and "the upstream counts this result" in alert.detail


def test_an_acceptance_over_the_attempt_limit_is_kept(tiers):
    """Both results held for the attempt limit: a centre that accepts both (a decision made up, since its
    own server refuses the second) does not make two attempts count up there."""
    centre, province, (first, second), sender = tiers
    told = [{"result_id": result_id, "review": "accepted", "reviewed_by": "guanli",
             "reviewed_at": f"2026-11-30T08:0{n}:00+00:00", "reason": "无", "flags": ["attempt_limit"]}
            for n, result_id in enumerate((first, second))]
    applied, answered = _tell(centre, province, sender, told)
    # the centre relayed them held for the attempt limit, so its acceptance may lift that rule; the
    # province's own count still allows no second attempt (reject the first one, then accept this)
    assert applied["outcome"] == "applied" and _reviews(province)[first] == ("accepted", sender)
    assert answered["outcome"] == "kept" and "already has 1 counted attempt(s)" in answered["note"]
    assert _reviews(province)[second] == ("held", None)


def test_an_acceptance_of_a_result_held_after_it_went_up_is_followed(tiers):
    """Found by an outside round: the first result went up while it still counted (relayed with no rule),
    then the second held both at each tier; the centre accepted the first and rejected the second, and the
    province kept the first held ("a rule the lower server did not check"): the tiers disagreed. The attempt
    limit is judged alike at both and checked again up there, so it may be lifted from below."""
    centre, province, (first, second), sender = tiers
    with province.sessions.begin() as s:   # as if relayed while it counted
        s.get(Result, first).flags_below = ""
    _decide(centre, first, "accept", "本人首次作答")   # (the centre's own over_limit check passes: none counts)
    _decide(centre, second, "reject", "重复作答")
    assert {o["result_id"]: o["outcome"] for o in _tell(centre, province, sender)} == \
        {first: "applied", second: "applied"}
    assert _reviews(province)[first] == ("accepted", sender) and _counted(province) == _counted(centre) == \
        {(LEARNER[0], 1)}


def test_only_the_server_that_relayed_a_result_is_followed(tiers, tmp_path):
    centre, province, (first, _), sender = tiers
    other = new_instance(tmp_path / "other", "other")
    request_enrolment(province, "server-other", other.signing.public_raw(), "第二考点")
    approve_device(province, "server-other", unit_id="P")
    _decide(centre, first, "reject", "作废")
    with centre.sessions() as s:
        items = [item_of(s.get(Result, first)), {**item_of(s.get(Result, first)), "result_id": "no-such-result"}]
    assert [o["outcome"] for o in _tell(centre, province, "server-other", items)] == ["not_yours", "unknown"]
    assert _reviews(province)[first] == ("held", None)


def test_the_centre_hears_when_the_province_judges_one_of_its_results_otherwise(tiers):
    """The province judges a result otherwise (its administrator accepted one the centre holds, say): its
    change feed says the attempt counts, and the centre keeps an alert, once; a decision the centre has not
    told yet is no difference to report."""
    from sync_server.upstream.pull import _upstream_verdict
    centre, _, (first, second), _ = tiers
    for _ in range(2):
        with centre.sessions.begin() as s:
            _upstream_verdict(s, s.get(Result, first), True, utc_naive(centre.clock.now()))
    with centre.sessions() as s:
        [alert] = s.scalars(select(Alert).where(Alert.kind == "upstream_differs"))
    assert alert.result_id == first and "the upstream counts this result" in alert.detail and "held" in alert.detail
    _decide(centre, second, "accept", "本人")   # not told up yet: the province cannot have heard it
    with centre.sessions.begin() as s:
        _upstream_verdict(s, s.get(Result, second), False, utc_naive(centre.clock.now()))
        assert len(list(s.scalars(select(Alert).where(Alert.kind == "upstream_differs")))) == 1


def test_an_acceptance_lifts_only_the_rules_the_centre_relayed_the_result_with(tiers, monkeypatch):
    """A centre that claims, in its decision, the rule the province found itself (learner_outside_unit: the
    units the province vouched the centre for) does not lift it: the province follows an acceptance only
    for the rules the centre sent with the relayed result (issue 14, an outside tester)."""
    centre, province, (first, second), sender = tiers
    with province.sessions() as s:
        assert (s.get(Result, first).flags_below, s.get(Result, second).flags_below) == ("attempt_limit",) * 2
    with province.sessions.begin() as s:   # as if the province found the learner outside the centre's units
        row = s.get(Result, first)
        row.flags, row.review = "learner_outside_unit", "held"
    forged = {"result_id": first, "review": "accepted", "reviewed_by": "guanli",
              "reviewed_at": "2026-11-30T08:00:00+00:00", "reason": "本中心认定", "flags": ["learner_outside_unit"]}
    [answered] = _tell(centre, province, sender, [forged])
    assert answered["outcome"] == "kept" and "not in the unit the station serves" in answered["note"]
    assert _reviews(province)[first] == ("held", None)
    # the rule in words, never its code, in the reader's language wherever the note and the alert show
    from examcore.cli_text import words_said
    with province.sessions() as s:
        [alert] = s.scalars(select(Alert).where(Alert.kind == "lower_review_kept"))
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    for shown in (words_said(answered["note"], answered["note_words"]), alert.said()):
        assert "考生不属于考试机所服务的单位" in shown and "learner_outside_unit" not in shown, shown


def test_an_older_decision_never_undoes_a_newer_one_and_reasons_are_kept_on_one_line(tiers):
    """An old USB stick imported after a newer decision arrived changes nothing (it undid the rejection);
    a reason with control characters and a bidi override is kept on one line, cut to its place."""
    centre, province, (first, _), sender = tiers
    _decide(centre, first, "reject", "第一次\r\n理由\u202e反转\x07" + "长" * 3000)
    with centre.sessions() as s:
        newer = item_of(s.get(Result, first))
    assert "\r" not in newer["reason"] and "\u202e" not in newer["reason"] and len(newer["reason"]) <= 2000
    older = {**newer, "review": "accepted", "reviewed_at": "2026-01-01T00:00:00+00:00"}
    assert [o["outcome"] for o in _tell(centre, province, sender, [newer])] == ["applied"]
    [stale] = _tell(centre, province, sender, [older])
    assert stale["outcome"] == "kept" and "later decision" in stale["note"]
    assert _reviews(province)[first] == ("rejected", sender)
    with province.sessions() as s:
        assert s.get(Result, first).review_reason.startswith("第一次 理由反转")


def test_a_bundle_of_decisions_alone_is_taken(tiers, tmp_path):
    """Results confirmed long ago, decided since, carried by USB: the file holds decisions only (it was
    read as a station's empty bundle and dropped)."""
    from sync_server.upstream.bundles import export_bundle, import_bundle
    centre, province, (first, _), _ = tiers
    _decide(centre, first, "reject", "作废")
    assert export_bundle(centre, tmp_path / "decisions.xfr") == (0, 0, 1)
    [told] = import_bundle(province, (tmp_path / "decisions.xfr").read_bytes()).reviews
    assert told["outcome"] == "applied" and _reviews(province)[first][0] == "rejected"
    from tests.server_cli import server_cli
    again = server_cli(province.config.instance_dir, "import-bundle", tmp_path / "decisions.xfr",
                       env={"XUEFA_LANG": "en"})
    # the sender named as its administrators know it; no receipt needed for decisions alone
    assert "review decisions of 第一考点 (server-" in again.stdout and "1 followed here, 0 not" in again.stdout
    assert "no receipt file" not in again.stdout and again.returncode == 0, again.stdout + again.stderr


def test_a_centres_results_and_decisions_carried_by_usb_are_its_own_at_the_province(tmp_path, issuer, roster_file):
    """Issue 14 (an open item: "the USB road may make the province judge them never seen by that centre"): a
    centre with no link up carries its learner's two results (one attempt allowed: both held) to the province on
    a file, reads the receipt file back, then carries its decisions on a second file. The province keeps the
    results as relayed by that centre, never as results it did not see (OTHERS_UNSEEN would keep its accept),
    follows both decisions, and both tiers count the same one attempt."""
    from sync_server.upstream.bundles import export_bundle, import_bundle
    from sync_server.models import Setting
    from sync_server.upstream.relay import apply_upstream_receipts
    ctxs: dict = {}
    try:
        centre, province, envelopes, _station, sender = tiers_with_station(tmp_path, issuer, roster_file, ctxs, 2, 5)
        first, second = (e.result_id for e in envelopes)
        for envelope in envelopes:   # one by one: the first counts, then both are held
            Ingest(centre).ingest_many([envelope.to_bytes()], "http")
        assert export_bundle(centre, tmp_path / "results.xfr")[0] == 2
        taken = import_bundle(province, (tmp_path / "results.xfr").read_bytes())
        assert taken.relayed and [o.status for o in taken.outcomes] == ["stored", "stored"]
        with province.sessions() as s:
            assert {(r.source, r.relayed_by, r.review) for r in s.scalars(select(Result))} == {("relay", sender, "held")}
        with centre.sessions.begin() as s:   # what trust-upstream does
            s.merge(Setting(key="upstream_key", value=province.keys.signing.public_raw().hex()))
        assert apply_upstream_receipts(centre, taken.receipt_file()).confirmed == 2
        _decide(centre, first, "accept", "本人首次作答")
        _decide(centre, second, "reject", "重复作答")
        assert export_bundle(centre, tmp_path / "decisions.xfr") == (0, 0, 2)   # the results went up already
        told = import_bundle(province, (tmp_path / "decisions.xfr").read_bytes()).reviews
        assert {o["result_id"]: o["outcome"] for o in told} == {first: "applied", second: "applied"}, told
        assert _reviews(province) == {first: ("accepted", sender), second: ("rejected", sender)}
        assert _counted(province) == _counted(centre) == {(LEARNER[0], 1)}
        with province.sessions() as s:
            assert not s.scalars(select(Alert).where(Alert.kind == "lower_review_kept")).all()
    finally:
        for ctx in ctxs.values():
            ctx.close()


def test_a_decision_taken_on_the_servers_command_line_is_said_in_the_readers_language(monkeypatch):
    """"guanli (server console)" stood in English inside the Chinese notes and lists (an outside tester)."""
    from examcore.cli_text import said
    from sync_server.results.review import reviewer
    monkeypatch.setenv("XUEFA_LANG", "zh_CN")
    assert said(reviewer("guanli (server console)")) == "guanli（服务器命令行）"
    from sync_server.results.acceptance import RULE_WORDS, RULES_ZH   # the rules' words: one Chinese for every place
    assert {code: said(words) for code, words in RULE_WORDS.items()} == RULES_ZH
    assert said(reviewer("guanli (server console) @ 某市考试中心")) == "guanli（服务器命令行） @ 某市考试中心"
    assert reviewer("zhang @ 某市考试中心") == "zhang @ 某市考试中心"   # decided in the admin window: as it is
