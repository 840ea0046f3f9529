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
from examcore.study.statutes import PAGE_DATE as _PAGE_DATE
from examcore.study.statutes import StatuteError

STATUTE_SUFFIXES = (".txt", ".docx", ".html", ".htm")
MAX_UNPACKED = 64 << 20     # a .docx is a zip: more than this unpacked is refused before it is read
_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "title", "section", "article",
           "table", "blockquote", "pre"}
_SKIPPED = {"script", "style", "noscript"}


def statute_text(name: str, raw: bytes) -> str:
    """The text of a statute file named ``name`` (its suffix picks the reader). StatuteError in words."""
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    if suffix == "docx":
        return _docx_text(raw)
    if suffix in ("html", "htm"):
        return html_text(decode_text(raw, html=True))
    return decode_text(raw)


def decode_text(raw: bytes, html: bool = False) -> str:
    """As a text bank is read (examcore/banks/text_files.py: UTF-8 with or without BOM, UTF-16 and UTF-32 by
    their BOM, GB18030 only when the whole file decodes and does not look like UTF-8 with a bad byte; else
    refused naming the line and byte). An HTML page may declare its charset (gbk, gb2312, gb18030) in its
    first 2 KB, which is honoured."""
    from examcore.banks.text_files import TextRefused, decode_bank_text
    if html:
        head = raw[:2048].lower()
        if any(b"charset=" + d in head or b'charset="' + d in head for d in (b"gb2312", b"gbk", b"gb18030")):
            try:
                return raw.decode("gb18030")
            except UnicodeDecodeError:
                pass   # a page that says GBK but is UTF-8: read as the bytes say
    try:
        return decode_bank_text(raw).text
    except TextRefused as exc:
        text = _utf16_without_bom(raw)
        if text is not None:
            return text
        raise StatuteError(Words("the file is not text this program can read: {why}", why=exc.message)) from exc


def _utf16_without_bom(raw: bytes) -> str | None:
    """Notepad's "Unicode" saved by a program that left out the byte-order mark: taken when the bytes decode
    as UTF-16 and read as Chinese (common characters, line breaks), which other text never does."""
    from examcore.banks.text_files import COMMON_SHARE, common_chinese_share
    if len(raw) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        share, count = common_chinese_share(text)
        if count >= 10 and share >= COMMON_SHARE and "\n" in text and "\x00" not in text:
            return text
    return None


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
    numbering = _numbering(raw)
    return "\n".join(_numbered(p, numbering) + _paragraph_text(p) for p in _body_paragraphs(document.element.body))


def _numbering(raw: bytes):
    """The document's list numbering (word/numbering.xml), which draws 第一条 in front of paragraphs typed
    with Word's 编号 (examcore/banks/word_numbering.py)."""
    from defusedxml.ElementTree import fromstring

    from examcore.banks.word_numbering import WordNumbering
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        if "word/numbering.xml" not in z.namelist():
            return WordNumbering()
        return WordNumbering(fromstring(z.read("word/numbering.xml")))


def _numbered(p, numbering) -> str:
    """The number Word draws in front of the paragraph (第一条, 一、), with the space after it; "" for none."""
    num = p.find(f"{_W}pPr/{_W}numPr")
    if num is None:
        return ""
    num_id, level = num.find(_W + "numId"), num.find(_W + "ilvl")
    if num_id is None or num_id.get(_W + "val") in (None, "0"):
        return ""
    try:
        ilvl = int(level.get(_W + "val", "0")) if level is not None else 0
    except ValueError:
        ilvl = 0
    label = numbering.label(num_id.get(_W + "val"), ilvl)
    return label + "　" if label else ""


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _body_paragraphs(body) -> list:
    """Every paragraph of the document body in reading order: those in tables (a law laid out in a table,
    or a table inside an article), in content controls and in tracked insertions too; not the copy Word
    keeps for old readers (mc:Fallback), which would say a text box twice."""
    out = []
    for p in body.iter(_W + "p"):
        if any(a.tag == _FALLBACK for a in p.iterancestors()):
            continue
        if p.find(".//" + _W + "p") is not None:   # a text box's anchor: its own paragraphs come next
            continue
        out.append(p)
    return out


def _paragraph_text(p) -> str:
    """The paragraph as it reads with every tracked change accepted: inserted text kept, deleted and moved
    away text (w:del, w:moveFrom) left out; a tab a space, a line break (Shift+Enter) a line."""
    parts = []
    for node in p.iter(_W + "t", _W + "tab", _W + "br", _W + "cr", _W + "noBreakHyphen"):
        if any(a.tag in (_W + "del", _W + "moveFrom") for a in node.iterancestors()):
            continue
        tag = node.tag
        parts.append((node.text or "") if tag == _W + "t" else "-" if tag == _W + "noBreakHyphen" else
                     " " if tag == _W + "tab" else "\n")
    return "".join(parts)


