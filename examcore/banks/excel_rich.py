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

# a font whose letters draw other things (Wingdings ü is √, Symbol ³ is ≥): its text is not what Excel shows
_SYMBOL_FONT = re.compile(r'<(?:\w+:)?(?:name|rFont)\b[^>]*\bval="(?:Symbol|Wingdings[^"]*|Webdings|Marlett)"', re.I)
_STRIKE = re.compile(r"<(?:\w+:)?strike\b(?![^>]*\bval=\"(?:0|false|off)\")")
_VERT = re.compile(r"<(?:\w+:)?vertAlign\b[^>]*\bval=\"(superscript|subscript)\"")
# white: ARGB or RGB FFFFFF, the old palette's whites (indexed 1 and 9), or the theme's first colour (lt1,
# "背景 1", white in every built-in theme) not darkened
_WHITE = re.compile(r"<(?:\w+:)?(?:color|fgColor)\b(?=[^>]*\b(?:rgb=\"(?:[0-9A-F]{2})?FFFFFF\"|theme=\"0\"|indexed=\"[19]\"))"
                    r"(?![^>]*\btint=\"-0\.(?:0[5-9]|[1-9]))[^>]*>", re.I)


@dataclass(frozen=True)
class Fonts:
    """Which cell styles (the s="N" of a cell) set the whole cell struck through or raised."""

    struck: frozenset[int] = frozenset()
    raised: dict[int, str] = field(default_factory=dict)   # style -> "sup" or "sub"
    shared: dict[int, "Rich"] = field(default_factory=dict)   # shared string index -> its rich reading
    white: frozenset[int] = frozenset()    # styles whose text is white on a white (or no) fill: not seen
    filled: frozenset[int] = frozenset()   # styles with a fill that is not white: white text on it is seen
    hiding: dict[int, str] = field(default_factory=dict)   # conditional format (dxf) -> "struck" or "white"
    symbol: frozenset[int] = frozenset()   # styles in a symbol font (Wingdings, Symbol): the letters draw others


@dataclass(frozen=True)
class Rich:
    """A rich string as the station keeps it: its text with raised runs marked, and its struck words."""

    text: str
    struck: tuple[str, ...]
    bare: str = ""   # the text of the runs with no font of their own: a struck or raised cell font is theirs only
    white: tuple[str, ...] = ()   # the words of runs in white
    symbol: tuple[str, ...] = ()   # the words of runs in a symbol font


@dataclass
class RichCells:
    """(row, column), 1-based -> what a cell of the sheet shows beyond its plain text."""

    shown: dict[tuple[int, int], str] = field(default_factory=dict)    # the text, raised runs marked
    struck: dict[tuple[int, int], str] = field(default_factory=dict)   # struck words ("" for the whole cell)
    raised: dict[tuple[int, int], str] = field(default_factory=dict)   # a whole cell raised: "sup"/"sub"
    white: dict[tuple[int, int], str] = field(default_factory=dict)    # words white on white ("" whole cell)
    symbol: dict[tuple[int, int], str] = field(default_factory=dict)   # words in a symbol font ("" whole cell)


