"""Package, sealed result and bundle formats, attacked the way a file on a USB stick can be."""
from __future__ import annotations

import json
import struct

import pytest

from examcore import canonical
from examcore.blueprint import GENERAL
from examcore.bundle import bundle_bytes, export_bundle, read_bundle
from examcore.chain import Chain, EventKind, verify_chain
from examcore.crypto.kdf import KdfParams
from examcore.crypto.keys import ResultKey, SigningKey
from examcore.errors import BundleError, PackageError, SealError
from examcore.package import Recipient, build_package, parse_package
from examcore.sealed import Envelope, ResultPayload, open_envelope, seal_result, verify_envelope
from examcore.startcode import new_start_code, normalize_start_code
from tests.factories import make_exam, make_pool

CODE = "K7QM-2XHD-9RTF"


@pytest.fixture(scope="module")
def issuer():
    return SigningKey.generate()


@pytest.fixture(scope="module")
def centre():
    return ResultKey.generate()


@pytest.fixture(scope="module")
def package(issuer, centre):
    return build_package(make_exam(), make_pool(10), issuer=issuer, issuer_name="省普法办",
                         recipients=[Recipient("centre", centre.public_raw())], start_code=CODE,
                         proctor_password="proctor-2026")


def test_package_unlocks_with_the_start_code_and_draws_a_paper(package, issuer):
    parsed = parse_package(package, {issuer.public_raw()})
    assert parsed.header.title == "2026年度学法考试"
    key = parsed.unwrap_with_start_code("k7qm 2xhd 9rtf")  # as typed, lower case and spaces
    content = parsed.open_body(key)
    assert len(content.questions) == 50
    assert len(content.draw(GENERAL, b"seed").items) == 9


def test_a_recipient_server_opens_the_package_without_the_code(package, centre):
    parsed = parse_package(package, None)
    assert len(parsed.open_body(parsed.unwrap_for_recipient(centre)).questions) == 50
    with pytest.raises(PackageError, match="not_a_recipient"):
        parsed.unwrap_for_recipient(ResultKey.generate())


def test_the_body_cannot_be_read_without_the_code(package):
    assert "单选题" not in package.decode("utf-8", "replace")


@pytest.mark.parametrize("where", ["magic", "header", "signature", "body", "body_end"])
def test_a_flipped_byte_anywhere_is_refused(package, issuer, where):
    (hlen,) = struct.unpack(">I", package[8:12])
    offset = {"magic": 2, "header": 12 + hlen // 2, "signature": 12 + hlen + 10,
              "body": 12 + hlen + 64 + 40, "body_end": len(package) - 1}[where]
    bad = bytearray(package)
    bad[offset] ^= 0x01
    with pytest.raises(PackageError) as err:
        parse_package(bytes(bad), {issuer.public_raw()}).open_body(b"\x00" * 32)
    assert err.value.code in {"not_a_package", "bad_signature", "body_tampered"}


def test_truncated_foreign_and_untrusted_files_are_refused(package, issuer):
    for cut in (5, 10, 100, len(package) - 1):
        with pytest.raises(PackageError) as err:
            parse_package(package[:cut], {issuer.public_raw()})
        assert err.value.code in {"not_a_package", "truncated"}
    with pytest.raises(PackageError, match="not_a_package"):
        parse_package(b"PK\x03\x04 a zip file, not a package", None)
    with pytest.raises(PackageError, match="untrusted_issuer"):
        parse_package(package, {SigningKey.generate().public_raw()})


def test_a_wrong_start_code_is_refused(package):
    parsed = parse_package(package, None)
    with pytest.raises(PackageError, match="wrong_start_code"):
        parsed.unwrap_with_start_code("K7QM-2XHD-9RTG")
    with pytest.raises(PackageError, match="wrong_start_code"):
        parsed.unwrap_with_start_code("hello")


