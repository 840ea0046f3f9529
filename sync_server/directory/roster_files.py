"""Roster spreadsheets in and out, and the account slips handed to new learners.

Import reads the project's template and the header names units commonly use (姓名, 学号/账号, 单位,
职务级别, 手机号 …). It is all or nothing: every bad row is named and nothing changes until the file is
right. A learner already on the roster keeps their account, password and history; a different unit is a
transfer. New learners get a random one-time password, printed once on their slip.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.banks.common import RowProblem, reason_of
from examcore.cli_text import Words
from sync_server import audit
from sync_server.directory.headcount import claim_numbers, lock_counted
from sync_server.directory.service import (DirectoryError, LearnerFields, check_exemption, ensure_roster_kept_here,
                                   initial_passwords, local_day, put_learner)
from sync_server.models import Learner, Unit

log = logging.getLogger(__name__)

HEADERS = {
    "学号": "learner_no", "账号": "learner_no", "学员编号": "learner_no", "用户名": "learner_no", "登录账号": "learner_no",
    "姓名": "name", "学员姓名": "name",
    "单位": "unit", "所在单位": "unit", "单位名称": "unit", "单位编号": "unit", "单位代码": "unit",
    "职务级别": "rank", "职级": "rank", "职务": "rank",
    "是否领导": "leader", "领导干部": "leader", "是否领导干部": "leader",
    "手机号": "phone", "手机号码": "phone", "联系电话": "phone", "手机": "phone",
    "状态": "status", "人员状态": "status",
    "免考原因": "exempt_reason", "免考事由": "exempt_reason", "免考理由": "exempt_reason",
    "免考开始": "exempt_from", "免考开始日期": "exempt_from", "免考起始日期": "exempt_from",
    "免考截止": "exempt_until", "免考截止日期": "exempt_until", "免考结束日期": "exempt_until", "免考期限": "exempt_until",
}
TEMPLATE = ["学号", "姓名", "单位", "职务级别", "是否领导", "手机号", "状态", "免考原因", "免考开始", "免考截止"]
STATUS_WORDS = {"在职": "active", "正常": "active", "active": "active", "": "active",
                "调出": "transferred", "调离": "transferred", "transferred": "transferred",
                "退休": "retired", "retired": "retired", "免考": "exempt", "exempt": "exempt"}
STATUS_NAMES = {"active": "在职", "transferred": "调出", "retired": "退休", "exempt": "免考"}
YES = {"是", "y", "yes", "true", "1", "√", "领导"}
NO = {"否", "n", "no", "false", "0", "×", ""}


@dataclass
class Slip:
    learner_no: str
    name: str
    unit: str
    password: str
    expires_at: datetime


@dataclass
class RosterImport:
    file: str
    added: list[Slip] = field(default_factory=list)
    updated: int = 0
    transferred: int = 0
    problems: list[RowProblem] = field(default_factory=list)


def _key(text: object) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text or "")))


def _date(v: object) -> date | None:
    """A date cell, or text such as 2027-06-30, 2027/6/30, 2027.6.30 or 2027年6月30日; ValueError if not."""
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    found = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+00:00(?::00)?)?",
                         _value(v))
    try:
        if not found:
            raise ValueError
        return date(*(int(g) for g in found.groups()))
    except ValueError:   # no date at all, or 2027-02-30
        raise ValueError(Words("{value!r} is not a date (write it as 2027-06-30)", value=_value(v))) from None


def _value(v: object) -> str:
    if v is None:
        return ""
    return unicodedata.normalize("NFKC", str(v)).strip()


def import_roster_recorded(sessions, path: Path, now: datetime, label: str, allowed_units: set[str] | None = None,
                           progress: Callable[[int, int], None] | None = None,
                           first: Callable[[Session], None] | None = None) -> RosterImport:
    """``import_roster`` in a transaction of its own, as the console and ``import-roster`` both run it: a
    roster with problems changes nothing (rolled back) and its refusal is logged in its own transaction; one
    without is logged with what it did, in the same. ``sessions``: the server's session factory; ``label``:
    the file's name as the log names it; ``first(s)``: a check run in the transaction before the import (its
    exception goes to the caller, and nothing is logged)."""
    with sessions.begin() as s:
        if first is not None:
            first(s)
        done = import_roster(s, path, now, allowed_units=allowed_units, progress=progress)
        if done.problems:
            s.rollback()
        else:
            audit.record(s, "roster.import", f"file:{label}", now, detail=f"{len(done.added)} added, "
                         f"{done.updated} updated, {done.transferred} moved")
    if done.problems:
        with sessions.begin() as s:
            audit.record(s, "roster.import", f"file:{label}", now, "refused", f"{len(done.problems)} problem(s)")
    return done


def import_roster(s: Session, path: Path, now: datetime, allowed_units: set[str] | None = None,
                  progress: Callable[[int, int], None] | None = None) -> RosterImport:
    """``allowed_units``: an administrator's subtree; rows for other units are problems, not changes.
    ``progress(done, total)``: the new learners' one-time passwords made (``initial_passwords``)."""
    from examcore.banks.common import FileRefused
    from examcore.banks.excel_bank import NOT_A_WORKBOOK, Unshown, first_sheet_rows
    path = Path(path)
    report = RosterImport(path.name)

    def bad(row: int | None, column: str | None, message: str) -> None:
        report.problems.append(RowProblem(path.name, row, column, message))
    try:
        ensure_roster_kept_here(s)
    except DirectoryError as exc:   # said once, not on each row
        bad(None, None, exc.detail)
        return report
    try:
        rows = first_sheet_rows(path)
        header = next(rows, ())
    except FileRefused as exc:   # an oversized part or sheet: its own words
        bad(None, None, reason_of(exc))
        return report
    except Exception as exc:  # calamine's errors for unreadable files
        log.info("roster %s is not a workbook: %s", path.name, exc)
        bad(None, None, NOT_A_WORKBOOK)
        return report
    columns: dict[str, tuple[int, str]] = {}
    for i, h in enumerate(header):
        name = HEADERS.get(_key(h))
        if name and name not in columns:
            columns[name] = (i, str(h))
    missing = [want for want, name in (("学号", "learner_no"), ("姓名", "name"), ("单位", "unit"))
               if name not in columns]
    if missing:
        bad(1, None, Words("missing column(s) {items}; found: {value}",
                           items=', '.join(missing), value=', '.join(str(h) for h in header if h) or 'none'))
        return report
    units = list(s.scalars(select(Unit)))
    by_id = {u.unit_id: u for u in units}
    by_name: dict[str, list[Unit]] = {}
    for u in units:
        by_name.setdefault(_key(u.name), []).append(u)
    seen: dict[str, int] = {}
    today = local_day(now)
    planned: list[tuple[int, str, LearnerFields]] = []
    for rownum, row in enumerate(rows, start=2):
        def cell(name: str) -> str:
            i = columns.get(name, (None,))[0]
            return _value(row[i]) if i is not None and i < len(row) else ""
        if not any(_value(v) for v in row):
            continue
        unshown = [(h, row[i]) for i, h in columns.values() if i < len(row) and isinstance(row[i], Unshown)]
        if unshown:   # a number Excel shows otherwise than its value, in a way Xuefa cannot be sure of
            for header_text, value in unshown:
                bad(rownum, header_text, Words("Xuefa cannot be sure what Excel shows here ({reason}); format the cell "
                                               "as Text (设置单元格格式 → 文本) and type what it should say",
                                               reason=value.reason))
            continue
        learner_no, name, unit_text = cell("learner_no"), cell("name"), cell("unit")
        col = {k: v[1] for k, v in columns.items()}
        if not learner_no or len(learner_no) > 40:
            bad(rownum, col["learner_no"],
                Words("the learner number is empty") if not learner_no else Words("longer than 40"))
            continue
        if learner_no in seen:
            bad(rownum, col["learner_no"], Words("{learner_no} is also on row {seen}",
                                                 learner_no=learner_no, seen=seen[learner_no]))
            continue
        seen[learner_no] = rownum
        if not name:
            bad(rownum, col["name"], Words("the name is empty"))
            continue
        unit = by_id.get(unit_text)
        if unit is None:
            named = by_name.get(_key(unit_text), [])
            if len(named) > 1:
                bad(rownum, col["unit"], Words("several units are called {unit_text}; use the unit code ({items})",
                                               unit_text=unit_text, items=', '.join(u.unit_id for u in named)))
                continue
            unit = named[0] if named else None
        if unit is None:
            bad(rownum, col["unit"], Words("no unit {unit_text!r} (by code or name)", unit_text=unit_text))
            continue
        if allowed_units is not None and unit.unit_id not in allowed_units:
            bad(rownum, col["unit"], Words("{name} is outside the units you administer", name=unit.name))
            continue
        status = STATUS_WORDS.get(cell("status").lower())
        if status is None:
            bad(rownum, col.get("status"), Words("unknown status {status!r} (在职, 调出, 退休 or 免考)",
                                                 status=cell('status')))
            continue
        leader_text = cell("leader").lower()
        if leader_text not in YES | NO:
            bad(rownum, col.get("leader"), Words("{leader!r} is not 是 or 否", leader=cell('leader')))
            continue
        period: list[date | None] = []
        for k in ("exempt_from", "exempt_until"):
            try:
                period.append(_date(row[columns[k][0]]) if k in columns and columns[k][0] < len(row) else None)
            except ValueError as exc:
                bad(rownum, col[k], reason_of(exc))
                break
        if len(period) < 2:
            continue
        fields = LearnerFields(name, unit.unit_id, cell("rank"), leader_text in YES, cell("phone"), status,
                               cell("exempt_reason"), *period)
        problem = check_exemption(fields, today)
        if problem:
            bad(rownum, col.get("exempt_reason") or col.get("status"), problem)
            continue
        planned.append((rownum, learner_no, fields))
    # the new learners' verifiers first, on every core and under no lock: they are the import's time (a
    # number added meanwhile leaves its verifier unused; one deleted meanwhile gets one made in the loop)
    numbers = [no for _, no, _ in planned]
    ready: dict[str, tuple[str, str]] = {}
    if not report.problems:
        known = set[str]()
        for i in range(0, len(numbers), 500):
            known.update(s.scalars(select(Learner.learner_no).where(Learner.learner_no.in_(numbers[i:i + 500]))))
        ready = initial_passwords([no for no in numbers if no not in known], progress)
    claim_numbers(s, numbers)  # new numbers too, then their rows: one order, no deadlock
    # (before the units they are held in are judged: another import adding one now is waited for)
    if allowed_units is not None:   # a number held outside the admin's units: refused as the API does
        held: dict[str, str] = {}
        for i in range(0, len(numbers), 500):
            held.update(s.execute(select(Learner.learner_no, Learner.unit_id)
                                  .where(Learner.learner_no.in_(numbers[i:i + 500]))).tuples().all())
        for rownum, learner_no, _ in planned:
            if learner_no in held and held[learner_no] not in allowed_units:
                bad(rownum, columns["learner_no"][1], Words(
                    "learner number {learner_no} cannot be added or changed by you; if the person moved to your unit, "
                    "an administrator over both units moves them", learner_no=learner_no))
    if report.problems:
        return report  # nothing changes until the file is right
    lock_counted(s, [no for _, no, _ in planned])   # before changing them in the file's order
    for rownum, learner_no, fields in planned:
        before = s.get(Learner, learner_no)
        old_unit = before.unit_id if before is not None else None
        try:
            learner, password = put_learner(s, learner_no, fields, now, claimed=True, initial=ready.get(learner_no))
        except DirectoryError as exc:
            bad(rownum, None, exc.detail)
            continue
        if password is not None:
            report.added.append(Slip(learner_no, fields.name, by_id[fields.unit_id].name, password,
                                     learner.password_expires_at or now))
        else:
            report.updated += 1
            report.transferred += int(old_unit != fields.unit_id)
    return report


