"""Citations of laws in text (《…》第…条) turned into links that open the library at the article."""
from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import quote, unquote

from examcore.study.statutes import find_citations

SCHEME = "law:"


def linkify(text: str, article_exists: Callable[[str, int, int], bool]) -> str:
    """Rich text: the text escaped, each citation the library holds made a link (examcore.study.statutes.
    find_citations: 《宪法》第五条, the articles after it, 本法第十条, and 宪法第五条 when 宪法 is a law held)."""
    out, pos = [], 0
    for c in find_citations(text):
        title, start = c.law_title, c.start
        if c.candidates:   # 宪法第五条: the longest of the words before it that names a law held here
            title = next((g for g in c.candidates if article_exists(g, c.article, c.sub)), "")
            if not title:
                continue
            start = c.start + len(c.candidates[0]) - len(title) if c.law_title else c.start
        elif not article_exists(title, c.article, c.sub):
            continue
        if start < pos:   # never inside the link before
            continue
        out.append(html.escape(text[pos:start]))
        shown = html.escape(text[start:c.end])
        where = f"{c.article}{f'.{c.sub}' if c.sub else ''}{f'@{c.year}' if c.year else ''}"   # 0: 序言
        out.append(f'<a href="{SCHEME}{quote(title)}:{where}">{shown}</a>')
        pos = c.end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def parse_link(href: str) -> tuple[str, int, int, int] | None:
    """(law title, article number, 之N or 0, the year of the version it names or 0) of a link made by
    linkify."""
    if not href.startswith(SCHEME):
        return None
    title, _, where = href[len(SCHEME):].rpartition(":")
    where, _, year = where.partition("@")
    number, _, sub = where.partition(".")
    if not number.isdigit() or (sub and not sub.isdigit()) or (year and not year.isdigit()):
        return None
    return unquote(title), int(number), int(sub or 0), int(year or 0)
