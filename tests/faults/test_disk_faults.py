"""A full disk or a read-only data folder during an exam: the learner is told, nothing saved is lost."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.controller import StationController
from desktop.services.attempts import SaveFailed
from desktop.station import DataFolderError, Station
from desktop.store.db import reset_connections
from examcore.errors import PackageError
from tests.conftest import LEARNER, START_CODE, ready_station, reopen_after_restart


@pytest.fixture
def station_on_small_disk(small_disk, clock, issuer, package_file, roster_file):
    st = ready_station(small_disk.path / "station", clock, issuer, roster_file, package_file)
    yield st
    st.close()


def _begin(station):
    learner = station.accounts.login(*LEARNER).learner
    pkg = station.library.listings(LEARNER[0])[0].package_id
    return station.attempts.begin(learner, station.attempts.unlock(pkg, START_CODE))


def test_full_disk_refuses_the_save_keeps_the_rest_and_recovers(station_on_small_disk, small_disk, clock):
    attempt = _begin(station_on_small_disk)
    q = [i.question_id for i in attempt.paper.items]
    attempt.save_answer(q[0], ("B",))
    small_disk.fill()
    with pytest.raises(SaveFailed):
        for n in range(200):  # SQLite may still fit a few pages in its WAL before it hits the wall
            attempt.save_answer(q[1], ("A",) if n % 2 else ("C",))
    assert attempt.responses[q[0]] == ("B",)
    small_disk.free()
    attempt.save_answer(q[2], ("D",))
    data_dir = station_on_small_disk.data_dir
    station_on_small_disk.close()
    again = Station.open(data_dir, clock=clock)
    resumed = reopen_after_restart(again)
    assert resumed.responses[q[0]] == ("B",) and resumed.responses[q[2]] == ("D",)
    again.close()


def test_full_disk_shows_not_saved_then_saves_by_itself_when_space_returns(qtbot, station_on_small_disk,
                                                                          small_disk):
    attempt = _begin(station_on_small_disk)
    controller = StationController(station_on_small_disk)
    qtbot.addWidget(controller.main)
    controller.open_exam(attempt)
    window = controller.exam
    try:
        qtbot.mouseClick(window.question_view.option_buttons[0], Qt.MouseButton.LeftButton)
        assert window.save_label.objectName() == "saved"
        first = dict(attempt.responses)
        small_disk.fill()
        for n in range(1, len(attempt.paper.items)):  # until the WAL has no room left
            window.go_to(n)
            qtbot.mouseClick(window.question_view.option_buttons[0], Qt.MouseButton.LeftButton)
            if window.save_label.objectName() == "unsaved":
                break
            first = dict(attempt.responses)
        assert window.save_label.objectName() == "unsaved"
        assert "NOT SAVED" in window.save_label.text() and "call the proctor" in window.save_label.text()
        assert window.navigator.buttons[n].property("answered") is False
        assert attempt.responses == first
        small_disk.free()
        qtbot.waitUntil(lambda: window.save_label.objectName() == "saved", timeout=10_000)  # retried by itself
        assert window.navigator.buttons[n].property("answered") is True
    finally:
        small_disk.free()
        window._finish()
        window.close()


def test_when_even_the_time_cannot_be_saved_the_learner_is_told_until_it_can(qtbot, station_on_small_disk,
                                                                           small_disk):
    controller = StationController(station_on_small_disk)
    qtbot.addWidget(controller.main)
    controller.open_exam(_begin(station_on_small_disk))
    window = controller.exam
    try:
        small_disk.fill()
        qtbot.waitUntil(lambda: window.save_label.objectName() == "unsaved", timeout=20_000)  # heartbeats fail
        small_disk.free()
        qtbot.waitUntil(lambda: window.save_label.objectName() == "saved", timeout=10_000)
    finally:
        small_disk.free()
        window._finish()
        window.close()


def test_a_folder_that_turns_read_only_mid_exam_refuses_saves_and_recovers(station_on_small_disk, small_disk):
    attempt = _begin(station_on_small_disk)
    q = [i.question_id for i in attempt.paper.items]
    attempt.save_answer(q[0], ("B",))
    reset_connections(station_on_small_disk.sessions)  # let the remount happen, as after a disk error
    small_disk.read_only(True)
    try:
        with pytest.raises(SaveFailed):
            attempt.save_answer(q[1], ("A",))
        with pytest.raises(DataFolderError, match="cannot be written"):
            Station.open(station_on_small_disk.data_dir)  # a restart says why instead of crashing
    finally:
        small_disk.read_only(False)
    attempt.save_answer(q[1], ("C",))
    assert attempt.responses == {q[0]: ("B",), q[1]: ("C",)}


def test_bundle_export_to_a_full_stick_says_so_and_keeps_the_results(station_on_small_disk, small_disk, tmp_path):
    attempt = _begin(station_on_small_disk)
    attempt.submit()
    stick = small_disk.path / "usb"
    stick.mkdir()
    small_disk.fill()
    with pytest.raises(OSError):
        station_on_small_disk.outbox.export(stick / "results.xfb")
    assert list(stick.iterdir()) == []  # no half-written file left on the stick
    small_disk.free()
    assert len(station_on_small_disk.outbox.pending_results()) == 1


def test_flipped_bytes_anywhere_in_a_package_are_never_imported(station, package_file, tmp_path):
    import random
    data = package_file.read_bytes()
    rng = random.Random(7)
    before = len(station.library.listings(LEARNER[0]))
    for n in range(40):
        bad = bytearray(data)
        bad[rng.randrange(len(bad))] ^= 1 << rng.randrange(8)
        path = tmp_path / f"bad{n}.xfp"
        path.write_bytes(bytes(bad))
        with pytest.raises(PackageError):
            station.library.import_file(path)
    assert len(station.library.listings(LEARNER[0])) == before
