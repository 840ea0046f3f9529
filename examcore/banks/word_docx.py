"""Word (.docx) banks: the document's paragraphs and tables as the lines the office layout reader reads
(office_text), with what Word alone shows (automatic numbering, colour, underline, strike-through, pictures,
formulas) told apart; a key table or a bank laid out as a table read as such."""
from __future__ import annotations

import bisect
import logging
import posixpath
import re
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from examcore.banks.answer_said import cell_says_answer
from examcore.banks.common import (BLANK_PATTERN, MAX_ITEMS, MAX_PART_BYTES, MAX_UNPACKED_BYTES, TYPE_NAMES,
                                   FileRefused, ImportReport, RowProblem, parse_type)
from examcore.banks.office_forms import (ANSWER, CAPTION, KEY_HEADING, KEY_OPENING, MAX_LINES, NOT_TABLE_AFTER,
                                         NUMBERED, NUMERAL, OPTION, SECTION_REMARK, as_section, as_usual_marks,
                                         heading_type, key_parts, line_starts, numbers_listed,
                                         refuse_what_it_lacks)
from examcore.banks.office_key import RANGE_ANSWER, REFERENCE_LABEL, is_correction
from examcore.banks.office_text import read_office_lines
from examcore.banks.text_files import raised
from examcore.banks.word_numbering import WordNumbering
from examcore.cli_text import Words
from examcore.questions import Picture

log = logging.getLogger(__name__)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W_P, _W_T, _W_TAB, _W_BR, _W_OBJECT = (_W + n for n in ("p", "t", "tab", "br", "object"))
_W_R, _W_VANISH, _W_VAL = _W + "r", _W + "vanish", _W + "val"
_W_STRIKES, _W_VERT_ALIGN = (_W + "strike", _W + "dstrike"), _W + "vertAlign"
_W_SYM, _W_FONT, _W_CHAR, _W_NUMPR, _W_PSTYLE, _W_NUMID = (_W + n for n in ("sym", "font", "char", "numPr", "pStyle",
                                                                           "numId"))
_W_ILVL = _W + "ilvl"
_W_RFONTS, _W_ASCII, _W_HANSI = _W + "rFonts", _W + "ascii", _W + "hAnsi"
_W_TBL, _W_TR, _W_TC = _W + "tbl", _W + "tr", _W + "tc"
_W_GRID_SPAN, _W_VMERGE = _W + "gridSpan", _W + "vMerge"   # a table cell merged across columns, or down rows
_W_CAPS = (_W + "caps", _W + "smallCaps")   # the run shown in capitals: a typed "wto" reads WTO on the page
_W_MOVE_FROM, _W_NO_BREAK_HYPHEN = _W + "moveFrom", _W + "noBreakHyphen"   # a tracked move's old place; 不断字符
_W_REVISIONS = {_W + n for n in ("ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange")}   # tracked changes
# a tracked change's record of the look before it (colour, bold, hidden, numbering, a table's cells): not what
# the page shows now, never read as if it were (an answer's red taken off still counted)
_OLD_LOOKS = {_W + n for n in ("rPrChange", "pPrChange", "tblPrChange", "tblPrExChange", "tcPrChange", "trPrChange",
                               "sectPrChange", "tblGridChange", "numberingChange")}
# deleted text (its w:delText is never read, nor its symbols, breaks and tabs); a paragraph's properties;
# another file's content shown in place; a carriage return some programs write for a line break
_W_DEL, _W_PPR, _W_ALT_CHUNK, _W_CR = _W + "del", _W + "pPr", _W + "altChunk", _W + "cr"
_W_RSTYLE, _W_U, _W_COLOR, _W_SHD, _W_HIGHLIGHT = (_W + n for n in ("rStyle", "u", "color", "shd", "highlight"))
_W_BOLD = (_W + "b",)   # (w:bCs bolds complex scripts, Arabic or Hebrew: Chinese text under it is not bold)
_SMALL_LETTER_LABEL = re.compile(r"[（(]?[a-h][.．、:：)）]")
_W_THEME_COLOR, _W_FILL = _W + "themeColor", _W + "fill"
_W_NOTE_REFS = (_W + "footnoteReference", _W + "endnoteReference")   # a note's text is elsewhere (footnotes.xml)
_W_RUBY_TEXT, _W_INSTR = _W + "rt", _W + "instrText"   # a phonetic guide (拼音指南) over its base; a field's code
_EQ_FIELD = re.compile(r"\s*EQ\b", re.I)   # { EQ \f(1,2) }: a formula Word draws from the field's code
# what Word shows as a line to write on (underlined spaces or tab) is read as the blank banks type: ____
UNDERLINED_BLANK = "____"
# 插入 → 符号 from a symbol font stores a code of that font, not the character: the ones banks use
_SYMBOLS = {"symbol": {0xB3: "≥", 0xA3: "≤", 0xB9: "≠", 0xD6: "√", 0xB4: "×", 0xB1: "±", 0xAE: "→", 0xAC: "←",
                       0xB0: "°", 0xA5: "∞", 0xBB: "≈", 0xB7: "•", 0xD7: "·"},
            "wingdings": {0xFC: "√", 0xFB: "×", 0xFE: "☑", 0xFD: "☒", 0xA8: "□", 0x6C: "●", 0x9F: "•"},
            "wingdings 2": {0x50: "√", 0x4F: "×", 0x52: "☑", 0x54: "☒", 0xA3: "□"}}
# the Symbol font's letters are Greek (a is α, C is Χ): text typed in it, not inserted as a symbol; a capital
# drawn as the Latin one looks (A, B, E …: an option's letter stays A) and other ASCII stay as they are
_SYMBOLS["symbol"].update({code: chr(code) for code in range(0x20, 0x7F)} | {ord(latin): greek for latin, greek in zip(
    "CDFGJLPQRSUVWXYabcdefghijklmnpqrstuvwxyz", "ΧΔΦΓϑΛΠΘΡΣΥςΩΞΨαβχδεφγηιϕκλμνπθρστυϖωξψζ")} | {
    0x22: "∀", 0x24: "∃", 0x27: "∋", 0x2A: "∗", 0x2D: "−", 0x40: "≅", 0x5C: "∴", 0x5E: "⊥", 0x60: "‾", 0x7E: "∼"})
# fonts whose letters draw other things: text in them is read through _SYMBOLS or refused by name
_PRIVATE_USE = re.compile("[\uf020-\uf0ff]")
SYMBOL_FONTS = frozenset({"symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "marlett"})
_A_BLIP = "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"
_R_EMBED = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}embed"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_R_LINK = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}link"   # a picture not in the file
_V_IMAGE = "{urn:schemas-microsoft-com:vml}imagedata"
# what a paragraph draws that is no picture nor text: never dropped without a word (a formula's digits, an
# arrow the stem points at)
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
_MATH = {_M + "oMath", _M + "oMathPara"}
_CHART = "{http://schemas.openxmlformats.org/drawingml/2006/chart}chart"
_WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"
_V = "{urn:schemas-microsoft-com:vml}"
_SHAPES = {_WPS + "wsp", _V + "shape"}                  # a shape: a text box or a picture when it holds one
_SHAPE_FILLED = {_WPS + "txbx", _V + "textbox", _V + "imagedata",
                 "{http://schemas.openxmlformats.org/drawingml/2006/main}blip"}
_V_DRAWN = {_V + n for n in ("line", "rect", "oval", "roundrect", "polyline", "arc", "curve")}
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


@dataclass(frozen=True)
class StyleLooks:
    """What a document's styles do to the text they are given to, each through the styles it is based on
    (w:basedOn): paragraph styles that number their paragraphs (List Number, and one based on it), and the
    look a paragraph or character style gives its runs: hidden (w:vanish), struck through, raised. Found by
    an outside tester: an answer hidden by a style, and an option struck by one, reached the station."""

    numbered: frozenset[str] = frozenset()
    runs: dict[str, tuple[bool | None, bool | None, str | None]] = field(default_factory=dict)   # id -> look
    default_paragraph: str = ""   # the style of a paragraph that names none (Normal)
    numbers: dict[str, tuple[str, int | None]] = field(default_factory=dict)   # id -> (numId, ilvl) it numbers by
    # id -> the (ascii, hAnsi) symbol fonts its runs are drawn in ("" for a text font): Wingdings set by a style
    fonts: dict[str, tuple[str, str]] = field(default_factory=dict)


def style_looks(root: ET.Element) -> StyleLooks:
    """The StyleLooks of word/styles.xml (parsed)."""
    own: dict[str, tuple[str, bool, tuple[bool | None, bool | None, str | None]]] = {}
    own_numbers: dict[str, tuple[str | None, int | None]] = {}
    own_fonts: dict[str, tuple[str | None, str | None]] = {}
    default = ""
    for style in root.iter(_W + "style"):
        sid = style.get(_W + "styleId", "")
        based = style.find(_W + "basedOn")
        props = style.find(_W + "rPr")
        look: tuple[bool | None, bool | None, str | None] = (None, None, None)
        if props is not None:
            def on(tags: tuple[str, ...]) -> bool | None:
                found = [e for e in props if e.tag in tags]
                return None if not found else found[-1].get(_W_VAL, "true") not in ("0", "false", "off")
            vert = props.find(_W_VERT_ALIGN)
            look = (on((_W_VANISH,)), on(_W_STRIKES),
                    None if vert is None else {"superscript": "sup", "subscript": "sub"}.get(vert.get(_W_VAL, ""), ""))
        named = props.find(_W_RFONTS) if props is not None else None
        own_fonts[sid] = (None, None) if named is None else (
            (named.get(_W_ASCII) or "").strip().casefold() or None,
            (named.get(_W_HANSI) or named.get(_W_ASCII) or "").strip().casefold() or None)
        ppr = style.find(_W + "pPr")
        num = ppr.find(_W_NUMPR) if ppr is not None else None
        num_id = num.find(_W_NUMID) if num is not None else None
        numbered = num is not None and (num_id is None or num_id.get(_W_VAL, "") != "0")
        own[sid] = (based.get(_W_VAL, "") if based is not None else "", numbered, look)
        level = num.find(_W_ILVL) if num is not None else None
        own_numbers[sid] = (num_id.get(_W_VAL) if num_id is not None else None,
                            _level(level.get(_W_VAL)) if level is not None else None)
        if style.get(_W + "type") == "paragraph" and style.get(_W + "default") in ("1", "true", "on"):
            default = sid

    every: dict[str, tuple[bool, tuple[bool | None, bool | None, str | None]]] = {}
    numbers: dict[str, tuple[str | None, int | None]] = {}
    fonts: dict[str, tuple[str | None, str | None]] = {}
    for start in own:   # each style through the styles it is based on, nearest first (a loop of basedOn ends)
        chain: list[str] = []
        sid = start
        while sid in own and sid not in every and sid not in chain:
            chain.append(sid)
            sid = own[sid][0]
        numbered_up, up = every.get(sid, (False, (None, None, None)))
        number_up = numbers.get(sid, (None, None))
        font_up = fonts.get(sid, (None, None))
        for sid in reversed(chain):
            font_up = (own_fonts[sid][0] or font_up[0], own_fonts[sid][1] or font_up[1])
            fonts[sid] = font_up
            _, numbered, look = own[sid]
            numbered_up = numbered or numbered_up
            up = tuple(mine if mine is not None else theirs for mine, theirs in zip(look, up))  # type: ignore[assignment]
            every[sid] = (numbered_up, up)
            number_up = (own_numbers[sid][0] or number_up[0],
                         own_numbers[sid][1] if own_numbers[sid][1] is not None else number_up[1])
            numbers[sid] = number_up
    # a look that says anything, off included (a character style turning off its paragraph's hidden text)
    return StyleLooks(frozenset(sid for sid, (numbered, _) in every.items() if numbered),
                      {sid: look for sid, (_, look) in every.items() if any(v is not None for v in look)}, default,
                      {sid: (num, level) for sid, (num, level) in numbers.items() if num and num != "0"},
                      {sid: (a if a in SYMBOL_FONTS else "", h if h in SYMBOL_FONTS else "")
                       for sid, (a, h) in fonts.items() if a in SYMBOL_FONTS or h in SYMBOL_FONTS})


def _level(text: str | None) -> int:
    """A list level (w:ilvl), 0 to 8; 0 for what is not one."""
    try:
        return min(max(int(text or 0), 0), 8)
    except ValueError:
        return 0


@dataclass
class WordTable:
    """A table of a Word document: its rows of cells, each cell its paragraphs as (paragraph, text)."""

    before: str   # the last paragraph before it outside a table (a section heading names the questions' type)
    rows: list[list[list[tuple[int, str]]]] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)
    # each cell's merging, as its w:tcPr says: (columns it spans (w:gridSpan), w:vMerge: "" none, "restart"
    # the first of cells merged down, "continue" one below it)
    merging: list[list[tuple[int, str]]] = field(default_factory=list)
    nested: set[int] = field(default_factory=set)   # its cells' paragraphs that stand in a table inside a cell

    def cells(self) -> list[tuple[str, ...]]:
        """The rows as a sheet's: a cell spanning n columns is followed by n - 1 empty ones, so each column
        stays under its header (选项 over A B C D)."""
        grid = []
        for row, merging in zip(self.rows, self.merging):
            texts: list[str] = []
            for cell, (span, _) in zip(row, merging):
                texts += ["\n".join(text for _, text in cell).strip()] + [""] * (span - 1)
            grid.append(tuple(texts))
        return grid

    def cell_lines(self) -> list[list[list[tuple[int, str]]]]:
        """Each cell's paragraphs as written, (paragraph, text) without the empty ones (an empty cell: its first
        paragraph, ""), in the grid of ``cells()`` (a cell spanning n columns followed by n - 1 empty ones)."""
        return [[cell for cell_, (span, _) in zip(row, merging)
                 for cell in [[(n, text.strip()) for n, text in cell_ if text.strip()] or [(n, "") for n, _ in cell_[:1]]] +
                 [[] for _ in range(span - 1)]]
                for row, merging in zip(self.rows, self.merging)]

    def merged(self) -> list[tuple[int, int, int, int]]:
        """(first column, first row, last column, last row), 1-based, of the merged cells, as a sheet's
        merged ranges: across (w:gridSpan) and down (w:vMerge, whose cells below are empty)."""
        ranges: list[tuple[int, int, int, int]] = []
        starts: dict[int, tuple[int, int, int]] = {}   # grid column -> (first row, span, last row) of a merge down
        grid = self.cells()
        for r, merging in enumerate(self.merging, start=1):
            column = 1
            for span, vmerge in merging:
                if vmerge == "continue" and column in starts and not grid[r - 1][column - 1]:
                    starts[column] = (starts[column][0], span, r)
                else:
                    if column in starts:
                        first, width, last = starts.pop(column)
                        if last > first or width > 1:
                            ranges.append((column, first, column + width - 1, last))
                    if vmerge == "restart":
                        starts[column] = (r, span, r)
                    elif span > 1:
                        ranges.append((column, r, column + span - 1, r))
                column += span
        ranges += [(column, first, column + width - 1, last) for column, (first, width, last) in starts.items()
                   if last > first or width > 1]
        return ranges


