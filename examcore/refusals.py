"""A refused file or request in words an IT clerk can act on, for the command lines of the station and the
server. The error's code picks the sentence; its technical detail goes to the log and, with --verbose, to
the screen, never in place of the sentence (issue 20: no "Unterminated string … (char 14)")."""
from __future__ import annotations

import logging

from examcore.cli_text import cli_tr, said_of

log = logging.getLogger(__name__)


def _file_texts() -> dict[str, str]:
    return {
        # result bundles (examcore/bundle.py)
        "not_a_bundle": cli_tr("the file is not a result file of Xuefa, or it is damaged: export it again"),
        # exam packages (examcore/package.py)
        "not_a_recipient": cli_tr("this server is not among the package's recipients, so it could never take its "
                                  "results: the issuer builds the exam again naming this server's results key "
                                  "(server-results.key.pub)"),
        "incomplete": cli_tr("the file is incomplete (the copy may have been cut off): export it again"),
        "entry_mismatch": cli_tr("the file is damaged: export it again"),
        "station_not_here": cli_tr("this file comes from a station; stations' results are imported at their centre, "
                               "not here"),
        "own_bundle": cli_tr("this file was written by this server (export-bundle) for the server above it: "
                         "import it there, not here"),
        "untrusted_sender": cli_tr("the server that wrote this file is not approved here: if it is a server below "
                               "this one, approve it first (xuefa-server devices add-server its "
                               "server-signing.key.pub); another centre's file goes to that centre's own upstream"),
        "not_a_server": cli_tr("this file comes from a station but carries other stations' results or records: a "
                           "station's file carries only its own"),
        # receipt files (examcore/receipt.py)
        "malformed": cli_tr("the file is damaged or is not a receipt file: write it again where it came from"),
        "names_nothing_here": cli_tr("this receipt file names no result of this station: it is another station's, or a "
                                     "centre's (which the centre imports with xuefa-server import-receipts)"),
        "untrusted_server": cli_tr("the file was signed by a server this computer does not trust yet: if it is your "
                               "centre's, trust it first (xuefa trust-server its server-signing.key.pub)"),
        "untrusted_upstream": cli_tr("the file was signed by a server this computer does not trust yet as its "
                                 "upstream: if it is your upstream's, trust it first (xuefa-server trust-upstream "
                                 "its server-signing.key.pub)"),
        "own_receipt": cli_tr("this receipt file was written here, for a bundle imported here: carry it back to "
                          "where that bundle came from and import it there (a station: xuefa import-receipts FILE; "
                          "a server below: xuefa-server import-receipts FILE); this server takes only the receipt "
                          "files its upstream writes"),
        # exam packages (examcore/package.py)
        "not_a_package": cli_tr("the file is not an exam package, or it is damaged: copy it again"),
        "truncated": cli_tr("the file is incomplete (the copy may have been cut off): copy it again"),
        "body_tampered": cli_tr("the file was changed after it was signed: ask the issuer for the original"),
        "untrusted_issuer": cli_tr("the issuer of this file is not trusted here (trust-issuer its public key file)"),
        "unsupported_version": cli_tr("the file was made by a newer Xuefa: update this computer's Xuefa"),
        "invalid_content": cli_tr("the file's content is not valid: ask the issuer for a corrected file"),
        "weak_kdf": cli_tr("the file was made with settings too weak to be safe: ask the issuer for a new file"),
        "not_for_this_centre": cli_tr("the exam was not issued for the centre this station sends its results to, "
                                      "so its results could never be counted there; nothing was imported: ask the "
                                      "exam office for the package issued for your centre"),
        # rosters (examcore/roster.py)
        "not_a_roster": cli_tr("the file is not a roster file of Xuefa, or it is damaged: export it again"),
        "invalid_entry": cli_tr("the roster file holds an unreadable entry: export it again"),
        # signatures, anywhere
        "bad_signature": cli_tr("the file's signature does not verify: it is damaged or was changed; get the "
                            "original again"),
    }