def fonts_of(z: zipfile.ZipFile, styles: str | None = None) -> Fonts:
    """The workbook's struck, raised and white cell styles, its conditional formats that strike or whiten,
    and its rich shared strings. ``styles``: xl/styles.xml's text when the caller has read it already."""
    struck: set[int] = set()
    lifted: dict[int, str] = {}
    white: set[int] = set()
    symbol: set[int] = set()
    filled: set[int] = set()
    if styles is None:
        try:
            styles = z.read("xl/styles.xml").decode("utf-8", "replace")
        except KeyError:
            styles = ""
    fonts = re.search(r"<(?:\w+:)?fonts\b.*?</(?:\w+:)?fonts>", styles, re.S)
    font_items = re.findall(r"<(?:\w+:)?font\b(?:[^>]*/>|.*?</(?:\w+:)?font>)", fonts.group(0) if fonts else "", re.S)
    looks = [(_STRIKE.search(f) is not None, _VERT.search(f), _WHITE.search(f) is not None,
              _SYMBOL_FONT.search(f) is not None) for f in font_items]
    inks = [_color_of(f) for f in font_items]
    if any(any(look) for look in looks) or any(inks):
        fills = re.search(r"<(?:\w+:)?fills\b.*?</(?:\w+:)?fills>", styles, re.S)
        fill_items = re.findall(r"<(?:\w+:)?fill\b(?:[^>]*/>|.*?</(?:\w+:)?fill>)", fills.group(0) if fills else "",
                                re.S)
        colored = [_colored(f) for f in fill_items]
        paints = [_paint_of(f) for f in fill_items]
        xfs = re.search(r"<(?:\w+:)?cellXfs\b.*?</(?:\w+:)?cellXfs>", styles, re.S)
        for index, xf in enumerate(re.findall(r"<(?:\w+:)?xf\b([^>]*)", xfs.group(0) if xfs else "")):
            font, fill = re.search(r"\bfontId=\"(\d+)\"", xf), re.search(r"\bfillId=\"(\d+)\"", xf)
            number = int(font.group(1)) if font else 0
            fill_number = int(fill.group(1)) if fill else 0
            on_color = fill_number < len(colored) and colored[fill_number]
            if on_color:
                filled.add(index)
            if number < len(looks):
                strike, vert, pale, drawn = looks[number]
                if drawn:
                    symbol.add(index)
                if strike:
                    struck.add(index)
                if vert:
                    lifted[index] = "sup" if vert.group(1) == "superscript" else "sub"
                if pale and not on_color:
                    white.add(index)
                elif on_color and inks[number] and fill_number < len(paints) and inks[number] == paints[fill_number]:
                    white.add(index)   # red on red, grey on grey: the text drawn in its cell's own colour
    hiding: dict[int, str] = {}
    dxfs = re.search(r"<(?:\w+:)?dxfs\b.*?</(?:\w+:)?dxfs>", styles, re.S)
    for index, dxf in enumerate(re.findall(r"<(?:\w+:)?dxf\b(?:[^>]*/>|.*?</(?:\w+:)?dxf>)",
                                           dxfs.group(0) if dxfs else "", re.S)):
        font = re.search(r"<(?:\w+:)?font\b.*?</(?:\w+:)?font>", dxf, re.S)
        if font and _STRIKE.search(font.group(0)):
            hiding[index] = "struck"
        elif font and _WHITE.search(font.group(0)) and not _colored(dxf):
            hiding[index] = "white"
    shared: dict[int, Rich] = {}
    try:
        strings = z.read("xl/sharedStrings.xml").decode("utf-8", "replace")
    except KeyError:
        strings = ""
    if "strike" in strings or "vertAlign" in strings or _WHITE.search(strings) or _SYMBOL_FONT.search(strings) or (
            (struck or lifted or white or symbol) and "<rPr" in strings):
        for index, item in enumerate(re.findall(r"<(?:\w+:)?si\b[^>]*>(.*?)</(?:\w+:)?si>|<(?:\w+:)?si\b[^>]*/>",
                                                strings, re.S)):
            rich = _rich(item)
            if rich is not None:
                shared[index] = rich
    return Fonts(frozenset(struck), lifted, shared, frozenset(white), frozenset(filled), hiding, frozenset(symbol))


def _color_key(element: str) -> str:
    """A colour element's colour as one string (RGB without alpha, an old palette's index, or a theme colour
    and its tint), "" when it names none: two elements with the same key draw the same colour."""
    rgb = re.search(r'\brgb="(?:[0-9A-Fa-f]{2})?([0-9A-Fa-f]{6})"', element)
    if rgb:
        return rgb.group(1).upper()
    indexed = re.search(r'\bindexed="(\d+)"', element)
    if indexed and indexed.group(1) != "64":   # 64: the system's foreground, whatever it is
        return f"indexed {indexed.group(1)}"
    theme = re.search(r'\btheme="(\d+)"', element)
    if theme:
        tint = re.search(r'\btint="(-?[\d.Ee+-]+)"', element)
        return f"theme {theme.group(1)} {float(tint.group(1)) if tint else 0.0:.3f}"
    return ""


def _color_of(font: str) -> str:
    """A font's own colour (_color_key), "" for automatic."""
    color = re.search(r"<(?:\w+:)?color\b[^>]*>", font)
    return _color_key(color.group(0)) if color else ""


def _paint_of(fill: str) -> str:
    """A solid fill's colour (_color_key), "" for none, a pattern or a gradient (text may show through)."""
    pattern = re.search(r"<(?:\w+:)?patternFill\b([^>]*)>(.*?)(?:</(?:\w+:)?patternFill>|$)", fill, re.S)
    if pattern is None or not re.search(r'\bpatternType="solid"', pattern.group(1)):
        return ""
    color = re.search(r"<(?:\w+:)?fgColor\b[^>]*>", pattern.group(2))
    return _color_key(color.group(0)) if color else ""


