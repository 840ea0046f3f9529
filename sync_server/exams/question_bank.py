"""Question banks on the server: imports in one transaction with a report, and every version kept.

Identity (issue 16): a question is the same question when it is in the same bank and has the same content
(type, stem, options, answers) or the same id the file declares (an 编号/试题ID column, a JSON "id"); a row
number never is. Re-importing a file changes nothing; two different questions with the same stem are both
kept; another bank is never touched. An import that would change questions already in the bank (their
category, explanation, difficulty … or, under a declared id, their content) lists them and stores nothing
unless the administrator says --update; each change is then a new version (the old ones stay in
question_versions).

While any file has a problem nothing is stored, unless the administrator chooses to take the valid
questions (--accept-valid); a file refused as a whole gives nothing either way."""
from __future__ import annotations

import difflib
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from examcore import canonical
from examcore.banks import ImportReport, RowProblem
from examcore.banks.common import (BLANK_PATTERN, MAX_PICTURE_BYTES_PER_FILE, asked_key, change_said, content_key,
                                   place, question_keys, shown_value)
from examcore.cli_text import Words
from examcore.collector import collection_paused
from examcore.questions import Question
from sync_server.models import BankQuestion, QuestionVersion


@dataclass(frozen=True)
class Change:
    """A question already in the bank that the import would change."""

    question_id: str
    file: str
    row: int | None
    fields: tuple[str, ...]  # the Question.to_dict keys that differ
    stem: str
    unit: str = "row"        # what ``row`` counts (RowProblem.unit)
    values: tuple[tuple[str, str, str], ...] = ()   # (field, before, after) in shown_value's short forms

    def __str__(self) -> str:
        where = self.file + (f", {self.unit} {self.row}" if self.row is not None else "")
        values = {f: f"{f} {a} → {b}" for f, a, b in self.values}
        return f"{self.question_id} ({self.stem[:30]!r}, {where}): {'; '.join(values.get(f, f) for f in self.fields)}"

    def said(self) -> str:
        """The change in the user's language, for the command line."""
        return change_said(self.question_id, self.stem, self.file, self.row, self.fields, self.unit,
                           {f: (a, b) for f, a, b in self.values})

    def to_dict(self) -> dict:
        return {"text": str(self), "question_id": self.question_id, "stem": self.stem[:30], "file": self.file,
                "row": self.row, "unit": self.unit, "fields": list(self.fields),
                "values": {f: [a, b] for f, a, b in self.values}}


PREVIEW_MOST = 2_000   # questions a preview sends the import window (a 50,000-question bank would be ~20 MB)
PREVIEW_TEXT = 500     # characters of an explanation sent with it


@dataclass
class BankImport:
    reports: list[ImportReport]
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    imported: bool = False
    cross_duplicates: list[RowProblem] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)       # what differs from the bank as it stands
    needs_update: bool = False                                # changes were found and --update was not given
    same_stem: list[RowProblem] = field(default_factory=list)  # added beside one worded alike, or twice in one command

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.reports for p in r.problems] + self.cross_duplicates

    @property
    def skipped(self) -> list[RowProblem]:
        return [p for r in self.reports for p in r.skipped]

    @property
    def notes(self) -> list[RowProblem]:
        return [p for r in self.reports for p in r.notes] + self.same_stem

    @property
    def refused_files(self) -> list[str]:
        return [r.file for r in self.reports if r.refused]

    def to_dict(self) -> dict:
        """The report as the admin API sends it (the import dialog's preview and result)."""
        return {"files": [{"file": r.file, "refused": r.refused, "questions": len(r.questions),
                           "problems": len(r.problems), "skipped": len(r.skipped)} for r in self.reports],
                "added": self.added, "changed": self.changed, "unchanged": self.unchanged,
                "imported": self.imported, "needs_update": self.needs_update,
                "problems": [str(p) for p in self.problems], "skipped": [str(p) for p in self.skipped],
                "notes": [str(p) for p in self.notes], "changes": [str(c) for c in self.changes],
                # the same, in parts, for a client that shows them in its own language
                "details": {"problems": [p.to_dict() for p in self.problems],
                            "skipped": [p.to_dict() for p in self.skipped],
                            "notes": [p.to_dict() for p in self.notes],
                            "changes": [c.to_dict() for c in self.changes]}}

    def as_read(self, most: int = PREVIEW_MOST) -> dict:
        """The questions as the readers took them from the files, for a preview to show before anything is
        stored: {"questions": [{file, row, unit, sheet (None but in a workbook of several), type, stem, options: [{key, text, right}], answer, points,
        explanation}], "total": how many were read}; at most ``most`` listed (the command line's
        ``--preview`` lists all)."""
        listed: list[dict] = []
        total = sum(len(r.questions) for r in self.reports)
        for report in self.reports:
            for index, q in enumerate(report.questions):
                if len(listed) >= most:
                    return {"questions": listed, "total": total}
                listed.append({"file": report.file, "row": report.row_of(index), "unit": report.unit_of(index),
                               "sheet": report.sheet_of(index),
                               "type": q.type.value, "stem": q.stem, "answer": list(q.answer), "points": q.points,
                               "options": [{"key": o.key, "text": o.text, "right": o.key in q.answer}
                                           for o in q.options],
                               "explanation": q.explanation[:PREVIEW_TEXT]})
        return {"questions": listed, "total": total}