def _network_texts() -> dict[str, str]:
    return {
        "unreachable": cli_tr("the server cannot be reached (check the network cable and the server address; is "
                          "the server running?)"),
        "certificate_changed": cli_tr("the computer at the server's address is not the server trusted here (tell "
                                  "the administrator; if the server was replaced, enrol again)"),
        "plain_http": cli_tr("the server address must start with https:// (for example https://192.168.1.10:8470; "
                             "check it with the administrator; http:// only for a server on this same computer); a "
                             "PC enrolled with an http:// address enrols again with a new code"),
        "no_pin": cli_tr("this computer was enrolled before the server used encrypted connections: enrol again"),
        "device_not_enrolled": cli_tr("the server does not know this computer, or has not approved it yet: ask the "
                                  "administrator (xuefa-server devices list)"),
        "device_revoked": cli_tr("the server has revoked this computer: ask the administrator"),
        "certificate_expired": cli_tr("this computer's enrolment has expired: enrol it again with a new code"),
        "clock_skew": cli_tr("this computer's clock differs too much from the server's: set the date and time"),
        "code_used": cli_tr("this enrolment code was already used: each computer needs its own code"),
        "code_expired": cli_tr("this enrolment code has expired: ask for a new one"),
        "code_withdrawn": cli_tr("this enrolment code was withdrawn: a newer room file or code replaced it; use "
                                 "the newest one, or ask for a new code"),
        "code_other_unit": cli_tr("this computer is already approved at that server for another unit than the "
                                  "code's; the code was not used: ask the administrator (xuefa-server devices "
                                  "approve --unit moves it)"),
        "code_for_a_room": cli_tr("this enrolment code is for a PC of an exam room, not for a server: ask the "
                                  "administrator above for a server's code (xuefa-server devices code --server)"),
        "code_for_a_station": cli_tr("this enrolment code is for a station (an exam PC), not for a server: ask "
                                     "the administrator above for a server's code (xuefa-server devices code "
                                     "--server)"),
        "code_for_a_server": cli_tr("this enrolment code is for a lower exam centre's server, not for a station: "
                                    "ask the centre's administrator for a PC's code or the room's enrolment "
                                    "file"),
        "no_upstream": cli_tr("this server has no upstream yet: set it first (xuefa-server set-upstream URL "
                              "--code …)"),
        "no_such_path": cli_tr("the address reaches a Xuefa server, but with a path it does not serve: give the "
                               "address as the server's `serve` prints it (for example https://192.168.1.10:8470), "
                               "with nothing after the port"),
        "not_xuefa": cli_tr("the computer at that address answers, but it is not a Xuefa server: check the "
                            "address and the port"),
        "wrong_server": cli_tr("the computer at that address is not the server the code or file names: check the "
                           "address and the code with the administrator"),
        "unknown_code": cli_tr("the enrolment code is not right: check it, or ask for a new one"),
        "bad_fingerprint": cli_tr("the enrolment code is not complete: it has six groups of five characters; "
                                  "check it"),
        "enrol_at_centre": cli_tr("this is a provincial server: a station enrols at its exam centre; ask the "
                                  "centre for an enrolment code or file"),
        "malformed": cli_tr("the server's answer was not what Xuefa expects (a device between this computer and "
                            "the server, or a server of another version): nothing was changed here; try again, "
                            "and tell the administrator if it stays so"),
        "bad_answer": cli_tr("the server's answer was not what Xuefa expects (a device between this computer and "
                             "the server, or a server of another version): nothing was changed here; try again, "
                             "and tell the administrator if it stays so"),
        "busy": cli_tr("the server is busy: wait a minute and try again"),
        "no_answer": cli_tr("the server took the request but no answer came back (it stopped, or the network "
                            "dropped): nothing is lost here; sync again, and what already arrived there is "
                            "counted once"),
        "gateway": cli_tr("the proxy in front of the server answered that the server behind it stopped or is "
                          "busy: nothing is lost here; sync again in a few minutes, and tell the server's "
                          "administrator if it stays so"),
        "database_unavailable": cli_tr("the server cannot reach its database just now: nothing is lost here; sync "
                                       "again in a few minutes, and tell the server's administrator if it stays so"),
        "server_error": cli_tr("the server failed while answering: nothing is lost here; sync again in a few "
                               "minutes, and tell the server's administrator if it stays so (its log says why)"),
        "plain_server": cli_tr("the computer at that address answers, but without encryption (https): the server "
                               "may have been started without TLS (xuefa-server serve --no-tls), or the address "
                               "names another program; ask the administrator"),
        "closed_plain": cli_tr("the computer at that address closed the connection: if the server uses "
                               "encryption, its address begins with https:// (check the address with the "
                               "administrator)"),
        "not_confirmed": cli_tr("the server answered without a signed receipt for some results: they stay on this "
                                "computer and go again at the next sync"),
        "too_many_requests": cli_tr("too many requests from this computer: wait a minute and try again"),
        "bad_proxy": cli_tr("the proxy address is not right: give it as http://host:port"),
        "proxy_failed": cli_tr("the proxy did not pass the connection on: check the proxy address, and that the "
                               "proxy lets this computer reach the upstream"),
    }


