"""`xuefa-server` commands. Who may reach the server: stations (devices: enrolment codes, room files,
approval, revocation) and administrator accounts (create-admin, admins)."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import click
from sqlalchemy import select

from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr, said, said_of
from examcore.refusals import os_reason
from sync_server.devices import note_words
from sync_server.cli_common import (Code, check_output, code_with_pin, local_minute, open_server as _server,
                                    read_password, read_public_key, tls_fingerprint)


@click.group()
def devices() -> None:
    """Stations that deliver results here."""


@devices.command("list")
@click.pass_context
def devices_list(ctx: click.Context) -> None:
    """The stations and lower servers known here: approved, waiting for approval, or revoked; the unit each
    serves (its units below too) and the exam room it stands in."""
    from sync_server.models import Device
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(Device).order_by(Device.status, Device.device_id)))
    for d in rows:
        if d.status == "revoked":   # for good: only `devices approve` takes it back
            state = (cli_tr("revoked on {day:%Y-%m-%d}").format(day=d.revoked_at) if d.revoked_at
                     else cli_tr("revoked"))
        elif d.status == "approved" and d.certificate_expires_at:
            state = cli_tr("approved (certificate valid until {until:%Y-%m-%d})").format(
                until=d.certificate_expires_at)
        else:
            state = {"pending": cli_tr("pending"), "approved": cli_tr("approved")}.get(d.status, d.status)
        where = cli_tr("unit {unit}").format(unit=d.unit_id) if d.unit_id else cli_tr("all units")
        if d.room:
            where += cli_tr(", room {room}").format(room=d.room)
        click.echo(f"{d.device_id}\t{state}\t{where if d.status != 'pending' else '-'}\t{said(note_words(d.note))}")
    if not rows:
        click.echo(cli_tr("no devices yet"))


def _serving_unit(server, unit_id: str | None, for_server: bool = False) -> str | None:
    """The unit a station (``for_server``: a lower server) enrolled from this command serves: the one named,
    or the server's only top unit (said aloud). A device serving no unit receives no roster, so none is
    never silently chosen when there is a unit to choose."""
    from sync_server.models import Unit
    if unit_id is not None:
        return unit_id
    with server.sessions() as s:
        tops = list(s.scalars(select(Unit.unit_id).where(Unit.parent_id.is_(None)).order_by(Unit.unit_id)))
    if len(tops) > 1:
        raise click.ClickException(cli_tr("name the unit the station serves with --unit (top units: {units})").format(
                                       units=', '.join(tops)))
    if not tops:
        click.echo(cli_tr("no units yet: such a station receives no roster until it is approved for a unit"), err=True)
        return None
    click.echo((cli_tr("the lower server will serve unit {unit} and every unit under it (--unit names a smaller "
                       "part)") if for_server else
                cli_tr("the station(s) will serve unit {unit} and every unit under it (--unit names a smaller "
                       "part)")).format(unit=tops[0]),
               err=True)
    return tops[0]


@devices.command("code")
@click.option("--hours", type=click.IntRange(1, 24 * 14), default=24, show_default=True,
              help="How long the code is valid (at most two weeks).")
@click.option("--unit", "unit_id", type=Code(), default=None,
              help="The unit whose roster the station receives (default: the server's top unit).")
@click.option("--room", default=None, help="The exam room the PC stands in: sittings of other rooms refuse it.")
@click.option("--server", "for_server", is_flag=True,
              help="A code for a lower exam centre's server (its `xuefa-server set-upstream --code`), not for a "
                   "station. At a provincial server every code is a server's.")
@click.pass_context
def devices_code(ctx: click.Context, hours: int, unit_id: str | None, room: str | None, for_server: bool) -> None:
    """Print a one-time enrolment code: a station (with --server, or at a province: a lower centre's server,
    `set-upstream --code`) enrolling with it is approved at once. A station's code enrols no server and a
    server's code no station."""
    from sync_server.identity import enrols_stations
    from sync_server.devices import EnrolmentRefused, create_code
    with _server(ctx) as server:
        stations = enrols_stations(server)
        for_server = for_server or not stations
        if for_server and room is not None:
            raise click.ClickException(
                cli_tr("--room is for an exam room's PCs: a server's code names no room") if stations else
                cli_tr("this is a provincial server: a PC enrols at its exam centre, so a code here is for a "
                       "centre's server and names no room (leave out --room)"))
        try:
            code = create_code(server, hours, _serving_unit(server, unit_id, for_server), room,
                               kind="server" if for_server else "station")
        except EnrolmentRefused as exc:
            raise click.ClickException(said(exc.message)) from exc
    pinned = code_with_pin(code, tls_fingerprint(ctx))
    if not for_server:
        click.echo(cli_tr("enrolment code: {code} (one station, valid {hours} h; its last four groups "
                          "are this server's certificate, which the station then trusts)").format(
                       code=pinned, hours=hours))
    elif stations:   # a centre above a county's centre
        click.echo(cli_tr("enrolment code: {code} (one lower exam centre's server, for its `xuefa-server "
                          "set-upstream --code`; valid {hours} h; it enrols no station)").format(
                       code=pinned, hours=hours))
    else:   # a province: stations enrol at their centre, never here
        click.echo(cli_tr("enrolment code: {code} (one centre's server, for its `xuefa-server set-upstream --code`; "
                          "valid {hours} h; stations enrol at their centre, never here)").format(
                       code=pinned, hours=hours))


