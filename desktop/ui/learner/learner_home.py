"""A learner's tabs after login: my exams, study, practice and the law library."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTabWidget, QWidget

from desktop.services.login_types import LearnerInfo
from desktop.services.mock_exam import MockExamService
from desktop.station import Station
from desktop.ui.home_window import HomeWindow
from desktop.ui.learner.library_page import LibraryPage
from desktop.ui.learner.practice_page import PracticePage
from desktop.ui.learner.study_page import StudyPage


class LearnerHome(QTabWidget):
    def __init__(self, station: Station, learner: LearnerInfo, exams: HomeWindow, parent: QWidget | None = None):
        super().__init__(parent)
        self.exams = exams
        self._clock = station.clock
        exists = lambda title, number, sub=0: station.laws.find_article(title, number, sub) is not None  # noqa: E731
        self.study = StudyPage(station.study, station.clock, learner, exists, station.library.points_asked)
        self.practice = PracticePage(station.practice, learner.learner_no, exists,
                                     MockExamService(station.library, station.practice), station.clock,
                                     learner.is_leader)
        self.library = LibraryPage(station.laws)   # no import here: a learner's file would change everyone's law
        self.addTab(exams, self.tr("My exams"))
        self.addTab(self.study, self.tr("Study"))
        self.addTab(self.practice, self.tr("Practice"))
        self.addTab(self.library, self.tr("Law library"))
        # logging out from any tab, not only from 我的考试: the button sits at the tab bar's right end
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 6, 2)
        self.who_label = QLabel(learner.name)
        row.addWidget(self.who_label)
        row.addWidget(exams.logout_button)
        self.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        for page in (self.study, self.practice):
            page.law_link_activated.connect(self.open_article)
        self.study.points_changed.connect(exams.refresh)   # points may open an exam
        self.currentChanged.connect(self._tab_changed)

    def open_article(self, law_title: str, number: int, sub: int = 0, year: int = 0) -> None:
        """A citation opens the version of the law it names by its year, else the one in force today (the
        station's date)."""
        self.setCurrentWidget(self.library)
        self.library.open_article(law_title, number, sub, self._clock.now().date().isoformat(), year)

    def _tab_changed(self, _index: int) -> None:
        reading = self.study.stack.currentWidget() is self.study.reader
        if reading and self.currentWidget() is self.study:
            self.study.reader.resume()
        elif reading:
            self.study.reader.pause()    # time on other tabs is not reading time
        if self.currentWidget() is self.practice:
            self.practice.refresh()

    def leave(self) -> None:
        """Logging out: a reading stretch in progress is recorded first."""
        self.study.reader.pause()
