"""The exam definition file given to ``xuefa-pack`` (JSON; see docs/question-banks.md)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from examcore.banks.common import parse_type
from examcore.blueprint import Blueprint, Section
from examcore.exam import ExamDefinition


class ExamFileError(ValueError):
    pass


def exam_from_dict(d: dict[str, Any], source: str = "exam file") -> ExamDefinition:
    try:
        papers = d["papers"]
        blueprints = {}
        for variant, sections in papers.items():
            parsed = []
            for n, s in enumerate(sections, start=1):
                qtype = parse_type(s["type"])
                if qtype is None:
                    raise ExamFileError(f"{source}: paper {variant!r}, section {n}: unknown type {s['type']!r}")
                parsed.append(Section(qtype, int(s["count"]), int(s["points"]), s.get("category")))
            blueprints[variant] = Blueprint(tuple(parsed))
        merged = {k: v for k, v in d.items() if k != "papers"}
        merged["blueprints"] = {k: v.to_dict() for k, v in blueprints.items()}
        exam = ExamDefinition.from_dict(merged)
    except ExamFileError:
        raise
    except (KeyError, ValueError, TypeError) as exc:
        raise ExamFileError(f"{source}: {type(exc).__name__}: {exc}") from exc
    problems = exam.problems()
    if problems:
        raise ExamFileError(f"{source}: " + "; ".join(problems))
    return exam


def load_exam_file(path: Path) -> ExamDefinition:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as exc:
        raise ExamFileError(f"{Path(path).name}: not a readable JSON file ({exc})") from exc
    return exam_from_dict(data, Path(path).name)
