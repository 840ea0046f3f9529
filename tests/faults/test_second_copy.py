"""A second copy of the station on one data folder (issue 19, found by an outside tester: both windows
opened the same live exam and the older one lost answers). The second copy stops before it opens
anything; the lock goes with a killed process and does not travel with a copied folder."""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time

import pytest

from desktop import app
from desktop.single_instance import LOCK_NAME, AlreadyOpen, hold_data_folder

HOLDER = """
import sys, time
from desktop.single_instance import hold_data_folder
lock = hold_data_folder(__import__("pathlib").Path(sys.argv[1]))
print("held", flush=True)
time.sleep(60)
"""


def test_a_second_copy_of_the_window_stops_and_says_why(qapp, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *args: said.append(args[2]))
    opened = []
    monkeypatch.setattr("desktop.startup.Startup.start", lambda self: opened.append(self))
    monkeypatch.setattr(app, "setup_logging", lambda folder: None)   # the test's own logging stays
    first = hold_data_folder(tmp_path)
    try:
        assert app.run_gui(tmp_path, demo=False, lang="en") == 3
    finally:
        first.release()
    assert opened == [] and len(said) == 1 and "already open" in said[0] and str(tmp_path) in said[0]
    assert not (tmp_path / "station.sqlite3").exists()   # nothing opened, nothing made


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_the_lock_goes_with_a_killed_station_and_stays_behind_in_a_copy(tmp_path):
    folder = tmp_path / "station"
    folder.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(AlreadyOpen):
            hold_data_folder(folder)
        copy = tmp_path / "copy"
        shutil.copytree(folder, copy)   # the lock file is copied, the lock is not
        assert (copy / LOCK_NAME).exists()
        hold_data_folder(copy).release()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        holder.stdout.close()
    deadline = time.monotonic() + 5
    while True:   # the system frees it with the process
        try:
            hold_data_folder(folder).release()
            break
        except AlreadyOpen:
            assert time.monotonic() < deadline, "the killed station's lock was not freed"
            time.sleep(0.05)
