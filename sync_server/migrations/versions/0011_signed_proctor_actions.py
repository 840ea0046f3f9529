"""proctor actions keep the proctor station's signed action as evidence

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-22 07:20:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sitting_events') as batch:
        batch.add_column(sa.Column('evidence', sa.Text(), nullable=True))
    with op.batch_alter_table('sitting_actions') as batch:
        batch.add_column(sa.Column('evidence', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sitting_actions') as batch:
        batch.drop_column('evidence')
    with op.batch_alter_table('sitting_events') as batch:
        batch.drop_column('evidence')