def _result_texts() -> dict[str, str]:
    """Why a server refused one sealed result (sync_server/results/ingest.py outcome reasons), for the person who
    imported the file that held it."""
    again = cli_tr("export the results from the station again")
    return {
        "device_not_enrolled": cli_tr("the station that sealed it is not approved here: if it is one of this "
                                      "centre's stations, approve it (xuefa-server devices list), then import the "
                                      "same file again; another centre's station delivers to its own centre"),
        "device_key_mismatch": cli_tr("the station signed it with another key than the one approved here (was it "
                                      "reinstalled?): keep the file and ask IT to enrol the station again"),
        "device_revoked": cli_tr("the station it came from (a result or a record) was revoked here: keep the file "
                                 "and tell the administrator"),
        "certificate_expired": cli_tr("the station's enrolment had expired when it sealed the result: enrol the "
                                      "station again, then import the same file again"),
        "bad_certificate": cli_tr("the station's certificate does not verify here: the file is damaged, or came "
                                  "through a server not approved here"),
        "device_mismatch": cli_tr("a station may deliver only its own results"),
        "not_a_server": cli_tr("it came through a station, not a server: a station may deliver only its own "
                               "results"),
        "malformed": cli_tr("the result is damaged: {again}").format(again=again),
        "malformed_events": cli_tr("the result's record of answers cannot be read: {again}").format(again=again),
        "bad_signature": cli_tr("the result's signature does not verify (damaged or changed): {again}").format(
            again=again),
        "payload_tampered": cli_tr("the result was changed after it was sealed: keep the file and tell the "
                                   "administrator"),
        "chain_broken": cli_tr("the result's record of answers was changed after it was written: keep the file "
                               "and tell the administrator"),
        "not_a_recipient": cli_tr("the result was sealed for another server: import it where the exam came from"),
        "unknown_package": cli_tr("the exam of this result is not on this server: import the exam package first "
                                  "(xuefa-server import-package), then the same file again"),
        "package_unreadable": cli_tr("the exam package of this result cannot be read here: import the exam "
                                     "package again, then the same file"),
        "wrong_exam": cli_tr("the result does not match its exam: keep the file and tell the administrator"),
        "paper_mismatch": cli_tr("the result's paper does not follow from its exam: keep the file and tell the "
                                 "administrator"),
        "not_eligible": cli_tr("the learner may not sit this exam (not enough study points by the deadline, or "
                               "not among the exam's learners)"),
        "conflict": cli_tr("a different result with the same id is already stored here (an alert was raised): "
                           "keep the file and tell the administrator"),
        "refused": cli_tr("the same result was refused just before, in this file"),
        "record_conflict": cli_tr("a different study record with the same id is already stored here (an alert was "
                                  "raised): keep the file and tell the administrator"),
    }


def plain_result_refusal(code: str, detail: str = "", upstream: bool = False, station: bool = False) -> str:
    """Why a server refused one result or study record, by its outcome reason (the detail: with --verbose).
    ``upstream``: the refusal came back from the server above, to the administrator of this one (the relay
    of `sync-upstream`), so what is missing is missing there, not here. ``station``: the station delivered it
    over the network and says so to the person at the station, who has no file to import again."""
    texts = _result_texts()
    if upstream:
        texts |= _upstream_texts()
    if station:
        texts |= _station_texts()
    return _plain(texts, code, detail, "result refused",
                  cli_tr("refused ({code}); run the command again with --verbose for the detail"))


def _upstream_texts() -> dict[str, str]:
    """The refusals whose remedy is the upstream's, said to the administrator of the server below."""
    later = cli_tr("this server sends it again at its next sync-upstream")
    return {
        "unknown_package": cli_tr("the upstream does not hold the exam of this result: its administrator imports "
                                  "the exam package there; {later}").format(later=later),
        "package_unreadable": cli_tr("the upstream cannot read the exam package of this result: its administrator "
                                     "imports the package there again; {later}").format(later=later),
        "not_a_recipient": cli_tr("the result was sealed for another server than the upstream: keep it here and "
                                  "tell the administrator"),
        "device_not_enrolled": cli_tr("the upstream does not accept the station that sealed it through this server: "
                                      "ask the upstream's administrator; {later}").format(later=later),
    }


