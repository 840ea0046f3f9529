"""Where the server's keys and database are (issue 23): the same ones whichever folder a command runs in,
never inside the program folder an upgrade replaces, never a new empty database beside the real keys, and
any character in a path (`#`, `%`, Chinese, outside GBK)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from sync_server import config as server_config
from sync_server.cli import main

ROOT = Path(__file__).resolve().parents[2]
# every character that has broken a path somewhere: a URI's fragment and escape, a space, Chinese, and
# a character outside GBK (what a Chinese Windows console writes when redirected)
ODD = "考场#1 50% %41 𠮷"


def run(*args: str):
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """Two folders a command may run in: where the instance was made, and another (Task Scheduler's)."""
    made_in, other = tmp_path / "made-in", tmp_path / "System32"
    made_in.mkdir()
    other.mkdir()
    monkeypatch.chdir(made_in)
    return made_in, other


def test_init_in_one_folder_and_use_from_another_opens_the_same_database(elsewhere, monkeypatch):
    made_in, other = elsewhere
    code, out = run("--instance", "inst", "init", "--name", "示范市考试中心")
    assert code == 0, out
    saved = json.loads((made_in / "inst" / "config.json").read_text(encoding="utf-8"))
    assert saved["database_url"] == ""   # the folder's own database, wherever the folder is
    assert str(made_in / "inst") in out   # init says where the server is
    assert run("--instance", "inst", "units", "add", "C1", "甲市考试中心", "--level", "city")[0] == 0

    monkeypatch.chdir(other)
    code, out = run("--instance", str(made_in / "inst"), "units", "list")
    assert code == 0 and "甲市考试中心" in out, out
    assert sorted(p.name for p in other.iterdir()) == []   # nothing was made where the command ran


def test_a_relative_database_saved_by_an_earlier_version_still_names_the_instances_file(elsewhere, monkeypatch):
    made_in, other = elsewhere
    assert run("--instance", "inst", "init", "--name", "示范市考试中心")[0] == 0
    assert run("--instance", "inst", "units", "add", "C1", "甲市考试中心", "--level", "city")[0] == 0
    # what `init` wrote before issue 23: relative to the folder it ran in
    (made_in / "inst" / "config.json").write_text(json.dumps({"database_url": "sqlite:///inst/server.sqlite3"}),
                                                  encoding="utf-8")
    monkeypatch.chdir(other)
    code, out = run("--instance", str(made_in / "inst"), "units", "list")
    assert code == 0 and "甲市考试中心" in out, out
    assert not (other / "inst").exists()


def test_keys_without_their_database_are_refused_and_no_empty_database_is_made(elsewhere):
    made_in, _ = elsewhere
    assert run("--instance", "inst", "init", "--name", "示范市考试中心")[0] == 0
    db = made_in / "inst" / "server.sqlite3"
    db.unlink()
    for args in (("units", "list"), ("status",), ("serve", "--port", "1"), ("backup", str(made_in / "bk"))):
        code, out = run("--instance", "inst", *args)
        assert code == 1 and "database" in out and "missing" in out and "restore" in out, (args, out)
        assert not db.exists(), args
    assert not (made_in / "bk").exists()
    assert run("--instance", "inst", "units", "list", "--help")[0] == 0   # help still reads


def test_restore_puts_back_a_lost_database(elsewhere):
    made_in, _ = elsewhere
    assert run("--instance", "inst", "init", "--name", "示范市考试中心")[0] == 0
    assert run("--instance", "inst", "units", "add", "C1", "甲市考试中心", "--level", "city")[0] == 0
    assert run("--instance", "inst", "backup", "bk")[0] == 0
    (made_in / "inst" / "server.sqlite3").unlink()
    assert run("--instance", "inst", "restore", "bk", "--force")[0] == 0
    code, out = run("--instance", "inst", "units", "list")
    assert code == 0 and "甲市考试中心" in out, out


def test_the_default_instance_is_this_machines_and_an_old_default_in_the_current_folder_is_named(
        elsewhere, tmp_path, monkeypatch):
    made_in, _ = elsewhere
    monkeypatch.delenv("XUEFA_SERVER_DIR", raising=False)
    machine = tmp_path / "ProgramData" / "Xuefa" / "server"
    monkeypatch.setattr(server_config, "default_instance_dir", lambda: machine)
    code, out = run("init", "--name", "示范市考试中心")
    assert code == 0 and str(machine) in out and (machine / "server-signing.key").exists(), out
    assert not (made_in / "xuefa-server").exists()   # not where the command ran

    # a server made by an earlier version in ./xuefa-server, and none at the new default: ask, don't guess
    shutil.move(str(machine), made_in / "xuefa-server")
    code, out = run("units", "list")
    assert code == 1 and str(made_in / "xuefa-server") in out and "--instance" in out, out
    assert not machine.exists()
    code, out = run("--instance", "xuefa-server", "units", "list")
    assert code == 0, out
    assert run("init", "--help")[0] == 0 and run("restore", "--help")[0] == 0   # help still reads


def test_the_default_is_outside_the_program_folder_and_the_program_folder_is_refused(tmp_path, monkeypatch):
    program = tmp_path / "xuefa-server"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "xuefa-server.exe"))
    monkeypatch.chdir(tmp_path)   # `xuefa-server\xuefa-server.exe init` run from the folder above
    code, out = run("--instance", "xuefa-server", "init", "--name", "示范市考试中心")
    assert code == 1 and "program folder" in out and "backup" in out, out
    assert sorted(p.name for p in program.iterdir()) == []
    assert not server_config.default_instance_dir().resolve().is_relative_to(program)
    # a server an earlier version left in the program folder: refused for use, but its data can get out
    monkeypatch.setattr(sys, "frozen", False)
    assert run("--instance", str(program / "data"), "init", "--name", "旧中心")[0] == 0
    monkeypatch.setattr(sys, "frozen", True)
    assert run("--instance", str(program / "data"), "units", "list")[0] == 1
    code, out = run("--instance", str(program / "data"), "backup", str(tmp_path / "out"))
    assert code == 0 and (tmp_path / "out" / "server.sqlite3").exists(), out
    assert run("--instance", str(tmp_path / "moved"), "restore", str(tmp_path / "out"))[0] == 0
    assert run("--instance", str(tmp_path / "moved"), "units", "list")[0] == 0


