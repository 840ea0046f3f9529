"""The offline law library: statutes imported from plain text, searched as learners ask (several words,
article references), opened at an article."""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, delete, func, insert, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import LawArticle
from examcore.cli_text import Words
from examcore.study.statute_sources import statute_text
from examcore.study.statutes import (NUMERAL, Statute, StatuteError, article_number, parse_statute,
                                     title_variants)

log = logging.getLogger(__name__)

MAX_STATUTE_BYTES = 16 << 20
TRIGRAM = 3   # the index matches phrases of at least three characters


PAGE = 50
# 宪法第五条, 《宪法》第5条之一, 宪法第五条第三款, 行政处罚法第九条第一项: the article (its 款 and 项 are in it)
_REFERENCE = re.compile(rf"^《?(.*?)》?第[ 　]?({NUMERAL})[ 　]?条(?:之({NUMERAL}))?(?:第[ 　]?{NUMERAL}[ 　]?[款项])*$")


@dataclass(frozen=True)
class LawHit:
    article_id: int
    law_title: str
    label: str
    number: int
    snippet: str
    heading: str = ""
    sub: int = 0
    version: str = ""


@dataclass(frozen=True)
class SearchPage:
    """One page of a search: ``total`` is every article found, ``hits`` those from ``offset`` on."""

    hits: list[LawHit]
    total: int
    offset: int
    terms: tuple[str, ...]    # the words searched for, to highlight
    split: bool = False       # the typed phrase was found nowhere whole: these are its parts, each anywhere


