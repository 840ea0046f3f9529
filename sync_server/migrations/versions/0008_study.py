"""study files the server distributes, the study records stations deliver, points per learner

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 05:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'study_files',
        sa.Column('file_id', sa.String(length=120), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('title', sa.String(length=200), nullable=False),
        sa.Column('year', sa.Integer(), nullable=True),
        sa.Column('revision', sa.Integer(), nullable=False),
        sa.Column('data', sa.LargeBinary(), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('file_id'),
    )
    op.create_table(
        'study_records',
        sa.Column('record_id', sa.String(length=36), nullable=False),
        sa.Column('content_hash', sa.String(length=64), nullable=False),
        sa.Column('learner_no', sa.String(length=40), nullable=False),
        sa.Column('plan_id', sa.String(length=100), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('signature', sa.String(length=100), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('relayed_by', sa.String(length=64), nullable=True),
        sa.Column('certificate', sa.Text(), nullable=True),
        sa.Column('upstream_ack_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('record_id'),
    )
    op.create_table(
        'study_points',
        sa.Column('learner_no', sa.String(length=40), nullable=False),
        sa.Column('plan_id', sa.String(length=100), nullable=False),
        sa.Column('points', sa.Integer(), nullable=False),
        sa.Column('points_by_deadline', sa.Integer(), nullable=False),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('learner_no', 'plan_id'),
    )
    op.create_index('ix_study_records_learner_no', 'study_records', ['learner_no'])
    op.create_index('ix_study_records_plan_id', 'study_records', ['plan_id'])


def downgrade() -> None:
    op.drop_index('ix_study_records_plan_id', table_name='study_records')
    op.drop_index('ix_study_records_learner_no', table_name='study_records')
    op.drop_table('study_points')
    op.drop_table('study_records')
    op.drop_table('study_files')