@pytest.mark.parametrize("platform, env, euid, expected", [
    ("win32", {"ProgramData": r"D:\ProgramData"}, None, Path(r"D:\ProgramData") / "Xuefa" / "server"),
    ("linux", {}, 0, Path("/var/lib/xuefa-server")),
])
def test_default_instance_per_platform(platform, env, euid, expected, monkeypatch):
    monkeypatch.setattr(sys, "platform", platform)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    if euid is not None:
        monkeypatch.setattr(server_config.os, "geteuid", lambda: euid, raising=False)
    assert server_config.default_instance_dir() == expected


def test_odd_characters_in_every_path_the_server_cli_touches(tmp_path, monkeypatch):
    folder = tmp_path / ODD
    folder.mkdir()
    monkeypatch.chdir(folder)
    instance, backup, restored = folder / f"实例{ODD}", folder / f"备份{ODD}", folder / f"恢复{ODD}"
    assert run("--instance", str(instance), "init", "--name", f"中心{ODD}")[0] == 0
    assert run("--instance", str(instance), "units", "add", "C1", f"单位{ODD}", "--level", "city")[0] == 0
    code, out = run("--instance", str(instance), "backup", str(backup))
    assert code == 0, out
    code, out = run("--instance", str(restored), "restore", str(backup))
    assert code == 0, out
    code, out = run("--instance", str(restored), "units", "list")
    assert code == 0 and f"单位{ODD}" in out, out
    # redirected on Chinese Windows: stdout is GBK, which has no 𠮷 (a real process: its own streams)
    listed = subprocess.run([sys.executable, "-m", "sync_server.cli", "--instance", str(restored), "units", "list"],
                            cwd=ROOT, capture_output=True, timeout=120, env={**os.environ, "PYTHONIOENCODING": "gbk"})
    assert listed.returncode == 0 and f"单位{ODD}" in listed.stdout.decode("gb18030"), listed.stderr


def test_a_percent_escape_in_a_folder_name_is_not_decoded(tmp_path):
    """SQLAlchemy decodes %41 in a URL string: "a%41" opened the database of the folder "aA"."""
    (tmp_path / "aA").mkdir()
    instance = tmp_path / "a%41"
    assert run("--instance", str(instance), "init", "--name", "中心")[0] == 0
    assert run("--instance", str(instance), "units", "add", "C1", "甲市", "--level", "city")[0] == 0
    assert (instance / "server.sqlite3").stat().st_size > 0 and list((tmp_path / "aA").iterdir()) == []


