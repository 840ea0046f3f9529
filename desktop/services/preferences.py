"""Station display preferences (font size, high contrast), kept in the station database."""
from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import Setting

FONT_SIZES = (12, 15, 18, 22)  # points; the second is the default at exam-centre viewing distance


class Preferences:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def _get(self, key: str, default: str) -> str:
        with self._sessions() as s:
            row = s.get(Setting, key)
            return row.value if row else default

    def _set(self, key: str, value: str) -> None:
        with self._sessions.begin() as s:
            row = s.get(Setting, key)
            if row:
                row.value = value
            else:
                s.add(Setting(key=key, value=value))

    @property
    def font_size(self) -> int:
        size = int(self._get("font_size", str(FONT_SIZES[1])))
        return size if size in FONT_SIZES else FONT_SIZES[1]

    @font_size.setter
    def font_size(self, size: int) -> None:
        self._set("font_size", str(size))

    @property
    def high_contrast(self) -> bool:
        return self._get("high_contrast", "0") == "1"

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._set("high_contrast", "1" if on else "0")

    def bigger(self) -> int:
        i = FONT_SIZES.index(self.font_size)
        self.font_size = FONT_SIZES[min(i + 1, len(FONT_SIZES) - 1)]
        return self.font_size

    def smaller(self) -> int:
        i = FONT_SIZES.index(self.font_size)
        self.font_size = FONT_SIZES[max(i - 1, 0)]
        return self.font_size