_LINK_BLUES = {"0563C1", "0000FF", "0000EE", "1155CC", "0066CC", "954F72"}   # a hyperlink's colours as pasted


def _looks_coloured(value: str, theme: str) -> bool:
    """A run's colour reads as colour on the page (red, blue, green …), not black or grey: an RGB value
    (which Word writes beside a theme colour, resolved) with at least 64 between its strongest and weakest
    channel; "黑色，淡色15%" (262626) and greys do not, dark red (C00000) does. Without one, a theme colour other
    than the text's own."""
    if re.fullmatch(r"[0-9A-Fa-f]{6}", value):
        channels = [int(value[i:i + 2], 16) for i in (0, 2, 4)]
        return max(channels) - min(channels) >= 64
    return bool(theme) and theme not in ("text1", "dark1", "text2", "dark2", "background1", "light1",
                                         "background2", "light2")


MAX_PIECES = 20_000   # runs, tabs and breaks of one paragraph (a long explanation has a few hundred)


class _Paragraphs:
    """The parser target for word/document.xml: each paragraph's text (w:t, a w:tab as a tab, a w:br as a
    line break) and images, in document order, as its end tag is read. Nothing of the tree is kept, so a
    50,000-question document takes the memory of its lines. A paragraph inside another (a text box) is its
    own, read before the one that holds it."""

    def __init__(self, image_names: dict[str, str], looks: StyleLooks | None = None,
                 numbering: WordNumbering | None = None):
        self.lines: list[tuple[int, str, list[str]]] = []
        self._looks = looks or StyleLooks()
        self._numbering = numbering or WordNumbering()
        self._nums: list[list] = []   # each open paragraph's [style's numId, style's level, own numId, own level,
        # its mark deleted (a tracked change took the paragraph away)]
        self._in_ppr = 0
        self._numbered_styles = self._looks.numbered   # paragraph styles that number their paragraphs (List Number)
        self._paragraph_look: tuple[bool | None, bool | None, str | None] = (None, None, None)   # its style's
        self._names = image_names
        self._open: list[tuple[list[str], list[str]]] = []   # (text pieces, images) of each open paragraph
        self._boxed: list[list[tuple[int, str, list[str]]]] = []   # the lines of the text boxes each one holds
        self._box_pictured: list[bool] = []   # per open paragraph: a text box in it holds a picture (its caption)
        self._in_text = False   # right after a <w:t>, before any element inside it: its own text (w:t.text)
        self._fallback = 0      # depth inside mc:Fallback (a text box's second copy, for older readers)
        self._count = 0
        self._hidden_run = False   # a run formatted as hidden text (w:vanish): Word does not show or print it
        self._raised = ""          # the run is "superscript" or "subscript" (w:vertAlign): 10³ is not 103
        self._struck = False       # the run is struck through (w:strike, w:dstrike): shown crossed out
        self._caps = False         # the run is shown in capitals (w:caps, w:smallCaps)
        self._moved_away = 0       # depth inside w:moveFrom or w:del: text a tracked move took elsewhere, or deleted
        self._old_look = 0         # depth inside a tracked change's record of the look before it (w:rPrChange …)
        self.alt_chunks: list[int] = []   # where a w:altChunk (another file's content, shown in place) stands
        self._underlined = False   # the run is underlined (w:u): its spaces or tab are a blank to fill in
        self._white = False        # the run's colour is white (w:color) on no shading: not seen on the page
        self._coloured = False     # the run is red, blue … or highlighted: how many banks mark the right option
        self._link_blue = False    # its colour is a web link's blue (with an underline: a pasted link, no mark)
        self._masks: list[list[str]] = []   # per open paragraph: "1" per coloured character of its text, else "0"
        self.coloured: dict[int, list[tuple[str, str]]] = {}   # paragraph -> (line, its mask) of coloured lines
        self._under: list[list[str]] = []   # per open paragraph: "1" per underlined character (words, not blanks)
        self.underlined: dict[int, list[tuple[str, str]]] = {}   # paragraph -> (line, its mask): underlined words
        self._bold = False         # the run is bold (w:b): how some banks mark the right option
        self._bolds: list[list[str]] = []   # per open paragraph: "1" per bold character
        self.bold: dict[int, list[tuple[str, str]]] = {}   # paragraph -> (line, its mask): bold lines
        self._guide = 0            # depth inside a phonetic guide's text (w:rt): not the text itself
        self._in_code = False      # inside a field's code (w:instrText): an EQ field is a formula Word draws
        self.guided: list[int] = []   # paragraphs whose phonetic guides (拼音指南) were left out
        self.hidden: list[int] = []   # paragraphs whose hidden text was left out
        self.tracked: list[int] = []  # paragraphs with tracked changes (修订), read as if accepted
        self.unknown_symbols: list[tuple[int, str]] = []   # (paragraph, "Wingdings F0A8") with no text known
        self._symbol_font = ("", "")   # the run's ascii and hAnsi fonts when they are symbol fonts (SYMBOL_FONTS)
        self._paragraph_font = ("", "")   # the same given by the paragraph's style
        self.auto_numbered: list[int] = []   # paragraphs numbered by Word's list numbering (not in the text)
        self.labelled: dict[int, str] = {}   # paragraph -> the number Word draws, put in front of its text
        self._math = 0                       # depth inside a formula (m:oMathPara holds m:oMath)
        # tables, each as its rows of cells of (paragraph, text), with the last paragraph before it (a
        # section heading: 一、单项选择题); a table inside a cell is part of that cell
        self.tables: list[WordTable] = []
        self._tables: list[WordTable] = []   # open tables, outermost first
        self._before = ""                    # the text of the last paragraph outside any table
        self._shapes: list[list[bool]] = []  # each open shape: has it shown a text box or a picture?

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        if tag == _MC_FALLBACK or self._fallback:   # the copy Word keeps for older readers: read once, not twice
            self._fallback += 1
            self._in_text = False
            return
        if tag in _W_REVISIONS and self._open and self._count + 1 not in self.tracked:
            self.tracked.append(self._count + 1)   # (deleted text is w:delText, never read as w:t)
        if tag == _W_ALT_CHUNK:
            self.alt_chunks.append(self._count + 1)
        if tag in _OLD_LOOKS or self._old_look:   # the look before a tracked change: skipped whole
            self._old_look += 1
            self._in_text = False
            return
        if tag in (_W_MOVE_FROM, _W_DEL):   # text moved away (its new place, w:moveTo, is read) or deleted
            self._moved_away += 1
            if tag == _W_DEL and self._in_ppr and self._nums:   # the paragraph's own mark: taken away with it
                self._nums[-1][4] = True
        if tag == _W_PPR:
            self._in_ppr += 1
        self._in_text = tag == _W_T and bool(self._open) and not self._hidden_run and not self._guide and \
            not self._moved_away
        self._in_code = tag == _W_INSTR and bool(self._open)
        if tag == _W_RUBY_TEXT:
            self._guide += 1
            if self._count + 1 not in self.guided:
                self.guided.append(self._count + 1)
        if tag == _W_T and self._hidden_run and self._open and self._count + 1 not in self.hidden:
            self.hidden.append(self._count + 1)   # the paragraph being read (Word's count)
        if tag in _MATH:
            if not self._math and self._open:
                self._open[-1][1].append(Words("a formula"))
            self._math += 1
            self._in_text = False
            return
        if tag in _SHAPES:
            self._shapes.append([False])
        elif tag in _SHAPE_FILLED and self._shapes:
            self._shapes[-1][0] = True
        if tag == _CHART and self._open:
            self._open[-1][1].append(Words("a chart"))
        elif tag in _V_DRAWN and self._open:
            self._open[-1][1].append(Words("a drawing (a shape)"))
        if tag == _W_TBL:
            self._tables.append(WordTable(self._before))
        elif tag == _W_TR and len(self._tables) == 1:
            self._tables[0].rows.append([])
            self._tables[0].merging.append([])
        elif tag == _W_TC and len(self._tables) == 1 and self._tables[0].rows:
            self._tables[0].rows[-1].append([])
            self._tables[0].merging[-1].append((1, ""))
        elif tag == _W_GRID_SPAN and len(self._tables) == 1 and self._tables[0].merging and \
                self._tables[0].merging[-1]:
            span = attrib.get(_W_VAL, "1")
            merging = self._tables[0].merging[-1]
            merging[-1] = (max(1, min(int(span), 64)) if span.isdigit() else 1, merging[-1][1])
        elif tag == _W_VMERGE and len(self._tables) == 1 and self._tables[0].merging and \
                self._tables[0].merging[-1]:
            merging = self._tables[0].merging[-1]
            merging[-1] = (merging[-1][0], "restart" if attrib.get(_W_VAL) == "restart" else "continue")
        if tag == _W_P:
            self._open.append(([], []))
            self._masks.append([])
            self._under.append([])
            self._bolds.append([])
            self._nums.append([None, None, None, None, False])
            self._boxed.append([])
            self._box_pictured.append(False)
            self._paragraph_look = self._looks.runs.get(self._looks.default_paragraph, (None, None, None))
            self._paragraph_font = self._looks.fonts.get(self._looks.default_paragraph, ("", ""))
        elif tag == _W_PSTYLE and self._open:   # the paragraph's style gives its runs their look, and a number
            self._paragraph_look = self._looks.runs.get(attrib.get(_W_VAL, ""), (None, None, None))
            self._paragraph_font = self._looks.fonts.get(attrib.get(_W_VAL, ""), ("", ""))
            self._nums[-1][0:2] = self._looks.numbers.get(attrib.get(_W_VAL, ""), (None, None))
            if attrib.get(_W_VAL, "") in self._numbered_styles and self._count + 1 not in self.auto_numbered:
                self.auto_numbered.append(self._count + 1)
        elif tag == _W_R:
            self._run_look(self._paragraph_look)
            self._symbol_font = self._paragraph_font
        elif tag == _W_RSTYLE:   # a character style, over the paragraph's: then the run's own properties
            self._symbol_font = self._looks.fonts.get(attrib.get(_W_VAL, ""), self._symbol_font)
            character = self._looks.runs.get(attrib.get(_W_VAL, ""), (None, None, None))
            self._run_look(tuple(c if c is not None else p for c, p in zip(character, self._paragraph_look)))
        elif tag == _W_VANISH:
            self._hidden_run = attrib.get(_W_VAL, "true") not in ("0", "false", "off")
        elif tag in _W_CAPS:
            self._caps = attrib.get(_W_VAL, "true") not in ("0", "false", "off")
        elif tag in _W_STRIKES:
            self._struck = attrib.get(_W_VAL, "true") not in ("0", "false", "off")
        elif tag == _W_VERT_ALIGN:
            self._raised = {"superscript": "sup", "subscript": "sub"}.get(attrib.get(_W_VAL, ""), "")
        elif tag == _W_U:
            self._underlined = attrib.get(_W_VAL, "single") not in ("none", "0", "false", "off")
        elif tag in _W_BOLD:
            self._bold = attrib.get(_W_VAL, "true") not in ("0", "false", "off")
        elif tag == _W_RFONTS:   # a run typed in Wingdings (ü shows as √) or Symbol (³ shows as ≥)
            ascii_font = (attrib.get(_W_ASCII) or "").strip().casefold()
            other_font = (attrib.get(_W_HANSI) or attrib.get(_W_ASCII) or "").strip().casefold()
            # Word draws a character below U+0080 in the ascii font, others (ü is U+00FC) in the hAnsi one; a
            # font the run does not name stays its style's (an eastAsia font alone changes neither)
            self._symbol_font = (
                (ascii_font if ascii_font in SYMBOL_FONTS else "") if ascii_font else self._symbol_font[0],
                (other_font if other_font in SYMBOL_FONTS else "") if other_font else self._symbol_font[1])
        elif tag == _W_COLOR:
            self._white = attrib.get(_W_VAL, "").upper() == "FFFFFF" or \
                attrib.get(_W_THEME_COLOR, "") in ("background1", "light1")
            self._coloured = not self._white and _looks_coloured(attrib.get(_W_VAL, "auto"),
                                                                 attrib.get(_W_THEME_COLOR, ""))
            self._link_blue = attrib.get(_W_VAL, "").upper() in _LINK_BLUES or \
                attrib.get(_W_THEME_COLOR, "") in ("hyperlink", "followedHyperlink")
        elif tag in (_W_SHD, _W_HIGHLIGHT):
            plain = (attrib.get(_W_FILL) or attrib.get(_W_VAL, "auto")).upper() in ("AUTO", "FFFFFF", "NONE",
                                                                                      "WHITE", "CLEAR")
            if self._white:   # white on a shade or highlight is seen
                self._white = plain
            self._coloured = self._coloured or not plain
        elif not self._open or self._hidden_run or self._moved_away:
            return
        elif tag == _W_NO_BREAK_HYPHEN:
            self._put("-")
        elif tag == _W_SYM:
            font, code = attrib.get(_W_FONT, "").strip(), attrib.get(_W_CHAR, "")
            try:
                char = _SYMBOLS.get(font.casefold(), {}).get(int(code, 16) & 0xFF)
            except ValueError:
                char = None
            if char is None:
                self.unknown_symbols.append((self._count + 1, f"{font} {code}"))
            self._put(char or "\ufffd")
        elif tag == _W_NUMPR:
            if self._count + 1 not in self.auto_numbered:
                self.auto_numbered.append(self._count + 1)
        elif tag == _W_NUMID and attrib.get(_W_VAL, "") == "0" and self._count + 1 in self.auto_numbered:
            self.auto_numbered.remove(self._count + 1)   # numId 0: the numbering of its style turned off here
            self._nums[-1][2] = "0"
        elif tag == _W_NUMID:
            self._nums[-1][2] = attrib.get(_W_VAL, "")
        elif tag == _W_ILVL:
            self._nums[-1][3] = _level(attrib.get(_W_VAL))
        elif tag == _W_TAB:
            self._put(UNDERLINED_BLANK if self._underlined else "\t")
        elif tag in (_W_BR, _W_CR):   # a line break (w:cr: the carriage return some programs write)
            self._put("\n")
        elif tag == _A_BLIP:
            rid = attrib.get(_R_EMBED) or attrib.get(_R_LINK, "")
            self._open[-1][1].append(self._names.get(rid, "image"))
        elif tag == _V_IMAGE:
            self._open[-1][1].append(self._names.get(attrib.get(_R_ID, ""), "image"))
        elif tag == _W_OBJECT:
            self._open[-1][1].append(Words("embedded object"))
        elif tag in _W_NOTE_REFS:   # its text is not in the paragraph: a question would lose it
            self._open[-1][1].append(Words("a footnote"))

    def _put(self, text: str) -> None:
        """Text of the open paragraph, and whether each character is coloured (a run's own colour)."""
        if len(self._open[-1][0]) >= MAX_PIECES:   # 6 million one-letter runs took a minute (an outside tester)
            raise FileRefused(Words("paragraph {paragraph} is made of more than {count:,} separately formatted "
                                    "pieces, which no question needs: not a bank as Word writes it",
                                    paragraph=self._count + 1, count=MAX_PIECES))
        self._open[-1][0].append(text)
        linked = self._underlined and self._link_blue   # a web link's blue and underline, pasted: no answer's mark
        self._masks[-1].append(("1" if self._coloured and not linked and text != "\n" else "0") * len(text))
        self._under[-1].append(("1" if self._underlined and text.strip() and text != UNDERLINED_BLANK else "0")
                               * len(text))
        self._bolds[-1].append(("1" if self._bold else "0") * len(text))

    def _run_look(self, look: tuple) -> None:
        hidden, struck, lifted = look
        self._hidden_run, self._struck, self._raised = bool(hidden), bool(struck), lifted or ""
        self._underlined = self._white = self._coloured = self._caps = self._link_blue = self._bold = False

    def end(self, tag: str) -> None:
        self._in_text = self._in_code = False
        if tag == _W_RUBY_TEXT:
            self._guide = max(0, self._guide - 1)
        if self._old_look:
            self._old_look -= 1
            return
        if tag in (_W_MOVE_FROM, _W_DEL):
            self._moved_away = max(0, self._moved_away - 1)
        if tag == _W_PPR:
            self._in_ppr = max(0, self._in_ppr - 1)
        if self._fallback:
            self._fallback -= 1
            return
        if tag in _MATH:
            self._math = max(0, self._math - 1)
            return
        if tag in _SHAPES and self._shapes:
            filled = self._shapes.pop()[0]
            if not filled and self._open:
                self._open[-1][1].append(Words("a drawing (a shape)"))
            return
        if tag == _W_TBL and self._tables:
            table = self._tables.pop()
            if not self._tables:
                self.tables.append(table)
        if tag == _W_R:
            self._hidden_run, self._raised, self._struck, self._underlined, self._white = False, "", False, False, False
            self._coloured = self._caps = self._link_blue = self._bold = False
            self._symbol_font = ("", "")
        elif tag == _W_P and self._open:
            self._hidden_run = False
            pieces, images = self._open.pop()
            self._count += 1   # paragraphs are numbered as Word counts them, empty ones too
            if self._count > MAX_LINES:   # refused while reading: never held in memory first
                raise FileRefused(Words("more than {count:,} lines (paragraphs): a bank of at most {items:,} "
                                        "questions never needs so many; split the file", count=MAX_LINES,
                                        items=MAX_ITEMS))
            text, mask, under = "".join(pieces), "".join(self._masks.pop()), "".join(self._under.pop())
            bold = "".join(self._bolds.pop())
            style_num, style_level, own_num, own_level, taken_away = self._nums.pop()
            # a paragraph a tracked change deleted whole draws no number: the list's next one takes it
            num_id = None if taken_away and not text.strip() and not images else own_num or style_num
            if num_id and num_id != "0":   # the number Word draws in front: part of what the page shows
                label = self._numbering.label(num_id, own_level if own_level is not None else (style_level or 0))
                if label is not None and self._count in self.auto_numbered:
                    self.auto_numbered.remove(self._count)   # shown, so nothing is lost
                if label and _typed_again(label, text):   # Word's "B." and a typed "B. 乙": shown twice, meant once
                    label = ""
                if _SMALL_LETTER_LABEL.fullmatch(label or ""):   # Word's a) b) c): the options' letters it draws,
                    label = (label or "").upper()                # in order, read as A) B) C)
                if label:
                    text = f"{label} {text}"
                    mask = "0" * (len(label) + 1) + mask
                    under = "0" * (len(label) + 1) + under
                    bold = "0" * (len(label) + 1) + bold
                    self.labelled[self._count] = label
            if "1" in mask:   # by line, as the lines below split the paragraph
                at = 0
                for line in text.split("\n"):
                    if "1" in mask[at:at + len(line)]:
                        self.coloured.setdefault(self._count, []).append((line, mask[at:at + len(line)]))
                    at += len(line) + 1
            if "1" in bold:   # by line, as coloured ones
                self.bold[self._count] = [(line, bold[at:at + len(line)]) for at, line in
                                          line_starts(text) if "1" in bold[at:at + len(line)]]
            if "1" in under:   # a fill-in's answers, where a bank underlines them (我国的根本法是<u>宪法</u>。)
                self.underlined[self._count] = [(line, under[at:at + len(line)]) for at, line in
                                                line_starts(text) if "1" in under[at:at + len(line)]]
            if self._tables and not self._open:   # a paragraph of a table's cell (not of a text box in it)
                table = self._tables[0]
                if table.rows and table.rows[-1]:
                    table.rows[-1][-1].append((self._count, text))
                table.paragraphs.add(self._count)
                if len(self._tables) > 1:   # a table inside a cell (项目 | 税率 under 根据下表): its cells as lines
                    table.nested.add(self._count)
            elif not self._open and text.strip():
                self._before = text
            boxed, box_pictured = self._boxed.pop(), self._box_pictured.pop()
            if boxed and not box_pictured and any(t.strip() and not CAPTION.match(t.strip()) for _, t, _ in boxed):
                # a text box of words alone (内部资料, a note) in a question: glued to its stem it would change
                # what the question says; refused by name, as the doc says of drawn shapes
                boxed = []
                images = [*images, Words("a text box")]
            mine = [(self._count, piece, images if n == 0 else []) for n, piece in
                    enumerate(text.split("\n"))] + boxed
            if self._open:   # a text box's paragraph: its pictures go with the paragraph that holds the box,
                self._open[-1][1].extend(images)   # its text (a caption) follows that paragraph's own lines
                self._boxed[-1].extend((count, text, []) for count, text, _ in mine)
                if any(not isinstance(i, Words) for i in images):
                    self._box_pictured[-1] = True
            else:
                self.lines.extend(mine)

    def data(self, text: str) -> None:
        if self._in_code and self._open and _EQ_FIELD.match(text) and not self._hidden_run:
            self._open[-1][1].append(Words("a formula"))   # { EQ \f(1,2) }: drawn by Word from its code
        if self._in_text and self._open:
            if self._struck and text.strip():   # crossed-out words cannot be shown crossed out: refused, named
                self._open[-1][1].append(Words("struck-through text “{text}”", text=text.strip()))
            if self._white and text.strip():   # an answer or a 不 hidden in white: what Word shows is not it
                self._open[-1][1].append(Words("white text “{text}” (not seen on the page)", text=text.strip()))
            if self._underlined and text and not text.strip():   # underlined spaces: a line to write on
                text = UNDERLINED_BLANK
            text = text.upper() if self._caps else text
            if (any(self._symbol_font) or _PRIVATE_USE.search(text)) and text.strip():
                text = self._from_symbol_font(text)
            self._put(raised(text, self._raised) if self._raised else text)

    def _from_symbol_font(self, text: str) -> str:
        """Text typed in a symbol font as the characters Word shows (Wingdings ü: √); one with no character
        known is named (unknown_symbols) and stands as U+FFFD, so its question is refused, never stored with
        the raw letter (北京ü)."""
        out = []
        for char in text:
            private = 0xF020 <= ord(char) <= 0xF0FF   # a symbol font's code as Word keeps it (U+F0FC: ✓)
            # (Chinese and other East Asian text is drawn in the run's eastAsia font, never a symbol font)
            font = "" if ord(char) >= 0x2E80 and not private else self._symbol_font[0 if ord(char) < 0x80 else 1]
            if not font and not private:
                out.append(char)
                continue
            code = ord(char) - 0xF000 if private else ord(char)
            shown = _SYMBOLS.get(font, {}).get(code) or (char if char.isspace() or (
                font == "symbol" and chr(code).isdigit()) else None)
            if shown is None:
                shown_as = f"U+{ord(char):04X}" if private else f"“{char}”"   # (a private code shows as nothing)
                self.unknown_symbols.append((self._count + 1, f"{(font or 'symbol').title()} {shown_as}"))
            out.append(shown or "\ufffd")
        return "".join(out)

    def close(self) -> list[tuple[int, str, list[str]]]:
        return self.lines


