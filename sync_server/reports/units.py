"""Participation and pass rates per unit, with drill-down through the units tree.

Who counts (as the provinces' platforms count):
- a learner counts in the unit they belong to when the report is made: after a transfer inside the
  tree, their results go with them to the new unit;
- learners marked transferred (left this tree) or retired are not counted; exempt learners are shown as
  exempt and count neither for nor against the rates;
- should sit = the active learners; sat = those with at least one result for the exam (its make-up
  included); the result that counts is the best or the last, as the exam says;
- participation rate = sat / should sit; pass rate = passed / should sit; the average score is over
  those who sat. Results still awaiting the marking of short answers are shown as pending;
- the average study points are over those who should sit, under the plan of the exam's year, counting
  what was earned by the plan's deadline.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from fractions import Fraction

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from examcore.exam import Counting
from examcore.grading import counted_index
from examcore.package import PackageHeader, parse_package
from sync_server.directory.service import subtree
from sync_server.models import CountedAttempt, Headcount, Package, Result, StudyPoints, Unit
from sync_server.study.service import exam_plan_id


@dataclass
class UnitFigures:
    unit_id: str
    name: str
    should_sit: int = 0
    exempt: int = 0
    sat: int = 0
    passed: int = 0
    failed: int = 0
    pending: int = 0
    score_cents: int = 0         # the counted scores of those who sat, x 100 (scores have two decimals)
    points_sum: int = 0          # study points (by the plan's deadline) of those who should sit
    has_plan: bool = False       # a study plan covers the exam's year (else no average is shown)

    @property
    def absent(self) -> int:
        return self.should_sit - self.sat

    @property
    def participation(self) -> float | None:
        return self.sat / self.should_sit if self.should_sit else None

    @property
    def pass_rate(self) -> float | None:
        return self.passed / self.should_sit if self.should_sit else None

    @property
    def average(self) -> float | None:
        return self.score_cents / 100 / self.sat if self.sat else None

    @property
    def average_points(self) -> float | None:
        return self.points_sum / self.should_sit if self.should_sit and self.has_plan else None

    def add(self, other: "UnitFigures") -> None:
        for name in ("should_sit", "exempt", "sat", "passed", "failed", "pending", "score_cents", "points_sum"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.has_plan = self.has_plan or other.has_plan

    def to_dict(self) -> dict:
        return {"unit_id": self.unit_id, "name": self.name, "should_sit": self.should_sit, "exempt": self.exempt,
                "sat": self.sat, "passed": self.passed, "failed": self.failed, "pending": self.pending,
                "absent": self.absent, "participation_rate": _round(self.participation),
                "pass_rate": _round(self.pass_rate), "average_score": _round(self.average, 2),
                "average_study_points": _round(self.average_points, 2)}


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


@dataclass
class UnitReport:
    exam_id: str
    unit: UnitFigures                  # the whole subtree
    children: list[UnitFigures]        # each child unit's subtree: the drill-down
    own: UnitFigures                   # learners attached to the unit itself
    held: dict[str, int] = field(default_factory=dict)   # results held back (not counted): total, per rule

    def to_dict(self) -> dict:
        return {"exam_id": self.exam_id, "total": self.unit.to_dict(), "own": self.own.to_dict(),
                "children": [c.to_dict() for c in self.children], "held_back": self.held,
                "footnote": held_footnote(self.held)}


def held_footnote(held: dict[str, int]) -> str:
    """The report's footnote: how many results are held back from it and why (empty when none are)."""
    from sync_server.results.acceptance import RULES_ZH
    if not held.get("total"):
        return ""
    why = "；".join(f"{RULES_ZH.get(code, code)} {n} 份" for code, n in held.items() if code != "total")
    return f"注：另有 {held['total']} 份成绩因不符合受理规则暂未计入，待管理员审核（{why}）。"


def exam_counting(s: Session, exam_id: str) -> Counting:
    row = s.scalars(select(Package).where(Package.exam_id == exam_id).order_by(Package.imported_at.desc())).first()
    return parse_package(row.data, None).header.counting if row is not None else Counting.BEST


