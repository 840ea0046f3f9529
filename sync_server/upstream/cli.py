"""`xuefa-server` commands. The link to the upstream server: trust it, set it, sync with it."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from examcore.cli_text import cli_tr, said
from examcore.refusals import explain, os_reason, plain_network_refusal, plain_result_refusal
from sync_server.cli_common import open_server as _server, read_public_key, refusal


@click.command("trust-upstream")
@click.argument("public_key_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def trust_upstream_cmd(ctx: click.Context, public_key_file: Path) -> None:
    """Know the upstream by its server-signing.key.pub when no network reaches it (USB only)."""
    from examcore.crypto.keys import fingerprint
    from sync_server.models import Setting
    key, name = read_public_key(public_key_file)
    with _server(ctx) as server, server.sessions.begin() as s:
        s.merge(Setting(key="upstream_key", value=key.hex()))
    click.echo(cli_tr("upstream {name} ({fingerprint}) trusted: its receipt files are accepted here").format(
                   name=name, fingerprint=fingerprint(key)))


@click.command("set-upstream")
@click.argument("url")
@click.option("--code", default=None,
              help="The enrolment code the upstream's administrator gave (its last four groups name the upstream's "
                   "certificate, which this server then pins).")
@click.option("--fingerprint", default=None,
              help="The upstream's certificate fingerprint (its `xuefa-server tls show`), when enrolling without "
                   "a code.")
@click.option("--proxy", default=None,
              help="Reach the upstream through this HTTP proxy (http://host:port), e.g. the office's gateway. "
                   "The system's proxy settings are never used.")
@click.pass_context
def set_upstream_cmd(ctx: click.Context, url: str, code: str | None, fingerprint: str | None,
                     proxy: str | None) -> None:
    """Enrol this server with the server above it (e.g. the province) at URL, pinning its certificate."""
    from examcore.cli_params import check_enrol_words
    from examcore.sync_client import SyncError
    from sync_server.upstream.relay import set_upstream
    from sync_server.identity import setting
    with _server(ctx) as server:
        before = setting(server, "upstream_url")
        # (with one set already, "not set" read as if there were none: round 91)
        not_set = cli_tr("the upstream was not changed (it stays {url})").format(url=before) if before else \
            cli_tr("the upstream was not set")
        try:   # a mistyped code or address said as such, before anything is sent
            check_enrol_words(url, code, fingerprint)
        except click.UsageError as exc:
            raise click.ClickException(cli_tr("{what}: {why}").format(what=not_set, why=exc.message)) from exc
        try:
            status = set_upstream(server, url, code, fingerprint, proxy)
        except SyncError as exc:
            raise click.ClickException(refusal(not_set, exc)) from exc
    click.echo(cli_tr("upstream {url}: {status}").format(
                   url=url, status=cli_tr("approved") if status == "approved" else cli_tr("waiting for approval"))
               + ("" if status == "approved" else cli_tr(" (ask its administrator to approve this server)")))


# exit status of `sync-upstream` (docs/installing.md): bits, so that two things at once are both told
EXIT_REFUSED = 1        # the upstream refused results or records, holds other results than this server sent,
                        # or sent a change this server cannot use (a package that does not name it)
EXIT_PULL_FAILED = 2    # the upstream's changes could not be taken (roster, packages, policy, revocations)
EXIT_RELAY_FAILED = 4   # relaying results or study records stopped: what was not confirmed is sent next time
# a pull that failed so (no connection, or not the upstream's own) means the relay cannot be tried either (round 91:
# "relaying results" was printed after the connection had failed); a pull that stopped halfway does not
CONNECTION_FAILED = frozenset({"unreachable", "certificate_changed", "plain_server", "proxy_failed", "closed_plain",
                               "not_xuefa", "no_such_path", "plain_http", "no_pin",
                               # a Xuefa server that does not know this one (another server at the address, or
                               # not approved yet): nothing, password records least, goes to it (round 96)
                               "device_not_enrolled", "device_revoked", "wrong_server"})
# failures that running again may cure (the network, the upstream busy or restarting); any other needs a person
TRANSIENT = frozenset({"unreachable", "no_answer", "closed_plain", "gateway", "proxy_failed", "server_error",
                       "database_unavailable", "too_many_requests", "sync_running", "bad_answer", "malformed"})


@click.command("sync-upstream")
@click.pass_context
def sync_upstream(ctx: click.Context) -> None:
    """Take the upstream's changes (roster, packages, policy, revocations), then relay every result and
    study record it lacks; each step is told on its own, and an interrupted run resumes where it stopped.
    Exit status: 0, or the sum of 1 (refused), 2 (changes not taken) and 4 (relay stopped)."""
    from sync_server.service import log_to_files
    from sync_server.upstream.transfer_sessions import SyncRunning, held
    try:
        with _server(ctx) as server:
            try:   # the relay's retries, a taken-over session, the upstream's detail: in the instance's log
                log_to_files(ctx.obj.instance_dir, rotate=False)   # (`serve` may be rotating the same file)
            except OSError:
                pass   # a folder that cannot be written: the sync still runs, and says on screen what it did
            with held(server, "the sync-upstream command") as session:
                status = _sync_steps(server, session)
                if status:   # the session's record says how it ended (ended_words reads it back)
                    session.finish(f"exit status {status}",
                                   failed=bool(status & (EXIT_PULL_FAILED | EXIT_RELAY_FAILED)))
    except SyncRunning as exc:   # another worker, host, command or the admin window: it goes on, untouched
        raise click.ClickException(running_words(exc.running)) from exc
    if status:
        sys.exit(status)


def ended_words(outcome: str) -> str:
    """How a sync ended, as its transfer session recorded it ("exit status 6"), in words for `status`."""
    import re
    match = re.match(r"exit status (\d+)", outcome)
    if match is None:   # the admin window's "code: its words" (a SyncError), or an exception's: plain words only
        coded = re.match(r"([a-z_]+): ", outcome)
        return plain_network_refusal(coded.group(1), outcome[coded.end():]) if coded else \
            cli_tr("it stopped (the server's log says why)")
    status = int(match.group(1))
    return cli_tr("; ").join(words for bit, words in ((EXIT_REFUSED, cli_tr("results refused by the upstream")),
                                                      (EXIT_PULL_FAILED, cli_tr("changes not taken")),
                                                      (EXIT_RELAY_FAILED, cli_tr("the relay stopped")))
                             if status & bit)


def running_words(running, told_by_status: bool = False) -> str:
    """A sync that runs: who, since when, how far (sync_server/upstream/transfer_sessions.Running); as the reason a
    second one did not start, or (``told_by_status``) as a line of `status`."""
    from examcore.clock import local_text
    stage = {"pull": cli_tr("taking changes"), "relay": cli_tr("relaying results"),
             "study": cli_tr("relaying study records")}.get(running.stage, cli_tr("starting"))
    facts = {"since": local_text(running.started_at.isoformat()), "owner": owner_said(running.owner), "stage": stage,
             "done": running.done, "total": running.total}
    if told_by_status:
        return cli_tr("a sync with the upstream is running since {since} ({owner}: {stage}, {done} of {total} "
                      "result(s) relayed)").format(**facts)
    return cli_tr("a sync with the upstream is already running (since {since}, {owner}: {stage}, {done} of {total} "
                  "result(s) relayed); it was not started again: wait for it to end, or, if that program was "
                  "stopped, run this again in two minutes").format(**facts)


def bundle_running_words(running, told_by_status: bool = False) -> str:
    """A bundle import that runs (transfer_sessions.Running, ``about`` its sender): as the reason a second
    import of that sender's bundle did not start, or (``told_by_status``) as a line of `status`."""
    from examcore.clock import local_text
    facts = {"sender": running.about, "since": local_text(running.started_at.isoformat()),
             "owner": owner_said(running.owner), "done": running.done, "total": running.total}
    if told_by_status:
        return cli_tr("a bundle from {sender} is being imported since {since} ({owner}: {done} of {total} "
                      "result(s) done)").format(**facts)
    return cli_tr("a bundle from {sender} is already being imported (since {since}, {owner}: {done} of {total} "
                  "result(s) done); this one was not read: wait for that import to end and import the file "
                  "again (what is already stored is recognised), or, if that program was stopped, in two "
                  "minutes").format(**facts)


