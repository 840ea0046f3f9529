"""The law library: search as learners ask (several words, article references), a page of results at a time
with the true total, browse a law, read an article under its heading path (also opened from a citation)."""
from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from desktop.services.law_library import MAX_TERMS, PAGE, LawLibrary, SearchPage, words_left_out
from desktop.ui.confirm import confirm as ask_first
from desktop.ui.file_dialogs import open_file
from desktop.ui.screen_fit import narrow_combo
from desktop.ui.theme import colour
from examcore.cli_text import said
from examcore.study.statutes import HEADING_SEPARATOR, StatuteError

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 350   # search once the learner pauses typing, not at every key (a search costs a few ms)


class LibraryPage(QWidget):
    """``can_import``: show 导入法规… (the station's IT); a learner's page has none: statutes are not signed,
    and a learner's file would change the law every other learner of the station studies (issue 19)."""

    def __init__(self, laws: LawLibrary, parent: QWidget | None = None, can_import: bool = False):
        super().__init__(parent)
        self._laws = laws
        self._newest: dict[str, str] = {}   # each law's newest version held (refresh_laws)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search laws and regulations, e.g. 法律援助"))
        self.search_button = QPushButton(self.tr("Search"))
        self.law_combo = narrow_combo(QComboBox())
        self.import_button = QPushButton(self.tr("Import a statute…"))
        self.results = QListWidget()
        self.article_view = QTextBrowser()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.previous_article_button = QPushButton(self.tr("Previous article"))   # the list's next or previous
        self.next_article_button = QPushButton(self.tr("Next article"))           # line: read on without it
        self.previous_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.page_label = QLabel()
        self._page: SearchPage | None = None
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.search_button)
        browse = QHBoxLayout()
        browse.addWidget(QLabel(self.tr("Browse a law:")))
        browse.addWidget(self.law_combo, 1)
        browse.addWidget(self.import_button)
        self.import_button.setVisible(can_import)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.results)
        split.addWidget(self.article_view)
        split.setSizes([360, 740])
        self.results.setWordWrap(True)
        self.results.setObjectName("hits")
        self.results.setAlternatingRowColors(True)   # long hits wrap over lines: shading tells them apart
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(browse)
        layout.addWidget(split, 1)
        paging = QHBoxLayout()
        paging.addWidget(self.message_label, 1)
        paging.addWidget(self.previous_article_button)
        paging.addWidget(self.next_article_button)
        paging.addWidget(self.page_label)
        paging.addWidget(self.previous_button)
        paging.addWidget(self.next_button)
        layout.addLayout(paging)
        self._show_paging()
        self._show_stepping()
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search)
        self.search_edit.textEdited.connect(lambda _t: self._typing.start())   # results as the learner types
        self.search_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.law_combo.activated.connect(lambda _i: self.browse(*(self.law_combo.currentData() or (None,))))
        self.results.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.import_button.clicked.connect(self._choose_file)
        self.previous_article_button.clicked.connect(lambda: self._step(-1))
        self.next_article_button.clicked.connect(lambda: self._step(1))
        self.results.currentRowChanged.connect(lambda _row: self._show_stepping())
        self.previous_button.clicked.connect(lambda: self._turn(-1))
        self.next_button.clicked.connect(lambda: self._turn(1))
        self.refresh_laws()

    def refresh_laws(self) -> None:
        self.law_combo.clear()
        held = self._laws.laws()
        self._newest = {}   # an older version held beside the newest is said to be superseded
        for title, version, _count in held:
            self._newest[title] = max(self._newest.get(title, ""), version)
        for title, version, count in held:
            shown = self._titled(title, version)
            self.law_combo.addItem(self.tr("%1 (%2 articles)").replace("%1", shown).replace("%2", str(count)),
                                   (title, version))
        if self.results.count() == 0 and self.law_combo.count():   # the law the list names is the one shown
            self.browse(*self.law_combo.currentData())

    def _select_law(self, title: str, version: str) -> None:
        self.law_combo.setCurrentIndex(max(0, next((i for i in range(self.law_combo.count())
                                                    if tuple(self.law_combo.itemData(i) or ()) == (title, version)), 0)))

    def _version_words(self, version: str) -> str:
        return self.tr(" (version of %1)").replace("%1", version) if version else ""

    def _titled(self, title: str, version: str) -> str:
        if version and version < self._newest.get(title, ""):
            return title + self.tr(" (superseded version of %1)").replace("%1", version)
        return title + self._version_words(version)

    def _add_result(self, article_id: int, law_title: str, label: str, snippet: str, version: str = "",
                    titled: bool = True) -> None:
        """One line of the list: where the article is (the law's title only among search hits: browsing, the
        law is the one chosen above) and the start of its text."""
        head = f"{self._titled(law_title, version)} {label}" if titled else label
        item = QListWidgetItem(f"{head}\n{snippet}")
        item.setData(Qt.ItemDataRole.UserRole, (law_title, version, article_id))
        self.results.addItem(item)

    def search(self, offset: int = 0) -> None:
        self._typing.stop()
        phrase = self.search_edit.text().strip()
        self.results.clear()
        self.article_view.clear()
        self._page = None
        if phrase:
            self._page = self._laws.search(phrase, offset)
            for h in self._page.hits:
                self._add_result(h.article_id, h.law_title, h.label, h.snippet, h.version)
            found = self.tr("%1 article(s) found.").replace("%1", str(self._page.total))
            if self._page.split and self._page.total:   # said, so a learner knows these are not the phrase whole
                found = self.tr("“%1” as typed is in no article; %2 articles hold all of its words: %3.") \
                    .replace("%1", phrase).replace("%2", str(self._page.total)).replace("%3", " ".join(self._page.terms))
            found = found if self._page.total else self.tr("Nothing found. Try fewer words, or words apart by "
                                                           "spaces.")
            if words_left_out(phrase):   # a pasted paragraph: said, not silently shortened
                found += " " + self.tr("Only the first %1 words were searched for.").replace("%1", str(MAX_TERMS))
            self.message_label.setText(found)
            if self._page.hits:
                self.results.setCurrentRow(0)
        self._show_paging()

    def _step(self, step: int) -> None:
        """The article before or after the one shown, in the list (the law's order, or the search's)."""
        row = self.results.currentRow() + step
        if 0 <= row < self.results.count():
            self.results.setCurrentRow(row)

    def _show_stepping(self) -> None:
        row, count = self.results.currentRow(), self.results.count()
        self.previous_article_button.setEnabled(row > 0)
        self.next_article_button.setEnabled(0 <= row < count - 1)

    def _turn(self, step: int) -> None:
        if self._page is not None:
            self.search(max(0, self._page.offset + step * PAGE))

    def _show_paging(self) -> None:
        page = self._page
        many = page is not None and page.total > PAGE
        for w in (self.previous_button, self.next_button, self.page_label):
            w.setVisible(many)
        if page is not None and many:
            self.page_label.setText(self.tr("%1–%2 of %3").replace("%1", str(page.offset + 1))
                                    .replace("%2", str(page.offset + len(page.hits))).replace("%3", str(page.total)))
            self.previous_button.setEnabled(page.offset > 0)
            self.next_button.setEnabled(page.offset + len(page.hits) < page.total)

    def browse(self, law_title: str | None, version: str | None = None, article_id: int | None = None) -> None:
        if not law_title:
            return
        self.results.clear()
        self._page = None
        self._show_paging()
        articles = self._laws.articles(law_title, version)
        for a in articles:
            self._add_result(a.id, law_title, a.label, a.text if len(a.text) <= 40 else a.text[:39] + "…",
                             a.version, titled=False)
        self.message_label.clear()
        rows = [a.id for a in articles]
        self.results.setCurrentRow(rows.index(article_id) if article_id in rows else 0)

    def open_article(self, law_title: str, number: int, sub: int = 0, on: str | None = None, year: int = 0) -> bool:
        """Show the article a citation names, in the version it names by ``year`` (《刑法》（2020年修正）第三条),
        else in the version in force ``on`` that day (YYYY-MM-DD) when the library holds several; False (with
        a message) when the library lacks it. A named version the library lacks is said over the one shown."""
        article = self._laws.find_article(law_title, number, sub, on, year)
        if article is None:
            self.message_label.setText(self.tr("《%1》 is not in this station's library.").replace("%1", law_title))
            return False
        self._select_law(article.law_title, article.version)   # the list names the law shown
        self.search_edit.clear()   # the words of an earlier search are not what is shown now
        self.browse(article.law_title, article.version, article.id)
        if year and not article.version.startswith(str(year)):
            self.message_label.setText(self.tr("The %1 version of 《%2》 is not in this station's library: shown is "
                                               "the version in force now.").replace("%1", str(year))
                                       .replace("%2", law_title))
        return True

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        law_title, version, article_id = item.data(Qt.ItemDataRole.UserRole)
        article = next((a for a in self._laws.articles(law_title, version) if a.id == article_id), None)
        if article is None:
            return
        body = highlighted(article.text, self._page.terms if self._page is not None else ())
        path = article.heading.split(HEADING_SEPARATOR) if article.heading else []
        heading = (f"<p style='color:{colour('muted')}'>{' › '.join(html.escape(h) for h in path)}</p>" if path else "")
        self.article_view.setHtml(f"<h3>{html.escape(self._titled(law_title, version))}</h3>{heading}"
                                  f"<p><b>{html.escape(article.label)}</b>　{body}</p>")
        self.shown_article = (law_title, article.number, article.sub)

    def _choose_file(self) -> None:
        path = open_file(self, self.tr("Import a statute"),
                         self.tr("Statutes (*.txt *.docx *.html *.htm);;All files (*)"))
        if path:
            self.import_statute(Path(path))

    def import_statute(self, path: Path, confirm=None) -> bool:
        """Import a statute file; one that would replace a text held (same law, same version) is asked about
        first, naming the law and both article counts (``confirm``: the question, for tests)."""
        try:
            statute = self._laws.read_file(path)
        except StatuteError as exc:
            self.message_label.setText(self.tr("%1 was not imported: %2").replace("%1", path.name)
                                       .replace("%2", self.statute_error(exc)))
            return False
        held = self._laws.held_articles(statute.title, statute.version)
        if held:
            question = self.tr("The library already holds 《%1》%2 with %3 article(s). Replace its text with the "
                               "%4 article(s) of %5? Every learner of this station reads the new text.") \
                .replace("%1", statute.title).replace("%2", self._version_words(statute.version)) \
                .replace("%3", str(held)).replace("%4", str(sum(1 for a in statute.articles if a.number))) \
                .replace("%5", path.name)
            ask = confirm or (lambda text: ask_first(self, self.tr("Replace a law's text"), text,
                                                     self.tr("Replace")))
            if not ask(question):
                self.message_label.setText(self.tr("Nothing was imported."))
                return False
        replaced = self._laws.store(statute)
        self.refresh_laws()
        self.browse(statute.title, statute.version)   # the law just imported is the one shown and named above
        self._select_law(statute.title, statute.version)
        done = (self.tr("Imported 《%1》 with %2 article(s).") if statute.kind == "statute" else
                self.tr("Imported 《%1》 (an amendment or decision) with %2 item(s).")).replace("%1", statute.title) \
            .replace("%2", str(sum(1 for a in statute.articles if a.number)))
        if replaced:   # the same law and version held before: its text is gone now, which is said
            done += " " + (self.tr("It replaced the text of the version of %1 held before.").replace(
                "%1", statute.version) if statute.version else self.tr(
                "It replaced the text held before under this name (the file names no version: a line such as "
                "（2023年12月29日…修订） under the title keeps versions apart)."))
        if statute.joined or statute.warnings:   # what the import had to guess is said, not hidden
            log.warning("statute %s imported with guesses: %s", statute.title, "; ".join(statute.warnings))
            done += " " + self.tr("Please check the text: %1 line break(s) inside sentences were joined back, "
                                  "%2 place(s) had to be guessed (listed in the log).") \
                .replace("%1", str(statute.joined)).replace("%2", str(len(statute.warnings)))
        self.message_label.setText(done)
        return True

    def statute_error(self, exc: StatuteError) -> str:
        detail = str(exc)
        if "which are read only in an amendment" in detail:
            return self.tr("no articles (第…条) were found, only items numbered 一、二、; such items are read only "
                           "in an amendment or a decision (its name ends 修正案 or 决定). Is this a statute?")
        if "no articles" in detail:
            return self.tr("no articles were recognised. Each article must begin on its own line with "
                           "第…条, and the first line must be the title.")
        if "not text" in detail:
            return self.tr("the file is not plain text (UTF-8, UTF-16 or GB18030). Save it as plain text and try "
                           "again.") + " (" + said(exc.args[0] if exc.args else detail) + ")"
        return self.tr("the file could not be read (%1).").replace("%1", said(exc.args[0] if exc.args else detail))


def highlighted(text: str, terms: tuple[str, ...]) -> str:
    """The article's text as HTML with every search word marked, in one pass: a later word is never looked
    for inside the markup of an earlier one (a search for 执法 58 broke the page on the 8 of its colour)."""
    body = html.escape(text)
    words = sorted({html.escape(t) for t in terms if t}, key=len, reverse=True)
    if words:
        body = re.sub("|".join(map(re.escape, words)),
                      lambda m: f"<span style='background:#ffe58a; color:black'>{m.group(0)}</span>", body)
    return body.replace("\n", "<br>")
