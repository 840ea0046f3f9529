"""`xuefa-server` commands of the directory area: the units tree, roster spreadsheets, a learner's new
password, trusted issuers and policy (one learner at a time: learners_cli.py)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import click
from sqlalchemy import select

from examcore.cli_params import OutputFile
from examcore.cli_text import cli_tr, said
from sync_server import audit
from sync_server.cli_common import Code, Name, check_output, open_server as _server, read_public_key


@click.group()
def units() -> None:
    """The units tree (province, city, district, unit)."""


def _level_word(level: str) -> str:
    """A unit's level as the reader says it (省, 市, 县区, 单位 in Chinese)."""
    return {"province": cli_tr("province"), "city": cli_tr("city"), "district": cli_tr("district"),
            "unit": cli_tr("unit")}.get(level, level)


@units.command("add")
@click.argument("unit_id", type=Code())
@click.argument("name", type=Name())
@click.option("--level", type=click.Choice(["province", "city", "district", "unit"]), default=None,
              help="province 省, city 市, district 县区 or unit 单位 (a new unit needs it; a unit renamed keeps its "
                   "own unless given).")
@click.option("--parent", "parent_id", default=None,
              help="The unit above it (a new unit without one is a top unit; a unit renamed keeps its own unless "
                   "given; --parent \"\" makes it a top unit).")
@click.pass_context
def units_add(ctx: click.Context, unit_id: str, name: str, level: str | None, parent_id: str | None) -> None:
    """Add or rename a unit."""
    from examcore.clock import utc_naive
    from sync_server.directory.service import DirectoryError, put_unit
    from sync_server.models import Unit
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                before = s.get(Unit, unit_id)
                if before is None and level is None:
                    raise click.UsageError(cli_tr("a new unit needs its --level (province, city, district or unit)"))
                was = (before.level, before.parent_id) if before is not None else None
                old_name = before.name if before is not None else None
                level = level or (before.level if before is not None else "unit")
                if parent_id is not None and parent_id != "" and not parent_id.strip():   # a stray blank moves
                    raise click.UsageError(cli_tr('--parent is blank: give a unit code, or --parent "" for a top '
                                                  'unit'))   # a whole subtree to the top: only "" does that
                if parent_id is None:   # renaming does not move: only a given --parent does
                    parent_id = before.parent_id if before is not None else None
                parent_id = unicodedata.normalize("NFKC", parent_id or "").strip() or None   # as Code reads ids
                put_unit(s, unit_id, name, level, parent_id, utc_naive(server.clock.now()))
                audit.record(s, "unit.put", f"unit:{unit_id}", utc_naive(server.clock.now()),
                             detail=f"{name} ({level}) under {parent_id or '(top)'}")
        except DirectoryError as exc:
            raise click.ClickException(said(exc.detail)) from exc
    click.echo(cli_tr("unit {unit_id} {name} ({level}) saved").format(unit_id=unit_id, name=name,
                                                                      level=_level_word(level)))
    if old_name is not None and old_name != name:   # a code typed for a new unit may name an existing one
        click.echo(cli_tr("renamed: it was called {old_name}").format(old_name=old_name))
    if was is not None and was != (level, parent_id):
        click.echo(cli_tr("it was {was}; it is now {now}").format(was=_place_words(*was),
                                                                   now=_place_words(level, parent_id)))


def _place_words(level: str, parent_id: str | None) -> str:
    """Where a unit stands: "a city under P1", "a top city"."""
    return (cli_tr("a {level} under {parent}").format(level=_level_word(level), parent=parent_id) if parent_id
            else cli_tr("a top {level}").format(level=_level_word(level)))


@units.command("list")
@click.pass_context
def units_list(ctx: click.Context) -> None:
    """The units tree: each unit with its level and the unit above it."""
    from sync_server.models import Unit
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(Unit)))
    below: dict[str | None, list] = {}
    for u in rows:
        below.setdefault(u.parent_id if any(p.unit_id == u.parent_id for p in rows) else None, []).append(u)

    def show(parent: str | None, depth: int) -> None:
        for u in sorted(below.get(parent, []), key=lambda u: u.unit_id):
            click.echo(f"{'  ' * depth}{u.unit_id}\t{u.name}\t{_level_word(u.level)}")
            show(u.unit_id, depth + 1)
    show(None, 0)
    if not rows:
        click.echo(cli_tr("no units yet: `xuefa-server units add`"))


@click.command("import-roster")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--slips", type=OutputFile(), default=None,
              help="Where to write the new learners' account slips (PDF; default: beside the file).")
@click.pass_context
def import_roster_cmd(ctx: click.Context, path: Path, slips: Path | None) -> None:
    """Add and update learners from an Excel roster (学号, 姓名, 单位, 职务级别, 手机号, 状态 …)."""
    if slips:
        check_output(slips, ctx.obj.instance_dir)
    from examcore.clock import utc_naive
    from sync_server.directory.service import DirectoryError, ensure_roster_kept_here
    from sync_server.directory.roster_files import import_roster_recorded, write_slips
    with _server(ctx) as server:
        now = utc_naive(server.clock.now())
        try:
            done = import_roster_recorded(server.sessions, path, now, path.name, progress=_passwords_made,
                                          first=ensure_roster_kept_here)
        except DirectoryError as exc:   # no file to fix: said as itself
            raise click.ClickException(said(exc.detail)) from exc
        name = server.keys.name
    for p in done.problems:
        click.echo(cli_tr("  problem: {p}").format(p=p.said()))
    if done.problems:
        raise click.ClickException(cli_tr("nothing was changed: fix the {count} problem(s) above").format(
                                       count=len(done.problems)))
    click.echo(cli_tr("{name}: {added} new learner(s), {updated} updated ({transferred} moved to another unit)").format(
                   name=path.name, added=len(done.added), updated=done.updated, transferred=done.transferred))
    if done.added:
        out = slips or path.with_name(path.stem + ".slips.pdf")
        write_slips(out, done.added, name)
        click.echo(cli_tr("account slips with the one-time passwords: {out} (print, hand out, then delete the "
                          "file)").format(out=out))