@devices.command("room-file")
@click.argument("out", type=OutputFile())
@click.option("--room", required=True, help="The room, e.g. 第一考场: the PCs are named 第一考场-01, -02 …")
@click.option("--count", required=True, type=click.IntRange(1, 500), help="How many PCs.")
@click.option("--url", "server_url", required=True,
              help="This server's address as the PCs reach it, e.g. https://192.168.1.10:8470")
@click.option("--hours", type=click.IntRange(1, 24 * 14), default=72, show_default=True,
              help="How long the codes are valid (at most two weeks).")
@click.option("--unit", "unit_id", type=Code(), default=None,
              help="The unit whose roster the stations receive (default: the server's top unit).")
@click.pass_context
def devices_room_file(ctx: click.Context, out: Path, room: str, count: int, server_url: str, hours: int,
                      unit_id: str | None) -> None:
    """Pre-enrol a room of PCs: write OUT, an enrolment file with one one-time code per PC, that each PC
    reads at first run (or `xuefa enrol --file OUT --pc NAME`); the codes are also printed, for a list."""
    from datetime import timedelta

    from examcore.enrolment_file import RoomEnrolment
    from sync_server.devices import EnrolmentRefused, create_code, withdraw_codes
    from examcore.tls_pin import PinError, Pins, check_transport
    try:
        check_transport(server_url, Pins("-"))
    except PinError as exc:
        raise click.ClickException(said_of(exc)) from exc
    room = room.strip()
    if not room:
        raise click.ClickException(cli_tr("--room needs the room's name, e.g. 第一考场"))
    check_output(out, ctx.obj.instance_dir, _is_room_file)   # an earlier room file may be replaced, nothing else
    width = max(2, len(str(count)))
    fingerprint = tls_fingerprint(ctx) if server_url.startswith("https://") else None
    with _server(ctx) as server:
        unit_id = _serving_unit(server, unit_id)
        try:
            stations = tuple((f"{room}-{n:0{width}d}", create_code(server, hours, unit_id, room))
                             for n in range(1, count + 1))
        except EnrolmentRefused as exc:
            raise click.ClickException(said(exc.message)) from exc
        enrolment = RoomEnrolment(server_url.rstrip("/"), server.keys.signing.public_raw(), room, unit_id,
                                  server.clock.now() + timedelta(hours=hours), stations, fingerprint)
        try:
            from examcore.private_files import write_private
            write_private(out, enrolment.to_bytes())   # live codes: whoever reads the file can enrol a PC
        except OSError as exc:   # the new codes were never handed out: they go, the earlier file's stay
            withdraw_codes(server, room, only=[code for _, code in stations], units=[unit_id])
            raise click.ClickException(cli_tr("{out} could not be written ({reason}); nothing changed: the codes "
                                              "just made were withdrawn, an earlier file of the room still "
                                              "works").format(out=out, reason=os_reason(exc))) from exc
        # this file replaces any earlier one for the room: a copy of that one left on a USB stick or
        # overwritten here must not enrol a PC any more; another unit's room of the same name is another room
        withdrawn = withdraw_codes(server, room, keep=[code for _, code in stations], units=[unit_id])
    for name, code in stations:
        click.echo(f"{name}\t{code}")
    click.echo(cli_tr("{count} one-time code(s), valid {hours} h, written to {out}. Keep the file with you "
                      "and delete it when the room is enrolled.").format(count=count, hours=hours, out=out))
    if withdrawn:
        click.echo((cli_tr("The {withdrawn} unused code(s) made earlier for {room} of unit {unit} no longer work: "
                           "this file replaces them.") if unit_id else
                    cli_tr("The {withdrawn} unused code(s) made earlier for {room} no longer work: this file "
                           "replaces them.")).format(withdrawn=withdrawn, room=room, unit=unit_id))


