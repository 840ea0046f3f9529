"""`xuefa-server` commands. Results held by a rule (flagged), an administrator's decision on one (decide), and the
attempts stations announced and never delivered (announced, release-attempt). USB bundles and receipts are the
upstream area's (sync_server/upstream/bundles_cli.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import click

from examcore.cli_text import cli_tr, said, words_said
from examcore.clock import utc_naive
from sync_server.results.acceptance import RULES
from sync_server.cli_common import alert_words, open_server as _server, review_words, reviewer_words, rule_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from sync_server.models import Learner


@click.command()
@click.option("--rule", default=None, type=click.Choice(list(RULES)), metavar="RULE",
              help="Only results that broke this rule: learner_outside_unit (the learner is not in the units "
                   "the station serves), not_seated (not seated in the sitting the result names), "
                   "seat_other_device (the seat was checked in from another station), sitting_not_started (begun "
                   "before the sitting was started), recorded_missing (the proctor recorded the learner as "
                   "missing), late_start (begun after the sitting closed, or after its login closed without "
                   "checking in), "
                   "second_in_sitting (handed in again in the same sitting), clock_moved_back (begun with the "
                   "station's clock set back), outside_window "
                   "(outside the exam window), over_duration (longer than the time allowed), late_answers "
                   "(answers saved after the time was up), slept_long (the PC slept or the program was off more than "
                   "10 minutes in all, not counted as exam time), attempt_limit (more attempts than the exam "
                   "allows: an administrator decides which counts), second_result (another, different result of "
                   "the same attempt was delivered: sealed twice).")
@click.option("--review", type=click.Choice(["held", "accepted", "rejected", "all"]), default="held", show_default=True,
              help="held: waiting for a decision; accepted or rejected: decided; all.")
@click.pass_context
def flagged(ctx: click.Context, rule: str | None, review: str) -> None:
    """Results stored but held back (not counted) by the acceptance rules, with the rules they broke."""
    from sync_server.results.review import flagged_results
    with _server(ctx) as server, server.sessions() as s:
        rows = flagged_results(s, None, rule=rule, review=None if review == "all" else review)
    for r in rows:
        click.echo(cli_tr("{result_id}  learner {learner_no} {name} ({unit})  {exam}  score {score}  station "
                          "{device_id}").format(result_id=r["result_id"], learner_no=r["learner_no"], name=r["name"],
                                                unit=r["unit_name"] or r["unit_id"] or "-",
                                                exam=r["exam_title"] or r["exam_id"], score=r["score"],
                                                device_id=station_named(r["device_id"], r["station_name"])))
        if r["flags"]:   # none: once held, it counts now (its fact says why)
            click.echo(cli_tr("    rules broken: {rules}").format(rules=rule_words(r["flags"])))
        for fact in r["facts"]:   # what the rule saw: how late, how long asleep
            click.echo(cli_tr("    {what}: {fact}").format(what=alert_words(fact["kind"]),
                                                           fact=words_said(fact["detail"], fact["words"])))
        if r["reviewed_by"]:
            click.echo(cli_tr("    {review} by {who}: {reason}").format(
                review=review_words(r["review"]), who=reviewer_words(r["reviewed_by"]), reason=r["review_reason"]))
        if r.get("below"):
            click.echo(below_line(r["below"]))
    click.echo(cli_tr("{count} result(s)").format(count=len(rows)))
    if rows and review == "held":
        click.echo(cli_tr("To decide one: xuefa-server decide RESULT_ID accept|reject --reason \"…\" --by ADMIN "
                          "(accepted, it counts; rejected, it stays stored and never counts)"))


def below_line(below: dict) -> str:
    """What the lower server that relayed a result decided, and whether this server followed it."""
    line = cli_tr("    {server} decided: {review} by {who} ({reason})").format(
        server=below["server"], review=review_words(below["review"]), who=reviewer_words(below["reviewed_by"]),
        reason=below["reason"])
    if below["outcome"] == "kept":
        line += cli_tr("; not followed here: {why}").format(why=words_said(below["note"], below["note_words"]))
    return line


@click.command()
@click.argument("result_id")
@click.argument("decision", type=click.Choice(["accept", "reject"]))
@click.option("--reason", required=True, help="Why (kept with who decided and when).")
@click.option("--by", "who", required=True, help="Who decides: the user name of an administrator account here "
                                                   "(not a proctor's); kept as 'NAME (server console)'.")
@click.option("--yes", is_flag=True, help="Do not ask first when it changes an earlier decision.")
@click.pass_context
def decide(ctx: click.Context, result_id: str, decision: str, reason: str, who: str, yes: bool) -> None:
    """Accept a held result (it counts from now on) or reject it (it stays stored, never counts)."""
    from sync_server.models import Result
    from sync_server.results.review import CONSOLE_MARK, DECISIONS, ReviewError
    from sync_server.results.review import decide as decide_result
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                row = s.get(Result, result_id)
                _administrator_over(s, who, row.learner_no if row is not None else None)
                if row is not None and row.reviewed_by and row.review != DECISIONS[decision] and not yes:
                    question = cli_tr("{result_id} was {review} by {by} ({reason}). Change it?").format(
                        result_id=result_id, review=review_words(row.review), by=reviewer_words(row.reviewed_by),
                        reason=row.review_reason)
                    if not click.confirm(question, default=False):
                        click.echo(cli_tr("nothing changed"), err=True)
                        ctx.exit(1)
                row, counting = decide_result(s, result_id, decision, reason, who + CONSOLE_MARK, server.clock.now())
        except ReviewError as exc:
            raise click.ClickException(said(exc.detail)) from exc
    click.echo(cli_tr("{result_id}: {review} by {who}").format(result_id=row.result_id, review=review_words(row.review),
                                                                who=reviewer_words(row.reviewed_by or "")))
    if counting:   # held only for the limit: the rejection gave their attempt back
        click.echo(cli_tr("now counted (held only because of it): {results}").format(results=", ".join(counting)))


def _administrator_over(s: Session, who: str, learner_no: str | None) -> Learner | None:
    """The learner (None if unknown) once ``who`` is an administrator account here over the learner's unit
    (a decision is kept with who made it; a proctor's account decides nothing); ClickException otherwise."""
    from sync_server.admins import scope_of
    from sync_server.models import AdminAccount, Learner
    account = s.get(AdminAccount, who)
    if account is None or account.disabled:
        raise click.ClickException(cli_tr("{who!r} is not an administrator account here (xuefa-server admins list): "
                                          "a decision is kept with who made it").format(who=who))
    if account.role == "proctor":
        raise click.ClickException(cli_tr("{who} is a proctor: results are decided by an administrator "
                                          "of the learner's unit").format(who=who))
    learner = s.get(Learner, learner_no) if learner_no is not None else None
    if learner_no is not None and not scope_of(s, account).has_unit(learner.unit_id if learner else None):
        raise click.ClickException(cli_tr("{who} does not administer the unit of learner {learner_no}: "
                                          "the decision is for an administrator over it").format(
                                       who=who, learner_no=learner_no))
    return learner


@click.command()
@click.option("--learner", "learner_no", default=None, help="Only this learner's.")
@click.pass_context
def announced(ctx: click.Context, learner_no: str | None) -> None:
    """Attempts a station said were under way whose result never came: each uses one of the learner's
    attempts until it comes or an administrator releases it (release-attempt)."""
    from sqlalchemy import select

    from examcore.clock import from_utc_naive
    from sync_server.cli_common import local_minute
    from sync_server.models import Device, Learner, Package
    from sync_server.results.announced import never_delivered
    with _server(ctx) as server, server.sessions() as s:
        rows = never_delivered(s, learner_no)
        # names, not ids (outside round 18): who, which exam, which PC
        names = dict(s.execute(select(Learner.learner_no, Learner.name).where(
            Learner.learner_no.in_({r.learner_no for r in rows}))).all()) if rows else {}
        titles = dict(s.execute(select(Package.package_id, Package.title).where(
            Package.package_id.in_({r.package_id for r in rows}))).all()) if rows else {}
        stations = dict(s.execute(select(Device.device_id, Device.note).where(
            Device.device_id.in_({r.device_id for r in rows}))).all()) if rows else {}
        for r in rows:
            click.echo(cli_tr("{at}  learner {learner_no} {name}  {exam}  station {station}  attempt "
                              "{attempt_id}").format(
                at=local_minute(from_utc_naive(r.announced_at)), learner_no=r.learner_no,
                name=names.get(r.learner_no, ""), exam=titles.get(r.package_id) or r.exam_id or r.package_id,
                station=station_named(r.device_id, stations.get(r.device_id)), attempt_id=r.attempt_id))
    click.echo(cli_tr("{count} attempt(s) announced and never delivered").format(count=len(rows)))
    if rows:
        click.echo(cli_tr("Each uses one of the learner's attempts until its result comes. If it never will (the "
                          "PC's disk failed): xuefa-server release-attempt ATTEMPT_ID --reason \"…\" --by ADMIN"))


def station_named(device_id: str, note: str | None) -> str:
    """A station as people know it: the name it was enrolled with, and its id to tell it apart."""
    from sync_server.devices import note_words
    return f"{said(note_words(note))} ({device_id})" if note else device_id


@click.command("release-attempt")
@click.argument("attempt_id")
@click.option("--reason", required=True, help="Why it will never come (kept with who released it and when).")
@click.option("--by", "who", required=True, help="Who releases it: the user name of an administrator account here.")
@click.option("--yes", is_flag=True, help="Do not ask first.")
@click.pass_context
def release_attempt(ctx: click.Context, attempt_id: str, reason: str, who: str, yes: bool) -> None:
    """Release an attempt a station announced whose result will never come (the station's disk failed): it
    is kept, and no longer uses one of the learner's attempts. If its result comes later, it counts as any
    result does (the attempt limit then holds one for a decision)."""
    from sqlalchemy import select

    from sync_server.models import AnnouncedAttempt, Result
    from sync_server.results.announced import AnnouncedError
    from sync_server.results.counted import release_attempt as give_back
    from sync_server.results.review import CONSOLE_MARK
    with _server(ctx) as server:
        try:
            with server.sessions.begin() as s:
                row = s.get(AnnouncedAttempt, attempt_id)
                learner = _administrator_over(s, who, row.learner_no if row is not None else None)
                if row is not None and not yes:
                    question = cli_tr("Release attempt {attempt_id} of {learner_no} {name}, announced by station "
                                      "{device_id} and never delivered? It then uses none of the learner's attempts."
                                      ).format(attempt_id=attempt_id, learner_no=row.learner_no,
                                               name=learner.name if learner else "", device_id=row.device_id)
                    if not click.confirm(question, default=False):
                        click.echo(cli_tr("nothing changed"), err=True)
                        ctx.exit(1)
                # the results it held count, accepted by the one who released it: the upstream hears that
                released, counting = give_back(s, attempt_id, who + CONSOLE_MARK, reason,
                                               utc_naive(server.clock.now()))
                still_over = list(s.scalars(select(Result.result_id).where(
                    Result.learner_no == released.learner_no, Result.exam_id == released.exam_id,
                    Result.review == "held", Result.flags.like("%attempt_limit%")))) if released.exam_id else []
        except AnnouncedError as exc:
            raise click.ClickException(said(exc.detail)) from exc
    click.echo(cli_tr("{attempt_id}: released by {who}").format(attempt_id=attempt_id, who=who))
    if counting:   # the results it had held over the allowance
        click.echo(cli_tr("now counted (held only because of it): {results}").format(results=", ".join(counting)))
    if still_over:   # more real results than the exam allows: a choice no release makes (outside round 22)
        click.echo(cli_tr("still held for the attempt limit: {results} (the learner has more results than the exam "
                          "allows: xuefa-server decide accepts one, rejects the others)").format(
                       results=", ".join(still_over)))


COMMANDS = (flagged, decide, announced, release_attempt)   # registered on the main group by cli/__init__.py
