"""The project's JSON bank form (documented in docs/question-banks.md).

Every field is checked for its shape before it is used: a null stem, a number where a list of options
belongs or an object where text belongs is named (item, field, what was expected), never stored as the
text "None" and never a traceback."""
from __future__ import annotations

import base64
import binascii
import json
import re
import logging
from pathlib import Path

from examcore.banks.common import (OPTION_KEYS, BankImportError, FileRefused, ImportReport, QuestionSink, RowProblem,
                                   build_question, json_kind, parse_difficulty, parse_type, problem_column,
                                   reason_of)
from examcore.banks.text_files import TextRefused, decode_bank_text
from examcore.cli_text import Words
from examcore.questions import FALSE, TRUE, Picture, QuestionBank

log = logging.getLogger(__name__)


def load_json_bank(path: Path) -> QuestionBank:
    """A JSON bank file for the pack tool and study files: declared ids kept as written. Raises
    BankImportError naming every bad item (nothing imported)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BankImportError([RowProblem(path.name, None, None, Words("cannot be read: {exc}", exc=exc))]) from exc
    name, report = _read(data, path.name, None, keep_declared=True)
    if report.problems:
        raise BankImportError(report.problems)
    return QuestionBank(name or path.stem, list(report.questions))


def read_json_bank(data: bytes, file: str, bank: str) -> ImportReport:
    """A JSON bank file for a server's bank: ids scoped to ``bank`` (the file's "bank" name is not used)."""
    return _read(data, file, bank, keep_declared=False)[1]


class _NotJsonNumber(ValueError):
    pass


def _not_json(word: str) -> float:
    raise _NotJsonNumber(word)


class _LongNumber(ValueError):
    pass


def _whole(text: str) -> int:
    """A JSON whole number; one of more than 18 digits (no points, difficulty or id needs it; Python refuses
    those past 4,300 with a ValueError) is refused by its first digits."""
    if len(text.lstrip("-")) > 18:
        raise _LongNumber(text[:20])
    return int(text)


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _NotJsonNumber(text[:20])
    return value


def _read(data: bytes, file: str, bank: str | None, keep_declared: bool) -> tuple[str, ImportReport]:
    report = ImportReport(file, unit="item")
    text = ""
    try:
        text = decode_bank_text(data).text
        parsed = json.loads(text, object_pairs_hook=_no_twice, parse_constant=_not_json, parse_float=_finite,
                            parse_int=_whole)
    except TextRefused as exc:
        return "", report.refuse(exc.message)
    except _LongNumber as exc:
        line = _line_of(text, re.escape(str(exc.args[0])))
        return "", report.refuse(Words("a number of more than 18 digits ({value}…): no question needs one; write it "
                                       "as text in quotes, or correct it", value=exc.args[0]), row=line, unit="line")
    except _NotJsonNumber as exc:   # NaN, Infinity, 1e400: Python reads them, JSON has no such number
        line = _line_of(text, r"(?<![\w\".])" + re.escape(str(exc.args[0])) + r"(?![\w\"])")
        return "", report.refuse(Words("{value} is not a number JSON has: write a number (or text) there",
                                       value=exc.args[0]), row=line, unit="line")
    except _Twice as exc:   # the object's place: its second such key, after the { before its text
        key = json.dumps(exc.key, ensure_ascii=False)
        value = max(exc.values, key=len) if exc.values else ""   # its longest text: most likely its own
        start = text.rfind("{", 0, max(text.find(json.dumps(value, ensure_ascii=False)[1:-1]), 0)) if value else -1
        first = text.find(key, max(start, 0))
        second = text.find(key, first + 1) if first >= 0 else -1
        where = {"row": text.count("\n", 0, second) + 1, "unit": "line"} if start >= 0 and second >= 0 else {}
        return "", report.refuse(Words(
            "the key {key!r} stands twice in one object: the reader would keep only the last; keep one",
            key=exc.key), **where)
    except json.JSONDecodeError as exc:
        log.info("not JSON: %s", exc)
        return "", report.refuse(Words("not JSON (broken off, or a comma, quote or bracket out of place) at line "
                                       "{lineno}, column {colno}", lineno=exc.lineno, colno=exc.colno))
    except RecursionError:
        return "", report.refuse(Words("not a question-bank JSON file: nested too deeply"))
    if isinstance(parsed, list):   # the questions alone, as some tools write them: the bank is named by --bank
        parsed = {"questions": parsed}
    if not isinstance(parsed, dict) or not isinstance(parsed.get("questions"), list):
        return "", report.refuse(Words('not a question-bank JSON file: expected {{"bank": "…", "questions": [ … ]}}'))
    name = parsed.get("bank")
    if name is not None and not isinstance(name, str):
        return "", report.refuse(Words("\"bank\" must be text"))
    items = parsed["questions"]
    _questions(items, file, bank if bank is not None else (name or Path(file).stem), keep_declared, report)
    return name or "", report


class _Twice(ValueError):
    def __init__(self, key: str, values: list[str]) -> None:
        super().__init__(key)
        self.key, self.values = key, values   # the object's text values, to find its place in the file


def _no_twice(pairs: list[tuple[str, object]]) -> dict:
    """json's object hook: a key twice in one object is refused (json keeps the last silently)."""
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _Twice(key, [v for _, v in pairs if isinstance(v, str) and v.strip()])
        out[key] = value
    return out