def _is_room_file(data: bytes) -> bool:
    from examcore.enrolment_file import EnrolmentFileError, read_enrolment_file
    try:
        read_enrolment_file(data)
    except EnrolmentFileError:
        return False
    return True


@devices.command("codes")
@click.pass_context
def devices_codes(ctx: click.Context) -> None:
    """List the enrolment codes not yet used and still valid, by room, unit and whom they enrol."""
    from examcore.clock import from_utc_naive
    from sync_server.devices import open_codes
    with _server(ctx) as server:
        rows = open_codes(server)
    for row in rows:
        until = local_minute(from_utc_naive(row.valid_until))
        whom = {"server": cli_tr("for a lower server"), "station": cli_tr("for a station")}.get(
            row.kind or "", cli_tr("for a station or a server (made before codes named whom they enrol)"))
        click.echo(cli_tr("{room}\tunit {unit}\t{count} unused\t{whom}\tvalid until {until}").format(
            room=row.room or cli_tr("(no room)"), unit=row.unit_id or "-", count=row.count, whom=whom,
            until=until))
    if not rows:
        click.echo(cli_tr("no unused enrolment codes"))


@devices.command("withdraw-codes")
@click.option("--room", default=None, help="Only the codes of this exam room (default: every unused code).")
@click.option("--unit", "unit_id", type=Code(), default=None,
              help="Only the codes made for this unit (needed when units' rooms share the name).")
@click.option("--yes", is_flag=True, help="Do not ask first.")
@click.pass_context
def devices_withdraw_codes(ctx: click.Context, room: str | None, unit_id: str | None, yes: bool) -> None:
    """Make unused enrolment codes unusable: a room file lost, or left over after the room is enrolled."""
    from sync_server.devices import open_codes, withdraw_codes
    with _server(ctx) as server:
        codes = [r for r in open_codes(server) if unit_id is None or r.unit_id == unit_id]
        owners = sorted({r.unit_id or "-" for r in codes if r.room == room}) if room else []
        if len(owners) > 1 and unit_id is None:   # two units' rooms of one name are two rooms
            raise click.ClickException(cli_tr("{room} has unused codes of several units ({units}): name the unit "
                                              "with --unit").format(room=room, units="、".join(owners)))
        count = sum(r.count for r in codes if room is None or r.room == room)
        if not count:
            click.echo(cli_tr("no unused enrolment codes") + (f" ({room})" if room else ""))
            rooms = sorted({r.room or cli_tr("no room") for r in codes})
            if room and rooms:   # a mistyped room: say which rooms do have codes
                click.echo(cli_tr("rooms with unused codes: {rooms}").format(rooms="、".join(rooms)))
            return
        question = (cli_tr("Withdraw the {count} unused enrolment code(s) of {room}? A PC not yet enrolled then "
                           "needs a new code.").format(count=count, room=room) if room else
                    cli_tr("Withdraw all {count} unused enrolment code(s), of every room? A PC not yet enrolled "
                           "then needs a new code.").format(count=count))
        if not yes and not click.confirm(question, default=False):
            click.echo(cli_tr("nothing withdrawn"), err=True)
            ctx.exit(1)
        withdrawn = withdraw_codes(server, room, units=None if unit_id is None else [unit_id])
    click.echo(cli_tr("{withdrawn} enrolment code(s) withdrawn").format(withdrawn=withdrawn))


