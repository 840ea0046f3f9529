"""Exam attempts on the station: start, save every answer durably, survive a kill, seal on submit.

- life_cycle.py: AttemptService: open a package, begin or refuse an attempt, resume one, the proctor's
  start and resume codes;
- active.py: ActiveAttempt, the running attempt: its time, answers, flags and the proctor's actions;
- journal.py: AnswerJournal, its events encrypted with the attempt's own key and committed one by one;
- code_actions.py: the proctor's codes typed at the seat with no network;
- sealing.py: handing in, sealed, signed and queued in one transaction;
- outcomes.py: what these hand back and how they refuse.
"""
from desktop.services.attempts.active import ActiveAttempt
from desktop.services.attempts.life_cycle import AttemptService
from desktop.services.attempts.outcomes import (AnswerRefused, AttemptRefused, SaveFailed, SubmissionReceipt,
                                                Unlocked)

__all__ = ["ActiveAttempt", "AnswerRefused", "AttemptRefused", "AttemptService", "SaveFailed",
           "SubmissionReceipt", "Unlocked"]
