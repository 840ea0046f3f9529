"""sittings keep their start code, sealed to this server's results key, for the proctor to show and print

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-22 07:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sittings') as batch:
        batch.add_column(sa.Column('start_code_sealed', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sittings') as batch:
        batch.drop_column('start_code_sealed')
