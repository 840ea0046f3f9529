"""device pull runs: when each station pulled the change feed with its list of undelivered attempts, as
runs of pulls, so an attempt is judged against every pull after its claimed start (issue 14, outside round
11: clock_moved_back judged against the latest pull only); and whether an announced attempt uses an attempt
(round 13: a station listed invented attempts of learners it does not serve; an administrator releases one
an honest station lost)

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0028'
down_revision = '0027'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'device_pull_runs',
        sa.Column('run_id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('first_at', sa.DateTime(), nullable=False),
        sa.Column('last_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('run_id'))
    op.create_index(op.f('ix_device_pull_runs_device_id'), 'device_pull_runs', ['device_id'], unique=False)
    with op.batch_alter_table('announced_attempts') as batch:
        batch.add_column(sa.Column('counts', sa.Boolean(), server_default=sa.true(), nullable=False))
        batch.add_column(sa.Column('note', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('announced_attempts') as batch:
        batch.drop_column('note')
        batch.drop_column('counts')
    op.drop_index(op.f('ix_device_pull_runs_device_id'), table_name='device_pull_runs')
    op.drop_table('device_pull_runs')
