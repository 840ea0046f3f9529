"""a result keeps when its attempt began (by its station's clock, the chain's first event), so that which of
a learner's attempts came first is judged by their start, not by the order of delivery (issue 14: an attempt
begun, read and abandoned on one PC, then sat again on another)

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 04:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('results') as batch:
        # NULL for results stored before: their hand-in time stands in for it (results/counted.py)
        batch.add_column(sa.Column('began_at', sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('results') as batch:
        batch.drop_column('began_at')