class LawLibrary:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def import_file(self, path: Path) -> tuple[Statute, bool]:
        """A statute as plain text, Word (.docx) or an HTML page (examcore/study/statute_sources.py), and
        whether it replaced a text of the same law and version held before. StatuteError names what is
        wrong; nothing is stored then. The statute's ``warnings`` say what the import had to guess."""
        statute = self.read_file(path)
        return statute, self.store(statute)

    @staticmethod
    def read_file(path: Path) -> Statute:
        """The statute in a file, parsed, not stored. Raises StatuteError."""
        try:
            raw = Path(path).read_bytes()[:MAX_STATUTE_BYTES + 1]
        except OSError as exc:
            raise StatuteError(Words("the file cannot be read: {why}", why=exc.strerror or str(exc))) from exc
        if len(raw) > MAX_STATUTE_BYTES:
            raise StatuteError(Words("the file is larger than 16 MB: too large to be one statute"))
        return parse_statute(statute_text(Path(path).name, raw))

    def import_files(self, paths: list[Path]) -> list[tuple[Statute, bool] | StatuteError]:
        """Several statute files at once (a folder of laws): each read and checked, then every good one
        stored in one transaction (one disk flush, not one per law). Per path, in order: (the Statute,
        whether it replaced one held), or the StatuteError that kept it out; a file the readers fail on in
        a way they did not foresee is refused alone (logged), never the whole folder."""
        read: list[Statute | StatuteError] = []
        for path in paths:
            try:
                read.append(self.read_file(path))
            except StatuteError as exc:
                read.append(exc)
            except Exception:   # noqa: BLE001 - one odd file must not keep the rest of the folder out
                log.exception("statute file %s could not be read", path)
                read.append(StatuteError(Words("the file could not be read as a statute (details in the log)")))
        out: list[tuple[Statute, bool] | StatuteError] = []
        with self._sessions.begin() as s:
            for statute in read:
                out.append((statute, self._store_in(s, statute)) if isinstance(statute, Statute) else statute)
        return out

    def store(self, statute: Statute) -> bool:
        """Add a statute, replacing an earlier text of the same title and version (another version of the law
        stays beside it), in one transaction; True when it replaced one."""
        with self._sessions.begin() as s:
            return self._store_in(s, statute)

    @staticmethod
    def _store_in(s: Session, statute: Statute) -> bool:
        same = (LawArticle.law_title == statute.title) & (LawArticle.version == statute.version)
        old = s.execute(select(LawArticle.id, LawArticle.law_title, LawArticle.heading, LawArticle.label,
                               LawArticle.text).where(same)).all()
        if old:
            s.execute(text("INSERT INTO law_fts(law_fts, rowid, law_title, heading, label, text) "
                           "VALUES('delete', :id, :title, :heading, :label, :t)"),
                      [{"id": i, "title": t, "heading": h, "label": lb, "t": body} for i, t, h, lb, body in old])
            s.execute(text("DELETE FROM law_chars WHERE rowid = :id"), [{"id": row[0]} for row in old])
            s.execute(delete(LawArticle).where(same))
        first = (s.execute(select(func.max(LawArticle.id))).scalar() or 0) + 1
        rows: list[dict[str, Any]] = [
            {"id": first + n, "law_title": statute.title, "version": statute.version,
             "in_force": statute.in_force or statute.version, "number": a.number,
             "sub": a.sub, "label": a.label, "heading": a.heading, "text": a.text}
            for n, a in enumerate(statute.articles)]
        s.execute(insert(cast(Table, LawArticle.__table__)), rows)   # Core: the ORM's bulk path costs more
        s.execute(text("INSERT INTO law_fts(rowid, law_title, heading, label, text) "
                       "VALUES (:id, :law_title, :heading, :label, :text)"), rows)
        s.execute(text("INSERT INTO law_chars(rowid, title, body) VALUES (:id, :title, :body)"),
                  [char_index_row(r["id"], statute.title, r["heading"], r["label"], r["text"]) for r in rows])
        return bool(old)

    def held_articles(self, title: str, version: str) -> int:
        """Articles (not the 序言) held of this law and version: what importing the same again would replace."""
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(LawArticle).where(
                LawArticle.law_title == title, LawArticle.version == version, LawArticle.number > 0)) or 0

    def laws(self) -> list[tuple[str, str, int]]:
        """(title, version, articles) of every law held; versions of one law newest first."""
        with self._sessions() as s:
            return [(t, v, n) for t, v, n in s.execute(
                select(LawArticle.law_title, LawArticle.version, func.count())
                .group_by(LawArticle.law_title, LawArticle.version)
                .order_by(LawArticle.law_title, LawArticle.version.desc()))]

    def articles(self, law_title: str, version: str | None = None) -> list[LawArticle]:
        """The articles of one version of a law (the newest when ``version`` is None), in order."""
        with self._sessions() as s:
            if version is None:
                version = s.scalars(select(func.max(LawArticle.version))
                                    .where(LawArticle.law_title == law_title)).first() or ""
            return list(s.scalars(select(LawArticle).where(LawArticle.law_title == law_title,
                                                           LawArticle.version == version).order_by(LawArticle.id)))

    def find_article(self, law_title: str, number: int, sub: int = 0, on: str | None = None,
                     year: int = 0) -> LawArticle | None:
        """The article a citation names (第三条之一: number 3, sub 1) in the version it names by ``year`` (the
        year of its history line's latest date: 《刑法》（2020年修正）), else in the version of the law in
        force ``on`` that day (YYYY-MM-DD: the newest version that took effect by then, by its 自…起施行
        date; before every version took effect, the oldest), else the newest; 《宪法》 finds
        中华人民共和国宪法 and the other way round."""
        with self._sessions() as s:
            found = list(s.scalars(select(LawArticle).where(
                LawArticle.law_title.in_(title_variants(law_title)), LawArticle.number == number,
                LawArticle.sub == sub).order_by(LawArticle.version.desc())))
        named = [a for a in found if year and a.version[:4] == f"{year:04d}"]
        if named:
            return named[0]
        if not found or on is None:
            return found[0] if found else None
        in_force = [a for a in found if not (a.in_force or a.version) or (a.in_force or a.version) <= on]
        return in_force[0] if in_force else found[-1]

    def search(self, query: str, offset: int = 0, limit: int = PAGE) -> SearchPage:
        """Articles holding every word of ``query`` (words apart by spaces; one or two characters too), the
        article a reference names first (第五条, 宪法第五条, 示范条例第三条之一), then a match in the law's
        title, its heading or label before one in the text only. The true total, a page at a time."""
        terms = search_terms(query)
        if not terms:   # nothing to look for (only punctuation, or nothing at all)
            return SearchPage([], 0, offset, ())
        if len(terms) == 1:   # 行政处罚法: the name of a law held lists that law (other laws citing it listed it
            whole = self._law_named(query, offset, limit)   # alone, an outside tester found), in order
            if whole is not None:
                return whole
        page = self._search(query, terms, offset, limit)
        parts = _two_character_words(terms)
        if page.total == 0 and parts != terms and not self._names_a_law(terms):
            # 执法公开 typed without the space learners leave out: no article says it whole, so its
            # two-character words are looked for, each anywhere in the article (not for a law's name: its
            # title alone lists no article, and its pieces would list other laws')
            split = self._search(" ".join(parts), parts, offset, limit)
            return SearchPage(split.hits, split.total, split.offset, split.terms, split=True)
        return page

    def _search(self, query: str, terms: tuple[str, ...], offset: int, limit: int) -> SearchPage:
        with self._sessions() as s:
            named = self._referenced(s, query.replace(" ", "").replace("　", ""))
            source, where, order, params = self._text_filter(terms, named)
            if source.startswith("law_chars "):   # short words: the character index, asked once when it is a
                # few articles (three two-character words took two index passes of 15 ms each), and counted on
                # the index alone when it is many (joining 50,000 articles only to count them: 7 ms)
                on_index = where.replace("a.id NOT IN", "law_chars.rowid NOT IN")
                ids = s.execute(text(f"SELECT law_chars.rowid FROM law_chars WHERE {on_index} LIMIT {FEW + 1}"),
                                params).scalars().all()
                if len(ids) <= FEW:
                    source, where = "law_articles a", f"a.id IN ({', '.join(str(int(i)) for i in ids) or 'NULL'})"
                    params = {k: v for k, v in params.items() if k != "cq"}
                    found = len(ids)
                else:
                    found = s.execute(text(f"SELECT count(*) FROM law_chars WHERE {on_index}"), params).scalar_one()
            else:
                found = s.execute(text(f"SELECT count(*) FROM {source} WHERE {where}"), params).scalar_one()
            first = named[offset:offset + limit]
            rest_offset, rest_limit = max(0, offset - len(named)), limit - len(first)
            rows = s.execute(text(
                f"SELECT a.id, a.law_title, a.label, a.number, a.text, a.heading, a.sub, a.version FROM {source} "
                f"WHERE {where} ORDER BY {order} LIMIT :n OFFSET :o"),
                {**params, "n": rest_limit, "o": rest_offset}).all() if rest_limit > 0 else []
        return SearchPage(_hits([*first, *rows], terms), len(named) + found, offset, terms)

    def _law_named(self, query: str, offset: int, limit: int) -> SearchPage | None:
        """The articles of the law ``query`` names (its name, with or without 中华人民共和国 and 《》), in
        order, newest version; None when no law held has that name."""
        name = re.sub(r"[\s　《》]", "", query)
        if len(name) < 2:
            return None
        with self._sessions() as s:
            title = s.scalar(select(LawArticle.law_title).where(LawArticle.law_title.in_(title_variants(name)))
                             .limit(1))
            if title is None:
                return None
            version = s.scalar(select(func.max(LawArticle.version)).where(LawArticle.law_title == title))
            where = (LawArticle.law_title == title) & (LawArticle.version == version)
            total = s.scalar(select(func.count()).select_from(LawArticle).where(where)) or 0
            rows = s.execute(select(LawArticle.id, LawArticle.law_title, LawArticle.label, LawArticle.number,
                                    LawArticle.text, LawArticle.heading, LawArticle.sub, LawArticle.version)
                             .where(where).order_by(LawArticle.id).offset(offset).limit(limit)).all()
        return SearchPage(_hits(rows, ()), total, offset, ())

    def _names_a_law(self, terms: tuple[str, ...]) -> bool:
        with self._sessions() as s:
            return any(s.scalar(select(LawArticle.id).where(LawArticle.law_title.contains(t, autoescape=True))
                                .limit(1)) is not None for t in terms if len(t) >= 4)

    @staticmethod
    def _referenced(s: Session, query: str) -> list:
        """(id, law_title, label, number, text, heading, sub) of the articles a reference names."""
        m = _REFERENCE.match(query)
        if m is None:
            return []
        name = m.group(1).strip()
        number, sub = article_number(m.group(2)), article_number(m.group(3), 0)
        if not number or sub is None:   # 第99999999999条, 第0条: no article has that number (0 is the 序言)
            return []
        q = select(LawArticle.id, LawArticle.law_title, LawArticle.label, LawArticle.number, LawArticle.text,
                   LawArticle.heading, LawArticle.sub, LawArticle.version).where(LawArticle.number == number,
                                                                                 LawArticle.sub == sub)
        if name:
            q = q.where(LawArticle.law_title.in_(title_variants(name))
                        | LawArticle.law_title.contains(name, autoescape=True))   # 50% in a name is no wildcard
        return list(s.execute(q.order_by(LawArticle.law_title, LawArticle.version.desc(), LawArticle.id)))

    @staticmethod
    def _text_filter(terms: tuple[str, ...], named: list) -> tuple[str, str, str, dict]:
        """(source, where, order, params) of the articles holding every term. Words of three characters or
        more go to the trigram index, shorter ones to the character index; the law's title may hold a
        word, but a hit must hold one word of its own (a word of the title alone would list the whole law)."""
        params: dict = {}
        long = [t for t in terms if len(t) >= TRIGRAM]
        short = [t for t in terms if len(t) < TRIGRAM]
        char_query = " AND ".join(_char_phrase(t) for t in short)
        if long:
            params["q"] = " ".join('"' + t.replace('"', '""') + '"' for t in long)
            source = "law_fts JOIN law_articles a ON a.id = law_fts.rowid"
            clauses = ["law_fts MATCH :q"]
            if short:
                params["cq"] = char_query
                clauses.append("a.id IN (SELECT rowid FROM law_chars WHERE law_chars MATCH :cq)")
            for n, term in enumerate(terms):
                params[f"b{n}"] = term
            clauses.append("(" + " OR ".join(f"instr(a.heading || ' ' || a.label || ' ' || a.text, :b{n}) > 0"
                                             for n in range(len(terms))) + ")")
            order = "bm25(law_fts, 20.0, 8.0, 8.0, 1.0)"
        else:
            params["cq"] = f"({char_query}) AND body : ({' OR '.join(_char_phrase(t) for t in short)})"
            params["first"] = short[0]
            source = "law_chars JOIN law_articles a ON a.id = law_chars.rowid"
            clauses = ["law_chars MATCH :cq"]
            order = ("instr(a.law_title, :first) > 0 DESC, "
                     "(instr(a.heading, :first) > 0) + (instr(a.label, :first) > 0) DESC, a.id")
        if named:
            clauses.append(f"a.id NOT IN ({', '.join(str(int(a[0])) for a in named)})")
        return source, " AND ".join(clauses), order, params


