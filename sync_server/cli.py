"""`xuefa-server`: set up and run a sync server, and do its offline work from the command line."""
from __future__ import annotations

import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import click
from sqlalchemy import func, select

from examcore.bundle import write_atomically
from examcore.errors import BundleError, PackageError
from examcore.keyfiles import KeyFileError
from sync_server.config import Config
from sync_server.context import ServerContext


@click.group()
@click.option("--instance", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Instance folder with keys and database (default: $XUEFA_SERVER_DIR or ./xuefa-server).")
@click.pass_context
def main(ctx: click.Context, instance: Path | None) -> None:
    """Xuefa sync server."""
    ctx.obj = Config.from_env(instance)


@contextmanager
def _server(ctx: click.Context):
    try:
        server = ServerContext.open(ctx.obj)
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        yield server
    finally:
        server.close()


@main.command()
@click.option("--name", required=True, help="This server's name, e.g. 某市考试中心")
@click.option("--database-url", default=None,
              help="SQLAlchemy URL, e.g. postgresql+psycopg://xuefa:…@db/xuefa (default: SQLite in the folder)")
@click.pass_context
def init(ctx: click.Context, name: str, database_url: str | None) -> None:
    """Create this server's keys and database."""
    from examcore.crypto.keys import fingerprint
    from sync_server.db import make_engine, migrate
    from sync_server.keys import RESULTS, SIGNING, create_keys
    config: Config = ctx.obj
    if (config.instance_dir / SIGNING).exists():
        raise click.ClickException(f"{config.instance_dir} already has server keys; refusing to replace them")
    if database_url:
        config.database_url = database_url
    keys = create_keys(config.instance_dir, name)
    config.save()
    engine = make_engine(config.database_url)
    migrate(engine)
    engine.dispose()
    click.echo(f"server {name} initialised in {config.instance_dir}")
    click.echo(f"signing key {fingerprint(keys.signing.public_raw())}: stations trust "
               f"{config.instance_dir / (SIGNING + '.pub')}")
    click.echo(f"results key {fingerprint(keys.results.public_raw())}: name "
               f"{config.instance_dir / (RESULTS + '.pub')} as a recipient when building packages")


@main.command("import-package")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def import_package_cmd(ctx: click.Context, path: Path) -> None:
    """Store an exam package whose results this server will receive."""
    from sync_server.ingest import import_package
    with _server(ctx) as server:
        try:
            title, new = import_package(server, path.read_bytes())
        except PackageError as exc:
            raise click.ClickException(f"{path.name} was not imported ({exc.code}): {exc.detail}") from exc
    click.echo(f"{'imported' if new else 'already present'}: {title}")


@main.command("import-bundle")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--receipts", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the receipt file for the station (default: beside the bundle).")
@click.pass_context
def import_bundle_cmd(ctx: click.Context, path: Path, receipts: Path | None) -> None:
    """Import a station's result bundle; write the receipt file that clears the station's outbox."""
    from sync_server.bundles import import_bundle
    with _server(ctx) as server:
        try:
            done = import_bundle(server, path.read_bytes())
        except BundleError as exc:
            raise click.ClickException(f"{path.name} was refused ({exc.code}): {exc.detail}; nothing was stored") \
                from exc
    counts = Counter(o.status.value for o in done.outcomes)
    click.echo(f"{path.name} from {done.sender_id}: " + ", ".join(f"{n} {k}" for k, n in sorted(counts.items())))
    for o in done.outcomes:
        if o.reason:
            click.echo(f"  {o.result_id}: {o.reason}: {o.detail}")
    out = receipts or path.with_name(path.stem + ".receipts.json")
    write_atomically(out, done.receipt_file())
    click.echo(f"receipt file for the station: {out}")
    if counts.get("refused") or counts.get("conflict"):
        sys.exit(1)


@main.command("export-bundle")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.pass_context
def export_bundle_cmd(ctx: click.Context, path: Path) -> None:
    """Write every result held here, with the stations' certificates, for the upstream server by USB."""
    from sync_server.bundles import export_bundle
    with _server(ctx) as server:
        try:
            count = export_bundle(server, path)
        except (OSError, BundleError) as exc:
            raise click.ClickException(f"the bundle could not be written to {path}: {exc}") from exc
    click.echo(f"{count} result(s) written to {path} and verified")


@main.group()
def devices() -> None:
    """Stations that deliver results here."""


@devices.command("list")
@click.pass_context
def devices_list(ctx: click.Context) -> None:
    from sync_server.models import Device
    with _server(ctx) as server, server.sessions() as s:
        rows = list(s.scalars(select(Device).order_by(Device.status, Device.device_id)))
    for d in rows:
        expiry = f" until {d.certificate_expires_at:%Y-%m-%d}" if d.certificate_expires_at else ""
        click.echo(f"{d.device_id}\t{d.status}{expiry}\t{d.note}")
    if not rows:
        click.echo("no devices yet")


