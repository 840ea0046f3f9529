"""Laws and regulations as articles: splitting a plain-text statute, and finding citations in text.

A statute file is plain text in the official layout: the title on the first non-empty line, an optional
序言, headings of any depth (第一编, 第一分编, 第一章, 第一节, and 附则 without a number), and articles that
each begin with 第…条 or 第…条之… (Chinese or Arabic numerals). Each article keeps its heading path. Text
copied from a PDF (a line break inside a sentence) is joined back. A citation looks like
《中华人民共和国宪法》第五条, 《宪法》第5条 or 《刑法》第一百二十条之一.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from examcore.cli_text import Words

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL = r"[零〇一二两三四五六七八九十百千\d]+"
_CITATION = re.compile(rf"《([^》]{{1,80}})》\s*第[ 　]?({NUMERAL})[ 　]?条(?:之({NUMERAL}))?")
PRC_PREFIX = "中华人民共和国"


class StatuteError(ValueError):
    """Why a statute file is not taken, raised with ``Words`` (said in the reader's language)."""


MAX_TITLE = 200     # characters of a statute's name: the longest national law's is under 60
MAX_NUMBER = 9999   # the largest article (or item) number: the longest code, the Civil Code, has 1260


def chinese_number(text: str) -> int:
    """第二百零五条 → 205; Arabic digits (full-width too) pass through. Raises ValueError for what is no
    numeral or a number above MAX_NUMBER (a stray 第99999999999条 is text, not an article)."""
    text = unicodedata.normalize("NFKC", text)
    if text.isdigit():
        if len(text) > len(str(MAX_NUMBER)) or not text.isascii() or int(text) > MAX_NUMBER:
            raise ValueError(f"not an article number: {text[:20]!r}")
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text[:20]!r}")
        if total + current > MAX_NUMBER:
            raise ValueError(f"not an article number: {text[:20]!r}")
    return total + current


def article_number(text: str | None, default: int | None = None) -> int | None:
    """chinese_number, or ``default`` for no text and None for no article number."""
    if not text:
        return default
    try:
        return chinese_number(text)
    except ValueError:
        return None


def chinese_numeral(n: int) -> str:
    """205 → 二百零五 (the form article labels use)."""
    if n <= 0 or n >= 10000:
        raise ValueError(n)
    digits = "零一二三四五六七八九"
    out, zero = "", False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit_value)
        if d:
            if zero:
                out += "零"
            out += ("" if (unit == "十" and d == 1 and not out) else digits[d]) + unit
            zero = False
        elif out:
            zero = True
    return out


SENTENCE_END = "。；：！？…”’」』"     # a line ending so ends its sentence; another line starts a new paragraph
PARAGRAPH_END = "。！？…”’」』"   # a sentence end that may end a paragraph (；and ： go on within one)
HEADING_SEPARATOR = " › "
_LEVELS = {"编": 1, "分编": 2, "章": 3, "节": 4}
_NUMBERED_HEADING = re.compile(rf"^第({NUMERAL})(分编|编|章|节)(?:[\s　]+(\S.*))?$")
_HEADING_NAME = re.compile(r"[\u4e00-\u9fff]{2,16}")   # 法律责任: a heading's name, alone on its line
_UNSPACED_HEADING = re.compile(rf"^第({NUMERAL})(分编|编|章|节)([^\s　第].*)$")
_UNNUMBERED_HEADINGS = {"附则": 1, "总则": 1, "分则": 1}   # headings real statutes print without a number
_ARTICLE_START = re.compile(rf"^第[ 　]?({NUMERAL})[ 　]?条(?:之({NUMERAL}))?")
_ITEM = re.compile(r"^[（(][一二三四五六七八九十]+[)）]")
_DOCUMENT_ITEM = re.compile(rf"^({NUMERAL})[、.．]")   # 修正案 and 决定: numbered 一、二、
_SPACES = re.compile(r"[\s　]+")
# a page number a PDF copy carries into the text: — 3 —, - 3 -, 3, 第3页, 第 3 页 共 20 页, 3/20
_PAGE_NUMBER = re.compile(r"^(?:[-—–－ 　]*\d{1,4}[-—–－ 　]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?"
                          r"|\d{1,4}\s*/\s*\d{1,4})$")
