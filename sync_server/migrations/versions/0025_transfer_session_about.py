"""transfer sessions keep what they moved (a bundle import's sender) apart from how they ended, so `status`
can say which sender's import stopped (issue 17)

Revision ID: 0025
Revises: 0024
Create Date: 2026-12-05 09:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0025'
down_revision = '0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('transfer_sessions') as batch:
        batch.add_column(sa.Column('about', sa.String(length=200), nullable=False, server_default=''))
    # a running bundle import kept its sender as its outcome until it ended
    op.execute("UPDATE transfer_sessions SET about = substr(outcome, 1, 200) "
               "WHERE kind LIKE 'bundle:%' AND finished_at IS NULL")


def downgrade() -> None:
    with op.batch_alter_table('transfer_sessions') as batch:
        batch.drop_column('about')
