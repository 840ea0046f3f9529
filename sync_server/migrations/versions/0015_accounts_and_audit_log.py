"""accounts: atomic lockout window, disabled, forced password change, idle sessions, rate limits; the
append-only audit log

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-30 23:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

# nothing updates or deletes an audit row: not the API, not a mistaken script, not a restore of old code
_SQLITE_GUARDS = [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
    "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
]
_POSTGRES_GUARDS = [
    "CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$",
    "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()",
]


def upgrade() -> None:
    with op.batch_alter_table('admin_accounts') as batch:
        batch.add_column(sa.Column('failures_since', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('disabled', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('must_change_password', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column('password_changed_at', sa.DateTime(), nullable=True))
    with op.batch_alter_table('admin_sessions') as batch:
        batch.add_column(sa.Column('last_used_at', sa.DateTime(), nullable=True))
    op.create_table(
        'rate_limits',
        sa.Column('bucket', sa.String(length=120), nullable=False),
        sa.Column('window_start', sa.DateTime(), nullable=False),
        sa.Column('hits', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('bucket'),
    )
    op.create_table(
        'audit_log',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('address', sa.String(length=64), nullable=False),
        sa.Column('action', sa.String(length=40), nullable=False),
        sa.Column('object', sa.String(length=200), nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_audit_log_at', 'audit_log', ['at'])
    op.create_index('ix_audit_log_action', 'audit_log', ['action'])
    guards = _POSTGRES_GUARDS if op.get_bind().dialect.name == "postgresql" else _SQLITE_GUARDS
    for statement in guards:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log")
        op.execute("DROP FUNCTION IF EXISTS audit_log_append_only()")
    op.drop_index('ix_audit_log_action', table_name='audit_log')
    op.drop_index('ix_audit_log_at', table_name='audit_log')
    op.drop_table('audit_log')   # SQLite drops the table's triggers with it
    op.drop_table('rate_limits')
    with op.batch_alter_table('admin_sessions') as batch:
        batch.drop_column('last_used_at')
    with op.batch_alter_table('admin_accounts') as batch:
        batch.drop_column('password_changed_at')
        batch.drop_column('must_change_password')
        batch.drop_column('disabled')
        batch.drop_column('failures_since')
