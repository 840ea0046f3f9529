"""Pinning a Xuefa server's TLS certificate: every client (station sync, enrolment, admin window, proctor
console, a lower server's relay) talks HTTPS only to the certificate whose SHA-256 fingerprint it was given.

A pin replaces CA and host-name checks: the servers use self-signed certificates made at `init`, and the
fingerprint reaches the client by a trusted path (the enrolment code, the room file, `set-upstream`). The
check runs in the connection right after the TLS handshake, where urllib3's own ``assert_fingerprint``
runs; it is done here rather than by ``assert_fingerprint`` because a client may hold two pins (the
current certificate and the next one a rotation announced) and enrolment checks a prefix (the part of the
fingerprint an enrolment code carries).

Fingerprints are written in Crockford's base32 (no I, L, O, U to misread): 52 characters for the whole
SHA-256, shown in groups of four; an enrolment code carries the first 20 (100 bits, far beyond what anyone
could match by trying certificates in the hours a code lives).

Plain HTTP is allowed only to a loopback address (127.0.0.0/8, ::1, localhost)."""
from __future__ import annotations

import functools
import hashlib
import ipaddress
import ssl
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

from examcore.cli_text import Words

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"   # Crockford's base32
FULL = 52            # characters of a whole SHA-256 fingerprint
SHORT = 20           # characters an enrolment code carries
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1"})


class PinError(ValueError):
    """A fingerprint or address that cannot be used. codes: bad_fingerprint, no_pin, plain_http, bad_proxy."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def fingerprint_of(der: bytes) -> str:
    """The pin of a certificate (DER bytes): SHA-256 in base32, 52 characters."""
    return _b32(hashlib.sha256(der).digest())


def _b32(data: bytes) -> str:
    bits = len(data) * 8
    chars = (bits + 4) // 5
    n = int.from_bytes(data, "big") << (chars * 5 - bits)
    return "".join(ALPHABET[(n >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def parse_fingerprint(text: str) -> str:
    """A typed fingerprint (any case, with dashes, spaces or colons; O read as 0, I and L as 1), whole
    or the 20-character short form. Raises PinError(bad_fingerprint)."""
    pin = "".join(ch for ch in text.upper() if ch not in " -:\t").translate(_READ_AS)
    if not SHORT <= len(pin) <= FULL or any(ch not in ALPHABET for ch in pin):
        raise PinError("bad_fingerprint", f"{text!r} is not a certificate fingerprint (20 to 52 letters and "
                                          "digits, as `xuefa-server tls show` prints it)")
    return pin


def show(pin: str) -> str:
    """A pin as people read it: groups of four."""
    return "-".join(pin[i:i + 4] for i in range(0, len(pin), 4))


def short(pin: str) -> str:
    return pin[:SHORT]


@dataclass(frozen=True)
class Pins:
    """The certificates a client accepts: ``current``, and ``next`` once a rotation announced it. Either
    may be a short prefix (enrolment), matched against the start of the fingerprint."""

    current: str
    next: str | None = None

    def accepts(self, fingerprint: str) -> bool:
        return any(p and fingerprint.startswith(p) for p in (self.current, self.next))


class CertificateMismatch(ssl.SSLError):
    """The server showed a certificate no pin accepts (raised inside the connection; find it in a
    requests exception with :func:`mismatch_in`)."""

    def __init__(self, seen: str, pins: Pins):
        super().__init__(f"the server's certificate {show(seen)} is not the pinned one {show(pins.current)}")
        self.seen, self.pins = seen, pins


def _pool_class(pins: Pins, on_seen: Callable[[str], None] | None) -> type[HTTPSConnectionPool]:
    class PinnedConnection(HTTPSConnection):
        def connect(self) -> None:
            super().connect()
            peer_certificate = getattr(self.sock, "getpeercert", None)   # SSLSocket, or urllib3's SSLTransport
            der = peer_certificate(binary_form=True) if peer_certificate is not None else None
            seen = fingerprint_of(der or b"")
            if der is None or not pins.accepts(seen):
                self.close()
                raise CertificateMismatch(seen, pins)
            self.is_verified = True   # verified by the pin, in place of a CA
            if on_seen is not None:
                on_seen(seen)

    class PinnedPool(HTTPSConnectionPool):
        ConnectionCls = PinnedConnection

    return PinnedPool


@functools.cache
def pinned_context() -> ssl.SSLContext:
    """The TLS client context of every pinned connection in this process, made once: TLS 1.2 or newer, and
    no CA store, since the pin decides (PinnedConnection checks it after the handshake). Without it urllib3
    makes a context for each connection and loads the system's CA certificates into it: 38 ms of CPU per
    connection, measured against 3 ms for the handshake and request themselves (a relay opens one per chunk)."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False   # a self-signed certificate, any address: the pin decides
    context.verify_mode = ssl.CERT_NONE
    return context


