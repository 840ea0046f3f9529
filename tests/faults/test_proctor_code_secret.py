"""A learner who heard the start code (it is read out to the whole room when the LAN is down) and holds the
package file and the station's data folder cannot make a proctor's code: no extra time, no resume, no start
with the clock set back (issue 14). The proctor's codes hang on the package's proctor key, which only the
proctor password and the recipient servers open; a station gets its own key of it (which makes no code for
another seat) from its centre at check-in, or from the proctor password typed at the station, and the
servers verify each code again."""
from __future__ import annotations

import pytest

from examcore.chain import Event, EventKind
from examcore.errors import PackageError
from examcore.package import parse_package
from examcore.proctor_codes import EXTRA_TIME, START, make_code, new_challenge, station_code, station_key
from sync_server.results.acceptance import granted_ms
from tests.conftest import (LEARNER, PROCTOR_PASSWORD, START_CODE, another_attempt, another_station, give_proctor_key,
                            proctor_key_of)


def legacy_proctor_key(content_key: bytes, package_id: str) -> bytes:
    """The code key packages had before the proctor key: derived from the content key (the start code's)."""
    import hashlib
    import hmac
    return hmac.new(content_key, b"xuefa proctor codes v1\x00" + package_id.encode(), hashlib.sha256).digest()


def _without_proctor_key(data: bytes, issuer) -> bytes:
    """The package as an issuer (or a learner who made an issuer of their own) would sign it without a
    proctor key: a package of the old format, with the same id, content and start code."""
    import hashlib
    import struct

    from examcore import canonical
    from examcore.crypto import aead
    from examcore.package import MAGIC
    parsed = parse_package(data, None)
    content_key = parsed.unwrap_with_start_code(START_CODE)
    plain = aead.decrypt(content_key, parsed.body, parsed.header.body_aad)
    header = {k: v for k, v in parsed.header.raw.items() if k not in ("proctor_key_wrap", "proctor_key_for", "body")}
    body = aead.encrypt(content_key, plain, hashlib.sha256(canonical.canonical_json(header)).digest())
    header["body"] = {"cipher": "AES-256-GCM", "sha256": hashlib.sha256(body).hexdigest(), "length": len(body)}
    header_bytes = canonical.canonical_json(header)
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes + issuer.sign(MAGIC + header_bytes) + body


def _in_exam(station):
    learner = station.accounts.login(*LEARNER).learner
    package_id = station.library.listings(LEARNER[0])[0].package_id
    return station.attempts.begin(learner, station.attempts.unlock(package_id, START_CODE))


def _what_the_start_code_opens(package_file):
    """Everything a learner can compute from the package file and the start code."""
    parsed = parse_package(package_file.read_bytes(), None)
    content_key = parsed.unwrap_with_start_code(START_CODE)
    return parsed, content_key, parsed.open_body(content_key)


def test_the_start_code_opens_no_proctor_secret(package_file, station, tmp_path):
    parsed, content_key, content = _what_the_start_code_opens(package_file)
    real = proctor_key_of(parsed.header)
    # the body the start code opens holds neither the key nor anything to find the password by
    assert real not in content_key and content.proctor_password_hash == ""
    assert real not in package_file.read_bytes()
    with pytest.raises(PackageError) as wrong:
        parsed.header.unwrap_proctor_key(START_CODE)
    assert wrong.value.code == "wrong_proctor_password"
    with pytest.raises(PackageError):
        station.attempts.code_key(parsed.header.package_id, START_CODE)   # the proctor tool's way in
    # the old derivation (what the start code made codes with before) makes nothing a station accepts,
    # even a station that holds the real key
    attempt = _in_exam(station)
    give_proctor_key(station, parsed.header)
    forged = make_code(legacy_proctor_key(content_key, parsed.header.package_id), EXTRA_TIME,
                       attempt.codes.challenge(), 240)
    assert attempt.codes.use(EXTRA_TIME, forged, 240, "forged") == "wrong"
    assert attempt.codes.use(EXTRA_TIME, "", 240, "forged", password=START_CODE) == "wrong"
    assert attempt.extra_ms == 0
    # what the station keeps is wrapped by its storage key, never the key itself
    for path in station.data_dir.rglob("*"):
        if path.is_file():
            assert real not in path.read_bytes(), path


