"""A reset made at a centre goes up and the province settles it (sync_server/directory/password_resets.py): a station's
change the centre refused is refused up there too, a reset travels on a bundle as over the network, and
only a server's own reset, for a learner of the units it serves, is taken. The whole road with a real
province process and the command line is in tests/e2e/test_password_resets.py."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError
from sqlalchemy import select

from examcore.clock import utc_naive
from examcore.credentials import LOW_BITS, changed_version, clock_epoch, epoch
from examcore.crypto.keys import SigningKey
from examcore.study.records import RecordKind, StudyRecord as Record, sign_record
from sync_server.upstream.bundles import export_bundle, import_bundle
from sync_server.devices import approve_device, request_enrolment
from sync_server.directory.service import apply_learner, learner_body, put_unit
from sync_server.models import Alert, Device, Learner, Setting, StudyRecord
from sync_server.directory.password_resets import reset_password
from sync_server.upstream.relay import upward_chains
from sync_server.identity import identity
from sync_server.study.service import ingest_records
from tests.conftest import LEARNER
from tests.server_fixtures import centre_and_province

HASHER = PasswordHasher()


@pytest.fixture
def tiers(tmp_path, issuer):
    """A province and a centre with an upstream: the centre approved there for unit P (so every learner)
    and holding the province's roster entry of LEARNER, as its pull leaves it."""
    ctxs: dict = {}
    centre_and_province(tmp_path, issuer, ctxs)
    centre, province = ctxs["centre"], ctxs["province"]
    me = identity(centre)
    request_enrolment(province, me.device_id, me.device_key.public_raw(), "第一考点")
    approve_device(province, me.device_id, unit_id="P")
    with province.sessions() as s:
        body = learner_body(s, s.get(Learner, LEARNER[0]))
    with centre.sessions.begin() as s:
        s.add(Setting(key="upstream_url", value="https://province.example:8470"))   # as set-upstream leaves it
        apply_learner(s, body, utc_naive(centre.clock.now()))
    yield centre, province, me.device_id
    for ctx in ctxs.values():
        ctx.close()


def _reset(ctx) -> str:
    """A reset as `learners reset-password` and the admin API make it, a minute after the last step."""
    from sync_server.identity import reset_signer, upward_identity
    ctx.clock.advance(60_000)
    upward, signer = upward_identity(ctx), reset_signer(ctx)
    with ctx.sessions.begin() as s:
        return reset_password(s, LEARNER[0], utc_naive(ctx.clock.now()), upward=upward, signer=signer)


def _relay(centre, province, sender: str) -> list:
    """What relay_study sends and the province's /relay/study does with it, in process."""
    with centre.sessions() as s:
        rows = list(s.scalars(select(StudyRecord).where(StudyRecord.upstream_ack_at.is_(None))
                              .order_by(StudyRecord.received_at, StudyRecord.record_id)))
        items = [{"record": r.body, "signature": r.signature, "certificate": chain[0], "via": chain[1:]}
                 for r, chain in zip(rows, upward_chains(centre, s, rows), strict=True)]
    with province.sessions.begin() as s:
        outcomes = ingest_records(s, items, device_id=sender, device_key=None, source="relay",
                                     now=province.clock.now(), relayer=s.get(Device, sender))
    with centre.sessions.begin() as s:
        for row in s.scalars(select(StudyRecord)):
            row.upstream_ack_at = utc_naive(centre.clock.now())
    return outcomes


def _station(ctx, device_id: str) -> SigningKey:
    """A station of unit U1 enrolled and approved at ``ctx``; its signing key."""
    key = SigningKey.generate()
    request_enrolment(ctx, device_id, key.public_raw())
    approve_device(ctx, device_id, unit_id="U1")
    return key


def _opens(ctx, password: str) -> bool:
    with ctx.sessions() as s:
        try:
            return HASHER.verify(s.get(Learner, LEARNER[0]).password_hash, password)
        except VerifyMismatchError:
            return False


def _station_record(centre, key: SigningKey, kind: RecordKind, extra: dict) -> dict:
    now = centre.clock.now()
    record = Record(record_id=f"{kind.value}-{int(now.timestamp())}", device_key=key.public_raw(), seq=1,
                    learner_no=LEARNER[0], plan_id="", kind=kind, category_id="", started_at=now, ended_at=now,
                    extra=extra)
    return sign_record(record, key)


