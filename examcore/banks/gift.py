"""Moodle's GIFT text format (https://docs.moodle.org/en/GIFT_format).

Read: multiple choice (one ``=`` answer, or ``~%weight%`` answers: positive weights are the right
ones), true/false, short answer (``{=a =b}``, taken as a one-blank fill-in), fill-in-the-blank (text
after the answer block), essay (``{}``), ``$CATEGORY:``, ``::title::``, ``[html]``/``[markdown]``/
``[plain]``/``[moodle]`` text formats, ``#feedback`` and ``####general feedback`` (the explanation),
and the escapes ``\\~ \\= \\# \\{ \\} \\:``. Matching, numerical and description items are listed as
skipped, never guessed.
"""
from __future__ import annotations

import html
import re

from examcore.banks.common import OPTION_KEYS, ImportReport, RowProblem, build_question, stable_id
from examcore.questions import FALSE, TRUE, QuestionType

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


def _plain(text: str) -> str:
    """Unescape, drop a [format] marker, and turn HTML into plain text."""
    text = re.sub(r"^\s*\[(html|moodle|markdown|plain)\]", "", text)
    for k, v in _UNESCAPE.items():
        text = text.replace(k, v)
    text = re.sub(r"<br\s*/?>|</p>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    return html.unescape(text).strip()


def _records(text: str) -> list[tuple[int, str]]:
    """Blank-line separated records with the line each starts on; comment lines dropped."""
    records: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if current:
                records.append((start, "\n".join(current)))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        records.append((start, "\n".join(current)))
    return records


def read_gift(text: str, file: str, bank: str) -> ImportReport:
    report = ImportReport(file)
    category = ""
    seen: dict[str, int] = {}
    for line, record in _records(_protect(text.lstrip("\ufeff"))):
        def problem(message: str) -> None:
            report.problems.append(RowProblem(file, line, None, message))

        def skip(message: str) -> None:
            report.skipped.append(RowProblem(file, line, None, message))
        if record.lstrip().startswith("$CATEGORY:"):
            path = _plain(record.split(":", 1)[1])
            category = path.replace("$course$/", "").replace("$system$/", "").removeprefix("top/").split("/")[-1]
            continue
        title = ""
        match = re.match(r"\s*::(.*?)::", record, re.S)
        if match:
            title, record = _plain(match.group(1)), record[match.end():]
        if record.count("{") != 1 or record.count("}") != 1 or record.index("{") > record.index("}"):
            if "{" not in record:
                skip(f"description item {title or record[:20]!r}: not a question")
            else:
                problem("the answer block { … } is missing or unbalanced (escape a literal brace as \\{)")
            continue
        before, rest = record.split("{", 1)
        block, after = rest.split("}", 1)
        stem = _plain(before + (BLANK + after if after.strip() else ""))
        parsed = _answer_block(block)
        if isinstance(parsed, str):
            (skip if parsed.startswith("skip:") else problem)(parsed.removeprefix("skip:").strip())
            continue
        qtype, options, answer_text, explanation = parsed
        if qtype is QuestionType.FILL_IN and not after.strip():
            stem = stem + BLANK  # a short-answer item: the blank is the answer at the end
        key = re.sub(r"\s+", "", stem)
        if key in seen:
            problem(f"duplicate of the question on line {seen[key]}")
            continue
        seen[key] = line
        q, errors = build_question(qid=stable_id(bank, stem), qtype=qtype, stem=stem, options=options,
                                   answer_text=answer_text, category=category, difficulty=3,
                                   tags=(title,) if title else (), explanation=explanation, fixed_keys=set())
        if q is None:
            for e in errors:
                problem(e)
        else:
            report.questions.append(q)
    return report


def _answer_block(block: str) -> tuple[QuestionType, list[tuple[str, str]], str, str] | str:
    """(type, options, answer text, explanation), or what is wrong ("skip: …" for unsupported kinds)."""
    block, _, general = block.partition("####")
    explanation = _plain(general)
    body = block.strip()
    if body.startswith("#"):
        return "skip: numerical question (not a kind this product has)"
    if not body:
        return QuestionType.SHORT_ANSWER, [], "", explanation
    tf = re.fullmatch(r"(TRUE|FALSE|T|F)\s*(#.*)?", body, re.S)
    if tf:
        return QuestionType.TRUE_FALSE, [], TRUE if tf.group(1).startswith("T") else FALSE, explanation
    answers = re.findall(r"([=~])\s*([^=~]*)", body)
    if any("->" in text for _, text in answers):
        return "skip: matching question (not a kind this product has)"
    parsed = []
    for mark, text in answers:
        text = text.split("#", 1)[0]  # per-answer feedback is not kept
        weight = None
        w = re.match(r"\s*%(-?\d+(?:\.\d+)?)%", text)
        if w:
            weight, text = float(w.group(1)), text[w.end():]
        parsed.append((mark, weight, _plain(text)))
    if not parsed:
        return "no answers in the answer block"
    if all(mark == "=" and weight is None for mark, weight, _ in parsed):  # short answer
        return QuestionType.FILL_IN, [], "|".join(t for _, _, t in parsed), explanation
    if len(parsed) > len(OPTION_KEYS):
        return f"{len(parsed)} answers; at most {len(OPTION_KEYS)} (A–H) are supported"
    options = [(OPTION_KEYS[n], text) for n, (_, _, text) in enumerate(parsed)]
    # "=" is worth 100 % unless weighted; "~" nothing unless weighted (Moodle's multiple-answer form)
    worth = [(100.0 if weight is None else weight) if mark == "=" else (weight or 0.0) for mark, weight, _ in parsed]
    right = [OPTION_KEYS[n] for n, w in enumerate(worth) if w > 0]
    full = [n for n, w in enumerate(worth) if w == 100.0]
    if not right:
        return "a choice question with no right answer (no = and no positive weight)"
    if len(full) > 1:
        return f"a single-choice question needs exactly one right answer (=), has {len(full)}"
    if len(full) == 1 and len(right) > 1:
        partial = ", ".join(f"{OPTION_KEYS[n]} {worth[n]:g}%" for n in range(len(worth)) if 0 < worth[n] < 100)
        return (f"partial credit on a single-choice answer ({partial}) is not supported: remove the weight, "
                "or give every right answer a share (multiple answers)")
    qtype = QuestionType.SINGLE if full else QuestionType.MULTIPLE
    return qtype, options, ",".join(right), explanation
