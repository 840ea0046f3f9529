"""Moodle's GIFT text format (https://docs.moodle.org/en/GIFT_format).

Read: multiple choice (one ``=`` answer, or ``~%weight%`` answers: positive weights are the right
ones), true/false, short answer (``{=a =b}``, taken as a one-blank fill-in), fill-in-the-blank (text
after the answer block), essay (``{}``), ``$CATEGORY:``, ``::title::``, ``[html]``/``[markdown]``/
``[plain]``/``[moodle]`` text formats, ``#feedback`` and ``####general feedback`` (the explanation),
and the escapes ``\\~ \\= \\# \\{ \\} \\:``. Matching, numerical and description items are listed as
skipped, never guessed.
"""
from __future__ import annotations

import re

from examcore.banks.common import (BLANK_PATTERN, OPTION_KEYS, ImportReport, QuestionSink, RowProblem,
                                   build_question, count_blanks, marks_note, separator_problem)
from examcore.banks.text_files import html_to_text, split_lines, tex_formulas
from examcore.cli_text import Words
from examcore.questions import FALSE, TRUE, Question, QuestionType

BLANK = "（　）"  # where the answer block stood in a fill-in-the-blank item
_ESCAPES = {"~": "\x01", "=": "\x02", "#": "\x03", "{": "\x04", "}": "\x05", ":": "\x06", "n": "\x07"}
_UNESCAPE = {v: k for k, v in _ESCAPES.items() if k != "n"} | {"\x07": "\n"}