class PinnedAdapter(HTTPAdapter):
    """HTTPS only to a certificate ``pins`` accepts; ``on_seen(fingerprint)`` after each handshake (a
    client promotes an announced next pin to current when it first meets it)."""

    def __init__(self, pins: Pins, on_seen: Callable[[str], None] | None = None, **kw):
        self._pins, self._on_seen = pins, on_seen
        super().__init__(**kw)

    def init_poolmanager(self, connections, maxsize, block=False, **pool_kwargs):
        super().init_poolmanager(connections, maxsize, block, ssl_context=pinned_context(), **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pools()

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        # through a proxy the same pinned connections (tunnelled): else the proxy's pools would skip the pin
        manager = super().proxy_manager_for(proxy, ssl_context=pinned_context(), **proxy_kwargs)
        manager.pool_classes_by_scheme = self._pools()
        return manager

    def _pools(self) -> dict:
        return {"http": HTTPConnectionPool, "https": _pool_class(self._pins, self._on_seen)}

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        # no CA check and no host-name check: the pin decides (a self-signed certificate, any address)
        return super().send(request, stream=stream, timeout=timeout, verify=False, cert=cert, proxies=proxies)


def is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_transport(url: str, pins: Pins | None) -> None:
    """Raises PinError unless ``url`` may be used: https with a pin, or http to loopback."""
    scheme = urlsplit(url).scheme
    if scheme == "https":
        if pins is None or not pins.current:
            raise PinError("no_pin", f"no certificate fingerprint is known for {url}: it comes with the enrolment "
                                     "code, the room's enrolment file, or `xuefa-server tls show` on the server")
    elif scheme == "http":
        if not is_loopback(url):
            raise PinError("plain_http", Words("{url} is plain HTTP to another computer; Xuefa servers speak "
                                               "HTTPS off this PC: use https://", url=url))
    else:
        raise PinError("plain_http", Words("{url} is not a server address: it starts with https:// (or http:// on "
                                           "this PC)", url=url))


def session_for(url: str, pins: Pins | None, on_seen: Callable[[str], None] | None = None,
                proxy: str | None = None) -> requests.Session:
    """A requests session for the server at ``url``: pinned HTTPS, or plain HTTP on loopback. Raises
    PinError (see :func:`check_transport`, and bad_proxy for a ``proxy`` that is not http://host:port).

    The system's proxy (Windows Internet Options, the *_PROXY variables) never applies: Xuefa servers are
    on the LAN, and "bypass the proxy for local addresses" does not cover a dotted IP, so sync to
    192.168.x.x went to the proxy and failed as "cannot be reached" (issue 23). Only an explicit
    ``proxy`` (an upstream reached through the office's proxy) is used; through it the pin still decides:
    the proxy tunnels (CONNECT) and never sees inside TLS."""
    check_transport(url, pins)
    session = requests.Session()
    session.trust_env = False   # no system or environment proxies, no .netrc, no REQUESTS_CA_BUNDLE
    if proxy:
        try:
            parts = urlsplit(proxy)
            port = parts.port   # ValueError for a port that is not a number from 0 to 65535
        except ValueError:
            parts, port = None, None
        if parts is None or parts.scheme != "http" or not parts.hostname or not port or parts.path not in ("", "/"):
            raise PinError("bad_proxy", f"{proxy} is not a proxy address: give http://host:port")
        session.proxies = {"http": proxy, "https": proxy}
    if pins is not None:
        session.mount("https://", PinnedAdapter(pins, on_seen))
    else:
        session.mount("https://", _Refuse())
    return session


class _Refuse(HTTPAdapter):
    """No pin, no HTTPS (a redirect to https:// would otherwise be trusted on the CA's word)."""

    def send(self, request, *args, **kw):
        raise requests.exceptions.SSLError(PinError("no_pin", f"no certificate fingerprint for {request.url}"),
                                           request=request)


def mismatch_in(exc: BaseException) -> CertificateMismatch | None:
    """The CertificateMismatch behind a requests/urllib3 exception, if that is what it was."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        e = todo.pop()
        if not isinstance(e, BaseException) or id(e) in seen:
            continue
        seen.add(id(e))
        if isinstance(e, CertificateMismatch):
            return e
        todo += [e.__cause__, e.__context__, getattr(e, "reason", None), *e.args]
    return None


def mismatch_message(url: str, found: CertificateMismatch) -> str:
    """The plain answer when a server shows another certificate (English; the station's UI says it in
    Chinese by the error code ``certificate_changed``)."""
    return (f"the server at {url} shows a certificate ({show(found.seen)}) other than the one this computer "
            f"trusts ({show(found.pins.current)}): it may be another computer answering at that address. "
            "Nothing was sent. Ask the server's administrator: if the server's certificate was really replaced, "
            "enrol again with a new code (or its new fingerprint).")


def pins_from(values: Iterable[str | None]) -> Pins | None:
    """Pins from stored settings (current, next); None when there is no current pin."""
    current, nxt = (list(values) + [None, None])[:2]
    return Pins(current, nxt or None) if current else None


CODE_CHARS = 10   # the one-time part of an enrolment code (sync_server.devices.create_code)


def split_code(text: str) -> tuple[str, str | None]:
    """An enrolment code as typed: (the one-time code the server checks, the certificate pin it carries or
    None for a code without one). ``7K2QM-XD4RT-0C8ZV-M0Q3E-9TAVK-PWXY4`` -> ("7K2QMXD4RT", "0C8ZV…").
    Raises PinError(bad_fingerprint) for a code of another length."""
    plain = "".join(ch for ch in text.upper() if ch not in " -\t")
    if len(plain) == CODE_CHARS:
        return plain, None
    if len(plain) != CODE_CHARS + SHORT:
        raise PinError("bad_fingerprint", Words("an enrolment code has six groups of five characters; check it"))
    return plain[:CODE_CHARS], parse_fingerprint(plain[CODE_CHARS:])