_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
# a page's furniture, not the law: navigation, footers (版权所有…, 第1页), breadcrumbs; a class or id of just
# that name (a "main-nav-content" or "nav-tab-content" may hold the law itself)
_FURNITURE = {"footer", "foot", "copyright", "nav", "navbar", "menu", "breadcrumb", "breadcrumbs"}
_KEEPS_BREAKS = re.compile(r"white-space\s*:\s*pre", re.I)   # pre, pre-line, pre-wrap


class _Element:
    """An element whose whole content is treated alike (left out, or its line breaks kept): its tag, and how
    many of that tag are open inside it."""

    def __init__(self, tag: str):
        self.tag, self.depth = tag, 1


class _Lines(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self._skip = 0                  # inside script, style, noscript
        self._furniture: _Element | None = None   # inside a page's navigation or footer
        self._breaks: _Element | None = None      # inside <pre> or white-space: pre…: its line breaks are lines
        self._in_head = False           # the head ends at </head>, <body> or the first block (its end tag is optional)
        self.title = ""                 # the page's <title>
        self._in_title = False
        self.headings: list[tuple[int, str]] = []   # (line, tag) where each h1–h3 starts
        self.h1: int | None = None      # the line the first <h1> starts

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag == "head":
            self._in_head = True
        elif tag == "body" or (tag in _BLOCKS and tag != "title"):
            self._in_head = False
        for held in (self._furniture, self._breaks):
            if held is not None and tag == held.tag and tag not in _VOID:
                held.depth += 1
        named = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if self._furniture is None and tag not in _VOID and (
                tag in ("nav", "footer") or not _FURNITURE.isdisjoint(named.lower().split())):
            self._furniture = _Element(tag)
        style = " ".join(v or "" for k, v in attrs if k == "style")
        if self._breaks is None and tag not in _VOID and (tag == "pre" or _KEEPS_BREAKS.search(style)):
            self._breaks = _Element(tag)
        if tag in _SKIPPED:
            self._skip += 1
        elif tag in _BLOCKS:
            self.lines.append("")
            if tag in ("h1", "h2", "h3") and not self._skip and self._furniture is None:
                self.headings.append((len(self.lines) - 1, tag))
                if tag == "h1" and self.h1 is None:
                    self.h1 = len(self.lines) - 1

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        for name in ("_furniture", "_breaks"):
            held = getattr(self, name)
            if held is not None and tag == held.tag:
                held.depth -= 1
                if held.depth == 0:
                    setattr(self, name, None)
        if tag == "head":
            self._in_head = False
        elif tag in _SKIPPED:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCKS:
            self.lines.append("")

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._skip or self._in_head or self._furniture is not None:
            return
        if self._breaks is not None:   # <pre>: each line of it a line
            first, *more = data.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            self.lines[-1] += first
            self.lines += more
        else:
            self.lines[-1] += data.replace("\n", " ").replace("\r", " ")

    def parse_marked_section(self, i, report=1):
        """<![if …]> from Word is read by the standard parser; any other marked section (which it refuses
        with an AssertionError) is skipped to its end, never a reason to refuse the page."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1


_SITE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s-\s|——).*$")   # 民法典_国家法律法规数据库, 宪法 - 中国人大网


_LAW_NAME = re.compile(r"(?:法|法典|条例|规定|办法|决定|决议|修正案|细则|规则|解释|通则|章程|准则|纲要)"
                       r"(?:[（(][^）)]{1,30}[）)])?$")
_PAGE_FURNITURE = re.compile(r"^(?:版权所有|Copyright|©|主办单位|承办单位|技术支持|网站标识码|京ICP|ICP备|【?我要纠错|责任编辑|"
                             r"扫一扫|【?打印本?页|【?关闭窗口|【?关闭】|【?打印】|分享到|相关链接)", re.I)


def html_text(page: str) -> str:
    """The text of an HTML page, a line per block element (a paragraph of the law: one line; in <pre>, each
    of its lines), without the page's navigation and footer. Its first line is the law's name: the first
    h1–h3 that reads as one (…法, …条例, …决定: a site's logo in <h1> does not), else the first <h1>, else
    the page's <title> without the site's name; the dates a database lists above it (公布日期：…) follow it."""
    parser = _Lines()
    parser.feed(page)
    parser.close()
    lines = parser.lines
    # the highest heading that reads as a law's name (a sidebar's <h3>宪法</h3> before the page's <h1> is not
    # the law of the page: it took over 《宪法》's citations), first of its level
    named = sorted((tag, i) for i, tag in parser.headings if _LAW_NAME.search(_clean(lines[i])))
    start = named[0][1] if named else parser.h1 if parser.h1 is not None and _clean(lines[parser.h1]) else None
    if start is not None:
        dates = [_clean(ln) for ln in lines[:start] if _PAGE_DATE.search(_clean(ln))]
        lines = [lines[start], *dates, *lines[start + 1:]]
    else:
        title = _SITE_SUFFIX.sub("", " ".join(parser.title.split()))
        if title:
            lines = [title, *lines]
    return "\n".join(line for line in map(_clean, lines) if not _PAGE_FURNITURE.match(line))


def _clean(line: str) -> str:
    return " ".join(line.replace("\xa0", " ").split()) if not line.strip().startswith("第") else \
        line.replace("\xa0", "　").strip()