@devices.command("code")
@click.option("--hours", type=int, default=24, show_default=True, help="How long the code is valid.")
@click.pass_context
def devices_code(ctx: click.Context, hours: int) -> None:
    """Print a one-time enrolment code: a station enrolling with it is approved at once."""
    from sync_server.devices import create_code
    with _server(ctx) as server:
        code = create_code(server, hours)
    click.echo(f"enrolment code: {code} (one station, valid {hours} h)")


@devices.command("add-server")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def devices_add_server(ctx: click.Context, public_key_file: Path) -> None:
    """Approve a lower server from its server-signing.key.pub, for USB bundles when no network reaches."""
    from examcore.crypto.keys import fingerprint
    from examcore.keyfiles import load_signing_public
    from sync_server.devices import EnrolmentRefused, approve_device, request_enrolment
    try:
        key, name = load_signing_public(public_key_file)
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    device_id = "server-" + fingerprint(key).replace(":", "")
    with _server(ctx) as server:
        try:
            request_enrolment(server, device_id, key, f"server {name}, added from its key file")
        except EnrolmentRefused as exc:
            raise click.ClickException(str(exc)) from exc
        approve_device(server, device_id)
    click.echo(f"approved server {name} as {device_id}")


@devices.command("approve")
@click.argument("device_id")
@click.option("--days", type=int, default=None, help="Certificate lifetime (default 365).")
@click.pass_context
def devices_approve(ctx: click.Context, device_id: str, days: int | None) -> None:
    from sync_server.devices import approve_device
    with _server(ctx) as server:
        try:
            device = approve_device(server, device_id, days)
        except KeyError:
            raise click.ClickException(f"no device {device_id}; `xuefa-server devices list` shows them") from None
    click.echo(f"approved {device_id} until {device.certificate_expires_at:%Y-%m-%d}")


@devices.command("revoke")
@click.argument("device_id")
@click.pass_context
def devices_revoke(ctx: click.Context, device_id: str) -> None:
    from sync_server.devices import revoke_device
    with _server(ctx) as server:
        try:
            revoke_device(server, device_id)
        except KeyError:
            raise click.ClickException(f"no device {device_id}") from None
    click.echo(f"revoked {device_id}: its results are refused from now on")


@main.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Results held, devices waiting, alerts."""
    from sync_server.models import Alert, Device, Result
    with _server(ctx) as server, server.sessions() as s:
        results = s.scalar(select(func.count()).select_from(Result))
        pending = s.scalar(select(func.count()).select_from(Device).where(Device.status == "pending"))
        alerts = list(s.scalars(select(Alert).order_by(Alert.id.desc()).limit(20)))
        name = server.keys.name
    click.echo(f"{name}: {results} result(s), {pending} device(s) waiting for approval, {len(alerts)} alert(s)")
    for a in alerts:
        click.echo(f"  {a.created_at:%Y-%m-%d %H:%M} {a.kind} {a.result_id or ''} {a.detail}")


@main.command("set-upstream")
@click.argument("url")
@click.option("--code", default=None, help="The one-time enrolment code the upstream's administrator gave.")
@click.pass_context
def set_upstream_cmd(ctx: click.Context, url: str, code: str | None) -> None:
    """Enrol this server with the server above it (e.g. the province) at URL."""
    from examcore.sync_client import SyncError
    from sync_server.relay import set_upstream
    with _server(ctx) as server:
        try:
            status = set_upstream(server, url, code)
        except SyncError as exc:
            raise click.ClickException(f"the upstream refused or cannot be reached: {exc}") from exc
    click.echo(f"upstream {url}: {status}" + ("" if status == "approved" else
                                              " (ask its administrator to approve this server)"))


@main.command("sync-upstream")
@click.pass_context
def sync_upstream(ctx: click.Context) -> None:
    """Relay every result the upstream lacks; resumes where an interrupted relay stopped."""
    from examcore.sync_client import SyncError
    from sync_server.relay import relay
    with _server(ctx) as server:
        with click.progressbar(length=1, label="relaying results", file=sys.stderr) as bar:
            def progress(done: int, total: int) -> None:
                bar.length = max(total, 1)
                bar.update(done - bar.pos)
            try:
                report = relay(server, progress)
            except SyncError as exc:
                raise click.ClickException(f"relay stopped ({exc.code}): {exc}; run it again to resume") from exc
    click.echo(f"{report.sent} result(s) sent, {report.already_there} already upstream; "
               f"both sides hold {report.count}: {'match' if report.match else 'MISMATCH'}")
    for o in report.refused:
        click.echo(f"  refused {o['result_id']}: {o['reason']}: {o['detail']}")
    if report.refused or not report.match:
        sys.exit(1)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8470, show_default=True, type=int)
@click.option("--threads", default=8, show_default=True, type=int)
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int) -> None:
    """Serve the API with waitress (for the provincial tier: gunicorn + PostgreSQL, see docs/)."""
    from waitress import serve as waitress_serve

    from sync_server.app import create_app
    try:
        app = create_app(ctx.obj)
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"serving on http://{host}:{port}/api/v1", err=True)
    waitress_serve(app, host=host, port=port, threads=threads, ident="xuefa")


if __name__ == "__main__":  # pragma: no cover
    main()
