"""a station enrolled for a room (room enrolment file or a code for a room) belongs to that room

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-22 07:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('devices') as batch:
        batch.add_column(sa.Column('room', sa.String(length=100), nullable=True))
    with op.batch_alter_table('enrolment_codes') as batch:
        batch.add_column(sa.Column('room', sa.String(length=100), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('enrolment_codes') as batch:
        batch.drop_column('room')
    with op.batch_alter_table('devices') as batch:
        batch.drop_column('room')
