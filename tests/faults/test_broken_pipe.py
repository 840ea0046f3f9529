"""A command whose reader goes away (`xuefa-server sync-upstream | head`): its output stops, its work does
not, and it ends as it would have, with no traceback (issue 17; it stopped mid-way on BrokenPipeError)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run_with_the_pipe_closed(args: list[str], lines_read: int = 1) -> tuple[int, str]:
    """Run ``args`` with stdout a pipe whose reader reads ``lines_read`` lines and closes it."""
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
                            env={**os.environ, "XUEFA_LANG": "en", "PYTHONPATH": str(ROOT)})
    for _ in range(lines_read):
        proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    return proc.wait(timeout=120), err


def test_output_to_a_closed_pipe_is_dropped_and_the_work_goes_on():
    code = ("from examcore.console import configure_output; configure_output(); import sys\n"
            "for n in range(20000): print('line', n)\n"
            "sys.stderr.write('the work went on to its end\\n')")
    status, err = _run_with_the_pipe_closed([sys.executable, "-c", code])
    # (said once, where it can still be read: a reset-password's new password printed after it reached nobody)
    assert status == 0 and err.endswith("the work went on to its end\n"), err
    assert err.count("the rest of this command's output was not shown") == 1, err


def test_output_that_cannot_be_written_is_said_in_one_line_and_fails():
    """xuefa-server status >/dev/full gave a traceback from the console module: one line now, exit status 1."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    with open("/dev/full", "w") as full:
        code = "from examcore.console import configure_output; configure_output(); print('x' * 100000)"
        done = subprocess.run([sys.executable, "-c", code], stdout=full,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120,
                              env={**os.environ, "XUEFA_LANG": "en", "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert "output could not be written (No space left on device)" in done.stderr, done.stderr


def test_the_server_command_with_its_reader_gone_ends_well(server, server_config):
    status, err = _run_with_the_pipe_closed([sys.executable, "-m", "sync_server.cli", "--instance",
                                             str(server_config.instance_dir), "status"], lines_read=0)
    assert status == 0 and "Traceback" not in err and "Broken pipe" not in err and "Exception ignored" not in err, err
