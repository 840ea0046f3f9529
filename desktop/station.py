"""The station's composition root: one data folder, its database, its keys, and the services on them."""
from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from desktop.services.accounts import AccountService
from desktop.services.attempts import AttemptService
from desktop.services.downward import DownwardPull
from desktop.services.enrolment import StationEnrolment
from desktop.services.file_import import FileImport
from desktop.services.law_library import LawLibrary
from desktop.services.outbox import Outbox
from desktop.services.packages import PackageLibrary, trusted_issuer_keys
from desktop.services.practice import PracticeService
from desktop.services.server_link import ServerLink
from desktop.services.sittings import SittingService
from desktop.services.station_time import StationTime
from desktop.services.study import StudyService
from desktop.services.sync_steps import UpwardDelivery
from desktop.store.db import open_database
from desktop.store.station_keys import KeyStoreError, StationKeys, keys_recorded, open_station_keys
from examcore.cli_text import Words
from examcore.clock import Clock, SystemClock
from examcore.private_files import private_folder
from examcore.refusals import os_reason

log = logging.getLogger(__name__)

DB_NAME = "station.sqlite3"


class DataFolderError(OSError):
    """The data folder cannot be written (read-only, full, missing permissions)."""

    def __init__(self, folder: Path, cause: OSError):
        super().__init__(cause.errno, Words("the data folder {folder} cannot be written ({reason})", folder=str(folder),
                                            reason=os_reason(cause)))
        self.folder = folder


class StationDataError(Exception):
    """The data folder holds a station that cannot be opened as it is; nothing was changed. ``kind``:
    keys_missing (the database is there but its keys file is gone: a new key would make every saved answer
    unreadable), damaged (the database file is not a readable SQLite database) or moved (``detail``: the
    folder the station was moved to by `xuefa data-folder set --move`)."""

    def __init__(self, folder: Path, kind: str, detail: str = ""):
        super().__init__(f"{kind}: {folder}" + (f" ({detail})" if detail else ""))
        self.folder, self.kind, self.detail = folder, kind, detail


@dataclass
class Station:
    """One data folder's station: the composition root. It only wires: each service takes the parts it uses
    in its constructor and never imports this module (tests/test_architecture.py)."""
    data_dir: Path
    sessions: sessionmaker[Session]
    keys: StationKeys
    clock: Clock
    accounts: AccountService
    library: PackageLibrary
    attempts: AttemptService
    outbox: Outbox             # sealed results and study records waiting for a server's receipt
    study: StudyService
    laws: LawLibrary
    practice: PracticeService
    time: StationTime          # the high-water mark of time this station has seen
    link: ServerLink           # the enrolled server's address and certificate
    enrolment: StationEnrolment
    upward: UpwardDelivery     # a sync's two halves: results and records up, the change feed down
    downward: DownwardPull
    sittings: SittingService   # checking in with the centre server for a sitting
    files: FileImport          # files brought on a stick

    @classmethod
    def open(cls, data_dir: Path, clock: Clock | None = None) -> "Station":
        data_dir = Path(data_dir)
        try:
            private_folder(data_dir)   # the learner's OS account must not browse it (modes; ACL on Windows)
            probe = data_dir / ".write-probe"
            probe.write_bytes(b"ok")
            probe.unlink()
        except OSError as exc:
            raise DataFolderError(data_dir, exc) from exc
        clock = clock or SystemClock()
        from desktop.data_folder import MOVED_MARK, moved_to
        if (data_dir / MOVED_MARK).exists():   # a second copy of a moved station: its history would fork
            raise StationDataError(data_dir, "moved", moved_to(data_dir))
        if (data_dir / DB_NAME).exists() and not keys_recorded(data_dir):
            # keys are made before the database, so they were lost (deleted, or a copied folder without
            # them): new ones would give this folder a new identity and leave every saved answer unreadable
            raise StationDataError(data_dir, "keys_missing")
        keys = open_station_keys(data_dir)   # KeyStoreError: the key helper is not there; nothing is opened
        try:
            sessions = open_database(data_dir / DB_NAME)
        except (DatabaseError, sqlite3.DatabaseError) as exc:
            keys.close()
            cause = getattr(exc, "orig", exc)
            if isinstance(cause, sqlite3.OperationalError):   # locked, read-only, I/O: not the file's content
                raise
            # not a database, or a damaged one: refused as it is, never rewritten
            raise StationDataError(data_dir, "damaged", str(cause)) from exc
        except BaseException:
            keys.close()
            raise
        study = StudyService(sessions, keys, clock, lambda: trusted_issuer_keys(sessions))
        library = PackageLibrary(sessions, clock, study.exam_points)
        time_mark = StationTime(sessions, clock, keys)
        accounts = AccountService(sessions, clock, record_change=study.record_password_change)
        attempts = AttemptService(sessions, library, keys, clock, time_mark)
        try:   # an earlier version stored exams' content keys with the attempts: no longer
            attempts.forget_stored_content_keys()
        except Exception as exc:   # noqa: BLE001 - the keys not reached, a damaged file: the station still opens
            log.warning("attempts stored with their exam's key were left as they are: %r", exc)
        attempts.mark_handed_in()
        try:   # a kill between a hand-in and its forget left its exam's key held
            attempts.forget_handed_in_keys()
        except KeyStoreError as exc:
            log.warning("the exam keys of attempts handed in lately may still be held: %s", exc)
        outbox = Outbox(sessions, keys, clock)
        laws = LawLibrary(sessions)
        link = ServerLink(sessions, keys)
        return cls(data_dir, sessions, keys, clock, accounts, library, attempts, outbox, study, laws,
                   PracticeService(sessions, clock), time_mark, link,
                   enrolment=StationEnrolment(sessions, keys, outbox, link),
                   upward=UpwardDelivery(sessions, clock, outbox),
                   downward=DownwardPull(sessions, keys, clock, time_mark, library, study),
                   sittings=SittingService(sessions, keys, clock, time_mark, link, library, attempts.proctor_keys),
                   files=FileImport(laws, library, accounts, study))

    def close(self) -> None:
        self.sessions.kw["bind"].dispose()
        self.keys.close()
