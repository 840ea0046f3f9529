"""`xuefa-server` commands. Reports: participation and pass rates, the personal archive, item analysis, the unit
summary."""
from __future__ import annotations

from pathlib import Path

import click
from sqlalchemy import select

from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr
from examcore.clock import from_utc_naive
from sync_server.cli_common import (Code, check_output, local_minute, open_server as _server, outcome_words,
                                    review_words, rule_words)


@click.command()
@click.argument("exam_id")
@click.option("--unit", "unit_id", type=Code(), default=None, help="The unit to report on (default: the top unit).")
@click.option("--leaders", is_flag=True, help="Only leaders (the organisation department's report).")
@click.option("--excel", type=OutputFile(), default=None, help="Also write it to Excel.")
@click.pass_context
def report(ctx: click.Context, exam_id: str, unit_id: str | None, leaders: bool, excel: Path | None) -> None:
    """Participation and pass rates for an exam: the unit, then each unit below it."""
    if excel:
        check_output(excel, ctx.obj.instance_dir)
    from sync_server.directory.service import end_exemptions
    from sync_server.reports.units import COLUMNS, report_rows, unit_report, write_report_excel
    from sync_server.models import Package, Result
    with _server(ctx) as server, server.sessions() as s:
        end_exemptions(server)
        known = s.scalars(select(Package.exam_id).where(Package.exam_id == exam_id).limit(1)).first() or \
            s.scalars(select(Result.exam_id).where(Result.exam_id == exam_id).limit(1)).first()
        if known is None:   # a typo would otherwise print a report of everyone absent
            raise click.ClickException(cli_tr("no exam {exam_id} on this server (neither its package nor a result "
                                              "of it)").format(exam_id=exam_id))
        unit_id = _report_unit(s, unit_id)
        result = unit_report(s, exam_id, unit_id, leaders)
    click.echo("\t".join(COLUMNS))
    for row in report_rows(result):
        click.echo("\t".join("" if v is None else str(v) for v in row))
    if excel:
        write_report_excel(excel, result, f"{exam_id} 参考及合格情况" + ("（领导干部）" if leaders else ""))
        click.echo(cli_tr("written to {excel}").format(excel=excel))


@click.command()
@click.argument("learner_no", type=Code())
@click.pass_context
def archive(ctx: click.Context, learner_no: str) -> None:
    """一人一档: a learner's exams by year, each attempt, and the one that counts."""
    from sync_server.models import Learner, Unit
    from sync_server.reports.units import personal_archive
    from sync_server.results.announced import never_delivered
    from sync_server.study.service import points_by_year
    with _server(ctx) as server, server.sessions() as s:
        row = s.get(Learner, learner_no)
        if row is None:
            raise click.ClickException(cli_tr("no learner {learner_no}").format(learner_no=learner_no))
        exams = personal_archive(s, learner_no)
        study = points_by_year(s, learner_no, server.clock.now())
        lost = never_delivered(s, learner_no)   # each uses an attempt: the count reads wrong without them
        unit = s.get(Unit, row.unit_id) if row.unit_id else None
        click.echo(f"{row.learner_no} {row.name} ({unit.name if unit else row.unit_id or '-'}, {row.rank or '-'})")
    for year in study:
        click.echo(cli_tr("{year}  study points {points} (by the deadline {points_by_deadline} of "
                          "{threshold}: {reached})").format(
                       year=year['year'], points=year['points'], points_by_deadline=year['points_by_deadline'],
                       threshold=year['threshold'],
                       reached=cli_tr('reached') if year['reached'] else cli_tr('not reached')))
    for exam in exams:   # held and rejected attempts said as such (an outside round read a held pass as a pass)
        counted = (f"{exam['counted_score']} {outcome_words(exam['counted_outcome'])}"
                   if exam["counted_score"] is not None else cli_tr("no result counts yet"))
        click.echo(f"{exam['year']}  {exam['title']}: {counted}")
        for a in exam["attempts"]:
            standing = (cli_tr("{review}: {rules}").format(review=review_words(a["review"]), rules=rule_words(a["flags"]))
                        if a["review"] == "held" else review_words(a["review"]))
            click.echo(f"    {_handed_in(a['submitted_at'])} {a['score']} {outcome_words(a['outcome'])}"
                       f"{cli_tr(' (make-up)') if a['makeup'] else ''}  [{standing}]  {a['result_id']}")
    titles = {e["exam_id"]: e["title"] for e in exams}
    for a in lost:
        click.echo(cli_tr("{exam}: attempt {attempt_id} begun at station {device_id} ({at}), its result never came: "
                          "it uses one of the attempts (xuefa-server release-attempt if it never will)").format(
                       exam=titles.get(a.exam_id or "", a.exam_id or a.package_id), attempt_id=a.attempt_id,
                       device_id=a.device_id, at=local_minute(from_utc_naive(a.announced_at))))
    if not exams and not lost:
        click.echo(cli_tr("no exam results yet"))


