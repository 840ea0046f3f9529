"""What every `xuefa-server` command module shares: opening the server named by --instance, checking a
file a command is about to write, and the words and checks several areas' commands use."""
from __future__ import annotations

import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import click
from sqlalchemy.exc import SQLAlchemyError

from examcore.cli_text import cli_tr
from examcore.keyfiles import KeyFileError
from sync_server.config import Config, ConfigError
from sync_server.context import ServerContext


@contextmanager
def open_server(ctx: click.Context):
    """The ServerContext of the instance folder the main group resolved (a clear error when it has no keys)."""
    try:
        ctx.obj.check_usable()
        server = ServerContext.open(ctx.obj)
    except (KeyFileError, ConfigError) as exc:
        raise click.ClickException(str(exc)) from exc
    except SQLAlchemyError as exc:   # PostgreSQL down or refusing, a damaged file: a plain line, not a traceback
        raise click.ClickException(database_trouble(ctx.obj, exc)) from exc
    try:
        yield server
    finally:
        server.close()


def database_trouble(config: Config, exc: Exception) -> str:
    """Why the database cannot be opened, in words that fit this instance's database (a SQLite file is
    never blamed on PostgreSQL); the detail goes to the instance's log, whose path is said."""
    from sync_server.config import sqlite_file
    from sync_server.service import log_to_files
    try:
        where = str(log_to_files(config.instance_dir))
    except OSError:   # a folder that cannot be written: the detail stays on stderr's last resort
        where = ""
    logging.getLogger("xuefa.server.cli").error("the database cannot be opened: %s", exc, exc_info=exc)
    file = sqlite_file(config.database_url)
    if file is not None:
        said = cli_tr("the database file {file} cannot be read: it is damaged or is not a Xuefa database; nothing "
                      "was changed: restore the latest backup (xuefa-server restore BACKUP --force, with the server "
                      "stopped)").format(file=file)
    else:   # XUEFA_DATABASE_URL overrides config.json: blame where the address came from
        source = "XUEFA_DATABASE_URL" if os.environ.get("XUEFA_DATABASE_URL") else "config.json"
        said = _postgres_refusal(str(getattr(exc, "orig", None) or exc)).format(source=source)
    return said + (cli_tr("; the detail is in {log}").format(log=where) if where else "")


def _postgres_refusal(detail: str) -> str:
    """Why PostgreSQL could not be reached, by its answer (psycopg gives no SQLSTATE for a refused
    connection, so its words are read, in English or in a Chinese server's lc_messages): a wrong user or
    password, a missing database, another refusal from a running server, or no answer at all. The result
    has {source} for where the address came from."""
    if re.search(r"password authentication failed|authentication failed|认证失败|no password supplied", detail):
        return cli_tr("PostgreSQL refused the user name or password in the address in {source}: correct them "
                      "(the server itself is running)")
    if re.search(r"database \S+ does not exist|数据库 \S+ 不存在", detail):
        return cli_tr("the database named in the address in {source} does not exist on that PostgreSQL: create "
                      "it (docs/server.md) or correct its name")
    if re.search(r"FATAL|致命错误", detail):
        return cli_tr("PostgreSQL is running but refused the connection: check the user, password and database in "
                      "the address in {source}, and pg_hba.conf")
    return cli_tr("the database cannot be opened (is PostgreSQL running, and is the address in {source} right?)")


def check_output(path: Path, instance_dir: Path, own_kind: Callable[[bytes], bool] | None = None) -> None:
    """Refuse, before anything is made, a path a command must not write over: something that is not a
    plain file (a folder, a device), a file in the server's instance folder (its keys, its database), or,
    with ``own_kind``, an existing file that is not of the kind the command writes (an earlier room file
    may be replaced; a key or a spreadsheet may not). Raises click.ClickException."""
    path = Path(path)
    target = path.resolve()
    if target.is_relative_to(Path(instance_dir).resolve()):
        raise click.ClickException(cli_tr("{path} is in the server's instance folder, beside its keys and database: "
                                          "nothing was written; write it somewhere else").format(path=path))
    if path.exists() or path.is_symlink():
        if not target.is_file():
            raise click.ClickException(cli_tr("{path} exists and is not a plain file: nothing was written").format(
                                           path=path))
        if own_kind is not None:
            try:
                ours = own_kind(target.read_bytes())
            except OSError:
                ours = False
            if not ours:
                raise click.ClickException(cli_tr("{path} already exists and is another kind of file: nothing was "
                                                  "written; choose a new name").format(path=path))