def _line_of(text: str, pattern: str) -> int | None:
    """The line (1-based) where ``pattern`` (a regular expression) first matches in ``text``."""
    found = re.search(pattern, text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def parse_json_questions(name: str, items: list, source: str) -> QuestionBank:
    """Questions in the JSON bank form wherever they stand (a bank file, a course's chapter quiz); declared
    ids kept as written. Raises BankImportError naming every bad item."""
    report = ImportReport(Path(source).name)
    if not isinstance(items, list):
        raise BankImportError([RowProblem(report.file, None, "questions", Words("must be a list of questions"))])
    _questions(items, report.file, name, True, report)
    if report.problems:
        raise BankImportError(report.problems)
    return QuestionBank(name, list(report.questions))


def _text(value: object, field: str, required: bool = False) -> str:
    """A text field; numbers are not text here (a stem of 5 is a mistake, not a question)."""
    if value is None:
        if required:
            raise _Shape(field, Words("has no {field} (null or missing)", field=field))
        return ""
    if not isinstance(value, str):
        raise _Shape(field, Words("{field} must be text, not {value}", field=field, value=json_kind(value)))
    if required and not value.strip():
        raise _Shape(field, Words("has no {field} (empty)", field=field))
    return value


class _Shape(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def _option_text(value: object, key: str, required: bool = False) -> str:
    """An option's text; a whole number is its digits (``[1998, 1999]``: as the same cells of a sheet are
    read; an outside round found it refused), a fraction is refused (1e-05 is not what was typed). A wrong
    shape is said in the file's field, "options"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    try:
        return _text(value, Words("option {key}", key=key), required)
    except _Shape as exc:
        raise _Shape("options", exc.message) from None


def _options(raw: object, fixed: set[str], pictures: dict[str, tuple[Picture, ...]] | None = None
             ) -> list[tuple[str, str]]:
    """A list of texts, a list of {"key", "text", "fixed", "pictures"} (what a bank export writes) or
    {"A": text}; the keys marked fixed are added to ``fixed``, each option's pictures to ``pictures``."""
    if raw is None:
        return []
    if isinstance(raw, list):
        if len(raw) > len(OPTION_KEYS):
            raise _Shape("options", Words("{count} options; at most {count2} (A–H) are supported",
                                          count=len(raw), count2=len(OPTION_KEYS)))
        out = []
        for k, v in zip(OPTION_KEYS, raw, strict=False):
            if isinstance(v, dict):
                key = v.get("key", k)
                if key not in OPTION_KEYS:
                    raise _Shape("options", Words("option key {key!r} is not a letter A–H", key=key))
                if v.get("fixed") is True:
                    fixed.add(key)
                shown = _pictures(v.get("pictures"))
                if shown and pictures is not None:
                    pictures[key] = shown
                out.append((key, _option_text(v.get("text"), key, required=not shown)))
            else:
                out.append((k, _option_text(v, k)))
        keys = [k for k, _ in out]
        if sorted(keys) != list(OPTION_KEYS[:len(keys)]):   # [{"key": "C"}, {"key": "A"}]: where is B?
            raise _Shape("options", Words("option keys {items} leave a gap or repeat: they run A, B, C … once each",
                                          items=', '.join(keys)))
        return sorted(out)
    if isinstance(raw, dict):
        if len(raw) > len(OPTION_KEYS):
            raise _Shape("options", Words("{count} options; at most {count2} (A–H) are supported",
                                          count=len(raw), count2=len(OPTION_KEYS)))
        bad = [k for k in raw if k not in OPTION_KEYS]
        if bad:
            raise _Shape("options", Words("option keys must be letters A–H, found {items}",
                                          items=', '.join(map(repr, bad))))
        if sorted(raw) != list(OPTION_KEYS[:len(raw)]):   # {"C": …, "A": …}: where is B?
            raise _Shape("options", Words("option keys {items} leave a gap: they run A, B, C … in order",
                                          items=', '.join(sorted(raw))))
        return [(k, _option_text(raw[k], k)) for k in sorted(raw)]
    raise _Shape("options", Words("options must be a list of texts (or an object {{\"A\": \"…\"}}), not {value}",
                                  value=json_kind(raw)))


def _answer(raw: object) -> str:
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return TRUE if raw else FALSE
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, str):
        return raw
    if isinstance(raw, list) and all(isinstance(a, str) or (isinstance(a, int) and not isinstance(a, bool))
                                     for a in raw):
        return ";".join(str(a) for a in raw)
    raise _Shape("answer", Words("answer must be text or a list of texts, not {value}", value=json_kind(raw)))


def _pictures(raw: object) -> tuple[Picture, ...]:
    """[{"name": "sign.png", "data": base64}, …] as a bank export writes them."""
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(p, dict) and isinstance(p.get("data"), str) for p in raw):
        raise _Shape("pictures", Words('pictures must be a list of {{"name": …, "data": base64}}, not {value}',
                                       value=json_kind(raw)))
    try:
        return tuple(Picture(base64.b64decode("".join(p["data"].split()), validate=True), str(p.get("name") or ""))
                     for p in raw)   # base64 wrapped at 76 characters, as encoders write it, is base64 too
    except (ValueError, binascii.Error) as exc:
        log.info("a picture's data is not base64: %s", exc)
        raise _Shape("pictures", Words("a picture's data is not base64")) from exc


