"""The Xuefa sync server: the same software at the exam centre (SQLite) and the province (PostgreSQL)."""
from sync_server.app import create_app

__all__ = ["create_app"]
