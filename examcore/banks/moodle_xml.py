"""Moodle XML question banks (https://docs.moodle.org/en/Moodle_XML_format).

Read: multichoice (``<single>`` true: one answer at 100 %; false: the answers with a positive fraction are
right), truefalse, shortanswer (a one-blank fill-in; every answer at 100 % is accepted), essay, category,
HTML text and entities, general feedback (the explanation), tags, pictures the question text shows from
its attached files (an image in an answer or the feedback refuses the question by name). Other types (matching, numerical,
cloze, ordering, description …) are listed as skipped, never guessed.
"""
from __future__ import annotations

import base64
import binascii
import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote

from examcore.banks.common import (OPTION_KEYS, ImportReport, QuestionSink, RowProblem, build_question, count_blanks,
                                   marks_note, separator_problem)
from examcore.banks.gift import BLANK, category_path
from examcore.banks.text_files import (TextRefused, data_uri_bytes, html_to_text, is_data_uri, parse_xml,
                                      shown_name, tex_formulas)
from examcore.cli_text import Words
from examcore.questions import FALSE, TRUE, Picture, QuestionType

SUPPORTED = {"multichoice", "truefalse", "shortanswer", "essay"}


def _text(element: ET.Element | None, images: list[str] | None = None) -> str:
    """Plain text of a Moodle <…><text>…</text></…> element: format="html" (and moodle_auto_format, which
    passes HTML through) read with an HTML parser; plain_text and markdown kept as written (a literal "<"
    there is text, not a tag). Images the text shows, and files attached to it, go to ``images``."""
    if element is None:
        return ""
    node = element.find("text")
    raw = _inner(node if node is not None else element)
    nested = len(node if node is not None else element) > (0 if node is not None else len(element.findall("text"))
                                                            + len(element.findall("file")))
    kind = element.get("format", "")
    auto = kind == "moodle_auto_format" or not kind and bool(_HTML_TAG.search(raw))   # no format: Moodle's default
    if kind != "html" and not auto and not nested:
        text, shown = raw.strip(), list[str]()
    else:   # Moodle shows an auto-format text's line breaks as breaks (FORMAT_MOODLE: newlines to <br>)
        text, shown = html_to_text(_BREAKS.sub(lambda m: m.group(1) or "<br>", raw) if auto else raw)
    if images is not None:
        images += [i for i in shown + tex_formulas(text) if i not in images]
    return text


# an HTML element's tag in a text that names no format (Moodle reads such a text as moodle_auto_format, which
# passes HTML through: <p>依据<strong>…</strong></p> is not shown with its tags); a literal a<b stays text
_HTML_TAG = re.compile(r"</?(?:p|br|b|strong|i|em|u|span|div|sup|sub|img|table|tr|td|th|ul|ol|li|h[1-6]|font|a|s|del|"
                       r"strike|hr|center|blockquote|pre|code)(?:\s+[\w-]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*/?>|"
                       r"&(?:nbsp|amp|lt|gt|quot|#\d+);", re.I)


_BREAKS = re.compile(r"(<[^>]*>)|\r?\n")   # a line break outside a tag (<img\nsrc=…> is one tag)


def _inner(node: ET.Element) -> str:
    """The text of <text> as written, elements included: XHTML written into it without CDATA
    (依据<b>《宪法》</b>规定) is part of the text, not where it ends."""
    return (node.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in node
                                       if child.tag not in ("text", "file"))


def _sources(element: ET.Element | None) -> list[str]:
    """The files an HTML text shows, as its <img src> name them (@@PLUGINFILE@@/folder/name.png)."""
    if element is None or (element.get("format", "") not in ("html", "moodle_auto_format") and element.get("format")):
        return []
    node = element.find("text")
    return re.findall(r"""<img\b[^>]*?\bsrc\s*=\s*["']([^"']*)["']""", _inner(node) if node is not None else "", re.I)


def _pictures(element: ET.Element | None, shown: list[str]) -> tuple[tuple[Picture, ...], list[str]]:
    """The pictures the question text shows, from the files attached to it (<file path=… name=…
    encoding="base64">, shown as @@PLUGINFILE@@/path/name), and the names of those it shows but does not
    hold (or holds damaged). A file attached but not shown is not a picture of the question (Moodle does
    not show it either)."""
    held = {} if element is None else {(f.get("path", "/") or "/").strip("/") + "/" + f.get("name", ""): f
                                       for f in element.findall("file")}
    pictures, missing = [], []
    for source in dict.fromkeys(shown):
        if is_data_uri(source):   # a picture pasted into the editor: its bytes are in the HTML itself
            data = data_uri_bytes(source)
            if data is None:
                missing.append(shown_name(source))
            else:
                pictures.append(Picture(data, shown_name(source)))
            continue
        where = unquote(source.split("@@PLUGINFILE@@", 1)[-1]).split("?", 1)[0].lstrip("/")
        name = where.rsplit("/", 1)[-1]
        attached = held.get(where if "/" in where else "/" + where)
        try:
            if attached is None or attached.get("encoding", "base64") != "base64":
                raise ValueError(name)
            pictures.append(Picture(base64.b64decode("".join((attached.text or "").split()), validate=True), name))
        except (ValueError, binascii.Error):
            missing.append(name)
    return tuple(pictures), missing


