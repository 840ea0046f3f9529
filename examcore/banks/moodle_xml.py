"""Moodle XML question banks (https://docs.moodle.org/en/Moodle_XML_format).

Read: multichoice (``<single>`` true: one answer at 100 %; false: the answers with a positive fraction are
right), truefalse, shortanswer (a one-blank fill-in; every answer at 100 % is accepted), essay, category,
HTML text and entities, general feedback (the explanation), tags. Other types (matching, numerical,
cloze, ordering, description …) are listed as skipped, never guessed.
"""
from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET

from examcore.banks.common import OPTION_KEYS, ImportReport, RowProblem, build_question, stable_id
from examcore.banks.gift import BLANK
from examcore.questions import FALSE, TRUE, QuestionType

SUPPORTED = {"multichoice", "truefalse", "shortanswer", "essay"}


def _text(element: ET.Element | None) -> str:
    """Plain text of a Moodle <…><text>…</text></…> element: for format="html", tags dropped and entities
    resolved; other formats are already plain (a literal "<" there is text, not a tag)."""
    if element is None:
        return ""
    node = element.find("text")
    raw = (node.text if node is not None else element.text) or ""
    if element.get("format", "") != "html":
        return raw.strip()
    raw = re.sub(r"<br\s*/?>|</p>", "\n", raw, flags=re.I)
    return html.unescape(re.sub(r"<[^>]+>", "", raw)).strip()


def read_moodle_xml(data: bytes, file: str, bank: str) -> ImportReport:
    report = ImportReport(file)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:  # no entity tricks (billion laughs, external files)
        report.problems.append(RowProblem(file, None, None, "the file declares a DOCTYPE or entities; Moodle "
                                                            "XML exports never do"))
        return report
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        report.problems.append(RowProblem(file, None, None, f"not well-formed XML: {exc}"))
        return report
    if root.tag != "quiz":
        report.problems.append(RowProblem(file, None, None, f"not a Moodle XML quiz (the root is <{root.tag}>)"))
        return report
    category = ""
    seen: dict[str, int] = {}
    for number, question in enumerate(root.findall("question"), start=1):
        kind = question.get("type", "")

        def problem(message: str) -> None:
            report.problems.append(RowProblem(file, number, kind or None, message))
        if kind == "category":
            path = _text(question.find("category"))
            category = path.replace("$course$/", "").replace("$system$/", "").removeprefix("top/").split("/")[-1]
            continue
        name = _text(question.find("name"))
        if kind not in SUPPORTED:
            report.skipped.append(RowProblem(file, number, kind or None,
                                             f"{kind or 'untyped'} question {name!r}: not a kind this product has"))
            continue
        stem = _text(question.find("questiontext"))
        answers = [(_fraction(a.get("fraction", "0")), _text(a)) for a in question.findall("answer")]
        if any(f is None for f, _ in answers):
            problem("an answer's fraction is not a number")
            continue
        built = _typed(kind, question, answers)
        if isinstance(built, str):
            problem(built)
            continue
        qtype, options, answer_text = built
        if qtype is QuestionType.FILL_IN and BLANK not in stem and "__" not in stem:
            stem += BLANK
        key = re.sub(r"\s+", "", stem)
        if key in seen:
            problem(f"duplicate of question {seen[key]}")
            continue
        seen[key] = number
        tags = tuple(t for t in (_text(tag) for tag in question.findall("tags/tag")) if t)
        q, errors = build_question(qid=stable_id(bank, stem), qtype=qtype, stem=stem, options=options,
                                   answer_text=answer_text, category=category, difficulty=3, tags=tags,
                                   explanation=_text(question.find("generalfeedback")), fixed_keys=set())
        if q is None:
            for e in errors:
                problem(e)
        else:
            report.questions.append(q)
    return report


def _fraction(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _typed(kind: str, question: ET.Element, answers: list) -> tuple[QuestionType, list, str] | str:
    if kind == "essay":
        return QuestionType.SHORT_ANSWER, [], ""
    if kind == "truefalse":
        right = [text.lower() for f, text in answers if f == 100]
        if len(right) != 1 or right[0] not in ("true", "false", "对", "错", "正确", "错误"):
            return "a true/false question needs exactly one answer at 100 % (true or false)"
        return QuestionType.TRUE_FALSE, [], TRUE if right[0] in ("true", "对", "正确") else FALSE
    if kind == "shortanswer":
        accepted = [text for f, text in answers if f == 100 and text]
        if not accepted:
            return "a short-answer question needs an answer at 100 %"
        return QuestionType.FILL_IN, [], "|".join(accepted)
    # multichoice
    if len(answers) > len(OPTION_KEYS):
        return f"{len(answers)} answers; at most {len(OPTION_KEYS)} (A–H) are supported"
    options = [(OPTION_KEYS[n], text) for n, (_, text) in enumerate(answers)]
    single = (question.findtext("single") or "true").strip().lower() in ("true", "1")
    if single:
        full = [OPTION_KEYS[n] for n, (f, _) in enumerate(answers) if f == 100]
        partial = [f"{OPTION_KEYS[n]} {f:g}%" for n, (f, _) in enumerate(answers) if 0 < f < 100]
        if len(full) != 1:
            return f"a single-choice question needs exactly one right answer (100 %), has {len(full)}"
        if partial:
            return (f"partial credit on a single-choice answer ({', '.join(partial)}) is not supported: set it "
                    "to 0 %, or make the question a multiple-answer one")
        return QuestionType.SINGLE, options, full[0]
    right = [OPTION_KEYS[n] for n, (f, _) in enumerate(answers) if f > 0]
    if not right:
        return "a multiple-answer question with no answer above 0 %"
    return QuestionType.MULTIPLE, options, ",".join(right)
