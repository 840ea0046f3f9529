"""Server configuration: an instance folder (keys, SQLite database, instance config) and the environment.

XUEFA_SERVER_DIR   the instance folder (default: ./xuefa-server)
XUEFA_DATABASE_URL SQLAlchemy URL; overrides the instance folder's config.json (written by `init`);
                   default: SQLite in the instance folder. PostgreSQL for the province:
                   postgresql+psycopg://user:password@host/database
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path


CONFIG_FILE = "config.json"
TUNABLE = ("hash_slots", "login_per_minute", "enrol_per_minute", "idle_minutes")   # also read from config.json


@dataclass
class Config:
    instance_dir: Path
    database_url: str = ""
    max_request_bytes: int = 16 << 20
    certificate_days: int = 365
    clock_skew_seconds: int = 300     # signed requests older or newer than this are refused
    # accounts (issue 15): password checks at once per process (0: one per two cores), requests per
    # minute and client address at login and enrolment, minutes an unused admin session stays alive
    hash_slots: int = 0
    login_per_minute: int = 20
    enrol_per_minute: int = 60
    idle_minutes: int = 30
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.instance_dir = Path(self.instance_dir)
        if not self.database_url:
            self.database_url = f"sqlite:///{self.instance_dir / 'server.sqlite3'}"

    @classmethod
    def from_env(cls, instance_dir: Path | None = None) -> "Config":
        folder = Path(instance_dir or os.environ.get("XUEFA_SERVER_DIR", "xuefa-server"))
        try:
            saved = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        tuning = {k: int(saved[k]) for k in TUNABLE if isinstance(saved.get(k), int)}
        return cls(folder, os.environ.get("XUEFA_DATABASE_URL") or saved.get("database_url", ""), **tuning)

    def save(self) -> None:
        """Remember the database in the instance folder, so every command and worker finds it."""
        from examcore.private_files import private_folder, write_private
        private_folder(self.instance_dir)
        tuning = {k: getattr(self, k) for k in TUNABLE if getattr(self, k) != getattr(Config, k)}
        # owner-only: a PostgreSQL URL carries the database password
        write_private(self.instance_dir / CONFIG_FILE,
                      json.dumps({"database_url": self.database_url, **tuning}, indent=1).encode("utf-8"))