@devices.command("add-server")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--unit", "unit_id", type=Code(), default=None,
              help="The unit the lower server serves: it receives that part of the roster. Without it, it gets "
                   "none until it enrols with a code of its unit (or is added again with --unit).")
@click.pass_context
def devices_add_server(ctx: click.Context, public_key_file: Path, unit_id: str | None) -> None:
    """Approve a lower server from its server-signing.key.pub, for USB bundles when no network reaches."""
    from sync_server.devices import EnrolmentRefused, approve_device, request_enrolment
    from sync_server.identity import server_device_id
    key, name = read_public_key(public_key_file)
    device_id = server_device_id(key)
    with _server(ctx) as server:
        try:
            request_enrolment(server, device_id, key, name)   # the note devices list shows: its own name
        except EnrolmentRefused as exc:
            raise click.ClickException(said(exc.message)) from exc
        try:
            device = approve_device(server, device_id, unit_id=unit_id)
        except EnrolmentRefused as exc:
            raise click.ClickException(said(exc.message)) from exc
    click.echo(cli_tr("approved server {name} as {device_id}").format(name=name, device_id=device_id))
    if device.unit_id is None:
        click.echo(cli_tr("it serves no unit yet: it receives no roster, and the results it brings are held for "
                          "review; add it again with --unit, or let it enrol with a code of its unit"))


@devices.command("approve")
@click.argument("device_id", type=Code())
@click.option("--days", type=int, default=None, help="Certificate lifetime (default 365).")
@click.option("--unit", "unit_id", type=Code(), default=None,
              help="The unit whose roster the station receives (default: the server's top unit).")
@click.pass_context
def devices_approve(ctx: click.Context, device_id: str, days: int | None, unit_id: str | None) -> None:
    """Approve a station that asked to enrol without a code (devices list shows it), or take back a revoked
    one: it receives its certificate at its next sync."""
    from sync_server.devices import EnrolmentRefused, approve_device
    from sync_server.models import Device
    with _server(ctx) as server:
        with server.sessions() as s:
            known = s.get(Device, device_id)
        if known is None:   # before the unit it would serve is announced
            raise click.ClickException(cli_tr("no device {device_id}; `xuefa-server devices list` shows them").format(
                                           device_id=device_id))
        from sync_server.identity import enrols_stations
        if device_id.startswith("station-") and not enrols_stations(server):   # it would skip its centre
            raise click.ClickException(cli_tr("{device_id} is an exam station: stations enrol at their exam centre, "
                                              "never at the provincial server; nothing was approved").format(
                                           device_id=device_id))
        if unit_id is None and known.unit_id is None:   # a station approved again keeps its unit
            unit_id = _serving_unit(server, None)
        try:
            device = approve_device(server, device_id, days, unit_id)
        except KeyError:
            raise click.ClickException(cli_tr("no device {device_id}; `xuefa-server devices list` shows them").format(
                                           device_id=device_id)) from None
        except EnrolmentRefused as exc:
            raise click.ClickException(said(exc.message)) from exc
    click.echo(cli_tr("approved {device_id} (certificate valid until {certificate_expires_at:%Y-%m-%d})").format(
                   device_id=device_id, certificate_expires_at=device.certificate_expires_at))