def _protect(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            if text[i + 1] in _ESCAPES:
                out.append(_ESCAPES[text[i + 1]])
                i += 2
                continue
            if text[i + 1] == "\\":
                out.append("\\")
                i += 2
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def _plain(text: str, text_format: str = "") -> tuple[str, list[str]]:
    """Unescape, and read the text in its GIFT format: HTML only for [html] and [moodle] (Moodle's own
    auto-format, which passes HTML through); [plain], [markdown] and unmarked text are kept as written, so
    根据<<宪法>>规定 and a<b且b>c stay whole. Returns the text and the images an HTML text shows."""
    for k, v in _UNESCAPE.items():
        text = text.replace(k, v)
    if text_format in ("html", "moodle"):
        read, shown = html_to_text(text)
        return read, shown + tex_formulas(read)
    return text.strip(), tex_formulas(text)


def _format_of(text: str) -> tuple[str, str]:
    """A leading [format] marker and the text after it."""
    marker = re.match(r"\s*\[(html|moodle|markdown|plain)\]", text)
    return (marker.group(1), text[marker.end():]) if marker else ("", text)


def category_path(path: str) -> str:
    """A Moodle category path as Xuefa keeps it: the whole path below Moodle's context and its "top"
    ("$course$/top/宪法/总则" -> "宪法/总则"), so 宪法/总则 and 民法典/总则 stay two categories."""
    parts = [p.strip() for p in path.strip().split("/") if p.strip()]
    if parts and re.fullmatch(r"\$\w+\$", parts[0]):
        parts = parts[1:]
    if parts and parts[0].casefold() == "top":
        parts = parts[1:]
    return "/".join(parts)


def _records(text: str) -> list[tuple[int, str]]:
    """Blank-line separated records with the line each starts on (a $CATEGORY line is one by itself);
    comment lines dropped."""
    records: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(split_lines(text), start=1):
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if current:
                records.append((start, "\n".join(current)))
                current = []
            continue
        if line.lstrip().startswith("$CATEGORY:"):   # a line of its own, blank line after it or not
            if current:
                records.append((start, "\n".join(current)))
                current = []
            records.append((number, line))
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        records.append((start, "\n".join(current)))
    return records


def read_gift(text: str, file: str, bank: str) -> ImportReport:
    report = ImportReport(file, uncarried=frozenset({"difficulty", "points", "tags"}), unit="line")
    sink = QuestionSink(report, bank)
    category = ""
    for line, record in _records(_protect(text.lstrip("\ufeff"))):
        def problem(message: str) -> None:
            report.problems.append(RowProblem(file, line, None, message, unit="line"))

        def skip(message: str) -> None:
            report.skipped.append(RowProblem(file, line, None, message, unit="line"))
        if record.lstrip().startswith("$CATEGORY:"):
            category = category_path(_plain(record.split(":", 1)[1])[0])
            continue
        title = ""
        match = re.match(r"\s*::(.*?)::", record, re.S)
        if match:
            title, record = _plain(match.group(1))[0], record[match.end():]
        if record.count("{") != 1 or record.count("}") != 1 or record.index("{") > record.index("}"):
            if "{" not in record and "}" not in record:
                skip(Words("description item {value!r}: not a question", value=title or record[:20]))
            elif record.count("{") > 1 and re.search(r"\}[^{]*\n[^{]*\{", record):
                # ::Q1:: 甲 {T} then ::Q2:: 乙 {F} on the next line: two questions read as one
                problem(Words("two answer blocks {{ … }} on lines that follow each other: two questions without a "
                              "blank line between them? Put an empty line between questions"))
            else:
                problem(Words("the answer block {{ … }} is missing or unbalanced (escape a literal brace as \\{{)"))
            continue
        before, rest = record.split("{", 1)
        block, after = rest.split("}", 1)
        text_format, before = _format_of(before)
        # the block stands for the blank, unless the text just before it is a blank already (____{=…}: how
        # Xuefa writes a fill-in, so the stem comes back as it was)
        blanked = bool(re.search(r"(?:_{2,}|（[\s\u3000]*）|\([\s\u3000]*\))\s*$", before))
        stem, images = _plain(before + (BLANK + after if after.strip() and not blanked else after), text_format)
        parsed = _answer_block(block, text_format)
        if not isinstance(parsed, str) and _answer_feedback(block):   # said, not dropped without a word
            parsed[4].append(Words("left out: the feedback on each answer (#…); Xuefa shows one explanation, "
                                   "from the general feedback (####…)"))
        if isinstance(parsed, str):
            (skip if isinstance(parsed, _Skipped) else problem)(parsed.why if isinstance(parsed, _Skipped) else parsed)
            continue
        qtype, options, answer_text, explanation, notes = parsed
        if qtype is QuestionType.FILL_IN and not after.strip() and not count_blanks(stem):
            stem = stem + BLANK  # a short-answer item: the blank is the answer at the end
        shown = (*images, *parsed_images(block, text_format))
        q, errors = build_question(qid="", qtype=qtype, stem=stem, options=options,
                                   answer_text=answer_text, category=category, difficulty=3,
                                   tags=(title,) if title else (), explanation=explanation, fixed_keys=set(),
                                   # a GIFT file holds no pictures: one its HTML shows is not in the file (what
                                   # else it cannot keep, a table or struck text, is said as such)
                                   images=tuple(i for i in shown if isinstance(i, Words)),
                                   missing=tuple(i for i in shown if not isinstance(i, Words)))
        if q is None:
            for e in errors:
                problem(e)
            continue
        refused = sink.add(q, Words("line {line}", line=line), line)
        if refused:
            problem(refused)
            continue
        if qtype is QuestionType.SHORT_ANSWER:   # {}: GIFT has no place for a reference answer
            report.uncarried_of[report.questions[-1].id] = report.uncarried | {"answer"}
        for note in notes:
            report.notes.append(RowProblem(file, line, None, note, unit="line"))
    return report


def parsed_images(block: str, text_format: str) -> tuple[str, ...]:
    """Images shown in an answer block's texts (HTML formats only)."""
    if text_format not in ("html", "moodle"):
        return ()
    return tuple(_plain(block, text_format)[1])


class _Skipped(str):
    """A kind of question this product does not have: listed as skipped, not as a problem."""

    def __new__(cls, why: str) -> "_Skipped":
        made = super().__new__(cls, str(why))
        made.why = why
        return made

    why: str


def _answer_feedback(block: str) -> bool:
    """The answer block gives feedback on its answers (=宪法#正确！, TRUE#对#错), beside the general one."""
    answers = block.partition("####")[0]
    return any(part.split("#", 1)[1].strip() for part in re.split(r"[=~]", answers) if "#" in part
               and not part.lstrip().startswith("#"))


def _answer_block(block: str, text_format: str = "") -> tuple[QuestionType, list[tuple[str, str]], str, str,
                                                                list[str]] | str:
    """(type, options, answer text, explanation, notes), or what is wrong (_Skipped for unsupported kinds).

    The kind is decided as Moodle's GIFT reader decides it: empty is an essay, "#" a numerical question,
    any "~" a multiple choice (an option may then contain "->"), "=" with "->" a matching question, and
    otherwise true/false or a short answer (every "=" an accepted answer, weighted or not). A choice with
    "=" is single choice; one with only "~" and shares (~%50%) is multiple choice, also when one share is
    100 %, which is how a multiple-answer question with one right answer is written."""
    block, _, general = block.partition("####")
    explanation = _plain(general, text_format)[0]
    body = block.strip()
    if body.startswith("#"):
        return _Skipped(Words("numerical question (not a kind this product has)"))
    if not body:
        return QuestionType.SHORT_ANSWER, [], "", explanation, []
    if "~" not in body and "->" in body:
        return _Skipped(Words("matching question (not a kind this product has)"))
    if "~" not in body:
        tf = re.fullmatch(r"(TRUE|FALSE|T|F)\s*(#.*)?", body, re.S)
        if tf:
            return QuestionType.TRUE_FALSE, [], TRUE if tf.group(1).startswith("T") else FALSE, explanation, []
    answers = re.findall(r"([=~])\s*([^=~]*)", body)
    parsed = []
    for mark, text in answers:
        text = text.split("#", 1)[0]  # per-answer feedback is not kept
        weight = None
        w = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", text)
        if w:
            weight, text = float(w.group(1)), text[w.end():]
        own_format, text = _format_of(text)   # =[html]<b>甲</b>: an answer may name its own format, as Moodle reads
        parsed.append((mark, weight, _plain(text, own_format or text_format)[0]))
    if not parsed:
        return Words("no answers in the answer block")
    if "~" not in body:  # short answer: a one-blank fill-in accepting each full-credit answer
        accepted = [t for _, weight, t in parsed if (weight is None or weight == 100) and t]
        partial = [f"{t!r} ({weight:g}%)" for _, weight, t in parsed if weight is not None and 0 < weight < 100]
        if not accepted:
            return Words("a short answer needs an answer at 100 % (=answer)")
        wild = [t for t in accepted if "*" in t]
        if wild:   # Moodle reads * as "anything": kept as a letter, 北京市 would be marked wrong for 北京*
            return (Words("the accepted answer {wild!r} uses Moodle's wildcard *, which a Xuefa blank does not have: "
                          "list each accepted answer instead", wild=wild[0]))
        odd = separator_problem(accepted)
        if odd is not None:
            return odd
        notes: list[str] = [Words("partial-credit answer(s) {items} not accepted: a fill-in blank is right or wrong",
                       items=', '.join(partial))] if partial else []
        return QuestionType.FILL_IN, [], "|".join(accepted), explanation, notes
    if len(parsed) > len(OPTION_KEYS):
        return Words("{count} answers; at most {count2} (A–H) are supported",
                     count=len(parsed), count2=len(OPTION_KEYS))
    options = [(OPTION_KEYS[n], text) for n, (_, _, text) in enumerate(parsed)]
    # "=" is worth 100 % unless weighted; "~" nothing unless weighted (Moodle's multiple-answer form)
    worth = [(100.0 if weight is None else weight) if mark == "=" else (weight or 0.0) for mark, weight, _ in parsed]
    right = [OPTION_KEYS[n] for n, w in enumerate(worth) if w > 0]
    full = [n for n, w in enumerate(worth) if w == 100.0]
    if not right:
        return Words("a choice question with no right answer (no = and no positive weight)")
    if not any(mark == "=" for mark, _, _ in parsed):   # only "~" with shares: the multiple-answer form,
        note = marks_note(worth)                          # even with one right answer
        return QuestionType.MULTIPLE, options, ",".join(right), explanation, [note] if note else []
    if len(full) > 1:
        return Words("a single-choice question needs exactly one right answer (=), has {count}", count=len(full))
    if len(full) == 1 and len(right) > 1:
        shares = ", ".join(f"{OPTION_KEYS[n]} {worth[n]:g}%" for n in range(len(worth)) if 0 < worth[n] < 100)
        return (Words("partial credit on a single-choice answer ({shares}) is not supported: remove the weight, "
                      "or give every right answer a share (multiple answers)", shares=shares))
    qtype = QuestionType.SINGLE if full else QuestionType.MULTIPLE
    note = marks_note(worth)   # a mark taken off a wrong choice, or unequal shares
    return qtype, options, ",".join(right), explanation, [note] if note else []


# --- writing --------------------------------------------------------------------------------------------

_SPECIAL = "\\~=#{}:"
# the weights Moodle accepts for a share of the marks, by how many answers are right
_SHARES = {1: "100", 2: "50", 3: "33.33333", 4: "25", 5: "20", 6: "16.66667", 7: "14.28571", 8: "12.5"}


def _escaped(text: str) -> str:
    out = "".join("\\" + c if c in _SPECIAL else c for c in text)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def _answer_text(text: str) -> str:
    """An answer's text as GIFT writes it: escaped, and marked [plain] when it starts with what reads as an
    answer's own format ([html]…), so it comes back as written."""
    return ("[plain]" if re.match(r"\s*\[(?:html|moodle|markdown|plain)\]", text) else "") + _escaped(text)


def write_gift(questions: list[Question]) -> tuple[str, list[int]]:
    """The questions as GIFT text (UTF-8 when saved; Moodle reads it so), and the positions (1-based) of
    the questions left out: a fill-in with more than one blank, which GIFT cannot hold. Kept: type, stem,
    options, answers, category ($CATEGORY), explanation (general feedback). Not kept by the format: difficulty, points, tags,
    a short answer's reference answer (an essay in Moodle has none). Single choice is written with "=",
    multiple choice with a positive share "~%50%" on each right answer and "~" on the others."""
    lines: list[str] = []
    left_out: list[int] = []
    category = None
    for n, q in enumerate(questions, start=1):
        stem, block = _escaped(q.stem), ""
        if q.type.has_options:
            right = set(q.answer)
            share = _SHARES[max(1, len(right))]
            block = " ".join(("=" if q.type is QuestionType.SINGLE else f"~%{share}%") + _answer_text(o.text)
                             if o.key in right else "~" + _answer_text(o.text) for o in q.options)
        elif q.type is QuestionType.TRUE_FALSE:
            block = "TRUE" if q.answer == (TRUE,) else "FALSE"
        elif q.type is QuestionType.FILL_IN:
            parts = BLANK_PATTERN.split(q.stem)
            if len(parts) != 2 or len(q.answer) != 1:
                left_out.append(n)
                continue
            block = " ".join("=" + _answer_text(a) for a in q.answer[0].split("|"))
        if q.category != category:
            category = q.category
            lines += [f"$CATEGORY: $course$/top{'/' + _escaped(category) if category else ''}", ""]
        feedback = f" ####{_escaped(q.explanation)}" if q.explanation else ""
        # a stem that would read as a comment (//…) or name a format ([html]…) is marked as plain text
        plain = "[plain]" if re.match(r"\s*(?://|\[(?:html|moodle|markdown|plain)\])", q.stem) else ""
        if q.type is QuestionType.FILL_IN:   # the answer block right after the blank, which is kept as written
            blank = BLANK_PATTERN.search(q.stem)
            assert blank is not None
            lines += [f"{plain}{_escaped(q.stem[:blank.end()])}{{{block}{feedback}}}{_escaped(q.stem[blank.end():])}",
                      ""]
        else:
            lines += [f"{plain}{stem} {{{block}{feedback}}}", ""]
    return "\n".join(lines), left_out
