"""Station display preferences (font size, high contrast): a small JSON file in the data folder.

Kept out of the database so the first window can be drawn at the right size before the database and
its libraries are loaded. Each learner's choice is their own (issue 19): it applies from their login and
is kept for their next one; at logout the station goes back to the defaults for whoever comes next.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

FONT_SIZES = (12, 15, 18, 22)  # points; the second is the default at exam-centre viewing distance
FILE_NAME = "display.json"


class Preferences:
    def __init__(self, data_dir: Path):
        self._path = Path(data_dir) / FILE_NAME
        try:
            self._data = json.loads(self._path.read_text(encoding="utf-8"))
            if not isinstance(self._data, dict):
                self._data = {}
        except (OSError, ValueError):
            self._data = {}  # missing or damaged: defaults; nothing here is worth stopping for

    def _save(self) -> None:
        tmp = self._path.with_suffix(".tmp")
        try:
            tmp.write_text(json.dumps(self._data), encoding="utf-8")
            os.replace(tmp, self._path)
        except OSError:
            pass  # a read-only folder keeps today's choice for this session only

    @property
    def font_size(self) -> int:
        size = self._data.get("font_size")
        return size if size in FONT_SIZES else FONT_SIZES[1]

    @font_size.setter
    def font_size(self, size: int) -> None:
        self._data["font_size"] = size
        self._remember()

    @property
    def high_contrast(self) -> bool:
        return bool(self._data.get("high_contrast", False))

    @high_contrast.setter
    def high_contrast(self, on: bool) -> None:
        self._data["high_contrast"] = on
        self._remember()

    def _remember(self) -> None:
        learner = self._data.get("learner")
        if isinstance(learner, str):   # a learner is logged in: the choice is theirs, for next time too
            self._data.setdefault("learners", {})[learner] = {"font_size": self.font_size,
                                                              "high_contrast": self.high_contrast}
        self._save()

    def begin_learner(self, learner_no: str) -> None:
        """A learner logged in: their own choice from an earlier session, else what they chose on the
        login screen just now (kept as theirs)."""
        own = self._data.get("learners", {}).get(learner_no) if isinstance(self._data.get("learners"), dict) else None
        self._data["learner"] = learner_no
        if isinstance(own, dict):
            self._data["font_size"], self._data["high_contrast"] = own.get("font_size"), own.get("high_contrast")
        self._remember()

    def end_learner(self) -> None:
        """Logged out: the next person starts from the defaults."""
        self._data.pop("learner", None)
        self._data["font_size"], self._data["high_contrast"] = FONT_SIZES[1], False
        self._save()

    def bigger(self) -> int:
        i = FONT_SIZES.index(self.font_size)
        self.font_size = FONT_SIZES[min(i + 1, len(FONT_SIZES) - 1)]
        return self.font_size

    def smaller(self) -> int:
        i = FONT_SIZES.index(self.font_size)
        self.font_size = FONT_SIZES[max(i - 1, 0)]
        return self.font_size