def _typed_again(label: str, text: str) -> bool:
    """The paragraph's text starts with the letter or number Word draws in front of it, with a mark of its
    own ("B." drawn, "B．乙" typed; "3." drawn, "3、下列" typed)."""
    core = label.strip().strip("（()）.．、:： ")
    # (but not a figure the text opens with: "1." drawn before a typed "1.5倍工资…" or "3、4号文件…", outside round 86)
    return bool(core) and re.match(rf"\s*[（(]?{re.escape(core)}\s*[.．、:：)）](?!\s*\d)", text) is not None


def _part_of(target: str, mode: str) -> str:
    """The zip part a relationship of word/document.xml names ("media/image1.png" -> word/media/image1.png);
    a linked file outside the document keeps its own name (it is not in the document: refused by name)."""
    if mode == "External":
        return target.rsplit("/", 1)[-1] or target
    return posixpath.normpath(posixpath.join("word", target)) if not target.startswith("/") else target.lstrip("/")


def read_docx_bank(path: Path, bank: str) -> ImportReport:
    """A .docx bank: its paragraphs, and the paragraphs of its table cells, in document order.

    The document part is streamed through defusedxml's parser (DTDs forbidden) into a target that keeps
    only each paragraph's text: python-docx, which the tests use to write documents, holds the whole tree
    (about 800 MB and half a minute for a 50,000-question bank)."""
    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    from examcore.banks.text_files import TextRefused, parse_xml
    try:
        with zipfile.ZipFile(path) as z:
            infos = {i.filename: i for i in z.infolist()}
            big = next((i for i in infos.values() if i.file_size > MAX_PART_BYTES), None)
            if big is not None:
                raise FileRefused(Words("part {filename} unpacks to {file_size:,} bytes; at most {MAX_PART_BYTES:,}",
                                        filename=big.filename, file_size=big.file_size, MAX_PART_BYTES=MAX_PART_BYTES))
            if sum(i.file_size for i in infos.values()) > MAX_UNPACKED_BYTES:
                raise FileRefused(Words("the document unpacks to more than {MAX_UNPACKED_BYTES:,} bytes",
                                        MAX_UNPACKED_BYTES=MAX_UNPACKED_BYTES))
            if "word/document.xml" not in infos:
                raise FileRefused(Words("not a Word document (.docx): it has no word/document.xml"))
            names: dict[str, str] = {}   # relationship id -> the part it names (word/media/image1.png)
            if "word/_rels/document.xml.rels" in infos:
                rels, _ = parse_xml(z.read("word/_rels/document.xml.rels"))
                names = {r.get("Id", ""): _part_of(r.get("Target", ""), r.get("TargetMode", "")) for r in rels}
            looks = StyleLooks()
            if "word/styles.xml" in infos:   # what styles do to the text: numbering, hidden, struck, raised
                looks = style_looks(parse_xml(z.read("word/styles.xml"))[0])
            numbering = WordNumbering(parse_xml(z.read("word/numbering.xml"))[0]) \
                if "word/numbering.xml" in infos else WordNumbering()
            target = _Paragraphs(names, looks, numbering)
            parser = SafeET.DefusedXMLParser(target=target, forbid_dtd=True)
            with z.open("word/document.xml") as part:
                while chunk := part.read(1 << 16):
                    parser.feed(chunk)
            lines = parser.close()
            referenced = {name for _, _, images in lines for name in images}
            pictures = {name: Picture(z.read(name), name.rsplit("/", 1)[-1]) for name in referenced if name in infos}
    except (zipfile.BadZipFile, OSError, zlib.error, RuntimeError, NotImplementedError) as exc:
        # a damaged deflate stream, an encrypted part, a compression zipfile cannot read
        log.info("%s is not a readable .docx: %s", path.name, exc)
        raise FileRefused(Words("not a Word document (.docx), or a damaged one: open it in Word or WPS and save it "
                                "again as .docx")) from exc
    except TextRefused as exc:
        raise FileRefused(Words("not a Word document (.docx): {message}", message=exc.message)) from exc
    except (DefusedXmlException, SafeET.ParseError) as exc:
        log.info("%s: its text part is not readable XML: %s", path.name, exc)
        raise FileRefused(Words("not a Word document (.docx), or a damaged one: open it in Word or WPS and save it "
                                "again as .docx")) from exc
    except (ValueError, LookupError) as exc:   # its XML names an encoding expat cannot read (GBK, unknown)
        raise FileRefused(Words(
            "not a Word document (.docx): its text part is in an encoding that cannot be read ({exc}); "
            "save it again from Word",
            exc=exc)) from exc
    if target.alt_chunks:   # another document's content Word shows in place: its questions would be lost
        raise FileRefused(Words(
            "the document holds content pasted in from another file (at paragraph {n}), which Word shows but the "
            "file does not hold as its own paragraphs: open it in Word or WPS and save it again as .docx (they "
            "then become paragraphs), and import that", n=target.alt_chunks[0]))
    # (by place and identity: two tables alike are two tables)
    fielded = {n: _field_groups(t) for n, t in enumerate(target.tables, start=1)}
    kinds = {n: "header" if _is_bank_table(t) else "fields" if fielded[n] else "" for n, t in
             enumerate(target.tables, start=1)}
    tabled = [t for n, t in enumerate(target.tables, start=1) if kinds[n]]
    pictured: list[int] = []   # paragraphs of a table bank with a picture or a formula: never dropped unsaid
    inner_tables: list[int] = []   # the first paragraph of each table inside a cell of a table bank: the same
    if tabled:   # questions laid out in a table with a header row (序号 | 题目 | A | B | 答案): read as a sheet
        inside = set().union(*(t.paragraphs for t in tabled))
        pictured = sorted({n for n, _, images in lines if n in inside and images})
        inner_tables = sorted(min(t.nested) for t in tabled if t.nested)
        lines = [line for line in lines if line[0] not in inside]
    score_boxes: list[int] = []
    data_tables: list[int] = []   # first paragraphs of tables of data (项目 | 税率), in no question's table
    key_cells: dict[int, tuple[int, int]] = {}   # a key table cell's paragraphs -> (its first, its number)
    key_columns_unread: list[tuple[int, str]] = []   # (a key table's first paragraph, its columns not read)
    unread_key_numbers: dict[int, list[int]] = {}   # a 题号 | 答案 table not read as a key -> the numbers it names
    lines = _tables_as_read(lines, [t for n, t in enumerate(target.tables, start=1) if not kinds[n]], score_boxes,
                            data_tables, key_cells, key_columns_unread, unread_key_numbers)
    beside = _data_beside_questions(target.tables, kinds, fielded, data_tables, lines)
    if beside:   # said below, once the report is made; their lines read as nothing else (titles, stray lines)
        dropped = {p for b in beside if b.row for p in b.data.paragraphs | b.captions}   # (one no table question
        # asks about stays: a paragraph question beside it may, and is then refused with it by name)
        lines = [line for line in lines if line[0] not in dropped]
    said_outside = {n: text.strip() for n, text, _ in lines if text.strip()}   # paragraphs outside tables of questions
    written = sorted(said_outside)
    ends: list[tuple[int, str]] = []   # (last paragraph, last section row) of each table of questions holding one
    for n, table in enumerate(target.tables, start=1):
        if kinds[n] and table.paragraphs and (heading := _last_section(table, fielded[n])):
            ends.append((max(table.paragraphs), heading))
    starts = sorted(min(t.paragraphs) for n, t in enumerate(target.tables, start=1) if kinds[n] and t.paragraphs)
    for end, heading in ends:   # 二、多选题 in a table, numbered paragraphs after it: their section's heading
        after = next((p for p in written[bisect.bisect_right(written, end):] if not _remark(said_outside[p])), None)
        if after is not None and not any(end < start < after for start in starts):
            at = next((k for k, line in enumerate(lines) if line[0] > end), len(lines))
            lines = [*lines[:at], (end, heading, []), *lines[at:]]
    report = read_office_lines(lines, path.name, bank, unit="paragraph", pictures=pictures,
                               auto_numbered=frozenset(target.auto_numbered), labelled=target.labelled,
                               coloured=target.coloured, underlined=target.underlined, bold=target.bold,
                               key_cells=key_cells, unread_key_numbers=unread_key_numbers)
    for first, columns in key_columns_unread:
        report.notes.append(RowProblem(path.name, first, None, Words(
            "the answer key's table: its column(s) {columns} not read (only 题号, 答案 and 解析 are); a question's "
            "points go in its section's heading (每题2分) or a 分值： line below it, other words in its 解析 if they "
            "should be kept", columns=columns), unit="paragraph"))
    if score_boxes:
        report.notes.append(RowProblem(path.name, score_boxes[0], None, Words(
            "left out: scoring boxes (得分 | 评卷人), at paragraph(s) {shown}", shown=numbers_listed(score_boxes)),
            unit="paragraph"))
    carried, carried_until = "", -1   # the last section row of the table of questions above, and its last paragraph
    # the section headings among the paragraphs: a table of questions whose paragraph above is no heading (a
    # caption, a table of data's last line) is in the section of the last one above it
    headings = sorted((p, t) for p, t in said_outside.items() if "题" in t or "解释" in t) if any(kinds.values()) else []
    headings = [(p, t) for p, t in headings if heading_type(as_section(t)) is not None]
    for n, table in enumerate(target.tables, start=1):   # (named by its place among all the document's tables)
        if kinds[n] and table.paragraphs:
            refused_beside = {p for b in beside for p in b.paragraphs if p in table.paragraphs}
            start = min(table.paragraphs)
            goes_on = carried and all(_remark(said_outside[p]) for p in written[
                bisect.bisect_right(written, carried_until):bisect.bisect_left(written, start)])   # (its remark may
            # stand between: （本大题共1小题）)
            above = next((t for p, t in reversed(headings) if p < start), "")
            section = carried if goes_on else "" if heading_type(as_section(table.before.strip())) else above
            _read_table(table, n, path.name, bank, report,
                        frozenset(pictured) | frozenset(table.nested) | frozenset(refused_beside),
                        fields=fielded[n] if kinds[n] == "fields" else None, section=section)
            carried, carried_until = _last_section(table, fielded[n]), max(table.paragraphs)
    for b in beside:
        if not b.row:   # a table of data no question asks about: said once, if it was read as titles
            rows = b.data.paragraphs | b.captions
            titles = [note for note in report.notes if note.row in rows and
                      getattr(note.message, "template", "") == "{text!r} read as a title, not a question"]
            if not titles:   # (inside a paragraph question, or stray lines under a heading: said so already)
                continue
            report.notes = [note for note in report.notes if not any(note is t for t in titles)]
            counted = sum(1 for p in rows if said_outside.get(p)) - len(titles)   # its lines in "N more lines"
            kept_notes = []
            for note in report.notes:
                template = getattr(note.message, "template", "")
                if counted > 0 and template == "{count:,} more lines above the first question read as a title":
                    left = int(getattr(note.message, "params", {}).get("count", 0)) - counted
                    if left <= 0:
                        continue
                    note = replace(note, message=Words(template, count=left))
                kept_notes.append(note)
            report.notes = kept_notes
            cells = " | ".join(c for c in b.data.cells()[0] if c)[:30]
            report.notes.append(RowProblem(path.name, min(b.data.paragraphs), None, Words(
                "a table of data ({cells} …) next to table {number} that no question asks about (下表, 上表, 表中): "
                "not imported; if a question needs it, write its data into that question's stem", cells=cells,
                number=b.number), unit="paragraph"))
            continue
        report.problems.append(RowProblem(path.name, min(b.data.paragraphs), None, Words(
            "a table of data next to table {number}, whose question at row {row} ({stem}) asks about a table: a "
            "question keeps text only, so it is left out; write what it needs from this table into its stem as "
            "text, or delete the table", number=b.number, row=b.row, stem=b.stem), unit="paragraph"))
    for n in pictured:
        report.problems.append(RowProblem(path.name, n, None, Words(
            "a picture (or a formula, a chart) in a table of questions cannot be kept with its question: put "
            "questions with pictures as numbered paragraphs (1. … A. …), or delete the picture"), unit="paragraph"))
    for n in inner_tables:
        report.problems.append(RowProblem(path.name, n, None, Words(
            "a table inside a cell of a table of questions cannot be kept with its question (its cells would "
            "become lines of the stem): write the question as numbered paragraphs (1. … A. …) with the table "
            "below its stem, or delete the inner table"), unit="paragraph"))
    for n, table in enumerate(target.tables, start=1):   # a table of questions with no header row: how to make
        wide = any(len(row) > 1 for row in table.rows)    # it one, once
        if not kinds[n] and wide and table.paragraphs and not any(b.data is table for b in beside) and \
                min(table.paragraphs) not in data_tables and \
                any(p.row in table.paragraphs for p in report.problems) and _key_table(table, True) is None:
            # (1-5 | ABCD: the key's line is said, no table of questions)
            first = min(table.paragraphs)
            report.notes.append(RowProblem(path.name, first, None, Words(
                "a table starts here whose first row is no header: to be read as a table of questions, give it a "
                "header row (题型, 题目, 选项A, 选项B …, 答案) as in the Excel template"), unit="paragraph"))
    for paragraph, symbol in target.unknown_symbols:   # never a question with a character silently gone
        report.problems.append(RowProblem(path.name, paragraph, None, Words(
            "a symbol inserted from the font {symbol} has no text Xuefa knows: type the character "
            "itself (√, ≥ …)",
            symbol=symbol), unit="paragraph"))
    refused = sorted({p.row for p in report.problems
                      if p.row is not None and "Word's automatic numbering" in str(p.message)})
    if refused:   # refused for a number Word draws: how to turn it off, once
        shown = numbers_listed(refused)
        report.notes.append(RowProblem(path.name, None, None, Words(
            "paragraph(s) {shown} are numbered by Word's automatic numbering, which is not part of the "
            "text: select them, turn the numbering off (开始 → 编号 → 无) and type the numbers, or save as "
            ".txt",
            shown=shown)))
    if target.guided:   # the base text is the text; the pinyin over it is an aid Word draws
        shown = numbers_listed(target.guided)
        report.notes.append(RowProblem(path.name, None, None, Words(
            "left out: phonetic guides (拼音指南) over the text in paragraph(s) {shown}", shown=shown)))
    if target.hidden:   # what Word shows is what is imported, and the report says what was not
        shown = numbers_listed(target.hidden)
        report.notes.append(RowProblem(path.name, None, None, Words(
            "left out: hidden text (Word's 隐藏文字) in paragraph(s) {shown}",
            shown=shown)))
    if target.tracked:   # what Word shows with every change accepted is what is read: said, to be checked
        shown = numbers_listed(target.tracked)
        report.notes.append(RowProblem(path.name, None, None, Words(
            "paragraph(s) {shown} hold tracked changes (修订): read as if every change were accepted (deleted text "
            "left out, inserted text kept); if that is not meant, accept or reject them in Word (审阅) first",
            shown=shown)))
    # no table of data, or no picture at all: a question asking about one lost it on the way (beside a table of
    # data, the table's own rules decide: _data_beside_questions, office_text)
    # (tables of questions, scoring boxes and keys are no tables of data: a web exam system's export asking 根据下表
    # in its table of questions holds none)
    refuse_what_it_lacks(report, tables=not data_tables, figures=not pictures)
    return report


