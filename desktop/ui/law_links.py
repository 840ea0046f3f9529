"""Citations of laws in text (《…》第…条) turned into links that open the library at the article."""
from __future__ import annotations

import html
from collections.abc import Callable
from urllib.parse import quote, unquote

from examcore.study.statutes import find_citations

SCHEME = "law:"


def linkify(text: str, article_exists: Callable[[str, int, int], bool]) -> str:
    """Rich text: the text escaped, each citation the library holds made a link."""
    out, pos = [], 0
    for c in find_citations(text):
        out.append(html.escape(text[pos:c.start]))
        shown = html.escape(text[c.start:c.end])
        if article_exists(c.law_title, c.article, c.sub):
            out.append(f'<a href="{SCHEME}{quote(c.law_title)}:{c.article}{f".{c.sub}" if c.sub else ""}">{shown}</a>')
        else:
            out.append(shown)
        pos = c.end
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>")


def parse_link(href: str) -> tuple[str, int, int] | None:
    """(law title, article number, 之N or 0) of a link made by linkify."""
    if not href.startswith(SCHEME):
        return None
    title, _, where = href[len(SCHEME):].rpartition(":")
    number, _, sub = where.partition(".")
    if not number.isdigit() or (sub and not sub.isdigit()):
        return None
    return unquote(title), int(number), int(sub or 0)
