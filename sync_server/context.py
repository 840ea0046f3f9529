"""What every part of the server works with: configuration, database, keys and clock."""
from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from examcore.clock import Clock, SystemClock
from sync_server.config import Config
from sync_server.db import make_engine, migrate, sessions_for
from sync_server.keys import ServerKeys, load_keys
from sync_server.throttle import HashingPool


@dataclass
class ServerContext:
    config: Config
    engine: Engine
    sessions: sessionmaker[Session]
    keys: ServerKeys
    clock: Clock
    hashing: HashingPool = field(default_factory=HashingPool)

    @classmethod
    def open(cls, config: Config, clock: Clock | None = None) -> "ServerContext":
        """Raises KeyFileError when the folder's keys are not the ones the database was made with (another
        server's folder beside a shared database would sign receipts no station trusts)."""
        keys = load_keys(config.instance_dir)
        engine = make_engine(config.database_url)
        try:
            migrate(engine)
            _keys_belong(engine, keys, config)
        except BaseException:
            engine.dispose()
            raise
        return cls(config, engine, sessions_for(engine), keys, clock or SystemClock(), HashingPool(config.hash_slots))

    def close(self) -> None:
        self.engine.dispose()


def _keys_belong(engine: Engine, keys: ServerKeys, config: Config) -> None:
    """The database remembers the signing key it serves (the first server to open it, at init or after an
    upgrade); every later opening must bring the same key: every host of a province serves one server."""
    from sqlalchemy.exc import IntegrityError

    from examcore.cli_text import cli_tr
    from examcore.keyfiles import KeyFileError
    from sync_server.models import Setting
    mine = keys.signing.public_raw().hex()
    for attempt in range(2):
        try:
            with sessions_for(engine).begin() as s:
                row = s.get(Setting, SERVER_KEY)
                if row is None:
                    s.add(Setting(key=SERVER_KEY, value=mine))
                    return
                known = row.value
            break
        except IntegrityError:   # the workers of `serve --workers` start together: another wrote it first
            if attempt:
                raise
    if known != mine:
        raise KeyFileError(cli_tr("the keys in {folder} are not the keys of the server whose database this is "
                                  "(another server's folder?): nothing was served. Copy this server's folder "
                                  "from one of its hosts (`xuefa-server backup`, then `restore`)").format(
                                      folder=config.instance_dir))


SERVER_KEY = "server_signing_key"   # settings: the signing key (hex) the database belongs to


def server() -> ServerContext:
    """The context of the app handling the current request."""
    return current_app.extensions["xuefa"]