def _choose(ctx, device_id: str, password: str) -> str:
    """The learner chooses ``password`` a minute later at a new station of ``ctx``, over the one it holds
    (the record names it); returns the outcome's detail ("" when taken)."""
    key = _station(ctx, device_id)
    with ctx.sessions() as s:
        over = s.get(Learner, LEARNER[0]).password_version
    ctx.clock.advance(60_000)
    chosen = _station_record(ctx, key, RecordKind.PASSWORD, {
        "password_hash": HASHER.hash(password), "over_version": over,
        "password_version": changed_version(over, ctx.clock.now())})
    with ctx.sessions.begin() as s:
        [taken] = ingest_records(s, [chosen], device_id=device_id, device_key=key.public_raw(), source="http",
                                 now=ctx.clock.now())
    return taken.detail


def test_a_change_the_centre_refused_after_its_reset_is_refused_at_the_province_too(tiers):
    """Issue 20 (an outside tester): a learner changed the password at a station that had not yet heard of
    the centre's reset; the centre refused the change, but the province, which never heard of the reset,
    took it, and the learner's password differed by tier from then on."""
    centre, province, sender = tiers
    key = _station(centre, "station-a")
    with centre.sessions() as s:
        held = s.get(Learner, LEARNER[0]).password_version
    change = _station_record(centre, key, RecordKind.PASSWORD, {
        "password_hash": HASHER.hash("Chosen-before-1"),
        "password_version": changed_version(held, centre.clock.now())})
    one_time = _reset(centre)                       # the learner forgot the password: reset at the centre
    centre.clock.advance(60_000)
    with centre.sessions.begin() as s:              # the station delivers the change it made before
        [outcome] = ingest_records(s, [change], device_id="station-a", device_key=key.public_raw(),
                                      source="http", now=centre.clock.now())
    assert outcome.status == "stored" and "newer password" in outcome.detail
    outcomes = _relay(centre, province, sender)
    assert [(o.status, o.detail) for o in outcomes][0] == ("stored", "")           # the reset, taken
    assert outcomes[1].status == "stored" and "newer password" in outcomes[1].detail   # the change, kept, not taken
    assert _opens(province, one_time) and _opens(centre, one_time) and not _opens(province, "Chosen-before-1")
    with province.sessions() as s:
        row = s.get(Learner, LEARNER[0])
        assert row.must_change_password and row.password_expires_at is not None
        kinds = sorted(r.kind for r in s.scalars(select(StudyRecord)))
    assert kinds == ["password", "reset"]           # both kept as they came


def test_the_later_of_two_tiers_resets_stands_at_both_and_travels_on_a_bundle_too(tiers, tmp_path):
    """The centre resets three times, the province once, later, without hearing of them; the centre's
    resets reach the province on a bundle; the province's one-time password stands, at a version above the
    centre's, so the centre takes it with its next pull."""
    centre, province, sender = tiers
    at_centre = [_reset(centre) for _ in range(3)]
    province.clock.advance(10 * 60_000)
    at_province = _reset(province)
    assert export_bundle(centre, tmp_path / "centre.xfb")[1] == 3
    imported = import_bundle(province, (tmp_path / "centre.xfb").read_bytes())
    assert [o.status for o in imported.study] == ["stored"] * 3
    assert _opens(province, at_province) and not any(_opens(province, p) for p in at_centre)
    with province.sessions() as s:
        body = learner_body(s, s.get(Learner, LEARNER[0]))
    with centre.sessions.begin() as s:              # the centre's next pull
        apply_learner(s, body, utc_naive(centre.clock.now()))
    assert _opens(centre, at_province)
    # the centre resets again, later than the province (by both clocks): its reset stands up there
    centre.clock.advance(20 * 60_000)
    again = _reset(centre)
    assert [(o.status, o.detail) for o in _relay(centre, province, sender)][-1] == ("stored", "")
    assert _opens(province, again)


