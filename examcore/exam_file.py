"""The exam definition file given to ``xuefa-pack``, ``xuefa-server build-exam`` and the server's API
(JSON; see docs/question-banks.md).

Each mistake is named in the user's words (``Words``): which field, what it holds, what it should hold.
The whole file is checked before anything is built, so one run lists every mistake, not the first."""
from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from examcore.banks.common import json_kind, parse_type
from examcore.blueprint import Blueprint, Section
from examcore.cli_text import Joined, Words
from examcore.exam import CheckMode, Counting, ExamDefinition
from examcore.refusals import os_reason

REQUIRED = ("exam_id", "title", "duration_minutes", "pass_mark", "window_start", "window_end", "papers")
OPTIONAL = ("max_attempts", "counting", "multiple_partial_credit", "allow_review", "is_makeup", "lockdown",
            "eligibility")
WHOLE_NUMBERS = ("duration_minutes", "pass_mark", "max_attempts")
TIMES = ("window_start", "window_end")
SWITCHES = ("multiple_partial_credit", "allow_review", "is_makeup")   # JSON true or false, nothing else
SECTION_FIELDS = ("type", "count", "points", "category")
LOCKDOWN_NUMBERS = ("max_focus_losses", "max_away_seconds", "inactivity_minutes")
LOCKDOWN_MODES = ("focus_mode", "away_mode", "inactivity_mode", "screens_mode", "remote_mode", "vm_mode",
                  "programs_mode")
ELIGIBILITY_LISTS = ("units", "ranks", "learner_hashes")
ELIGIBILITY_SWITCHES = ("leaders_only", "include_exempt")


def _unknown(where: str, given: dict, known: tuple[str, ...]) -> list[str]:
    """A field the file names that this version does not know: a misspelling (catagory) would otherwise be
    ignored and change the exam without a word."""
    return [Words("{where}{field} is not a field an exam file takes (a misspelling? the fields are {known})",
                  where=where, field=str(k), known=", ".join(known)) for k in given if k not in known]


class ExamFileError(ValueError):
    """``args[0]`` is ``Words``: ``said_of(exc)`` gives it in the user's language."""