_TABLE_ROW = re.compile(r"\S(?:\t| {2,}|　{2,})\S")   # cells apart by a tab or two spaces or more
_TOC_LEADER = re.compile(r"[.…·．\s　]*\d*$")   # 第一章 总则……1: the dots and the page number of a 目录 line
_CLOSING_BRACKETS = "）)】]"
_OTHER_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f]")   # not U+3000 (the layout), not a tab (a table)
_INVISIBLE = re.compile(r"[\x00\u200b-\u200d\u2060\ufeff]")
_VERSION_IN_TITLE = re.compile(r"[（(]\s*(\d{4})\s*年?[^）)]{0,30}(?:修正|修订|修改|公布|通过)(?:本|文本)?\s*[）)]$")
_LOOK_ALIKES = {**{c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FD6)},   # Kangxi radicals
                **{c: chr(c - 0xFEE0) for c in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}}
_HAS_LOOK_ALIKES = re.compile("[\u2f00-\u2fd5\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_EXCERPT = re.compile(r"\s*[（(](?:节选|摘录|摘编|节录)[）)]\s*$")
# a decree's header above the law it promulgates: 中华人民共和国国务院令 / 第738号 / 《…》已经…通过，现予公布
_DECREE = re.compile(rf"\S{{1,30}}令(?:[（(]?第{NUMERAL}号[）)]?)?")   # …国务院令, …国务院令 第777号
_DECREE_NUMBER = re.compile(rf"[（(]?第\s*{NUMERAL}\s*号[）)]?")
_DECREE_NAMES = re.compile(r"《([^》]{2,80})》")
_DOCUMENT_TITLE = re.compile(r"(?:修正案|决定|决议)(?:[（(][^）)]*[）)])?$")


@dataclass(frozen=True)
class Article:
    number: int     # 0 for the 序言
    label: str      # as printed: 第五条, 第三条之一, 序言, 一、
    heading: str    # the heading path it stands under (编 › 分编 › 章 › 节, or 附则), "" when none
    text: str
    sub: int = 0    # 第三条之一: number 3, sub 1

    @property
    def heading_path(self) -> list[str]:
        return self.heading.split(HEADING_SEPARATOR) if self.heading else []


@dataclass(frozen=True)
class Statute:
    title: str
    articles: tuple[Article, ...]
    kind: str = "statute"              # statute | document (an amendment or decision: numbered items)
    warnings: tuple[str, ...] = ()     # where the import had to guess (Words: English in the log, the reader's language in the CLI)
    joined: int = 0                    # line breaks inside sentences joined back (text copied from a PDF)
    version: str = ""                  # the latest date of its history line (YYYY-MM-DD), "" when none
    history: str = ""                  # the line under the title: （1982年12月4日…通过 … 2018年3月11日…修正）
    # the day this version takes effect (YYYY-MM-DD): the latest 自…起施行 in its text when after ``version``
    # (a revised law takes effect months after it is adopted: 公司法 2023-12-29, in force 2024-07-01), else
    # ``version``
    in_force: str = ""


def article_label(number: int, sub: int = 0) -> str:
    return f"第{chinese_numeral(number)}条" + (f"之{chinese_numeral(sub)}" if sub else "")


def parse_statute(text: str, title: str | None = None) -> Statute:
    """Split a plain-text statute into its 序言 and articles, each with its heading path; a text copied from
    a PDF (hard line breaks) is joined back, with a warning for every guess. An amendment or decision (items
    numbered 一、二、) is a document of items. StatuteError when neither articles nor items are found."""
    text = _OTHER_SPACES.sub(" ", _INVISIBLE.sub("", text))   # a browser's &nbsp; or &emsp; is a space
    # a PDF copy's look-alikes: Kangxi radicals (⼀ for 一: 第⼀条 was no article) and full-width letters and
    # digits (１０００元 was never found) are the characters they look like; punctuation stays as printed
    if _HAS_LOOK_ALIKES.search(text):   # one scan in C; the translation only for the texts that need it
        text = text.translate(_LOOK_ALIKES)
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    decree = ""
    if title is None:
        title, lines, decree = _title_line(lines)
    # 中华人民共和国公司法（2023年修订）: the version in the name, kept for a text with no history line
    title = title.strip().strip("《》")
    named = _VERSION_IN_TITLE.search(title)
    title = _VERSION_IN_TITLE.sub("", title).strip().strip("《》")
    excerpt = _EXCERPT.search(title)
    title = _EXCERPT.sub("", title).strip()   # 民法典（节选）: cited as 《民法典》
    if not title:
        raise StatuteError(Words("the file has no title line"))
    if len(title) > MAX_TITLE:   # a text with no line breaks, or one whose first line is not the name
        raise StatuteError(Words("the first line is {length:,} characters long, not a statute's name: put the "
                                 "name (e.g. 中华人民共和国宪法) alone on the first line", length=len(title)))
    if _ARTICLE_START.match(title) or _NUMBERED_HEADING.match(title):   # a note: 第九条的六种处罚要背下来
        raise StatuteError(Words("the first line ({line}) begins like an article or a heading, not like a "
                                 "statute's name: put the name (e.g. 中华人民共和国宪法) alone on the first line",
                                 line=title[:20]))
    width = wrap_width(lines)
    parser = _Parser(title, width, _running_heads(lines, width) if width is not None else frozenset())
    if excerpt:
        parser.warnings.append(Words("an excerpt (节选): only the articles in the file are held"))
    for line in lines:
        parser.feed(line.strip())
    parser.close()
    history, version = _history(lines)
    published, effective = _page_dates(lines)
    decreed = max((f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for y, m, d in _DATE.findall(_IN_FORCE.sub("", decree))),
                  default="")
    effective = effective or next((f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for y, m, d in _IN_FORCE.findall(decree)), "")
    version = version or published or decreed or (named.group(1) if named else "")
    document = bool(_DOCUMENT_TITLE.search(title))
    items = _document_items(lines) if document or not any(a.number > 0 for a in parser.articles) else []
    if items and document:   # 一、将第三条修改为：第三条 …: items, not that article
        return Statute(title, tuple(items), "document", version=version, history=history,
                       in_force=max(version, effective))
    if any(a.number > 0 for a in parser.articles):
        in_force = max(_in_force(parser.articles, version), effective) if version else effective
        return Statute(title, tuple(parser.articles), "statute", _capped(parser.warnings), parser.joined, version,
                       history, in_force)
    body = [ln.strip() for ln in lines if ln.strip() and ln.strip() not in history]
    if document and body and not items:   # 关于批准《…》的决定: one paragraph, kept whole
        return Statute(title, (Article(1, "全文", "", "\n".join(body)),), "document", version=version,
                       history=history, in_force=max(version, effective))
    if items:   # minutes, a question bank, a notice: numbered, but no law
        raise StatuteError(Words("no articles (lines beginning 第…条) were found in 《{title}》; it has {count} items "
                                 "numbered 一、二、, which are read only in an amendment or a decision (its name ends "
                                 "修正案 or 决定)", title=title, count=len(items)))
    raise StatuteError(Words("no articles (lines beginning 第…条) were found in 《{title}》", title=title))


MAX_WARNINGS = 30   # where an import guessed, listed one by one; beyond that, counted


def _title_line(lines: list[str]) -> tuple[str, list[str], str]:
    """The statute's name, the lines after it and the decree above it (its dates name the version when the
    text has no history line; "" when none): the first line, with the rest of a name broken over two
    lines (关于修改《中华人民共和国 / 行政处罚法》的决定); below a decree's header (国务院令 / 第738号 /
    《…条例》已经…通过), the law the decree names, its text read from its own title line on."""
    rows = [i for i, ln in enumerate(lines) if ln.strip()]
    if not rows:
        return "", [], ""
    first = rows[0]
    compact = _SPACES.sub("", lines[first])
    numbered = compact.endswith("号") or len(rows) > 2 and _DECREE_NUMBER.fullmatch(_SPACES.sub("", lines[rows[1]]))
    if _DECREE.fullmatch(compact) and len(rows) > 2 and numbered:
        for n, i in enumerate(rows[1:8], start=1):
            named = _DECREE_NAMES.search(lines[i])
            if named:
                title = named.group(1).strip()
                own = next((j for j in rows[n + 1:n + 12] if _SPACES.sub("", lines[j]) == _SPACES.sub("", title)), None)
                body = (own if own is not None else i) + 1
                return title, lines[body:], "".join(lines[first:body])

    title, end = lines[first].strip(), first
    for i in rows[1:4]:
        if title.count("《") <= title.count("》"):
            break
        title, end = title + lines[i].strip(), i
    return title, lines[end + 1:], ""


PAGE_DATE = re.compile(r"(公布|发布|施行|生效|实施)日期\s*[】\]]?\s*[:：]?\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*"
                       r"(\d{1,2})")


def _page_dates(lines: list[str]) -> tuple[str, str]:
    """(published, in force) as a database page lists them above the text (公布日期：2019-04-23,
    施行日期：…), "" when not listed."""
    found = {"published": "", "in_force": ""}
    for line in lines[:HISTORY_WITHIN]:
        if _ARTICLE_START.match(line.strip()):
            break
        for kind, y, m, d in PAGE_DATE.findall(line):
            key = "in_force" if kind in ("施行", "生效", "实施") else "published"
            found[key] = found[key] or f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    return found["published"], found["in_force"]


_PAGE_MARK = re.compile(r"[-—–－·•.．\d\s　]*")   # what follows the law's name in a running head: ·3·, - 3 -


def _running_heads(lines: list[str], width: int | None) -> frozenset[str]:
    """Lines a PDF copy repeats at the top of its pages (a gazette's name): twice or more, shorter than the
    copy's lines, with no punctuation, and no article, heading or item (a wrapped piece of a sentence fills
    the width or holds a comma; each head left out is said)."""
    counts = Counter(_SPACES.sub("", ln) for ln in lines if ln.strip())
    return frozenset(line for line, n in counts.items()
                     if n >= 2 and 4 <= len(line) <= 40 and (width is None or len(line) < width)
                     and not any(ch in line for ch in "，。、；：！？,;:!?…")
                     and line[:1] not in "（(【[" and not _ARTICLE_START.match(line)
                     and not _NUMBERED_HEADING.match(line) and line not in _UNNUMBERED_HEADINGS
                     and not _PAGE_NUMBER.match(line))


def _capped(warnings: list[str]) -> tuple[str, ...]:
    if len(warnings) <= MAX_WARNINGS:
        return tuple(warnings)
    return (*warnings[:MAX_WARNINGS], Words("and {count} more like these", count=len(warnings) - MAX_WARNINGS))


_IN_FORCE = re.compile(r"自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起\s*施行")


def _in_force(articles: list[Article], version: str) -> str:
    """The day the text says it takes effect (自…起施行, in its last articles), when after its version."""
    dates = [f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for a in articles[-5:] for y, m, d in _IN_FORCE.findall(a.text)]
    latest = max(dates, default="")
    return latest if version and latest > version else version


def wrap_width(lines: list[str]) -> int | None:
    """The width a text copied from a PDF was broken at: the length most long lines share, when some of
    them end inside a sentence (a clean text has lines of any length, each ending its paragraph)."""
    lengths = [len(ln.strip()) for ln in lines if len(ln.strip()) >= 10]
    if len(lengths) < 5:
        return None
    width, count = Counter(lengths).most_common(1)[0]
    cut = [ln for ln in lines if len(ln.strip()) == width and not ln.strip().endswith(tuple(SENTENCE_END))]
    return width if count >= 5 and count >= 0.3 * len(lengths) and cut else None


class _Parser:
    """One pass over the lines; ``current`` is the article (or 序言) being read, as paragraphs."""

    def __init__(self, title: str, width: int | None = None, heads: frozenset[str] = frozenset()):
        self.title = title
        self.compact_title = _SPACES.sub("", title)
        self.heads = heads   # a PDF copy's running heads (全国人民代表大会常务委员会公报 on each page)
        self.heads_seen: set[str] = set()
        self.width = width
        self.articles: list[Article] = []
        self.warnings: list[str] = []
        self.path: list[tuple[int, str]] = []          # (level, heading) from the top
        self.current: tuple[int, int, str, str] | None = None   # number, sub, label, heading
        self.paragraphs: list[str] = []
        self.last_line = ""                             # the line before, "" after a blank line or a heading
        self.seen: set[tuple[int, int]] = set()
        self.joined = 0                                 # line breaks inside a sentence, joined back
        self.toc: list[str] | None = None               # the entries of a 目录 being skipped
        self.heading_numbers: dict[int, int] = {}       # the last number seen at each heading level
        self.unnamed = False                            # the last line was a heading with no name (第三章)
        self.spaced = self.unspaced = 0                 # articles begun with and without a space after 第…条

    def feed(self, line: str) -> None:
        if not line:
            self.last_line = ""
            return
        if _PAGE_NUMBER.match(line) and (self.width is not None or not line.isdigit()):
            return   # a page break of a PDF copy: the sentence goes on after it (a bare 2024 elsewhere is text)
        compact = _SPACES.sub("", line)
        if self._table_of_contents(line, compact):
            return
        if (self.articles or self.current is not None) and (
                compact in self.heads or compact.startswith(self.compact_title) and
                _PAGE_MARK.fullmatch(compact[len(self.compact_title):])):
            if compact in self.heads and compact not in self.heads_seen:
                self.heads_seen.add(compact)
                self.warnings.append(Words("left out where it stands between the text's lines: {line} (a page's "
                                           "running head)", line=compact))
            return   # a PDF copy's running head (the law's name, ·3·): the sentence goes on after it
        if not self.articles and self.current is None and compact == "序言":
            self._start(0, 0, "序言")
            return
        if self.unnamed and _HEADING_NAME.fullmatch(compact) and not _ARTICLE_START.match(line) \
                and not _NUMBERED_HEADING.match(line):   # 第三章 / 法律责任: the name on the line after
            level, label = self.path[-1]
            self.path[-1] = (level, f"{label} {compact}")
            self.unnamed = False
            return
        self.unnamed = False
        heading = self._heading(line, compact)
        if heading is not None:
            self._close()
            level, name = heading
            self.path = [h for h in self.path if h[0] < level] + [(level, name)]
            self.last_line = ""
            self.unnamed = " " not in name and level in _LEVELS.values() and name[:1] == "第"
            return
        article = self._article_start(line)
        if article is not None:
            number, sub, rest, end = article
            self._start(number, sub, line[:end].strip())
            if rest:
                self.paragraphs.append(rest)
            self.last_line = line   # its length tells whether a PDF copy cut it
            return
        if self.current is None:
            if not self.articles:   # before the first article: the history line, a decree's header
                self.last_line = line
                return
            self._reopen(line)   # text after a heading, before its first article: never lost, said
        if _TABLE_ROW.search(line):   # 1　　未登记　　500元: a row of a table, never joined to another line
            self.paragraphs.append(line)
            self.last_line = ""
            return
        if self.paragraphs and not self._ended() and (not _ITEM.match(line) or self._continues()):
            if self.last_line.endswith(tuple(PARAGRAPH_END)) and self.current is not None:
                self.warnings.append(Words("{label}: the line ending {end} fills the copy's width, so the next was "
                                           "joined to it; check whether a paragraph begins there",
                                           label=self.current[2], end=self.last_line[-8:]))
            self.paragraphs[-1] += ("" if _cjk_join(self.paragraphs[-1], line) else " ") + line
            self.joined += 1
        else:
            self.paragraphs.append(line)
        self.last_line = line

    def _reopen(self, line: str) -> None:
        """The article before the heading just read takes ``line`` back (the heading may have been a wrapped
        line's start, or the text is out of place), with a warning: text is never dropped."""
        last = self.articles.pop()
        self.current = (last.number, last.sub, last.label, last.heading)
        self.paragraphs = last.text.split("\n") if last.text else []
        heading = self.path[-1][1] if self.path else ""
        self.warnings.append(Words("{label}: the text {text}… stands after the heading {heading} and before any "
                                   "article; it was kept with this article, check it",
                                   label=last.label, text=line[:12], heading=heading))
        self.last_line = ""

    def _continues(self) -> bool:
        """The line before fills the width of a PDF copy and ends no sentence: the next line goes on with it
        (第二章规定的… at a line's start is then no heading)."""
        line = self.last_line
        return bool(line) and self.width is not None and len(line) >= self.width and \
            not line.endswith(tuple(SENTENCE_END))

    def _ended(self) -> bool:
        """The line before ended its paragraph: blank, a heading, or a sentence end that is not merely where
        a full-width line of a PDF copy was cut."""
        line = self.last_line
        if not line:
            return True
        full = self.width is not None and len(line) >= self.width
        return line.endswith(tuple(SENTENCE_END)) and not full

    def _table_of_contents(self, line: str, compact: str) -> bool:
        """True for a line of a 目录 before the text (目录 itself, then the headings it lists, with or without
        dot leaders and page numbers); the 目录 ends where a line is no such entry or one it listed comes
        again (the text's own 序言 or first heading), which is then read as usual."""
        if self.toc is None:
            if compact in ("目录", "目次") and self.current is None and not self.articles and not self.path:
                self.toc = []
                return True
            return False
        entry = _TOC_LEADER.sub("", compact)
        if entry and entry not in self.toc and (entry in ("序言", *_UNNUMBERED_HEADINGS)
                                                or _NUMBERED_HEADING.match(_TOC_LEADER.sub("", line))):
            self.toc.append(entry)
            return True
        self.toc, self.last_line = None, ""
        return False

    def _heading(self, line: str, compact: str) -> tuple[int, str] | None:
        after_bracket = self.last_line.endswith(tuple(_CLOSING_BRACKETS))   # （…通过） or （删去） before it
        if self._continues():
            return None
        if compact in _UNNUMBERED_HEADINGS and (self._ended() or after_bracket or
                                                self.last_line.endswith(tuple(SENTENCE_END))):
            return _UNNUMBERED_HEADINGS[compact], compact   # 附则 alone after a sentence, even a full line
        m = _NUMBERED_HEADING.match(line) or self._unspaced_heading(line)
        if m is None:
            return None
        level = _LEVELS[m.group(2)]
        number = article_number(m.group(1))
        # the next heading of its level in order may follow a line that does not end a sentence (Word and
        # PDF copies leave out the blank line); any other needs a line that ended
        expected = number is not None and number == self.heading_numbers.get(level, 0) + 1
        if not (self._ended() or after_bracket or expected):
            return None
        name = _SPACES.sub("", m.group(3) or "")
        if any(ch in name for ch in "，。；：") or len(name) > 40:
            return None    # a sentence that begins 第二章…, not a heading
        if number is not None:
            self.heading_numbers = {lv: n for lv, n in self.heading_numbers.items() if lv < level}
            self.heading_numbers[level] = number
        label = line[:m.start(2) + len(m.group(2))].replace(" ", "").replace("　", "")
        return level, (label + " " + name).strip()

    def _unspaced_heading(self, line: str) -> re.Match[str] | None:
        """第二章登记 (no space after the number, as some copies print it): a heading only when it is the next
        of its level in order and short with no punctuation (第二章规定的… is a sentence)."""
        m = _UNSPACED_HEADING.match(line)
        if m is None or any(ch in m.group(3) for ch in "，。；：、（）()") or len(m.group(3)) > 20:
            return None
        number = article_number(m.group(1))
        return m if number is not None and number == self.heading_numbers.get(_LEVELS[m.group(2)], 0) + 1 else None

    def _article_start(self, line: str) -> tuple[int, int, str, int] | None:
        m = _ARTICLE_START.match(line)
        if m is None:
            return None
        number, sub = article_number(m.group(1)), article_number(m.group(2), 0)
        if number is None or sub is None:
            return None    # 第九九九九九条: no article number, the line is text
        rest = line[m.end():]
        spaced = not rest or rest[0] in " 　\t"
        sentence_ended = self._ended() or self.last_line.endswith(tuple(_CLOSING_BRACKETS))   # after （删去）
        if not spaced:
            expected = self._follows(number, sub)
            # a file that never puts a space after 第…条 (an excerpt: 第二条…, 第一百一十条…) starts an article
            # at each such line after a sentence, in rising order
            own_style = self.unspaced and not self.spaced and self.current is not None and \
                (number, sub) > self.current[:2]
            if not (sentence_ended and (expected or own_style)):
                if self.current is not None:
                    self.warnings.append(Words("{label}: a line beginning {text}… was read as the rest of the "
                                               "line before, not as a new article",
                                               label=self.current[2], text=line[:12]))
                return None
        if not sentence_ended and not self.last_line.endswith(tuple(SENTENCE_END)) and self.current is not None:
            self.warnings.append(Words("{label} begins right after a line that does not end a sentence; check the "
                                       "text before it", label=article_label(number, sub)))
        if spaced:
            self.spaced += 1
        else:
            self.unspaced += 1
        return number, sub, rest.strip(), m.end()

    def _follows(self, number: int, sub: int) -> bool:
        if self.current is None or self.current[0] == 0:
            return (number, sub) in ((1, 0),)
        last_number, last_sub = self.current[0], self.current[1]
        return (number, sub) in ((last_number + 1, 0), (last_number, last_sub + 1))

    def _start(self, number: int, sub: int, label: str) -> None:
        self._close()
        if (number, sub) in self.seen and number:
            self.warnings.append(Words("{label} appears twice; both are kept", label=label))
        self.seen.add((number, sub))
        self.current = (number, sub, label, HEADING_SEPARATOR.join(h for _, h in self.path))

    def _close(self) -> None:
        if self.current is not None:
            number, sub, label, heading = self.current
            self.articles.append(Article(number, label, heading, "\n".join(self.paragraphs).strip(), sub))
        self.current, self.paragraphs = None, []

    def close(self) -> None:
        self._close()


_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _history(lines: list[str]) -> tuple[str, str]:
    """The history under the title (in brackets, with dates: 通过, 修正, 修订, 公布; on one line or broken
    over several, after lines such as 发布部门：… that a database adds) and its latest date, which names this
    version of the law; ("", "") when the text has none."""
    head = [ln.strip() for ln in lines if ln.strip()][:HISTORY_WITHIN]
    for n, line in enumerate(head):
        if _ARTICLE_START.match(line) or _NUMBERED_HEADING.match(line):
            break
        if line[:1] not in "（(":
            continue
        history = line
        for more in head[n + 1:n + 8]:   # up to its closing bracket
            if history.endswith(tuple(_CLOSING_BRACKETS)):
                break
            history += more
        dates = [f"{int(y):04d}-{int(m):02d}-{int(d):02d}" for y, m, d in _DATE.findall(history)]
        if dates:
            return history, max(dates)
    return "", ""


HISTORY_WITHIN = 60   # the lines after the title where the history may stand (a page's menu comes first)


def _cjk_join(before: str, after: str) -> bool:
    """Chinese lines join with nothing between; Latin words keep a space."""
    return not (before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum())


def _document_items(lines: list[str]) -> list[Article]:
    items: list[Article] = []
    current: list[str] | None = None
    number = 0
    for raw in lines:
        line = raw.strip()
        m = _DOCUMENT_ITEM.match(line)
        if m and article_number(m.group(1)) == number + 1:
            if current is not None:
                items.append(Article(number, f"{chinese_numeral(number)}、", "", "\n".join(current)))
            number, current = number + 1, [line[m.end():].strip()]
        elif line and current is not None:
            if current and not current[-1].endswith(tuple(SENTENCE_END)):
                current[-1] += line
            else:
                current.append(line)
    if current is not None:
        items.append(Article(number, f"{chinese_numeral(number)}、", "", "\n".join(current)))
    return items if len(items) >= 2 else []


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    law_title: str
    article: int
    sub: int = 0    # 《…》第三条之一
    # law_title is a guess from the words before 第N条 (宪法第五条, without 《》): the longest of these that
    # names a law the library holds is the law (a caller with the library decides); empty for the others.
    # An article after a guessed one (宪法第五条和第七条) has the same guesses and law_title "" (its span holds
    # no name)
    candidates: tuple[str, ...] = ()
    year: int = 0   # the version it names, by its year: 《刑法》（2020年修正）第三条 (0: none named)


_ARTICLE = re.compile(rf"第[ 　]?({NUMERAL})[ 　]?条(?:之({NUMERAL}))?")
# what may stand between two articles of one law: 、 和 及 至, and the paragraph or item of the first
_CONTINUED = re.compile(rf"[\s、，,和及与或至到以及]*(?:第[ 　]?{NUMERAL}[ 　]?[款项](?:第[ 　]?{NUMERAL}[ 　]?项)?)?"
                        r"[\s、，,和及与或至到以及]*")
_SAME_LAW = ("本法", "该法", "同法", "此法", "本条例", "该条例")
_NAME_CHARS = re.compile(r"[\u4e00-\u9fff（）()]+$")   # the words a law's name is made of, right before 第


def find_citations(text: str) -> list[Citation]:
    """The citations of articles in ``text``, each with its law: 《宪法》第五条 (and 第三条之一); the
    articles that follow one (《民法典》第一千一百六十五条、第一千一百六十六条, 第五条至第七条, 第五条第二款和第
    七条) and 本法 / 该法 第N条 after one, with its law; and 宪法第五条 without 《》, whose law is a guess the
    caller settles (Citation.candidates). One whose number is no article number is left as text."""
    found: list[Citation] = []
    last: Citation | None = None
    for m in _ARTICLE.finditer(text):
        number, sub = article_number(m.group(1)), article_number(m.group(2), 0)
        if number is None or sub is None:
            continue
        before = text[max(0, m.start() - 90):m.start()]   # what a citation's law can be read from
        titled = _TITLED.search(before[-90:])
        if titled:
            last = Citation(m.start() - len(titled.group(0)), m.end(), titled.group(1).strip(), number, sub,
                            year=int(titled.group(2) or 0))
            found.append(last)
        elif last is not None and last.law_title and not last.candidates and before.endswith(_SAME_LAW):
            # 本法第十条: the law cited before
            found.append(Citation(m.start() - 2 - ("条例" in before[-3:]), m.end(), last.law_title, number, sub,
                                  year=last.year))
        elif last is not None and _CONTINUED.fullmatch(text, last.end, m.start()):
            # the law of the one before; after a guessed one, the same guesses, its name not in this span ("")
            last = Citation(m.start(), m.end(), "" if last.candidates else last.law_title, number, sub,
                            last.candidates, last.year)
            found.append(last)
        else:
            name = _NAME_CHARS.search(before[-40:])
            if name and len(name.group(0)) >= 2:   # 依据宪法第五条: the longest name the library holds
                words = name.group(0)
                guesses = tuple(words[i:] for i in range(len(words) - 1) if not words[i:].startswith(("第", "）", ")")))
                if guesses:   # the span starts at the longest guess, so a caller's choice ends right before 第
                    last = Citation(m.start() - len(guesses[0]), m.end(), guesses[-1], number, sub, guesses)
                    found.append(last)
    found += [Citation(p.start(), p.end(), p.group(1).strip(), 0) for p in _PREAMBLE.finditer(text)]   # 《宪法》序言
    for p in _BARE_PREAMBLE.finditer(text):   # 宪法序言 without 《》: the law a guess, as 宪法第五条
        name = _NAME_CHARS.search(text[max(0, p.start() - 40):p.start()])
        words = name.group(0) if name else ""
        guesses = tuple(words[i:] for i in range(len(words) - 1) if not words[i:].startswith(("）", ")")))
        if guesses:
            found.append(Citation(p.start() - len(guesses[0]), p.end(), guesses[-1], 0, 0, guesses))
    return sorted(found, key=lambda c: c.start)


_PREAMBLE = re.compile(r"《([^》]{1,80})》\s*序言")
_BARE_PREAMBLE = re.compile(r"(?<![》\s])序言")
# 《X》 right before 第…条, or with the version it names between them: 《刑法》（2020年修正）第三条
_TITLED = re.compile(r"《([^》]{1,80})》\s*(?:[（(]\s*(\d{4})\s*年[^）)]{0,20}[）)])?\s*$")


def title_variants(title: str) -> set[str]:
    """A law is cited with or without its 中华人民共和国 prefix."""
    bare = title[len(PRC_PREFIX):] if title.startswith(PRC_PREFIX) else title
    return {title, bare, PRC_PREFIX + bare}
