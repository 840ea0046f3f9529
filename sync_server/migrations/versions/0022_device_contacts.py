"""device contacts: the attempts a station had not delivered at its last pull (acceptance rule clock_moved_back)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-03 07:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'device_contacts',
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('seen_at', sa.DateTime(), nullable=False),
        sa.Column('undelivered', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('device_id'))


def downgrade() -> None:
    op.drop_table('device_contacts')
