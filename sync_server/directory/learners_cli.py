"""`xuefa-server learners add|edit|move|show`: one learner at a time, from the command line (the same rules
as `PUT /api/v1/admin/learners/{no}` and the roster import: sync_server/directory/service.py)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import overload

import click

from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr, said
from examcore.refusals import os_reason
from sync_server import audit
from sync_server.cli_common import Code, Day, open_server
from sync_server.directory.roster_files import STATUS_WORDS



def _status(value: str | None) -> str | None:
    if value is None:
        return None
    status = STATUS_WORDS.get(value.strip().lower())
    if status is None:
        raise click.BadParameter(cli_tr("{value!r}: give 在职, 调出, 退休 or 免考 (active, transferred, retired, "
                                        "exempt)").format(value=value))
    return status


@overload
def _name(value: str) -> str: ...
@overload
def _name(value: None) -> None: ...
def _name(value: str | None) -> str | None:
    """A name as the API takes it: 1 to 100 characters once the spaces around it are gone."""
    if value is None:
        return None
    if not value.strip():   # (round 95: spaces only were told "1 to 100 characters")
        raise click.BadParameter(cli_tr("the name is blank: type it"), param_hint="--name")
    if len(value.strip()) > 100:
        raise click.BadParameter(cli_tr("1 to 100 characters"), param_hint="--name")
    return value.strip()




@click.group()
def learners() -> None:
    """Add, change, move or look up one learner."""


def _save(ctx: click.Context, learner_no: str, change, *, new: bool, what: str, slips: Path | None = None) -> None:
    """Apply ``change(fields or None) -> LearnerFields`` to the learner in one transaction, audited (the OS
    user as actor); a new learner's one-time password is printed and, with ``slips``, put on a slip."""
    from examcore.clock import utc_naive
    from sync_server.directory.service import DirectoryError, LearnerFields, ensure_roster_kept_here, put_learner
    from sync_server.directory.headcount import claim_numbers
    from sync_server.models import Learner, Unit
    from sync_server.directory.roster_files import Slip, write_slips
    with open_server(ctx) as server:
        now = utc_naive(server.clock.now())
        try:
            with server.sessions.begin() as s:
                ensure_roster_kept_here(s)   # before "no such learner": the roster is the upstream's
                claim_numbers(s, [learner_no])   # (an import adding it now: wait, then look; it had been read
                row = s.get(Learner, learner_no)  # before, and the add became an edit of the imported learner)
                if new and row is not None:
                    raise click.ClickException(cli_tr("learner {learner_no} already exists ({name}): use "
                                                      "`learners edit` or `learners move`").format(
                                                   learner_no=learner_no, name=row.name))
                if not new and row is None:
                    raise click.ClickException(cli_tr("no learner {learner_no}: `learners add` adds one").format(
                                                   learner_no=learner_no))
                before = None if row is None else LearnerFields(
                    row.name, row.unit_id, row.rank, row.is_leader, row.phone, row.status, row.exempt_reason,
                    row.exempt_from, row.exempt_until)
                fields = change(before)
                if fields == before:   # nothing to write, to audit, or to send to the stations
                    unchanged = True
                    password = None
                else:
                    unchanged = False
                    row, password = put_learner(s, learner_no, fields, now)
                    audit.record(s, f"learner.{what}", f"learner:{learner_no}", now)
                unit = s.get(Unit, row.unit_id)
                slip = Slip(learner_no, row.name, unit.name if unit else row.unit_id, password,
                            row.password_expires_at or now) if password else None
                shown = _describe(row, unit)
        except DirectoryError as exc:
            raise click.ClickException(said(exc.detail)) from exc
        issuer = server.keys.name
    if unchanged:
        click.echo(cli_tr("nothing changed: {learner_no} is already so").format(learner_no=learner_no))
    click.echo(shown)
    if slip is not None:
        click.echo(cli_tr("one-time password: {password} (valid until {expires_at:%Y-%m-%d}; must be changed "
                          "at first login)").format(password=slip.password, expires_at=slip.expires_at))
        if slips is not None:
            try:
                write_slips(slips, [slip], issuer)
            except OSError as exc:   # the learner is added: the password above is the one to hand out
                raise click.ClickException(cli_tr("the learner was added, but the slip could not be written "
                                                  "to {slips} ({reason}); hand out the password shown above, "
                                                  "or `reset-password` later with --slips").format(
                                               slips=slips, reason=os_reason(exc))) from exc
            click.echo(cli_tr("account slip: {slips} (print, hand out, then delete the file)").format(slips=slips))


def _status_word(status: str) -> str:
    """A learner's status as the reader says it (在职, 调出, 退休, 免考 in Chinese)."""
    return {"active": cli_tr("in post"), "transferred": cli_tr("transferred out"), "retired": cli_tr("retired"),
            "exempt": cli_tr("exempt")}.get(status, status)


def _describe(row, unit) -> str:
    status = _status_word(row.status)
    if row.status == "exempt":
        status += f" ({row.exempt_reason}" + (cli_tr(", until {until}").format(until=row.exempt_until)
                                               if row.exempt_until else "") + ")"
    return (f"{row.learner_no}\t{row.name}\t{unit.name if unit else row.unit_id} ({row.unit_id})\t"
            f"{row.rank or '-'}\t{cli_tr('leader') if row.is_leader else cli_tr('staff')}\t{status}")


