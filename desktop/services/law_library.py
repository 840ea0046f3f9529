"""The offline law library: statutes imported from plain text, searched by any phrase, opened at an article."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.models import LawArticle
from examcore.study.statutes import Statute, StatuteError, parse_statute, title_variants

MAX_STATUTE_BYTES = 16 << 20
TRIGRAM = 3   # the index matches phrases of at least three characters


@dataclass(frozen=True)
class LawHit:
    article_id: int
    law_title: str
    label: str
    number: int
    snippet: str


class LawLibrary:
    def __init__(self, sessions: sessionmaker[Session]):
        self._sessions = sessions

    def import_file(self, path: Path) -> Statute:
        """A plain-text statute (UTF-8 or GB18030). StatuteError names what is wrong; nothing is stored then."""
        try:
            raw = Path(path).read_bytes()[:MAX_STATUTE_BYTES + 1]
        except OSError as exc:
            raise StatuteError(f"the file cannot be read: {exc.strerror or exc}") from exc
        if len(raw) > MAX_STATUTE_BYTES:
            raise StatuteError("the file is too large to be one statute")
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                content = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise StatuteError("the file is not text in UTF-8 or GB18030")
        statute = parse_statute(content)
        self.store(statute)
        return statute

    def store(self, statute: Statute) -> None:
        """Add a statute, replacing an earlier text with the same title."""
        with self._sessions.begin() as s:
            for old in s.scalars(select(LawArticle).where(LawArticle.law_title == statute.title)):
                s.execute(text("INSERT INTO law_fts(law_fts, rowid, text) VALUES('delete', :id, :t)"),
                          {"id": old.id, "t": old.text})
            s.execute(delete(LawArticle).where(LawArticle.law_title == statute.title))
            s.add_all(LawArticle(law_title=statute.title, number=a.number, label=a.label, heading=a.heading,
                                 text=a.text) for a in statute.articles)
            s.flush()
            s.execute(text("INSERT INTO law_fts(rowid, text) SELECT id, text FROM law_articles WHERE law_title = :t"),
                      {"t": statute.title})

    def laws(self) -> list[tuple[str, int]]:
        with self._sessions() as s:
            return [(t, n) for t, n in s.execute(select(LawArticle.law_title, func.count())
                                                  .group_by(LawArticle.law_title).order_by(LawArticle.law_title))]

    def articles(self, law_title: str) -> list[LawArticle]:
        with self._sessions() as s:
            return list(s.scalars(select(LawArticle).where(LawArticle.law_title == law_title)
                                  .order_by(LawArticle.id)))

    def find_article(self, law_title: str, number: int) -> LawArticle | None:
        """The article a citation names; 《宪法》 finds 中华人民共和国宪法 and the other way round."""
        with self._sessions() as s:
            return s.scalars(select(LawArticle).where(LawArticle.law_title.in_(title_variants(law_title)),
                                                      LawArticle.number == number)).first()

    def search(self, phrase: str, limit: int = 100) -> list[LawHit]:
        phrase = " ".join(phrase.split())
        if not phrase:
            return []
        with self._sessions() as s:
            if len(phrase) >= TRIGRAM:
                quoted = '"' + phrase.replace('"', '""') + '"'
                rows = s.execute(text(
                    "SELECT a.id, a.law_title, a.label, a.number, a.text FROM law_fts "
                    "JOIN law_articles a ON a.id = law_fts.rowid WHERE law_fts MATCH :q "
                    "ORDER BY rank LIMIT :n"), {"q": quoted, "n": limit}).all()
            else:   # one or two characters: below the trigram index, and the library is small
                rows = s.execute(select(LawArticle.id, LawArticle.law_title, LawArticle.label, LawArticle.number,
                                        LawArticle.text).where(func.instr(LawArticle.text, phrase) > 0)
                                 .order_by(LawArticle.id).limit(limit)).all()
        return [LawHit(i, t, label, n, _snippet(body, phrase)) for i, t, label, n, body in rows]


def _snippet(body: str, phrase: str, width: int = 30) -> str:
    at = body.find(phrase)
    if at < 0:
        return body[:2 * width]
    start = max(0, at - width)
    return ("…" if start else "") + body[start:at + len(phrase) + width] + ("…" if at + len(phrase) + width < len(body) else "")
