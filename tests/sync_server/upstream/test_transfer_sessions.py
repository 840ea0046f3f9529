"""One sync with the upstream at a time for the whole server (issue 17, Deliver 2): the rule is the
database's, so a second process (another worker, host, or the command line beside the admin window) is
told who runs it and how far it got; a sync whose owner died is taken over once it shows no sign of life,
and every session leaves its row (stage, progress, owner, outcome)."""
from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from sync_server.upstream import transfer_sessions
from sync_server.models import TransferSession
from sync_server.upstream.transfer_sessions import STALE_AFTER, SyncRunning

ROOT = Path(__file__).resolve().parents[3]


def _rows(server) -> list[tuple[str, str]]:
    with server.sessions() as s:
        return [(r.stage, r.outcome) for r in s.scalars(select(TransferSession).order_by(TransferSession.started_at))]


def test_a_second_sync_is_refused_with_who_runs_it_and_a_dead_one_is_taken_over(server):
    first = transfer_sessions.begin(server, "the sync-upstream command")
    first.stage("relay", 500, 2000)
    try:
        transfer_sessions.begin(server, "admin window, zhongxin")
        raise AssertionError("a second sync began beside the first")
    except SyncRunning as refused:
        assert (refused.running.stage, refused.running.done, refused.running.total) == ("relay", 500, 2000)
        assert "sync-upstream command" in refused.running.owner
    # its owner dies (no heartbeat, no end): once stale, the next sync takes over and resumes
    first._stop.set()
    server.clock.advance(int((STALE_AFTER + timedelta(seconds=1)).total_seconds() * 1000))
    assert transfer_sessions.running(server) is None
    second = transfer_sessions.begin(server, "admin window, zhongxin")
    second.finish("relayed 1500")
    first.finish("too late")   # the dead owner coming back writes nothing over the takeover
    stages = _rows(server)
    assert [s for s, _ in stages] == ["taken_over", "done"]
    assert "taken over by" in stages[0][1] and stages[1][1] == "relayed 1500"


def test_the_command_line_beside_a_running_sync_says_so_and_leaves_it(server, server_config):
    """A real second process: `xuefa-server sync-upstream` while another session runs."""
    held = transfer_sessions.begin(server, "admin window, zhongxin")
    try:
        out = subprocess.run([sys.executable, "-m", "sync_server.cli", "--instance", str(server_config.instance_dir),
                              "sync-upstream"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                             env={"XUEFA_LANG": "en", "PATH": "/usr/bin:/bin"})
        assert out.returncode == 1 and "already running" in out.stderr and "the admin window of zhongxin on " in \
            out.stderr, out.stdout + out.stderr
        assert "Traceback" not in out.stderr
        chinese = subprocess.run([sys.executable, "-m", "sync_server.cli", "--instance",
                                  str(server_config.instance_dir), "sync-upstream"], cwd=ROOT, capture_output=True,
                                 text=True, timeout=120, env={"XUEFA_LANG": "zh_CN", "PATH": "/usr/bin:/bin"})
        # who runs it in the reader's language (a second round read "pid … (admin window, …)" in Chinese text)
        assert "zhongxin 的管理窗口" in chinese.stderr and "admin window" not in chinese.stderr, chinese.stderr
        assert transfer_sessions.running(server) is not None   # untouched
        told = subprocess.run([sys.executable, "-m", "sync_server.cli", "--instance", str(server_config.instance_dir),
                               "status"], cwd=ROOT, capture_output=True, text=True, timeout=120,
                              env={"XUEFA_LANG": "en", "PATH": "/usr/bin:/bin"})
        assert "a sync with the upstream is running since" in told.stdout, told.stdout + told.stderr
    finally:
        held.finish()
    assert [s for s, _ in _rows(server)] == ["done"]


def test_status_says_the_last_sync_stopped_until_one_ends_well(server, server_config):
    """`status` told only when the relay last worked, so a nightly sync that had failed looked fine (an
    outside tester, issue 17): the last session that ended is said when it failed, in words."""
    from click.testing import CliRunner

    from sync_server.cli import main

    def status() -> str:
        done = CliRunner().invoke(main, ["--instance", str(server_config.instance_dir), "status"])
        assert done.exit_code == 0, done.output
        return done.output
    transfer_sessions.begin(server, "the sync-upstream command").finish("exit status 6: changes not taken, relay "
                                                                         "stopped", failed=True)
    said = status()
    assert "the last sync with the upstream stopped at" in said
    assert "changes not taken; the relay stopped; run sync-upstream again" in said, said
    server.clock.advance(5 * 60_000)   # the next one ends later
    transfer_sessions.begin(server, "the sync-upstream command").finish()
    assert "stopped" not in status()
