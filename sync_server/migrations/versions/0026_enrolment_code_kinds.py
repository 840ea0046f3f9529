"""an enrolment code says whom it is for, a station or a lower server, so that a code handed to one cannot
enrol the other (issue 14: a unit's code had enrolled a key of its holder's own as a lower server)

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 03:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0026'
down_revision = '0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('enrolment_codes') as batch:
        batch.add_column(sa.Column('kind', sa.String(length=10), nullable=True))
    # a room's code was always for an exam-room PC; a code without a room made before this stays open to
    # either kind (NULL), as it was when it was handed out: every such code runs out within two weeks
    op.execute("UPDATE enrolment_codes SET kind = 'station' WHERE room IS NOT NULL")


def downgrade() -> None:
    with op.batch_alter_table('enrolment_codes') as batch:
        batch.drop_column('kind')
