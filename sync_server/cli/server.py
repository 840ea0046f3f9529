"""`xuefa-server` commands. The server itself: init, tier, backup and restore, TLS certificates, serve, status."""
from __future__ import annotations

import logging
from pathlib import Path

import click
from sqlalchemy import func, select

from examcore.cli_text import cli_tr
from examcore.keyfiles import KeyFileError
from sync_server import audit
from sync_server.config import Config
from sync_server.cli_common import (Name, alert_words, check_usable, create_tls, database_trouble, DECISION_DETAIL,
                                    echo_tls, local_minute, open_server as _server, refusal, review_words,
                                    reviewer_words, rule_words, tls_fingerprint)


@click.command()
@click.option("--name", type=Name(), required=True, help="This server's name, e.g. 某市考试中心")
@click.option("--database-url", default=None,
              help="SQLAlchemy URL, e.g. postgresql+psycopg://xuefa:…@db/xuefa (default: SQLite in the folder)")
@click.option("--hostname", "hostnames", multiple=True,
              help="A name or IP address clients use for this server, put in its TLS certificate (repeat); "
                   "localhost, 127.0.0.1 and this PC's name are always in it.")
@click.option("--province", is_flag=True,
              help="A provincial server: stations enrol at the centres below it, never here, and a station's "
                   "own USB file is refused here (set-tier changes it later).")
@click.pass_context
def init(ctx: click.Context, name: str, database_url: str | None, hostnames: tuple[str, ...], province: bool) -> None:
    """Create this server's keys, TLS certificate and database."""
    from examcore.crypto.keys import fingerprint
    from sync_server.db import make_engine, migrate
    from sync_server.keys import RESULTS, SIGNING, create_keys
    from sync_server.config import absolute_url
    config: Config = ctx.obj
    check_usable(config, making=True)
    if (config.instance_dir / SIGNING).exists():
        raise click.ClickException(cli_tr("{instance_dir} already has server keys; refusing to replace them").format(
                                       instance_dir=config.instance_dir))
    if database_url:
        config.database_url = absolute_url(database_url)
    if _holds_a_server(config.database_url):
        # its keys are gone: new ones could open none of its sealed results, and no station would trust them
        raise click.ClickException(cli_tr("the database {db} already holds a server's data, whose keys are not in "
                                          "{folder}: nothing was made. Put the keys back (`xuefa-server restore` "
                                          "from the last backup), or choose another database").format(
                                              db=config.database_url.split("@")[-1], folder=config.instance_dir))
    keys = create_keys(config.instance_dir, name)
    tls = create_tls(config.instance_dir, name, hostnames)
    config.save()
    engine = make_engine(config.database_url)
    migrate(engine)
    engine.dispose()
    from sync_server.context import ServerContext
    ServerContext.open(config).close()   # the database remembers whose keys it serves, from the start
    if province:
        _set_tier(ctx, "province")
    click.echo(cli_tr("server {name} initialised in {instance_dir}").format(
                   name=name, instance_dir=config.instance_dir))
    # a province's key is trusted by the centres below it (`trust-upstream`), never by a station
    click.echo((cli_tr("signing key {fingerprint}: the centres below trust {key_file} (xuefa-server "
                       "trust-upstream)") if province else
                cli_tr("signing key {fingerprint}: stations trust {key_file}")).format(
                   fingerprint=fingerprint(keys.signing.public_raw()),
                   key_file=config.instance_dir / (SIGNING + '.pub')))
    click.echo(cli_tr("results key {fingerprint}: name {key_file} as a recipient when building packages").format(
                   fingerprint=fingerprint(keys.results.public_raw()),
                   key_file=config.instance_dir / (RESULTS + '.pub')))
    echo_tls(tls.fingerprint)


def _set_tier(ctx: click.Context, tier: str) -> None:
    from examcore.clock import utc_naive
    from sync_server.identity import TIER
    from sync_server.models import Setting
    with _server(ctx) as server, server.sessions.begin() as s:
        s.merge(Setting(key=TIER, value=tier))
        audit.record(s, "server.tier", "server", utc_naive(server.clock.now()), detail=tier)


@click.command("set-tier")
@click.argument("tier", type=click.Choice(["province", "centre"]))
@click.pass_context
def set_tier(ctx: click.Context, tier: str) -> None:
    """Say what this server is. province: stations enrol at the centres below it, and a station's own USB
    file is refused here; centre: stations enrol here (an unknown station's file waits for approval)."""
    _set_tier(ctx, tier)
    click.echo(cli_tr("this server is now a provincial server: stations enrol at their centres, not here")
               if tier == "province" else cli_tr("this server is now a centre: stations enrol here"))