def test_a_reset_is_taken_only_from_a_server_and_only_for_its_units(tiers):
    """A station cannot reset a password by signing a ``reset`` record, straight or through its centre;
    a centre approved for another unit cannot reset this learner. Each is kept, with an alert, not taken."""
    centre, province, sender = tiers
    key = _station(centre, "station-b")
    with centre.sessions() as s:
        version = s.get(Learner, LEARNER[0]).password_version
    forged = _station_record(centre, key, RecordKind.RESET, {
        "password_hash": HASHER.hash("Forged-reset-1"), "password_version": version + (5 << 42),
        "password_expires_at": None})
    with centre.sessions.begin() as s:
        [straight] = ingest_records(s, [forged], device_id="station-b", device_key=key.public_raw(),
                                       source="http", now=centre.clock.now())
    assert straight.status == "stored" and "only a server resets passwords" in straight.detail
    [relayed] = _relay(centre, province, sender)   # through its centre: the certificate is the centre's
    assert relayed.status == "stored" and "only a server resets passwords" in relayed.detail
    assert not _opens(centre, "Forged-reset-1") and not _opens(province, "Forged-reset-1")

    with province.sessions.begin() as s:            # the centre serves another unit only
        put_unit(s, "U2", "乙单位", "unit", "P", utc_naive(province.clock.now()))
        s.get(Device, sender).unit_id = "U2"
    one_time = _reset(centre)
    [outside] = _relay(centre, province, sender)
    assert outside.status == "stored" and "not in the units it serves" in outside.detail
    assert not _opens(province, one_time)
    with province.sessions() as s:
        alerts = [a.kind for a in s.scalars(select(Alert))]
    with centre.sessions() as s:
        alerts_below = [a.kind for a in s.scalars(select(Alert))]
    assert alerts.count("password_reset_refused") == 2 and alerts_below == ["password_reset_refused"]


def test_a_server_without_an_upstream_keeps_its_resets_to_itself(tiers):
    _centre, province, _sender = tiers
    _reset(province)
    with province.sessions() as s:
        assert list(s.scalars(select(StudyRecord))) == []


def test_resets_a_centre_made_before_it_had_an_upstream_go_up_when_it_joins(tiers):
    """Issue 20 (outside round 91): a centre that ran alone reset a learner twice within an hour and the
    learner chose a password at a station; the centre then joined a province, which reset the learner later
    the same hour. The centre's resets had never gone up, so the province's one-time password ranked below
    them: the chosen password still opened the centre, the province's did not, and nothing said so."""
    centre, province, sender = tiers
    for ctx in (centre, province):                  # the same clock hour at both tiers
        ctx.clock.wall = datetime(2026, 12, 6, 10, 5, tzinfo=timezone.utc)
    with centre.sessions.begin() as s:              # alone: no upstream yet
        s.delete(s.get(Setting, "upstream_url"))
    _reset(centre)
    _reset(centre)
    with centre.sessions() as s:
        over = s.get(Learner, LEARNER[0]).password_version
    assert _choose(centre, "station-e", "Chosen-alone-1") == "" and _opens(centre, "Chosen-alone-1")
    with centre.sessions.begin() as s:              # set-upstream: the centre joins the province
        s.add(Setting(key="upstream_url", value="https://province.example:8470"))
    province.clock.advance(10 * 60_000)
    at_province = _reset(province)
    with province.sessions() as s:                  # ranked below the centre's second reset by count alone
        assert epoch(s.get(Learner, LEARNER[0]).password_version) <= epoch(over)

    def pull() -> None:
        with province.sessions() as s:
            body = learner_body(s, s.get(Learner, LEARNER[0]))
        with centre.sessions.begin() as s:
            apply_learner(s, body, utc_naive(centre.clock.now()))
    pull()                                          # sync-upstream: the changes, the relay, the answer
    kinds = [o.status for o in _relay(centre, province, sender)]
    assert kinds == ["stored"] * 3                  # both resets, then the change made over the second
    pull()
    for ctx in (centre, province):                  # the later reset, the province's, stands at both tiers
        assert _opens(ctx, at_province) and not _opens(ctx, "Chosen-alone-1")


