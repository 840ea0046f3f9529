"""This server's TLS certificate, in the instance folder: an ECDSA P-256 key (0600) and a self-signed
certificate that clients pin by fingerprint (examcore.tls_pin), so no CA is involved.

Rotation keeps stations connected: `tls rotate` makes the next certificate and announces its fingerprint
in the signed change feed; stations and lower servers then accept it too. `tls rotate --switch` makes it
the current one (restart `serve`); clients meeting it drop the old pin."""
from __future__ import annotations

import ipaddress
import os
import socket
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from examcore.cli_text import cli_tr

from examcore.private_files import write_private
from examcore.tls_pin import fingerprint_of

KEY, CERT = "server-tls.key", "server-tls.crt"
NEXT_KEY, NEXT_CERT = "server-tls.next.key", "server-tls.next.crt"
VALID_DAYS = 3650   # pinned, not CA-checked: rotation is a command, not an expiry date


class TlsError(Exception):
    """What is wrong with the instance's certificate files, as a sentence in the user's language."""


@dataclass(frozen=True)
class TlsFiles:
    key: Path
    cert: Path

    @property
    def fingerprint(self) -> str:
        return certificate_fingerprint(self.cert)


def current(folder: Path) -> TlsFiles | None:
    files = TlsFiles(folder / KEY, folder / CERT)
    return files if files.key.is_file() and files.cert.is_file() else None


def staged(folder: Path) -> TlsFiles | None:
    files = TlsFiles(folder / NEXT_KEY, folder / NEXT_CERT)
    return files if files.key.is_file() and files.cert.is_file() else None


def certificate_fingerprint(path: Path) -> str:
    cert = x509.load_pem_x509_certificate(path.read_bytes())
    return fingerprint_of(cert.public_bytes(serialization.Encoding.DER))


def _names(hostnames: tuple[str, ...]) -> list[x509.GeneralName]:
    out: list[x509.GeneralName] = []
    for name in ("localhost", "127.0.0.1", "::1", socket.gethostname(), *hostnames):
        try:
            entry: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(name))
        except ValueError:
            entry = x509.DNSName(name)
        if name and entry not in out:
            out.append(entry)
    return out


def make_certificate(key_path: Path, cert_path: Path, server_name: str, hostnames: tuple[str, ...] = (),
                     now: datetime | None = None) -> TlsFiles:
    """A new P-256 key and self-signed certificate naming localhost, 127.0.0.1, this host and
    ``hostnames`` (names or IP addresses the clients use)."""
    now = now or datetime.now(timezone.utc)
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, (server_name or "xuefa")[:64]),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Xuefa sync server")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=VALID_DAYS))
            .add_extension(x509.SubjectAlternativeName(_names(hostnames)), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    write_private(key_path, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    write_private(cert_path, cert.public_bytes(serialization.Encoding.PEM))   # the instance folder: owner-only
    return TlsFiles(key_path, cert_path)


def create(folder: Path, server_name: str, hostnames: tuple[str, ...] = ()) -> TlsFiles:
    """The instance's first certificate. Raises TlsError if it already has one (rotate instead)."""
    if current(folder) is not None:
        raise TlsError(cli_tr("{folder} already has a TLS certificate; replace it with `xuefa-server tls rotate`")
                       .format(folder=folder))
    return make_certificate(folder / KEY, folder / CERT, server_name, hostnames)


def required(folder: Path) -> TlsFiles:
    """The current certificate; TlsError if the server has none yet."""
    files = current(folder)
    if files is None:
        raise TlsError(cli_tr("{folder} has no TLS certificate yet: `xuefa-server tls create`").format(folder=folder))
    return files


def stage_next(folder: Path, server_name: str, hostnames: tuple[str, ...] = ()) -> TlsFiles:
    """The next certificate, beside the current one (made again if one is already staged)."""
    required(folder)
    return make_certificate(folder / NEXT_KEY, folder / NEXT_CERT, server_name, hostnames)


def switch(folder: Path) -> TlsFiles:
    """The staged certificate becomes the current one; the old one is kept as server-tls.old.*."""
    nxt = staged(folder)
    if nxt is None:
        raise TlsError(cli_tr("no next certificate is staged: run `xuefa-server tls rotate` first"))
    for name, new in ((KEY, NEXT_KEY), (CERT, NEXT_CERT)):
        old = folder / name
        if old.exists():
            os.replace(old, folder / name.replace("server-tls.", "server-tls.old."))
        os.replace(folder / new, old)
    return TlsFiles(folder / KEY, folder / CERT)