def _colored(fill: str) -> bool:
    """A fill (or a conditional format's) that paints the cell in a colour other than white."""
    pattern = re.search(r"<(?:\w+:)?patternFill\b([^>]*)>(.*?)(?:</(?:\w+:)?patternFill>|$)", fill, re.S)
    if re.search(r"<(?:\w+:)?gradientFill\b", fill):
        return True
    if pattern is None or re.search(r"\bpatternType=\"none\"", pattern.group(1)):
        return False
    color = re.search(r"<(?:\w+:)?(?:fgColor|bgColor)\b[^>]*>", pattern.group(2))
    return color is not None and _WHITE.search(color.group(0)) is None


def _rich(item: str) -> Rich | None:
    """A string item's runs read as the station keeps them; None when no run is struck or raised."""
    item = re.sub(r"<(?:\w+:)?rPh\b.*?</(?:\w+:)?rPh>", "", item, flags=re.S)   # phonetic guides: not shown
    runs = re.findall(r"<(?:\w+:)?r\b[^>]*>(.*?)</(?:\w+:)?r>", item, re.S)
    if not runs:
        return None
    parts: list[str] = []
    struck: list[str] = []
    bare: list[str] = []
    pale: list[str] = []
    drawn: list[str] = []
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
        if _WHITE.search(props_text) and text.strip():
            pale.append(text.strip())
            special = True
        if _SYMBOL_FONT.search(props_text) and text.strip():
            drawn.append(text.strip())
            special = True
        parts.append(text)
    return Rich("".join(parts), tuple(struck), "".join(bare), tuple(pale), tuple(drawn)) if special else None


_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*)>(.*?)</(?:\w+:)?c>", re.S)


def rich_cells(xml: bytes, fonts: Fonts) -> RichCells:
    """What the cells of a sheet's XML show beyond their plain text, by their styles and strings."""
    out = RichCells()
    inline = b"<rPr" in xml or b":rPr" in xml
    if not (fonts.struck or fonts.raised or fonts.shared or fonts.white or fonts.symbol or inline):
        return out
    styled = {str(i).encode() for i in (*fonts.struck, *fonts.raised, *fonts.white, *fonts.symbol)}
    filled = {str(i).encode() for i in fonts.filled}
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
        pale = list(rich.white) if rich is not None and not (style and style.group(1) in filled) else []
        drawn = list(rich.symbol) if rich is not None else []
        if style and style.group(1) in styled:   # the cell's font: all of a plain text, a rich one's bare runs
            number = int(style.group(1))
            if number in fonts.struck and (rich is None or rich.bare.strip()):
                struck = [""] if rich is None else [rich.bare.strip(), *struck]
            if number in fonts.raised and rich is None:
                out.raised[where] = fonts.raised[number]
            if number in fonts.white and (rich is None or rich.bare.strip()):
                pale = [""] if rich is None else [rich.bare.strip(), *pale]
            if number in fonts.symbol and (rich is None or rich.bare.strip()):
                drawn = [""] if rich is None else [rich.bare.strip(), *drawn]
        if rich is not None:
            out.shown[where] = rich.text
        if struck:
            out.struck[where] = "、".join(struck)
        if pale:
            out.white[where] = "、".join(pale)
        if drawn:
            out.symbol[where] = "、".join(drawn)
    return out


def hiding_ranges(xml: bytes, fonts: Fonts) -> list[tuple[str, str]]:
    """(range as written, "struck" or "white") of each conditional format (条件格式) of a sheet's XML that
    crosses out its cells or writes them white on white when its rule holds. Which cells it applies to
    depends on a rule Xuefa does not evaluate, so the sheet's reader refuses the columns it covers."""
    if not fonts.hiding or b"conditionalFormatting" not in xml:
        return []
    out = []
    for sqref, body in re.findall(rb"<(?:\w+:)?conditionalFormatting\b[^>]*?\bsqref=\"([^\"]*)\"[^>]*>(.*?)"
                                  rb"</(?:\w+:)?conditionalFormatting>", xml, re.S):
        for dxf in re.findall(rb"<(?:\w+:)?cfRule\b[^>]*?\bdxfId=\"(\d{1,9})\"", body):
            look = fonts.hiding.get(int(dxf))
            if look:
                out.append((sqref.decode("utf-8", "replace"), look))
                break
    return out