def test_a_relative_or_outside_database_named_at_init_is_the_one_used_later(elsewhere, monkeypatch):
    made_in, other = elsewhere
    assert run("--instance", "inst", "init", "--name", "中心", "--database-url", "sqlite:///rel.sqlite3")[0] == 0
    outside = made_in / "fast" / "server.sqlite3"   # named like the own file, but elsewhere on purpose
    outside.parent.mkdir()
    assert run("--instance", "inst2", "init", "--name", "中心", "--database-url", f"sqlite:///{outside}")[0] == 0
    monkeypatch.chdir(other)
    for instance in (made_in / "inst", made_in / "inst2"):
        assert run("--instance", str(instance), "units", "add", "C1", "甲市", "--level", "city")[0] == 0
    assert (made_in / "rel.sqlite3").stat().st_size > 0 and outside.stat().st_size > 0
    assert not (made_in / "inst" / "server.sqlite3").exists() and not (made_in / "inst2" / "server.sqlite3").exists()


def test_an_earlier_config_naming_a_database_elsewhere_while_the_folder_has_its_own_is_refused(elsewhere):
    made_in, _ = elsewhere
    assert run("--instance", "inst", "init", "--name", "中心")[0] == 0
    shutil.copytree(made_in / "inst", made_in / "copy")   # a copy; the earlier config named the original
    (made_in / "copy" / "config.json").write_text(json.dumps(
        {"database_url": f"sqlite:///{made_in / 'inst' / 'server.sqlite3'}"}), encoding="utf-8")
    code, out = run("--instance", "copy", "units", "list")
    assert code == 1 and "cannot be guessed" in out, out


def test_config_json_edited_by_hand(elsewhere):
    made_in, _ = elsewhere
    assert run("--instance", "inst", "init", "--name", "中心")[0] == 0
    config = made_in / "inst" / "config.json"
    config.write_bytes(b"\xef\xbb\xbf" + json.dumps({"format": 2, "database_url": "", "relay_connections": 4}).encode())
    assert run("--instance", "inst", "units", "list")[0] == 0   # Notepad's BOM is fine
    for text, words in (('{"database_url": "",}', "not valid JSON"), ('{"relay_connections": "4"}', "whole number")):
        config.write_text(text, encoding="utf-8")
        code, out = run("--instance", "inst", "units", "list")
        assert code == 1 and words in out and "config.json" in out, out


def test_init_refuses_a_database_that_holds_a_server_whose_keys_are_gone(elsewhere):
    made_in, _ = elsewhere
    assert run("--instance", "inst", "init", "--name", "中心")[0] == 0
    for key in (made_in / "inst").glob("server-*.key*"):
        key.unlink()
    before = (made_in / "inst" / "server.sqlite3").read_bytes()
    code, out = run("--instance", "inst", "init", "--name", "另一个")
    assert code == 1 and "already holds a server's data" in out, out
    assert not (made_in / "inst" / "server-signing.key").exists()
    assert (made_in / "inst" / "server.sqlite3").read_bytes() == before


def test_restore_refuses_a_sqlite_backup_without_its_database(elsewhere):
    made_in, _ = elsewhere
    assert run("--instance", "inst", "init", "--name", "中心")[0] == 0
    assert run("--instance", "inst", "backup", "bk")[0] == 0
    (made_in / "bk" / "server.sqlite3").unlink()
    code, out = run("--instance", "new", "restore", "bk")
    assert code == 1 and "holds no database" in out, out
    assert not (made_in / "new" / "server.sqlite3").exists()


def test_a_busy_port_and_an_unreachable_database_are_one_plain_line(server_config, tmp_path):
    import socket
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    port = taken.getsockname()[1]
    cases = [({}, (), "cannot listen on 127.0.0.1:"),
             ({}, ("--workers", "2"), "cannot listen on 127.0.0.1:"),   # (gunicorn only retried and logged it)
             ({"XUEFA_DATABASE_URL": "postgresql+psycopg://x:y@127.0.0.1:9/none"}, (), "database cannot be opened")]
    try:
        for env, more, words in cases:
            served = subprocess.run([sys.executable, "-m", "sync_server.cli", "--instance",
                                     str(server_config.instance_dir), "serve", "--port", str(port), *more], cwd=ROOT,
                                    capture_output=True, text=True, timeout=120, env={**os.environ, **env})
            assert served.returncode == 1 and words in served.stderr, served.stderr
            assert "Traceback" not in served.stderr and "serving on" not in served.stderr, served.stderr
            log = (server_config.instance_dir / "logs" / "server.log").read_text(encoding="utf-8")
            assert ("cannot listen" if not env else "database cannot be opened") in log
    finally:
        taken.close()