def bundle_stopped_words(stopped) -> str:
    """A sender's last bundle import that stopped halfway (transfer_sessions.Stopped), as a line of `status`."""
    from examcore.clock import local_text
    facts = {"sender": stopped.about, "at": local_text(stopped.at.isoformat()), "done": stopped.done,
             "total": stopped.total}
    if stopped.stage == "failed":
        import re
        system = re.search(r"\[Errno (\d+)\] (.*)", stopped.outcome)   # a full disk is said; other causes are
        facts["how"] = cli_tr("it failed ({reason})").format(reason=os_reason(OSError(   # in the log (no internals)
            int(system.group(1)), system.group(2)))) if system else cli_tr("it failed (the server's log says why)")
    else:   # interrupted (its program ended, or its host stopped) or, found so by the next import, taken over
        facts["how"] = cli_tr("its program was stopped")
    return cli_tr("the last import of a bundle from {sender} stopped at {at} with {done} of {total} result(s) "
                  "done: {how}. Import the same file again: what is stored stays, the rest goes in, nothing "
                  "twice").format(**facts)


def result_named(result_id: str, named: dict[str, tuple[str, str]]) -> str:
    """A relayed result as a clerk knows it: whose, in which exam, and its id (relay.results_named)."""
    if result_id not in named:
        return result_id
    learner, exam = named[result_id]
    return cli_tr("the result of learner {learner} in {exam}").format(learner=learner, exam=exam) + \
        f" ({result_id})"


