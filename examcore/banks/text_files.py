"""Bytes of a bank file to text, and HTML to plain text, without guessing silently.

Encodings (issue 16, Deliver 2): UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 by their mark;
GB18030 (what Chinese Windows editors save as "ANSI") only when the whole file decodes strictly as it and
does not look like UTF-8 with a few bad bytes, and then the import says it guessed. Anything else is
refused with the line and the byte. XML: a declared encoding is honoured when Python knows it, refused in
words when not, and the document is parsed by defusedxml with DTDs, entities and external references
forbidden whatever its encoding (a byte search for "<!DOCTYPE" misses a UTF-16 file).
"""
from __future__ import annotations

import codecs
import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from html.parser import HTMLParser

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from examcore.cli_text import Words

log = logging.getLogger(__name__)

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# a declared Chinese legacy encoding is read as GB18030, the standard superset of GB2312 and GBK
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}


class TextRefused(ValueError):
    """The bytes are not text this reader will take; the message names the line and byte."""

    def __init__(self, detail: str, line: int | None = None) -> None:
        message = Words("line {line}: {detail}", line=line, detail=detail) if line else detail
        super().__init__(message)
        self.message, self.detail, self.line = message, detail, line


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool  # True when no mark or declaration said so (GB18030 taken because the file decodes as it)


def _line_at(data: bytes, offset: int, encoding: str) -> int:
    prefix = data[:offset]
    if encoding.startswith(("utf-16", "utf-32")):
        return prefix.decode(encoding, errors="ignore").count("\n") + 1
    return prefix.count(b"\n") + 1


def _refuse_at(data: bytes, exc: UnicodeDecodeError, encoding: str, shift: int = 0, hint: str = "") -> TextRefused:
    offset = exc.start + shift
    line = _line_at(data, offset, encoding)
    bad = data[offset:offset + 1].hex().upper()
    return TextRefused(Words("byte 0x{bad} at byte offset {offset} is not valid {value}{hint}; save the file as UTF-8",
                             bad=bad, offset=offset, value=encoding.upper(), hint=hint), line)


def _mostly_utf8(data: bytes) -> bool:
    """More of the non-ASCII bytes form valid UTF-8 sequences than not: UTF-8 text with a stray byte, not a
    GB18030 file (whose two-byte characters rarely happen to be valid UTF-8)."""
    text = data.decode("utf-8", errors="replace")
    good = sum(len(ch.encode("utf-8")) for ch in text if ord(ch) > 127 and ch != "\ufffd")
    non_ascii = sum(1 for b in data if b > 127)
    return good * 2 > non_ascii


