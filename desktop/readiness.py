"""The readiness check for the day before an exam: the self-test's checks, then a practice exam sat end
to end in a scratch folder with the network gone, the way exam day may go. It uses the demo exam with
throwaway keys, never this station's own data, and it leaves nothing behind.

Steps: make the practice station, open the exam with its start code (the slow KDF, timed), answer every
question (each answer saved durably), try to deliver with the server unreachable (the result must stay
on the station), submit and seal, write the USB bundle, and open the sealed result with the centre's key
as the centre would. A step that fails says what it was doing.
"""
from __future__ import annotations

import shutil
import socket
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.selftest import FAIL, OK, Check
from desktop.translation_marks import QT_TRANSLATE_NOOP


def _closed_port() -> int:
    """A loopback port nobody listens on: the "centre server" of the practice run is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


OPEN = QT_TRANSLATE_NOOP("Selftest", "Practice: open the exam")
SAVE = QT_TRANSLATE_NOOP("Selftest", "Practice: save answers")
OFFLINE = QT_TRANSLATE_NOOP("Selftest", "Practice: network lost")
BUNDLE = QT_TRANSLATE_NOOP("Selftest", "Practice: USB bundle")
PRACTICE = QT_TRANSLATE_NOOP("Selftest", "Practice exam")
REPORT = QT_TRANSLATE_NOOP("Selftest", "Report this to the Xuefa team with xuefa.log from the data folder.")


def practice_exam(progress: Callable[[str], None] = lambda _step: None) -> list[Check]:
    from desktop.demo import DEMO_LEARNERS, DEMO_START_CODE, ensure_demo
    from desktop.station import Station
    from examcore.bundle import read_bundle
    from examcore.chain import responses_from_events
    from examcore.keyfiles import load_result_key
    from examcore.sealed import open_envelope, verify_envelope
    from examcore.sync_client import SyncClient, SyncError
    work = Path(tempfile.mkdtemp(prefix="xuefa-practice-"))
    checks: list[Check] = []
    step = "preparing the practice station"
    try:
        progress(step)
        ensure_demo(work / "station")
        station = Station.open(work / "station")
        try:
            no, password = DEMO_LEARNERS[0][0], DEMO_LEARNERS[0][5]
            learner = station.accounts.login(no, password).learner
            if learner is None:
                raise RuntimeError("the practice learner could not log in")
            package_id = station.library.listings(no)[0].package_id
            step = "opening the exam with its start code"
            progress(step)
            begun = time.perf_counter()
            unlocked = station.attempts.unlock(package_id, DEMO_START_CODE)
            kdf_ms = (time.perf_counter() - begun) * 1000
            attempt = station.attempts.begin(learner, unlocked)
            checks.append(Check(OPEN, OK, f"start code checked in {kdf_ms:.0f} ms"))
            step = "answering every question"
            progress(step)
            begun = time.perf_counter()
            for item in attempt.paper.items:
                q = attempt.unlocked.content.questions[item.question_id]
                attempt.save_answer(q.id, q.answer)
            each = (time.perf_counter() - begun) * 1000 / len(attempt.paper.items)
            checks.append(Check(SAVE, OK, f"{len(attempt.paper.items)} answers saved durably, {each:.1f} ms each"))
            step = "submitting with the network gone"
            progress(step)
            receipt = attempt.submit("learner")
            try:
                SyncClient(f"http://127.0.0.1:{_closed_port()}", station.keys, timeout=2).deliver(
                    station.outbox.pending_results())
                return checks + [Check(OFFLINE, FAIL, "a delivery to a stopped server did not fail", REPORT)]
            except SyncError:
                pass
            if receipt.result_id not in [e.result_id for e in station.outbox.pending_results()]:
                return checks + [Check(OFFLINE, FAIL, "the sealed result is not kept for later delivery", REPORT)]
            checks.append(Check(OFFLINE, OK, "the sealed result waits on the station"))
            step = "writing the results to a USB bundle"
            progress(step)
            bundle_path = work / "results.xfr"
            station.outbox.export(bundle_path)
            bundle = read_bundle(bundle_path.read_bytes())
            centre = load_result_key(work / "station" / "demo-keys" / "centre.key")
            [envelope] = [e for e in bundle.envelopes if e.result_id == receipt.result_id]
            answers = responses_from_events(open_envelope(envelope, centre, verify_envelope(envelope)).events)
            if answers != attempt.responses:
                raise ValueError("the opened result does not hold the answers given")
            checks.append(Check(BUNDLE, OK, f"written, signed, and opened as the centre would ({len(answers)} "
                                            "answers, all as given)"))
        finally:
            station.close()
    except Exception as exc:  # noqa: BLE001 - any failure of the practice run is the finding itself
        checks.append(Check(PRACTICE, FAIL, f"failed while {step}: {type(exc).__name__}: {exc}", REPORT))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return checks
