"""Server configuration: an instance folder (keys, SQLite database, instance config) and the environment.

XUEFA_SERVER_DIR   the instance folder (default: ./xuefa-server)
XUEFA_DATABASE_URL SQLAlchemy URL (default: SQLite in the instance folder); PostgreSQL for the province
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Config:
    instance_dir: Path
    database_url: str = ""
    max_request_bytes: int = 16 << 20
    certificate_days: int = 365
    clock_skew_seconds: int = 300     # signed requests older or newer than this are refused
    extra: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.instance_dir = Path(self.instance_dir)
        if not self.database_url:
            self.database_url = f"sqlite:///{self.instance_dir / 'server.sqlite3'}"

    @classmethod
    def from_env(cls, instance_dir: Path | None = None) -> "Config":
        folder = instance_dir or Path(os.environ.get("XUEFA_SERVER_DIR", "xuefa-server"))
        return cls(Path(folder), os.environ.get("XUEFA_DATABASE_URL", ""))
