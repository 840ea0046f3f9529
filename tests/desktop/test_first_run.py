"""The first run of a new station, as exam-centre IT meets it: a wizard before the login page, once.
Standalone; enrolled with a real centre server on loopback (by address and code, or by the room's file);
or set up from files. A wrong address, a used code and a junk file each get a plain answer."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.setup_state import needs_first_run
from desktop.startup import Startup
from desktop.station import Station
from desktop.store.models import Setting
from desktop.ui.first_run import FirstRunWizard
from examcore.enrolment_file import RoomEnrolment
from examcore.keyfiles import public_key_file_text
from sync_server.devices import create_code


@pytest.fixture
def new_station(tmp_path, clock):
    st = Station.open(tmp_path / "new-station", clock=clock)
    yield st
    st.close()


@pytest.fixture
def wizard(qtbot, new_station):
    w = FirstRunWizard(new_station)
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_new_station_asks_once_then_opens_the_login_page(qtbot, tmp_path):
    folder = tmp_path / "station"
    startup = Startup(folder)
    qtbot.addWidget(startup.shell.main)
    startup.start()
    qtbot.waitUntil(lambda: startup.wizard is not None, timeout=30_000)
    try:
        assert startup.shell.main.currentWidget() is startup.wizard
        assert str(folder) in " ".join(lbl.text() for lbl in startup.wizard.findChildren(type(startup.wizard.room_label)))
        startup.wizard.standalone_radio.setChecked(True)
        with qtbot.waitSignal(startup.ready, timeout=10_000):
            qtbot.mouseClick(startup.wizard.next_button, Qt.MouseButton.LeftButton)
        assert startup.shell.main.currentWidget() is startup.shell.login and startup.wizard is None
        with startup.station.sessions() as s:
            assert s.get(Setting, "first_run").value == "standalone"
        assert not needs_first_run(startup.station.sessions)    # the next start goes straight to the login page
    finally:
        startup.station.close()
        QApplication.instance().setStyleSheet("")


def test_enrol_by_address_and_code_with_plain_answers_for_mistakes(qtbot, wizard, new_station, server, live_server):
    done = []
    wizard.done.connect(done.append)
    wizard.server_radio.setChecked(True)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 1
    wizard.url_edit.setText("192.168.1.10:8470")          # no scheme: said before anything is sent
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    assert "https://" in wizard.server_status.text()
    wizard.url_edit.setText("http://127.0.0.1:9")         # nothing listens there
    wizard.code_edit.setText(create_code(server))
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached" in wizard.server_status.text(), timeout=30_000)
    used = create_code(server)
    other = Station.open(new_station.data_dir.parent / "other", clock=new_station.clock)
    try:
        other.enrolment.enrol(live_server, "其他", used)
    finally:
        other.close()
    wizard.url_edit.setText(live_server)
    wizard.code_edit.setText(used)
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already used" in wizard.server_status.text(), timeout=30_000)
    assert wizard.enrol_button.isEnabled() and not done
    wizard.code_edit.setText(create_code(server, hours=0))   # made for 0 hours: expired by the time it is used
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has expired" in wizard.server_status.text(), timeout=30_000)
    wizard.code_edit.setText(create_code(server, kind="server"))   # handed the code of a lower centre's server
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "for a lower exam centre's server" in wizard.server_status.text(), timeout=30_000)
    wizard.url_edit.setText(live_server + "/xuefa")        # a path the server does not serve (round 93: English)
    wizard.code_edit.setText(create_code(server))
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "with a path it does not serve" in wizard.server_status.text(), timeout=30_000)
    wizard.url_edit.setText(live_server + "/api/v1/")      # as `serve` once printed it: taken, kept without it
    wizard.name_edit.setText("第一考场-07")
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.server_finish.isVisible(), timeout=30_000)
    assert "approved" in wizard.server_status.text()
    qtbot.mouseClick(wizard.server_finish, Qt.MouseButton.LeftButton)
    assert done == ["server"]
    with new_station.sessions() as s:
        assert s.get(Setting, "server_url").value == live_server


def test_enrol_from_the_rooms_file(qtbot, wizard, new_station, server, live_server, tmp_path):
    room = RoomEnrolment(live_server, server.keys.signing.public_raw(), "第一考场", None, server.clock.now(),
                         (("第一考场-01", create_code(server)), ("第一考场-02", create_code(server))))
    path = tmp_path / "room.json"
    path.write_bytes(room.to_bytes())
    wizard.pages.setCurrentIndex(1)
    junk = tmp_path / "junk.json"
    junk.write_text("{}")
    wizard.load_room_file(junk)
    assert "not a readable enrolment file" in wizard.server_status.text()
    wizard.load_room_file(path)
    assert wizard.url_edit.text() == live_server and not wizard.url_edit.isEnabled()
    assert [wizard.pc_combo.itemText(i) for i in range(wizard.pc_combo.count())] == ["第一考场-01", "第一考场-02"]
    wizard.pc_combo.setCurrentIndex(1)
    qtbot.mouseClick(wizard.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.server_finish.isVisible(), timeout=30_000)
    from sync_server.models import Device
    with server.sessions() as s:
        assert [(d.note, d.status) for d in s.query(Device)] == [("第一考场-02", "approved")]


def test_set_up_from_files_imports_in_the_right_order(qtbot, wizard, new_station, issuer, roster_file, package_file,
                                                       tmp_path):
    key_file = tmp_path / "省普法办.pub"
    key_file.write_text(public_key_file_text(issuer, "省普法办"), encoding="utf-8")
    junk = tmp_path / "notes.pdf"
    junk.write_bytes(b"PK\x03\x04 not ours")
    wizard.files_radio.setChecked(True)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.pages.currentIndex() == 2
    # chosen in any order: the key is trusted first, so the roster and the package it signed are accepted
    wizard.import_paths([Path(package_file), junk, Path(roster_file), key_file])
    qtbot.waitUntil(lambda: wizard.import_list.count() == 4, timeout=30_000)
    lines = [wizard.import_list.item(i).text() for i in range(4)]
    assert lines[0].startswith("✓ 省普法办.pub: Trusted issuer 省普法办")
    assert lines[1] == "✓ roster.json: Roster: learners 2"
    assert lines[2].startswith("✓ exam.xfp: Exam package ")
    assert lines[3] == "✗ notes.pdf: Not a Xuefa file"
    done = []
    wizard.done.connect(done.append)
    qtbot.mouseClick(wizard.files_finish, Qt.MouseButton.LeftButton)
    assert done == ["files"] and len(new_station.library.all_packages()) == 1
