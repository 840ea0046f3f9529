"""The recipes that start the server with the PC (issue 23) hold what a long-running server needs: the
Windows task never stops after 3 days nor on battery power and restarts after a crash; the systemd unit
runs as its own account with the instance outside the program folder."""
from __future__ import annotations

from pathlib import Path

from defusedxml import ElementTree

SCRIPTS = Path(__file__).resolve().parents[2] / "build_scripts"
TASK = "{http://schemas.microsoft.com/windows/2004/02/mit/task}"


def test_the_windows_task_has_none_of_the_wizards_traps():
    data = (SCRIPTS / "xuefa-server-task.xml").read_bytes()
    assert data[:2] == b"\xff\xfe"   # UTF-16 with its BOM, as schtasks /XML reads it
    task = ElementTree.fromstring(data.decode("utf-16"))
    settings = task.find(f"{TASK}Settings")
    value = {child.tag.removeprefix(TASK): (child.text or "").strip() for child in settings}
    assert value["ExecutionTimeLimit"] == "PT0S"   # the wizard's default stops the task after 3 days
    assert value["DisallowStartIfOnBatteries"] == value["StopIfGoingOnBatteries"] == "false"   # AC only by default
    assert settings.find(f"{TASK}RestartOnFailure/{TASK}Count").text == "999"
    assert task.find(f"{TASK}Triggers/{TASK}BootTrigger") is not None
    assert task.find(f"{TASK}Principals/{TASK}Principal/{TASK}UserId").text == "S-1-5-18"   # no one logged in
    command = task.find(f"{TASK}Actions/{TASK}Exec/{TASK}Command").text
    arguments = task.find(f"{TASK}Actions/{TASK}Exec/{TASK}Arguments").text.split()
    assert command.endswith("xuefa-server.exe") and arguments[:2] == ["--instance", r"D:\XuefaServer"]
    assert not arguments[1].startswith(str(Path(command).parent))   # the instance outside the program folder
    assert "serve" in arguments


def test_the_systemd_unit_runs_as_its_own_account_with_its_data_in_var_lib():
    unit = {}
    for line in (SCRIPTS / "xuefa-server.service").read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, _, value = line.partition("=")
            unit[key] = value
    assert unit["User"] == "xuefa-server" and unit["StateDirectory"] == "xuefa-server"
    assert unit["Environment"] == "XUEFA_SERVER_DIR=/var/lib/xuefa-server"
    assert unit["ExecStart"].startswith("/opt/xuefa-server/xuefa-server serve ") and unit["Restart"] == "always"
