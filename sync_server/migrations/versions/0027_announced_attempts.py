"""announced attempts: every attempt a station said it had not yet delivered, with its learner and package,
kept after the station stops listing it (issue 14: an attempt announced and then deleted from the station's
database had left no trace, and a second attempt counted)

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 07:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0027'
down_revision = '0026'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'announced_attempts',
        sa.Column('attempt_id', sa.String(length=36), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('learner_no', sa.String(length=40), nullable=False),
        sa.Column('package_id', sa.String(length=36), nullable=False),
        sa.Column('exam_id', sa.String(length=100), nullable=True),
        sa.Column('announced_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('attempt_id'))
    op.create_index(op.f('ix_announced_attempts_learner_no'), 'announced_attempts', ['learner_no'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_announced_attempts_learner_no'), table_name='announced_attempts')
    op.drop_table('announced_attempts')