def refused_by_upstream_line(o: dict, named: dict[str, tuple[str, str]]) -> str:
    """One result the upstream refused ({"result_id", "reason", "detail"}), by the relay or in its receipt
    file: whose, in which exam, and why in words."""
    return cli_tr("  refused by the upstream: {what}: {why}").format(
        what=result_named(str(o["result_id"]), named),
        why=plain_result_refusal(o["reason"], o["detail"], upstream=True))


def not_taken_line(o: dict) -> str:
    """One account record the upstream kept but did not take ({"kind", "learner_no", "detail", "detail_words"}),
    by the relay or in its receipt file: the password given out here may not work."""
    from examcore.cli_text import words_said
    return cli_tr("  kept but not taken by the upstream: {what}: {why}").format(
        what=(cli_tr("the password reset of learner {learner}") if o["kind"] == "reset" else
              cli_tr("the password change of learner {learner}")).format(learner=o["learner_no"]),
        why=words_said(o["detail"], o.get("detail_words")))


def owner_said(owner: str) -> str:
    """Who runs a sync (transfer_sessions.owner_words: "host pid 123 (the sync-upstream command)", "… (admin
    window, alice)") in the reader's language; an owner written otherwise (an older release) as stored."""
    import re
    match = re.fullmatch(r"(\S+) pid (\d+) \((.*)\)", owner)
    if match is None:
        return owner
    host, pid, how = match.groups()
    window = re.fullmatch(r"admin window, (.*)", how)
    how = cli_tr("the sync-upstream command") if how == "the sync-upstream command" else \
        cli_tr("the import-bundle command") if how == "the import-bundle command" else \
        cli_tr("the admin window of {user}").format(user=window.group(1)) if window else how
    return cli_tr("{how} on {host}, process {pid}").format(how=how, host=host, pid=pid)


def refused_record_line(outcome: dict, named: dict[str, tuple[str, str]]) -> str:
    """A study record or password change the upstream refused ({"record_id", "status", "detail"}, the
    detail "code: words"), said with whose it is and why in the reader's words (``named``: _records_named)."""
    code = str(outcome.get("detail", "")).split(":", 1)[0].strip()
    kind, learner = named.get(str(outcome["record_id"]), ("", "?"))
    what = (cli_tr("the password change of learner {learner}") if kind == "password"
            else cli_tr("the password reset of learner {learner}") if kind == "reset"
            else cli_tr("a study record of learner {learner}")).format(learner=learner)
    return cli_tr("  refused by the upstream: {what} ({record_id}): {why}").format(
        what=what, record_id=outcome["record_id"],
        why=plain_result_refusal(code if code.isidentifier() else str(outcome.get("status", "")),
                                 str(outcome.get("detail", "")), upstream=True))


def _records_named(server, record_ids: list[str]) -> dict[str, tuple[str, str]]:
    """record id -> (kind, learner no) of the study records (and password changes) held here."""
    from sqlalchemy import select

    from sync_server.models import StudyRecord
    with server.sessions() as s:
        return {rid: (kind, learner) for rid, kind, learner in s.execute(
            select(StudyRecord.record_id, StudyRecord.kind, StudyRecord.learner_no)
            .where(StudyRecord.record_id.in_(record_ids)))}


def _told_reviews(report) -> int:
    """The review decisions told to the upstream (sync_server/upstream/review_relay.py), each one it did not follow
    named with why; returns the exit status bits."""
    from examcore.cli_text import words_said
    if report.reviews_failed is not None:
        click.echo(refusal(cli_tr("telling the upstream the review decisions stopped (they are told on the next "
                                  "run)"), report.reviews_failed), err=True)
        return EXIT_RELAY_FAILED
    if report.reviews is None or not report.reviews.sent:
        return 0
    click.echo(cli_tr("{sent} review decision(s) told to the upstream").format(sent=report.reviews.sent))
    for o in report.reviews.kept:
        click.echo(cli_tr("  not followed by the upstream {result_id}: {why}").format(
            result_id=o["result_id"], why=words_said(o.get("note", ""), o.get("note_words"))))
    return 0


