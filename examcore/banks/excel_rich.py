"""Excel text whose look carries meaning: crossed-out words (删除线) and raised or lowered characters
(上标/下标), in a cell's own font or in runs of rich text within it.

calamine reads every cell as plain text, so x² arrived as x2 and a struck-out option, or a row struck
through to mark a withdrawn question, as plain text (issue 16, found by an outside tester). They are read
here from the workbook's XML: the fonts and cell styles (xl/styles.xml), the shared strings
(xl/sharedStrings.xml) and a sheet's inline strings. Raised text is kept as the station shows it (x², H₂O,
or ^(…)/_(…) where Unicode has no mark); struck text cannot be shown crossed out, so its row is refused
with the words named. A workbook without any of these costs a few substring searches."""
from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field

from openpyxl.utils import column_index_from_string

from examcore.banks.text_files import raised

_STRIKE = re.compile(r"<(?:\w+:)?strike\b(?![^>]*\bval=\"(?:0|false|off)\")")
_VERT = re.compile(r"<(?:\w+:)?vertAlign\b[^>]*\bval=\"(superscript|subscript)\"")


@dataclass(frozen=True)
class Fonts:
    """Which cell styles (the s="N" of a cell) set the whole cell struck through or raised."""

    struck: frozenset[int] = frozenset()
    raised: dict[int, str] = field(default_factory=dict)   # style -> "sup" or "sub"
    shared: dict[int, "Rich"] = field(default_factory=dict)   # shared string index -> its rich reading


@dataclass(frozen=True)
class Rich:
    """A rich string as the station keeps it: its text with raised runs marked, and its struck words."""

    text: str
    struck: tuple[str, ...]
    bare: str = ""   # the text of the runs with no font of their own: a struck or raised cell font is theirs only


@dataclass
class RichCells:
    """(row, column), 1-based -> what a cell of the sheet shows beyond its plain text."""

    shown: dict[tuple[int, int], str] = field(default_factory=dict)    # the text, raised runs marked
    struck: dict[tuple[int, int], str] = field(default_factory=dict)   # struck words ("" for the whole cell)
    raised: dict[tuple[int, int], str] = field(default_factory=dict)   # a whole cell raised: "sup"/"sub"


def fonts_of(z: zipfile.ZipFile) -> Fonts:
    """The workbook's struck and raised cell styles and its rich shared strings."""
    struck: set[int] = set()
    lifted: dict[int, str] = {}
    try:
        styles = z.read("xl/styles.xml").decode("utf-8", "replace")
    except KeyError:
        styles = ""
    if "strike" in styles or "vertAlign" in styles:
        fonts = re.search(r"<(?:\w+:)?fonts\b.*?</(?:\w+:)?fonts>", styles, re.S)
        looks = [(_STRIKE.search(f) is not None, _VERT.search(f)) for f in
                 re.findall(r"<(?:\w+:)?font\b(?:[^>]*/>|.*?</(?:\w+:)?font>)", fonts.group(0) if fonts else "", re.S)]
        xfs = re.search(r"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", styles, re.S)
        for index, xf in enumerate(re.findall(r"<(?:\w+:)?xf\b([^>]*)", xfs.group(0) if xfs else "")):
            font = re.search(r"\bfontId=\"(\d+)\"", xf)
            number = int(font.group(1)) if font else 0
            if number < len(looks):
                strike, vert = looks[number]
                if strike:
                    struck.add(index)
                if vert:
                    lifted[index] = "sup" if vert.group(1) == "superscript" else "sub"
    shared: dict[int, Rich] = {}
    try:
        strings = z.read("xl/sharedStrings.xml").decode("utf-8", "replace")
    except KeyError:
        strings = ""
    if "strike" in strings or "vertAlign" in strings or ((struck or lifted) and "<rPr" in strings):
        for index, item in enumerate(re.findall(r"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*/>",
                                                strings, re.S)):
            rich = _rich(item)
            if rich is not None:
                shared[index] = rich
    return Fonts(frozenset(struck), lifted, shared)


def _rich(item: str) -> Rich | None:
    """A string item's runs read as the station keeps them; None when no run is struck or raised."""
    item = re.sub(r"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", "", item, flags=re.S)   # phonetic guides: not shown
    runs = re.findall(r"<(?:\w+:)?r\b[^>]*>(.*?)</(?:\w+:)?r>", item, re.S)
    if not runs:
        return None
    parts: list[str] = []
    struck: list[str] = []
    bare: list[str] = []
    special = False
    for run in runs:
        props = re.search(r"<(?:\w+:)?rPr\b[^>]*>(.*?)</(?:\w+:)?rPr>", run, re.S)
        props_text = props.group(1) if props else ""
        text = "".join(html.unescape(t) for t in re.findall(r"<(?:\w+:)?t\b[^>]*>(.*?)</(?:\w+:)?t>", run, re.S))
        if props is None:
            bare.append(text)
        else:
            special = True   # a run with a font of its own: the cell's font is not its font
        vert = _VERT.search(props_text)
        if _STRIKE.search(props_text) and text.strip():
            struck.append(text.strip())
            special = True
        if vert and text.strip():
            text = raised(text, "sup" if vert.group(1) == "superscript" else "sub")
            special = True
        parts.append(text)
    return Rich("".join(parts), tuple(struck), "".join(bare)) if special else None


_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>(.*?)</(?:\w+:)?c>", re.S)


def rich_cells(xml: bytes, fonts: Fonts) -> RichCells:
    """What the cells of a sheet's XML show beyond their plain text, by their styles and strings."""
    out = RichCells()
    inline = b"<rPr" in xml or b":rPr" in xml
    if not (fonts.struck or fonts.raised or fonts.shared or inline):
        return out
    styled = {str(i).encode() for i in (*fonts.struck, *fonts.raised)}
    if not (fonts.shared or inline):   # only the styles matter: only the cells that have one are looked at
        pattern = rb"<(?:\w+:)?c\b([^>]*?\bs=\"(?:%s)\"[^>]*)>()" % b"|".join(sorted(styled))
        cells = re.findall(pattern, xml)
    else:
        cells = _CELL.findall(xml)
    for attrs, body in cells:
        ref = re.search(rb"\br=\"([A-Za-z]{1,3})(\d{1,9})\"", attrs)
        if ref is None:
            continue
        style = re.search(rb"\bs=\"(\d+)\"", attrs)
        kind = re.search(rb"\bt=\"(\w+)\"", attrs)
        where = (int(ref.group(2)), column_index_from_string(ref.group(1).decode().upper()))
        rich = None
        if kind and kind.group(1) == b"s" and fonts.shared:
            value = re.search(rb"<(?:\w+:)?v>\s*(\d+)\s*</", body)
            rich = fonts.shared.get(int(value.group(1))) if value else None
        elif kind and kind.group(1) == b"inlineStr" and inline:
            rich = _rich(body.decode("utf-8", "replace"))
        struck = list(rich.struck) if rich is not None else []
        if style and style.group(1) in styled:   # the cell's font: all of a plain text, a rich one's bare runs
            number = int(style.group(1))
            if number in fonts.struck and (rich is None or rich.bare.strip()):
                struck = [""] if rich is None else [rich.bare.strip(), *struck]
            if number in fonts.raised and rich is None:
                out.raised[where] = fonts.raised[number]
        if rich is not None:
            out.shown[where] = rich.text
        if struck:
            out.struck[where] = "、".join(struck)
    return out