def _handed_in(stamp: str) -> str:
    """When a result was handed in (the station's ISO time) as the reader's local time to the minute; the
    text as it came when it cannot be read."""
    from datetime import datetime
    try:
        return local_minute(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp[:16]


def _report_unit(s, unit_id: str | None) -> str:
    """The unit a report starts from: the one named, or the top unit."""
    from sync_server.models import Unit
    if unit_id is None:
        top = s.scalars(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.unit_id)).first()
        if top is None:
            raise click.ClickException(cli_tr("no units yet: `xuefa-server units add`"))
        return top.unit_id
    if s.get(Unit, unit_id) is None:
        raise click.ClickException(cli_tr("no unit {unit_id}; `xuefa-server units list` shows them").format(
                                       unit_id=unit_id))
    return unit_id


def _table(columns: list[str], rows: list[list], excel: Path | None, sheet: str) -> None:
    """A report on the terminal (tab-separated), and in an Excel sheet if asked."""
    click.echo("\t".join(columns))
    for row in rows:
        click.echo("\t".join("" if v is None else str(v) for v in row))
    if excel:
        from openpyxl import Workbook

        from examcore.spreadsheet import append_row
        wb = Workbook()
        wb.active.title = sheet
        append_row(wb.active, columns)
        for row in rows:
            append_row(wb.active, row)
        wb.save(excel)
        click.echo(cli_tr("written to {excel}").format(excel=excel))


@click.command("item-analysis")
@click.argument("exam_id")
@click.option("--excel", type=OutputFile(), default=None, help="Also write it to Excel.")
@click.pass_context
def item_analysis_cmd(ctx: click.Context, exam_id: str, excel: Path | None) -> None:
    """How each question of an exam worked: facility, discrimination, options chosen; worst first."""
    from sync_server.reports.item_analysis import item_analysis
    with _server(ctx) as server:
        stats = item_analysis(server, exam_id)
    if not stats:
        raise click.ClickException(cli_tr("no results for exam {exam_id} on this server").format(exam_id=exam_id))
    columns = ["题目", "作答人次", "难度(得分率)", "区分度", "选项分布", "未作答", "正确答案", "提示"]
    rows = []
    for i in stats:
        hint = ("check the key: weaker candidates did better" if i.discrimination is not None and i.discrimination < 0
                else "does not separate strong from weak" if i.discrimination is not None and i.discrimination < 0.2
                else "")
        rows.append([i.question_id, i.shown, round(i.facility, 3),
                     "" if i.discrimination is None else round(i.discrimination, 3),
                     " ".join(f"{k}:{v}" for k, v in sorted(i.chosen.items())), i.unanswered, i.answer, hint])
    _table(columns, rows, excel, "试题分析")


@click.command("report-units")
@click.option("--unit", "unit_id", type=Code(), default=None, help="The unit to start from (default: the top unit).")
@click.option("--excel", type=OutputFile(), default=None, help="Also write it to Excel.")
@click.pass_context
def report_units(ctx: click.Context, unit_id: str | None, excel: Path | None) -> None:
    """The unit summary table: each unit, its headcount, its unit administrators' names, phones and e-mails."""
    from sync_server.directory.service import end_exemptions
    from sync_server.reports.units import SUMMARY_COLUMNS, summary_rows, unit_summary
    with _server(ctx) as server, server.sessions() as s:
        end_exemptions(server)
        unit_id = _report_unit(s, unit_id)
        rows = summary_rows(unit_summary(s, unit_id))
    _table(SUMMARY_COLUMNS, rows, excel, "单位汇总")


COMMANDS = (report, archive, item_analysis_cmd, report_units,)   # registered on the main group by cli/__init__.py