def test_a_package_asking_for_a_weak_kdf_is_refused(issuer, centre):
    weak = build_package(make_exam(), make_pool(10), issuer=issuer, issuer_name="x",
                         recipients=[Recipient("c", centre.public_raw())], start_code=CODE,
                         proctor_password="proctor-2026", kdf=KdfParams(b"s" * 16, time_cost=1, memory_kib=1024))
    with pytest.raises(PackageError, match="weak_kdf"):
        parse_package(weak, None).unwrap_with_start_code(CODE)


def test_a_package_larger_than_a_station_takes_is_not_built(issuer, centre, monkeypatch):
    """Pictures travel in the package: one a station would refuse on exam day is refused when it is built."""
    import os
    from dataclasses import replace

    from examcore import package
    from examcore.questions import Picture
    monkeypatch.setattr(package, "MAX_PACKAGE_BYTES", 1 << 20)
    figure = Picture(b"\x89PNG\r\n\x1a\n" + os.urandom(700_000), "photo.png")   # no compressing it away
    pool = [replace(q, pictures=(figure,)) if n < 2 else q for n, q in enumerate(make_pool(10))]
    with pytest.raises(ValueError, match=r"the package would be 1\.\d MB; a station takes at most 1 MB"):
        build_package(make_exam(), pool, issuer=issuer, issuer_name="x", recipients=[Recipient("c", centre.public_raw())],
                      start_code=CODE, proctor_password="proctor-2026")
    assert build_package(make_exam(), pool[1:], issuer=issuer, issuer_name="x",
                         recipients=[Recipient("c", centre.public_raw())], start_code=CODE,
                         proctor_password="proctor-2026")


def test_a_package_that_cannot_fill_its_blueprint_is_not_built(issuer, centre):
    with pytest.raises(ValueError, match="the general paper: section 1 needs 3 single-choice"):
        build_package(make_exam(), make_pool(2), issuer=issuer, issuer_name="x",
                      recipients=[Recipient("c", centre.public_raw())], start_code=CODE,
                      proctor_password="proctor-2026")


def test_start_codes_are_readable_and_forgiving():
    code = new_start_code()
    assert len(code) == 14 and code.count("-") == 2
    assert normalize_start_code("k7qm-2xhd-9rtf") == "K7QM2XHD9RTF"
    assert normalize_start_code("K7QM 2XHD 9RTO") == "K7QM2XHD9RT0"  # O read as zero
    assert normalize_start_code("K7QM-2XHD") is None


# --- sealed results -------------------------------------------------------------------------------

def _chain(attempt_id="att-1", answers=3) -> Chain:
    chain = Chain(attempt_id)
    chain.append(chain.next_event(EventKind.STARTED, 0, "2026-09-30T09:00:00+08:00", {}))
    for n in range(answers):
        chain.append(chain.next_event(EventKind.ANSWER, 1000 * (n + 1), "w", {"q": f"s{n}", "r": ["B"]}))
    chain.append(chain.next_event(EventKind.SUBMITTED, 9000, "w", {}))
    return chain


def _seal(chain: Chain, recipients, device=None) -> Envelope:
    payload = ResultPayload(chain.attempt_id, b"seed", GENERAL, [], chain.events)
    return seal_result(payload, exam_id="exam-2026", package_id="p", learner_no="110101001",
                       sitting_id=None, station_score="90", outcome="passed",
                       submitted_at="2026-09-30T10:00:00+08:00", recipients=recipients,
                       device_key=device or SigningKey.generate(), device_id="station-01")


def test_a_sealed_result_opens_only_with_a_recipient_key(centre):
    province = ResultKey.generate()
    env = _seal(_chain(), [Recipient("centre", centre.public_raw()), Recipient("prov", province.public_raw())])
    again = Envelope.from_bytes(env.to_bytes())
    assert open_envelope(again, centre).events == _chain().events
    assert len(open_envelope(again, province).events) == 5
    assert b'"q":"s0"' not in env.signed  # answers are not in the clear (base64 cannot hold quotes)
    with pytest.raises(SealError, match="not_a_recipient"):
        open_envelope(env, ResultKey.generate())  # e.g. the station's own key