def test_a_change_forged_ahead_of_every_reset_is_taken_nowhere_and_the_centres_reset_stands(tiers):
    """Issue 20 (an outside tester): a station signed a password change 40 resets ahead of the hour; its
    centre refused it, the province took it from the relay, and the centre's reset, made as the remedy,
    lost to it everywhere. No tier takes a change made over a reset it does not hold; each says so."""
    centre, province, sender = tiers
    key = _station(centre, "station-c")
    forged = _station_record(centre, key, RecordKind.PASSWORD, {
        "password_hash": HASHER.hash("Forged-by-A1"),
        "password_version": ((clock_epoch(centre.clock.now()) + 40) << LOW_BITS) | 5})
    with centre.sessions.begin() as s:
        [below] = ingest_records(s, [forged], device_id="station-c", device_key=key.public_raw(),
                                    source="http", now=centre.clock.now())
    assert below.status == "stored" and "made over a reset this server does not hold" in below.detail
    remedy = _reset(centre)
    outcomes = _relay(centre, province, sender)
    forged_up, reset_up = outcomes   # in the order the centre received them: both kept up there
    assert "made over a reset this server does not hold" in forged_up.detail and reset_up.detail == ""
    for ctx in (centre, province):
        assert _opens(ctx, remedy) and not _opens(ctx, "Forged-by-A1")
        with ctx.sessions() as s:
            assert "password_change_refused" in [a.kind for a in s.scalars(select(Alert))]


def test_a_centre_does_not_reset_a_learner_who_has_moved_out_of_its_units(tiers):
    """Issue 20 (an outside tester): after a move at the province the centre still reset the learner and
    said the reset goes up; the province refused it, and the password given out worked nowhere."""
    from sync_server.directory.service import DirectoryError
    centre, _province, _sender = tiers
    with centre.sessions.begin() as s:   # as the province's move leaves the learner at the old unit's centre
        s.get(Learner, LEARNER[0]).status = "transferred"
    with pytest.raises(DirectoryError) as refused:
        _reset(centre)
    assert refused.value.code == "learner_moved" and "moved to another unit" in str(refused.value.detail)
    with centre.sessions() as s:
        assert list(s.scalars(select(StudyRecord))) == []


def test_a_password_chosen_over_the_later_reset_stands_though_the_earlier_tier_counted_more(tiers):
    """Issue 20 (an outside tester): the province reset a learner twice, the centre once, later that hour;
    the learner changed the centre's one-time password at a station. The province's second reset, earlier
    but counted higher, came down and replaced the chosen password at the centre, and the province, which
    settled the centre's reset above its own, refused the change made over it: lost everywhere."""
    centre, province, sender = tiers
    _reset(province)
    _reset(province)
    centre.clock.advance(10 * 60_000)
    _reset(centre)
    key = _station(centre, "station-d")
    with centre.sessions() as s:
        over = s.get(Learner, LEARNER[0]).password_version
    centre.clock.advance(60_000)
    chosen = _station_record(centre, key, RecordKind.PASSWORD, {
        "password_hash": HASHER.hash("Chosen-over-C1"), "password_version": changed_version(over, centre.clock.now())})
    with centre.sessions.begin() as s:
        [taken] = ingest_records(s, [chosen], device_id="station-d", device_key=key.public_raw(), source="http",
                                    now=centre.clock.now())
    assert taken.detail == "" and _opens(centre, "Chosen-over-C1")

    def pull() -> None:
        with province.sessions() as s:
            body = learner_body(s, s.get(Learner, LEARNER[0]))
        with centre.sessions.begin() as s:
            apply_learner(s, body, utc_naive(centre.clock.now()))
    pull()                                  # sync-upstream takes the province's changes first
    assert [o.detail for o in _relay(centre, province, sender)] == ["", ""]   # the reset, then the change
    pull()                                  # and its answer after the relay
    for ctx in (centre, province):
        assert _opens(ctx, "Chosen-over-C1")


def test_a_password_chosen_after_the_latest_reset_outlives_another_centres_earlier_resets(tiers, tmp_path):
    """Issue 20 (an outside tester): centre B reset a learner three times; the province reset later; the
    learner chose a password over the province's one-time password at a station; then centre B's resets
    arrived at the province and, counting more, replaced the chosen password at every tier. A station's
    change names the password it replaced, so the province knows it was chosen after a later reset."""
    from sync_server.upstream.bundles import export_bundle, import_bundle
    centre, province, sender = tiers
    earlier = [_reset(centre) for _ in range(3)]         # centre B's resets, sent up later (here by bundle)
    province.clock.advance(10 * 60_000)
    _reset(province)
    assert _choose(province, "station-e", "Chosen-after-P") == ""   # a station of another centre, relayed by it
    export_bundle(centre, tmp_path / "b.xfb")
    details = [o.detail for o in import_bundle(province, (tmp_path / "b.xfb").read_bytes()).study]
    assert all(d for d in details), details                # none of them taken
    assert _opens(province, "Chosen-after-P") and not any(_opens(province, p) for p in earlier)
    with province.sessions() as s:
        body = learner_body(s, s.get(Learner, LEARNER[0]))
    with centre.sessions.begin() as s:                   # centre B's next pull: the chosen password
        apply_learner(s, body, utc_naive(centre.clock.now()))
    assert _opens(centre, "Chosen-after-P")