def export_roster(s: Session, path: Path, units: set[str] | None = None) -> int:
    """The roster (or an administrator's part of it) in the import template's layout."""
    from openpyxl import Workbook

    from examcore.spreadsheet import append_row
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("学员名册")
    append_row(ws, TEMPLATE)
    names = {u.unit_id: u.name for u in s.scalars(select(Unit))}
    query = select(Learner).order_by(Learner.unit_id, Learner.learner_no)
    if units is not None:
        query = query.where(Learner.unit_id.in_(list(units)))
    count = 0
    for r in s.scalars(query):
        append_row(ws, [r.learner_no, r.name, names.get(r.unit_id, r.unit_id), r.rank, "是" if r.is_leader else "否",
                        r.phone, STATUS_NAMES.get(r.status, r.status), r.exempt_reason or None, r.exempt_from,
                   r.exempt_until])
        count += 1
    wb.save(path)
    return count


def _draw(pdf, x: float, y: float, text: str, size: float, latin: str = "Helvetica") -> float:
    """Chinese in the embedded Chinese font (sync_server/pdf_font.py), Latin letters and digits in a
    standard font: a password is always drawn in the same distinct glyphs, and stays searchable text.
    Returns the x after the text."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from sync_server.pdf_font import chinese_font
    chinese = chinese_font()
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        font = latin if run[0].isascii() else chinese
        pdf.setFont(font, size)
        pdf.drawString(x, y, run)
        x += stringWidth(run, font, size)
    return x


def write_slips(path: Path, slips: list[Slip], issuer: str) -> None:
    """Account slips, six to a page, grouped by unit, to cut apart and hand out."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from examcore.private_files import create_private
    create_private(path)   # one-time passwords: the administrator's account only, until printed and deleted
    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)  # small; and the text stays checkable
    pdf.setTitle("学法考试账号通知单")
    width, height = A4
    slip_h = height / 6
    for n, slip in enumerate(sorted(slips, key=lambda x: (x.unit, x.learner_no))):
        if n and n % 6 == 0:
            pdf.showPage()
        top = height - (n % 6) * slip_h
        pdf.setDash(3, 3)
        pdf.line(30, top - slip_h + 4, width - 30, top - slip_h + 4)
        pdf.setDash()
        _draw(pdf, 50, top - 32, f"学法考试账号通知单　　{slip.unit}", 14)
        _draw(pdf, 50, top - 58, f"姓名：{slip.name}　　学号（登录账号）：{slip.learner_no}", 12)
        x = _draw(pdf, 50, top - 84, "初始密码：", 12)
        x = _draw(pdf, x, top - 84, slip.password, 15, latin="Courier-Bold")  # every character distinct
        _draw(pdf, x + 12, top - 84, f"（一次性，{slip.expires_at:%Y-%m-%d} 前有效，首次登录须修改）", 11)
        _draw(pdf, 50, top - 106, f"请妥善保管，勿交他人。签发：{issuer}", 9)
    if not slips:
        _draw(pdf, 50, height - 60, "本次没有新账号。", 12)
    pdf.save()
