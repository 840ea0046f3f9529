"""Reading a course chapter. Only active time counts: any key, wheel, scroll or mouse movement keeps the
clock going; after the plan's idle limit without one, it stops until the learner moves again."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from desktop.services.study import StudyService
from examcore.clock import Clock
from examcore.study.active_time import ActiveTimeTracker, Stretch
from examcore.study.course import Course

TICK_MS = 1000
ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}


class ReaderPage(QWidget):
    closed = Signal()                 # back to the course list
    quiz_wanted = Signal(str)         # chapter id
    reading_recorded = Signal(int)    # seconds of active reading just written to the study records

    def __init__(self, study: StudyService, clock: Clock, learner_no: str, idle_seconds: int,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._study, self._clock, self._learner = study, clock, learner_no
        self.tracker = ActiveTimeTracker(idle_seconds)
        self.course: Course | None = None
        self.chapter_id = ""
        self._recorded_s = 0        # this chapter's reading already in the study records
        self._points_text = ""      # the category's points so far, said beside the time
        self.title_label = QLabel()
        self.title_label.setObjectName("title")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.viewport().setMouseTracking(True)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.prev_button = QPushButton(self.tr("Previous chapter"))
        self.next_button = QPushButton(self.tr("Next chapter"))
        self.quiz_button = QPushButton(self.tr("Chapter quiz"))
        self.quiz_button.setObjectName("primary")
        self.back_button = QPushButton(self.tr("Back to my courses"))
        buttons = QHBoxLayout()
        for b in (self.prev_button, self.next_button, self.quiz_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        for watched in (self.browser, self.browser.viewport(), self):
            watched.installEventFilter(self)
        self.browser.verticalScrollBar().valueChanged.connect(lambda _v: self.activity())
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.quiz_button.clicked.connect(self._quiz)
        self.back_button.clicked.connect(self.close_reader)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def open(self, course: Course, chapter_id: str | None = None) -> None:
        self.course = course
        where = self._study.reading_position(self._learner, course.course_id)
        chapter_id = chapter_id or (where[0] if where else course.chapters[0].chapter_id)
        self._show_chapter(chapter_id if course.chapter(chapter_id) else course.chapters[0].chapter_id,
                           where[1] if where and where[0] == chapter_id else 0)
        self._timer.start()
        self.activity()

    def _show_chapter(self, chapter_id: str, scroll: int = 0) -> None:
        assert self.course is not None
        self._finish(self.tracker.close())
        chapter = self.course.chapter(chapter_id)
        assert chapter is not None
        self.chapter_id = chapter_id
        self._refresh_totals()
        doc = QTextDocument(self.browser)
        for name, data in self.course.images.items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"img/{name}"), QImage.fromData(data))
        doc.setHtml(chapter.html)
        self.browser.setDocument(doc)
        self.title_label.setText(f"{self.course.title} · {chapter.title}")
        index = [c.chapter_id for c in self.course.chapters].index(chapter_id)
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index + 1 < len(self.course.chapters))
        self.quiz_button.setEnabled(bool(chapter.quiz))
        QTimer.singleShot(0, lambda: self.browser.verticalScrollBar().setValue(scroll))
        self._save_position()

    def _quiz(self) -> None:
        self.pause()
        self.quiz_wanted.emit(self.chapter_id)

    def _step(self, delta: int) -> None:
        assert self.course is not None
        ids = [c.chapter_id for c in self.course.chapters]
        self._show_chapter(ids[max(0, min(len(ids) - 1, ids.index(self.chapter_id) + delta))])
        self.activity()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in ACTIVITY:
            self.activity()
        return False

    def activity(self) -> None:
        if self.course is None:
            return
        self._finish(self.tracker.touch(self._clock.monotonic_ms()))
        self._show_state()

    def _tick(self) -> None:
        self._finish(self.tracker.tick(self._clock.monotonic_ms()))
        self._show_state()

    def _show_state(self) -> None:
        if self.tracker.idle(self._clock.monotonic_ms()):
            self.status_label.setObjectName("error")
            self.status_label.setText(self.tr("Paused: no activity for a while, so this time is not counted. "
                                              "Scroll or move the mouse to go on."))
        else:
            self.status_label.setObjectName("notice")
            seconds = self._recorded_s + self.tracker.running_seconds()
            self.status_label.setText((self.tr("Reading time is being counted: %1 min %2 s in this chapter.")
                                       .replace("%1", str(seconds // 60)).replace("%2", str(seconds % 60))
                                       + " " + self._points_text).strip())
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)

    def _finish(self, stretch: Stretch | None) -> None:
        if stretch is None or self.course is None or stretch.seconds <= 0:
            return
        self._study.record_reading(self._learner, self.course, self.chapter_id, stretch.seconds)
        self._refresh_totals()
        self.reading_recorded.emit(stretch.seconds)

    def _refresh_totals(self) -> None:
        """Read the chapter's recorded time and the category's points (on a chapter change or a new record,
        not every tick: the points are worked out from every study record)."""
        if self.course is None:
            return
        self._recorded_s = self._study.reading_seconds_by_chapter(self._learner, self.course.course_id) \
            .get(self.chapter_id, 0)
        plan, report = self._study.plan(), self._study.points(self._learner)
        category = next((c for c in plan.categories if c.category_id == self.course.category_id), None) \
            if plan is not None else None
        if plan is None or category is None or report is None:
            self._points_text = ""
            return
        self._points_text = (self.tr("Study points from %1: %2 of %3 (every %4 active minutes earn %5).")
                             .replace("%1", category.name)
                             .replace("%2", str(report.by_category.get(category.category_id, 0)))
                             .replace("%3", str(category.cap))
                             .replace("%4", str(plan.reading_minutes_per_credit))
                             .replace("%5", str(plan.reading_points_per_credit)))

    def _save_position(self) -> None:
        if self.course is not None:
            self._study.save_position(self._learner, self.course.course_id, self.chapter_id,
                                      self.browser.verticalScrollBar().value())

    def pause(self) -> None:
        """Leaving the reader (back, quiz, logout): the stretch so far is recorded, the place remembered."""
        self._timer.stop()
        if self.course is not None:
            self._finish(self.tracker.close())
            self._save_position()

    def resume(self) -> None:
        if self.course is not None:
            self._timer.start()
            self.activity()

    def close_reader(self) -> None:
        self.pause()
        self.closed.emit()