class Day(click.ParamType):
    """A calendar day typed as 2026-11-20, between the years 2000 and 2100 (a date outside is a typing
    slip, and date arithmetic near year 1 or 9999 overflows). Gives a datetime.date."""
    name = "day"

    def get_metavar(self, param: click.Parameter, ctx: click.Context | None = None) -> str:
        return "YYYY-MM-DD"

    def convert(self, value, param, ctx):   # noqa: ANN001 - click's signature
        if isinstance(value, date):
            return value
        try:
            day = datetime.strptime(str(value).strip(), "%Y-%m-%d").date()
        except ValueError:
            self.fail(cli_tr("{value} is not a day like 2026-11-20").format(value=value), param, ctx)
        if not 2000 <= day.year <= 2100:
            self.fail(cli_tr("{value} is not a day between the years 2000 and 2100").format(value=value), param, ctx)
        return day


class Code(click.ParamType):
    """An id people type (a unit's code, an account's user name): 1 to 40 characters, no spaces, trimmed,
    full-width letters and digits (typed with the IME's 全角 on) read as the plain ones. An empty or blank
    one would make a record nobody can name again."""
    name = "text"

    def convert(self, value, param, ctx):   # noqa: ANN001 - click's signature
        text = unicodedata.normalize("NFKC", str(value)).strip()
        if not 1 <= len(text) <= 40 or any(ch.isspace() or not ch.isprintable() for ch in text):
            # shown as typed (a full-width space was shown as Python's '\u3000'); only what cannot be seen escaped
            shown = "".join(ch if ch.isprintable() or unicodedata.category(ch) == "Zs" else f"\\u{ord(ch):04x}"
                            for ch in str(value))
            self.fail(cli_tr("“{value}” cannot be used: 1 to 40 letters, digits or signs, without spaces").format(
                value=shown), param, ctx)
        return text


class Name(click.ParamType):
    """A name people read (a unit's, a server's): 1 to 100 characters, trimmed."""
    name = "text"

    def convert(self, value, param, ctx):   # noqa: ANN001 - click's signature
        text = " ".join(str(value).split())
        if not text:   # (round 95: spaces only were told "1 to 100 characters")
            self.fail(cli_tr("the name is blank: type it"), param, ctx)
        if len(text) > 100:
            self.fail(cli_tr("a name has 1 to 100 characters"), param, ctx)
        return text


def read_public_key(path: Path) -> tuple[bytes, str]:
    """A server's or issuer's .pub file, or a clear error."""
    from examcore.keyfiles import load_recipient, load_signing_public
    try:
        return load_signing_public(path)
    except KeyFileError as exc:
        try:
            load_recipient(path)
        except KeyFileError:
            pass
        else:   # a key file of Xuefa, of the other kind
            raise click.ClickException(cli_tr("{file} is a results key (it opens results); give the signing key "
                                              "beside it: server-signing.key.pub").format(file=path.name)) from exc
        raise click.ClickException(refusal(cli_tr("{file} is not a public key file of Xuefa, or it is damaged: "
                                               "copy it again (it ends in .pub)").format(file=path.name), exc,
                                            plain=False)) from exc


def check_usable(config: Config, making: bool = False, reading: bool = False) -> None:
    """The instance folder can be used (Config.check_usable), or a clear error before anything is touched."""
    try:
        config.check_usable(making, reading)
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc


def refusal(what: str, exc: BaseException, plain: bool = True) -> str:
    """"WHAT: the plain reason" (examcore/refusals.py); the technical detail with --verbose, always in the log."""
    from examcore.refusals import explain, technical
    logging.getLogger("xuefa.server.cli").info("%s: %s", what, technical(exc))
    text = cli_tr("{what}: {why}").format(what=what, why=explain(exc)) if plain else what
    return text + (f"\n  {technical(exc)}" if click.get_current_context().find_root().meta.get("verbose") else "")


def create_tls(folder: Path, name: str, hostnames: tuple[str, ...]):
    from sync_server.tls import TlsError, create
    try:
        return create(folder, name, hostnames)
    except TlsError as exc:
        raise click.ClickException(str(exc)) from exc


def echo_tls(fingerprint: str, err: bool = False) -> None:
    from examcore.tls_pin import show
    click.echo(cli_tr("TLS certificate {show}: stations, admin windows and lower servers pin it; it travels "
                      "in the enrolment codes (`devices code`) and room files").format(show=show(fingerprint)), err=err)


def tls_fingerprint(ctx: click.Context) -> str:
    """This server's current certificate fingerprint, made now if the instance predates TLS."""
    from sync_server.keys import load_keys
    from sync_server.tls import current
    tls = current(ctx.obj.instance_dir)
    if tls is None:
        try:
            name = load_keys(ctx.obj.instance_dir).name
        except KeyFileError as exc:
            raise click.ClickException(str(exc)) from exc
        tls = create_tls(ctx.obj.instance_dir, name, ())
        click.echo(cli_tr("this instance had no TLS certificate: one was made"), err=True)
        echo_tls(tls.fingerprint, err=True)
    return tls.fingerprint


def code_with_pin(code: str, fingerprint: str) -> str:
    """The enrolment code as handed out: the one-time code, then the certificate's short fingerprint."""
    from examcore.tls_pin import short
    pin = short(fingerprint)
    return code + "-" + "-".join(pin[i:i + 5] for i in range(0, len(pin), 5))