def _station_texts() -> dict[str, str]:
    """The refusals of a station's own delivery, said at the station: a refused result stays in its outbox
    and goes again at every sync, so the remedy is the server's or IT's, never "import the file again"."""
    later = cli_tr("this station sends it again at its next sync")
    keep = cli_tr("keep this PC as it is (the result is evidence) and call the exam-centre IT staff")
    return {
        "device_not_enrolled": cli_tr("this station is not approved at the server: the centre admin approves it "
                                      "(xuefa-server devices list); {later}").format(later=later),
        "certificate_expired": cli_tr("this station's enrolment had expired when it sealed the result: enrol the "
                                      "station again with a new code from the centre admin; {later}").format(
            later=later),
        "device_key_mismatch": cli_tr("the server knows this station by another key (was it reinstalled?): {keep}"
                                      ).format(keep=keep),
        "device_revoked": cli_tr("this station was revoked at the server: {keep}").format(keep=keep),
        "malformed": cli_tr("the result is damaged: {keep}").format(keep=keep),
        "malformed_events": cli_tr("the result's record of answers cannot be read: {keep}").format(keep=keep),
        "bad_signature": cli_tr("the result's signature does not verify: {keep}").format(keep=keep),
        "unknown_package": cli_tr("the server does not hold the exam of this result: the centre admin imports the "
                                  "exam package (xuefa-server import-package); {later}").format(later=later),
        "package_unreadable": cli_tr("the server cannot read the exam package of this result: the centre admin "
                                     "imports it again; {later}").format(later=later),
        "not_a_recipient": cli_tr("the exam was not issued for this centre's server, which can never take its "
                                  "results: they stay here; export them to a USB file and ask whoever issued "
                                  "the exam where to take it"),
    }


def _plain(texts: dict[str, str], code: str, detail: str, what: str, fallback: str) -> str:
    if detail:
        log.info("%s (%s): %s", what, code, detail)
    # a code with no sentence of its own: its detail is Xuefa's (or the server's) own words, since library
    # text only ever comes with a code that has a sentence above
    return texts.get(code) or detail or fallback.format(code=code)


def plain_file_refusal(code: str, detail: str = "") -> str:
    """Why a file was refused, by its error code."""
    return _plain(_file_texts(), code, detail, "file refused",
                  cli_tr("the file was refused ({code}); see the log for the detail"))


def plain_network_refusal(code: str, detail: str = "") -> str:
    """Why talking to a server failed, by the SyncError code."""
    return _plain(_network_texts(), code, detail, "server request failed",
                  cli_tr("the server answered with an error ({code}); run the command again with --verbose "
                         "for the detail"))


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in the reader's language for the usual reasons (the system's own
    words, English on most PCs, otherwise)."""
    import errno
    words = {errno.ENOENT: cli_tr("it does not exist"), errno.EACCES: cli_tr("no permission"),
             errno.EPERM: cli_tr("no permission"), errno.ENOSPC: cli_tr("the disk is full"),
             errno.EROFS: cli_tr("the drive is read-only"), errno.EISDIR: cli_tr("it is a folder"),
             errno.ENOTDIR: cli_tr("a part of the path is not a folder"),
             errno.EEXIST: cli_tr("it exists already")}
    return words.get(exc.errno or -1) or exc.strerror or type(exc).__name__


def not_a_study_file() -> str:
    """A study import's "not_a_package": the exam package's sentence would name the wrong kind of file."""
    return cli_tr("the file is not a study file of Xuefa (a plan, course or practice bank: .xfs or .xfc), or it is "
                  "damaged: copy it again")


def explain(exc: BaseException) -> str:
    """The plain sentence for any refusal a command can meet: a file's or a server's by its code, a file
    that cannot be read or written by the system's reason; anything else by its own message."""
    from examcore.errors import FormatError
    code = getattr(exc, "code", "")
    if isinstance(exc, FormatError):
        return plain_file_refusal(exc.code, exc.detail)
    if code and type(exc).__name__ == "SyncError":   # examcore.sync_client needs requests: not imported here
        return plain_network_refusal(code, str(exc))
    if isinstance(exc, UnicodeDecodeError):
        return plain_file_refusal("malformed", str(exc))
    if isinstance(exc, OSError) and said_of(exc) != str(exc):   # an OSError of ours, raised with its words
        return said_of(exc)
    if isinstance(exc, OSError):
        log.info("file error: %s", exc)
        return cli_tr("the file could not be read or written ({reason}): check the drive and the path").format(
            reason=os_reason(exc))
    return said_of(exc)


def technical(exc: BaseException) -> str:
    """The detail for --verbose and the log: the code and the library's own words."""
    code = getattr(exc, "code", "") or type(exc).__name__
    return f"({code}) {getattr(exc, 'detail', '') or exc}"
