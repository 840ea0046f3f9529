"""The numbers Word draws in front of list paragraphs (编号: 1. 2., A. B., 一、, （1）, ①), which are not in
the paragraph's text: read from word/numbering.xml so that a bank typed with Word's numbering reads as the
page shows it (issue 16: every such paragraph was refused, or a stem read under the wrong number).

Word's rules, as far as they are followed here (ECMA-376 Part 1, 17.9): a paragraph names a numbering
instance (w:numId) and a level (w:ilvl); the instance names an abstract definition, whose level gives the
start, the format (w:numFmt) and the text around it (w:lvlText, "%1." with %N the current value of level
N). Instances of one abstract definition count on together, except an instance with a start override
(w:lvlOverride/w:startOverride), which starts again at its first paragraph. A paragraph at a level sets
the levels below it back to their start. A bullet is drawn as •. Formats not listed in FORMATS (pictures,
rarely used scripts) give no label: the caller treats such a paragraph as numbered with a number it cannot
show.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"


def _letters(n: int, upper: bool) -> str:
    """Word's letter numbering: A … Z, then AA … ZZ, AAA … (the letter repeated, not base 26)."""
    letter = chr((ord("A") if upper else ord("a")) + (n - 1) % 26)
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int, upper: bool) -> str:
    out = ""
    for value, mark in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                        (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + mark, n - value
    return out.upper() if upper else out


_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """一 … 九十九 as Chinese counts (十一, 二十, 一百零一); Word's chineseCounting."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _DIGITS[n // 100] + "百" + ("" if rest == 0 else ("零" + _DIGITS[rest] if rest < 10 else
                                                                 ("一" + _chinese(rest) if rest < 20 else _chinese(rest))))
    return str(n)


MAX_VALUE = 9999   # the largest number drawn; beyond it a label cannot be told (no bank numbers that far)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_STEMS = "甲乙丙丁戊己庚辛壬癸"   # the heavenly stems, Word's ideographTraditional

FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "upperLetter": lambda n: _letters(n, True),
    "lowerLetter": lambda n: _letters(n, False),
    "upperRoman": lambda n: _roman(n, True),
    "lowerRoman": lambda n: _roman(n, False),
    "chineseCounting": _chinese,
    "chineseCountingThousand": _chinese,
    "ideographDigital": lambda n: "".join(_DIGITS[int(d)] if d != "0" else "〇" for d in str(n)),
    "decimalEnclosedCircle": lambda n: _CIRCLED[n - 1] if 1 <= n <= 20 else str(n),
    "decimalEnclosedCircleChinese": lambda n: _CIRCLED[n - 1] if 1 <= n <= 20 else str(n),
    "decimalFullWidth": lambda n: "".join(chr(ord(d) + 0xFEE0) for d in str(n)),
    "decimalHalfWidth": str,
    "decimalZero": lambda n: f"{n:02d}",
    "ideographTraditional": lambda n: _STEMS[n - 1] if 1 <= n <= 10 else str(n),
}


class WordNumbering:
    """The labels of a document's list paragraphs, in document order: ``label(num_id, ilvl)`` once per
    numbered paragraph, as Word counts them. Built from word/numbering.xml (parsed); an empty one (no
    such part) labels nothing."""

    def __init__(self, root: ET.Element | None = None) -> None:
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}   # abstract -> level -> (start, fmt, text)
        # abstract -> level -> w:lvlRestart: 0 never starts again; N starts again after a paragraph of level
        # N or above (1-based); absent: after any level above it
        self._restarts: dict[str, dict[int, int]] = {}
        self._instances: dict[str, tuple[str, dict[int, int]]] = {}   # numId -> (abstract, level -> start)
        self._count: dict[str, dict[int, int]] = {}   # abstract -> level -> the value last shown
        self._begun: set[str] = set()                 # instances with a start override already used
        if root is None:
            return
        for abstract in root.iter(_W + "abstractNum"):
            levels, restarts = {}, {}
            for lvl in abstract.iter(_W + "lvl"):
                restart = lvl.find(_W + "lvlRestart")
                if restart is not None:   # 第%1章 over 第%2条 that counts on through the chapters
                    restarts[_int(lvl.get(_W + "ilvl"), 0)] = _int(restart.get(_VAL), 1)
                levels[_int(lvl.get(_W + "ilvl"), 0)] = _level_of(lvl)
            self._levels[abstract.get(_W + "abstractNumId", "")] = levels
            self._restarts[abstract.get(_W + "abstractNumId", "")] = restarts
        for num in root.iter(_W + "num"):
            named = num.find(_W + "abstractNumId")
            overrides, own = {}, {}
            for override in num.iter(_W + "lvlOverride"):
                start = override.find(_W + "startOverride")
                if start is not None:
                    overrides[_int(override.get(_W + "ilvl"), 0)] = _int(start.get(_VAL), 1)
                drawn = override.find(_W + "lvl")
                if drawn is not None:   # the level drawn otherwise in this list (A. over the abstract's 1.)
                    own[_int(override.get(_W + "ilvl"), 0)] = _level_of(drawn)
            abstract_id = named.get(_VAL, "") if named is not None else ""
            number_id = num.get(_W + "numId", "")
            if own:   # a list of its own: its levels over the abstract's, counted apart from the others
                self._levels[f"{abstract_id}#{number_id}"] = {**self._levels.get(abstract_id, {}), **own}
                self._restarts[f"{abstract_id}#{number_id}"] = self._restarts.get(abstract_id, {})
                abstract_id = f"{abstract_id}#{number_id}"
            self._instances[number_id] = (abstract_id, overrides)

    def label(self, num_id: str, ilvl: int) -> str | None:
        """The number Word shows in front of the next paragraph of instance ``num_id`` at level ``ilvl``
        ("A.", "（3）", "一、", "•" for a bullet), counted; None when it cannot be told (an unknown instance or format),
        the count still moved on."""
        found = self._instances.get(num_id)
        if found is None:
            return None
        abstract, overrides = found
        levels = self._levels.get(abstract, {})
        counts = self._count.setdefault(abstract, {})
        if overrides and num_id not in self._begun:   # a list that starts again (a new list over the same look)
            self._begun.add(num_id)
            for level, start in overrides.items():
                counts[level] = start - 1
        start = levels.get(ilvl, (1, "decimal", ""))[0]
        counts[ilvl] = counts.get(ilvl, start - 1) + 1
        restarts = self._restarts.get(abstract, {})
        for level in [level for level in counts if level > ilvl]:   # a deeper list starts again below this one
            after = restarts.get(level)
            if after is None or (after > 0 and ilvl < after):
                del counts[level]
        if ilvl not in levels:
            return None
        if levels[ilvl][1] == "bullet":   # its glyph is often a symbol font's private character: drawn as •,
            return "•"                    # read as text files' bullets are (an answer's points; never an option)
        text = levels[ilvl][2]
        out = ""
        i = 0
        while i < len(text):   # %1 … %9: the current value of that level, in that level's format
            if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
                level = int(text[i + 1]) - 1
                fmt = levels.get(level, (1, "decimal", ""))[1]
                value = counts.get(level, levels.get(level, (1, "", ""))[0])
                shown = FORMATS.get(fmt)
                if shown is None or value < (0 if fmt in ("decimal", "decimalZero") else 1) or value > MAX_VALUE:
                    return None   # (a start of 999999999 in a hostile file: no letter string of that length)
                out += shown(value)
                i += 2
            else:
                out += text[i]
                i += 1
        return out if levels[ilvl][1] in FORMATS else None


def _level_of(lvl: ET.Element) -> tuple[int, str, str]:
    """A w:lvl's (start, number format, text with %1 … %9)."""
    start, fmt, text = lvl.find(_W + "start"), lvl.find(_W + "numFmt"), lvl.find(_W + "lvlText")
    return (_int(start.get(_VAL) if start is not None else None, 1),
            fmt.get(_VAL, "decimal") if fmt is not None else "decimal",
            text.get(_VAL, "") if text is not None else "")


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
