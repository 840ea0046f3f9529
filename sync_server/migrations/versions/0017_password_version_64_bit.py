"""a learner's password version holds a reset count and a change time (examcore/credentials.py): 64 bits

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-01 11:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('learners') as batch:
        batch.alter_column('password_version', existing_type=sa.Integer(), type_=sa.BigInteger(),
                           existing_nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('learners') as batch:
        batch.alter_column('password_version', existing_type=sa.BigInteger(), type_=sa.Integer(),
                           existing_nullable=False)
