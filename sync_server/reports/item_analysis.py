"""Item analysis per exam, to find bad questions: how hard each question was (facility), whether it told
strong candidates from weak ones (discrimination), and how often each option was chosen.

Worked out from the stored original envelopes (this server can open them): each result is opened and
re-graded item by item, exactly as at ingest. Every attempt counts once.

- facility = mean share of the item's points earned (1.0: everyone right);
- discrimination = facility among the top 27 % by total score minus facility among the bottom 27 %
  (the classical upper-lower index; below about 0.2 the question does not separate, negative means the
  weaker candidates did better: look at the key);
- options: how many chose each option (choice questions), and how many left the item unanswered.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import select

from examcore.chain import responses_from_events
from examcore.grading import grade_paper
from examcore.package import ExamContent, parse_package
from examcore.sealed import Envelope, open_envelope
from sync_server.context import ServerContext
from sync_server.models import Package, Result

GROUP = Fraction(27, 100)


@dataclass
class ItemStats:
    question_id: str
    stem: str
    answer: str
    shown: int = 0
    facility: float = 0.0
    discrimination: float | None = None
    chosen: Counter = field(default_factory=Counter)
    unanswered: int = 0

    def to_dict(self) -> dict:
        return {"question_id": self.question_id, "stem": self.stem, "answer": self.answer, "shown": self.shown,
                "facility": round(self.facility, 3),
                "discrimination": None if self.discrimination is None else round(self.discrimination, 3),
                "chosen": dict(sorted(self.chosen.items())), "unanswered": self.unanswered}


def item_analysis(ctx: ServerContext, exam_id: str) -> list[ItemStats]:
    contents: dict[str, ExamContent] = {}
    # per result: total share of points, and per item (question id, share earned, response)
    sheets: list[tuple[Fraction, list[tuple[str, Fraction, tuple[str, ...] | None]]]] = []
    with ctx.sessions() as s:
        rows = list(s.execute(select(Result.envelope, Result.package_id).where(Result.exam_id == exam_id)))
        for package_id in {r.package_id for r in rows}:
            parsed = parse_package(Package.stored(s, package_id).data, None)
            contents[package_id] = parsed.open_body(parsed.unwrap_for_recipient(ctx.keys.results))
    for envelope_bytes, package_id in rows:
        content = contents[package_id]
        payload = open_envelope(Envelope.from_bytes(envelope_bytes), ctx.keys.results)
        paper = content.draw(payload.variant, payload.seed)
        responses = responses_from_events(payload.events)
        grade = grade_paper(paper, content.questions, responses, content.exam.pass_mark,
                            content.exam.multiple_partial_credit)
        total = Fraction(grade.score) / grade.max_score if grade.max_score else Fraction(0)
        sheets.append((total, [(g.question_id, Fraction(g.earned) / g.points if g.points else Fraction(0),
                                responses.get(g.question_id)) for g in grade.items]))
    questions = {qid: q for content in contents.values() for qid, q in content.questions.items()}
    stats: dict[str, ItemStats] = {}
    shares: dict[str, list[Fraction]] = defaultdict(list)
    ranked = sorted(range(len(sheets)), key=lambda n: sheets[n][0])
    size = int(len(sheets) * GROUP) or (1 if len(sheets) >= 2 else 0)
    lower, upper = set(ranked[:size]), set(ranked[-size:]) if size else set()
    group_shares: dict[str, dict[str, list[Fraction]]] = defaultdict(lambda: {"upper": [], "lower": []})
    for n, (_, items) in enumerate(sheets):
        for qid, share, response in items:
            q = questions[qid]
            item = stats.setdefault(qid, ItemStats(qid, q.stem[:60], ",".join(q.answer)))
            item.shown += 1
            shares[qid].append(share)
            if response:
                item.chosen.update(response if q.type.has_options else ())
            else:
                item.unanswered += 1
            if n in upper:
                group_shares[qid]["upper"].append(share)
            if n in lower:
                group_shares[qid]["lower"].append(share)
    for qid, item in stats.items():
        item.facility = float(sum(shares[qid]) / len(shares[qid]))
        up, low = group_shares[qid]["upper"], group_shares[qid]["lower"]
        if up and low:
            item.discrimination = float(sum(up) / len(up) - sum(low) / len(low))
    return sorted(stats.values(), key=lambda i: (i.discrimination if i.discrimination is not None else 9, i.facility))