def _sync_steps(server, session) -> int:
    """sync-upstream's steps, each told on its own; returns the exit status."""
    from examcore.sync_client import SyncError
    from sync_server.upstream.pull import pull
    from sync_server.upstream.relay import relay, results_named
    from sync_server.upstream.study_relay import relay_study
    status = 0
    session.stage("pull")
    try:
        got = pull(server)
    except SyncError as exc:
        if exc.code == "no_upstream":   # nothing stopped: there is nothing to take from, and running again won't help
            # (ended as done, never as a sync that stopped: a province's `status` had said so for ever)
            from sync_server.identity import enrols_stations
            session.finish("no upstream")
            raise click.ClickException(explain(exc) if enrols_stations(server) else cli_tr(
                "this is the top server: it has no upstream, and results from the servers below stay here; there "
                "is nothing to sync")) from exc
        click.echo(refusal(cli_tr("taking changes from the upstream stopped (run it again to resume)")
                           if exc.code in TRANSIENT else   # (round 94: a wrong address was told to run again)
                           cli_tr("taking changes from the upstream stopped"), exc), err=True)
        status |= EXIT_PULL_FAILED
        if exc.code in CONNECTION_FAILED:   # the relay would fail alike: not tried, and not told as if it ran
            click.echo(cli_tr("results, study records and account records were not sent, as the upstream could not "
                              "be used (said above); they stay here and go with the next sync-upstream"), err=True)
            return status | EXIT_RELAY_FAILED
    else:
        click.echo(cli_tr("{applied} change(s) taken from the upstream, {packages} new package(s)").format(
                       applied=got.applied, packages=got.packages))
        for why in got.skipped:
            click.echo(cli_tr("  skipped: {why}").format(why=said(why)))
        if got.skipped:   # a package this server could never use: someone must act, so it is not exit 0
            status |= EXIT_REFUSED
    # the relay runs even when the changes could not be taken: results waiting here are what matters most
    with click.progressbar(length=1, label=cli_tr("relaying results"), file=sys.stderr) as bar:
        def progress(done: int, total: int) -> None:
            bar.length = max(total, 1)
            bar.update(done - bar.pos)
            session.stage("relay", done, total)   # how far, for `status` and a second sync told to wait
        try:
            report = relay(server, progress)
        except SyncError as exc:
            report = None
            click.echo(refusal(cli_tr("the relay of results stopped (run it again to resume)"), exc), err=True)
            status |= EXIT_RELAY_FAILED
    if report is not None:
        click.echo(cli_tr("{sent} result(s) sent, {already_there} already upstream").format(
                       sent=report.sent, already_there=report.already_there))
        named = results_named(server, [str(o["result_id"]) for o in report.refused])
        for o in report.refused:   # in words; the code and the upstream's detail go to the log
            click.echo(refused_by_upstream_line(o, named))
        if report.match:
            click.echo(cli_tr("both sides hold the same {count} result(s)").format(count=report.count))
        else:   # a result the upstream refused, or one it holds that this server does not
            click.echo(cli_tr("this server holds {count} result(s), the upstream {upstream} from this server: "
                              "not the same").format(count=report.count, upstream=report.upstream_count))
        if report.refused or not report.match:
            status |= EXIT_REFUSED
        status |= _told_reviews(report)
    session.stage("study")
    try:
        study = relay_study(server)
    except SyncError as exc:
        click.echo(refusal(cli_tr("relaying study records stopped (run it again to resume)"), exc), err=True)
        status |= EXIT_RELAY_FAILED
    else:
        if study.sent or study.already_there or study.refused:
            click.echo(cli_tr("{sent} study record(s) sent, {already_there} already upstream").format(
                           sent=study.sent, already_there=study.already_there))
        else:   # nothing was waiting, so nothing was sent: not a step that ran while the upstream is away
            click.echo(cli_tr("no study records or password changes waiting to go up"))
        named = _records_named(server, [str(o["record_id"]) for o in study.refused])
        for o in study.refused:   # whose record, and why in words; the upstream's detail goes to the log
            click.echo(refused_record_line(o, named))
        if study.match is False and not study.all_held:   # asked about each: some it confirmed are not there
            click.echo(cli_tr("the upstream confirmed {count} study record(s) of this server and holds {upstream} from "
                              "it: not the same").format(count=study.count, upstream=study.upstream_count))
        if study.refused or (study.match is False and not study.all_held):
            status |= EXIT_REFUSED
        for o in study.not_taken:   # kept up there, not taken: the password given out here may not work
            click.echo(not_taken_line(o))
        if study.resets or study.not_taken:   # the upstream settled them: take its answer now
            try:
                got = pull(server)
            except SyncError as exc:
                click.echo(refusal(cli_tr("taking the upstream's answer on the password resets stopped (it comes "
                                          "with the next run)"), exc), err=True)
                status |= EXIT_PULL_FAILED
            else:
                click.echo(cli_tr("{resets} password reset(s) taken by the upstream; {applied} more change(s) taken "
                                  "from it, its answer on them").format(resets=study.resets, applied=got.applied))
    return status


COMMANDS = (trust_upstream_cmd, set_upstream_cmd, sync_upstream,)   # registered on the main group by cli/__init__.py