def unit_report(s: Session, exam_id: str, unit_id: str, leaders_only: bool = False) -> UnitReport:
    """Three GROUP BYs per report, none joining results to learners, all kept up to date as results arrive
    and as the roster changes (sync_server/results/counted.py): the headcounts per unit and status, the counted
    attempts per unit, and the study points per unit. The tree roll-up is done here (units are few)."""
    units = {u.unit_id: u for u in s.scalars(select(Unit))}
    scope = subtree(s, unit_id)
    plan_id = exam_plan_id(s, exam_id)
    part = len(scope) < len(units)   # a part of the tree: only its units are read (by index)

    def narrowed(query, table):
        if part:
            query = query.where(table.unit_id.in_(list(scope)))
        return query.where(table.is_leader.is_(True)) if leaders_only else query
    per_unit: dict[str, UnitFigures] = {u: UnitFigures(u, units[u].name, has_plan=plan_id is not None) for u in scope}
    for row in s.execute(narrowed(select(Headcount.unit_id, Headcount.status, func.sum(Headcount.n).label("n"))
                                  .where(Headcount.status.in_(("active", "exempt")))
                                  .group_by(Headcount.unit_id, Headcount.status), Headcount)):
        if row.unit_id in per_unit:
            figures = per_unit[row.unit_id]
            if row.status == "exempt":
                figures.exempt += row.n
            else:
                figures.should_sit += row.n
    best = exam_counting(s, exam_id) is Counting.BEST
    mark = CountedAttempt.best_mark if best else CountedAttempt.last_mark
    score = CountedAttempt.best_cents if best else CountedAttempt.last_cents
    for row in s.execute(narrowed(select(CountedAttempt.unit_id, func.count().label("sat"),
                                         func.sum(case((mark == 2, 1), else_=0)).label("passed"),
                                         func.sum(case((mark == 1, 1), else_=0)).label("failed"),
                                         func.sum(case((mark == 0, 1), else_=0)).label("pending"),
                                         func.sum(score).label("cents"))
                                  .where(CountedAttempt.exam_id == exam_id, CountedAttempt.status == "active")
                                  .group_by(CountedAttempt.unit_id), CountedAttempt)):
        if row.unit_id in per_unit:
            figures = per_unit[row.unit_id]
            figures.sat, figures.passed, figures.failed = row.sat, int(row.passed), int(row.failed)
            figures.pending, figures.score_cents = int(row.pending), int(row.cents)
    if plan_id is not None:
        for row in s.execute(narrowed(select(StudyPoints.unit_id, func.sum(StudyPoints.points_by_deadline).label("p"))
                                      .where(StudyPoints.plan_id == plan_id, StudyPoints.status == "active")
                                      .group_by(StudyPoints.unit_id), StudyPoints)):
            if row.unit_id in per_unit:
                per_unit[row.unit_id].points_sum = int(row.p or 0)
    children: dict[str | None, list[str]] = defaultdict(list)
    for u in scope:
        children[units[u].parent_id].append(u)

    totals: dict[str, UnitFigures] = {}

    def total(u: str) -> UnitFigures:   # each subtree summed once, however deep the tree
        if u not in totals:
            out = UnitFigures(u, units[u].name)
            out.add(per_unit[u])
            for child in children.get(u, []):
                out.add(total(child))
            totals[u] = out
        return totals[u]
    from sync_server.results.review import held_counts
    return UnitReport(exam_id, total(unit_id), [total(c) for c in sorted(children.get(unit_id, []))],
                      per_unit[unit_id], held_counts(s, scope, exam_id, include_unplaced=False))


COLUMNS = ["单位", "应考人数", "免考", "参考人数", "合格", "不合格", "待阅卷", "缺考", "参考率", "合格率", "平均分",
           "平均学法积分"]


def _cells(f: UnitFigures) -> list:
    pct = (lambda v: None if v is None else round(v * 100, 1))
    return [f.name, f.should_sit, f.exempt, f.sat, f.passed, f.failed, f.pending, f.absent, pct(f.participation),
            pct(f.pass_rate), None if f.average is None else round(f.average, 1),
            None if f.average_points is None else round(f.average_points, 1)]


def report_rows(report: UnitReport) -> list[list]:
    """The table as shown and exported: the unit's total, then one row per unit below it."""
    return [_cells(report.unit)] + [_cells(c) for c in report.children]


def write_report_excel(path, report: UnitReport, title: str) -> None:
    from openpyxl import Workbook

    from examcore.spreadsheet import append_row
    wb = Workbook()
    ws = wb.active
    ws.title = "参考及合格情况"
    append_row(ws, [title])
    append_row(ws, [c + ("（%）" if c in ("参考率", "合格率") else "") for c in COLUMNS])
    for row in report_rows(report):
        append_row(ws, row)
    if report.held.get("total"):
        ws.append([])
        append_row(ws, [held_footnote(report.held)])
    wb.save(path)