def _holds_a_server(url: str) -> bool:
    """Whether the database at ``url`` was already set up by a server (a SQLite file with content, or the
    schema's version table), without creating anything."""
    from sqlalchemy import inspect
    from sqlalchemy.exc import SQLAlchemyError

    from sync_server.config import sqlite_file
    from sync_server.db import make_engine
    db = sqlite_file(url)
    if db is not None:
        return db.exists() and db.stat().st_size > 0
    engine = make_engine(url)
    try:
        return inspect(engine).has_table("alembic_version")
    except SQLAlchemyError as exc:
        raise click.ClickException(cli_tr("the database cannot be reached (is PostgreSQL running, and are the "
                                          "address, user and password right?): nothing was made")) from exc
    finally:
        engine.dispose()


@click.command("backup")
@click.argument("dest", type=click.Path(file_okay=False, path_type=Path))
@click.pass_context
def backup_command(ctx: click.Context, dest: Path) -> None:
    """Copy this server's keys, config and (SQLite) database to the empty folder DEST, safely while it runs."""
    from sync_server.backup import BackupError, backup
    check_usable(ctx.obj, reading=True)   # also from inside a program folder: how the data gets out of it
    try:
        done = backup(ctx.obj, dest)
    except (BackupError, OSError) as exc:
        raise click.ClickException(refusal(cli_tr("no backup was made"), exc)) from exc
    if done.database:
        click.echo(cli_tr("backed up to {dest}: keys, config and the database ({results} result(s)). Keep it "
                          "off this PC; it holds the server's private keys.").format(
                       dest=dest, results=done.results))
    else:
        click.echo(cli_tr("keys and config backed up to {dest}. The database is PostgreSQL: back it up with "
                          "pg_dump (docs/server.md, Backups).").format(dest=dest))


@click.command("restore")
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace the server already in the instance folder.")
@click.pass_context
def restore_command(ctx: click.Context, source: Path, force: bool) -> None:
    """Put the backup in SOURCE in place as this instance folder (stop the server first)."""
    from sync_server.backup import BackupError, restore
    from sync_server.db import make_engine, migrate
    check_usable(ctx.obj, making=True)
    try:
        done = restore(source, ctx.obj, force)
    except (BackupError, OSError) as exc:
        raise click.ClickException(refusal(cli_tr("nothing was restored"), exc)) from exc
    engine = make_engine(Config.from_env(ctx.obj.instance_dir).database_url)
    migrate(engine)   # a backup from an older release is brought up to this one's schema
    engine.dispose()
    click.echo(cli_tr("restored into {folder}: {results} result(s)").format(folder=done.folder, results=done.results)
               if done.database else
               cli_tr("restored into {folder}: keys and config. The database is PostgreSQL, named in config.json, "
                      "and is not in the backup: another host of the same server uses it as it is; only if the "
                      "database itself was lost, restore its pg_dump into it (docs/server.md, Backups)").format(
                   folder=done.folder))