@devices.command("revoke")
@click.argument("device_id", type=Code())
@click.option("--yes", is_flag=True, help="Do not ask first.")
@click.pass_context
def devices_revoke(ctx: click.Context, device_id: str, yes: bool) -> None:
    """Revoke a station or lower server: its results and requests are refused from then on (it can only
    come back by an administrator's explicit approval)."""
    from sync_server.devices import revoke_device
    from sync_server.models import Device
    with _server(ctx) as server:
        with server.sessions() as s:
            device = s.get(Device, device_id)
        if device is None:
            raise click.ClickException(cli_tr("no device {device_id} here: `devices list` shows the devices").format(device_id=device_id))
        if device.status == "revoked":
            click.echo(cli_tr("{device_id} is already revoked: nothing changed").format(device_id=device_id))
            return
        unit = device.unit_id and cli_tr("unit {unit}").format(unit=device.unit_id)
        where = cli_tr(", ").join(part for part in (unit, device.room, said(note_words(device.note))) if part)
        question = cli_tr("Revoke {device_id}{where}? Its results are refused from then on, also those it has "
                          "not delivered yet.").format(device_id=device_id,
                                                      where=cli_tr(" ({what})").format(what=where) if where else "")
        if not yes and not click.confirm(question, default=False):
            click.echo(cli_tr("nothing revoked"), err=True)
            ctx.exit(1)
        try:
            revoke_device(server, device_id)
        except KeyError:
            raise click.ClickException(cli_tr("no device {device_id} here: `devices list` shows the devices").format(device_id=device_id)) from None
    click.echo(cli_tr("revoked {device_id}: its results are refused from now on").format(device_id=device_id))


def _role_word(role: str) -> str:
    """An account's role as the reader says it (监考员, 单位管理员 … in Chinese)."""
    return {"proctor": cli_tr("proctor"), "unit_admin": cli_tr("unit administrator"),
            "centre_admin": cli_tr("centre administrator"),
            "provincial_admin": cli_tr("provincial administrator")}.get(role, role)


@click.command("create-admin")
@click.argument("username", type=Code())
@click.option("--role", type=click.Choice(["proctor", "unit_admin", "centre_admin", "provincial_admin"]), required=True,
              help="proctor: runs sittings of the unit's subtree, nothing else.")
@click.option("--unit", "unit_id", type=Code(), required=True, help="The unit whose subtree this administrator manages.")
@click.option("--full-name", default="", help="The administrator's name, for the unit summary table.")
@click.option("--phone", default="", help="Contact phone, for the unit summary table.")
@click.option("--email", default="", help="Contact e-mail, for the unit summary table.")
@click.pass_context
def create_admin_cmd(ctx: click.Context, username: str, role: str, unit_id: str, full_name: str, phone: str,
                     email: str) -> None:
    """Create an administrator account scoped to a unit's subtree. The first password is asked for (hidden)
    or read from stdin: at least 12 characters, not a common password, not the user name. Its owner must
    change it at the first login."""
    from examcore.clock import utc_naive
    from sync_server.admins import create_admin
    from sync_server.directory.service import DirectoryError
    password = read_password(cli_tr("Password for {username}").format(username=username), username)
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                create_admin(s, username, password, role, unit_id, utc_naive(server.clock.now()), full_name, phone,
                             email)
        except DirectoryError as exc:
            raise click.ClickException(said(exc.detail)) from exc
    click.echo(cli_tr("account {username} ({role}) for {unit_id} and the units below it created; the "
                      "password must be changed at the first login").format(
                   username=username, role=_role_word(role), unit_id=unit_id))


@click.group("admins")
def admins_group() -> None:
    """Administrator accounts: list, new password, disable, enable, role, end their sessions."""


@contextmanager
def _account_change(ctx: click.Context):
    """A transaction on the server's database; a refusal becomes a plain error message."""
    from sync_server.directory.service import DirectoryError
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                yield s, _naive_now(server)
        except DirectoryError as exc:
            raise click.ClickException(said(exc.detail)) from exc


