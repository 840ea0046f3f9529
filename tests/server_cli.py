"""`xuefa-server` as the tests run it: the real command group, its arguments and its two output streams,
inside the test process (click's CliRunner).

A subprocess per command paid 1–2 s of imports each time (flask, sqlalchemy, alembic), and the tests that
drive a whole exam centre from the command line call it dozens of times. The process itself is still
tested: a command that must die as a process does (XUEFA_FAULT crash points) runs as one here, and the
e2e and fault tests start real `serve` processes.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Ran:
    """What a finished command left: the same names subprocess.CompletedProcess has."""
    returncode: int
    stdout: str
    stderr: str


def server_cli(instance: Path, *args, env: dict[str, str] | None = None, input: str | None = None) -> Ran:
    """Run ``xuefa-server --instance INSTANCE ARGS…``; ``env`` is added to the environment for the call.
    An exception the command does not turn into a message fails the test with its traceback (a real
    user would have seen one) instead of becoming exit code 1."""
    argv = ["--instance", str(instance), *map(str, args)]
    if env and "XUEFA_FAULT" in env:   # the crash point ends the process: it must be its own
        done = subprocess.run([sys.executable, "-m", "sync_server.cli", *argv], cwd=ROOT, capture_output=True,
                              text=True, timeout=300, env={**os.environ, **env}, input=input)
        return Ran(done.returncode, done.stdout, done.stderr)
    from sync_server.cli import main
    result = CliRunner().invoke(main, argv, env=env, input=input, catch_exceptions=False)
    return Ran(result.exit_code, result.stdout, result.stderr)
