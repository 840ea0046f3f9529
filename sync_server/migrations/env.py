"""Alembic environment: migrations run on the connection the server hands in (see sync_server/db.py)."""
from __future__ import annotations

from alembic import context

from sync_server.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through sync_server.db.migrate(), which passes the connection")
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True,
                  compare_type=True)
with context.begin_transaction():
    context.run_migrations()
