"""A server left running for weeks (issue 23): after its one start-up line it writes nothing to the
console (a console paused by a click froze it), everything goes to a rotating log file; Windows gets no
more connections than its select() holds, and a PC that stays awake while it serves."""
from __future__ import annotations

import logging
import socket
import threading

import pytest

from sync_server import service
from sync_server.serving import make_server
from tests.server_fixtures import serve_anywhere


@pytest.fixture
def log_file(tmp_path):
    """log_to_files for this test only: the process's logging and thread hook put back afterwards."""
    hook = threading.excepthook
    path = service.log_to_files(tmp_path / "instance")
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "xuefa_server_log", False)]:
        root.removeHandler(handler)
        handler.close()
    threading.excepthook = hook
    logging.captureWarnings(False)


def test_log_records_cheroots_errors_and_dead_threads_go_to_the_file_not_the_console(log_file, capfd):
    logging.getLogger("sync_server.results.ingest").warning("result %s: events cannot be read", "r-1")
    server = make_server(lambda environ, start: [], "127.0.0.1", 0, 1, 10, None)
    server.error_log("socket.error in accept", logging.ERROR)

    def dies() -> None:
        raise RuntimeError("a worker thread died")
    t = threading.Thread(target=dies, name="worker-7")
    t.start()
    t.join()
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "result r-1: events cannot be read" in text and "socket.error in accept" in text
    assert "thread worker-7 died" in text and "RuntimeError: a worker thread died" in text
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert log_file.parent.name == "logs" and (log_file.parent.stat().st_mode & 0o077) == 0
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "xuefa_server_log", False))
    assert (handler.maxBytes, handler.backupCount) == (service.LOG_BYTES, service.LOG_BACKUPS)


def test_serve_writes_one_line_to_the_console_then_only_to_its_log(server_config, server):
    from sync_server.tls import create
    create(server_config.instance_dir, server.keys.name)
    proc, url = serve_anywhere(server_config.instance_dir, tls=True)
    try:
        port = int(url.rsplit(":", 1)[1])
        for _ in range(3):   # plain HTTP to the TLS port, and a client that hangs up mid-handshake
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                raw.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                raw.sendall(b"\x16\x03\x01\x00\x05hello")
    finally:
        proc.terminate()
        proc.wait(10)
    proc.log.seek(0)   # the process's stderr (stdout is not read: serve prints nothing there)
    console = proc.log.read().decode("utf-8", errors="replace").splitlines()
    proc.log.close()
    assert len(console) == 1 and console[0].startswith("serving on https://127.0.0.1:"), console
    log = (server_config.instance_dir / "logs" / "server.log").read_text(encoding="utf-8")
    assert str(server_config.instance_dir / "logs" / "server.log") in console[0]
    assert "serving on https://127.0.0.1:" in log


@pytest.mark.parametrize("platform, asked, allowed", [("win32", 2000, 500), ("win32", 300, 300),
                                                      ("linux", 2000, 2000)])
def test_windows_gets_no_more_connections_than_its_select_holds(platform, asked, allowed):
    assert service.connection_limit(asked, platform) == allowed


class FakeKernel32:
    def __init__(self, answer: int = 1):
        self.calls: list[int] = []
        self.answer = answer

    def SetThreadExecutionState(self, flags: int) -> int:   # noqa: N802  (the Windows name)
        self.calls.append(flags)
        return self.answer


def test_the_pc_is_kept_awake_while_serving_on_windows_and_let_go_after():
    kernel = FakeKernel32()
    with service.awake("win32", kernel) as held:
        assert held and kernel.calls == [service.ES_CONTINUOUS | service.ES_SYSTEM_REQUIRED]
    assert kernel.calls[-1] == service.ES_CONTINUOUS   # back to the PC's own power settings
    with service.awake("linux", kernel) as held:
        assert not held
    refused = FakeKernel32(answer=0)
    with service.awake("win32", refused) as held:
        assert not held


def test_a_serving_process_collects_young_garbage_less_often():
    """bench/province_bench: ingest makes thousands of short-lived dicts per result; collecting the youngest
    generation every 700 of them cost about a tenth of a worker's CPU (issue 17)."""
    import gc

    from sync_server.serving import YOUNG_COLLECTION_THRESHOLD, tune_collector
    before = gc.get_threshold()
    try:
        tune_collector()
        assert gc.get_threshold() == (YOUNG_COLLECTION_THRESHOLD, before[1], before[2])
        assert YOUNG_COLLECTION_THRESHOLD >= 10 * before[0]
    finally:
        gc.set_threshold(*before)
