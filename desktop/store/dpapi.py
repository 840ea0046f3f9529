"""Station keys on Windows: the key file encrypted by DPAPI for this PC (machine scope) and kept in
%ProgramData%\\Xuefa\\keys, outside the learner's data folder. A copy of the data folder, or of the key file,
opens on no other PC. (Any account of this same PC can still ask DPAPI to open it: on Windows the learner's
own account is not kept out until the key helper runs as a service, docs/station-keys.md.)
Windows only; not exercised by the test suite, which runs on Linux."""
from __future__ import annotations

import ctypes
import os
from collections.abc import Callable
from pathlib import Path

from desktop.store.station_keys import PLAIN, KeyStoreError, LocalKeys, StationKeys, destroy_file
from examcore.cli_text import Words

CRYPTPROTECT_UI_FORBIDDEN = 0x1
CRYPTPROTECT_LOCAL_MACHINE = 0x4


class _Blob(ctypes.Structure):
    _fields_ = [("cbData", ctypes.c_uint32), ("pbData", ctypes.POINTER(ctypes.c_char))]


def _dpapi(data: bytes, protect: bool) -> bytes:
    crypt32 = ctypes.windll.crypt32     # type: ignore[attr-defined,unused-ignore]
    kernel32 = ctypes.windll.kernel32   # type: ignore[attr-defined,unused-ignore]
    buffer = ctypes.create_string_buffer(data, len(data))
    blob_in = _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))
    blob_out = _Blob()
    flags = CRYPTPROTECT_UI_FORBIDDEN | (CRYPTPROTECT_LOCAL_MACHINE if protect else 0)
    if protect:
        ok = crypt32.CryptProtectData(ctypes.byref(blob_in), "xuefa station keys", None, None, None, flags,
                                      ctypes.byref(blob_out))
    else:
        ok = crypt32.CryptUnprotectData(ctypes.byref(blob_in), None, None, None, None, flags,
                                        ctypes.byref(blob_out))
    if not ok:
        error = ctypes.GetLastError()  # type: ignore[attr-defined,unused-ignore]
        raise KeyStoreError(Words("Windows could not protect the station's keys (error {error})", error=error)
                            if protect else Words("Windows could not open the station's keys (error {error}): the "
                                                  "data folder was made on another PC or by another account",
                                                  error=error))
    try:
        return ctypes.string_at(blob_out.pbData, blob_out.cbData)
    finally:
        kernel32.LocalFree(blob_out.pbData)


def key_folder() -> Path:
    return Path(os.environ.get("ProgramData", r"C:\ProgramData")) / "Xuefa" / "keys"


def load_dpapi_keys(device_id: str) -> LocalKeys:
    path = key_folder() / f"{device_id}.dpapi"
    try:
        return LocalKeys.from_bytes(_dpapi(path.read_bytes(), protect=False), "dpapi")
    except FileNotFoundError:
        raise KeyStoreError(Words("the keys of {device_id} are not on this PC ({path}): the data folder was copied "
                                  "from another PC", device_id=device_id, path=str(path))) from None


def create_or_move_to_dpapi(data_dir: Path, write_marker: Callable[[Path, StationKeys], None]) -> LocalKeys:
    plain = data_dir / PLAIN
    keys = LocalKeys.from_bytes(plain.read_bytes(), "dpapi") if plain.exists() else LocalKeys.new("dpapi")
    folder = key_folder()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{keys.device_id}.dpapi"
    tmp = target.with_suffix(".tmp")
    tmp.write_bytes(_dpapi(keys.to_bytes(), protect=True))
    os.replace(tmp, target)
    write_marker(data_dir, keys)
    if plain.exists():
        destroy_file(plain)
    return keys
