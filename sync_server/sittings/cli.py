"""`xuefa-server` commands. Sittings (场次): seat learners, list, start, report, call off, move a seat."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import click
from sqlalchemy import func, select

from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr, said
from sync_server.cli_common import Code, Day, check_output, duration_words, local_minute, open_server as _server


@click.group()
def sittings() -> None:
    """Sittings (场次): create, list, show and start them (a proctor does it in the station app too)."""


@sittings.command("add")
@click.option("--package", "package_id", required=True, help="The exam package's id (import-package prints it).")
@click.option("--room", required=True, help="The exam room, e.g. 第一考场")
@click.option("--starts", required=True, help="Start time with its zone, e.g. 2026-11-23T09:00+08:00")
@click.option("--learner", "learners", multiple=True, required=True,
              help="A learner number, optionally with the seat: 1101010010001:A01 (repeat).")
@click.option("--late", default=30, show_default=True, type=click.IntRange(0, 240),
              help="Login closes this many minutes after the start.")
@click.option("--unit", "unit_id", type=Code(), default=None, help="The unit whose proctors run it (default: the whole server).")
@click.option("--start-code", default=None,
              help="The package's start code: kept sealed with the sitting so the proctor's console can show and "
                   "print it if the LAN fails on the day.")
@click.option("--include-exempt", is_flag=True,
              help="Seat learners who are exempt (免考), transferred or retired too (refused without it).")
@click.pass_context
def sittings_add(ctx: click.Context, package_id: str, room: str, starts: str, learners: tuple[str, ...], late: int,
                 unit_id: str | None, start_code: str | None, include_exempt: bool) -> None:
    """Create a sitting (场次): an exam package, a room, a start time and the seated learners."""

    from sync_server.sittings.service import SittingError, create_sitting, set_start_code
    try:
        starts_at = datetime.fromisoformat(starts)
    except ValueError as exc:
        raise click.ClickException(cli_tr("{starts!r} is not a time (e.g. 2026-11-23T09:00+08:00)").format(
                                       starts=starts)) from exc
    seats = [(entry.split(":", 1)[0], entry.split(":", 1)[1] if ":" in entry else "") for entry in learners]
    with _server(ctx) as server:
        if starts_at.tzinfo is not None and starts_at < server.clock.now() - timedelta(hours=12):
            raise click.ClickException(cli_tr("{starts} has passed: a sitting is planned for a time to come "
                                              "(check the date)").format(starts=starts))
        try:
            with server.sessions.begin() as s:
                sitting = create_sitting(s, package_id, room, starts_at, seats, "cli", server.clock.now(), late,
                                         unit_id, seat_inactive=include_exempt)
                sitting_id, title = sitting.sitting_id, sitting.title
                if start_code is not None:
                    s.flush()
                    set_start_code(server, s, sitting_id, start_code, "cli", server.clock.now())
        except SittingError as exc:
            if exc.code == "not_active":
                raise click.ClickException(cli_tr(
                    "the sitting was not created: not active on the roster: {learners}. Leave them out, or seat "
                    "them anyway with --include-exempt").format(learners="、".join(exc.learners))) from exc
            refusals = {"seated_twice": cli_tr("the sitting was not created: each learner once, but these are named "
                                           "twice: {learners}"),
                    "seat_shared": cli_tr("the sitting was not created: one learner a seat, but these seats are "
                                          "given twice: {learners}"),
                    "seated_elsewhere": cli_tr("the sitting was not created: already seated in an open sitting of "
                                               "this exam that day: {learners} (see sittings list)"),
                    "unknown_learner": cli_tr("the sitting was not created: not on this server's roster: {learners} "
                                              "(import the roster, or check the numbers)"),
                    "no_attempts_left": cli_tr("the sitting was not created: no attempt left at this exam: "
                                               "{learners}")}
            if exc.code in refusals:
                raise click.ClickException(refusals[exc.code].format(learners="、".join(exc.learners))) from exc
            if exc.code == "outside_window" and len(exc.times) == 2:
                raise click.ClickException(cli_tr(
                    "the sitting was not created: {starts} is outside the exam's window, {opens} to {closes} "
                    "(this computer's time)").format(starts=local_minute(starts_at), opens=local_minute(exc.times[0]),
                                                     closes=local_minute(exc.times[1]))) from exc
            raise click.ClickException(cli_tr("the sitting was not created: {detail}").format(
                                           detail=said(exc.detail))) from exc
    click.echo(cli_tr("sitting {sitting_id}: {title}, {room}, {starts_at}, {seats} seat(s)").format(
                   sitting_id=sitting_id, title=title, room=room, starts_at=starts_at.isoformat(), seats=len(seats)))


def _sitting_state(state: str) -> str:
    return {"scheduled": cli_tr("scheduled"), "started": cli_tr("started"), "closing": cli_tr("closing"),
            "closed": cli_tr("closed")}.get(state, state)


@sittings.command("list")
@click.option("--from", "first_day", type=Day(), default=None,
              help="The first day to list, e.g. 2026-11-20 (this computer's date; default: yesterday).")
@click.option("--to", "last_day", type=Day(), default=None,
              help="The last day to list (default: 30 days after the first).")
@click.pass_context
def sittings_list(ctx: click.Context, first_day: date | None, last_day: date | None) -> None:
    """The sittings of a span of days (from yesterday to 30 days ahead unless --from/--to say otherwise), in
    this computer's time, with their seats and state: where to find a past sitting's id for its report."""
    from examcore.clock import from_utc_naive, to_local
    from sync_server.models import SittingSeat
    from sync_server.sittings.service import sittings_between
    with _server(ctx) as server, server.sessions() as s:
        first = first_day or to_local(server.clock.now()).date() - timedelta(days=1)
        last = last_day or first + timedelta(days=30)
        if last < first:
            raise click.UsageError((cli_tr("--to ({last}) is before --from ({first})") if first_day else
                                    cli_tr("--to ({last}) is before yesterday ({first}), where the list starts "
                                           "unless --from says otherwise")).format(last=last, first=first))
        start = to_local(datetime.combine(first, time.min))   # midnight here, whatever the server's zone
        rows = sittings_between(s, start, to_local(datetime.combine(last + timedelta(days=1), time.min))
                                - timedelta(microseconds=1))
        seats = dict(s.execute(select(SittingSeat.sitting_id, func.count()).where(
            SittingSeat.sitting_id.in_([r.sitting_id for r in rows])).group_by(SittingSeat.sitting_id)).all())
        for r in rows:
            click.echo(cli_tr("{sitting_id}  {starts_at}  {room}  {title}  {seats} seat(s)  {state}").format(
                           sitting_id=r.sitting_id, starts_at=local_minute(from_utc_naive(r.starts_at)), room=r.room,
                           title=r.title, seats=seats.get(r.sitting_id, 0), state=_sitting_state(r.state)))
    if not rows:
        click.echo(cli_tr("no sittings from {first} to {last} (--from and --to list other days)").format(
            first=first, last=last))


@sittings.command("report")
@click.argument("sitting_id")
@click.option("--excel", type=OutputFile(), default=None, help="Also write it to Excel.")
@click.option("--pdf", type=OutputFile(), default=None,
              help="Also write it as a PDF, for printing and signing.")
@click.pass_context
def sittings_report(ctx: click.Context, sitting_id: str, excel: Path | None, pdf: Path | None) -> None:
    """Who sat, who was absent, scores, irregularities and proctor actions; Excel and PDF if asked."""
    for target in (t for t in (excel, pdf) if t):
        check_output(target, ctx.obj.instance_dir)
    from sync_server.sittings.report import _summary_line, sitting_report, write_sitting_excel, write_sitting_pdf
    from sync_server.sittings.service import SittingError
    with _server(ctx) as server, server.sessions() as s:
        try:
            report = sitting_report(s, sitting_id)
        except SittingError as exc:
            raise click.ClickException(said(exc.detail)) from exc
    click.echo(f"{report['sitting']['title']} {report['sitting']['room']}: {_summary_line(report)}")
    if report["sitting"]["state"] == "scheduled":
        click.echo(cli_tr("the sitting has not started (it is due at {when}): the report is complete once it is "
                          "closed").format(when=local_minute(datetime.fromisoformat(report["sitting"]["starts_at"]))))
    if report["counts"]["results_not_received"]:
        click.echo(cli_tr("{results_not_received} result(s) not yet received from the stations").format(
                       results_not_received=report['counts']['results_not_received']))
    for path, write in ((excel, write_sitting_excel), (pdf, write_sitting_pdf)):
        if path:
            write(path, report)
            click.echo(cli_tr("written to {path}").format(path=path))


@sittings.command("start")
@click.argument("sitting_id")
@click.option("--yes", is_flag=True, help="Do not ask first when the sitting is not due yet.")
@click.pass_context
def sittings_start(ctx: click.Context, sitting_id: str, yes: bool) -> None:
    """Start a sitting: the room's stations receive the exam's key at their next check-in."""

    from examcore.clock import from_utc_naive
    from sync_server.models import Sitting
    from sync_server.sittings.service import SittingError, start
    with _server(ctx) as server:
        with server.sessions() as s:
            due = s.get(Sitting, sitting_id)
        now = server.clock.now()
        # the exam's key goes out at once and cannot be called back: starting before the day is a mistake
        # until someone says otherwise (the proctor console asks the same)
        if due is not None and due.state == "scheduled" and from_utc_naive(due.starts_at) - now > timedelta(minutes=15):
            question = cli_tr("{title} ({room}) is due at {starts_at}, {ahead} from now. Start it now? The "
                              "room's stations then receive the exam's key.").format(
                title=due.title, room=due.room, starts_at=local_minute(from_utc_naive(due.starts_at)),
                ahead=duration_words(from_utc_naive(due.starts_at) - now))
            if not yes and not click.confirm(question, default=False):
                click.echo(cli_tr("not started"), err=True)
                ctx.exit(1)
        try:
            with server.sessions.begin() as s:
                row = start(s, sitting_id, "cli", server.clock.now())
                title = row.title
        except SittingError as exc:
            if exc.code == "already_started" and exc.times:
                raise click.ClickException(cli_tr("{title} ({room}) was already started at {when}: nothing "
                                                  "changed").format(title=due.title if due else sitting_id,
                                                                    room=due.room if due else "",
                                                                    when=local_minute(exc.times[0]))) from exc
            raise click.ClickException(cli_tr("not started: {detail}").format(detail=said(exc.detail))) from exc
    click.echo(cli_tr("started: {title}").format(title=title))


@sittings.command("cancel")
@click.argument("sitting_id")
@click.option("--reason", required=True, help="Why it is called off (kept in the sitting's log).")
@click.option("--yes", is_flag=True, help="Do not ask first.")
@click.pass_context
def sittings_cancel(ctx: click.Context, sitting_id: str, reason: str, yes: bool) -> None:
    """Call off a sitting that never started: it is closed and kept (nothing is deleted), so its learners can
    be seated in another sitting that day."""
    from examcore.clock import from_utc_naive
    from sync_server.models import Sitting, SittingSeat
    from sync_server.sittings.service import SittingError, cancel
    with _server(ctx) as server:
        with server.sessions() as s:
            due = s.get(Sitting, sitting_id)
            seated = s.scalar(select(func.count()).select_from(SittingSeat)
                              .where(SittingSeat.sitting_id == sitting_id)) or 0
        if due is not None and due.state == "scheduled" and not yes and not click.confirm(
                cli_tr("Call off {title} ({room}, due at {starts_at}, {seated} seated)? It cannot be started "
                       "afterwards.").format(title=due.title, room=due.room, seated=seated,
                                             starts_at=local_minute(from_utc_naive(due.starts_at))), default=False):
            click.echo(cli_tr("not called off"), err=True)
            ctx.exit(1)
        try:
            with server.sessions.begin() as s:
                row = cancel(s, sitting_id, "cli", server.clock.now(), reason)
                title = row.title
        except SittingError as exc:
            raise click.ClickException(cli_tr("not called off: {detail}").format(detail=said(exc.detail))) from exc
    click.echo(cli_tr("called off: {title}; its learners can be seated in another sitting").format(title=title))


@sittings.command("move-seat")
@click.argument("sitting_id")
@click.argument("learner_no")
@click.option("--to", "device_id", default=None, metavar="STATION_ID",
              help="Bind the seat to this enrolled station of the room at once; without it, the seat is freed and "
                   "the learner goes on at the first station of the room they log in at.")
@click.option("--reason", required=True, help="Why (the PC failed, …), kept in the sitting's log.")
@click.option("--yes", is_flag=True, help="Do not ask first.")
@click.pass_context
def sittings_move_seat(ctx: click.Context, sitting_id: str, learner_no: str, device_id: str | None, reason: str,
                       yes: bool) -> None:
    """Move a learner's seat away from a failed PC (换机), as the proctor's console does: the attempt begun
    there uses no attempt, and the learner's results are judged again."""
    from examcore.clock import utc_naive
    from sync_server import audit
    from sync_server.devices import note_words
    from sync_server.models import Device, Learner, Sitting, SittingSeat
    from sync_server.results.seat_moves import move_seat_and_judge
    from sync_server.sittings.service import SittingError
    with _server(ctx) as server:
        with server.sessions() as s:
            sitting, seat = s.get(Sitting, sitting_id), s.get(SittingSeat, (sitting_id, learner_no))
            learner = s.get(Learner, learner_no)
            pcs = {d: s.get(Device, d) for d in (seat.device_id if seat else None, device_id) if d}
        if sitting is not None and seat is not None and not yes:
            def pc(d: str | None) -> str:
                named = note_words(pcs[d].note) if d in pcs and pcs[d] is not None else ""
                return f"{named}（{d}）" if named else (d or "-")
            question = (cli_tr("Bind the seat of {name} ({learner_no}) in {title} ({room}) to the PC {to}? It is "
                               "bound to {pc} now; an attempt begun there then uses no attempt.")
                        if device_id else
                        cli_tr("Free the seat of {name} ({learner_no}) in {title} ({room}) from the PC {pc}? The "
                               "learner goes on at the first PC of the room they log in at; an attempt begun at "
                               "{pc} then uses no attempt.")).format(
                name=learner.name if learner else "", learner_no=learner_no, title=sitting.title, room=sitting.room,
                pc=pc(seat.device_id), to=pc(device_id))
            if not click.confirm(question, default=False):
                click.echo(cli_tr("not moved"), err=True)
                ctx.exit(1)
        try:
            with server.sessions.begin() as s:
                move_seat_and_judge(s, sitting_id, learner_no, device_id, reason, audit.cli_actor(), server.clock.now())
                audit.record(s, "sitting.move-seat", f"sitting:{sitting_id}", utc_naive(server.clock.now()),
                             detail=f"{learner_no} -> {device_id or '-'}: {reason.strip()}")
        except SittingError as exc:
            raise click.ClickException(cli_tr("not moved: {detail}").format(detail=said(exc.detail))) from exc
    click.echo(cli_tr("moved: the seat of {learner_no} is bound to {to}").format(learner_no=learner_no, to=device_id)
               if device_id else cli_tr("moved: the seat of {learner_no} is free for the next PC of the room")
               .format(learner_no=learner_no))


COMMANDS = (sittings,)   # registered on the main group by cli/__init__.py
