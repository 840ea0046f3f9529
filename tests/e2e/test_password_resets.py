"""Resets at two tiers, as IT at a centre and the province make them from the command line, with the province a
real process the centre reaches over HTTPS: whichever reset was made later stands at both once the centre
has synced twice (its resets go up with the first, the province's answer comes down with the second)."""
from __future__ import annotations

import re

import pytest
from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

from sync_server.config import Config
from sync_server.context import ServerContext
from sync_server.models import Learner
from sync_server.tls import create as create_tls
from tests.server_cli import server_cli as cli
from tests.server_fixtures import new_instance, serve_anywhere, stop_process

LEARNER_NO = "300000001"


@pytest.fixture
def province_and_centre(tmp_path):
    from examcore.clock import utc_naive
    from sync_server.directory.service import LearnerFields, put_learner, put_unit
    folders = {name: tmp_path / name for name in ("province", "centre")}
    for name, folder in folders.items():
        new_instance(folder, name)
    province = ServerContext.open(Config(folders["province"]))
    now = utc_naive(province.clock.now())
    with province.sessions.begin() as s:
        put_unit(s, "P", "示范省", "province", None, now)
        put_unit(s, "U1", "甲单位", "unit", "P", now)
        put_learner(s, LEARNER_NO, LearnerFields("周一", "U1"), now)
    province.close()
    create_tls(folders["province"], "province")
    proc, url = serve_anywhere(folders["province"], tls=True)
    try:
        code = cli(folders["province"], "devices", "code", "--server", "--unit", "P").stdout.split()[2]
        assert cli(folders["centre"], "set-upstream", url, "--code", code).returncode == 0
        assert cli(folders["centre"], "sync-upstream").returncode == 0     # the roster comes down
        yield folders
    finally:
        stop_process(proc)


def _reset(folder) -> str:
    done = cli(folder, "reset-password", LEARNER_NO)
    assert done.returncode == 0, done.stderr
    return re.search(r": (\S+) \(valid until", done.stdout).group(1)


def _opens(folder, password: str) -> bool:
    ctx = ServerContext.open(Config(folder))
    try:
        with ctx.sessions() as s:
            verifier = s.get(Learner, LEARNER_NO).password_hash
    finally:
        ctx.close()
    try:
        return PasswordHasher().verify(verifier, password)
    except VerifyMismatchError:
        return False


@pytest.mark.parametrize("later", ["province", "centre"])
def test_the_later_reset_stands_at_both_tiers_however_often_the_centre_reset(province_and_centre, later):
    """Issue 20 (an outside tester): the centre reset a learner three times in an hour and the province once,
    later that hour; the province's one-time password never worked at the centre's stations, and the
    province went on holding a password the centre had replaced."""
    folders = province_and_centre
    first = _reset(folders["province"]) if later == "centre" else None
    at_centre = [_reset(folders["centre"]) for _ in range(3)]
    last = _reset(folders["province"]) if later == "province" else at_centre[-1]
    up = cli(folders["centre"], "sync-upstream")   # the resets go up, and the province's answer comes down
    assert up.returncode == 0 and "3 study record(s) sent" in up.stdout, up.stdout + up.stderr
    taken = 3 if later == "centre" else 0   # the centre's resets, or the province's later one, stand
    assert re.search(rf"{taken} password reset\(s\) taken by the upstream; [1-3] more change\(s\) taken", up.stdout), \
        up.stdout
    assert up.stdout.count("kept but not taken by the upstream: the password reset of learner") == 3 - taken
    if later == "province":
        assert "the tier above holds a later reset of this learner, which stands" in up.stdout
    for tier in ("province", "centre"):
        assert _opens(folders[tier], last), tier
        assert not any(_opens(folders[tier], p) for p in [first, *at_centre] if p and p != last), tier