def _drawn(source: str) -> str:
    """The name html_to_text gives a picture it shows, for telling kept pictures from the rest."""
    return shown_name(source) if is_data_uri(source) else unquote(source.split("?", 1)[0]).rsplit("/", 1)[-1]


def _unshown(element: ET.Element | None) -> list[str]:
    """The names of files attached to a text that its HTML does not show (Moodle does not show them either):
    left out, and said so."""
    if element is None:
        return []
    drawn = {unquote(s.split("?", 1)[0]).rsplit("/", 1)[-1] for s in _sources(element)}
    return [f.get("name", "") for f in element.findall("file") if f.get("name", "") not in drawn]


def read_moodle_xml(data: bytes, file: str, bank: str) -> ImportReport:
    report = ImportReport(file, uncarried=frozenset({"difficulty"}), unit="item")
    try:
        root, _ = parse_xml(data)
    except TextRefused as exc:
        return report.refuse(exc.message)
    if root.tag != "quiz":
        return report.refuse(Words("not a Moodle XML quiz (the root is <{tag}>)", tag=root.tag))
    sink = QuestionSink(report, bank)
    category = ""
    nested = len(root.findall(".//question")) - len(root.findall("question"))
    if nested:   # Moodle writes every question directly under <quiz>: one elsewhere is never silently lost
        report.problems.append(RowProblem(file, None, None, Words(
            "{nested} <question> element(s) stand inside another element, not directly under <quiz>: "
            "export the bank from Moodle again",
            nested=nested)))
    number = 0   # the questions as Moodle lists them: categories are not counted
    for question in root.findall("question"):
        kind = question.get("type", "")
        if kind == "category":
            category = category_path(_text(question.find("category")))
            continue
        number += 1
        name = _text(question.find("name"))
        label = name or None   # the question's name in Moodle says which one (its number counts questions)

        def problem(message: str) -> None:
            report.problems.append(RowProblem(file, number, None, message, unit="item", name=label))
        if kind not in SUPPORTED:
            report.skipped.append(RowProblem(file, number, None,
                                             Words("{value} question {name!r}: not a kind this product has",
                                                   value=kind or Words("untyped"), name=name), unit="item",
                                             name=label))
            continue
        figures: list[str] = []   # shown with the question text: kept as its pictures when the file holds them
        images: list[str] = []    # shown in answers or feedback: a bank cannot keep them there
        stem = _text(question.find("questiontext"), figures)
        sources = _sources(question.find("questiontext"))
        pictures, missing = _pictures(question.find("questiontext"), sources)
        drawn = {_drawn(s) for s in sources}
        images += [f for f in figures if unquote(f) not in drawn]   # audio, video, a formula: not a picture
        answer_nodes = question.findall("answer")
        shown_in_answers: list[list[str]] = [[] for _ in answer_nodes]
        answers = [(_fraction(a.get("fraction", "0")), _text(a, shown)) for a, shown in zip(answer_nodes,
                                                                                          shown_in_answers)]
        if any(f is None for f, _ in answers):
            problem(Words("an answer's fraction is not a number"))
            continue
        notes: list[str] = []
        if _text(question.find("hidden")).strip() == "1":   # hidden in Moodle's bank: imported, and said
            notes.append(Words("hidden in Moodle's question bank (<hidden>1</hidden>): imported all the same; "
                               "retire it here if it was hidden on purpose"))
        built = _typed(kind, question, answers, notes)
        if isinstance(built, str):
            problem(built)
            continue
        qtype, options, answer_text = built
        option_pictures: dict[str, tuple[Picture, ...]] = {}
        for n, (node, shown) in enumerate(zip(answer_nodes, shown_in_answers)):
            if not shown:
                continue
            if not options:   # a true/false or short answer's picture: no option to show it with
                images += shown
                continue
            sources = _sources(node)
            found, gone = _pictures(node, sources)
            option_pictures[OPTION_KEYS[n]] = found
            missing += gone
            drawn = {_drawn(s) for s in sources}
            images += [f for f in shown if unquote(f) not in drawn]
        if qtype is QuestionType.FILL_IN and not count_blanks(stem):
            stem += BLANK
        tags = tuple(t for t in (_text(tag) for tag in question.findall("tags/tag")) if t)
        points = _points(question.findtext("defaultgrade"))
        if points is None and _odd_grade(question.findtext("defaultgrade")):   # 2.5 or 0: said, never dropped
            problem(Words("defaultgrade {value}: points are a whole number from 1 (set it in Moodle, or remove it "
                          "for the exam's points per type)", value=question.findtext('defaultgrade', '').strip()))
            continue
        q, errors = build_question(qid="", qtype=qtype, stem=stem, options=options,
                                   answer_text=answer_text, category=category, difficulty=3, tags=tags,
                                   explanation=_text(question.find("generalfeedback"), images),
                                   # <shuffleanswers>0: the options are shown as written (Moodle's own rule)
                                   fixed_keys={k for k, _ in options} if (question.findtext("shuffleanswers") or
                                                                           "1").strip() in ("0", "false") else set(),
                                   images=tuple(images), points=points, pictures=pictures,
                                   missing=tuple(missing), option_pictures=option_pictures)
        if q is None:
            for e in errors:
                problem(e)
            continue
        refused = sink.add(q, Words("question {number}", number=number), number)
        if refused:
            problem(refused)
            continue
        if qtype is QuestionType.SHORT_ANSWER and not q.answer:   # an essay with no grader's information: a
            # question already in the bank keeps its reference answer
            report.uncarried_of[report.questions[-1].id] = report.uncarried | {"answer"}
        unshown = [name for node in (question.find("questiontext"), *answer_nodes) for name in _unshown(node)]
        if unshown:   # said, not silently dropped
            notes.append(Words("left out: attached file(s) {items} that the text does not show (Moodle does not "
                               "show them either)", items=", ".join(dict.fromkeys(unshown))))
        if any(_text(f).strip() for f in question.findall("answer/feedback")):   # said, not silently dropped
            notes.append(Words("left out: the feedback on each answer (Xuefa shows one explanation, from the "
                               "general feedback)"))
        report.notes += [RowProblem(file, number, None, note, unit="item", name=label) for note in notes]
    return report