COMMON_SHARE = 0.8   # of the Chinese characters, the share GB2312 holds: a legal bank's text is all but 100 %


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 with no byte-order mark: the first 4 KB decode as UTF-16 (either order) into text of lines, with
    common Chinese characters or letters and no control characters; UTF-8 and GB18030 text never does (its
    bytes pair into rare or unassigned characters)."""
    head = data[:4096]
    if len(head) < 8 or b"\x00" not in head:   # its line ends, digits and letters have a zero byte each
        return False
    for order in ("utf-16-le", "utf-16-be"):
        try:
            text = head[:len(head) // 2 * 2].decode(order)
        except UnicodeDecodeError:
            continue
        if any(ord(ch) < 32 and ch not in "\r\n\t" for ch in text) or "\n" not in text and len(text) > 200:
            continue
        share, count = common_chinese_share(text)
        latin = sum(ch.isascii() and ch.isprintable() for ch in text)
        if (count >= 5 and share >= COMMON_SHARE) or latin * 2 >= len(text):
            return True
    return False


def common_chinese_share(text: str) -> tuple[float, int]:
    """(share of the text's CJK ideographs that are common simplified ones, i.e. in GB2312; how many there
    are). Text decoded in the wrong encoding scatters over rare characters."""
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 1.0, 0
    common = sum(1 for c in cjk if _in_gb2312(c))
    return common / len(cjk), len(cjk)


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def decode_bank_text(data: bytes) -> Decoded:
    """A text bank file's bytes as text. Raises TextRefused naming the line and byte."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding.removesuffix("-sig"), False)
            except UnicodeDecodeError as exc:
                shift = len(bom) if encoding == "utf-8-sig" else 0
                raise _refuse_at(data, exc, encoding.removesuffix("-sig"), shift) from exc
    if _looks_utf16(data):
        raise TextRefused(Words("NUL characters: probably UTF-16 saved without its byte-order mark; open it in Notepad (记事本) "
                                "and save it again with 另存为 → 编码 UTF-8"), 1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            raise _refuse_at(data, exc, "utf-8", hint=Words(
                " (the rest of the file is UTF-8, so it is not read as another encoding)")) from exc
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as gb_exc:
            if gb_exc.start > exc.start:   # GB18030 text read further: its fault is the one to name (a cut-off end)
                raise _refuse_at(data, gb_exc, "gb18030", hint=Words(
                    " (the file is not UTF-8 either; read as GB18030 the text before it is valid)")) from exc
            raise _refuse_at(data, exc, "utf-8", hint=Words(" (nor GB18030)")) from exc
        share, count = common_chinese_share(text)
        if count >= 5 and share < COMMON_SHARE:   # Big5 or Shift-JIS bytes also decode as GB18030: as rarities
            raise TextRefused(Words(
                "not UTF-8, and read as GB18030 most of its Chinese characters are rare ones ({share:.0%} "
                "common): it is probably in another encoding (Big5, Shift-JIS): save it as UTF-8 and "
                "import it again",
                share=share))
        return Decoded(text, "gb18030", True)
    if "\x00" in text:
        line = text[:text.index("\x00")].count("\n") + 1
        if text.count("\x00") * 5 >= len(text):   # every other byte: the zeros of UTF-16
            raise TextRefused(Words("NUL characters: probably UTF-16 saved without its byte-order mark; open it in Notepad (记事本) "
                                "and save it again with 另存为 → 编码 UTF-8"), line)
        raise TextRefused(Words("{count} NUL character(s), the first here: the file was damaged when it was copied, "
                                "or it is not plain text; open it in Notepad or WPS, check that line and save it "
                                "as UTF-8 text", count=text.count("\x00")), line)
    return Decoded(text, "utf-8", False)


def split_lines(text: str) -> list[str]:
    """Lines as an editor shows them: only CR, LF and CRLF end a line (str.splitlines also breaks at
    U+0085, U+2028, form feeds … which may stand inside a question's text)."""
    return re.split(r"\r\n|\r|\n", text)


_DECLARATION = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"'][^>]*\?>")
_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_xml(data: bytes) -> Decoded:
    """An XML file's text: by its byte-order mark, else its declared encoding (default UTF-8).
    Raises TextRefused for an unknown encoding or bytes that are not in the declared one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise _refuse_at(data, exc, encoding.removesuffix("-sig")) from exc
            return Decoded(_DECLARATION_TEXT.sub("", text, count=1), encoding.removesuffix("-sig"), False)
    declared = _DECLARATION.match(data.lstrip()[:400])
    name = declared.group(1).decode("ascii") if declared else "utf-8"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise TextRefused(Words(
            "the XML declaration names the encoding {name!r}, which is not one this reader knows; save "
            "the file as UTF-8",
            name=name)) from None
    codec = _SUPERSETS.get(codec, codec)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise _refuse_at(data, exc, codec, hint=Words(" (the file declares {name})", name=name)) from exc
    if codec != "utf-8" and not data.isascii() and _is_utf8(data) and codecs.lookup(codec).name in _SINGLE_BYTE:
        # ISO-8859-1 or Windows-1252 decode any byte: UTF-8 Chinese read so becomes "å®ªæ³"
        raise TextRefused(Words(
            "the file declares the encoding {name}, but its bytes are UTF-8: change the declaration to "
            "encoding=\"UTF-8\" (or save it again from Moodle)",
            name=name))
    # the declaration is dropped: the text is already decoded, and its encoding= would mislead the parser
    return Decoded(_DECLARATION_TEXT.sub("", text, count=1), codec, False)


_SINGLE_BYTE = {"iso8859-1", "cp1252", "iso8859-15"}


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


# the tags one XML part may hold: each costs the parser a few hundred bytes whatever its size, so a small
# part of empty tags (<br/> six million times, 44 KB zipped) took 2.4 GB, about 400 bytes a tag; a Moodle
# export has 20 to 80 a question (its HTML in CDATA counted too): this reads some 40,000 questions, and holds
# a file of nothing but empty tags to about 1.2 GB
MAX_XML_TAGS = 3_000_000
MAX_HTML_TAGS = 20_000   # in one question's text (a stem, an option): a long one has a few hundred


def parse_xml(data: bytes, most_tags: int = MAX_XML_TAGS) -> tuple[ET.Element, Decoded]:
    """Decode and parse an XML file with DTDs, entity declarations and external references forbidden, and
    at most ``most_tags`` tags. Raises TextRefused with a plain reason (never a parser traceback)."""
    decoded = decode_xml(data)
    if decoded.text.count("<") > most_tags:   # counted before any tree is built
        raise TextRefused(Words("more than {most:,} tags (<…>) in one part: a question bank never needs so many; "
                                "split the file", most=most_tags))
    try:
        return SafeET.fromstring(decoded.text, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True), decoded
    except DefusedXmlException:
        raise TextRefused(Words("the file declares a DOCTYPE, entities or external references; question-bank files "
                                "never need them: export it again")) from None
    except ET.ParseError as exc:   # the parser's words go to the log; the clerk gets where
        line, column = exc.position if exc.position else (None, None)
        log.info("not well-formed XML: %s", exc)
        raise TextRefused(Words("not well-formed XML (broken off, or a mark out of place) at column {column}: "
                                "export or save it again", column=column), line) from None


# what a browser starts on a new line: each table cell on its own line, as the Word reader reads a table's
# cells (found by an outside tester: <td>甲</td><td>乙</td> read as 甲乙)
_BLOCKS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
           "blockquote", "caption", "dt", "dd", "dl", "pre", "hr", "section", "article", "header", "footer",
           "figure", "figcaption", "address", "center", "thead", "tbody", "tfoot"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"}


STRUCK = frozenset({"del", "s", "strike"})   # HTML's crossed-out text
_SUPERSCRIPT = str.maketrans("0123456789+-()n", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁽⁾ⁿ")
_SUBSCRIPT = str.maketrans("0123456789+-()", "₀₁₂₃₄₅₆₇₈₉₊₋₍₎")


def _style_effects(style: str) -> tuple[str, ...]:
    """What an element's inline CSS does to its text as this reader keeps it: "struck" (text-decoration
    line-through), "underlined", "sup"/"sub" (vertical-align), "hidden" (display:none, visibility:hidden).
    Editors (Moodle's Atto and TinyMCE, Word's HTML) write these as <span style=…> rather than <s> or <sup>."""
    css = re.sub(r"\s+", "", style.lower())
    effects = []
    decoration = " ".join(re.findall(r"text-decoration(?:-line)?:([^;]*)", css))
    if "line-through" in decoration:
        effects.append("struck")
    if "underline" in decoration:
        effects.append("underlined")
    align = re.findall(r"vertical-align:(super|sub)\b", css)
    if align:
        effects.append("sup" if align[-1] == "super" else "sub")
    if re.search(r"(?:^|;)display:none|(?:^|;)visibility:(?:hidden|collapse)|(?:^|;)font-size:0(?:\.0*)?(?:px|pt|em|%)?(?:;|$)",
                 css):
        effects.append("hidden")
    elif re.search(r"(?:^|;)color:(?:white|#fff(?:fff)?|rgb\(255,255,255\))(?:;|$)", css):
        effects.append("white")   # shown white on white: there and not there; refused rather than guessed
    return tuple(effects)


# a style sheet in the text that hides, strikes or whitens by class: which element it applies to is not
# read here, so the question is refused rather than shown with a hidden answer
_STYLE_SHEET_DOUBT = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|line-through|font-size\s*:\s*0"
                                r"|color\s*:\s*(?:white|#fff\b|#ffffff)", re.I)


class _TextOf(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.images: list[str] = []
        self._hidden = 0
        self._raised: list[str] = []   # inside <sup> or <sub>: 10<sup>3</sup> is 10³, never 103
        self._underlined = 0   # <u>&nbsp;&nbsp;</u>: an underlined gap is a blank to fill in
        self._struck = 0       # inside <del>, <s> or <strike>: shown crossed out, which plain text cannot
        self._open: list[tuple[str, tuple[str, ...]]] = []   # elements whose style does something, innermost last
        self._lists: list[list] = []   # open <ol>/<ul>: [tag, next number, numbering type]
        self._tables: list[int] = []   # open <table>s
        self._cells = 0                # cells in the current table row
        self._style_sheet = False      # inside a <style> element
        self._white = 0                # inside text coloured white

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not tag.isascii():   # "若a<b且b>c" written into HTML unescaped: text, not a tag named "b且b"
            self.handle_data(self.get_starttag_text() or "")
            return
        found = dict(attrs)
        effects = _style_effects(found.get("style") or "") if tag not in _VOID else ()
        if "hidden" in found and tag not in _VOID:   # <span hidden>: not shown by a browser
            effects = (*effects, "hidden")
        if tag == "table":
            self._tables.append(0)
        elif tag == "tr" and self._tables:
            self._cells = 0
        elif tag in ("td", "th") and self._tables:
            self._cells += 1
            if self._cells == 2 and not self._hidden and not self._tables[-1]:   # a table of columns: which value
                self.images.append(Words("a table"))                           # is whose cannot be kept
                self._tables[-1] = 1
        if effects:
            self._open.append((tag, effects))
            self._apply(effects, +1)
        if tag in ("script", "style"):
            self._hidden += 1
            self._style_sheet = tag == "style"
        elif tag in ("ol", "ul"):
            self.parts.append("\n")
            self._lists.append([tag, _list_start(found.get("start")), found.get("type") or "1"])
        elif tag == "li":
            self.parts.append("\n")
            if self._lists and self._lists[-1][0] == "ol":   # the number a browser shows: 1. 2. (a. i. …)
                numbered = self._lists[-1]
                number = _list_start(found.get("value")) if found.get("value") else numbered[1]
                self.parts.append(_list_number(number, numbered[2]) + ". ")
                numbered[1] = number + 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        elif tag in ("sup", "sub"):
            self._raised.append(tag)
        elif tag == "u":
            self._underlined += 1
        elif tag in STRUCK:
            self._struck += 1
        elif tag in ("img", "image", "object", "embed", "video", "audio", "svg", "math", "iframe"):
            self.images.append(shown_name(found.get("src") or found.get("data") or found.get("alt") or tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("script", "style"):
            self.handle_starttag(tag, attrs)
            if tag not in _VOID:   # <span style=… />: nothing inside it
                self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not tag.isascii():
            self.handle_data(f"</{tag}>")
            return
        if any(t == tag for t, _ in self._open):   # an unclosed element inside it ends with it
            while self._open:
                closed, effects = self._open.pop()
                self._apply(effects, -1)
                if closed == tag:
                    break
        if tag in ("script", "style"):
            self._hidden = max(0, self._hidden - 1)
            self._style_sheet = False
        elif tag == "table" and self._tables:
            self._tables.pop()
            self.parts.append("\n")
        elif tag in ("ol", "ul"):
            if any(t == tag for t, _, _ in self._lists):
                while self._lists and self._lists.pop()[0] != tag:
                    pass
            self.parts.append("\n")
        elif tag in ("sup", "sub") and self._raised:
            self._raised.pop()
        elif tag == "u":
            self._underlined = max(0, self._underlined - 1)
        elif tag in STRUCK:
            self._struck = max(0, self._struck - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def _apply(self, effects: tuple[str, ...], step: int) -> None:
        for effect in effects:
            if effect == "struck":
                self._struck = max(0, self._struck + step)
            elif effect == "underlined":
                self._underlined = max(0, self._underlined + step)
            elif effect == "hidden":   # not shown by a browser: not read, as Word's hidden text is not
                self._hidden = max(0, self._hidden + step)
            elif effect == "white":
                self._white = max(0, self._white + step)
            elif step > 0:
                self._raised.append(effect)
            elif effect in self._raised:
                del self._raised[len(self._raised) - 1 - self._raised[::-1].index(effect)]

    def handle_data(self, data: str) -> None:
        if self._style_sheet and _STYLE_SHEET_DOUBT.search(data):
            self.images.append(Words("a style sheet (<style>) that hides or strikes text"))
        if self._white and data.strip() and not self._hidden:
            self.images.append(Words("text coloured white “{text}”", text=data.strip()[:30]))
        if not self._hidden:
            text = re.sub(r"[ \t\r\n\f]+", " ", data)
            if self._underlined and data and not data.replace("\xa0", " ").strip():
                text = "____"
            if self._raised and text.strip():
                text = raised(text, self._raised[-1])
            if self._struck and text.strip():   # crossed-out words cannot be shown crossed out: refused, named
                self.images.append(Words("struck-through text “{text}”", text=text.strip()))
            self.parts.append(text)


# a formula Moodle's filters draw from TeX (MathJax: $$…$$, \(…\), \[…\]; the TeX notation filter: [tex]…[/tex])
_TEX = re.compile(r"\$\$.+?\$\$|\\\(.+?\\\)|\\\[.+?\\\]|\[tex\].+?\[/tex\]", re.S | re.I)


def tex_formulas(text: str) -> list[str]:
    """The TeX formulas in a Moodle or GIFT text, named: the learner in Moodle saw them drawn, a bank keeps
    text and pictures, so the question is refused rather than imported with $$x^2$$ in it."""
    return [Words("the formula {formula}", formula=m.group(0)[:40]) for m in _TEX.finditer(text)]


def _list_start(value: str | None) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        return 1


def _list_number(number: int, kind: str) -> str:
    """An <ol>'s item number as the browser shows it for type 1, a, A, i or I."""
    if kind in ("a", "A") and number >= 1:
        letters = ""
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "A" else letters
    if kind in ("i", "I") and 1 <= number < 4000:
        roman = ""
        for value, mark in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                            (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
            while number >= value:
                roman, number = roman + mark, number - value
        return roman.upper() if kind == "I" else roman
    return str(number)


def shown_name(source: str) -> str:
    """A picture's source as messages name it: its file name, or for one written into the HTML itself (a
    data: URI) its kind ("data:image/png")."""
    if is_data_uri(source):
        return "data:" + source.strip()[5:].split(",", 1)[0].split(";", 1)[0]
    return source.rsplit("/", 1)[-1]


def is_data_uri(source: str) -> bool:
    return source.strip()[:5].lower() == "data:"


def data_uri_bytes(source: str) -> bytes | None:
    """The bytes of a base64 data: URI (<img src="data:image/png;base64,…">, as editors paste pictures), or
    None when it is no such URI or does not decode."""
    import base64
    import binascii
    from urllib.parse import unquote
    head, comma, payload = source.strip().partition(",")
    if not comma or not is_data_uri(head) or ";base64" not in head.lower():
        return None
    try:
        return base64.b64decode("".join(unquote(payload).split()), validate=True)
    except (ValueError, binascii.Error):
        return None


def raised(text: str, how: str) -> str:
    """Text set as superscript (``how`` "sup") or subscript ("sub"): 10 and 3 raised is 10³, never 103;
    with the Unicode marks where every character has one, else ^(…) or _(…)."""
    marks = _SUPERSCRIPT if how == "sup" else _SUBSCRIPT
    shown = text.translate(marks)
    return shown if all(ord(ch) in marks.values() or ch.isspace() for ch in shown) else \
        ("^" if how == "sup" else "_") + "(" + text + ")"


def html_to_text(fragment: str) -> tuple[str, list[str]]:
    """The text of an HTML fragment as a reader sees it (block elements as line breaks, entities resolved,
    whitespace runs as one space; U+3000 and other text kept as written), and the images it shows."""
    if fragment.count("<") > MAX_HTML_TAGS:
        from examcore.banks.common import FileRefused   # (common reads text files with this module)
        raise FileRefused(Words("a question's text holds more than {most:,} HTML tags: no question needs so many; "
                                "export the file again, or split the text", most=MAX_HTML_TAGS))
    parser = _TextOf()
    parser.feed(fragment)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line), parser.images
