"""A lower server added from its key file (`devices add-server`, for USB bundles) that later enrols with a code
of its unit takes that unit and receives its roster, including what the feed passed before (issue 20: it got
none, and the code stayed unused). A code of another unit than the one it serves moves nothing."""
from __future__ import annotations

from examcore.change_feed import verify_page
from examcore.clock import utc_naive
from examcore.crypto.keys import SigningKey, fingerprint
from examcore.keyfiles import public_key_file_text
from examcore.sync_client import SyncClient, SyncError
from sync_server.devices import create_code
from sync_server.directory.service import LearnerFields, put_learner, put_unit
from sync_server.models import Device, EnrolmentCode
from tests.server_cli import server_cli
from tests.server_fixtures import SETUP_HASHER


class _Centre:
    """A lower server's identity towards its upstream, as `set-upstream` uses it."""

    def __init__(self) -> None:
        self.device_key = SigningKey.generate()
        self.device_id = "server-" + fingerprint(self.device_key.public_raw()).replace(":", "")


def _roster(client: SyncClient, server, device_id: str, after: int = 0) -> tuple[set[str], int]:
    """The learners the feed hands this device after the cursor, and the new cursor."""
    learners: set[str] = set()
    while True:
        page = verify_page(client.changes(after), server.keys.signing.public_raw(), device_id, after)
        learners |= {c.key for c in page.changes if c.kind == "learner"}
        after = page.cursor
        if not page.more:
            return learners, after


def test_a_server_added_from_its_key_takes_the_unit_of_the_code_it_enrols_with(server, server_config, live_server,
                                                                               tmp_path):
    now = utc_naive(server.clock.now())
    with server.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "C1", "甲市", "city", "P", now)
        put_unit(s, "C2", "乙市", "city", "P", now)
        put_learner(s, "1001", LearnerFields("甲一", "C1"), now, SETUP_HASHER)
        put_learner(s, "1002", LearnerFields("乙一", "C2"), now, SETUP_HASHER)
    centre, other = _Centre(), _Centre()
    for who, name in ((centre, "甲市中心"), (other, "乙市中心")):   # their server-signing.key.pub
        (tmp_path / f"{name}.pub").write_text(public_key_file_text(who.device_key, name), encoding="utf-8")
    added = server_cli(server_config.instance_dir, "devices", "add-server", tmp_path / "甲市中心.pub",
                       env={"XUEFA_LANG": "en"})
    assert added.returncode == 0 and "it serves no unit yet" in added.stdout and "held" in added.stdout, added.stderr
    assert server_cli(server_config.instance_dir, "devices", "add-server", tmp_path / "乙市中心.pub", "--unit", "C1",
                      env={"XUEFA_LANG": "en"}).returncode == 0   # another server of C1, which read its roster
    neighbour = SyncClient(live_server, other)
    first, neighbour_cursor = _roster(neighbour, server, other.device_id)
    assert first == {"1001"}
    client = SyncClient(live_server, centre)
    before, cursor = _roster(client, server, centre.device_id)
    assert before == set() and cursor > 0   # no unit, no roster: and the cursor is past the learners

    code = create_code(server, unit_id="C1", kind="server")
    assert client.enrol("甲市中心", code).status == "approved"
    with server.sessions() as s:
        assert s.get(Device, centre.device_id).unit_id == "C1"
        assert s.query(EnrolmentCode).one().used_by == centre.device_id   # spent: not left for another PC
    caught_up, cursor = _roster(client, server, centre.device_id, cursor)
    assert caught_up == {"1001"}   # what the feed passed before, for its unit only
    with server.sessions.begin() as s:
        put_learner(s, "1003", LearnerFields("甲二", "C1"), now, SETUP_HASHER)
    later, cursor = _roster(client, server, centre.device_id, cursor)
    assert later == {"1003"}
    assert _roster(neighbour, server, other.device_id, neighbour_cursor)[0] == {"1003"}   # no catch-up but its own

    elsewhere = create_code(server, unit_id="C2", kind="server")   # a code of another unit: moves nothing, stays unused
    try:
        client.enrol("甲市中心", elsewhere)
        raise AssertionError("a code of another unit moved an approved server")
    except SyncError as refusal:
        assert refusal.code == "code_other_unit"
    with server.sessions() as s:
        assert s.get(Device, centre.device_id).unit_id == "C1"
        assert s.query(EnrolmentCode).filter(EnrolmentCode.used_by.is_(None)).count() == 1

    moved = server_cli(server_config.instance_dir, "devices", "add-server", tmp_path / "甲市中心.pub", "--unit", "P",
                       env={"XUEFA_LANG": "en"})   # the administrator widens it: the rest of the roster follows
    assert moved.returncode == 0 and "serves no unit" not in moved.stdout, moved.stderr
    assert _roster(client, server, centre.device_id, cursor)[0] == {"1002"}