def test_a_station_never_given_the_key_takes_the_proctor_password_and_the_servers_verify_it(
        package_file, station, centre_key, issuer):
    parsed = parse_package(package_file.read_bytes(), None)
    attempt = _in_exam(station)
    assert station.attempts.proctor_keys.held(parsed.header, attempt.unlocked.content_key) is None
    challenge = attempt.codes.challenge()
    right_code = make_code(proctor_key_of(parsed.header), EXTRA_TIME, challenge, 10)
    # a right code cannot be checked by a station without the key: refused, nothing changes
    assert attempt.codes.use(EXTRA_TIME, right_code, 10, "换机") == "wrong" and attempt.extra_ms == 0
    # the proctor types the proctor password at the seat instead
    assert attempt.codes.use(EXTRA_TIME, "", 10, "换机", password=PROCTOR_PASSWORD) == "applied"
    assert attempt.extra_ms == 10 * 60_000
    grant = [e for e in attempt.chain.events if e.kind == EventKind.EXTRA_TIME][-1]
    assert grant.data["proof"]["code"] == make_code(proctor_key_of(parsed.header), EXTRA_TIME,
                                                     challenge, 10).replace("-", "")
    # the server recomputes the code with its own copy of the key (sealed to it in the package)
    server_key = parsed.proctor_key_for_recipient(centre_key)
    assert server_key == proctor_key_of(parsed.header)
    seat = (station.keys.device_id, attempt.attempt_id)
    assert granted_ms(attempt.chain.events, LEARNER[0], server_key, issuer.public_raw(), seat=seat) == 10 * 60_000
    # the same proof in another attempt's chain (another seat's) is no grant
    assert granted_ms(attempt.chain.events, LEARNER[0], server_key, issuer.public_raw(),
                      seat=(station.keys.device_id, another_attempt(station.keys.device_id, attempt.attempt_id))) == 0
    # from now on the station holds its own key (never the package's): the proctor tool's codes work
    # without the password, and nothing it can make is a code for another seat
    held = station.attempts.proctor_keys.held(parsed.header, None)
    assert held == station_key(server_key, station.keys.device_id) and held != server_key
    for path in station.data_dir.rglob("*"):
        if path.is_file():
            assert server_key not in path.read_bytes(), path
    next_door = another_station(station.keys.device_id)
    neighbour = new_challenge(next_door, "their-attempt")
    forged = {"minutes": 240, "reason": "x", "action_id": "code:" + neighbour,
              "proof": {"code": station_code(held, EXTRA_TIME, neighbour, 240)}}
    assert granted_ms([Event(0, EventKind.EXTRA_TIME, 0, "", forged, "")], LEARNER[0], server_key, issuer.public_raw(),
                      seat=(next_door, "their-attempt")) == 0
    nxt = attempt.codes.challenge()
    assert attempt.codes.use(EXTRA_TIME, make_code(server_key, EXTRA_TIME, nxt, 5), 5, "再延") == "applied"
    assert attempt.extra_ms == 15 * 60_000
    # by code at most CODE_GRANT_CAP_MINUTES in all (no server counts more): said, the challenge kept for a
    # smaller grant, nothing granted
    from examcore.proctor_codes import CODE_GRANT_CAP_MINUTES
    last = attempt.codes.challenge()
    too_much = CODE_GRANT_CAP_MINUTES - 15 + 1
    assert attempt.codes.use(EXTRA_TIME, make_code(server_key, EXTRA_TIME, last, too_much), too_much,
                                   "再延") == "over_cap" and attempt.extra_ms == 15 * 60_000
    assert attempt.codes.challenge() == last


def test_the_exit_password_is_the_proctor_password_and_the_start_code_is_not(station):
    attempt = _in_exam(station)
    assert not attempt.codes.password_ok(START_CODE) and not attempt.codes.password_ok("")
    assert attempt.codes.password_ok(PROCTOR_PASSWORD)
    assert station.attempts.proctor_keys.held(attempt.unlocked.header, None) is not None   # learnt by the way


def test_a_start_with_the_clock_behind_takes_the_proctor_password_not_the_start_code(station, clock):
    from datetime import timedelta

    from desktop.services.attempts import AttemptRefused
    from desktop.station import Station
    from tests.factories import FakeClock
    learner = station.accounts.login(*LEARNER).learner
    package_id = station.library.listings(LEARNER[0])[0].package_id
    unlocked = station.attempts.unlock(package_id, START_CODE)
    station.time.observe_server(clock.now() + timedelta(hours=3))   # the station has seen a later time
    station.close()
    again = Station.open(station.data_dir, FakeClock(clock.wall))
    try:
        with pytest.raises(AttemptRefused) as refused:
            again.attempts.begin(learner, unlocked)
        assert refused.value.code == "clock_behind"
        legacy = make_code(legacy_proctor_key(unlocked.content_key, package_id), START, refused.value.detail)
        for code, password in ((legacy, ""), ("", START_CODE)):
            with pytest.raises(AttemptRefused) as refused:
                again.attempts.begin(learner, unlocked, code, password)
            assert refused.value.code == "wrong_code"
        attempt = again.attempts.begin(learner, unlocked, "", PROCTOR_PASSWORD)
        assert any(e.kind == EventKind.CLOCK_BEHIND for e in attempt.chain.events)
    finally:
        again.close()