_KEY_CELL = re.compile(r"[A-HＡ-Ｈa-h](?:\s*[,，、]?\s*[A-HＡ-Ｈa-h]){0,7}|√|×|✓|✗|对|错|正确|错误")   # a key table's answer
_NUMBER_WORDS = {"题号", "题目", "序号", "题次", "编号"}
_TYPE_HEADERS = {"题型", "类型", "题目类型", "试题类型"}
# a key table's column of corrections (更正, 勘误, 订正答案): what it says changes the answer beside it
_CORRECTION_HEADER = re.compile(r"更正|勘误|订正|修正|改正|正确答案")   # (原答案 | 正确答案: round 143)
_EXPLANATION_HEADER = re.compile(r"(?:答案|试题)?解析(?:说明)?")   # a key table's 解析 column
_KEY_NUMBER = re.compile(r"第?(\d{1,4})(?:题|[.、．])?")   # a key table's number cell: 1, 1., 1、, 第1题
_KEY_SPAN = re.compile(r"第?(\d{1,4})\s*[-－—–~～至到]\s*(\d{1,4})\s*题?")   # … or a range of them: 1-5, 6～10
# a range's answers, one letter or mark each (ABCDA, A B C D A, AB、C、ABD): as a text key's 1-5：ABCDA
_KEY_RUN = re.compile(rf"{RANGE_ANSWER}(?:[ \t,，、;；]+{RANGE_ANSWER})*")


