"""One server on several hosts behind a real reverse proxy, as docs/server.md lays out a province: nginx
(Debian's package, installed by build_scripts/ensure_test_tools.sh) terminates TLS with the instance's
certificate and passes each request, round robin, to one of N `xuefa-server serve --behind-proxy`
processes, each on its own loopback address (127.0.0.2, 127.0.0.3, …) with its own copy of one instance
folder (keys, certificate, config.json), all on one PostgreSQL database.

Used by tests/e2e/test_province_hosts.py and bench/server_bench.py."""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.server_fixtures import serve_process, stop_process

NGINX_CONF = """\
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
{user}
events {{ worker_connections 2048; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
{site}
}}
"""

# the lines docs/server.md gives for a province (its `http {{ … }}` part); kept here word for word
SITE = """\
    upstream xuefa {{
{servers}
    }}
    server {{
        listen {listen} ssl;
        ssl_certificate     {instance}/server-tls.crt;
        ssl_certificate_key {instance}/server-tls.key;
        client_max_body_size 64m;          # a relay's chunk of 200 envelopes is about 3 MB
        client_body_buffer_size 64m;       # kept in memory: a chunk is passed on whole
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $remote_addr;   # the client's own address, for the limits
        proxy_read_timeout 120s;
        location / {{
            proxy_pass http://xuefa;
            proxy_next_upstream error timeout http_502 http_503 http_504;
        }}
        # what stations and lower servers send: safe to send again to another host (results and records
        # by their ids; a nonce taken by the first host is refused as replayed and signed anew)
        location ~ ^/api/v1/(results|relay|sync|sittings/check-in) {{
            proxy_pass http://xuefa;
            proxy_next_upstream error timeout http_502 http_503 http_504 non_idempotent;
        }}
        # a roster import makes each new learner's one-time password: minutes for a large roster
        location = /api/v1/admin/roster/import {{
            proxy_pass http://xuefa;
            proxy_read_timeout 3h;
        }}
    }}
"""


def nginx_site(listen: str, instance: Path, hosts: list[str]) -> str:
    """The proxy's site for ``hosts`` (host:port each): a host that fails once is left out for 10 s."""
    servers = "\n".join(f"        server {h} max_fails=1 fail_timeout=10s;" for h in hosts)
    return SITE.format(servers=servers, listen=listen, instance=instance)


@dataclass
class ProxiedHosts:
    """The running proxy and hosts; ``url`` is the proxy's (https), the address every client uses."""
    url: str
    hosts: list[subprocess.Popen]
    addresses: list[str]          # host:port of each, in the same order
    proxy: subprocess.Popen
    folder: Path
    stopped: set[int] = field(default_factory=set)

    def kill_host(self, n: int) -> None:
        """Host ``n`` stops at once, mid-request (SIGKILL), as a machine that loses power."""
        self.hosts[n].send_signal(signal.SIGKILL)
        self.hosts[n].wait(10)
        self.stopped.add(n)

    def close(self) -> None:
        self.proxy.send_signal(signal.SIGQUIT)   # nginx's graceful stop
        try:
            self.proxy.wait(10)
        except subprocess.TimeoutExpired:
            self.proxy.kill()
            self.proxy.wait(10)
        self.proxy.stderr.close()
        for n, proc in enumerate(self.hosts):
            if n in self.stopped:
                proc.log.close()
            else:
                stop_process(proc)

    def proxy_log(self) -> str:
        path = self.folder / "error.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _free_port(address: str) -> int:
    with socket.socket() as s:
        s.bind((address, 0))
        return s.getsockname()[1]


def start(instance: Path, work: Path, count: int = 2, threads: int = 16) -> ProxiedHosts:
    """Copy ``instance`` (which must have its TLS certificate and a PostgreSQL database URL) to ``count``
    host folders under ``work``, serve each on 127.0.0.(2+n), and nginx in front on 127.0.0.1."""
    import os

    import requests

    from examcore.tls_pin import Pins, session_for
    from sync_server import tls as server_tls
    files = server_tls.current(instance)
    assert files is not None, "the instance needs its certificate: sync_server.tls.create"
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    hosts, addresses = [], []
    try:
        for n in range(count):
            address = f"127.0.0.{n + 2}"
            folder = work / f"host-{n + 1}"
            shutil.copytree(instance, folder, ignore=shutil.ignore_patterns("logs", "*.log"))
            port = _free_port(address)
            proc, _ = serve_process(folder, port, extra=("--behind-proxy", "--threads", str(threads)), host=address)
            hosts.append(proc)
            addresses.append(f"{address}:{port}")
        proxy_folder = work / "nginx"
        proxy_folder.mkdir()
        listen = f"127.0.0.1:{_free_port('127.0.0.1')}"
        user = "user root root;" if os.geteuid() == 0 else ""   # its workers read the files the test made
        conf = proxy_folder / "nginx.conf"
        conf.write_text(NGINX_CONF.format(folder=proxy_folder, user=user,
                                          site=nginx_site(listen, instance, addresses)), encoding="utf-8")
        proxy = subprocess.Popen([nginx, "-p", str(proxy_folder), "-e", str(proxy_folder / "error.log"),
                                  "-c", str(conf), "-g", "daemon off;"], stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
    except BaseException:
        for proc in hosts:
            stop_process(proc)
        raise
    url = f"https://{listen}"
    running = ProxiedHosts(url, hosts, addresses, proxy, proxy_folder)
    deadline = time.monotonic() + 30
    while True:
        try:
            with session_for(url, Pins(files.fingerprint)) as http:
                if http.get(url + "/api/v1/health", timeout=1).status_code == 200:
                    return running
        except requests.RequestException:
            pass
        if time.monotonic() > deadline or proxy.poll() is not None:
            problem = proxy.stderr.read().decode(errors="replace") if proxy.poll() is not None else ""
            running.close()
            raise RuntimeError(f"nginx did not start: {problem} {running.proxy_log()}")
        time.sleep(0.1)