@click.command()
@click.pass_context
def status(ctx: click.Context) -> None:
    """Results held and waiting to go up, devices waiting, the last sync each way, alerts."""
    from examcore.clock import from_utc_naive
    from sync_server.results.counted import HELD_PREFIX
    from sync_server.models import Alert, Device, Result
    from sync_server.upstream.relay import pending_relay
    from sync_server.identity import setting
    from sync_server.upstream.study_relay import pending_study_relay
    with _server(ctx) as server, server.sessions() as s:
        results = s.scalar(select(func.count()).select_from(Result))
        pending = s.scalar(select(func.count()).select_from(Device).where(Device.status == "pending"))
        alerts = list(s.scalars(select(Alert).order_by(Alert.id.desc()).limit(20)))
        name = server.keys.name
        upstream = setting(server, "upstream_url")
        to_relay = pending_relay(server)
        study_left = pending_study_relay(server)
        last_down, last_up = setting(server, "pull_last"), setting(server, "relay_last")
        from sync_server.upstream.bundles import enrols_stations
        top = not upstream and not enrols_stations(server)   # a province: lower servers, no station of its own
        from sync_server.results.review import held_counts
        held = held_counts(s)
        from sync_server.results.announced import never_delivered
        undelivered = len(never_delivered(s, None))
        from sync_server.upstream.cli import ended_words
        from sync_server.upstream.transfer_sessions import bundle_imports_running, bundle_imports_stopped, last_failed, running
        syncing, failed, importing = running(server), last_failed(server), bundle_imports_running(server)
        stopped = bundle_imports_stopped(server)
        from sync_server.upstream.relay import relay_refused, results_named
        refused = relay_refused(server)
        named = results_named(server, [str(o["result_id"]) for o in refused["refused"]]) if refused else {}
        # whose result in which exam each alert is about (issue 14: the ids alone tell a clerk nothing)
        named.update(results_named(server, [a.result_id for a in alerts if a.result_id]))
    click.echo(cli_tr("{name}: {results} result(s), {pending} device(s) waiting for approval, "
                      "{alerts} alert(s)").format(
                   name=name, results=results, pending=pending, alerts=len(alerts)))
    if upstream:
        click.echo(cli_tr("upstream {upstream}: {to_relay} result(s) not yet confirmed by it; last taken from "
                          "it: {last_down}; last relayed to it: {last_up}").format(
                       upstream=upstream, to_relay=to_relay, last_down=_stamp(last_down), last_up=_stamp(last_up)))
    elif top:
        click.echo(cli_tr("top server: no upstream (results from the servers below stay here)"))
    else:
        click.echo(cli_tr("no upstream set (xuefa-server set-upstream URL); {to_relay} result(s) not yet "
                          "confirmed upstream (by USB: export-bundle, then import-receipts)").format(
                       to_relay=to_relay))
    from sync_server.upstream.cli import result_named
    if refused:   # kept here, sent again at each relay until the upstream takes them
        from examcore.refusals import plain_result_refusal
        click.echo((cli_tr("{count} result(s) refused by the upstream, as its receipt file read on {at} says (they "
                           "stay here and go again with the next export-bundle):") if refused.get("road") == "usb" else
                    cli_tr("{count} result(s) refused by the upstream at the relay of {at} (they stay here and go "
                           "again with each sync-upstream):")).format(count=refused["count"], at=_stamp(refused["at"])))
        for o in refused["refused"]:
            click.echo(cli_tr("  {result_id}: {why}").format(
                result_id=result_named(str(o["result_id"]), named),
                why=plain_result_refusal(o["reason"], o["detail"], upstream=True)))
        if refused["count"] > len(refused["refused"]):
            click.echo(cli_tr("  … and {more} more (sync-upstream lists them all)").format(
                more=refused["count"] - len(refused["refused"])))
    if failed is not None and syncing is None:   # the nightly sync stopped: say so, not only when it last worked
        click.echo(cli_tr("the last sync with the upstream stopped at {at}: {how}; run sync-upstream again "
                          "(what was confirmed stays confirmed)").format(at=_stamp(failed[0].isoformat()),
                                                                         how=ended_words(failed[1])))
    if syncing is not None:   # by any process or host of this server (sync_server/upstream/transfer_sessions.py)
        from sync_server.upstream.cli import running_words
        click.echo(running_words(syncing, told_by_status=True))
    for bundle in importing:   # (the same: a USB bundle going in, from the admin window or import-bundle)
        from sync_server.upstream.cli import bundle_running_words
        click.echo(bundle_running_words(bundle, told_by_status=True))
    for gone in stopped:   # its last import from that sender stopped halfway: the same file goes in again
        from sync_server.upstream.cli import bundle_stopped_words
        click.echo(bundle_stopped_words(gone))
    if study_left and not top:
        click.echo(cli_tr("{study_left} study record(s) not yet confirmed upstream").format(study_left=study_left))
    if held.get("total"):
        click.echo(cli_tr("{total} result(s) held back, not counted until an administrator decides: ").format(
                       total=held["total"]) + cli_tr("; ").join(
                           cli_tr("{rule}: {count}").format(rule=rule_words([code]), count=n)   # (round 94: a bare
                           for code, n in held.items() if code != "total"))                      # count at the end)
        click.echo(cli_tr("  (xuefa-server flagged lists them with what each rule saw; xuefa-server decide "
                          "accepts or rejects one)"))
    if undelivered:   # each uses one of the learner's attempts until its result comes or it is released
        click.echo(cli_tr("{count} attempt(s) announced by a station whose result has not come (under way, or "
                          "lost), each using one of the learner's attempts (xuefa-server announced lists them; "
                          "release-attempt gives back one that will never come)").format(count=undelivered))
    for a in alerts:
        detail = a.detail
        if a.kind == "result_held" and detail.startswith(HELD_PREFIX):   # the rules, as sentences
            detail = rule_words(detail.removeprefix(HELD_PREFIX).split(","))
        elif decision := DECISION_DETAIL.fullmatch(detail):   # review.decide's "who: was -> now (rules): why"
            rules = rule_words(decision["rules"].split(","))   # none: no empty brackets
            detail = (cli_tr("{who}: {was} → {now} ({rules}): {reason}") if rules else
                      cli_tr("{who}: {was} → {now}: {reason}")).format(
                who=reviewer_words(decision["who"]), was=review_words(decision["was"]),
                now=review_words(decision["now"]), rules=rules, reason=decision["reason"])
        else:   # made with Words: in the reader's language
            detail = a.said()
        about = result_named(a.result_id, named) if a.result_id else ""
        click.echo(f"  {local_minute(from_utc_naive(a.created_at))} {alert_words(a.kind)} {about} {detail}")


