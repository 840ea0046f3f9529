"""a learner's moves between units, so a result sat before a move is judged by the unit the learner had then

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'learner_transfers',
        sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
        sa.Column('learner_no', sa.String(length=40), nullable=False),
        sa.Column('from_unit', sa.String(length=40), nullable=False),
        sa.Column('to_unit', sa.String(length=40), nullable=False),
        sa.Column('moved_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id'))
    op.create_index('ix_learner_transfers_learner_moved', 'learner_transfers', ['learner_no', 'moved_at'])


def downgrade() -> None:
    op.drop_index('ix_learner_transfers_learner_moved', table_name='learner_transfers')
    op.drop_table('learner_transfers')