def test_a_later_centres_resets_replace_a_password_chosen_before_them_though_the_province_counted_more(tiers,
                                                                                                       tmp_path):
    """Issue 20 (outside round 93): the province's tier had counted about ten resets that hour and the learner
    then chose a password over the last; a second centre reset the learner three times minutes later and
    carried them up by USB. The province kept the older chosen password ("the tier above holds a newer
    password"), the centre its one-time password, and the tiers disagreed."""
    from sync_server.upstream.bundles import export_bundle, import_bundle
    centre, province, sender = tiers
    for ctx in (centre, province):
        ctx.clock.wall = datetime(2026, 12, 6, 22, 50, tzinfo=timezone.utc)
    for _ in range(6):
        _reset(province)                                 # many resets this hour at the tier above
    with province.sessions() as s:
        over = s.get(Learner, LEARNER[0]).password_version
    assert _choose(province, "station-g", "Chosen-early-1") == ""
    centre.clock.advance(10 * 60_000)                    # minutes after the choice, by both clocks
    later = [_reset(centre) for _ in range(3)]
    with centre.sessions() as s:
        assert epoch(s.get(Learner, LEARNER[0]).password_version) < epoch(over)   # counted fewer
    export_bundle(centre, tmp_path / "c2.xfb")
    details = [o.detail for o in import_bundle(province, (tmp_path / "c2.xfb").read_bytes()).study]
    assert details == ["", "", ""], details
    assert _opens(province, later[-1]) and not _opens(province, "Chosen-early-1")
    with province.sessions() as s:
        body = learner_body(s, s.get(Learner, LEARNER[0]))
    with centre.sessions.begin() as s:                   # the centre's next pull: the same password, the same rank
        apply_learner(s, body, utc_naive(centre.clock.now()))
        assert s.get(Learner, LEARNER[0]).password_version == body["password_version"]
    assert _opens(centre, later[-1])


def test_a_change_made_over_a_password_a_later_reset_replaced_loses_however_many_resets_were_counted(tiers):
    """Outside round 94: the centre reset a learner, the province reset them a second later, and the learner
    chose a password at a station over the centre's one-time password. With one province reset the chosen
    password stood everywhere; with two it lost everywhere: the outcome followed the province's count. Now a
    reset replaces every credential issued before it, and a change made over one of those loses to it."""
    centre, province, sender = tiers
    for ctx in (centre, province):
        ctx.clock.wall = datetime(2026, 12, 6, 23, 10, tzinfo=timezone.utc)
    _reset(centre)                                       # t1
    province.clock.advance(60_000)
    at_province = _reset(province)                       # t2, once: the same epoch as the centre's reset
    centre.clock.advance(3 * 60_000)
    assert _choose(centre, "station-h", "Chosen-late-1") == ""   # t3, over the centre's one-time password

    def pull() -> None:
        with province.sessions() as s:
            body = learner_body(s, s.get(Learner, LEARNER[0]))
        with centre.sessions.begin() as s:
            apply_learner(s, body, utc_naive(centre.clock.now()))
    pull()
    details = [o.detail for o in _relay(centre, province, sender)]
    assert details[0] and "a later reset replaced" in details[1], details   # neither the reset nor the change
    pull()
    for ctx in (centre, province):                       # the province's reset, the later, stands at both tiers
        assert _opens(ctx, at_province) and not _opens(ctx, "Chosen-late-1")


