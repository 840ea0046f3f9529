"""sittings: seats, proctor actions, and the audit log of each sitting

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-22 05:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sittings',
        sa.Column('sitting_id', sa.String(length=36), nullable=False),
        sa.Column('package_id', sa.String(length=36), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('room', sa.String(length=100), nullable=False),
        sa.Column('unit_id', sa.String(length=40), nullable=True),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('late_minutes', sa.Integer(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=True),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['package_id'], ['packages.package_id']),
        sa.PrimaryKeyConstraint('sitting_id'),
    )
    op.create_index('ix_sittings_starts_at', 'sittings', ['starts_at'])
    op.create_table(
        'sitting_seats',
        sa.Column('sitting_id', sa.String(length=36), nullable=False),
        sa.Column('learner_no', sa.String(length=40), nullable=False),
        sa.Column('seat', sa.String(length=20), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=True),
        sa.Column('state', sa.String(length=20), nullable=False),
        sa.Column('answered', sa.Integer(), nullable=False),
        sa.Column('total', sa.Integer(), nullable=False),
        sa.Column('time_left_ms', sa.Integer(), nullable=True),
        sa.Column('irregularities', sa.Text(), nullable=False),
        sa.Column('last_seen_at', sa.DateTime(), nullable=True),
        sa.Column('result_id', sa.String(length=36), nullable=True),
        sa.Column('note', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['sitting_id'], ['sittings.sitting_id']),
        sa.PrimaryKeyConstraint('sitting_id', 'learner_no'),
    )
    op.create_table(
        'sitting_events',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('sitting_id', sa.String(length=36), nullable=False),
        sa.Column('kind', sa.String(length=30), nullable=False),
        sa.Column('learner_no', sa.String(length=40), nullable=True),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('detail', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['sitting_id'], ['sittings.sitting_id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_sitting_events_sitting_id', 'sitting_events', ['sitting_id'])
    op.create_table(
        'sitting_actions',
        sa.Column('action_id', sa.String(length=36), nullable=False),
        sa.Column('sitting_id', sa.String(length=36), nullable=False),
        sa.Column('learner_no', sa.String(length=40), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('minutes', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('actor', sa.String(length=100), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('applied_at', sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(['sitting_id'], ['sittings.sitting_id']),
        sa.PrimaryKeyConstraint('action_id'),
    )
    op.create_index('ix_sitting_actions_sitting_id', 'sitting_actions', ['sitting_id'])


def downgrade() -> None:
    op.drop_index('ix_sitting_actions_sitting_id', table_name='sitting_actions')
    op.drop_table('sitting_actions')
    op.drop_index('ix_sitting_events_sitting_id', table_name='sitting_events')
    op.drop_table('sitting_events')
    op.drop_table('sitting_seats')
    op.drop_index('ix_sittings_starts_at', table_name='sittings')
    op.drop_table('sittings')
