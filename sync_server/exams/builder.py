"""Exams built on the server from its own question bank: the package is signed with this server's key,
stored here, and handed down to the stations (and lower servers) through the change feed.

Recipients are this server and the results keys named (a centre's `server-results.key.pub`); a server
that is not a recipient cannot re-grade the results and refuses them, so every centre must be named."""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from fractions import Fraction

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from examcore.clock import utc_naive
from examcore.exam import ExamDefinition, learner_hash
from examcore.grading import counted_index
from examcore.package import Recipient, build_package
from examcore.questions import Question
from examcore.startcode import new_start_code
from sync_server.context import ServerContext
from sync_server.directory.service import trust_issuer
from sync_server.exams.packages import store_package
from sync_server.models import BankQuestion, Learner, Package, Result


@dataclass(frozen=True)
class BuiltExam:
    package_id: str
    data: bytes
    questions: int
    start_code: str
    proctor_password: str
    makeup_for: int = 0


def bank_questions(s: Session, bank: str) -> list[Question]:
    """The bank's questions as they stand now, retired ones left out."""
    return [Question.from_dict(json.loads(r.data)) for r in s.scalars(
        select(BankQuestion).where(BankQuestion.bank == bank, BankQuestion.retired_at.is_(None))
        .order_by(BankQuestion.question_id))]


def makeup_learners(s: Session, exam: ExamDefinition, main_exam_id: str) -> list[str]:
    """Who the make-up is for: those who should have sat the main exam (active, and eligible by its
    units, ranks and leader rule) and have no passing result that counts (counted, or accepted by an
    administrator: a rejected "pass" is none): the absent and the failed. A learner with a result still held
    is neither, until an administrator decides (one over the main exam's allowance was offered the make-up,
    and its result counted: a fifth outside round of issue 14)."""
    from sync_server.directory.service import subtree
    from sync_server.reports.units import exam_counting
    from sync_server.results.counted import COUNTED
    rules = exam.eligibility
    scope: set[str] | None = None
    if rules.units:
        scope = set().union(*(subtree(s, u) for u in rules.units))
    learners = s.scalars(select(Learner).where(Learner.status == "active"))
    counting = exam_counting(s, main_exam_id)
    out = []
    undecided = set(s.scalars(select(Result.learner_no).where(Result.exam_id == main_exam_id,
                                                              Result.review == "held")))
    for learner in learners:
        if (scope is not None and learner.unit_id not in scope) or learner.learner_no in undecided:
            continue
        if (rules.leaders_only and not learner.is_leader) or (rules.ranks and learner.rank not in rules.ranks):
            continue
        mine = sorted((r.submitted_at, r.server_score, r.outcome) for r in s.execute(
            select(Result.submitted_at, Result.server_score, Result.outcome).where(
                Result.exam_id == main_exam_id, Result.learner_no == learner.learner_no,
                Result.review.in_(COUNTED))))
        index = counted_index([Fraction(score) for _, score, _ in mine], counting)
        if index is None or mine[index][2] != "passed":
            out.append(learner.learner_no)
    return sorted(out)


def build_exam(ctx: ServerContext, exam: ExamDefinition, bank: str, recipients: list[Recipient],
               makeup_of: str | None = None, again: bool = False) -> BuiltExam:
    """Raises ValueError (a paper cannot be drawn from the bank, an empty bank, an exam id built before …),
    PackageError.

    ``makeup_of``: the main exam's id; the package is then a make-up open only to its absent and failed.
    ``again``: build an exam whose id was built before on purpose (both packages are then open to learners)."""
    package_id = str(uuid.uuid4())
    with ctx.sessions() as s:
        earlier = s.scalars(select(Package).where(Package.exam_id == exam.exam_id)
                            .order_by(Package.imported_at.desc())).first()
        if earlier is not None and makeup_of is None and not again:   # stations would list both as open
            raise ValueError(Words("the exam {exam_id} was built already (package {package_id}, {when}); stations "
                                   "would list both as open: give this exam another exam_id, or build it again on "
                                   "purpose with --again", exam_id=exam.exam_id, package_id=earlier.package_id,
                                   when=earlier.imported_at.strftime("%Y-%m-%d %H:%M")))
        questions = bank_questions(s, bank)
        if makeup_of is not None:
            who = makeup_learners(s, exam, makeup_of)
            if not who:
                raise ValueError(Words("everyone who should sit {exam_id} has passed it: no make-up is needed",
                                       exam_id=makeup_of))
            exam = replace(exam, is_makeup=True, eligibility=replace(
                exam.eligibility, learner_hashes=tuple(learner_hash(package_id, no) for no in who)))
    if not questions:
        with ctx.sessions() as s:
            banks = sorted(s.scalars(select(BankQuestion.bank).where(BankQuestion.retired_at.is_(None)).distinct()))
        if banks:
            raise ValueError(Words("the bank {bank} has no questions here; the banks with questions: {banks}",
                                   bank=bank, banks=", ".join(banks)))
        raise ValueError(Words("this server has no questions yet: import a bank first (xuefa-server "
                               "import-questions FILE --bank {bank})", bank=bank))
    mine = ctx.keys.recipient()
    named = [mine] + [r for r in recipients if r.public_key != mine.public_key]
    code, proctor_password = new_start_code(), new_start_code()
    data = build_package(exam, questions, issuer=ctx.keys.signing, issuer_name=ctx.keys.name, recipients=named,
                         start_code=code, proctor_password=proctor_password,
                         package_id=package_id)
    with ctx.sessions.begin() as s:
        trust_issuer(s, ctx.keys.signing.public_raw(), ctx.keys.name, utc_naive(ctx.clock.now()))
        store_package(ctx, s, data)
    return BuiltExam(package_id, data, len(questions), code, proctor_password,
                     len(exam.eligibility.learner_hashes) if makeup_of else 0)