FEW = 1000       # articles a search on short words reads by id rather than asking the index twice
MAX_TERMS = 12   # words a search looks for at once (a pasted page is cut here, not sent whole to the index)


def search_terms(query: str) -> tuple[str, ...]:
    """The words of a query: apart by spaces; punctuation and symbols (pasted quotes, 《》, ？) only separate
    words, so “公开” finds 公开 and a query of punctuation alone finds nothing. Repeated words count once;
    at most MAX_TERMS."""
    return _all_words(query)[:MAX_TERMS]


def words_left_out(query: str) -> int:
    """How many words of ``query`` a search leaves out (beyond MAX_TERMS), for the page to say so."""
    return max(0, len(_all_words(query)) - MAX_TERMS)


def _all_words(query: str) -> tuple[str, ...]:
    cleaned = "".join(c if c.isalnum() else " " for c in unicodedata.normalize("NFKC", query))
    return tuple(dict.fromkeys(cleaned.split()))


def _two_character_words(terms: tuple[str, ...]) -> tuple[str, ...]:
    """Each term of four or more Chinese characters cut into words of two (执法公开 -> 执法, 公开; an odd one
    keeps three at its end: 依法行政公开 -> 依法, 行政, 公开; 行政许可法 -> 行政, 许可法), the way most legal
    terms are built. Other terms (shorter ones, Latin letters, digits) as they are."""
    out: list[str] = []
    for term in terms:
        if len(term) < 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in term):
            out.append(term)
            continue
        cut = [term[i:i + 2] for i in range(0, len(term) - 3 if len(term) % 2 else len(term), 2)]
        out += cut + ([term[-3:]] if len(term) % 2 else [])
    return tuple(dict.fromkeys(out))[:MAX_TERMS]


BREAK = "zz"   # stands for punctuation and the seams between fields, so 公，开 is no match for 公开


def char_index_row(article_id: int, title: str, heading: str, label: str, body: str) -> dict:
    """A row of the character index: every character a token (spaced), the title apart from the rest."""
    return {"id": article_id, "title": _spaced(title), "body": _spaced(f"{heading}\n{label}\n{body}")}


def _spaced(text_: str) -> str:
    return " ".join(c if c.isalnum() else BREAK for c in text_)


def _char_phrase(term: str) -> str:
    return '"' + _spaced(term).replace('"', '""') + '"'


def _hits(rows, terms: tuple[str, ...]) -> list[LawHit]:
    """Rows of (id, law_title, label, number, text, heading, sub, version) as hits, each with its snippet."""
    return [LawHit(i, t, label, n, _snippet(body, terms), heading, sub, version)
            for i, t, label, n, body, heading, sub, version in rows]


def _snippet(body: str, terms: tuple[str, ...], width: int = 30) -> str:
    at, found = min(((body.find(t), t) for t in terms if t in body), default=(-1, ""))
    if at < 0:
        return body[:2 * width]
    start = max(0, at - width)
    end = at + len(found) + width
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")
