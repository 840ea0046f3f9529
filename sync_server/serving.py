"""Running the WSGI app: cheroot (CherryPy's pure-Python server) on any system, HTTPS with the instance's
certificate, or plain HTTP on loopback / behind a proxy that terminates TLS.

Why cheroot: waitress has no TLS. cheroot runs on Windows and Linux, is pure Python, is maintained with
CherryPy, speaks TLS through the standard ssl module, and parks idle keep-alive connections in a selector
(not a thread each), so a room of 300 stations holding connections costs no threads. Two settings matter
for that: ``keep_alive_conn_limit`` (cheroot keeps only 10 idle connections by default) and the listen
backlog (5 by default: a room connecting at once would wait for SYN retries).

cheroot does the TLS handshake in its one accepting thread; a client that connects and sends nothing
would stall every other connection for the socket timeout. Here the handshake is deferred to the worker
thread that serves the connection's first request, like any slow request."""
from __future__ import annotations

import gc
import ipaddress
import logging
import ssl
from collections.abc import Callable

from cheroot import server as cheroot_server
from cheroot.ssl.builtin import BuiltinSSLAdapter
from cheroot.wsgi import Server

from sync_server.tls import TlsFiles

log = logging.getLogger(__name__)


# the youngest generation of Python's cyclic garbage collector is collected after this many new container
# objects instead of 700 (bench/province_bench: a result's ingest makes thousands of short-lived dicts and lists,
# and each collection also walks a batch's live ones; about 0.1-0.15 ms of 1.2-1.3 ms of CPU per result)
YOUNG_COLLECTION_THRESHOLD = 20_000


def tune_collector() -> None:
    """Set this serving process's garbage collector (each gunicorn worker calls it after loading the app).
    Reference counting frees almost everything at once; the collector only finds cycles, and at most
    20,000 objects' worth of them wait a little longer."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, middle, old)


def is_loopback_host(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _DeferredHandshakeAdapter(BuiltinSSLAdapter):
    def __init__(self, tls: TlsFiles):
        super().__init__(str(tls.cert), str(tls.key))
        self.context.minimum_version = ssl.TLSVersion.TLSv1_2

    def wrap(self, sock):
        return self.context.wrap_socket(sock, do_handshake_on_connect=False, server_side=True), \
            {"wsgi.url_scheme": "https", "HTTPS": "on"}

    def get_environ(self, sock):
        return {"wsgi.url_scheme": "https", "HTTPS": "on"}


class _TlsConnection(cheroot_server.HTTPConnection):
    _handshaken = False

    def communicate(self):
        if not self._handshaken:
            try:
                self.socket.do_handshake()
            except (OSError, ValueError) as exc:   # a plain-HTTP client, a port scan, a timeout: just close
                log.debug("TLS handshake with %s failed: %s", self.remote_addr, exc)
                return False
            self._handshaken = True
        return super().communicate()


class _LoggingServer(Server):
    def error_log(self, msg="", level=logging.INFO, traceback=False):
        # cheroot writes these to stderr; a console paused by a click (Windows QuickEdit) would block
        # the thread that writes, and every request behind it (sync_server/service.py)
        log.log(level, "%s", msg, exc_info=traceback)


def make_server(app, host: str, port: int, threads: int, connections: int, tls: TlsFiles | None) -> Server:
    server = _LoggingServer((host, port), app, numthreads=threads, server_name="xuefa",
                            request_queue_size=max(128, min(connections, 1024)), timeout=30)
    server.keep_alive_conn_limit = connections
    if tls is not None:
        server.ssl_adapter = _DeferredHandshakeAdapter(tls)
        server.ConnectionClass = _TlsConnection
    return server


class PortError(OSError):
    """The address cannot be listened on (another program holds the port, or the address is not this PC's)."""


def check_port(host: str, port: int) -> None:
    """Bind ``host:port`` for a moment as a server would (SO_REUSEADDR, as gunicorn and cheroot set it), so
    `serve --workers` refuses a port in use in words before it says "serving on" (gunicorn only retries and
    writes its log). Raises PortError when the address cannot be listened on."""
    import socket
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except OSError as exc:
        raise PortError(exc.errno, str(exc)) from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
            probe.listen(1)
        except OSError as exc:
            raise PortError(exc.errno, str(exc)) from exc


def serve(app, host: str, port: int, threads: int, connections: int, tls: TlsFiles | None,
          ready: Callable[[], None] | None = None) -> None:
    """Listen, call ``ready()`` once listening (not before: "serving on" must be true), serve until
    stopped. Raises PortError when the address cannot be listened on."""
    server = make_server(app, host, port, threads, connections, tls)
    try:
        try:
            server.prepare()   # binds and listens
        except OSError as exc:
            raise PortError(exc.errno, str(exc)) from exc
        if ready is not None:
            ready()
        server.serve()
    finally:
        server.stop()
