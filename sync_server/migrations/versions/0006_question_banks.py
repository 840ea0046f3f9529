"""question banks with history

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 03:05:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bank_questions',
                    sa.Column('question_id', sa.String(length=40), nullable=False),
                    sa.Column('bank', sa.String(length=100), nullable=False),
                    sa.Column('version', sa.Integer(), nullable=False),
                    sa.Column('data', sa.Text(), nullable=False),
                    sa.Column('retired_at', sa.DateTime(), nullable=True),
                    sa.Column('updated_at', sa.DateTime(), nullable=False),
                    sa.PrimaryKeyConstraint('question_id'))
    with op.batch_alter_table('bank_questions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bank_questions_bank'), ['bank'], unique=False)
    op.create_table('question_versions',
                    sa.Column('question_id', sa.String(length=40), nullable=False),
                    sa.Column('version', sa.Integer(), nullable=False),
                    sa.Column('data', sa.Text(), nullable=False),
                    sa.Column('changed_at', sa.DateTime(), nullable=False),
                    sa.Column('changed_by', sa.String(length=64), nullable=False),
                    sa.Column('note', sa.Text(), nullable=False),
                    sa.PrimaryKeyConstraint('question_id', 'version'))


def downgrade() -> None:
    op.drop_table('question_versions')
    with op.batch_alter_table('bank_questions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bank_questions_bank'))
    op.drop_table('bank_questions')