def _stamp(value: str | None) -> str:
    """A stored UTC moment as this computer's local time to the minute, or "never"."""
    from examcore.clock import local_text
    return local_text(value) or cli_tr("never")


@click.group()
def tls() -> None:
    """This server's TLS certificate: show it, make it (an instance from before TLS), rotate it."""


@tls.command("show")
@click.pass_context
def tls_show(ctx: click.Context) -> None:
    """Print the certificate's fingerprint (and the next one, during a rotation)."""
    from examcore.tls_pin import show, short
    from sync_server.tls import current, staged
    now, nxt = current(ctx.obj.instance_dir), staged(ctx.obj.instance_dir)
    if now is None:
        raise click.ClickException(cli_tr("this instance has no TLS certificate yet: `xuefa-server tls create`"))
    click.echo(cli_tr("certificate {cert}: {long} (short form for typing: {short})").format(
                   cert=now.cert, long=show(now.fingerprint), short=show(short(now.fingerprint))))
    if nxt is not None:
        click.echo(cli_tr("next certificate, announced to stations: {show}").format(show=show(nxt.fingerprint)))


@tls.command("create")
@click.option("--hostname", "hostnames", multiple=True, help="A name or IP address clients use (repeat).")
@click.pass_context
def tls_create(ctx: click.Context, hostnames: tuple[str, ...]) -> None:
    """Make the TLS certificate of an instance made before TLS (`init` makes one for new instances)."""
    from sync_server.keys import load_keys
    try:
        name = load_keys(ctx.obj.instance_dir).name
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    echo_tls(create_tls(ctx.obj.instance_dir, name, hostnames).fingerprint)
    click.echo(cli_tr("stations enrolled before have no pin for it: enrol them again with a new code "
                      "(`devices code` or `devices room-file`)"))


@tls.command("rotate")
@click.option("--switch", is_flag=True,
              help="Second step: make the announced certificate the current one (then restart serve).")
@click.option("--hostname", "hostnames", multiple=True, help="A name or IP address clients use (repeat).")
@click.option("--again", is_flag=True,
              help="Replace a next certificate already announced (clients that took it must sync again).")