@learners.command("add")
@click.argument("learner_no", type=Code())
@click.option("--name", required=True, help="The learner's name, as on their ID.")
@click.option("--unit", "unit_id", type=Code(), required=True, help="The unit's code (`xuefa-server units list`).")
@click.option("--rank", default="", help="职务级别, e.g. 科员.")
@click.option("--leader", is_flag=True, help="A leading cadre (领导干部): counted apart in the reports.")
@click.option("--phone", default="", help="A phone number, for the unit's contact list.")
@click.option("--slips", type=OutputFile(), default=None,
              help="Also write the account slip with the one-time password (PDF).")
@click.pass_context
def learners_add(ctx: click.Context, learner_no: str, name: str, unit_id: str, rank: str, leader: bool, phone: str,
                 slips: Path | None) -> None:
    """Add a learner; prints the one-time initial password (shown once)."""
    from sync_server.directory.service import LearnerFields
    name = _name(name)
    _save(ctx, learner_no, lambda _before: LearnerFields(name, unit_id, rank.strip(), leader, phone.strip()),
          new=True, what="add", slips=slips)


@learners.command("edit")
@click.argument("learner_no", type=Code())
@click.option("--name", default=None, help="A new name.")
@click.option("--rank", default=None, help="A new 职务级别.")
@click.option("--leader/--not-leader", default=None, help="A leading cadre (领导干部), or no longer.")
@click.option("--phone", default=None, help="A new phone number.")
@click.option("--status", default=None, help="在职, 调出, 退休 or 免考 (active, transferred, retired, exempt).")
@click.option("--exempt-reason", default=None, help="With --status 免考: the reason (required), e.g. 长期病假.")
@click.option("--exempt-from", type=Day(), default=None, help="With --status 免考: first day, e.g. 2027-01-01.")
@click.option("--exempt-until", type=Day(), default=None, help="With --status 免考: last day, e.g. 2027-06-30.")
@click.pass_context
def learners_edit(ctx: click.Context, learner_no: str, name: str | None, rank: str | None, leader: bool | None,
                  phone: str | None, status: str | None, exempt_reason: str | None, exempt_from, exempt_until) -> None:
    """Change a learner's name, rank, leader flag, phone or status; what is not given stays."""
    new_status, name = _status(status), _name(name)

    def change(before):
        fields = replace(before, **{k: v for k, v in (("name", name), ("rank", rank), ("is_leader", leader),
                                                      ("phone", phone), ("status", new_status),
                                                      ("exempt_reason", exempt_reason),
                                                      ("exempt_from", exempt_from),
                                                      ("exempt_until", exempt_until)) if v is not None})
        if fields.status != "exempt" and any(v is not None for v in (exempt_reason, exempt_from, exempt_until)):
            raise click.UsageError(cli_tr("--exempt-reason, --exempt-from and --exempt-until describe an "
                                          "exemption: give them with --status 免考 (the learner is not exempt)"))
        return fields
    if all(v is None for v in (name, rank, leader, phone, status, exempt_reason, exempt_from, exempt_until)):
        raise click.UsageError(cli_tr("nothing to change: give what changes, e.g. --phone or --status"))
    _save(ctx, learner_no, change, new=False, what="edit")


@learners.command("move")
@click.argument("learner_no", type=Code())
@click.option("--unit", "unit_id", type=Code(), required=True, help="The unit the learner now belongs to.")
@click.pass_context
def learners_move(ctx: click.Context, learner_no: str, unit_id: str) -> None:
    """Move a learner to another unit: the old unit's stations stop letting them sign in after their next
    sync, the new unit's stations receive them; their results and points stay theirs."""
    _save(ctx, learner_no, lambda before: replace(before, unit_id=unit_id), new=False, what="move")


@learners.command("show")
@click.argument("learner_no", type=Code())
@click.pass_context
def learners_show(ctx: click.Context, learner_no: str) -> None:
    """One learner: unit, rank, status, whether the one-time password is still to be changed, and their
    moves between units."""
    from examcore.clock import from_utc_naive
    from sync_server.models import Learner, Unit
    from sync_server.directory.transfers import moves
    with open_server(ctx) as server, server.sessions() as s:
        row = s.get(Learner, learner_no)
        if row is None:   # (a centre with an upstream takes its roster from above: `learners add` is refused there)
            from sync_server.identity import setting
            raise click.ClickException((cli_tr("no learner {learner_no} here: check the number; this server's roster "
                                               "comes from its upstream (sync-upstream takes it)") if setting(
                server, "upstream_url") else cli_tr("no learner {learner_no} here: check the number (`learners add` "
                                                    "adds one)")).format(learner_no=learner_no))
        click.echo(_describe(row, s.get(Unit, row.unit_id)))
        if row.phone:
            click.echo(cli_tr("phone: {phone}").format(phone=row.phone))
        if row.must_change_password:
            expiry = (cli_tr(", valid until {until:%Y-%m-%d}").format(until=row.password_expires_at)
                      if row.password_expires_at else "")
            click.echo(cli_tr("password: the one-time password has not been changed yet{expiry}").format(
                           expiry=expiry))
        else:
            click.echo(cli_tr("password: chosen by the learner"))
        for move in moves(s, learner_no):   # a result sat before a move is judged by the unit of that time
            click.echo(cli_tr("moved on {when:%Y-%m-%d %H:%M}: from {old} to {new}").format(
                when=from_utc_naive(move.moved_at).astimezone(), old=_unit_words(s, move.from_unit),
                new=_unit_words(s, move.to_unit)))


def _unit_words(s, unit_id: str) -> str:
    from sync_server.models import Unit
    unit = s.get(Unit, unit_id)
    return f"{unit.name} ({unit_id})" if unit else unit_id
