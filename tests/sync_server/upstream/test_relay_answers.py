"""What the relay does with the upstream's answers (issue 18, one API contract; found by a newcomer's read):
it acknowledged whatever result ids the batch answer named, sent or not."""
from __future__ import annotations

import pytest

from examcore.sync_client import SyncError


class _Upstream:
    def __init__(self, missing: list[str], outcomes: list[dict]):
        self.missing, self.outcomes, self.sent = missing, outcomes, []

    def relay_missing(self, ids):
        return self.missing

    def relay_batch(self, items):
        self.sent.append(items)
        return self.outcomes


@pytest.fixture
def acknowledged(monkeypatch):
    import sync_server.upstream.relay as relay_module
    told: list[list[str]] = []
    monkeypatch.setattr(relay_module, "_items", lambda ctx, ids: [{"envelope": i} for i in ids])
    monkeypatch.setattr(relay_module, "acknowledge", lambda ctx, ids: told.append(sorted(ids)))
    return told


def test_an_answer_about_results_not_sent_acknowledges_nothing(acknowledged):
    from sync_server.upstream.relay import _send_chunk
    upstream = _Upstream(["r2"], [{"result_id": "r9", "status": "stored"}])
    with pytest.raises(SyncError) as err:
        _send_chunk(None, upstream, ["r1", "r2"])
    assert err.value.code == "bad_answer" and acknowledged == []


def test_the_results_sent_and_those_the_upstream_holds_are_acknowledged(acknowledged):
    from sync_server.upstream.relay import _send_chunk
    upstream = _Upstream(["r2", "r3"], [{"result_id": "r2", "status": "stored"},
                                        {"result_id": "r3", "status": "refused", "reason": "unknown_package"}])
    done = _send_chunk(None, upstream, ["r1", "r2", "r3"])
    assert acknowledged == [["r1", "r2"]] and (done.sent, done.already) == (1, 1)
    assert [o["result_id"] for o in done.refused] == ["r3"]


def test_a_refusal_that_names_no_result_is_listed_and_the_others_are_acknowledged(acknowledged):
    """An upstream that cannot read an envelope (a newer format version) had answered its id as null: the
    whole batch was a bad answer and nothing went up at any relay (found for study records by an outside
    tester, the same for results). A refusal naming none is listed as refused; the results held up there
    are acknowledged."""
    from sync_server.upstream.relay import _send_chunk
    upstream = _Upstream(["r2", "r3"], [{"result_id": "r2", "status": "stored"},
                                        {"result_id": "?", "status": "refused", "reason": "malformed"}])
    done = _send_chunk(None, upstream, ["r1", "r2", "r3"])
    assert acknowledged == [["r1", "r2"]] and [o["result_id"] for o in done.refused] == ["?"]


def test_the_upstream_names_an_envelope_it_cannot_read_by_the_id_it_gives(server):
    """Ingest names a refused envelope by the result id its signed part gives, even when it is of another
    format version or its signature does not verify ("?" only when it names none), so the sender can match it."""
    import json

    from examcore import canonical
    from sync_server.results.ingest import Ingest
    newer = canonical.canonical_json({"signed": canonical.b64e(json.dumps({"result_id": "r-newer", "version": 99})
                                                               .encode()), "signature": canonical.b64e(b"x")})
    outcomes = Ingest(server).ingest_many([newer, b"not an envelope"], "relay")
    assert [(o.to_dict()["result_id"], o.status.value) for o in outcomes] == [("r-newer", "refused"), ("?", "refused")]