@click.option("--yes", is_flag=True, help="Do not ask first before the switch.")
@click.pass_context
def tls_rotate(ctx: click.Context, switch: bool, hostnames: tuple[str, ...], again: bool, yes: bool) -> None:
    """Replace the certificate without cutting stations off: first `tls rotate` makes the next certificate
    and announces it in the signed change feed; once the stations and lower servers have synced, `tls rotate
    --switch` puts it in place."""
    from examcore.clock import utc_naive
    from examcore.tls_pin import show
    from sync_server import changes
    from sync_server.tls import TlsError, required, stage_next, staged, switch as switch_certificate
    folder = ctx.obj.instance_dir
    if switch and (again or hostnames):
        raise click.ClickException(cli_tr("--switch puts the announced certificate in place as it is: it takes "
                                          "neither --again nor --hostname"))
    with _server(ctx) as server:
        try:
            if switch:
                announced = staged(folder)
                # every client that has not synced since the announcement is cut off: ask, and say so
                if announced is not None and not yes and not click.confirm(cli_tr(
                        "Switch to {show} now? Stations and lower servers that have not synced since it was "
                        "announced must then enrol again, and enrolment codes and room files made before "
                        "name the old certificate.").format(show=show(announced.fingerprint)), default=False):
                    click.echo(cli_tr("nothing changed"), err=True)
                    ctx.exit(1)
                done = switch_certificate(folder)
                click.echo(cli_tr("the certificate is now {show}; restart `xuefa-server serve` (and a proxy "
                                  "that uses it). Clients that synced since the rotation accept it; others "
                                  "must enrol again.").format(show=show(done.fingerprint)))
                return
            old = required(folder)
            announced = staged(folder)
            replaced = announced.fingerprint if announced is not None else None   # before the files change
            # a second rotation would silently replace the certificate the stations were told to accept:
            # after the switch, every station that synced only in between would be cut off
            if announced is not None and not again:
                raise click.ClickException(cli_tr(
                    "a next certificate {show} is already announced, and stations that synced since accept "
                    "it. Put it in place with `xuefa-server tls rotate --switch`; or replace it with `tls rotate "
                    "--again`, after which every station must sync again before the switch.").format(
                        show=show(announced.fingerprint)))
            nxt = stage_next(folder, server.keys.name, hostnames)
        except TlsError as exc:
            raise click.ClickException(str(exc)) from exc
        with server.sessions.begin() as s:
            changes.record(s, "tls", "tls", {"current": old.fingerprint, "next": nxt.fingerprint},
                           utc_naive(server.clock.now()))
    click.echo(cli_tr("next certificate {show} announced to the stations and lower servers with their next "
                      "sync. When they have all synced (a day of normal work), run `xuefa-server tls rotate "
                      "--switch` and restart serve.").format(show=show(nxt.fingerprint)))
    if replaced is not None:
        click.echo(cli_tr("it replaces {show}, announced before: stations that took that one accept this one "
                          "only after they sync again").format(show=show(replaced)))


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; 0.0.0.0 for every network. Off loopback the server speaks HTTPS.")
@click.option("--port", default=8470, show_default=True, type=int, help="The port to listen on.")
@click.option("--threads", default=8, show_default=True, type=int,
              help="Requests worked on at once (per worker process).")
@click.option("--connections", default=500, show_default=True, type=int,
              help="Open connections served at once. Every station in a room keeps one open; past the limit "
                   "idle ones are closed. 500 is the most select() handles on Windows.")
@click.option("--workers", default=1, show_default=True, type=int,
              help="Worker processes (Linux, with gunicorn: pip install 'xuefa[province]'); one per core "
                   "lets a provincial server verify results on every core.")
@click.option("--tls/--no-tls", "use_tls", default=None,
              help="HTTPS with the instance's certificate. Default: HTTPS, except plain HTTP on a loopback "
                   "address (127.0.0.1), which only this PC reaches.")
@click.option("--behind-proxy", is_flag=True,
              help="Plain HTTP for a reverse proxy (nginx, HAProxy) in front: the proxy MUST terminate TLS with "
                   "this instance's certificate (server-tls.crt/.key) so the clients' pins match, and put the "
                   "client's address last in X-Forwarded-For (per-address login limits and the audit log use it).")
