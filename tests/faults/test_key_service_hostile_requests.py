"""Hostile requests to the key service's memory operations (hold / held / forget, issue 15: the exam's
content key is kept there, never written) over its real socket: every malformed request is refused with
``bad_request`` (or ``unknown_station``), never crashes the service or grows its memory past its bound,
and leaves the keys it already holds as they were. Protocol: desktop/keyhelper/protocol.py."""
from __future__ import annotations

import base64
import os
import random

import pytest

from desktop.keyhelper.client import KeyHelperClient, KeyHelperRefused
from desktop.store.held_secrets import MAX_HELD


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.fixture
def service(key_helper):
    client = KeyHelperClient(key_helper.socket)
    device_id = client.call("create")["device_id"]
    yield client, device_id, key_helper
    client.close()


HOSTILE = [
    # (op, fields) each must be refused as a bad request
    ("hold", {"label": 7, "secret": _b64(b"k" * 32)}),
    ("hold", {"label": None, "secret": _b64(b"k" * 32)}),
    ("hold", {"label": "x" * 201, "secret": _b64(b"k" * 32)}),
    ("hold", {"label": "a", "secret": "not base64!!"}),
    ("hold", {"label": "a", "secret": _b64(b"k" * 65)}),
    ("hold", {"label": "a", "secret": ["AAAA"]}),
    ("hold", {"label": "a"}),
    ("held", {"label": {"nested": "dict"}}),
    ("held", {}),
    ("forget", {"label": 3.5}),
    ("forget", {"label": True}),
]


def test_a_malformed_memory_request_is_refused_and_the_held_key_stays(service):
    # one service for all the cases (a service's start and stop take half a second)
    client, device_id, _helper = service
    key = os.urandom(32)
    client.call("hold", device_id=device_id, label="content:a1", secret=_b64(key))
    for op, fields in HOSTILE:
        with pytest.raises(KeyHelperRefused) as refused:
            client.call(op, device_id=device_id, **fields)
        assert refused.value.code == "bad_request", (op, fields)
        # the same connection still serves, and the key held before is as it was
        assert base64.b64decode(client.call("held", device_id=device_id, label="content:a1")["secret"]) == key


def test_a_station_id_that_is_not_one_is_refused(service):
    client, _device, _helper = service
    for device_id in ["", "../../etc/passwd", "A" * 500, 12, None, "ffffffff-0000-4000-8000-000000000000"]:
        with pytest.raises(KeyHelperRefused) as refused:
            client.call("hold", device_id=device_id, label="a", secret=_b64(b"k"))
        assert refused.value.code in ("bad_request", "unknown_station"), device_id
        with pytest.raises(KeyHelperRefused):
            client.call("held", device_id=device_id, label="a")


def test_many_holds_keep_at_most_the_bound_and_the_latest(service):
    client, device_id, helper = service
    for n in range(MAX_HELD * 3):
        client.call("hold", device_id=device_id, label=f"content:{n}", secret=_b64(n.to_bytes(4, "big")))
    memory = helper.server.vault.memory(device_id)
    assert len(memory._secrets) == MAX_HELD
    latest = MAX_HELD * 3 - 1
    assert client.call("held", device_id=device_id, label=f"content:{latest}")["secret"] == _b64(latest.to_bytes(4, "big"))
    assert client.call("held", device_id=device_id, label="content:0")["secret"] is None   # the oldest went first


def test_random_requests_never_break_the_service(service):
    """Random field values of random types for the three operations: each gets an answer (ok or a refusal
    with a code), and the service answers a good request afterwards."""
    client, device_id, _helper = service
    rng = random.Random(20261206)
    values = [None, True, 0, -1, 1 << 70, 3.25, "", "x" * 300, "\u202e\x00", [], {}, ["a"], {"a": 1},
              _b64(b""), _b64(os.urandom(64)), _b64(os.urandom(65)), "====", "%%%"]
    for _ in range(300):
        op = rng.choice(["hold", "held", "forget"])
        fields = {name: rng.choice(values) for name in ("label", "secret") if rng.random() < 0.8}
        fields["device_id"] = device_id if rng.random() < 0.85 else rng.choice(values)
        try:
            answer = client.call(op, **fields)
        except KeyHelperRefused as exc:
            assert exc.code in ("bad_request", "unknown_station"), (op, fields, exc.code)
        else:
            assert answer["ok"] is True
    key = os.urandom(32)
    client.call("hold", device_id=device_id, label="content:after", secret=_b64(key))
    assert base64.b64decode(client.call("held", device_id=device_id, label="content:after")["secret"]) == key
    client.call("forget", device_id=device_id, label="content:after")
    assert client.call("held", device_id=device_id, label="content:after")["secret"] is None
