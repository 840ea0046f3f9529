"""Study records go up the results' road (issue 18, Deliver 3): the relay asks first which records the
upstream lacks, sends only those in batches the upstream takes, and ends with a count and hash check; when
the upstream lost records it had confirmed (restored from an older backup), every record is asked about
again and the lost ones go up. A real province over HTTP; the centre in process."""
from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import delete, func, select

from examcore.crypto.keys import SigningKey
from examcore.study.records import RecordKind, StudyRecord as Record, sign_record
from examcore.sync_client import SyncError
from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.devices import approve_device, create_code, request_enrolment
from sync_server.identity import identity
from sync_server.models import StudyRecord
from sync_server.study.service import ingest_records
from sync_server.upstream import study_relay
from sync_server.upstream.relay import set_upstream
from sync_server.upstream.study_relay import relay_study
from tests.conftest import LEARNER
from tests.server_fixtures import FakeClock, new_instance, serve_anywhere, stop_process

RECORDS = 250   # more than one batch (MAX_BATCH 200): the relay had sent 500 at once, which an upstream refuses


def _records(key: SigningKey, count: int, now, prefix: str) -> list[dict]:
    return [sign_record(Record(record_id=f"{prefix}-{n:04d}", device_key=key.public_raw(), seq=n + 1,
                               learner_no=LEARNER[0], plan_id="", kind=RecordKind.READING, category_id="c",
                               started_at=now - timedelta(minutes=10), ended_at=now, active_seconds=600,
                               course_id="reader-2026", chapter_id="r1"), key) for n in range(count)]


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    folder = tmp_path_factory.mktemp("province")
    new_instance(folder, "province")
    proc, url = serve_anywhere(folder)
    yield folder, url
    stop_process(proc)


@pytest.fixture
def centre(tmp_path, province):
    folder, url = province
    prefix = uuid.uuid4().hex[:8]   # the province serves every test of the module: each centre's own records
    new_instance(tmp_path / "centre", "centre")
    ctx = ServerContext.open(Config(tmp_path / "centre"), FakeClock())
    code = _at(folder, create_code)
    assert set_upstream(ctx, url, code) == "approved"
    key = SigningKey.generate()
    request_enrolment(ctx, "room1-pc-01", key.public_raw())
    approve_device(ctx, "room1-pc-01")
    with ctx.sessions.begin() as s:
        outcomes, _ = ingest_records(s, _records(key, RECORDS, ctx.clock.now(), prefix), device_id="room1-pc-01",
                                     device_key=key.public_raw(), source="http", now=ctx.clock.now())
    assert {o.status for o in outcomes} == {"stored"}
    yield ctx, folder, prefix
    ctx.close()


def _at(folder, do):
    """``do`` on the province's database (the serving process keeps running)."""
    above = ServerContext.open(Config(folder))
    try:
        return do(above)
    finally:
        above.close()


def _held_above(folder, sender: str) -> int:
    def count(above):
        with above.sessions() as s:
            return s.scalar(select(func.count()).select_from(StudyRecord).where(StudyRecord.relayed_by == sender))
    return _at(folder, count)


def test_records_go_up_once_in_batches_and_both_sides_count_the_same(centre):
    ctx, folder, _prefix = centre
    first = relay_study(ctx)
    assert (first.sent, first.already_there, first.refused) == (RECORDS, 0, [])
    assert (first.count, first.match, first.upstream_count) == (RECORDS, True, RECORDS)
    again = relay_study(ctx)   # nothing waits: nothing is sent, the totals still checked
    assert (again.sent, again.already_there, again.match) == (0, 0, True)
    assert _held_above(folder, identity(ctx).device_id) == RECORDS


def test_records_the_upstream_lost_after_confirming_them_go_up_again(centre):
    ctx, folder, prefix = centre
    assert relay_study(ctx).match

    def restore_older_backup(above):
        with above.sessions.begin() as s:
            s.execute(delete(StudyRecord).where(StudyRecord.record_id.in_([f"{prefix}-0007", f"{prefix}-0123"])))
    _at(folder, restore_older_backup)
    report = relay_study(ctx)
    assert (report.sent, report.match, report.count, report.upstream_count) == (2, True, RECORDS, RECORDS)


class _Upstream:
    """An upstream answering as told: ``missing`` raises like an earlier version, or names ids."""

    def __init__(self, earlier: bool = False, other_ids: bool = False):
        self.earlier, self.other_ids, self.sent = earlier, other_ids, []

    def relay_missing(self, ids, kind="result"):
        if self.earlier:
            raise SyncError("invalid_message", "kind: Extra inputs are not permitted")
        return ids

    def relay_study(self, items):
        self.sent += items
        ids = [f"other-{n}" for n in range(len(items))] if self.other_ids else \
            [i["record"].split('"record_id":"')[1].split('"')[0] for i in items]
        return [{"record_id": i, "status": "stored"} for i in ids]

    def relay_summary(self, count, digest, kind="result"):
        raise AssertionError("an earlier upstream is not asked for totals it cannot give")


def test_an_upstream_of_an_earlier_version_gets_every_record_and_no_check(centre, monkeypatch):
    ctx, _folder, _prefix = centre
    upstream = _Upstream(earlier=True)
    monkeypatch.setattr(study_relay, "upstream_client", lambda _ctx: upstream)
    report = relay_study(ctx)
    assert (report.sent, report.match, len(upstream.sent)) == (RECORDS, None, RECORDS)
    assert study_relay.pending_study_relay(ctx) == 0


def test_an_answer_about_records_not_sent_acknowledges_nothing(centre, monkeypatch):
    ctx, _folder, _prefix = centre
    monkeypatch.setattr(study_relay, "upstream_client", lambda _ctx: _Upstream(other_ids=True))
    with pytest.raises(SyncError) as raised:
        relay_study(ctx)
    assert raised.value.code == "bad_answer" and study_relay.pending_study_relay(ctx) == RECORDS


def test_sync_upstream_says_when_the_two_sides_hold_different_records(centre):
    """The upstream holds a record this server no longer does: the check says it, in the clerk's words, and
    the command's exit status is not 0 (someone must look)."""
    from tests.server_cli import server_cli
    ctx, _folder, prefix = centre
    assert relay_study(ctx).match
    with ctx.sessions.begin() as s:
        s.execute(delete(StudyRecord).where(StudyRecord.record_id == f"{prefix}-0042"))
    said = server_cli(ctx.config.instance_dir, "sync-upstream", env={"XUEFA_LANG": "zh_CN"})
    assert said.returncode == 1 and f"本服务器持有 {RECORDS - 1} 条学习记录，上级持有来自本服务器的 {RECORDS} 条：不一致" \
        in said.stdout, said.stdout + said.stderr
