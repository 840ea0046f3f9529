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
        keys = load_keys(config.instance_dir)
        engine = make_engine(config.database_url)
        migrate(engine)
        return cls(config, engine, sessions_for(engine), keys, clock or SystemClock(), HashingPool(config.hash_slots))

    def close(self) -> None:
        self.engine.dispose()


def server() -> ServerContext:
    """The context of the app handling the current request."""
    return current_app.extensions["xuefa"]
