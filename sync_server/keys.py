"""This server's own keys, in the instance folder: Ed25519 to sign receipts and certificates, X25519 to
open the sealed results and packages addressed to it."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from examcore.cli_text import cli_tr
from examcore.crypto.keys import ResultKey, SigningKey, fingerprint
from examcore.keyfiles import (KeyFileError, load_result_key, load_signing_key, public_key_file_text,
                               save_result_key, save_signing_key)
from examcore.package import Recipient

SIGNING = "server-signing.key"
RESULTS = "server-results.key"



@dataclass(frozen=True)
class UpstreamIdentity:
    """How this server appears to its upstream: a device whose key is this server's signing key
    (sync_server/upstream/relay.py ``identity``)."""

    device_id: str
    device_key: SigningKey


@dataclass(frozen=True)
class ServerKeys:
    name: str
    signing: SigningKey
    results: ResultKey

    @cached_property
    def server_id(self) -> str:
        """The signing key's fingerprint (asked once per result a server receipts)."""
        return fingerprint(self.signing.public_raw())

    def recipient(self) -> Recipient:
        return Recipient(self.name, self.results.public_raw())


def create_keys(folder: Path, name: str) -> ServerKeys:
    from examcore.private_files import private_folder
    private_folder(folder)   # keys, config and the database: the server's account only
    keys = ServerKeys(name, SigningKey.generate(), ResultKey.generate())
    save_signing_key(folder / SIGNING, keys.signing, name)
    (folder / (SIGNING + ".pub")).write_text(public_key_file_text(keys.signing, name), encoding="utf-8")
    save_result_key(folder / RESULTS, folder / (RESULTS + ".pub"), keys.results, name)
    return keys


def load_keys(folder: Path) -> ServerKeys:
    if not (folder / SIGNING).exists():
        raise KeyFileError(cli_tr("no server keys in {folder}: if the server is elsewhere, give its folder with "
                                  "--instance (or XUEFA_SERVER_DIR); a new server is made there with `xuefa-server "
                                  "init`").format(folder=folder))
    signing, name = load_signing_key(folder / SIGNING)
    return ServerKeys(name, signing, load_result_key(folder / RESULTS))
