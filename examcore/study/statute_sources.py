"""The files statutes come in, turned into the plain-text layout examcore.study.statutes reads: plain text
(UTF-8 with or without BOM, UTF-16 by its BOM, GB18030 when the whole file decodes), Word (.docx, read
with python-docx: each paragraph a line) and HTML pages as the national laws-and-regulations database
offers them (stdlib html.parser: each block element a line; scripts, styles and the head left out)."""
from __future__ import annotations

import io
import re
import zipfile
from html.parser import HTMLParser

from examcore.cli_text import Words
from examcore.study.statutes import StatuteError

STATUTE_SUFFIXES = (".txt", ".docx", ".html", ".htm")
MAX_UNPACKED = 64 << 20     # a .docx is a zip: more than this unpacked is refused before it is read
_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title", "section", "article",
           "table", "blockquote", "pre"}
_SKIPPED = {"script", "style", "head", "noscript"}


def statute_text(name: str, raw: bytes) -> str:
    """The text of a statute file named ``name`` (its suffix picks the reader). StatuteError in words."""
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix == "docx":
        return _docx_text(raw)
    if suffix in ("html", "htm"):
        return html_text(decode_text(raw, html=True))
    return decode_text(raw)


def decode_text(raw: bytes, html: bool = False) -> str:
    """UTF-8 (with or without BOM), UTF-16 by its BOM, else GB18030 when the whole file decodes strictly.
    An HTML page may declare its charset (gbk, gb2312, gb18030, utf-8) in its first 2 KB."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise StatuteError(Words("the file is not text: it starts like UTF-16 but does not decode")) from exc
    encodings = ["utf-8-sig", "gb18030"]
    if html:
        head = raw[:2048].lower()
        for declared, codec in ((b"gb2312", "gb18030"), (b"gbk", "gb18030"), (b"gb18030", "gb18030")):
            if b"charset=" + declared in head or b'charset="' + declared in head:
                encodings = [codec, "utf-8-sig"]
    for encoding in encodings:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise StatuteError(Words("the file is not text in UTF-8, UTF-16 or GB18030: save it as plain text"))


def _docx_text(raw: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            if sum(i.file_size for i in z.infolist()) > MAX_UNPACKED:
                raise StatuteError(Words("the Word file unpacks to more than 64 MB: not one statute"))
    except zipfile.BadZipFile as exc:
        raise StatuteError(Words("the file is not a Word document (.docx); an old .doc must be saved as "
                                 ".docx")) from exc
    import docx   # python-docx
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:   # noqa: BLE001 - python-docx raises many kinds for a damaged file
        raise StatuteError(Words("the Word document cannot be read: open it in Word or WPS and save it "
                                 "again")) from exc
    return "\n".join(p.text for p in document.paragraphs)


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self._skip = 0
        self.title = ""                 # the page's <title>
        self._in_title = False
        self.h1: int | None = None      # the line the first <h1> starts (the law's name on most pages)

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.lines.append("")
            if tag == "h1" and self.h1 is None and not self._skip:
                self.h1 = len(self.lines) - 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.lines.append("")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if not self._skip:
            self.lines[-1] += data.replace("\n", " ").replace("\r", " ")


_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s-\s|——).*$")   # 民法典_国家法律法规数据库, 宪法 - 中国人大网


def html_text(page: str) -> str:
    """The text of an HTML page, a line per block element (a paragraph of the law: one line). Its first line
    is the law's name: the first <h1> when the page has one (what comes before it, a site's navigation, is
    left out), else the page's <title> without the site's name."""
    parser = _Lines()
    parser.feed(page)
    parser.close()
    lines = parser.lines
    if parser.h1 is not None and _clean(lines[parser.h1]):
        lines = lines[parser.h1:]
    else:
        title = _SITE_SUFFIX.sub("", " ".join(parser.title.split()))
        if title:
            lines = [title, *lines]
    return "\n".join(_clean(line) for line in lines)


def _clean(line: str) -> str:
    return " ".join(line.replace("\xa0", " ").split()) if not line.strip().startswith("第") else \
        line.replace("\xa0", "　").strip()