def test_any_changed_byte_of_a_sealed_result_fails(centre):
    env = _seal(_chain(), [Recipient("centre", centre.public_raw())])
    for i in range(0, len(env.signed), max(1, len(env.signed) // 40)):
        bad = bytearray(env.signed)
        bad[i] ^= 0x04
        with pytest.raises(SealError):
            open_envelope(Envelope(bytes(bad), env.signature), centre)
    bad_sig = bytearray(env.signature)
    bad_sig[0] ^= 1
    with pytest.raises(SealError, match="bad_signature"):
        verify_envelope(Envelope(env.signed, bytes(bad_sig)))


@pytest.mark.parametrize("number", [1e-07, 1e16, 0.1, 2 ** 70, -0.0])
def test_a_chain_with_numbers_the_fast_encoder_writes_otherwise_still_opens(centre, number):
    """A server hashes a result's events with orjson when it parsed no float in them (examcore.canonical):
    orjson writes 1e-7 where json writes 1e-07, so an event holding a float (or an integer beyond 64 bits,
    which orjson refuses) is hashed as the station hashed it, with json."""
    chain = _chain()
    chain.append(chain.next_event(EventKind.ENVIRONMENT, 9500, "w", {"check": "x", "detail": number}))
    env = _seal(chain, [Recipient("centre", centre.public_raw())])
    assert open_envelope(env, centre).events[-1].data["detail"] == number
    assert canonical.canonical_json_floatless({"n": 2 ** 70}) == b'{"n":1180591620717411303424}'


def test_a_payload_nested_thousands_deep_is_refused_as_that_result_alone(centre, monkeypatch):
    """json's recursion limit escaped open_envelope as a RecursionError, which ingest does not catch per
    result: the whole batch failed, not the one result."""
    import examcore.sealed as sealed
    encrypt = sealed.aead.encrypt
    deep = b'{"attempt_id":"att-1","events":' + b"[" * 5000 + b"]" * 5000 + b',"paper":[],"seed":"","variant":"g"}'
    monkeypatch.setattr(sealed.aead, "encrypt", lambda key, plain, aad: encrypt(key, deep, aad))
    env = _seal(_chain(), [Recipient("centre", centre.public_raw())])
    monkeypatch.undo()
    with pytest.raises(SealError, match="payload_tampered"):
        open_envelope(env, centre)


def test_a_package_body_keys_questions_by_their_id_as_read_and_refuses_one_id_twice(issuer, centre):
    """A body's id 5 (a number) was a key the drawn paper's "5" never found (the station crashed on submit, a
    server refused the result); of two questions with one id, either could be graded."""
    import zlib

    from examcore.crypto import aead
    from examcore.package import ParsedPackage, parse_package
    package = parse_package(build_package(make_exam(), make_pool(10), issuer=issuer, issuer_name="x",
                                          recipients=[Recipient("c", centre.public_raw())], start_code=CODE,
                                          proctor_password="proctor-2026"), None)
    key = package.unwrap_for_recipient(centre)
    body = json.loads(zlib.decompress(aead.decrypt(key, package.body, package.header.body_aad)))

    def opened(questions):
        changed = dict(body, questions=questions)
        return ParsedPackage(package.header, aead.encrypt(key, zlib.compress(canonical.canonical_json(changed)),
                                                          package.header.body_aad)).open_body(key)
    first = body["questions"][0]
    numbered = opened([dict(first, id=5)] + body["questions"][1:])
    assert "5" in numbered.questions and 5 not in numbered.questions
    with pytest.raises(PackageError, match="invalid_content"):
        opened([first, dict(body["questions"][1], id=first["id"])] + body["questions"][2:])


def test_removed_or_reordered_events_break_the_chain(centre):
    chain = _chain()
    head = chain.head
    assert verify_chain("att-1", chain.events, head) is None
    assert verify_chain("att-1", chain.events[:2] + chain.events[3:], head) is not None
    swapped = chain.events[:1] + [chain.events[2], chain.events[1]] + chain.events[3:]
    assert verify_chain("att-1", swapped, head) is not None
    assert verify_chain("att-1", chain.events[:-1], head) == "the chain does not end at the sealed head"
    assert verify_chain("att-2", chain.events, head) is not None  # moved to another attempt
    # a device that signs a chain with an event removed is caught by the recipient too
    device = SigningKey.generate()
    payload = ResultPayload("att-1", b"seed", GENERAL, [], chain.events[:2] + chain.events[3:])
    env = seal_result(payload, exam_id="e", package_id="p", learner_no="1", sitting_id=None,
                      station_score="0", outcome="failed", submitted_at="t",
                      recipients=[Recipient("c", centre.public_raw())], device_key=device, device_id="d")
    meta = json.loads(env.signed)
    meta["chain"]["head"] = head  # claims the original head
    signed = canonical.canonical_json(meta)
    with pytest.raises(SealError, match="chain_broken"):
        open_envelope(Envelope(signed, device.sign(signed)), centre)


# --- bundles --------------------------------------------------------------------------------------

def test_bundle_round_trip_and_refusals(tmp_path, centre):
    device = SigningKey.generate()
    envs = [_seal(_chain(f"a{n}"), [Recipient("c", centre.public_raw())], device) for n in range(3)]
    path = tmp_path / "results.xfb"
    bundle = export_bundle(path, envs, device, "station-01")
    assert [e.result_id for e in bundle.envelopes] == [e.result_id for e in envs]
    assert list(tmp_path.iterdir()) == [path]  # no temp file left behind
    data = path.read_bytes()
    for cut in (0, 10, len(data) // 2, len(data) - 1):
        with pytest.raises(BundleError):
            read_bundle(data[:cut])
    outer = json.loads(data)
    outer["envelopes"] = outer["envelopes"][:2]
    with pytest.raises(BundleError, match="incomplete"):
        read_bundle(canonical.canonical_json(outer))
    outer = json.loads(data)
    outer["envelopes"][1] = outer["envelopes"][0]
    with pytest.raises(BundleError, match="entry_mismatch"):
        read_bundle(canonical.canonical_json(outer))
    forged = json.loads(bundle_bytes(envs, SigningKey.generate(), "x"))
    forged["signature"] = json.loads(data)["signature"]
    with pytest.raises(BundleError, match="bad_signature"):
        read_bundle(canonical.canonical_json(forged))



def test_a_servers_review_decisions_ride_in_the_signed_manifest_and_malformed_ones_refuse_the_file(centre):
    """A lower server's decisions on held results (sync_server/upstream/review_relay.py) are signed with the bundle;
    one that is not a decision (no date, an unknown verdict, rules that are not texts) refuses the file."""
    device = SigningKey.generate()
    envs = [_seal(_chain("a0"), [Recipient("c", centre.public_raw())], device)]
    decision = {"result_id": envs[0].result_id, "review": "rejected", "reviewed_by": "guanli",
                "reviewed_at": "2026-12-03T08:00:00+00:00", "reason": "代考", "flags": ["recorded_missing"]}
    assert read_bundle(bundle_bytes(envs, device, "server-c", reviews=[decision])).reviews == [decision]
    outer = json.loads(bundle_bytes(envs, device, "server-c", reviews=[decision]))
    outer["manifest"] = canonical.b64e(canonical.b64d(outer["manifest"]).replace(b"rejected", b"accepted"))
    with pytest.raises(BundleError, match="bad_signature"):   # a decision cannot be changed on the stick
        read_bundle(canonical.canonical_json(outer))
    for bad in ({"reviewed_at": "yesterday"}, {"review": "counted"}, {"flags": [3]}, {"reason": None}):
        with pytest.raises(BundleError, match="not_a_bundle"):
            read_bundle(bundle_bytes(envs, device, "server-c", reviews=[{**decision, **bad}]))
