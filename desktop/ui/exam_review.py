"""The review after an exam that allows it (issue 19 #5): every question with the learner's answer beside
the right one, its points, and the explanation wrapped to the window (no sideways scrolling)."""
from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.ui.answer_text import answer_text
from desktop.ui.question_view import MAX_PICTURE_WIDTH, OPTION_PICTURE_WIDTH
from desktop.ui.theme import colour as theme_colour
from examcore.grading import ItemStatus, PaperGrade, Response, format_score
from examcore.paper import LABELS, Paper
from examcore.questions import Question


@dataclass(frozen=True)
class ReviewItem:
    number: int          # 1-based, as on the paper
    status: ItemStatus
    earned: str          # points earned, as the score shows them
    points: int
    stem: str
    yours: str           # the learner's answer in display form; "" when not answered
    right: str           # the answer key in display form
    explanation: str
    options: tuple[tuple[str, str, bool, bool], ...] = ()   # (label, text, right, chosen) as the learner saw them
    pictures: tuple[bytes, ...] = ()   # the figures below the stem, as in the exam
    option_pictures: tuple[tuple[bytes, ...], ...] = ()   # each option's pictures, parallel to ``options``


def review_items(paper: Paper, questions: dict[str, Question], responses: dict[str, Response],
                 grade: PaperGrade) -> list[ReviewItem]:
    """One item per paper question, in paper order; labels as the learner saw them (shuffled options)."""
    out = []
    for n, (item, g) in enumerate(zip(paper.items, grade.items), start=1):
        q = questions[item.question_id]
        given = responses.get(q.id, ())
        texts = {o.key: o.text for o in q.options}
        figures = {o.key: tuple(p.data for p in o.pictures) for o in q.options}
        order = item.option_order or tuple(texts)
        options = tuple((LABELS[i], texts[k], k in q.answer, k in given) for i, k in enumerate(order) if k in texts)
        option_pictures = tuple(figures[k] for k in order if k in texts)
        out.append(ReviewItem(n, g.status, format_score(g.earned), g.points, q.stem, answer_text(q, item, given),
                              answer_text(q, item, q.answer, key=True), q.explanation, options,
                              tuple(p.data for p in q.pictures), option_pictures))
    return out


class ExamReview(QTextBrowser):
    """Read-only; one block per question."""

    def __init__(self, items: list[ReviewItem], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exam_review")
        self.setOpenLinks(False)
        self.items = items
        for it in items:   # the figures as the document's own images, named in the HTML by figure:N-K
            for k, data in enumerate(it.pictures):
                self.document().addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"figure:{it.number}-{k}"),
                                            QImage.fromData(data))
            for n, shown in enumerate(it.option_pictures):
                for k, data in enumerate(shown):
                    self.document().addResource(QTextDocument.ResourceType.ImageResource,
                                                QUrl(f"figure:{it.number}-o{n}-{k}"), QImage.fromData(data))
        self.setHtml(self.render_html())

    @staticmethod
    def _width(data: bytes, widest: int = MAX_PICTURE_WIDTH) -> str:
        """A figure wider than the exam shows it is drawn at that width here too."""
        width = QImage.fromData(data).width()
        return f" width='{widest}'" if width > widest else ""

    def status_word(self, status: ItemStatus) -> str:
        return {ItemStatus.CORRECT: self.tr("✔ right"), ItemStatus.PARTIAL: self.tr("◐ partly right"),
                ItemStatus.WRONG: self.tr("✘ wrong"), ItemStatus.UNANSWERED: self.tr("— not answered"),
                ItemStatus.PENDING: self.tr("… marked later")}[status]

    def render_html(self) -> str:
        def e(text: str) -> str:   # escaped, line breaks kept (a stem or an explanation may have several lines)
            return html.escape(text).replace("\n", "<br>")
        points_of, yours_word = self.tr("%1 of %2 points"), self.tr("Your answer:")
        why_word, not_answered = self.tr("Explanation:"), self.tr("(not answered)")
        chosen_word = "  " + self.tr("← your choice")
        blocks = []
        for it in self.items:
            colour = theme_colour({ItemStatus.CORRECT: "right", ItemStatus.PARTIAL: "partial",
                                   ItemStatus.PENDING: "pending"}.get(it.status, "wrong"))   # readable on either ground
            points = points_of.replace("%1", it.earned).replace("%2", str(it.points))
            head = (f"<p><b>{it.number}.</b> <span style='color:{colour}'><b>{e(self.status_word(it.status))}</b>"
                    f"</span> ({e(points)})<br>{e(it.stem)}</p>")
            head += "".join(f"<p><img src='figure:{it.number}-{k}'{self._width(data)}></p>"
                            for k, data in enumerate(it.pictures))
            head += "".join(   # the options' texts: a letter alone means little once options are shuffled
                f"<p style='margin-left:1em'>{'<b>' if right else ''}{e(label)}. {e(text)}{'</b> ✔' if right else ''}"
                f"{e(chosen_word) if chosen else ''}"
                + "".join(f"<br><img src='figure:{it.number}-o{n}-{k}'{self._width(data, OPTION_PICTURE_WIDTH)}>"
                          for k, data in enumerate(it.option_pictures[n] if n < len(it.option_pictures) else ()))
                + "</p>" for n, (label, text, right, chosen) in enumerate(it.options))
            key_word = self.tr("Reference answer:") if it.status is ItemStatus.PENDING else self.tr("Right answer:")
            key = f"&nbsp;&nbsp;&nbsp;{e(key_word)} <b>{e(it.right)}</b>" if it.right else ""
            answers = f"<p style='margin-left:1em'>{e(yours_word)} <b>{e(it.yours or not_answered)}</b>{key}</p>"
            why = f"<p style='margin-left:1em'>{e(why_word)} {e(it.explanation)}</p>" if it.explanation else ""
            blocks.append(head + answers + why)
        return "<hr>".join(blocks)