def _text_list(raw: object, field: str) -> tuple[str, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list) or not all(isinstance(t, str) for t in raw):
        raise _Shape(field, Words("{field} must be a list of texts, not {value}", field=field, value=json_kind(raw)))
    return tuple(raw)


def _questions(items: list, file: str, bank: str, keep_declared: bool, report: ImportReport) -> None:
    try:
        _each_question(items, file, QuestionSink(report, bank, keep_declared), report)
    except FileRefused as exc:
        report.refuse(reason_of(exc))


FIELDS = {"id", "type", "stem", "options", "answer", "category", "difficulty", "tags", "explanation", "points",
          "fixed_options", "pictures"}   # what an item may hold (a bank export writes these)


def _each_question(items: list, file: str, sink: QuestionSink, report: ImportReport) -> None:
    for n, item in enumerate(items, start=1):
        def bad(field: str | None, msg: str) -> None:
            report.problems.append(RowProblem(file, n, field, msg, unit="item"))
        if not isinstance(item, dict):
            bad(None, Words("each question must be an object, not {value}", value=json_kind(item)))
            continue
        unknown = sorted(set(item) - FIELDS)
        if unknown:   # "explaination", "score": a field the reader would drop without a word
            bad(unknown[0], Words("unknown field(s) {items}: Xuefa reads {items2}; rename or remove them",
                                  items=', '.join(map(repr, unknown)), items2=', '.join(sorted(FIELDS))))
            continue
        try:
            type_text = _text(item.get("type"), "type", required=True)
            qtype = parse_type(type_text)
            if qtype is None:
                raise _Shape("type", Words("unknown question type {type_text!r} (单选, 多选, 判断, 填空 or 简答; "
                                           "single, multiple, true_false, fill_in or short_answer)",
                                           type_text=type_text))
            stem = _text(item.get("stem"), "stem", required=True)
            fixed = set(_text_list(item.get("fixed_options"), "fixed_options"))
            option_pictures: dict[str, tuple[Picture, ...]] = {}
            options = _options(item.get("options"), fixed, option_pictures)
            answer = _answer(item.get("answer"))
            declared = item.get("id")
            if declared is not None and (isinstance(declared, bool) or not isinstance(declared, (str, int))):
                raise _Shape("id", Words("id must be text or a whole number, not {value}", value=json_kind(declared)))
            difficulty_raw = item.get("difficulty", 3)
            difficulty = parse_difficulty(difficulty_raw) if not isinstance(difficulty_raw, bool) else None
            if difficulty is None:
                raise _Shape("difficulty", Words(
                    "difficulty {difficulty_raw} is not a whole number from 1 to 5 (or 低/中/高, 易/中/难)",
                    difficulty_raw=json.dumps(difficulty_raw, ensure_ascii=False)[:40]))
            points_raw = item.get("points")
            if isinstance(points_raw, float) and points_raw.is_integer() and abs(points_raw) < 1e9:
                points_raw = int(points_raw)   # 2.0, as spreadsheets and other programs write whole numbers
            if points_raw is not None and (isinstance(points_raw, bool) or not isinstance(points_raw, int)):
                raise _Shape("points", Words("points must be a whole number, not {points_raw}",
                                             points_raw=json.dumps(points_raw, ensure_ascii=False)[:40]))
            category = _text(item.get("category"), "category")
            explanation = _text(item.get("explanation"), "explanation")
            tags = _text_list(item.get("tags"), "tags")
            pictures = _pictures(item.get("pictures"))
        except _Shape as exc:
            bad(exc.field, exc.message)
            continue
        q, errs = build_question(qid="", qtype=qtype, stem=stem, options=options, answer_text=answer,
                                 category=category, difficulty=difficulty, tags=tags, explanation=explanation,
                                 fixed_keys=fixed, points=points_raw, pictures=pictures,
                                 option_pictures=option_pictures)
        if q is None:
            for e in errs:
                bad(problem_column(e), e)
            continue
        refused = sink.add(q, Words("item {number}", number=n), n, "" if declared is None else str(declared))
        if refused:
            bad("id" if declared is not None else "stem", refused)
