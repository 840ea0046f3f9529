"""results keep their attempt id (one result per attempt), the acceptance rules they broke and the
administrator's decision on them

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-30 23:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('results') as batch:
        batch.add_column(sa.Column('attempt_id', sa.String(length=36), nullable=True))
        batch.add_column(sa.Column('flags', sa.String(length=400), nullable=False, server_default=''))
        batch.add_column(sa.Column('review', sa.String(length=12), nullable=False, server_default='counted'))
        batch.add_column(sa.Column('reviewed_by', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('reviewed_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('review_reason', sa.Text(), nullable=False, server_default=''))
    op.create_index('ix_results_attempt_id', 'results', ['attempt_id'], unique=True)
    op.create_index('ix_results_review', 'results', ['review'])


def downgrade() -> None:
    op.drop_index('ix_results_review', table_name='results')
    op.drop_index('ix_results_attempt_id', table_name='results')
    with op.batch_alter_table('results') as batch:
        for column in ('review_reason', 'reviewed_at', 'reviewed_by', 'review', 'flags', 'attempt_id'):
            batch.drop_column(column)
