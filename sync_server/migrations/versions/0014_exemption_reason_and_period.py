"""an exemption keeps its reason and period

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-22 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('learners') as batch:
        batch.add_column(sa.Column('exempt_reason', sa.String(length=200), nullable=False, server_default=''))
        batch.add_column(sa.Column('exempt_from', sa.Date(), nullable=True))
        batch.add_column(sa.Column('exempt_until', sa.Date(), nullable=True))
    op.create_index('ix_learners_exempt_until', 'learners', ['exempt_until'])


def downgrade() -> None:
    op.drop_index('ix_learners_exempt_until', table_name='learners')
    with op.batch_alter_table('learners') as batch:
        batch.drop_column('exempt_until')
        batch.drop_column('exempt_from')
        batch.drop_column('exempt_reason')