def test_a_code_for_a_neighbours_challenge_copied_into_this_station_opens_nothing(package_file, station):
    from desktop.store.models import Setting
    from examcore.proctor_codes import RESUME, new_challenge
    attempt = _in_exam(station)
    key = give_proctor_key(station, attempt.unlocked.header)
    shown = f"resume_challenge:{attempt.attempt_id}"
    neighbour = new_challenge(another_station(station.keys.device_id), "their-attempt")   # the proctor's code is for this
    with station.sessions.begin() as s:
        s.merge(Setting(key=shown, value=neighbour))                   # written into this station's database
    assert not station.attempts.use_resume_code(attempt.attempt_id, make_code(key, RESUME, neighbour))
    own = new_challenge(station.keys.device_id, attempt.attempt_id)
    with station.sessions.begin() as s:
        s.merge(Setting(key=shown, value=own))
    assert station.attempts.use_resume_code(attempt.attempt_id, make_code(key, RESUME, own))


def test_a_proctor_password_that_is_the_start_code_or_short_is_refused(issuer, centre_key):
    from examcore.package import Recipient, build_package
    from tests.factories import make_exam, make_pool
    for weak in (START_CODE, START_CODE.replace("-", "").lower(), "jiankao"):
        with pytest.raises(ValueError, match="proctor password"):
            build_package(make_exam(), make_pool(3), issuer=issuer, issuer_name="省普法办",
                          recipients=[Recipient("中心", centre_key.public_raw())], start_code=START_CODE,
                          proctor_password=weak)


def test_the_proctor_tool_forgets_the_key_when_the_password_goes(qtbot, station):
    from PySide6.QtCore import Qt

    from desktop.ui.proctor.proctor_tool import ProctorTool
    tool = ProctorTool(station.library, station.attempts)
    qtbot.addWidget(tool)
    tool.password_edit.setText(PROCTOR_PASSWORD)
    tool.challenge_edit.setText("4K7Q-M2XD-8R")
    qtbot.mouseClick(tool.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tool.code_label.text() != "", timeout=10_000)
    tool.password_edit.clear()                       # the proctor leaves; the next person at this PC
    qtbot.mouseClick(tool.make_button, Qt.MouseButton.LeftButton)
    assert tool.code_label.text() == "" and "proctor password" in tool.error_label.text()
    tool.password_edit.setText("not-the-password")
    qtbot.mouseClick(tool.make_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not right" in tool.error_label.text(), timeout=10_000)
    assert tool.code_label.text() == ""


def test_a_package_without_a_proctor_key_has_no_codes_at_all(tmp_path, package_file, issuer, clock, roster_file):
    """A package of the old format (or one re-signed without its proctor key by an issuer the learner put on
    the station): no code made the old way, from the start code, is taken; nor the proctor password."""
    from tests.conftest import ready_station
    old = tmp_path / "old.xfp"
    old.write_bytes(_without_proctor_key(package_file.read_bytes(), issuer))
    st = ready_station(tmp_path / "old-station", clock, issuer, roster_file, old)
    try:
        attempt = _in_exam(st)
        assert not attempt.unlocked.header.has_proctor_key
        header = attempt.unlocked.header
        made_the_old_way = make_code(legacy_proctor_key(attempt.unlocked.content_key, header.package_id),
                                     EXTRA_TIME, attempt.codes.challenge(), 240)
        assert attempt.codes.use(EXTRA_TIME, made_the_old_way, 240, "旧包") == "wrong"
        assert attempt.codes.use(EXTRA_TIME, "", 240, "旧包", password=PROCTOR_PASSWORD) == "wrong"
        assert attempt.extra_ms == 0
        with pytest.raises(PackageError) as no_key:
            st.attempts.code_key(attempt.unlocked.header.package_id, START_CODE)
        assert no_key.value.code == "no_proctor_key"
        assert st.attempts.proctor_keys.held(header, attempt.unlocked.content_key) is None   # resume, start too
    finally:
        st.close()
