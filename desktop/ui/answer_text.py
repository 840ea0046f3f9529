"""An answer as the learner saw it on screen (issue 19 #5), for the exam review and the drills.

Choice keys become the labels shown beside the options (A, B, … by display position), sorted, so a
multiple-choice key reads "ACD", never "CDA"; true/false become words; fill-in blanks are joined with "；"
and a key's alternatives (``a|b``) show only the first.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from examcore.paper import PaperItem
from examcore.questions import FALSE, TRUE, Question, QuestionType

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


def answer_text(q: Question, item: PaperItem, values: Sequence[str], key: bool = False) -> str:
    """``values`` (option keys, T/F, or blanks' text) in display form; "" when nothing was given.

    ``key`` is True for the question's own answer key, whose fill-in entries list alternatives.
    """
    given = [v for v in values if v.strip()]
    if not given:
        return ""
    if q.type is QuestionType.TRUE_FALSE:
        words = {TRUE: translate("AnswerText", "True"), FALSE: translate("AnswerText", "False")}
        return words.get(given[0], given[0])
    if q.type.has_options:
        order = item.option_order or tuple(o.key for o in q.options)
        return "".join(sorted(PaperItem(item.question_id, item.points, order).label_for(k)
                              for k in given if k in order))
    return "；".join(v.split("|")[0] if key else v for v in given)
