"""Exams built on the server from its own question bank: the package is signed with this server's key,
stored here, and handed down to the stations (and lower servers) through the change feed.

Recipients are this server and the results keys named (a centre's `server-results.key.pub`); a server
that is not a recipient cannot re-grade the results and refuses them, so every centre must be named."""
from __future__ import annotations

import json
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.clock import utc_naive
from examcore.exam import ExamDefinition
from examcore.package import Recipient, build_package
from examcore.questions import Question
from examcore.startcode import new_start_code
from sync_server.context import ServerContext
from sync_server.directory import trust_issuer
from sync_server.ingest import store_package
from sync_server.models import BankQuestion


@dataclass(frozen=True)
class BuiltExam:
    package_id: str
    data: bytes
    questions: int
    start_code: str
    proctor_password: str


def bank_questions(s: Session, bank: str) -> list[Question]:
    """The bank's questions as they stand now, retired ones left out."""
    return [Question.from_dict(json.loads(r.data)) for r in s.scalars(
        select(BankQuestion).where(BankQuestion.bank == bank, BankQuestion.retired_at.is_(None))
        .order_by(BankQuestion.question_id))]


def build_exam(ctx: ServerContext, exam: ExamDefinition, bank: str, recipients: list[Recipient]) -> BuiltExam:
    """Raises ValueError (a paper cannot be drawn from the bank, an empty bank …), PackageError."""
    with ctx.sessions() as s:
        questions = bank_questions(s, bank)
    if not questions:
        raise ValueError(f"the bank {bank!r} has no questions here (xuefa-server import-questions … --bank)")
    mine = ctx.keys.recipient()
    named = [mine] + [r for r in recipients if r.public_key != mine.public_key]
    code, proctor_password = new_start_code(), new_start_code()
    data = build_package(exam, questions, issuer=ctx.keys.signing, issuer_name=ctx.keys.name, recipients=named,
                         start_code=code, proctor_password_hash=PasswordHasher().hash(proctor_password))
    with ctx.sessions.begin() as s:
        trust_issuer(s, ctx.keys.signing.public_raw(), ctx.keys.name, utc_naive(ctx.clock.now()))
        store_package(ctx, s, data)
    from examcore.package import parse_package
    return BuiltExam(parse_package(data, None).header.package_id, data, len(questions), code, proctor_password)
