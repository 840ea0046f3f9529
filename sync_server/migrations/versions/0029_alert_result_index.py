"""alerts by result: the flagged lists show each held result's facts (how long the PC slept, how late the
answers came) from its alerts (issue 14, outside round 15: the administrator decided without them)

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06 12:00:00
"""
from alembic import op


revision = '0029'
down_revision = '0028'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(op.f('ix_alerts_result_id'), 'alerts', ['result_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_alerts_result_id'), table_name='alerts')
