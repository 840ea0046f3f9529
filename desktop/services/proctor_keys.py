"""The proctor keys this station holds, one per package: what checks a proctor's offline code (extra time,
pause, resume, a start with the clock behind; examcore.proctor_codes).

A station holds only its own key (``proctor_codes.station_key``), derived from the package's proctor key,
so one station's key makes no code for another (issue 14). The package's key is not in what the start
code opens (a whole room hears the start code). A station gets its key
- from the centre server, which derives it and seals it to the station's one-time key beside a sitting's
  content key, or
- once from the proctor password typed at this station (the slow argon2id unwrap of the package header,
  then the derivation; the package's key is not kept).
It is kept wrapped by the station's storage key (the key service), like an attempt's keys, so a copy of the
data folder or the learner's own program cannot read it. A package made before the proctor key has no
codes at all (its old code key hung on the content key): rebuild it.
"""
from __future__ import annotations

import logging

from sqlalchemy import delete
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Setting
from desktop.store.station_keys import StationKeys
from examcore import canonical
from examcore.errors import PackageError
from examcore.package import PackageHeader
from examcore.proctor_codes import CODE_LEN, normalize, station_code, station_code_ok, station_key

log = logging.getLogger(__name__)


def _setting_key(package_id: str) -> str:
    return f"proctor_station_key:{package_id}"


def _old_setting_key(package_id: str) -> str:   # a station of before December 2026 kept the package's key
    return f"proctor_key:{package_id}"


class ProctorKeys:
    def __init__(self, sessions: sessionmaker[Session], keys: StationKeys):
        self._sessions, self._keys = sessions, keys

    def held(self, header: PackageHeader, content_key: bytes | None) -> bytes | None:
        """The key that checks codes for this package here, or None (the station has not been given it)."""
        if not header.has_proctor_key:
            return None
        with self._sessions() as s:
            row = s.get(Setting, _setting_key(header.package_id))
            old = s.get(Setting, _old_setting_key(header.package_id)) if row is None else None
        if row is not None:
            return self._keys.unwrap(canonical.b64d(row.value), _setting_key(header.package_id))
        if old is None:
            return None
        # kept by an earlier version: this station's own key from it, and the package's key no longer kept
        mine = station_key(self._keys.unwrap(canonical.b64d(old.value), _old_setting_key(header.package_id)),
                           self._keys.device_id)
        self.remember(header.package_id, mine)
        with self._sessions.begin() as s:
            s.execute(delete(Setting).where(Setting.key == _old_setting_key(header.package_id)))
        return mine

    def remember(self, package_id: str, key: bytes) -> None:
        """Keep this station's proctor key of a package (released by the server, or derived here from the
        package's key that the proctor password opened)."""
        blob = canonical.b64e(self._keys.wrap(key, _setting_key(package_id)))
        with self._sessions.begin() as s:
            s.merge(Setting(key=_setting_key(package_id), value=blob))

    def from_password(self, header: PackageHeader, password: str) -> bytes | None:
        """This station's proctor key when ``password`` is the package's proctor password (then it is kept;
        the package's key it came from is not), else None. Slow on purpose (argon2id, about half a second)."""
        if not header.has_proctor_key or not password.strip():
            return None
        try:
            key = header.unwrap_proctor_key(password)
        except PackageError as exc:
            if exc.code != "wrong_proctor_password":
                log.warning("the package's proctor key cannot be opened: %s %s", exc.code, exc.detail)
            return None
        mine = station_key(key, self._keys.device_id)
        self.remember(header.package_id, mine)
        return mine

    def check(self, header: PackageHeader, content_key: bytes | None, action: str, challenge: str,
              code: str = "", password: str = "", argument: int = 0) -> str | None:
        """The proctor's approval of ``action`` for ``challenge``: the code (normalised) to keep as proof in
        the chain, or None when neither the code nor the proctor password is right.

        ``code``: what the proctor tool made for the challenge; ``password``: the proctor password, typed
        at this station instead (then the station makes the code itself, so the servers verify it the same
        way). A code needs the key this station holds; with none, only the password helps."""
        key = self.held(header, content_key)
        if code.strip():
            return normalize(code, CODE_LEN) if key is not None and station_code_ok(key, action, challenge, code,
                                                                                     argument) else None
        key = self.from_password(header, password)
        return normalize(station_code(key, action, challenge, argument), CODE_LEN) if key is not None else None