@click.pass_context
def serve(ctx: click.Context, host: str, port: int, threads: int, connections: int, workers: int,
          use_tls: bool | None, behind_proxy: bool) -> None:
    """Serve the API: cheroot (any system, one process), or gunicorn workers with --workers."""
    from sync_server.serving import is_loopback_host
    from sync_server.tls import current
    check_usable(ctx.obj)
    if behind_proxy and use_tls:
        raise click.UsageError(cli_tr("--behind-proxy serves plain HTTP to the proxy; leave out --tls"))
    if use_tls is None:
        use_tls = not (behind_proxy or is_loopback_host(host))
    if not use_tls and not (behind_proxy or is_loopback_host(host)):
        raise click.UsageError(cli_tr("plain HTTP on {host} would carry passwords and tokens in clear over "
                                      "the network: serve HTTPS (leave out --no-tls), or give --behind-proxy "
                                      "if a proxy in front terminates TLS").format(host=host))
    tls = None
    if use_tls:
        tls_fingerprint(ctx)   # an instance from before TLS gets its certificate now
        tls = current(ctx.obj.instance_dir)
    scheme = "https" if tls else "http"
    ctx.obj.behind_proxy = behind_proxy
    if behind_proxy and not is_loopback_host(host):
        click.echo(cli_tr("--behind-proxy on {host}: let only the proxy reach this port (a firewall rule or a "
                          "private network), since the client's address is taken from what the proxy "
                          "says").format(host=host), err=True)
    if workers > 1:
        _serve_workers(ctx.obj, host, port, threads, workers, tls)
        return
    from sqlalchemy.exc import SQLAlchemyError

    from sync_server.app import create_app
    from sync_server.serving import PortError, serve as serve_app, tune_collector
    from sync_server.service import awake, connection_limit, log_to_files
    if (allowed := connection_limit(connections)) < connections:
        click.echo(cli_tr("--connections {asked} is more than Windows serves from one process; using {allowed} "
                          "(for more stations: a second centre server, or the server on Linux)").format(
                              asked=connections, allowed=allowed), err=True)
        connections = allowed
    log_file = log_to_files(ctx.obj.instance_dir)
    served = logging.getLogger("xuefa.server")
    try:
        app = create_app(ctx.obj)
    except KeyFileError as exc:
        raise click.ClickException(str(exc)) from exc
    except SQLAlchemyError as exc:   # PostgreSQL down, a wrong password, a damaged file: one plain line, the log
        raise click.ClickException(database_trouble(ctx.obj, exc)) from exc

    def ready() -> None:   # the one line on the console: after it, everything goes to the log file
        # the address stations and lower servers are given (round 93: with /api/v1 it was copied and refused)
        click.echo(cli_tr("serving on {url} (log: {log})").format(url=f"{scheme}://{host}:{port}",
                                                                 log=log_file), err=True)
        served.info("serving on %s://%s:%s/api/v1, %d threads, %d connections", scheme, host, port, threads,
                    connections)
    tune_collector()
    try:
        with awake():
            serve_app(app, host, port, threads, connections, tls, ready)
    except PortError as exc:
        served.error("cannot listen on %s:%s: %s", host, port, exc)
        raise click.ClickException(port_in_use(host, port)) from exc


def port_in_use(host: str, port: int) -> str:
    return cli_tr("cannot listen on {host}:{port}: is another xuefa-server (or another program) using that port? "
                  "Stop it, or give another --port").format(host=host, port=port)


def _serve_workers(config: Config, host: str, port: int, threads: int, workers: int, tls) -> None:
    try:
        from gunicorn.app.base import BaseApplication
    except ImportError:
        raise click.ClickException(cli_tr("--workers needs gunicorn (Linux): pip install 'xuefa[province]'; "
                                          "or serve with one process (leave out --workers)")) from None
    from sync_server.app import create_app
    from sync_server.db import make_engine, migrate
    from sync_server.service import log_to_files
    log_file = log_to_files(config.instance_dir, rotate=False)   # workers append; logrotate rotates
    config.workers = workers
    from sqlalchemy.exc import SQLAlchemyError
    engine = make_engine(config.database_url)  # migrate once here, not in every worker at the same time
    try:
        migrate(engine)
    except SQLAlchemyError as exc:   # PostgreSQL down, a wrong password: one plain line, as without --workers
        raise click.ClickException(database_trouble(config, exc)) from exc
    finally:
        engine.dispose()

    from sync_server.serving import PortError, check_port
    try:
        check_port(host, port)
    except PortError as exc:
        logging.getLogger("xuefa.server").error("cannot listen on %s:%s: %s", host, port, exc)
        raise click.ClickException(port_in_use(host, port)) from exc

    class Workers(BaseApplication):
        def load_config(self) -> None:
            settings = {"bind": f"{host}:{port}", "workers": workers, "threads": threads,
                        "worker_class": "gthread", "timeout": 120, "accesslog": None,
                        "errorlog": str(log_file)}
            if tls is not None:
                settings.update(certfile=str(tls.cert), keyfile=str(tls.key))
            for key, value in settings.items():
                self.cfg.set(key, value)

        def load(self):
            from sync_server.serving import tune_collector
            app = create_app(config)  # in each worker, after the fork: its own engine and connections
            tune_collector()
            return app

    click.echo(cli_tr("serving on {scheme}://{host}:{port}/api/v1 with {workers} worker processes (log: "
                      "{log_file})").format(
                   scheme='https' if tls else 'http', host=host, port=port, workers=workers, log_file=log_file),
               err=True)
    Workers().run()


COMMANDS = (   # registered on the main group by cli/__init__.py
    init, set_tier, backup_command, restore_command, status, tls, serve,
)
