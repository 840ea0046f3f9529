"""The sitting report: who sat, who was absent and why, scores as re-graded here, irregularities and
every proctor action, as data, Excel and PDF."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from examcore.cli_text import Words
from examcore.clock import from_utc_naive, local_text
from sync_server.models import Learner, Result, Sitting, SittingEvent, SittingSeat
from sync_server.sittings.service import SittingError, sitting_dict

SEAT_COLUMNS = ["座位", "学号", "姓名", "状态", "成绩", "结果", "异常", "备注"]
STATE_ZH = {"not_logged_in": "未登录", "waiting": "等待开考", "in_progress": "作答中", "submitted": "已交卷",
            "missing": "缺考"}
OUTCOME_ZH = {"passed": "合格", "failed": "不合格", "pending": "待阅卷"}
IRREGULAR_ZH = {"focus_lost": "切出窗口", "clock_jump": "时钟跳变", "interrupted": "重启", "inactive": "无操作",
                "suspended": "休眠", "clock_behind": "时钟回拨", "system_focus": "系统窗口抢焦点（不计）",
                "environment:screens": "多个屏幕", "environment:remote": "远程会话", "environment:vm": "虚拟机",
                "environment:programs": "运行禁用程序", "environment:not_on_top": "失去置顶",
                "environment:not_full_screen": "退出全屏", "environment:overlay": "窗口覆盖考试",
                "environment:not_on_every_desktop": "移出桌面", "environment:keyboard_released": "键盘锁定失效",
                "environment:windowed": "普通窗口（--windowed）",
                "drop_refused": "拖入被拒", "proctor_password_wrong": "监考密码错误"}
EVENT_ZH = {"created": "创建场次", "logged_in": "考生登录", "started": "宣布开考", "extra_time": "延长时间",
            "pause": "暂停计时", "unpause": "恢复计时", "force_submit": "代为交卷", "closing": "结束考试",
            "closed": "场次完成", "missing": "记为缺考", "submitted": "交卷", "late_login_refused": "迟到拒绝入场",
            "moved_station": "更换考试机", "seat_moved": "更换考试机", "start_code_set": "录入开考码",
            "start_code_shown": "查看开考码", "closed_login_refused": "场次已结束，拒绝入场",
            "wrong_room_refused": "非本考场的考试机，拒绝入场", "code_action_refused": "授权码操作被拒",
            "second_result": "同一场次再次交卷"}
SITTING_STATE_ZH = {"scheduled": "未开考", "started": "考试中", "closing": "正在结束", "closed": "已结束"}
# the English details the sitting log keeps (sittings/service.py), said in the report's Chinese
_DETAILS = ((re.compile(r"(\d+) seat\(s\), room (.*)"), "{0} 个座位，考场 {1}"),
            (re.compile(r"(\d+) forced"), "代为交卷 {0} 人"),
            (re.compile(r"(\d+) min: (.*)", re.S), "{0} 分钟：{1}"))


def event_words(kind: str) -> str:
    """A sitting-log kind in the report's Chinese: an action the station applied (``*_applied``) or one
    taken with the proctor's code offline (``*_by_code``) is its action's name with how."""
    if kind.endswith("_applied"):
        return EVENT_ZH.get(kind.removesuffix("_applied"), kind) + "（已生效）"
    if kind.endswith("_by_code"):
        return EVENT_ZH.get(kind.removesuffix("_by_code"), kind) + "（凭授权码）"
    return EVENT_ZH.get(kind, kind)


def detail_words(detail: str) -> str:
    for pattern, words in _DETAILS:
        if match := pattern.fullmatch(detail or ""):
            return words.format(*match.groups())
    return detail or ""


def sitting_report(s: Session, sitting_id: str) -> dict:
    sitting = s.get(Sitting, sitting_id)
    if sitting is None:
        raise SittingError("not_found", Words("there is no sitting {sitting_id}: `sittings list` shows the sittings "
                                                  "and their ids", sitting_id=sitting_id))
    seats = list(s.scalars(select(SittingSeat).where(SittingSeat.sitting_id == sitting_id)
                           .order_by(SittingSeat.seat, SittingSeat.learner_no)))
    names = dict(s.execute(select(Learner.learner_no, Learner.name)
                           .where(Learner.learner_no.in_([x.learner_no for x in seats]))).all())
    results = {r.result_id: r for r in s.scalars(select(Result).where(
        Result.result_id.in_([x.result_id for x in seats if x.result_id])))}
    rows = []
    for seat in seats:
        result = results.get(seat.result_id or "")
        irregular = {k: v for k, v in json.loads(seat.irregularities or "{}").items() if v}
        rows.append({"seat": seat.seat, "learner_no": seat.learner_no, "name": names.get(seat.learner_no, ""),
                     "state": seat.state, "score": result.server_score if result else None,
                     "outcome": result.outcome if result else None,
                     "result_received": result is not None or seat.result_id is None,
                     "irregularities": irregular, "note": seat.note})
    sat = [r for r in rows if r["state"] == "submitted"]
    events: list[dict[str, Any]] = [{"at": from_utc_naive(e.created_at).isoformat(), "kind": e.kind, "learner_no": e.learner_no,
               "actor": e.actor, "detail": e.detail}
              for e in s.scalars(select(SittingEvent).where(SittingEvent.sitting_id == sitting_id)
                                 .order_by(SittingEvent.id))]
    return {"sitting": sitting_dict(sitting),
            "counts": {"seated": len(rows), "sat": len(sat),
                       # nobody is absent from a sitting that has not started yet
                       "absent": 0 if sitting.state == "scheduled" else
                       sum(r["state"] in ("missing", "not_logged_in") for r in rows),
                       "passed": sum(r["outcome"] == "passed" for r in sat),
                       "failed": sum(r["outcome"] == "failed" for r in sat),
                       "results_not_received": sum(not r["result_received"] for r in rows),
                       "with_irregularities": sum(bool(r["irregularities"]) for r in rows)},
            "seats": rows,
            "proctor_actions": [e for e in events if e["actor"] != "server" and not e["actor"].startswith("station")
                                and e["kind"] not in ("logged_in", "submitted")],
            "events": events}


def _seat_cells(r: dict) -> list:
    return [r["seat"], r["learner_no"], r["name"], STATE_ZH.get(r["state"], r["state"]), r["score"] or "",
            OUTCOME_ZH.get(r["outcome"] or "", "" if r["result_received"] else "成绩未到"),
            "、".join(f"{IRREGULAR_ZH.get(k, k)}{v}次" for k, v in sorted(r["irregularities"].items())), r["note"]]


def _summary_line(report: dict) -> str:
    c = report["counts"]
    return (f"应考 {c['seated']} 人，实考 {c['sat']} 人，缺考 {c['absent']} 人，合格 {c['passed']} 人，"
            f"不合格 {c['failed']} 人，有异常 {c['with_irregularities']} 人")


def write_sitting_excel(path: Path, report: dict) -> None:
    from openpyxl import Workbook

    from examcore.spreadsheet import append_row
    sitting = report["sitting"]
    wb = Workbook()
    ws = wb.active
    ws.title = "考场情况"
    append_row(ws, [f"{sitting['title']} {sitting['room']} {local_text(sitting['starts_at'])}"])
    append_row(ws, [_summary_line(report)])
    append_row(ws, SEAT_COLUMNS)
    for r in report["seats"]:
        append_row(ws, _seat_cells(r))
    log = wb.create_sheet("监考记录")
    append_row(log, ["时间", "事项", "学号", "操作人", "说明"])
    for e in report["events"]:
        append_row(log, [local_text(e["at"], "%Y-%m-%d %H:%M:%S"), event_words(e["kind"]), e["learner_no"] or "",
                         e["actor"], detail_words(e["detail"])])
    wb.save(path)


def write_sitting_pdf(path: Path, report: dict) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from sync_server.directory.roster_files import _draw
    pdf = canvas.Canvas(str(path), pagesize=A4, pageCompression=0)
    sitting = report["sitting"]
    pdf.setTitle(f"考场情况报告 {sitting['room']}")
    width, height = A4
    y = height - 50

    def line(text: str, size: float = 10, x: float = 40) -> None:
        nonlocal y
        if y < 50:
            pdf.showPage()
            y = height - 50
        _draw(pdf, x, y, text, size)
        y -= size + 8
    line(f"考场情况报告　{sitting['title']}", 15)
    line(f"{sitting['room']}　开考时间 {local_text(sitting['starts_at'])}　状态 "
         f"{SITTING_STATE_ZH.get(sitting['state'], sitting['state'])}", 11)
    line(_summary_line(report), 11)
    y -= 6
    widths = [40, 80, 60, 50, 40, 55, 110, 90]
    for r in [SEAT_COLUMNS] + [[str(c) for c in _seat_cells(r)] for r in report["seats"]]:
        cells = [_wrapped(text, w - 4, 9) for text, w in zip(r, widths)]   # a long cell wraps, never cut
        rows = max(len(c) for c in cells)
        if y - 12 * rows < 50:
            pdf.showPage()
            y = height - 50
        x = 40
        for lines, w in zip(cells, widths):
            for n, text in enumerate(lines):
                _draw(pdf, x, y - 12 * n, text, 9)
            x += w
        y -= 12 * rows + 4
    y -= 10
    line("监考记录", 12)
    for e in report["proctor_actions"]:
        line(f"{local_text(e['at'], '%H:%M:%S')}　{event_words(e['kind'])}　{e['learner_no'] or '全场'}　"
             f"{e['actor']}　{detail_words(e['detail'])}", 9)
    pdf.save()


def _wrapped(text: str, width: float, size: float) -> list[str]:
    """``text`` in lines no wider than ``width`` points at ``size`` (between any two characters: the cells
    are names, numbers and Chinese lists)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from sync_server.pdf_font import chinese_font
    chinese = chinese_font()
    lines, current, used = [], "", 0.0
    for ch in text:
        advance = stringWidth(ch, "Helvetica" if ch.isascii() else chinese, size)
        if current and used + advance > width:
            lines.append(current)
            current, used = "", 0.0
        current, used = current + ch, used + advance
    return lines + [current] if current or not lines else lines