NEAR_RATIO = 0.85   # difflib's ratio of two stems one typo apart: 一 character in 20 gives 0.95, in 8 gives 0.875
STEM_END = 8        # characters of a stem's start or end that a corrected stem keeps (a typo is in one of them)


def _stem_ends(q: Question) -> tuple[tuple, tuple]:
    """Where a question is looked for as the one another corrects: its type, options and answer with its
    stem's first, or last, few characters."""
    said = (q.type.value, tuple(sorted(o.text.strip() for o in q.options)), tuple(sorted(q.answer)))
    stem = q.stem.strip()
    return ("start", said, stem[:STEM_END]), ("end", said, stem[-STEM_END:])


def _worded(stem: str) -> str:
    """A stem as it reads, for telling questions worded alike: width forms, spaces, the form of its blanks
    (____ or （ ）) and its closing punctuation aside."""
    said = re.sub(r"\s+", "", unicodedata.normalize("NFKC", stem))
    return re.sub(r"[。.？?！!]+$", "", BLANK_PATTERN.sub("()", said))


def _corrected_from(q: Question, near: dict[tuple, list[tuple[str, str]]]) -> tuple[str, str] | None:
    """(stem, question id) of a bank question ``q`` seems to correct: the same options and answer, a stem a
    few characters apart (a typo fixed in the file and imported again is a new question by its content)."""
    stem = q.stem.strip()
    for end in _stem_ends(q):
        for other, qid in near.get(end, [])[:50]:
            if other != stem and difflib.SequenceMatcher(None, other, stem).ratio() >= NEAR_RATIO:
                return other, qid
    return None


def _fields_apart(a: Question, b: Question, ignore: tuple[str, ...] = ()) -> list[str]:
    """The fields two questions differ in (stem, options, answer, category, difficulty, tags, explanation,
    points, pictures), by name; [] when they agree (ids aside)."""
    looks = {"stem": lambda q: q.stem, "options": lambda q: [(o.key, o.text, o.fixed) for o in q.options],
             "answer": lambda q: q.answer, "category": lambda q: q.category, "difficulty": lambda q: q.difficulty,
             "tags": lambda q: q.tags, "explanation": lambda q: q.explanation, "points": lambda q: q.points,
             "pictures": lambda q: [p.digest for p in q.pictures] + [p.digest for o in q.options for p in o.pictures]}
    return [name for name, look in looks.items() if name not in ignore and look(a) != look(b)]


def _data(q: Question) -> str:
    return canonical.canonical_json(q.to_dict()).decode("utf-8")


def import_questions(s: Session, reports: list[ImportReport], bank: str, who: str, now: datetime,
                     accept_valid: bool = False, update: bool = False, dry_run: bool = False) -> BankImport:
    """Store the reports' questions in ``bank`` (the caller's transaction). Nothing is stored while there
    are problems (unless accept_valid: then the valid questions are) or while existing questions would
    change (unless update), nor ever with ``dry_run`` (a preview). Returns what was, or would have been,
    added, changed and left alone; a preview with problems counts what the valid questions would add (what
    accept_valid would store)."""
    with collection_paused():   # tens of thousands of rows built, none freed before the end
        return _import_questions(s, reports, bank, who, now, accept_valid, update, dry_run)