SUMMARY_COLUMNS = ["单位", "上级单位", "人数", "免考", "单位管理员", "联系电话", "电子邮箱"]


def unit_summary(s: Session, unit_id: str) -> list[dict]:
    """The table the provinces ask for: each unit of the subtree with its headcount (active and exempt
    learners attached to it) and its unit administrators' contacts."""
    from sync_server.models import AdminAccount
    scope = subtree(s, unit_id)
    units = {u.unit_id: u for u in s.scalars(select(Unit).where(Unit.unit_id.in_(list(scope))))}
    counts: dict[tuple[str, str], int] = {(r.unit_id, r.status): int(r.n) for r in s.execute(
        select(Headcount.unit_id, Headcount.status, func.sum(Headcount.n).label("n")).where(
            Headcount.unit_id.in_(list(scope)), Headcount.status.in_(("active", "exempt")))
        .group_by(Headcount.unit_id, Headcount.status))}   # kept as the roster changes (counted.py)
    admins: dict[str, list] = defaultdict(list)
    for a in s.scalars(select(AdminAccount).where(AdminAccount.unit_id.in_(list(scope)),
                                                  AdminAccount.role != "proctor")   # the table names administrators
                       .order_by(AdminAccount.username)):
        admins[a.unit_id].append(a)
    out = []
    for u in sorted(units.values(), key=lambda u: u.unit_id):
        parent = (units.get(u.parent_id) or s.get(Unit, u.parent_id)) if u.parent_id else None
        mine = admins.get(u.unit_id, [])
        out.append({"unit_id": u.unit_id, "name": u.name, "parent": parent.name if parent else "",
                    "headcount": counts.get((u.unit_id, "active"), 0) + counts.get((u.unit_id, "exempt"), 0),
                    "exempt": counts.get((u.unit_id, "exempt"), 0),
                    "admins": [{"name": a.full_name or a.username, "phone": a.phone, "email": a.email}
                               for a in mine]})
    return out


def summary_rows(rows: list[dict]) -> list[list]:
    return [[r["name"], r["parent"], r["headcount"], r["exempt"], "、".join(a["name"] for a in r["admins"]),
             "、".join(a["phone"] for a in r["admins"] if a["phone"]),
             "、".join(a["email"] for a in r["admins"] if a["email"])] for r in rows]


def personal_archive(s: Session, learner_no: str) -> list[dict]:
    """一人一档: every exam the learner sat, by year, with the attempt that counts and each attempt's score
    (a make-up package of the same exam shows as such)."""
    rows = list(s.execute(select(Result.exam_id, Result.package_id, Result.server_score, Result.outcome,
                                 Result.submitted_at, Result.review, Result.flags, Result.result_id, Result.device_id)
                          .where(Result.learner_no == learner_no).order_by(Result.submitted_at)))
    headers: dict[str, PackageHeader | None] = {}
    for package_id in {r.package_id for r in rows}:
        data = s.scalar(select(Package.data).where(Package.package_id == package_id))
        headers[package_id] = parse_package(data, None).header if data is not None else None
    out: dict[str, dict] = {}
    for r in rows:
        header = headers.get(r.package_id)
        exam = out.setdefault(r.exam_id, {"exam_id": r.exam_id, "title": getattr(header, "title", r.exam_id),
                                          "year": r.submitted_at[:4], "attempts": []})
        exam["attempts"].append({"submitted_at": r.submitted_at, "score": r.server_score, "outcome": r.outcome,
                                 "makeup": bool(header is not None and header.raw["exam"].get("is_makeup")),
                                 # held or rejected: stored and shown, never the attempt that counts
                                 "review": r.review, "flags": r.flags.split(",") if r.flags else [],
                                 "result_id": r.result_id, "device_id": r.device_id})
    for exam in out.values():
        counting = exam_counting(s, exam["exam_id"])
        standing = [a for a in exam["attempts"] if a["review"] in ("counted", "accepted")]
        index = counted_index([Fraction(a["score"]) for a in standing], counting)
        counted = standing[index if index is not None else -1] if standing else {"score": None, "outcome": None}
        exam["counted_score"], exam["counted_outcome"] = counted["score"], counted["outcome"]
    return sorted(out.values(), key=lambda e: (e["year"], e["exam_id"]))