def _naive_now(server):
    from examcore.clock import utc_naive
    return utc_naive(server.clock.now())


@admins_group.command("list")
@click.pass_context
def admins_list(ctx: click.Context) -> None:
    """The administrator and proctor accounts: role, unit, and whether disabled."""
    from sync_server.models import AdminAccount
    with _server(ctx) as server, server.sessions() as s:
        now = _naive_now(server)
        rows = list(s.scalars(select(AdminAccount).order_by(AdminAccount.unit_id, AdminAccount.username)))
    if rows:
        click.echo("\t".join((cli_tr("user name"), cli_tr("role"), cli_tr("unit"), cli_tr("full name"),
                              cli_tr("state"))))
    for a in rows:
        flags = [w for w, on in ((cli_tr("disabled"), a.disabled),
                                 (cli_tr("must change the password"), a.must_change_password),
                                 (cli_tr("locked"), bool(a.locked_until and a.locked_until > now))) if on]
        click.echo(f"{a.username}\t{_role_word(a.role)} ({a.role})\t{a.unit_id}\t{a.full_name}\t"
                   + cli_tr(", ").join(flags))
    if not rows:
        click.echo(cli_tr("no administrators yet: `xuefa-server create-admin`"))


@admins_group.command("passwd")
@click.argument("username")
@click.option("--keep", is_flag=True, help="The owner typed it here themselves: no forced change at the next login.")
@click.pass_context
def admins_passwd(ctx: click.Context, username: str, keep: bool) -> None:
    """Set a new password (asked for, hidden, or read from stdin); every session of the account ends. The
    owner must change it at the next login unless --keep."""
    from sync_server.admins import set_password
    password = read_password(cli_tr("New password for {username}").format(username=username), username)
    with _account_change(ctx) as (s, now):
        set_password(s, username, password, now, must_change=not keep)
    click.echo(cli_tr("password of {username} set; their sessions ended").format(username=username)
               + ("" if keep else cli_tr("; it must be changed at the next login")))


@admins_group.command("disable")
@click.argument("username")
@click.pass_context
def admins_disable(ctx: click.Context, username: str) -> None:
    """The account can no longer log in; its sessions end at once."""
    from sync_server.admins import set_disabled
    with _account_change(ctx) as (s, now):
        set_disabled(s, username, True, now)
    click.echo(cli_tr("{username} disabled").format(username=username))


@admins_group.command("enable")
@click.argument("username")
@click.pass_context
def admins_enable(ctx: click.Context, username: str) -> None:
    """Enable a disabled account again."""
    from sync_server.admins import set_disabled
    with _account_change(ctx) as (s, now):
        set_disabled(s, username, False, now)
    click.echo(cli_tr("{username} enabled").format(username=username))


@admins_group.command("set-role")
@click.argument("username")
@click.argument("role", type=click.Choice(["proctor", "unit_admin", "centre_admin", "provincial_admin"]))
@click.pass_context
def admins_set_role(ctx: click.Context, username: str, role: str) -> None:
    """Change the role (the unit stays); the account's sessions end."""
    from sync_server.admins import set_role
    with _account_change(ctx) as (s, now):
        set_role(s, username, role, now)
    click.echo(cli_tr("{username} is now {role}").format(username=username, role=role))


@admins_group.command("logout-all")
@click.argument("username")
@click.pass_context
def admins_logout_all(ctx: click.Context, username: str) -> None:
    """End every session of the account (a lost laptop, a token seen by someone)."""
    from sync_server.admins import logout_all
    with _account_change(ctx) as (s, now):
        ended = logout_all(s, username, now)
    click.echo(cli_tr("{ended} session(s) of {username} ended").format(ended=ended, username=username))


COMMANDS = (   # registered on the main group by cli/__init__.py
    devices, create_admin_cmd, admins_group,
)