def _whole(value: object) -> int | None:
    """An integer written as a number or as digits ("60"); None otherwise (60.5, true, "sixty")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    return None


def _count(value: object) -> bool:
    """A whole number, 0 or more."""
    whole = _whole(value)
    return whole is not None and whole >= 0


def _is_time(value: object) -> bool:
    try:
        return isinstance(value, str) and bool(datetime.fromisoformat(value))
    except ValueError:
        return False


def _papers(papers: object) -> tuple[dict[str, Blueprint], list[str]]:
    problems: list[str] = []
    if not isinstance(papers, dict):
        return {}, [Words("papers must be an object of papers, like {{\"general\": [sections]}}, not {value}",
                          value=json_kind(papers))]
    if not papers:
        return {}, [Words("papers names no paper: give at least {{\"general\": [sections]}}")]
    blueprints = {}
    for variant, sections in papers.items():
        if not isinstance(sections, list):
            problems.append(Words("paper {paper} must be a list of sections, not {value}", paper=variant,
                                  value=json_kind(sections)))
            continue
        if not sections:
            problems.append(Words("paper {paper} has no sections: give at least one (type, count, points)",
                                  paper=variant))
            continue
        parsed = []
        for n, s in enumerate(sections, start=1):
            if not isinstance(s, dict):
                problems.append(Words("paper {paper}, section {n} must be an object (type, count, points), not "
                                      "{value}", paper=variant, n=n, value=json_kind(s)))
                continue
            problems += _unknown(Words("paper {paper}, section {n}: ", paper=variant, n=n), s, SECTION_FIELDS)
            qtype = parse_type(s["type"]) if isinstance(s.get("type"), str) else None
            count, points = _whole(s.get("count")), _whole(s.get("points"))
            if not str(s.get("type") or "").strip():
                problems.append(Words("paper {paper}, section {n} has no type (单选, 多选, 判断, 填空, 简答)", paper=variant,
                                      n=n))
            elif qtype is None:
                problems.append(Words("paper {paper}, section {n}: the type {type} is not a question type (单选, "
                                      "多选, 判断, 填空, 简答)", paper=variant, n=n, type=str(s.get("type", ""))))
            if count is None or count < 1:
                problems.append(Words("paper {paper}, section {n}: count must be a whole number of questions, at "
                                      "least 1", paper=variant, n=n))
            if points is None or points < 1:
                problems.append(Words("paper {paper}, section {n}: points must be a whole number, at least 1",
                                      paper=variant, n=n))
            category = s.get("category")
            if category is not None and not isinstance(category, str):
                problems.append(Words("paper {paper}, section {n}: category must be text", paper=variant, n=n))
            if qtype is not None and count and points and count > 0 and points > 0:
                parsed.append(Section(qtype, count, points, category))
        blueprints[str(variant)] = Blueprint(tuple(parsed))
    return blueprints, problems


def _field_problems(d: dict[str, Any]) -> list[str]:
    problems: list[str] = [Words("{field} is missing", field=f) for f in REQUIRED if f not in d]
    for f in ("exam_id", "title"):
        if f in d and (not isinstance(d[f], str) or not d[f].strip()):
            problems.append(Words("{field} must be text, not {value}", field=f, value=json_kind(d[f]))
                            if not isinstance(d[f], str) else Words("{field} is empty", field=f))
    problems += [Words("{field} must be a whole number, not {value}", field=f, value=json_kind(d[f])
                       if not isinstance(d[f], (str, float)) else repr(d[f]))
                 for f in WHOLE_NUMBERS if f in d and _whole(d[f]) is None]
    problems += [Words("{field} must be a date and time like 2026-06-01T08:00:00+08:00, not {value}", field=f,
                       value=d[f] if isinstance(d[f], str) else json_kind(d[f]))
                 for f in TIMES if f in d and not _is_time(d[f])]
    if "counting" in d and d["counting"] not in tuple(Counting):
        problems.append(Words("counting must be best or last, not {value}", value=str(d["counting"])))
    problems += _unknown("", d, REQUIRED + OPTIONAL)
    problems += [Words("{field} must be true or false, not {value}", field=f, value=_shown(d[f]))
                 for f in SWITCHES if f in d and not isinstance(d[f], bool)]
    lockdown = d.get("lockdown", {})
    if not isinstance(lockdown, dict):
        problems.append(Words("lockdown must be an object, not {value}", value=json_kind(lockdown)))
    else:
        problems += _unknown("lockdown: ", lockdown, LOCKDOWN_NUMBERS + LOCKDOWN_MODES + ("programs",))
        modes = tuple(CheckMode)
        problems += [Words("lockdown: {field} must be enforce, warn or off, not {value}", field=k, value=_shown(v))
                     for k, v in lockdown.items() if k in LOCKDOWN_MODES and v not in modes]
        problems += [Words("lockdown: {field} must be a whole number, 0 or more, not {value}", field=k,
                           value=_shown(v))
                     for k, v in lockdown.items() if k in LOCKDOWN_NUMBERS and not _count(v)]
        programs = lockdown.get("programs")
        if programs is not None and not (isinstance(programs, list) and all(isinstance(p, str) for p in programs)):
            problems.append(Words("lockdown: programs must be a list of program names (texts)"))
    eligibility = d.get("eligibility", {})
    if not isinstance(eligibility, dict):
        problems.append(Words("eligibility must be an object, not {value}", value=json_kind(eligibility)))
    else:
        problems += _unknown("eligibility: ", eligibility,
                             ELIGIBILITY_LISTS + ELIGIBILITY_SWITCHES + ("min_study_points",))
        problems += [Words("eligibility: {field} must be a list of texts", field=f) for f in ELIGIBILITY_LISTS
                     if f in eligibility and not (isinstance(eligibility[f], list)
                                                  and all(isinstance(x, str) for x in eligibility[f]))]
        problems += [Words("eligibility: {field} must be true or false, not {value}", field=f,
                           value=_shown(eligibility[f]))
                     for f in ELIGIBILITY_SWITCHES if f in eligibility and not isinstance(eligibility[f], bool)]
        points = eligibility.get("min_study_points", 0)
        if not _count(points):
            problems.append(Words("eligibility: min_study_points must be a whole number, 0 or more, not {value}",
                                  value=_shown(points)))
    return problems


def _shown(value: object) -> str:
    """A value as the file writes it (JSON: true, null, "no"), not as Python would."""
    return json.dumps(value, ensure_ascii=False)[:40]


def exam_from_dict(d: object, source: str = "exam file") -> ExamDefinition:
    """The exam a file or request describes. Raises ExamFileError naming every mistake found
    (``{source}: first; second …``)."""
    if not isinstance(d, dict):
        raise ExamFileError(Words("{source}: the file holds {value}, not an exam (an object with exam_id, title, "
                                  "papers …)", source=source, value=json_kind(d)))
    problems = _field_problems(d)
    blueprints, paper_problems = _papers(d.get("papers")) if "papers" in d else ({}, [])
    problems += paper_problems
    if not problems:
        merged = {k: v for k, v in d.items() if k != "papers"}
        merged["blueprints"] = {k: v.to_dict() for k, v in blueprints.items()}
        try:
            exam = ExamDefinition.from_dict(merged)
        except (KeyError, ValueError, TypeError, AttributeError) as exc:  # a shape the checks above missed
            raise ExamFileError(Words("{source}: a value is not in the form docs/question-banks.md describes "
                                      "({detail})", source=source, detail=f"{type(exc).__name__}: {exc}")) from exc
        problems = exam.problems()
    if problems:
        raise ExamFileError(Words("{source}: {problems}", source=source, problems=Joined(problems)))
    return exam


def load_exam_file(path: Path) -> ExamDefinition:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ExamFileError(Words("{source}: not a text file in UTF-8 (save it as UTF-8 JSON)",
                                  source=Path(path).name)) from exc
    except ValueError as exc:
        raise ExamFileError(Words("{source}: not a JSON file (line {line}: {what}); check the brackets, commas "
                                  "and quotes there", source=Path(path).name, line=getattr(exc, "lineno", "?"),
                                  what=Words("the text is cut off or damaged"))) from exc
    except OSError as exc:
        raise ExamFileError(Words("{source}: cannot be read ({reason})", source=Path(path).name,
                                  reason=os_reason(exc))) from exc
    return exam_from_dict(data, Path(path).name)