def _key_number(cell: str) -> str:
    """The question number a key table's number cell gives (1, 1., 1、, 第1题: "1"; a range 1-5 or 第6～10题: "1-5",
    its answers read as a text key's 1-5：ABCDA); "" for none."""
    number = _KEY_NUMBER.fullmatch(cell)
    if number is not None:
        return number.group(1)
    span = _KEY_SPAN.fullmatch(cell)
    return f"{span.group(1)}-{span.group(2)}" if span is not None and int(span.group(1)) < int(span.group(2)) else ""


def _key_answer(number: str, answer: str) -> bool:
    """A letters-and-marks key table's answer for ``number`` as read: a question's letters or mark, a range's run."""
    return (_KEY_RUN if "-" in number else _KEY_CELL).fullmatch(answer) is not None


def _key_table(table: WordTable, after_key_heading: bool, unread: list[str] | None = None,
               labels: dict[int, tuple[int, str]] | None = None) -> list[tuple[str, str, list[tuple[int, str]]]] | None:
    """The (number, answer, the answer cell's paragraphs as written) of an answer key laid out as a table: 题号 |
    答案 down the rows (or in pairs of columns), or a row of numbers over a row of answers (题号 1 2 3 / 答案 A B C);
    None when it is no key. Answers must be letters or true/false marks unless a key heading (参考答案) stands
    above it. The number and answer are read NFKC-normalised (１ as 1, Ａ as A), which only recognises them: an
    answer is stored as its cell has it. ``unread``: the headers of other columns holding words (备注, 分值), which
    are not read; ``labels``: from a 题型 column, the index of each pair whose type differs from the one above ->
    (its 题型 cell's paragraph, the type as a key's label: 单选题)."""
    grid = [[unicodedata.normalize("NFKC", c).strip() for c in row] for row in table.cells()]
    grid[:1] = [["".join(c.split()) for c in grid[0]]] if grid else []   # 题 号 | 答 案 (outside round 117)
    written = table.cell_lines()
    if not grid or max(len(row) for row in grid) < 2:
        return None
    pairs: list[tuple[str, str, list[tuple[int, str]]]] = []
    header = grid[0]
    if any(_EXPLANATION_HEADER.fullmatch(cell) for row in grid[1:2] for cell in row) or \
            any(_EXPLANATION_HEADER.fullmatch(row[0]) for row in grid if row):   # a 解析 row: its explanations
        # would not be read, not a key (解析：… inside an answer's cell is read as its explanation; an answer 见解析
        # is no header)
        return None
    explained = next((c for c, cell in enumerate(header) if _EXPLANATION_HEADER.fullmatch(cell)), None)
    # 题号 | 答案 pairs of columns (题号 | 题型 | 答案 too: round 119 had its header stored as an answer)
    columns = [(c, c + 1) if "答案" in header[c + 1] else (c, c + 2) for c in range(len(header) - 1)
               if header[c] in _NUMBER_WORDS and ("答案" in header[c + 1] or c + 2 < len(header) and
                                                 header[c + 1] in _TYPE_HEADERS and "答案" in header[c + 2])]
    if explained is not None and (len(columns) != 1 or explained in columns[0]):
        return None   # (题号 | 答案 | 解析: each row's explanation, read below; beside pairs of columns it is not read)
    typed = next((c for c in range(len(header)) if header[c] in _TYPE_HEADERS), None) if len(columns) == 1 else None
    if typed is not None and not all(heading_type(k if k.endswith("题") else f"{k}题") for k in
                                     {row[typed] for row in grid[1:] if typed < len(row) and row[typed]}):
        return None   # 选择题, 客观题: which of the paper's sections each part is cannot be told (round 119: its rows
        # were read as remarks and questions)
    if any(last > first and not (typed is not None and left == right == typed + 1)
           for left, first, right, last in table.merged()):   # an answer cell merged down over several rows: whose
        return None   # answer it is cannot be told (the rows below it had been stored with none); a 题型 cell merged
        # over its part's rows is its label (round 119)
    other = [c for c in range(len(header)) if columns and c != typed and c != explained and
             all(c not in pair for pair in columns) and any(c < len(row) and row[c] for row in grid[1:])]
    if any(c < len(row) and row[c] and (_CORRECTION_HEADER.search(header[c]) or is_correction(row[c]) or (
            len(columns) == 1 and columns[0][1] < len(row) and cell_says_answer(row[columns[0][1]], row[c])))
           for c in other for row in grid[1:]):
        return None   # 题号 | 答案 | 更正, or a 备注 saying 答案应为D: a correction the key's reading would drop (round 142:
        # a note said the column was not read, the answer it corrects stored, exit 0): the table is refused
    if other and unread is not None:   # 题号 | 答案 | 备注: the other columns' words are no answer, never dropped unsaid
        unread.append(", ".join(header[c] or str(c + 1) for c in other))
    if columns:   # 题号 | 答案 (| 题号 | 答案 …) down the rows, a pair of columns after the other (1-3 | 4-6, or a
        # section's 1-3 beside the next one's 1-3: read across the rows, the second had been taken as the first
        # section's answered twice, outside round 118)
        for c, a in columns:
            for r, row in enumerate(grid[1:], start=1):
                if a < len(row) and (number := _key_number(row[c])):   # (an empty answer cell too: said as
                    # that question's empty answer, not the whole table refused as "a table of data", round 115)
                    kind = row[typed] if typed is not None and typed < len(row) else ""
                    if typed is not None and kind and labels is not None and kind != (grid[r - 1][typed] if r > 1 else ""):
                        # 题型 | 题号 | 答案 in another order than the paper's sections: each part labelled by its type,
                        # as a text key's 判断题： (round 118: the parts were given to the sections in the paper's
                        # order, answers swapped between them, exit 0)
                        cell_at = written[r][typed][0][0] if written[r][typed] else 0
                        labels[len(pairs)] = (cell_at, kind if kind.endswith("题") else f"{kind}题")
                    # (题号 | 答案 | 解析: the row's explanation below its answer, as a cell's 解析： paragraph is read;
                    # round 141: the table had been refused whole)
                    said = [(at, t) for at, t in written[r][explained] if t.strip()] if explained is not None and \
                        explained < len(written[r]) else []
                    if said and not written[r][a]:
                        return None   # (an explanation beside no answer: the row is not read as a key's)
                    pairs.append((number, row[a], [*written[r][a], *(
                        (at, f"解析：{t.strip()}" if k == 0 else t) for k, (at, t) in enumerate(said))]))
                elif c < len(row) and (row[c] or (a < len(row) and row[a])):
                    return None   # something else in a number's place: not a key as written
    elif after_key_heading and _headerless(grid):   # 1-5 | ABCDA down the rows with no header, or the rest of a
        # key table Word split over a page without repeating it, in the key (refused as "a table of data", or its
        # rows as remarks)
        pairs = [(_key_number(row[0]), row[1], written[r][1]) for r, row in enumerate(grid)]
    else:   # a row of numbers, the row of their answers below it (each perhaps labelled 题号 / 答案)
        at = 0
        while at < len(grid):
            numbers = grid[at][1:] if grid[at] and "".join(grid[at][0].split()) in _NUMBER_WORDS else grid[at]
            if not numbers or not all(_key_number(n) for n in numbers if n) or at + 1 >= len(grid):
                return None
            numbers = [_key_number(n) for n in numbers]
            below = grid[at + 1]
            labelled = bool(below) and "答案" in "".join(below[0].split()) and len(below) == len(grid[at])
            answers = below[1:] if labelled else below
            if len(answers) != len(numbers):
                return None
            cells = written[at + 1][1:] if labelled else written[at + 1]
            pairs += [(n, a, cell) for n, a, cell in zip(numbers, answers, cells) if n]
            at += 2
    # a range's letters as a text key reads them: 答案：ABCDA, ABCDA。 or a letter a paragraph (had refused the table)
    pairs = [(n, " ".join(REFERENCE_LABEL.sub("", a).rstrip("。.").split()) if "-" in n else a, cell) for n, a, cell in pairs]
    if not any(a for _, a, _ in pairs) or not after_key_heading and not all(_key_answer(n, a) for n, a, _ in pairs) or \
            not all(_key_answer(n, a) for n, a, _ in pairs if "-" in n):   # (a range's written answers: whose is which?)
        return None
    return pairs