def _import_questions(s: Session, reports: list[ImportReport], bank: str, who: str, now: datetime,
                      accept_valid: bool, update: bool, dry_run: bool) -> BankImport:
    outcome = BankImport(reports)
    chosen: dict[str, tuple[Question, str, int | None]] = {}
    uncarried: dict[str, frozenset[str]] = {}   # question id -> the fields its file's format does not carry
    declared: dict[str, str] = {}
    asked: dict[str, tuple[str, str]] = {}   # what a question asks -> (its id, file) in this command
    contents: dict[str, tuple[str, str]] = {}   # what a question is -> (its id, file): one declared id, one not
    for report in reports:
        declared.update(report.declared)
        for index, q in enumerate(report.questions):
            if q.id in chosen and chosen[q.id][0] != q:
                outcome.cross_duplicates.append(RowProblem(
                    report.file, report.row_of(index), None,
                    Words("question {value!r} is also in {value2} with other content ({fields})",
                          value=q.stem[:30], value2=chosen[q.id][1], fields=", ".join(
                              _fields_apart(chosen[q.id][0], q))), unit=report.unit_of(index), sheet=report.sheet_of(index)))
                continue
            same = contents.setdefault(content_key(q), (q.id, report.file))
            if same[0] != q.id and same[0] in chosen:
                # the bank's JSON export (its ids declared) beside its Word export (none): one question, unless
                # a field both files hold differs (tags too: a GIFT title is one)
                apart = _fields_apart(chosen[same[0]][0], q, tuple(report.uncarried_of.get(q.id, report.uncarried)))
                if apart:
                    outcome.cross_duplicates.append(RowProblem(
                        report.file, report.row_of(index), None,
                        Words("question {value!r} is also in {value2} with other content ({fields})",
                              value=q.stem[:30], value2=same[1], fields=", ".join(apart)),
                        unit=report.unit_of(index), sheet=report.sheet_of(index)))
                else:
                    outcome.same_stem.append(RowProblem(report.file, report.row_of(index), None, Words(
                        "the same question as in {other}: imported once", other=same[1]),
                        unit=report.unit_of(index), sheet=report.sheet_of(index)))
                continue
            if q.id in chosen:   # the same question in two files of one command: stored once, and said
                outcome.same_stem.append(RowProblem(report.file, report.row_of(index), None, Words(
                    "the same question as in {other}: imported once", other=chosen[q.id][1]),
                    unit=report.unit_of(index), sheet=report.sheet_of(index)))
                continue
            other = asked.setdefault(report.asked.get(q.id) or asked_key(q), (q.id, report.file))
            if other[0] != q.id:   # the same question in two files with two answers: which key is right?
                outcome.cross_duplicates.append(RowProblem(
                    report.file, report.row_of(index), None,
                    Words("question {value!r} is also in {other} with another answer: keep the right one",
                          value=q.stem[:30], other=other[1]), unit=report.unit_of(index), sheet=report.sheet_of(index)))
                continue
            chosen.setdefault(q.id, (q, report.file, report.row_of(index)))
            uncarried.setdefault(q.id, report.uncarried_of.get(q.id, report.uncarried))
    pictured = sum(len(p.data) for q, _, _ in chosen.values()
                   for p in (*q.pictures, *(p for o in q.options for p in o.pictures)))
    if pictured > MAX_PICTURE_BYTES_PER_FILE:   # one import, however many files: what one package may hold
        outcome.cross_duplicates.append(RowProblem(reports[0].file if reports else "", None, None, Words(
            "the pictures of this import come to more than {most} MB (each question keeps its own copy): import "
            "fewer questions with pictures at once, or use smaller pictures", most=MAX_PICTURE_BYTES_PER_FILE >> 20)))
        return outcome   # nothing stored, whatever --accept-valid says
    if outcome.problems and not accept_valid and not dry_run:
        return outcome  # nothing imported: the report says what to fix (a preview counts what the valid would add)
    # the bank as it stands, found by id and by content (a question stored under an older id scheme, or
    # re-imported with a declared id added, is still the same question)
    by_id: dict[str, BankQuestion] = {}
    by_content: dict[str, BankQuestion] = {}
    by_asked: dict[str, BankQuestion] = {}   # a corrected answer key changes the question it answers
    by_stem: dict[str, str] = {}
    near: dict[tuple, list[tuple[str, str]]] = {}   # the same options and answers, a stem's start or end -> stems
    for existing in s.scalars(select(BankQuestion).where(BankQuestion.bank == bank)):
        by_id[existing.question_id] = existing
        stored = Question.from_dict(json.loads(existing.data))
        content, asked_as = question_keys(stored)
        by_content.setdefault(content, existing)
        by_asked.setdefault(asked_as, existing)
        by_stem.setdefault(_worded(stored.stem), existing.question_id)
        for end in _stem_ends(stored):
            near.setdefault(end, []).append((stored.stem.strip(), existing.question_id))
    wanted = list(chosen) + [d for d in declared.values() if len(d) <= 40]
    foreign = {qid for start in range(0, len(wanted), 500) for qid in s.scalars(
        select(BankQuestion.question_id).where(BankQuestion.question_id.in_(wanted[start:start + 500]),
                                               BankQuestion.bank != bank))}
    units = {report.file: report.unit for report in reports}   # what a file's numbers count
    imported_stems: dict[str, tuple[str, int | None, str]] = {}   # a stem as it reads -> its first file, place
    plan: list[tuple[Question, str, int | None, BankQuestion | None]] = []
    for qid, (q, file, where) in chosen.items():
        if qid in foreign:  # ids are hashes within a bank: only a collision or a hand-made id gets here
            outcome.cross_duplicates.append(RowProblem(file, where, None, Words(
                "id {qid} belongs to a question of another bank; nothing there is changed", qid=qid),
                unit=units.get(file, "row")))
            continue
        own = declared.get(qid)
        content, asked_as = question_keys(q) if by_content else ("", "")
        row = (by_id.get(own) if own else None) or by_id.get(qid) or by_content.get(content) or by_asked.get(asked_as)
        if row is not None and uncarried.get(qid):   # what the format cannot say is left as the bank has it
            stored = Question.from_dict(json.loads(row.data))
            q = replace(q, **{f: getattr(stored, f) for f in uncarried[qid]})
        if row is None and own and len(own) <= 40 and own not in foreign and own not in chosen:
            q = replace(q, id=own)  # a declared id is stored as written unless another bank holds it
        plan.append((q, file, where, row))
    if outcome.cross_duplicates and not accept_valid and not dry_run:
        return outcome
    new_rows: list[dict] = []
    versions: list[dict] = []  # one executemany each: a 50,000-question bank is one import
    updates: list[tuple[BankQuestion, str, str]] = []
    for q, file, where, found in plan:
        if found is None:
            data = _data(q)
            new_rows.append({"question_id": q.id, "bank": bank, "version": 1, "data": data, "retired_at": None,
                             "updated_at": now})
            versions.append({"question_id": q.id, "version": 1, "data": data, "changed_at": now,
                             "changed_by": who, "note": f"imported from {file}"})
            outcome.added += 1
            twin = by_stem.get(_worded(q.stem))
            here = imported_stems.setdefault(_worded(q.stem), (file, where, units.get(file, "row")))
            if twin is not None:
                outcome.same_stem.append(RowProblem(file, where, None, Words(
                    "worded like question {twin} of the bank but with other options, answers or pictures: both kept",
                    twin=twin), unit=units.get(file, "row")))
            elif here[:2] != (file, where):   # two of this import worded alike: a disputed answer, perhaps
                outcome.same_stem.append(RowProblem(file, where, None, Words(
                    "worded like the question at {other} of {file} but with other options, answers or pictures: "
                    "both kept; if one corrects the other, keep the right one", other=place(here[2], here[1] or 0),
                    file=here[0]), unit=units.get(file, "row")))
            elif (corrected := _corrected_from(q, near)) is not None:
                outcome.same_stem.append(RowProblem(file, where, None, Words(
                    "question {twin} of the bank has the same options and answer and a stem a few characters "
                    "apart ({stem!r}): both kept; if this one corrects it, retire {twin}", twin=corrected[1],
                    stem=corrected[0][:40]), unit=units.get(file, "row")))
            continue
        data = _data(replace(q, id=found.question_id))
        if data == found.data:
            outcome.unchanged += 1
            continue
        before, after = json.loads(found.data), json.loads(data)
        fields = tuple(k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k))
        outcome.changes.append(Change(found.question_id, file, where, fields, q.stem, units.get(file, "row"),
                                      tuple((k, shown_value(before.get(k), k), shown_value(after.get(k), k))
                                            for k in fields)))
        updates.append((found, data, file))
    outcome.changed = len(updates)
    if updates and not update:
        outcome.needs_update = True
        return outcome  # nothing stored: the changes are listed for the administrator to confirm
    if dry_run:
        return outcome  # a preview: what would be added, changed and left alone
    for row, data, file in updates:
        row.version, row.data, row.updated_at = row.version + 1, data, now
        versions.append({"question_id": row.question_id, "version": row.version, "data": data, "changed_at": now,
                         "changed_by": who, "note": f"imported from {file}"})
    # Core executemany: the ORM's bulk insert spends as long again building its own rows (bench.bank_bench)
    if new_rows:
        s.execute(insert(cast(Table, BankQuestion.__table__)), new_rows)
    if versions:
        s.execute(insert(cast(Table, QuestionVersion.__table__)), versions)
    outcome.imported = True
    return outcome