def _passwords_made(done: int, total: int) -> None:
    """A large roster's one-time passwords take a tenth of a second each (argon2id): said as they go."""
    if total >= 1000:
        click.echo(cli_tr("one-time passwords made: {done} of {total}").format(done=done, total=total), err=True)


@click.command("export-roster")
@click.argument("path", type=OutputFile())
@click.option("--unit", "unit_id", type=Code(), default=None, help="Only this unit and the units below it.")
@click.pass_context
def export_roster_cmd(ctx: click.Context, path: Path, unit_id: str | None) -> None:
    """Write the roster in the import template's layout."""
    check_output(path, ctx.obj.instance_dir)
    from sync_server.directory.service import subtree
    from sync_server.directory.roster_files import export_roster
    from sync_server.models import Unit
    with _server(ctx) as server, server.sessions() as s:
        from examcore.private_files import create_private
        if unit_id and s.get(Unit, unit_id) is None:   # refused before the file is made, not an empty roster
            raise click.ClickException(cli_tr("no unit {unit_id} on this server: `units list` shows the units; "
                                              "nothing was written").format(unit_id=unit_id))
        count = export_roster(s, create_private(path), subtree(s, unit_id) if unit_id else None)   # names, phones
    click.echo(cli_tr("{count} learner(s) written to {path}").format(count=count, path=path))


@click.command("reset-password")
@click.argument("learner_no", type=Code())
@click.option("--slips", type=OutputFile(), default=None,
              help="Also write the account slip (PDF).")
@click.pass_context
def reset_password_cmd(ctx: click.Context, learner_no: str, slips: Path | None) -> None:
    """Give a learner a new one-time password (it reaches the stations with the next sync)."""
    if slips:
        check_output(slips, ctx.obj.instance_dir)
    from examcore.clock import utc_naive
    from sync_server.directory.service import DirectoryError
    from sync_server.directory.password_resets import reset_password
    from sync_server.models import Learner, Unit
    from sync_server.directory.roster_files import Slip, write_slips
    from sync_server.identity import reset_signer, upward_identity
    with _server(ctx) as server:
        # the reset goes up with the next sync-upstream or bundle (at a centre with no upstream yet: once it has one)
        upward, signer = upward_identity(server), reset_signer(server)
        try:
            with server.sessions.begin() as s:
                password = reset_password(s, learner_no, utc_naive(server.clock.now()), upward=upward, signer=signer)
                audit.record(s, "learner.reset_password", f"learner:{learner_no}", utc_naive(server.clock.now()))
                row = s.get(Learner, learner_no)
                unit = s.get(Unit, row.unit_id)
                slip = Slip(learner_no, row.name, unit.name if unit else row.unit_id, password, row.password_expires_at)
        except DirectoryError as exc:
            raise click.ClickException(said(exc.detail)) from exc
        name = server.keys.name
    click.echo(cli_tr("new one-time password for {learner_no} {name}: {password} (valid until "
                      "{expires_at:%Y-%m-%d}; must be changed at first login)").format(
                   learner_no=learner_no, name=slip.name, password=password, expires_at=slip.expires_at))
    if upward is not None:   # the province settles it: a later reset made there would stand instead
        click.echo(cli_tr("the reset goes up to the upstream server with the next sync-upstream (or bundle)"))
    if slips:
        write_slips(slips, [slip], name)
        click.echo(cli_tr("account slip: {slips}").format(slips=slips))


@click.command("trust-issuer")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_issuer_cmd(ctx: click.Context, public_key_file: Path) -> None:
    """Accept exam packages signed by this issuer (its .pub file from xuefa-pack); stations learn it too."""
    from examcore.clock import utc_naive
    from examcore.crypto.keys import fingerprint
    from sync_server.directory.service import trust_issuer
    key, name = read_public_key(public_key_file)
    with _server(ctx) as server, server.sessions.begin() as s:
        new = trust_issuer(s, key, name, utc_naive(server.clock.now()))
    click.echo(cli_tr("issuer {name} ({fingerprint}) {state}").format(
                   name=name, fingerprint=fingerprint(key),
                   state=cli_tr('trusted') if new else cli_tr('was already trusted')))


@click.command("set-policy", context_settings={"ignore_unknown_options": True})   # -1 is a value, not an option
@click.argument("key")
@click.argument("value", type=int)
@click.pass_context
def set_policy_cmd(ctx: click.Context, key: str, value: int) -> None:
    """Set a policy value handed down to stations (late_login_minutes, sync_interval_seconds, …)."""
    from examcore.clock import utc_naive
    from sync_server.directory.service import DirectoryError, set_policy
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                current = set_policy(s, key, value, utc_naive(server.clock.now()))
                audit.record(s, "policy.set", f"policy:{key}", utc_naive(server.clock.now()), detail=str(value))
        except DirectoryError as exc:
            raise click.ClickException(said(exc.detail)) from exc
    click.echo(cli_tr("policy handed down to the stations: {values}").format(
        values=", ".join(f"{k}={v}" for k, v in sorted(current.items()))))


COMMANDS = (   # registered on the main group by cli/__init__.py
    units, import_roster_cmd, export_roster_cmd, reset_password_cmd, trust_issuer_cmd, set_policy_cmd,
)