def _headerless(grid: list[list[str]]) -> bool:
    """A key table of two columns without a header: each row a question's number (or a range) and its answer."""
    if not all(len(row) == 2 and _key_number(row[0]) and row[1] for row in grid):
        return False
    if not all(_key_number(row[1]) for row in grid):
        return True   # (answers that are no numbers: each row a number and its answer; 1 | 2 over B | C is no
        # such table, its second row holds no number first)
    # every cell a number (a fill-in's key of days: 1 | 60, 2 | 15 …): down the rows where the first column counts
    # on, never read across (Q1 had been stored with 2, Q3 with 4 under --accept-valid, outside round 121)
    firsts = [_key_number(row[0]) for row in grid]   # (one row, 5 | 3, cannot be a row over a row: down)
    return all(f.isdigit() for f in firsts) and all(int(b) == int(a) + 1 for a, b in zip(firsts, firsts[1:]))


def _key_table_lines(pairs: list[tuple[str, str, list[tuple[int, str]]]], first: int, headed: bool,
                     key_cells: dict[int, tuple[int, int]],
                     labels: dict[int, tuple[int, str]] | None = None) -> list[tuple[int, str, list]]:
    """A key table's lines in its place: letters and true/false marks as one line of entries (参考答案：1.A 2.B
    where no key heading stands above it); written answers as a line per entry, ``n. `` and its cell's first
    paragraph, the cell's other paragraphs below it, each as written (they had been NFKC-normalised, their
    spaces taken out and joined into one line: 10²㎡ stored as 102m2, New York as NewYork, exit 0; a cell's
    points （1）… （2）… on lines of their own refused the question, outside round 114), a 题型 column's label
    (``labels``) above the rows where the type changes. Every paragraph of a cell goes into ``key_cells``
    (paragraph -> (the cell's first paragraph, the entry's number)): the reader takes the cell whole as that
    entry (office_text ``_key_cell_line``), never its paragraphs as lines of their own."""
    if all(_key_answer(n, answer) for n, answer, _ in pairs) and not labels and \
            not any(text.startswith("解析：") for _, _, cell in pairs for _, text in cell[1:]):   # (a row's explanation)
        entries = " ".join(f"{n}：{answer}" if "-" in n else f"{n}.{answer.replace(' ', '')}" for n, answer, _ in pairs)
        key_cells[first] = (first, -1)   # (nothing below the table goes on with its last entry)
        return [(first, entries if headed else f"参考答案：{entries}", [])]
    lines: list[tuple[int, str, list]] = []
    for k, (n, answer, cell) in enumerate(pairs):
        if labels and k in labels:   # (a 题型 column's type, where it changes: the key's label of that section)
            lines.append((labels[k][0] or first, labels[k][1], []))
        cell = cell or [(first, answer)]
        if "-" in n:   # 1-5 | ABCDA: a text key's line (its letters, one a question), not a cell of one entry
            lines.append((cell[0][0], f"{n}：{answer}", []))
            key_cells[cell[0][0]] = (cell[0][0], -1)
            continue
        lines.append((cell[0][0], f"{n}. {cell[0][1]}", []))
        key_cells[cell[0][0]] = (cell[0][0], int(n))
        for paragraph, text in cell[1:]:
            lines.append((paragraph, text, []))
            key_cells[paragraph] = (cell[0][0], int(n))
    return lines


_SCORE_WORDS = {"得分", "评卷人", "阅卷人", "复核人", "核分人", "评分人", "总分", "题号", "分数", "签名", "合计"}


