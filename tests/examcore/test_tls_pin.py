"""Certificate pins as people read and type them, and which addresses a client may use at all."""
from __future__ import annotations

import hashlib

import pytest

from examcore.tls_pin import (FULL, SHORT, PinError, Pins, check_transport, fingerprint_of, parse_fingerprint, show,
                              split_code)


def test_a_fingerprint_is_the_sha256_in_base32_and_reads_back_however_it_is_typed():
    pin = fingerprint_of(b"certificate bytes")
    assert len(pin) == FULL
    assert int(hashlib.sha256(b"certificate bytes").hexdigest(), 16) << 4 == \
        int("".join(f"{'0123456789ABCDEFGHJKMNPQRSTVWXYZ'.index(c):05b}" for c in pin), 2)
    typed = show(pin).lower().replace("0", "o").replace("1", "l")   # O for 0, l for 1: read as meant
    assert parse_fingerprint(typed) == pin
    assert parse_fingerprint(show(pin[:SHORT])) == pin[:SHORT]
    for bad in ("", "ABC", pin + "0", "U" * 20, "!" * 20):
        with pytest.raises(PinError):
            parse_fingerprint(bad)


def test_a_code_carries_the_short_fingerprint_and_a_pin_accepts_current_next_or_a_prefix():
    pin = fingerprint_of(b"x")
    one_time, carried = split_code("djnnt-3xtej " + " ".join(pin[i:i + 5] for i in range(0, SHORT, 5)))
    assert (one_time, carried) == ("DJNNT3XTEJ", pin[:SHORT])
    assert split_code("DJNNT-3XTEJ") == ("DJNNT3XTEJ", None)
    with pytest.raises(PinError):
        split_code("DJNNT-3XTEJ-GA1GS")
    other = fingerprint_of(b"y")
    assert Pins(carried).accepts(pin) and not Pins(carried).accepts(other)
    assert Pins(pin, other).accepts(other) and not Pins(pin).accepts(other)


@pytest.mark.parametrize("url, pins, code", [
    ("http://192.168.1.10:8470", None, "plain_http"),
    ("http://centre.example:8470", Pins("0" * 52), "plain_http"),
    ("https://192.168.1.10:8470", None, "no_pin"),
    ("ftp://192.168.1.10", None, "plain_http"),
])
def test_plain_http_off_loopback_and_https_without_a_pin_are_refused(url, pins, code):
    with pytest.raises(PinError) as err:
        check_transport(url, pins)
    assert err.value.code == code


def test_loopback_may_be_plain_http():
    for url in ("http://127.0.0.1:8470", "http://localhost:1", "http://[::1]:8470"):
        check_transport(url, None)
    check_transport("https://192.168.1.10:8470", Pins("0" * 20))


@pytest.mark.parametrize("proxy", ["http://[::1", "http://127.0.0.1:99999", "http://127.0.0.1:abc", "socks5://h:1080",
                                   "https://h:3128", "h:3128", "http://h", "http://h:3128/path"])
def test_a_proxy_that_is_not_http_host_port_is_refused_in_words(proxy):
    from examcore.tls_pin import session_for
    with pytest.raises(PinError) as refused:
        session_for("https://192.168.1.10:8470", Pins("A" * 52), proxy=proxy)
    assert refused.value.code == "bad_proxy"


def test_no_client_takes_the_systems_proxy(monkeypatch):
    from examcore.tls_pin import session_for
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    session = session_for("https://192.168.1.10:8470", Pins("A" * 52))
    assert session.trust_env is False and session.proxies == {}
    named = session_for("https://192.168.1.10:8470", Pins("A" * 52), proxy="http://10.1.1.1:3128")
    assert named.proxies == {"http": "http://10.1.1.1:3128", "https": "http://10.1.1.1:3128"}


def test_every_pinned_connection_shares_one_context_without_a_ca_store():
    """urllib3 made a TLS context per connection and loaded the system's CA certificates into it (38 ms of
    CPU each, against 3 ms for the handshake and request): pinned sessions share one context, which holds
    no CA (the pin decides) and speaks TLS 1.2 or newer, through a proxy too."""
    import ssl

    from examcore.tls_pin import pinned_context, session_for
    url = "https://192.0.2.10:8470"
    context = pinned_context()
    assert context.cert_store_stats()["x509_ca"] == 0 and context.verify_mode == ssl.CERT_NONE
    assert context.minimum_version == ssl.TLSVersion.TLSv1_2
    for proxy in (None, "http://192.0.2.1:3128"):
        with session_for(url, Pins("A" * 52), proxy=proxy) as session:
            adapter = session.get_adapter(url)
            manager = adapter.proxy_manager_for(proxy) if proxy else adapter.poolmanager
            assert manager.connection_pool_kw["ssl_context"] is context