def test_migrations_run_from_a_program_folder_with_a_percent_sign(tmp_path, monkeypatch):
    """Alembic reads its options through ConfigParser, where % starts an interpolation."""
    from sync_server import db
    migrations = tmp_path / "Xuefa 50%#" / "migrations"
    shutil.copytree(db.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(db, "MIGRATIONS", migrations)
    engine = db.make_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    db.migrate(engine)
    engine.dispose()
    from sqlalchemy import create_engine, inspect
    assert "results" in inspect(create_engine(f"sqlite:///{tmp_path / 'server.sqlite3'}")).get_table_names()


def test_a_folder_with_another_servers_keys_is_refused_by_the_database(server_config, server, tmp_path):
    """Every host of a province opens one database; a host given another server's folder served happily and
    signed receipts no station trusts, so those results never left the stations (an outside tester, issue
    17). The database remembers the key it serves."""
    import pytest

    from examcore.keyfiles import KeyFileError
    from sync_server.config import Config
    from sync_server.context import ServerContext
    from sync_server.keys import create_keys
    create_keys(tmp_path / "other", "另一个中心")
    with pytest.raises(KeyFileError, match="not the keys of the server whose database this is"):
        ServerContext.open(Config(tmp_path / "other", server_config.database_url))
    ServerContext.open(server_config).close()   # its own folder still opens it


def test_the_workers_of_a_new_server_all_start_when_they_open_the_database_together(tmp_path, database_url):
    """`serve --workers N` on a database no worker had opened: each worker records the server's key on its
    first opening, and all of them at once must not fail (gunicorn stops when a worker cannot boot)."""
    import threading

    from sync_server.config import Config
    from sync_server.context import _keys_belong
    from sync_server.db import make_engine, migrate
    from sync_server.keys import create_keys, load_keys
    config = Config(tmp_path / "server", database_url)
    create_keys(config.instance_dir, "新中心")
    engines = [make_engine(config.database_url) for _ in range(4)]   # one per worker process
    migrate(engines[0])   # as `init` of an earlier release left it, and as `serve --workers` migrates first
    keys = load_keys(config.instance_dir)
    problems: list[BaseException] = []
    start = threading.Barrier(4)

    def worker(engine) -> None:
        try:
            start.wait(10)
            _keys_belong(engine, keys, config)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            problems.append(exc)
    threads = [threading.Thread(target=worker, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    for engine in engines:
        engine.dispose()
    assert problems == []


@pytest.mark.skipif(not os.environ.get("XUEFA_TEST_DATABASE_URL"), reason="needs the test PostgreSQL")
def test_a_wrong_password_or_database_name_is_said_as_such_not_as_postgresql_being_down(server_config):
    """A wrong password was said as "is PostgreSQL running, and is the address right?" (a second round of
    issue 17): the IT clerk went to restart a server that was running. Each refusal by a real PostgreSQL is
    said by its kind; no answer at all is still the first question."""
    import re as regex
    url = os.environ["XUEFA_TEST_DATABASE_URL"]
    cases = [(regex.sub(r":[^:@/]*@", ":wrong-password@", url), "refused the user name or password"),
             (url.rsplit("/", 1)[0] + "/xuefa_no_such_db", "does not exist on that PostgreSQL"),
             ("postgresql+psycopg://x:y@127.0.0.1:9/none", "is PostgreSQL running")]
    for address, words in cases:
        said = subprocess.run([sys.executable, "-m", "sync_server.cli", "--lang", "en", "--instance",
                               str(server_config.instance_dir), "status"], cwd=ROOT, capture_output=True,
                              text=True, timeout=120, env={**os.environ, "XUEFA_DATABASE_URL": address})
        assert said.returncode == 1 and words in said.stderr and "XUEFA_DATABASE_URL" in said.stderr, said.stderr
        assert "Traceback" not in said.stderr
