"""lower reviews: a centre's decisions on flagged results travel to its upstream (issue 14)

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-03 09:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('results') as batch:
        batch.add_column(sa.Column('review_from', sa.String(length=64), nullable=True))
        batch.add_column(sa.Column('review_sent_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('flags_below', sa.String(length=400), nullable=False, server_default=''))
    op.create_table(
        'lower_reviews',
        sa.Column('result_id', sa.String(length=64), nullable=False),
        sa.Column('server_id', sa.String(length=64), nullable=False),
        sa.Column('review', sa.String(length=12), nullable=False),
        sa.Column('reviewed_by', sa.String(length=200), nullable=False),
        sa.Column('reviewed_at', sa.DateTime(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('flags', sa.String(length=400), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('outcome', sa.String(length=12), nullable=False),
        sa.Column('note', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('result_id'))


def downgrade() -> None:
    op.drop_table('lower_reviews')
    with op.batch_alter_table('results') as batch:
        batch.drop_column('flags_below')
        batch.drop_column('review_sent_at')
        batch.drop_column('review_from')
