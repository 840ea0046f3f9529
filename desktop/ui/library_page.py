"""The law library: search by any phrase, browse a law, read an article (also opened from a citation)."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from desktop.services.law_library import LawLibrary
from examcore.study.statutes import StatuteError


class LibraryPage(QWidget):
    def __init__(self, laws: LawLibrary, parent: QWidget | None = None):
        super().__init__(parent)
        self._laws = laws
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search laws and regulations, e.g. 法律援助"))
        self.search_button = QPushButton(self.tr("Search"))
        self.law_combo = QComboBox()
        self.import_button = QPushButton(self.tr("Import a statute (text file)…"))
        self.results = QListWidget()
        self.article_view = QTextBrowser()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.search_button)
        browse = QHBoxLayout()
        browse.addWidget(QLabel(self.tr("Browse a law:")))
        browse.addWidget(self.law_combo, 1)
        browse.addWidget(self.import_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.results)
        split.addWidget(self.article_view)
        split.setSizes([360, 740])
        self.results.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(browse)
        layout.addWidget(split, 1)
        layout.addWidget(self.message_label)
        self.search_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.law_combo.activated.connect(lambda _i: self.browse(self.law_combo.currentData()))
        self.results.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.import_button.clicked.connect(self._choose_file)
        self.refresh_laws()

    def refresh_laws(self) -> None:
        self.law_combo.clear()
        for title, count in self._laws.laws():
            self.law_combo.addItem(self.tr("%1 (%2 articles)").replace("%1", title).replace("%2", str(count)), title)

    def _add_result(self, article_id: int, law_title: str, label: str, snippet: str) -> None:
        item = QListWidgetItem(f"{law_title} {label}\n{snippet}")
        item.setData(Qt.ItemDataRole.UserRole, (law_title, article_id))
        self.results.addItem(item)

    def search(self) -> None:
        phrase = self.search_edit.text().strip()
        self.results.clear()
        self.article_view.clear()
        if not phrase:
            return
        hits = self._laws.search(phrase)
        for h in hits:
            self._add_result(h.article_id, h.law_title, h.label, h.snippet)
        self.message_label.setText(self.tr("%1 articles found.").replace("%1", str(len(hits))) if hits else
                                   self.tr("Nothing found. Try a shorter phrase or other words."))
        if hits:
            self.results.setCurrentRow(0)

    def browse(self, law_title: str | None, article_id: int | None = None) -> None:
        if not law_title:
            return
        self.results.clear()
        for a in self._laws.articles(law_title):
            self._add_result(a.id, law_title, a.label, a.text[:40])
        self.message_label.clear()
        rows = [self.results.item(i).data(Qt.ItemDataRole.UserRole)[1] for i in range(self.results.count())]
        self.results.setCurrentRow(rows.index(article_id) if article_id in rows else 0)

    def open_article(self, law_title: str, number: int) -> bool:
        """Show the article a citation names; False (with a message) when the library lacks it."""
        article = self._laws.find_article(law_title, number)
        if article is None:
            self.message_label.setText(self.tr("《%1》 is not in this station's library.").replace("%1", law_title))
            return False
        self.law_combo.setCurrentIndex(max(0, self.law_combo.findData(article.law_title)))
        self.browse(article.law_title, article.id)
        return True

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        law_title, article_id = item.data(Qt.ItemDataRole.UserRole)
        article = next((a for a in self._laws.articles(law_title) if a.id == article_id), None)
        if article is None:
            return
        phrase = self.search_edit.text().strip()
        body = html.escape(article.text).replace("\n", "<br>")
        if phrase:
            body = body.replace(html.escape(phrase), f"<span style='background:#ffe58a'>{html.escape(phrase)}</span>")
        heading = f"<p style='color:#555'>{html.escape(article.heading)}</p>" if article.heading else ""
        self.article_view.setHtml(f"<h3>{html.escape(law_title)}</h3>{heading}"
                                  f"<p><b>{html.escape(article.label)}</b>　{body}</p>")
        self.shown_article = (law_title, article.number)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a statute"), "",
                                              self.tr("Text files (*.txt);;All files (*)"))
        if path:
            self.import_statute(Path(path))

    def import_statute(self, path: Path) -> bool:
        try:
            statute = self._laws.import_file(path)
        except StatuteError as exc:
            self.message_label.setText(self.tr("%1 was not imported: %2").replace("%1", path.name)
                                       .replace("%2", self.statute_error(str(exc))))
            return False
        self.refresh_laws()
        self.message_label.setText(self.tr("Imported 《%1》 with %2 articles.").replace("%1", statute.title)
                                   .replace("%2", str(len(statute.articles))))
        return True

    def statute_error(self, detail: str) -> str:
        if "no articles" in detail:
            return self.tr("no articles were recognised. Each article must begin on its own line with "
                           "第…条, and the first line must be the title.")
        if "not text" in detail:
            return self.tr("the file is not plain text (UTF-8 or GB18030). Save it as plain text and try again.")
        return self.tr("the file could not be read (%1).").replace("%1", detail)