def _points(text: str | None) -> int | None:
    """Moodle's defaultgrade ("1.0000000"), kept when it is a whole number of points other than Moodle's 1."""
    try:
        value = float(text or "")
    except ValueError:
        return None
    return int(value) if value.is_integer() and value > 1 else None


def _odd_grade(text: str | None) -> bool:
    """A defaultgrade that cannot be points: not whole, or not above 0."""
    try:
        value = float(text or "1")
    except ValueError:
        return True
    return not value.is_integer() or value < 1


def _fraction(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _typed(kind: str, question: ET.Element, answers: list,
           notes: list[str] | None = None) -> tuple[QuestionType, list, str] | str:
    notes = [] if notes is None else notes
    if kind == "essay":   # its reference answer: the grader's information, when it has any
        return QuestionType.SHORT_ANSWER, [], _text(question.find("graderinfo")).strip()
    if kind == "truefalse":
        right = [text.lower() for f, text in answers if f == 100]
        if len(right) != 1 or right[0] not in ("true", "false", "对", "错", "正确", "错误"):
            return Words("a true/false question needs exactly one answer at 100 % (true or false)")
        return QuestionType.TRUE_FALSE, [], TRUE if right[0] in ("true", "对", "正确") else FALSE
    if kind == "shortanswer":
        accepted = [text for f, text in answers if f == 100 and text]
        if not accepted:
            return Words("a short-answer question needs an answer at 100 %")
        wild = [text for text in accepted if "*" in text]
        if wild:   # Moodle reads * as "anything": kept as a letter, 北京市 would be marked wrong for 北京*
            return (Words("the accepted answer {wild!r} uses Moodle's wildcard *, which a Xuefa blank does not have: "
                          "list each accepted answer instead", wild=wild[0]))
        odd = separator_problem(accepted)
        if odd is not None:
            return odd
        partial = [f"{text!r} ({f:g}%)" for f, text in answers if f is not None and 0 < f < 100]
        if partial:  # not silently: the caller notes what Moodle accepted in part and Xuefa does not
            notes.append(Words("partial-credit answer(s) {items} not accepted: a fill-in blank is right or wrong",
                               items=', '.join(partial)))
        return QuestionType.FILL_IN, [], "|".join(accepted)
    # multichoice
    if len(answers) > len(OPTION_KEYS):
        return Words("{count} answers; at most {count2} (A–H) are supported",
                     count=len(answers), count2=len(OPTION_KEYS))
    options = [(OPTION_KEYS[n], text) for n, (_, text) in enumerate(answers)]
    single = (question.findtext("single") or "true").strip().lower() in ("true", "1")
    if single:
        full = [OPTION_KEYS[n] for n, (f, _) in enumerate(answers) if f == 100]
        partial = [f"{OPTION_KEYS[n]} {f:g}%" for n, (f, _) in enumerate(answers) if 0 < f < 100]
        if len(full) != 1:
            return Words("a single-choice question needs exactly one right answer (100 %), has {count}",
                         count=len(full))
        if partial:
            return (Words("partial credit on a single-choice answer ({items}) is not supported: set it to 0 %, or "
                          "make the question a multiple-answer one", items=', '.join(partial)))
        note = marks_note([f for f, _ in answers])   # a mark taken off a wrong choice
        if note:
            notes.append(note)
        return QuestionType.SINGLE, options, full[0]
    right = [OPTION_KEYS[n] for n, (f, _) in enumerate(answers) if f > 0]
    if not right:
        return Words("a multiple-answer question with no answer above 0 %")
    note = marks_note([f for f, _ in answers])
    if note:
        notes.append(note)
    return QuestionType.MULTIPLE, options, ",".join(right)
