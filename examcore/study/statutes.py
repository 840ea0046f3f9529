"""Laws and regulations as articles: splitting a plain-text statute, and finding citations in text.

A statute file is plain text: the title on the first non-empty line, then articles that each begin with
"第…条" (Chinese or Arabic numerals). Chapter and section headings ("第一章 总则") are kept with the
articles under them. A citation looks like 《中华人民共和国宪法》第五条 or 《宪法》第5条.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL = r"[零〇一二两三四五六七八九十百千\d]+"
_ARTICLE = re.compile(rf"^\s*第[ 　]?({NUMERAL})[ 　]?条(?:之[一二三四五六七八九十]+)?[\s　]*")
_HEADING = re.compile(rf"^\s*第{NUMERAL}[编章节](?:[\s　]+\S.*)?$")
_CITATION = re.compile(rf"《([^》]{{1,80}})》\s*第[ 　]?({NUMERAL})[ 　]?条")
PRC_PREFIX = "中华人民共和国"


class StatuteError(ValueError):
    pass


def chinese_number(text: str) -> int:
    """第二百零五条 → 205; Arabic digits pass through."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


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


@dataclass(frozen=True)
class Article:
    number: int
    label: str      # as printed: 第五条
    heading: str    # the chapter (and section) it stands under, "" when none
    text: str


@dataclass(frozen=True)
class Statute:
    title: str
    articles: tuple[Article, ...]


def parse_statute(text: str, title: str | None = None) -> Statute:
    """Split a plain-text statute into articles. StatuteError when none can be recognised."""
    lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").replace("\ufeff", "").split("\n")]
    if title is None:
        title = next((ln.strip() for ln in lines if ln.strip()), "")
        lines = lines[next(i for i, ln in enumerate(lines) if ln.strip()) + 1:] if title else lines
    title = title.strip().strip("《》")
    if not title:
        raise StatuteError("the file has no title line")
    articles: list[Article] = []
    chapter, section = "", ""
    current: tuple[int, str, str, list[str]] | None = None

    def close() -> None:
        if current is not None:
            number, label, heading, body = current
            articles.append(Article(number, label, heading, "\n".join(b for b in body if b).strip()))

    for line in lines:
        stripped = line.strip()
        if _HEADING.match(stripped):
            close()
            current = None
            if re.match(rf"^第{NUMERAL}节", stripped):
                section = stripped
            else:
                chapter, section = stripped, ""
            continue
        m = _ARTICLE.match(stripped)
        if m:
            close()
            number = chinese_number(m.group(1))
            label = stripped[:m.end()].strip()
            current = (number, label, " ".join(x for x in (chapter, section) if x), [stripped[m.end():].strip()])
        elif current is not None:
            current[3].append(stripped)
    close()
    if not articles:
        raise StatuteError(f"no articles (lines beginning 第…条) were found in {title!r}")
    return Statute(title, tuple(articles))


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    law_title: str
    article: int


def find_citations(text: str) -> list[Citation]:
    return [Citation(m.start(), m.end(), m.group(1).strip(), chinese_number(m.group(2)))
            for m in _CITATION.finditer(text)]


def title_variants(title: str) -> set[str]:
    """A law is cited with or without its 中华人民共和国 prefix."""
    bare = title[len(PRC_PREFIX):] if title.startswith(PRC_PREFIX) else title
    return {title, bare, PRC_PREFIX + bare}
