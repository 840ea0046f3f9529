"""Key files of issuers and result recipients: small JSON files, private ones written owner-only."""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from examcore import canonical
from examcore.cli_text import cli_tr
from examcore.crypto.keys import ResultKey, SigningKey, fingerprint
from examcore.package import Recipient
from examcore.private_files import make_private

log = logging.getLogger(__name__)


class KeyFileError(ValueError):
    pass


def _write_private(path: Path, data: dict) -> None:
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
    make_private(path)   # the mode is already owner-only on POSIX; on Windows this sets the ACL


def _read(path: Path, kind: str) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.info("%s: %s", path, exc)
        raise KeyFileError(cli_tr("{path} cannot be read as a key file: put back the copy from the last "
                                  "backup").format(path=path)) from exc
    if not isinstance(data, dict) or data.get("kind") != kind:
        raise KeyFileError(cli_tr("{path} is not a key file of the kind needed here ({kind})").format(
            path=path, kind=kind))
    return data


def _damaged(path: Path) -> KeyFileError:
    return KeyFileError(cli_tr("{path} is damaged: put back the copy from the last backup").format(path=path))


def _key_bytes(path: Path, data: dict, field: str) -> bytes:
    """A key file's base64 field; a file whose field is missing or not base64 is damaged."""
    try:
        return canonical.b64d(data[field])
    except (KeyError, TypeError, ValueError) as exc:
        log.info("%s: %s %s", path, field, exc)
        raise _damaged(path) from exc


def save_signing_key(path: Path, key: SigningKey, name: str) -> None:
    _write_private(path, {"kind": "xuefa-signing-key", "name": name, "private": canonical.b64e(key.raw()),
                          "fingerprint": fingerprint(key.public_raw())})


def load_signing_key(path: Path) -> tuple[SigningKey, str]:
    data = _read(path, "xuefa-signing-key")
    try:
        return SigningKey.from_raw(_key_bytes(path, data, "private")), str(data.get("name", ""))
    except ValueError as exc:   # not a key of the right length
        raise _damaged(path) from exc


def save_result_key(private_path: Path, public_path: Path, key: ResultKey, name: str) -> None:
    _write_private(private_path, {"kind": "xuefa-result-key", "name": name,
                                  "private": canonical.b64e(key.raw()),
                                  "fingerprint": fingerprint(key.public_raw())})
    Path(public_path).write_text(json.dumps(
        {"kind": "xuefa-result-public-key", "name": name, "public": canonical.b64e(key.public_raw()),
         "fingerprint": fingerprint(key.public_raw())}, ensure_ascii=False, indent=1), encoding="utf-8")


def load_result_key(path: Path) -> ResultKey:
    try:
        return ResultKey.from_raw(_key_bytes(path, _read(path, "xuefa-result-key"), "private"))
    except ValueError as exc:   # not a key of the right length
        raise _damaged(path) from exc


def load_recipient(path: Path) -> Recipient:
    data = _read(path, "xuefa-result-public-key")
    return Recipient(str(data["name"]), canonical.b64d(data["public"]))


def public_key_file_text(key: SigningKey, name: str) -> str:
    return json.dumps({"kind": "xuefa-signing-public-key", "name": name,
                       "public": canonical.b64e(key.public_raw()), "fingerprint": fingerprint(key.public_raw())},
                      ensure_ascii=False, indent=1)


def load_signing_public(path: Path) -> tuple[bytes, str]:
    """The raw Ed25519 public key and name from an issuer or server public key file."""
    data = _read(path, "xuefa-signing-public-key")
    return _key_bytes(path, data, "public"), str(data.get("name", ""))
