"""transfer sessions: one sync with the upstream at a time, enforced by the database for every worker and host

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03 07:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'transfer_sessions',
        sa.Column('session_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('owner', sa.String(length=200), nullable=False),
        sa.Column('stage', sa.String(length=20), nullable=False),
        sa.Column('done', sa.Integer(), nullable=False),
        sa.Column('total', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('heartbeat_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.Column('outcome', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('session_id'))
    op.create_index('ux_transfer_sessions_running', 'transfer_sessions', ['kind'], unique=True,
                    sqlite_where=sa.text('finished_at IS NULL'), postgresql_where=sa.text('finished_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ux_transfer_sessions_running', table_name='transfer_sessions')
    op.drop_table('transfer_sessions')
