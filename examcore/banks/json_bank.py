"""The project's JSON bank form (documented in docs/question-banks.md)."""
from __future__ import annotations

import json
from pathlib import Path

from examcore.banks.common import (OPTION_KEYS, BankImportError, RowProblem, build_question, parse_type,
                                   stable_id)
from examcore.questions import QuestionBank


def load_json_bank(path: Path) -> QuestionBank:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        name, items = str(data["bank"]), data["questions"]
        if not isinstance(items, list):
            raise TypeError("'questions' must be a list")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BankImportError([RowProblem(Path(path).name, None, None,
                                          f"not a question-bank JSON file ({exc})")]) from exc
    return parse_json_questions(name, items, Path(path).name)


def parse_json_questions(name: str, items: list, source: str) -> QuestionBank:
    """Questions in the JSON bank form wherever they stand (a bank file, a course's chapter quiz)."""
    path = Path(source)
    problems: list[RowProblem] = []
    bank = QuestionBank(name)
    seen: dict[str, int] = {}
    for n, item in enumerate(items, start=1):
        def bad(field: str | None, msg: str) -> None:
            problems.append(RowProblem(Path(path).name, n, field, msg))
        if not isinstance(item, dict):
            bad(None, "each question must be an object")
            continue
        qtype = parse_type(item.get("type", ""))
        if qtype is None:
            bad("type", f"unknown question type {item.get('type')!r}")
            continue
        raw_opts = item.get("options", [])
        if len(raw_opts) > len(OPTION_KEYS):
            bad("options", f"{len(raw_opts)} options; at most {len(OPTION_KEYS)} (A–H) are supported")
            continue
        options = (list(raw_opts.items()) if isinstance(raw_opts, dict)
                   else list(zip(OPTION_KEYS, raw_opts, strict=False)))
        answer = item.get("answer", "")
        if isinstance(answer, list):
            answer = ";".join(str(a) for a in answer)
        stem = str(item.get("stem", ""))
        qid = str(item.get("id") or stable_id(name, stem))
        if qid in seen:
            bad("id", f"duplicate of item {seen[qid]}")
            continue
        seen[qid] = n
        try:
            difficulty = int(item.get("difficulty", 3))
        except (TypeError, ValueError):
            bad("difficulty", f"{item.get('difficulty')!r} is not a whole number")
            continue
        q, errs = build_question(qid=qid, qtype=qtype, stem=stem, options=[(str(k), str(v)) for k, v in options],
                                 answer_text=str(answer), category=str(item.get("category", "")),
                                 difficulty=difficulty, tags=tuple(item.get("tags", ())),
                                 explanation=str(item.get("explanation", "")),
                                 fixed_keys=set(item.get("fixed_options", ())))
        for e in errs:
            bad(None, e)
        if q:
            bank.questions.append(q)
    if problems:
        raise BankImportError(problems)
    return bank
