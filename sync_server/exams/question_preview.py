"""What `import-questions --preview` prints: every question as the reader took it from its file (where it
stands, its type, stem, options with the right ones marked, answer, points, explanation), so an
administrator checks the reading before anything is stored (issue 16: nothing lost or changed unseen)."""
from __future__ import annotations

from collections.abc import Iterator

from examcore.banks.common import ImportReport, place
from examcore.cli_text import Words, cli_tr, said
from examcore.questions import Question, QuestionType

LONGEST = 200   # characters of an explanation or reference answer shown (the stem and options are shown whole)


def _type_name(qtype: QuestionType) -> str:
    return {QuestionType.SINGLE: cli_tr("single choice"), QuestionType.MULTIPLE: cli_tr("multiple choice"),
            QuestionType.TRUE_FALSE: cli_tr("true/false"), QuestionType.FILL_IN: cli_tr("fill-in"),
            QuestionType.SHORT_ANSWER: cli_tr("short answer")}[qtype]


def _shortened(text: str) -> str:
    text = " / ".join(line.strip() for line in text.splitlines() if line.strip())
    return text if len(text) <= LONGEST else text[:LONGEST] + "…"


def _answer(q: Question) -> str:
    if q.type is QuestionType.TRUE_FALSE:
        return cli_tr("true") if q.answer == ("T",) else cli_tr("false")
    if q.type is QuestionType.FILL_IN:
        return "；".join(q.answer)
    if q.type is QuestionType.SHORT_ANSWER:
        return _shortened("".join(q.answer)) or cli_tr("(no reference answer)")
    return "".join(q.answer)


def question_lines(report: ImportReport) -> Iterator[str]:
    """The questions of one file's report as read, a few lines each (an empty line between questions)."""
    for index, q in enumerate(report.questions):
        row = report.row_of(index)
        where = said(place(report.unit_of(index), row)) if row is not None else cli_tr("item {number}").format(
            number=index + 1)
        sheet = report.sheet_of(index)
        if isinstance(sheet, Words):   # a Word document's table
            where = cli_tr("{sheet}, {where}").format(sheet=said(sheet), where=where)
        elif sheet:   # a workbook of several sheets: row 8 of which?
            where = cli_tr("sheet {sheet}, {where}").format(sheet=sheet, where=where)
        yield cli_tr("{file}, {where} · {type} · {stem}").format(
            file=report.file, where=where, type=_type_name(q.type), stem=" / ".join(q.stem.splitlines()))
        for o in q.options:
            right = o.key in q.answer
            yield ("  ✓ " if right else "    ") + f"{o.key}. " + " / ".join(o.text.splitlines()) + (
                cli_tr(" [picture]") if o.pictures else "")
        extras = [cli_tr("answer: {answer}").format(answer=_answer(q))]
        if q.points is not None:
            extras.append(cli_tr("points: {points}").format(points=q.points))
        if q.category:
            extras.append(cli_tr("category: {category}").format(category=q.category))
        if q.difficulty != 3:
            extras.append(cli_tr("difficulty: {difficulty}").format(difficulty=q.difficulty))
        if q.pictures:
            extras.append(cli_tr("{count} picture(s)").format(count=len(q.pictures)))
        yield "    " + cli_tr("; ").join(extras)
        if q.explanation.strip():
            yield "    " + cli_tr("explanation: {text}").format(text=_shortened(q.explanation))
        yield ""
