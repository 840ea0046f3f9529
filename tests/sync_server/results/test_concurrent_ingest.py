"""Two workers storing batches that hold the same learners in opposite order (issue 17): on PostgreSQL
every multi-row write takes its locks in one stable order, so neither batch fails with a deadlock; on
SQLite the one writer lock serialises them. The same results sent by two workers at once are stored
once."""
from __future__ import annotations

import random
import threading
import uuid

import pytest
from sqlalchemy import func, select

from examcore.crypto.keys import SigningKey
from sync_server.devices import approve_device, request_enrolment
from sync_server.results.ingest import Ingest
from sync_server.exams.packages import import_package
from sync_server.models import CountedAttempt, Result
from tests.server_fixtures import make_envelopes, on_roster

TRIALS = 25   # mirrored pairs of batches (CI time: was 50)
LEARNERS = 12   # per trial: each learner in both batches, in opposite order


def _both_at_once(server, first: list[bytes], second: list[bytes]) -> list:
    """Each batch ingested by its own worker (its own database connection), started together."""
    barrier, results, errors = threading.Barrier(2), [None, None], []

    def worker(n: int, batch: list[bytes]) -> None:
        try:
            barrier.wait(10)
            results[n] = Ingest(server).ingest_many(batch, "http")
        except Exception as exc:   # a deadlock (DeadlockDetected) would surface here, as an HTTP 500 did
            errors.append(exc)
    threads = [threading.Thread(target=worker, args=(n, batch)) for n, batch in enumerate((first, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == [], errors
    return results


def test_mirrored_batches_never_deadlock(server, station_for_server, server_package):
    import_package(server, server_package.read_bytes())
    key = SigningKey.generate()
    request_enrolment(server, "room1-pc-01", key.public_raw())
    approve_device(server, "room1-pc-01")
    rng = random.Random(17)
    failures = 0
    for trial in range(TRIALS):
        learners = [f"L{trial:02d}{n:02d}{uuid.uuid4().hex[:4]}" for n in range(LEARNERS)]
        on_roster(server, *learners)
        sealed = {no: make_envelopes(station_for_server, 2, rng, learner_no=no, devices=[("room1-pc-01", key)] * 2)
                  for no in learners}
        if trial % 2:   # the same results, sent by two workers in opposite order (a retried relay chunk)
            first = [sealed[no][0].to_bytes() for no in learners]
            second = list(reversed(first))
        else:           # another attempt of each learner, in the opposite order
            first = [sealed[no][0].to_bytes() for no in learners]
            second = [sealed[no][1].to_bytes() for no in reversed(learners)]
        outcomes = _both_at_once(server, first, second)
        statuses = {o.status.value for batch in outcomes for o in batch}
        failures += not statuses <= {"stored", "duplicate"}
        with server.sessions() as s:
            stored = s.scalar(select(func.count()).select_from(Result).where(Result.learner_no.in_(learners)))
            counted = dict(s.execute(select(CountedAttempt.learner_no, CountedAttempt.attempts)
                                     .where(CountedAttempt.learner_no.in_(learners))).all())
            held = s.scalar(select(func.count()).select_from(Result).where(
                Result.learner_no.in_(learners), Result.review == "held", Result.flags == "attempt_limit"))
        assert stored == (LEARNERS if trial % 2 else 2 * LEARNERS), trial
        # one attempt allowed: the same result twice counts once; two attempts are both held for an
        # administrator, whichever batch came first
        assert counted == ({no: 1 for no in learners} if trial % 2 else {}), trial
        assert held == (0 if trial % 2 else 2 * LEARNERS), trial
    assert failures == 0
