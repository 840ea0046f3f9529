"""the attempt that counts per exam and learner, the learner's unit copied beside results and points, and
headcounts per unit, for the unit report over a million results

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-22 09:30:00
"""
from decimal import Decimal

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None

MARKS = {"passed": 2, "failed": 1}


def upgrade() -> None:
    op.create_table(
        'counted_attempts',
        sa.Column('exam_id', sa.String(length=100), nullable=False),
        sa.Column('learner_no', sa.String(length=40), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('best_cents', sa.Integer(), nullable=False),
        sa.Column('best_mark', sa.Integer(), nullable=False),
        sa.Column('last_cents', sa.Integer(), nullable=False),
        sa.Column('last_mark', sa.Integer(), nullable=False),
        sa.Column('last_at', sa.String(length=40), nullable=False),
        sa.Column('last_id', sa.String(length=36), nullable=False),
        sa.Column('unit_id', sa.String(length=40), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=True),
        sa.Column('is_leader', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('exam_id', 'learner_no'))
    op.create_index('ix_counted_attempts_learner_no', 'counted_attempts', ['learner_no'])
    op.create_index('ix_counted_attempts_exam_unit', 'counted_attempts', ['exam_id', 'unit_id'])
    with op.batch_alter_table('study_points') as batch:
        batch.add_column(sa.Column('unit_id', sa.String(length=40), nullable=True))
        batch.add_column(sa.Column('status', sa.String(length=20), nullable=True))
        batch.add_column(sa.Column('is_leader', sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_index('ix_study_points_plan_unit', 'study_points', ['plan_id', 'unit_id'])
    op.create_table(
        'headcounts',
        sa.Column('unit_id', sa.String(length=40), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('is_leader', sa.Boolean(), nullable=False),
        sa.Column('n', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('unit_id', 'status', 'is_leader'))
    _fill()


def _fill() -> None:
    """The results already stored, counted as sync_server/results/counted.py counts new ones."""
    conn = op.get_bind()
    results = sa.table('results', *(sa.column(c) for c in ('result_id', 'exam_id', 'learner_no', 'server_score',
                                                             'outcome', 'submitted_at')))
    learners = sa.table('learners', *(sa.column(c) for c in ('learner_no', 'unit_id', 'status', 'is_leader')))
    counted = sa.table('counted_attempts', *(sa.column(c) for c in (
        'exam_id', 'learner_no', 'attempts', 'best_cents', 'best_mark', 'last_cents', 'last_mark', 'last_at',
        'last_id', 'unit_id', 'status', 'is_leader')))
    roster = {r.learner_no: (r.unit_id, r.status, bool(r.is_leader)) for r in conn.execute(sa.select(learners))}
    rows: dict[tuple, dict] = {}
    for r in conn.execute(sa.select(results).order_by(results.c.submitted_at, results.c.result_id)):
        c, m = int(Decimal(r.server_score) * 100), MARKS.get(r.outcome, 0)
        row = rows.get((r.exam_id, r.learner_no))
        if row is None:
            unit, status, leader = roster.get(r.learner_no, (None, None, False))
            rows[(r.exam_id, r.learner_no)] = {
                'exam_id': r.exam_id, 'learner_no': r.learner_no, 'attempts': 1, 'best_cents': c, 'best_mark': m,
                'last_cents': c, 'last_mark': m, 'last_at': r.submitted_at, 'last_id': r.result_id,
                'unit_id': unit, 'status': status, 'is_leader': leader}
            continue
        row['attempts'] += 1
        row['best_cents'], row['best_mark'] = max(row['best_cents'], c), max(row['best_mark'], m)
        row.update(last_cents=c, last_mark=m, last_at=r.submitted_at, last_id=r.result_id)  # in order: later
    values = list(rows.values())
    for start in range(0, len(values), 5000):
        conn.execute(sa.insert(counted), values[start:start + 5000])
    heads = sa.table('headcounts', sa.column('unit_id'), sa.column('status'), sa.column('is_leader'),
                     sa.column('n'))
    conn.execute(sa.insert(heads).from_select(
        ['unit_id', 'status', 'is_leader', 'n'],
        sa.select(learners.c.unit_id, learners.c.status, learners.c.is_leader, sa.func.count())
        .group_by(learners.c.unit_id, learners.c.status, learners.c.is_leader)))
    points = sa.table('study_points', sa.column('learner_no'), sa.column('unit_id'), sa.column('status'),
                      sa.column('is_leader'))
    of = (lambda col: sa.select(col).where(learners.c.learner_no == points.c.learner_no).scalar_subquery())
    conn.execute(sa.update(points).values(unit_id=of(learners.c.unit_id), status=of(learners.c.status),
                                          is_leader=sa.func.coalesce(of(learners.c.is_leader), sa.false())))


def downgrade() -> None:
    op.drop_index('ix_study_points_plan_unit', table_name='study_points')
    with op.batch_alter_table('study_points') as batch:
        batch.drop_column('is_leader')
        batch.drop_column('status')
        batch.drop_column('unit_id')
    op.drop_table('headcounts')
    op.drop_table('counted_attempts')
