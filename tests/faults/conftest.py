from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def small_disk(tmp_path):
    """A real, tiny file system (tmpfs) that can be filled or made read-only. Needs root, as CI has."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:   # (Windows has no user ids, nor tmpfs)
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], check=True)
    try:
        yield SmallDisk(mount)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


class SmallDisk:
    def __init__(self, path: Path):
        self.path = path
        self._filler = path / "filler.bin"

    def fill(self) -> None:
        """Write until the file system is full, as a nearly full USB stick or disk would be."""
        with open(self._filler, "ab", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
            except OSError:
                pass
            try:  # the last bytes, below one chunk
                while True:
                    fh.write(b"\0" * 512)
            except OSError:
                pass

    def free(self) -> None:
        self._filler.unlink(missing_ok=True)

    def read_only(self, on: bool) -> None:
        subprocess.run(["mount", "-o", f"remount,{'ro' if on else 'rw'}", str(self.path)], check=True)
