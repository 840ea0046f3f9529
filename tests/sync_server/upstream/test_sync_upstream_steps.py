"""`xuefa-server sync-upstream` tells each step on its own (issue 20): an outside tester killed the province
after the results were relayed and before the study records went; the command printed only the failure
and exit 1, and the relayed results were never mentioned. Each step's outcome is printed and the exit
status says which failed: 1 refused, 2 changes not taken, 4 relay stopped (docs/installing.md)."""
from __future__ import annotations

from click.testing import CliRunner

from examcore.sync_client import SyncError
from sync_server.cli import main
from sync_server.upstream.relay import RelayReport
from sync_server.upstream.study_relay import StudyRelayReport


def _run(server_config, monkeypatch, pull=None, relay=None, study=None):
    import sync_server.upstream.pull
    import sync_server.upstream.relay
    import sync_server.upstream.study_relay

    def step(value):
        def run(*_args, **_kw):
            if isinstance(value, Exception):
                raise value
            return value
        return run
    monkeypatch.setenv("XUEFA_LANG", "en")
    monkeypatch.setattr(sync_server.upstream.pull, "pull", step(pull))
    monkeypatch.setattr(sync_server.upstream.relay, "relay", step(relay))
    monkeypatch.setattr(sync_server.upstream.study_relay, "relay_study", step(study))
    return CliRunner().invoke(main, ["--instance", str(server_config.instance_dir), "sync-upstream"])


def test_results_relayed_before_the_study_records_failed_are_told(server_config, monkeypatch):
    from sync_server.upstream.pull import PullReport
    done = _run(server_config, monkeypatch, pull=PullReport(3, 0, []), relay=RelayReport(2, 0, [], 7, True, 7),
                study=SyncError("unreachable", "connection refused"))
    assert done.exit_code == 4, done.output
    assert "3 change(s) taken from the upstream" in done.output
    assert "2 result(s) sent, 0 already upstream" in done.output and "both sides hold the same 7" in done.output
    assert "relaying study records stopped" in done.output and "Traceback" not in done.output


def test_a_failed_pull_does_not_stop_the_relay_and_a_refusal_names_the_upstream(server_config, monkeypatch):
    from sync_server.upstream.study_relay import StudyRelayReport as Study
    refused = [{"result_id": "r1", "reason": "unknown_package", "detail": "no package"}]
    done = _run(server_config, monkeypatch, pull=SyncError("no_answer", "timed out"),
                relay=RelayReport(1, 0, refused, 7, False, 2), study=Study(0, 0, []))
    assert done.exit_code == 2 | 1, done.output
    assert "taking changes from the upstream stopped" in done.output
    assert "refused by the upstream: r1: the upstream does not hold the exam of this result" in done.output
    assert "this server holds 7 result(s), the upstream 2 from this server: not the same" in done.output
    everything_failed = _run(server_config, monkeypatch, pull=SyncError("no_answer", "x"),
                             relay=SyncError("unreachable", "x"), study=SyncError("unreachable", "x"))
    assert everything_failed.exit_code == 2 | 4, everything_failed.output


def test_an_upstream_that_cannot_be_reached_is_not_relayed_to(server_config, monkeypatch):
    """Round 91: with the upstream's address dead, the pull failed and the relay's progress bar was printed
    all the same ("relaying results"), then failed alike. Now the relay is not tried and the command says the
    results stay here."""
    done = _run(server_config, monkeypatch, pull=SyncError("unreachable", "connection refused"),
                relay=AssertionError("the relay was tried"), study=AssertionError("the study relay was tried"))
    assert done.exit_code == 2 | 4, done.output
    assert "relaying results" not in done.output and "account records were not sent" in done.output
    assert "(run it again to resume)" in done.output   # the network: running again may cure it
    wrong = _run(server_config, monkeypatch, pull=SyncError("not_xuefa", "HTTP 404"),
                 relay=AssertionError("the relay was tried"), study=AssertionError("the study relay was tried"))
    assert wrong.exit_code == 2 | 4 and "(run it again to resume)" not in wrong.output, wrong.output
    assert "not a Xuefa server" in wrong.output
    # another Xuefa server at the address, which does not know this one: no results or password records to it
    stranger = _run(server_config, monkeypatch, pull=SyncError("device_not_enrolled", "unknown device"),
                    relay=AssertionError("the relay was tried"), study=AssertionError("the study relay was tried"))
    assert stranger.exit_code == 2 | 4 and "account records were not sent" in stranger.output, stranger.output


def test_nothing_wrong_is_exit_zero(server_config, monkeypatch):
    from sync_server.upstream.pull import PullReport
    done = _run(server_config, monkeypatch, pull=PullReport(0, 0, []), relay=RelayReport(0, 0, [], 0, True, 0),
                study=StudyRelayReport(0, 0, []))
    assert done.exit_code == 0, done.output


def test_a_package_this_server_cannot_use_is_said_and_not_exit_zero(server_config, monkeypatch):
    """A province package that does not name this centre was skipped with English internals ("key … is not
    a recipient") and exit 0 (issue 20, a second outside tester)."""
    from examcore.cli_text import Words
    from sync_server.upstream.pull import PullReport
    skipped = Words("package {title} was not taken: {reason}", title="2026年度省学法考试", reason=Words(
        "this server is not among its recipients, so it could never take its results: the issuer builds the "
        "exam again naming this server's results key (server-results.key.pub)"))
    done = _run(server_config, monkeypatch, pull=PullReport(1, 0, [skipped]), relay=RelayReport(0, 0, [], 0, True, 0),
                study=StudyRelayReport(0, 0, []))
    assert done.exit_code == 1 and "server-results.key.pub" in done.output, done.output
