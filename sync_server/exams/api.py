"""The exams area's blueprint. The exams this server holds packages of (for choosing a report); question banks
and the exams built from them, in the admin UI: browse, edit (a new version, the old
ones kept), retire or restore questions; build an exam package from a bank. Banks belong to whoever builds
the exams: this server's top provincial administrator. Imports (the admin window's 导入…, or
`xuefa-server import-questions`) go through the same code and report: every row and problem named, a
preview (dry run) before anything is stored."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from flask import Blueprint, jsonify, request
from sqlalchemy import func, select

from examcore import canonical
from examcore.cli_text import Words
from examcore.clock import utc_naive
from examcore.questions import Question
from sync_server.api.admin_auth import admin, not_found, require_admin
from examcore.api_messages import ExamBuild, QuestionEdit
from sync_server.api.validation import parse_body
from sync_server.context import server
from sync_server.models import BankQuestion, Package, QuestionVersion

exams_api = Blueprint("exams", __name__)

PAGE = 500


def _owner_only():
    if not admin().is_root:
        return jsonify(error="forbidden", message="question banks are kept by this server's top administrator"), 403
    return None


def _question_dict(row: BankQuestion) -> dict:
    return {**json.loads(row.data), "bank": row.bank, "version": row.version,
            "retired": row.retired_at is not None, "updated_at": row.updated_at.isoformat() + "Z"}


@exams_api.get("/admin/banks")
@require_admin("provincial_admin")
def banks_list():
    if (refused := _owner_only()) is not None:
        return refused
    with server().sessions() as s:
        rows = s.execute(select(BankQuestion.bank, func.count(), func.count(BankQuestion.retired_at))
                         .group_by(BankQuestion.bank).order_by(BankQuestion.bank)).all()
    return jsonify(banks=[{"bank": b, "questions": n, "retired": r} for b, n, r in rows])


@exams_api.get("/admin/questions")
@require_admin("provincial_admin")
def questions_list():
    """A bank's questions, a page at a time (?bank=, ?after= the last id of the page before, ?q= words in the
    stem, ?retired=1 for the retired ones)."""
    if (refused := _owner_only()) is not None:
        return refused
    bank, after, words = request.args.get("bank", ""), request.args.get("after", ""), request.args.get("q", "")
    retired = request.args.get("retired") in ("1", "true")
    query = select(BankQuestion).where(BankQuestion.bank == bank, BankQuestion.question_id > after,
                                       BankQuestion.retired_at.is_not(None) if retired
                                       else BankQuestion.retired_at.is_(None))
    if words:
        query = query.where(BankQuestion.data.contains(words))
    with server().sessions() as s:
        rows = list(s.scalars(query.order_by(BankQuestion.question_id).limit(PAGE)))
        return jsonify(questions=[_question_dict(r) for r in rows], more=len(rows) == PAGE)


def _question_in_bank(s, question_id: str) -> BankQuestion:
    row = s.get(BankQuestion, question_id) if len(question_id) <= 40 else None
    if row is None:
        not_found(f"question {question_id}")
    return row


@exams_api.put("/admin/questions/<question_id>")
@require_admin("provincial_admin")
def question_edit(question_id: str):
    """A corrected question: checked like an imported one, kept as a new version with who changed it."""
    if (refused := _owner_only()) is not None:
        return refused
    ask = parse_body(QuestionEdit)
    ctx = server()
    with ctx.sessions.begin() as s:
        row = _question_in_bank(s, question_id)
        current = json.loads(row.data)
        try:
            question = Question.from_dict({**current, **ask.model_dump(exclude_none=True, exclude={"note"}),
                                           "id": question_id})
        except (KeyError, TypeError, ValueError) as exc:
            return jsonify(error="invalid_question", message=f"the question is not well formed: {exc}"), 422
        problems = question.problems()
        if problems:
            return jsonify(error="invalid_question", message="; ".join(problems), problems=problems), 422
        data = canonical.canonical_json(question.to_dict()).decode("utf-8")
        if data == row.data:
            return jsonify(question=_question_dict(row), changed=False)
        stamp = utc_naive(ctx.clock.now())
        row.version, row.data, row.updated_at = row.version + 1, data, stamp
        s.add(QuestionVersion(question_id=question_id, version=row.version, data=data, changed_at=stamp,
                              changed_by=admin().username, note=ask.note or "edited in the admin UI"))
        return jsonify(question=_question_dict(row), changed=True)


@exams_api.post("/admin/questions/<question_id>/retire")
@require_admin("provincial_admin")
def question_retire(question_id: str):
    """Leave it out of every package built from now on; it stays, with its history."""
    return _set_retired(question_id, True)


@exams_api.post("/admin/questions/<question_id>/restore")
@require_admin("provincial_admin")
def question_restore(question_id: str):
    return _set_retired(question_id, False)


def _set_retired(question_id: str, retired: bool):
    if (refused := _owner_only()) is not None:
        return refused
    ctx = server()
    with ctx.sessions.begin() as s:
        row = _question_in_bank(s, question_id)
        if retired and row.retired_at is None:
            row.retired_at = utc_naive(ctx.clock.now())
        elif not retired:
            row.retired_at = None
        return jsonify(question=_question_dict(row))


@exams_api.get("/admin/questions/<question_id>/history")
@require_admin("provincial_admin")
def question_history(question_id: str):
    if (refused := _owner_only()) is not None:
        return refused
    with server().sessions() as s:
        _question_in_bank(s, question_id)
        rows = list(s.scalars(select(QuestionVersion).where(QuestionVersion.question_id == question_id)
                              .order_by(QuestionVersion.version)))
        return jsonify(versions=[{"version": v.version, "changed_at": v.changed_at.isoformat() + "Z",
                                  "changed_by": v.changed_by, "note": v.note, "question": json.loads(v.data)}
                                 for v in rows])


def _refused(error: str, exc: Exception):
    """422 with the English ``message`` and, when it was made of ``Words``, the ``words`` a client shows in
    its own language (examcore.cli_text.words_said)."""
    first = exc.args[0] if exc.args else None
    words = first.to_dict() if isinstance(first, Words) else None
    return jsonify(error=error, message=str(first) if isinstance(first, str) else str(exc), words=words), 422


@exams_api.post("/admin/exams/build")
@require_admin("provincial_admin")
def exam_build():
    """An exam from this server's bank, as `xuefa-server build-exam` makes it: the body holds the exam (the
    exam file's JSON), the bank, the lower servers' results public keys (their key files' text) and, for a
    make-up, the main exam's id. The answer carries the start code and proctor password, once."""
    from examcore.errors import PackageError
    from examcore.exam_file import ExamFileError, exam_from_dict
    from examcore.package import Recipient
    from sync_server.exams.builder import build_exam
    if (refused := _owner_only()) is not None:
        return refused
    ask = parse_body(ExamBuild)
    try:
        exam = exam_from_dict(ask.exam, "the exam")
        recipients = []
        for n, text in enumerate(ask.recipients, start=1):
            key = json.loads(text)
            if key.get("kind") != "xuefa-result-public-key":
                raise ExamFileError(Words("recipient {n} is not a results public key file (server-results.key.pub)",
                                          n=n))
            recipients.append(Recipient(str(key["name"]), canonical.b64d(key["public"])))
    except (ExamFileError, ValueError, KeyError, TypeError) as exc:
        return _refused("invalid_exam", exc)
    try:
        built = build_exam(server(), exam, ask.bank, recipients, ask.makeup_of, again=ask.again)
    except (ValueError, PackageError) as exc:
        return _refused("not_built", exc)
    return jsonify(package_id=built.package_id, questions=built.questions, start_code=built.start_code,
                   proctor_password=built.proctor_password, makeup_for=built.makeup_for,
                   package=canonical.b64e(built.data))


MAX_IMPORT_FILES = 20


@exams_api.post("/admin/questions/import")
@require_admin("provincial_admin")
def questions_import():
    """Bank files as multipart parts named ``file``; query ``bank``, and 1/0 flags ``dry_run`` (a preview:
    nothing is stored), ``accept_valid``, ``update`` as for ``xuefa-server import-questions``. Answers the
    report (sync_server.exams.question_bank.BankImport.to_dict); 422 ``import_problems`` when nothing was stored
    for a real import."""
    from examcore.banks import read_bank
    from sync_server import audit
    from sync_server.exams.question_bank import import_questions
    refused = _owner_only()
    if refused is not None:
        return refused
    bank = (request.args.get("bank") or "").strip()
    parts = request.files.getlist("file")
    if not bank or len(bank) > 100:
        return jsonify(error="invalid_message", message="name the bank (at most 100 characters)"), 422
    if not parts or len(parts) > MAX_IMPORT_FILES:
        return jsonify(error="invalid_message", message=f"send 1 to {MAX_IMPORT_FILES} bank files"), 422
    flag = lambda name: request.args.get(name, "0") in ("1", "true")   # noqa: E731
    ctx, who = server(), admin().username
    with tempfile.TemporaryDirectory() as tmp:
        reports = []
        for n, part in enumerate(parts):
            name = Path(part.filename or f"bank-{n + 1}").name
            suffix = Path(name).suffix.lower()[:8]
            stem = name[:-len(suffix)] if suffix else name
            folder = Path(tmp) / str(n)   # each file in its own folder: two uploads may share a name
            folder.mkdir()
            path = folder / ((stem.encode("utf-8")[:120].decode("utf-8", "ignore") or "bank") + suffix)
            part.save(path)
            reports.append(read_bank(path, bank))
        now = utc_naive(ctx.clock.now())
        with ctx.sessions.begin() as s:
            done = import_questions(s, reports, bank, f"admin:{who}", now, flag("accept_valid"), flag("update"),
                                    dry_run=flag("dry_run"))
            if done.imported:
                audit.record(s, "questions.import", f"bank:{bank}", now, detail=f"{done.added} added, "
                             f"{done.changed} changed, {done.unchanged} unchanged from {len(reports)} file(s)")
    answer = done.to_dict()
    if flag("dry_run"):   # the questions as read, for the window to show before anything is stored
        answer["read"] = done.as_read()
    if flag("dry_run") or done.imported:
        return jsonify(answer)
    return jsonify(error="import_problems", message="nothing was imported", **answer), 422


@exams_api.get("/admin/exams")
@require_admin()
def exams_list():
    """The exams this server holds packages of (newest title per exam), for choosing a report."""
    with server().sessions() as s:
        rows = s.execute(select(Package.exam_id, Package.title, Package.imported_at)
                         .order_by(Package.exam_id, Package.imported_at)).all()
    latest = {exam_id: title for exam_id, title, _ in rows}
    return jsonify(exams=[{"exam_id": k, "title": v} for k, v in sorted(latest.items())])