def _tables_as_read(lines: list[tuple[int, str, list]], tables: list[WordTable],
                    score_boxes: list[int] | None = None,
                    data_tables: list[int] | None = None,
                    key_cells: dict[int, tuple[int, int]] | None = None,
                    key_columns_unread: list[tuple[int, str]] | None = None,
                    unread_key_numbers: dict[int, list[int]] | None = None) -> list[tuple[int, str, list]]:
    """The document's lines with its tables of no questions read as what they are: an answer key laid out
    as a table (_key_table) as the key's lines in the table's place (_key_table_lines); a table of several
    columns holding no question, option or answer line (a stem's data table: 项目 | 税率) marked on its first
    paragraph as a table, which refuses the question it is in by name (flattened into lines it would read
    as other text)."""
    if not tables:
        return lines
    replaced: dict[int, list[tuple[int, str, list]]] = {}   # first paragraph -> the key's lines in the table's place
    dropped: set[int] = set()
    marked: dict[int, str] = {}                        # first paragraph of a data table -> its first row's cells
    collapsed_into: set[int] = set()                   # its other paragraphs (the table is read as one line)
    reordered: dict[int, list[int]] = {}               # first paragraph -> the table's paragraphs in reading order
    said = {n: text.strip() for n, text, _ in lines if text.strip()}
    key_at = next((n for n, t, _ in lines if KEY_HEADING.match(t) or KEY_OPENING.match(t)), None)
    for table in tables:
        if not table.paragraphs:
            continue
        first = min(table.paragraphs)
        words = {"".join(cell.split()) for row in table.cells() for cell in row if cell.strip()}
        if words & _SCORE_WORDS and \
                words <= _SCORE_WORDS | {c for c in words if re.fullmatch(r"[一二三四五六七八九十\d]{1,3}", c)}:
            # 得分 | 评卷人: a paper's scoring box before a section, nothing of a question (left out, and said)
            dropped |= table.paragraphs
            if score_boxes is not None:
                score_boxes.append(first)
            continue
        label = key_parts(table.before) if key_at is not None and key_at < first else []
        # 参考答案 above it, or inside the key a section's label (二、判断题): the key's lines follow it
        headed = bool(KEY_HEADING.match(table.before)) or (
            len(label) == 1 and label[0].labelled and not label[0].rest.strip())
        unread: list[str] = []
        labels: dict[int, tuple[int, str]] = {}
        pairs = _key_table(table, headed, unread, labels)
        if pairs is not None and unread and key_columns_unread is not None:
            key_columns_unread.append((first, unread[0]))
        if pairs is not None:
            replaced[first] = _key_table_lines(pairs, first, headed, key_cells if key_cells is not None else {}, labels)
            dropped |= table.paragraphs - {first}
            continue
        down = _options_down_columns(table)
        if down is not None:   # A. 国务院 | C. 最高法院 / B. 全国人大 | D. 司法部: the options read down the columns
            reordered[first] = down
            continue
        texts = [cell for row in table.cells() for cell in row if cell]
        wide = any(len(row) > 1 for row in table.rows)
        header = ["".join(unicodedata.normalize("NFKC", c).split()) for c in (table.cells() or [()])[0]]
        if table.nested:   # (a key table inside a frame's cell: its paragraphs, in order)
            header = ["".join(unicodedata.normalize("NFKC", t).split()) for row in table.rows for cell in row
                      for _, t in cell if t.strip()]
        key_like = any(a in _NUMBER_WORDS and "答案" in b for a, b in zip(header, header[1:]))
        if (wide or key_like) and texts and (key_like or not any(NUMBERED.match(t) or OPTION.match(t) or ANSWER.match(t) or
                                                   heading_type(t) or BLANK_PATTERN.search(t) for t in texts)):
            # (a blank: a question's stem, in a table of questions without its header; 题号 | 答案 not read as a
            # key, its 题号 column numbered by Word itself or the table inside another: one line too, never its cells
            # as lines, 题号 had been stored as the last short answer's answer, outside round 117)
            marked[first] = " | ".join(c for c in table.cells()[0] if c)[:60]
            if key_like and key_cells is not None:   # (the key's place all the same: 参考答案 above it opens the key,
                key_cells[first] = (first, 0)   # and the questions it would have answered are refused with it)
                if unread_key_numbers is not None:   # (… and those it names that the key answered above it: whose
                    # answer is right cannot be told, round 123)
                    unread_key_numbers[first] = sorted({int(k) for row in table.cells()[1:] if row
                                                        if (k := _key_number(unicodedata.normalize("NFKC", row[0]).strip()))
                                                        and k.isdigit()})
            collapsed_into |= table.paragraphs - {first}
            for side in (range(first - 1, max(first - 4, 0), -1), range(max(table.paragraphs) + 1,
                                                                          max(table.paragraphs) + 4)):
                near = next((n for n in side if said.get(n)), None)   # its caption (表1 …, 单位：万元) goes with it
                if near is not None and _caption(said[near]) and near not in marked and \
                        not (key_at is not None and key_at < near and said[near].lstrip().startswith("附")):
                    collapsed_into.add(near)   # (附表 … below the key titles an appendix, read as one: round 129)
    if data_tables is not None:
        data_tables += sorted(marked)
    out: list[tuple[int, str, list]] = []
    by_number = {line[0]: line for line in lines} if reordered else {}
    moved = {n for order in reordered.values() for n in order}
    for line in lines:
        if line[0] in reordered:
            out += [by_number[n] for n in reordered[line[0]] if n in by_number]
            continue
        if line[0] in dropped or line[0] in moved:
            continue
        if line[0] in collapsed_into:
            continue   # (a table of data is one line: its first)
        if line[0] in marked:   # the whole table as one line, marked: its cells as lines of their own were glued
            # into stems and material, their figures dropped as page numbers (an outside round)
            line = (line[0], marked[line[0]], [*line[2], Words("a table")])
        out += replaced.get(line[0], [line])
    return out


# a stem that asks about the table below (or above) its table of questions, whichever question of it says so
_NOT_A_TABLE = NOT_TABLE_AFTER   # 以下表述, 下表皮, 台上表演, 表弟, 表见代理: other words
_TABLE_BELOW = re.compile(rf"(?:下表|下列表格|下列统计表|下[面方]的?.{{0,4}}?表|如下表){_NOT_A_TABLE}")
_TABLE_ABOVE = re.compile(rf"(?:上表|以上表格|上面的?.{{0,2}}表|前表){_NOT_A_TABLE}")
# … or about a table without saying where (表1, 附表, 表中, 见表, 下列数据)
_TABLE_NAMED = re.compile(rf"(?:(?:附表|(?<![代发外])表)\s*[-－—]?\s*[\d一二三四五六七八九十ⅠⅡⅢⅣⅤ]|附表|(?<![代发外])表[中内]|见表|如表|此表|该表|本表|"
                          rf"表格|统计表|读表|[根依]据[^，。,；;]{{0,4}}?(?<![代发外])表|如下所示|所给数据|"
                          rf"(?:下列|以下|如下|上述|下表|上表)(?:的|统计|各项|所示)?数据(?!库)|"
                          rf"(?:以下|下面|下列|如下|上述|[根依]据)的?(?:资料|材料)|(?:资料|数据|材料|情况)如下){_NOT_A_TABLE}")
# … which a question further from it must say plainly (周期表中, 电子表格, 报表中 are other tables)
_TABLE_CITED = re.compile(rf"(?:根据表中|表中(?:数据|所列|所示)|见表|如表|(?:附表|(?<![代发外])表)\s*[-－—]?\s*[\d一二三四五六七八九十ⅠⅡⅢⅣⅤ]|附表|上述表格|"
                          rf"该表|此表|本表|(?:资料|数据|材料)如下){_NOT_A_TABLE}")


@dataclass(frozen=True)
class DataBeside:
    """A table of data (项目 | 税率) right beside a table of questions, and the question of it that asks about it
    (row 0: none does)."""

    data: WordTable
    number: int             # the table of questions, by its place among the document's tables
    row: int                # the asking question's first row in it; 0: no question asks about it (said)
    stem: str               # what it says, to name it
    paragraphs: frozenset[int]   # that question's paragraphs: it is left out
    captions: frozenset[int]     # the caption lines between the two tables (表1 增值税税率)


def _data_beside_questions(tables: list[WordTable], kinds: dict[int, str], fielded: dict[int, list[FieldGroup] | None],
                           data_tables: list[int], lines: list[tuple[int, str, list]]) -> list[DataBeside]:
    """Tables of data (``data_tables``: their first paragraphs) right above or below a table of questions (only
    empty paragraphs or a short caption between), and the questions of that table that ask about them: any
    that says 下表 (data below) or 上表 (above), 表1, 表中, 见表, 下列数据, 如下所示 …, and the one right next to it
    whichever way it says it (a 下表 with the table above it is still about it). Each asking question is left
    out: it cannot keep the table (a stem is text); it had been stored without the table, the table's cells
    said as titles (outside rounds, issue 16). A data table beside one that no question of it asks about is
    returned once with row 0 (said once, if its cells were read as titles)."""
    if not data_tables:
        return []
    said = {n: text.strip() for n, text, images in lines if text.strip() or images}
    found: list[DataBeside] = []
    banks = [(n, t) for n, t in enumerate(tables, start=1) if kinds[n] and t.paragraphs]
    for table in (t for t in tables if t.paragraphs and min(t.paragraphs) in data_tables):
        first, last = min(table.paragraphs), max(table.paragraphs)
        beside: tuple[int, frozenset[int]] | None = None   # the first table of questions it stands next to
        asked_here = False
        for n, bank_table in banks:
            below = max(bank_table.paragraphs) < first   # the data below the questions
            gap = range(max(bank_table.paragraphs) + 1, first) if below else range(last + 1, min(bank_table.paragraphs))
            if not below and min(bank_table.paragraphs) < last or not all(_caption(said.get(p, "")) for p in gap):
                continue
            questions = _questions_of(bank_table, fielded.get(n))
            nearest = questions[-1] if below and questions else questions[0] if questions else None
            asked = False
            for rows in questions:
                text = " ".join(t for r in rows for cell in bank_table.rows[r - 1] for _, t in cell)
                if (_TABLE_BELOW if below else _TABLE_ABOVE).search(text) or _TABLE_CITED.search(text) or \
                        rows is nearest and (_TABLE_NAMED.search(text) or _TABLE_BELOW.search(text) or
                                             _TABLE_ABOVE.search(text)):
                    asked = True
                    stem = next((t for r in rows for cell in bank_table.rows[r - 1] for _, t in cell
                                 if _TABLE_BELOW.search(t) or _TABLE_ABOVE.search(t) or _TABLE_NAMED.search(t)), text)
                    # (a caption right beside the data table is already in its one line: _tables_as_read)
                    found.append(DataBeside(table, n, rows[0], stem.strip()[:30], frozenset(
                        p for r in rows for cell in bank_table.rows[r - 1] for p, _ in cell),
                        frozenset(p for p in gap if said.get(p))))
            beside = beside or (n, frozenset(p for p in gap if said.get(p)))
            asked_here = asked_here or asked
        if beside and not asked_here:   # no question asks about it: not imported, said once (not its cells as
            found.append(DataBeside(table, beside[0], 0, "", frozenset(), beside[1]))   # titles, one by one)
    return found


def _caption(text: str) -> bool:
    """A line that may stand between a table of data and its question: none, or a short caption (表1 增值税税率,
    单位：万元, 注：…, 资料来源：…)."""
    return not text or len(text) <= 60 and ("表" in text or text.startswith(("单位", "注", "资料来源", "数据来源"))) \
        and not (NUMBERED.match(text) or OPTION.match(text) or ANSWER.match(text) or heading_type(text))


def _questions_of(table: WordTable, fields: list[FieldGroup] | None) -> list[list[int]]:
    """Each question of a table of questions as its table rows (1-based), in order: a field table's rows of
    each question; a header table's rows below its header, but for empty rows and section rows (一、单选题)."""
    if not fields:
        from examcore.banks.excel_bank import _section_of
        grid = table.cells()
        return [[r] for r in range(2, len(grid) + 1) if any(c.strip() for c in grid[r - 1]) and
                _section_of(grid[r - 1]) is None]
    starts = [group[0][2] for group in fields]
    return [list(range(group[0][2], min((s for s in starts if s > group[0][2]), default=len(table.rows) + 1)))
            for group in fields if group[0][0] != SECTION_ROW]


def _options_down_columns(table: WordTable) -> list[int] | None:
    """The paragraphs of a table of options lettered down its columns (A C / B D) in the letters' order; None
    for any other table (one read across its rows, A B / C D, stays as it stands)."""
    if len(table.rows) < 2 or any(len(row) != len(table.rows[0]) for row in table.rows) or len(table.rows[0]) < 2:
        return None
    def letters(cells: list[list[tuple[int, str]]]) -> str | None:
        found = ""
        for cell in cells:
            texts = [t for _, t in cell if t.strip()]
            if len(texts) != 1 or OPTION.match(texts[0].strip()) is None:
                return None
            found += unicodedata.normalize("NFKC", texts[0].strip()[0]).upper()
        return found
    across = letters([cell for row in table.rows for cell in row])
    columns = [[row[c] for row in table.rows] for c in range(len(table.rows[0]))]
    down = letters([cell for column in columns for cell in column])
    if across is None or down is None or down != "ABCDEFGH"[:len(down)] or across == down:
        return None
    return [n for column in columns for cell in column for n, _ in cell]