def test_a_forged_replaced_version_does_not_make_a_password_outlive_every_reset(tiers):
    """Issue 20 (a second outside tester): a station signed an ordinary change whose record named, as the
    password it replaced, a reset dated 2109; the province then kept that password against every reset the
    centre made. A replaced version this server never held is not believed."""
    centre, province, sender = tiers
    with province.sessions() as s:
        held = s.get(Learner, LEARNER[0]).password_version
    key = _station(province, "station-f")
    province.clock.advance(60_000)
    from examcore.credentials import LOW_MASK
    forged = _station_record(province, key, RecordKind.PASSWORD, {
        "password_hash": HASHER.hash("Forged-over"), "over_version": (held >> LOW_BITS << LOW_BITS) | (LOW_MASK - 5),
        "password_version": changed_version(held, province.clock.now())})
    with province.sessions.begin() as s:
        [taken] = ingest_records(s, [forged], device_id="station-f", device_key=key.public_raw(), source="http",
                                    now=province.clock.now())
    assert taken.detail == ""   # an ordinary change of the station's own learner: taken
    centre.clock.advance(10 * 60_000)
    with province.sessions() as s:
        body = learner_body(s, s.get(Learner, LEARNER[0]))
    with centre.sessions.begin() as s:
        apply_learner(s, body, utc_naive(centre.clock.now()))
    remedy = _reset(centre)              # the clerk's reset at the centre
    [outcome] = _relay(centre, province, sender)
    assert outcome.detail == "" and _opens(province, remedy) and not _opens(province, "Forged-over")


def test_import_bundle_names_a_reset_kept_but_not_taken(tiers, tmp_path):
    """Issue 20 (a second outside tester): on the USB road the province's import-bundle said only "study
    records: 1 stored" for a centre reset that a later province reset outranked."""
    from tests.server_cli import server_cli
    centre, province, _sender = tiers
    with centre.sessions.begin() as s:   # a centre on the USB road only (round 95): no network upstream
        s.delete(s.get(Setting, "upstream_url"))
    mine = [_reset(centre), _reset(centre)]
    province.clock.advance(10 * 60_000)
    at_province = _reset(province)
    export_bundle(centre, tmp_path / "c.xfb")
    done = server_cli(province.config.instance_dir, "import-bundle", tmp_path / "c.xfb")
    assert f"kept, not taken: the password reset of learner {LEARNER[0]}: the tier above" in done.stdout, done.stdout
    # round 93: back at the centre the receipt file said only "confirmed": now it says so as sync-upstream does
    with centre.sessions.begin() as s:
        s.add(Setting(key="upstream_key", value=province.keys.signing.public_raw().hex()))   # as trust-upstream
    told = server_cli(centre.config.instance_dir, "import-receipts", tmp_path / "c.receipts.json")
    assert f"kept but not taken by the upstream: the password reset of learner {LEARNER[0]}" in told.stdout, \
        told.stdout + told.stderr
    # round 95: a USB-only centre never runs a pull, so the province's later reset never came down; the centre
    # kept accepting its own one-time password. The receipt file brings the province's password down.
    assert f"password of learner(s) {LEARNER[0]} taken from this file" in told.stdout, told.stdout
    assert _opens(centre, at_province) and not any(_opens(centre, p) for p in mine)
    with centre.sessions() as s, province.sessions() as p:
        assert s.get(Learner, LEARNER[0]).password_version == p.get(Learner, LEARNER[0]).password_version
    again = server_cli(centre.config.instance_dir, "import-receipts", tmp_path / "c.receipts.json")
    assert "password change(s) confirmed before" in again.stdout, again.stdout + again.stderr
    assert "taken from this file" not in again.stdout   # held already


def test_a_reset_from_a_centre_whose_clock_runs_days_ahead_is_refused_and_said(tiers):
    """Issue 20 (an outside tester): a centre whose clock ran 72 h ahead had its reset dropped at the province
    with no alert, and was told it was settled. Now the province keeps it as a record, raises an alert and
    says why; the centre's clerk reads it (sync-upstream's "kept but not taken")."""
    centre, province, sender = tiers
    centre.clock.advance(100 * 3_600_000)
    ahead = _reset(centre)
    [outcome] = _relay(centre, province, sender)
    assert "ranks days ahead of this server's clock" in outcome.detail and not _opens(province, ahead)
    with province.sessions() as s:
        assert [a.kind for a in s.scalars(select(Alert))] == ["password_reset_refused"]