def local_minute(when) -> str:
    """A moment as the people in the room read it: this computer's time, to the minute."""
    from examcore.clock import to_local
    return to_local(when).strftime("%Y-%m-%d %H:%M")


def duration_words(span) -> str:
    """How long ahead, in days, hours or minutes."""
    minutes = int(span.total_seconds() // 60)
    if minutes >= 24 * 60:
        return cli_tr("{days} day(s) {hours} h").format(days=minutes // 1440, hours=minutes % 1440 // 60)
    if minutes >= 60:
        return cli_tr("{hours} h {minutes} min").format(hours=minutes // 60, minutes=minutes % 60)
    return cli_tr("{minutes} min").format(minutes=minutes)


def read_password(prompt: str, user_name: str) -> str:
    """A password from the terminal (hidden, asked twice) or, when stdin is not a terminal, its first
    line; never from the command line, where it would stay in the shell's history and the process list.
    One the password rule refuses (examcore/password_policy.py) is refused here, in the user's language."""
    from examcore.password_policy import MAX_LENGTH, MIN_LENGTH, password_problems
    if sys.stdin.isatty():
        password = click.prompt(prompt, hide_input=True, confirmation_prompt=True)
    else:
        line = sys.stdin.readline()
        if not line:
            raise click.ClickException(cli_tr("no password: type it when asked, or give it on stdin (one line)"))
        password = line.rstrip("\r\n")
    words = {"too_short": cli_tr("it needs at least {n} characters").format(n=MIN_LENGTH),
             "too_long": cli_tr("it may have at most {n} characters").format(n=MAX_LENGTH),
             "common_password": cli_tr("it is one of the most used passwords"),
             "too_simple": cli_tr("it is only spaces or a few repeated keys"),
             "contains_user_name": cli_tr("it contains the user name")}
    problems = password_problems(user_name, password)
    if problems:
        raise click.ClickException(cli_tr("the password was not accepted: {why}; nothing was changed").format(
            why=cli_tr("; ").join(words.get(p, p) for p in problems)))
    return password


def outcome_words(outcome: str | None) -> str:
    """A result's outcome in the user's language (the code stays in the database and the API)."""
    return {"passed": cli_tr("passed"), "failed": cli_tr("failed"),
            "pending": cli_tr("awaiting marking")}.get(outcome or "", outcome or "")


def rule_words(codes) -> str:
    """The acceptance rules a result broke, as sentences in the user's language (sync_server/results/acceptance.py)."""
    from examcore.cli_text import language
    from sync_server.results.acceptance import RULES, RULES_ZH
    words = RULES_ZH if language() == "zh_CN" else RULES
    return cli_tr("; ").join(words.get(code, code) for code in codes if code)


# a decision's detail as sync_server/results/review.py writes it: who, old -> new state, the rules, the reason
DECISION_DETAIL = re.compile(r"(?P<who>.+?): (?P<was>\w+) -> (?P<now>\w+) \((?P<rules>[\w,]*)\): (?P<reason>.*)", re.S)


def reviewer_words(reviewed_by: str) -> str:
    """Who decided, in the user's language (sync_server.results.review.reviewer)."""
    from examcore.cli_text import said
    from sync_server.results.review import reviewer
    return said(reviewer(reviewed_by))


def review_words(review: str) -> str:
    return {"held": cli_tr("held"), "accepted": cli_tr("accepted"), "rejected": cli_tr("rejected"),
            "counted": cli_tr("counted")}.get(review, review)


def alert_words(kind: str) -> str:
    """What an alert is about, in the user's language (the code stays in the database and the API)."""
    return {"result_held": cli_tr("result held back"), "score_mismatch": cli_tr("score differs from the re-grade"),
            "late_answers": cli_tr("answers after time-up"), "points_short": cli_tr("study points short"),
            "slept_long": cli_tr("PC asleep or program off"), "result_counted": cli_tr("held result counts now"),
            "first_met_after_window": cli_tr("sat before the station first reached this server"),
            "announced_over_limit": cli_tr("an attempt told by a station, never delivered"),
            "conflicting_attempt": cli_tr("two results for one attempt"),
            "conflicting_upload": cli_tr("a result re-sent changed"),
            "package_skipped": cli_tr("exam package not taken"), "study_file_skipped": cli_tr("study file not taken"),
            "result_accepted": cli_tr("held result accepted"), "result_rejected": cli_tr("held result rejected"),
            "password_change_outside_unit": cli_tr("password change from outside the unit"),
            "password_reset_refused": cli_tr("a password reset not taken"),
            "password_change_refused": cli_tr("a password change over an unknown reset not taken"),
            "lower_review_kept": cli_tr("a lower server's decision not followed"),
            "upstream_differs": cli_tr("the upstream judges a result otherwise"),
            "announced_not_served": cli_tr("attempts listed for learners the station does not serve")}.get(kind, kind)