def _is_bank_table(table: WordTable) -> bool:
    """A table whose first row is a bank's header: a stem column and an answer or option columns."""
    from examcore.banks.excel_bank import _header_columns
    if len(table.rows) < 2:
        return False
    found = _header_columns(table.cells()[0])
    return "stem" in found and ("answer" in found or sum(1 for f in found if f.startswith("opt")) >= 2)




# an instruction beside a section's heading (a question beside 1、单选题 is that question's stem, not one)
_INSTRUCTION_WORDS = re.compile(r"请|选出|选择|每[小]?题|共\s*\d|本大?题|说明|注意|下列各题|以下各题|作答|答题|不选|多选|少选|错选")


def _beside_a_heading(value: str, label: str) -> bool:
    """What a section row of a table of fields may hold beside its heading: nothing, the heading again (a merged
    cell exported twice), its remark (每题2分, 共2题), or, beside a numbered heading (一、单选题), its instruction
    (请从下列选项中选出一个正确答案); never a question's text."""
    if not value or value == label or SECTION_REMARK.fullmatch(value):
        return True
    numbered = re.match(rf"\s*(?:[{NUMERAL}]{{1,3}}|\d{{1,2}}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|第.{{1,3}}(?:章|节|部分))\s*[、.．]?", label)
    return numbered is not None and len(value) <= 60 and bool(_INSTRUCTION_WORDS.search(value)) and not (
        NUMBERED.match(value) or OPTION.match(value) or ANSWER.match(value) or re.search(r"[（(]\s*[)）]|_{2,}|[？?]\s*$",
                                                                                       value))


def _remark(text: str) -> bool:
    """A section's remark on a line of its own: （本大题共1小题）, 每题2分, 共2题."""
    return bool(re.fullmatch(r"[（(][^（）()]{0,40}[)）]", text) or SECTION_REMARK.fullmatch(text))


FieldGroup = list[tuple[str, str, int]]   # one question of a field table: (label, value, its first table row)
SECTION_ROW = ""   # the label of a field table's section row (一、单选题 merged across): a group of its own


def _field_groups(table: WordTable) -> list[FieldGroup] | None:
    """The questions of a table of fields (题号 | 1 / 题型 | 单选题 / 题干 | … / 选项 | … / 答案 | A / 解析 | …), as
    exam systems export them, one question a table or several stacked in one: a label met again starts the next
    question. A row with no label, or the label above again (选项 merged down over A. B. C. D., or written in each
    row), goes on with the field above. None when it is no such table: two columns, a stem and an answer or
    options in each question, and the labels Xuefa does not read (出处, 备注: said as not read) short and fewer
    than those it reads. Such tables were read as paragraphs: a page of wrong messages, nothing stored."""
    from examcore.banks.excel_bank import _field_of, _header_columns, section_heading
    grid = table.cells()
    if len(grid) < 2 or any(len(row) != 2 for row in grid):
        return None
    groups: list[FieldGroup] = []
    for number, (label, value) in enumerate(grid, start=1):
        label = label.strip()
        if label and len(label) <= 60 and _beside_a_heading(value.strip(), label) and \
                section_heading(label) is not None:
            usual = as_section(label)
            # 一、单选题 merged across the table (or alone in its row, or with its remark 每题2分 beside it; 1、单选题
            # and Ⅰ、单选题 as paragraphs read them): a section, whose type the questions below take when they give
            # none; it ends the question above
            groups.append([(SECTION_ROW, usual, number)])
            continue
        if groups and groups[-1][0][0] != SECTION_ROW and (not label or label == groups[-1][-1][0] and _field_of(label) == "options"):
            # the field above goes on (题干 under 题干 is the next question's: one with no answer row between)
            above, text, first = groups[-1][-1]
            groups[-1][-1] = (above, "\n".join(t for t in (text, value.strip()) if t), first)
            continue
        if not label:
            return None
        if not groups or groups[-1][0][0] == SECTION_ROW or label in {entry[0] for entry in groups[-1]}:
            groups.append([])
        groups[-1].append((label, value.strip(), number))
    questions = [group for group in groups if group[0][0] != SECTION_ROW]
    if not questions:
        return None
    for n, group in enumerate(questions):
        labels = tuple(label for label, _, _ in group)
        found = _header_columns(labels)
        known = {name for _, name in found.values()}
        unknown = [label for label in labels if label not in known]
        if n == 0 and ("stem" not in found or not ("answer" in found or "options" in found
                                                   or sum(1 for f in found if f.startswith("opt")) >= 2)):
            return None   # (the questions below the first: _read_table checks they have its fields)
        if len(unknown) >= len(known) or any(len(label) > 8 or re.search(r"[。，；？?!！]", label) for label in unknown):
            return None
    return groups


def _read_table(table: WordTable, number: int, file: str, bank: str, report: ImportReport,
                pictured: frozenset[int] = frozenset(), fields: list[FieldGroup] | None = None,
                section: str = "") -> None:
    """The questions of a bank table, read as the same table in a sheet is (examcore/banks/excel_bank.py):
    the sheet is named by the section heading above the table (一、单项选择题 gives the type when the table
    has no 题型 column); problems name the table and its row. A row with a paragraph in ``pictured`` (a
    picture, a formula) is left out, its picture refused by the caller: never stored without it. A table of
    one or more questions' fields (``fields``: ``_field_groups``) is read as a sheet with a row a question, its labels
    the header; its problems name the table row of the field. ``section``: the heading it is under when the
    paragraph right above it is none (a section row ending the table of questions above, which this one goes
    on; or the last heading above, past a caption or a table of data)."""
    import tempfile

    from openpyxl import Workbook

    from examcore.banks.excel_bank import _header_columns, read_excel_bank
    heading = re.sub(rf"^\s*[{NUMERAL}\d]+\s*[、.．]\s*", "", section or table.before).strip()
    typed = heading_type(as_section((section or table.before).strip())) if parse_type(heading) is None else None
    if typed is not None:   # 一、单选题（每题2分，共20分）: its type, without the remark a sheet's name cannot hold
        heading = TYPE_NAMES[typed][1]
    name = f"表格{number}"
    book = Workbook()
    sheet = book.active
    sheet.title = (heading[:20] if parse_type(heading) is not None else name).replace("/", " ")
    grid = table.cells()
    groups = fields or []   # (with its section rows, each a group of one entry labelled SECTION_ROW)
    labels: list[str] = []   # every label, in the order met: the sheet's header
    first_of_section: list[str] | None = None   # the labels of the first question of the section it is in
    for group in groups:
        if group[0][0] == SECTION_ROW:   # (a 判断题 section may have no 选项 row where a 单选题 section has one)
            first_of_section = None
            continue
        these = [label for label, _, _ in group]
        labels += [label for label in these if label not in labels]
        if first_of_section is None:
            first_of_section = these
        elif these != first_of_section:   # a field one question of a section has and another has not: whose it
            report.problems.append(RowProblem(file, group[0][2], None, Words(   # is cannot be told
                "the questions stacked in this table do not have the same fields ({first} for the first, {these} for "
                "the one from this row): give every question the same rows, in the same order, or one table each",
                first="、".join(first_of_section), these="、".join(these)),
                Words("table {number}", number=number), "row"))
            return
    # a field table as a sheet: its labels the header, each question a row
    field_rows = [{label: first for label, _, first in group} for group in groups]   # per question: label -> row
    stem_label = _header_columns(tuple(labels))["stem"][1] if fields else ""

    def sheet_row(group: FieldGroup) -> list[str]:   # a section row: its heading, alone
        given = {label: value for label, value, _ in group}
        return [group[0][1], *[""] * (len(labels) - 1)] if group[0][0] == SECTION_ROW else \
            [given.get(label, "") for label in labels]
    for row in ([labels] + [sheet_row(group) for group in groups] if fields else grid):
        sheet.append(list(row))
    for first_column, first_row, last_column, last_row in [] if fields else table.merged():   # as a sheet's are
        sheet.merge_cells(start_row=first_row, start_column=first_column, end_row=last_row, end_column=last_column)
    with tempfile.TemporaryDirectory(prefix="xuefa-table-") as folder:
        made = Path(folder) / f"{name}.xlsx"
        book.save(made)
        read = read_excel_bank(made, bank)
    where = Words("table {number}", number=number)
    left_out = {n + 1 for n, row in enumerate(table.rows) if any(p in pictured for cell in row for p, _ in cell)}
    if fields and left_out:   # the questions those rows are of (sheet row 2 is the first)
        starts = [min(rows.values()) for rows in field_rows]
        left_out = {2 + max(k for k, first in enumerate(starts) if first <= r) for r in left_out if r >= starts[0]}
    kept = [k for k in range(len(read.questions)) if read.row_of(k) not in left_out]

    def row_of(row: int | None, column: str | None) -> int | None:   # the sheet's row, or the field's
        if not fields or row is None:
            return row
        if row == 1:   # the labels (a label not read): the first question's rows
            return field_rows[0].get((column or "").strip()) or min(field_rows[0].values())
        rows = field_rows[row - 2] if 0 <= row - 2 < len(field_rows) else {}
        return rows.get((column or "").strip()) or rows.get(stem_label) or None

    report.sheets += [None] * (len(report.questions) - len(report.sheets))   # (the paragraphs' questions: none)
    report.questions += [read.questions[k] for k in kept]
    report.rows += [row_of(read.row_of(k), None) for k in kept]   # its table's rows: the preview said "item 7"
    report.sheets += [where] * len(kept)
    report.declared.update(read.declared)
    report.asked.update(read.asked)
    for kind in ("problems", "skipped"):
        getattr(report, kind).extend(RowProblem(file, row_of(p.row, p.column), p.column, p.message, where, "row",
                                                p.name) for p in getattr(read, kind))
    # what the reading noted (a label not read, options read as A-D, the ✓ taken as the answer …); not its count
    report.notes.extend(RowProblem(file, row_of(n.row, n.column if n.row != 1 else _first_named(n.message)),
                                   n.column, n.message, where, "row", n.name)
                        for n in read.notes if getattr(n.message, "template", "") not in (
                            "read: {count} question(s)", _SECTION_ROWS_NOTE if fields else ""))
    sections = [group[0][2] for group in groups if group[0][0] == SECTION_ROW]
    if sections:   # (the sheet's note counts the sheet's rows)
        report.notes.append(RowProblem(file, sections[0], None, Words(_SECTION_ROWS_NOTE, shown=numbers_listed(
            sections)), where, "row"))


_SECTION_ROWS_NOTE = ("row(s) {shown} read as section headings: each gives its type to the rows below it whose 题型 "
                      "is empty")


def _last_section(table: WordTable, fields: list[FieldGroup] | None) -> str:
    """The last section heading inside a table of questions (a section row, 二、多选题, wherever it stands in the
    table): the paragraphs and the table after it go on in that section, as the document reads; "" when the
    table has none. (Only one in the table's last row had been carried: a question after the table whose
    section row stood mid-table took the type of the heading above the table, an outside round.)"""
    if fields:
        return next((group[0][1] for group in reversed(fields) if group[0][0] == SECTION_ROW), "")
    from examcore.banks.excel_bank import _section_of
    filled = [row for row in table.cells() if any(c.strip() for c in row)]
    last = next((row for row in reversed(filled[1:]) if _section_of(row) is not None), None)
    return next(c for c in last if c.strip()).strip() if last is not None else ""


def _first_named(message: str) -> str | None:
    """The first label a note on a header names ("column(s) not read: 出处, 备注"): a field table's row of it."""
    items = getattr(message, "params", {}).get("items")
    return str(items).split(", ")[0] if items else None

