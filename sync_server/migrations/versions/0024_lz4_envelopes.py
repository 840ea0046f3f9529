"""lz4 for the large columns on PostgreSQL (issue 17): compressing a ~15 KB envelope with PostgreSQL's
default (pglz) was two thirds of the database's CPU per stored result; lz4 costs a fraction of it.

Only new values are compressed the new way (old ones stay readable as they are). SQLite is unchanged, and a
PostgreSQL built without lz4 (or older than 14) keeps pglz: the migration then changes nothing.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-04 13:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None

COLUMNS = (("results", "envelope"), ("packages", "data"), ("study_files", "data"))


def _lz4_available(bind) -> bool:
    if bind.dialect.name != "postgresql" or bind.dialect.server_version_info < (14,):
        return False
    values = bind.execute(sa.text("SELECT enumvals FROM pg_settings WHERE name = 'default_toast_compression'")).scalar()
    return bool(values) and "lz4" in values


def upgrade() -> None:
    bind = op.get_bind()
    if _lz4_available(bind):
        for table, column in COLUMNS:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION lz4")


def downgrade() -> None:
    bind = op.get_bind()
    if _lz4_available(bind):
        for table, column in COLUMNS:
            op.execute(f"ALTER TABLE {table} ALTER COLUMN {column} SET COMPRESSION DEFAULT")
