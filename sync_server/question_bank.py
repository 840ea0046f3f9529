"""Question banks on the server: imports in one transaction with a report, and every version kept.

An import either stores everything or, while any file has a problem, nothing, unless the administrator
chooses to take the valid questions. A question already in the bank with the same content is left alone;
with other content it gets a new version (the old one stays in question_versions)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.banks import ImportReport, RowProblem
from examcore.questions import Question
from sync_server.models import BankQuestion, QuestionVersion


@dataclass
class BankImport:
    reports: list[ImportReport]
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    imported: bool = False
    cross_duplicates: list[RowProblem] = field(default_factory=list)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.reports for p in r.problems] + self.cross_duplicates

    @property
    def skipped(self) -> list[RowProblem]:
        return [p for r in self.reports for p in r.skipped]


def import_questions(s: Session, reports: list[ImportReport], bank: str, who: str, now: datetime,
                     accept_valid: bool = False) -> BankImport:
    outcome = BankImport(reports)
    chosen: dict[str, tuple[Question, str]] = {}
    for report in reports:
        for q in report.questions:
            if q.id in chosen and chosen[q.id][0] != q:
                outcome.cross_duplicates.append(RowProblem(report.file, None, None, f"question {q.stem[:30]!r} is "
                                                           f"also in {chosen[q.id][1]} with other content"))
                continue
            chosen.setdefault(q.id, (q, report.file))
    if outcome.problems and not accept_valid:
        return outcome  # nothing imported: the report says what to fix
    existing = {r.question_id: r for start in range(0, len(chosen), 500) for r in s.scalars(
        select(BankQuestion).where(BankQuestion.question_id.in_(list(chosen)[start:start + 500])))}
    new_rows, versions = [], []  # one executemany each: a 50,000-question bank is one import
    for qid, (q, file) in chosen.items():
        data = canonical.canonical_json(q.to_dict()).decode("utf-8")
        row = existing.get(qid)
        if row is not None and row.data == data and row.bank == bank:
            outcome.unchanged += 1
            continue
        version = row.version + 1 if row is not None else 1
        if row is None:
            new_rows.append({"question_id": qid, "bank": bank, "version": 1, "data": data, "retired_at": None,
                             "updated_at": now})
            outcome.added += 1
        else:
            row.bank, row.version, row.data, row.updated_at = bank, version, data, now
            outcome.changed += 1
        versions.append({"question_id": qid, "version": version, "data": data, "changed_at": now,
                         "changed_by": who, "note": f"imported from {file}"})
    if new_rows:
        s.execute(insert(BankQuestion), new_rows)
    if versions:
        s.execute(insert(QuestionVersion), versions)
    outcome.imported = True
    return outcome
