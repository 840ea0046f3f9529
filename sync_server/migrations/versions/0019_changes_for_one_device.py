"""a change addressed to one device: the roster a device did not receive before its unit changed

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('changes') as batch:
        batch.add_column(sa.Column('device_id', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('changes') as batch:
        batch.drop_column('device_id')
