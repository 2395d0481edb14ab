"""indexes for the dashboard: people by status, open stays, a day's admissions

With 200,000 people the window's first page scanned the people and the stays several times
(the count by status alone took 100 ms). The status, the open stays with their facility and
planned day, the day of admission and the day of a test are now read from small indexes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_person_status', 'person', ['status'], unique=False)
    op.create_index('ix_stay_open', 'stay', ['released_on', 'facility_id', 'planned_release_on',
                                             'quarantine_start', 'admitted_on'], unique=False)
    op.create_index('ix_stay_admitted_on', 'stay', ['admitted_on'], unique=False)
    op.create_index('ix_test_result_taken_on', 'test_result', ['taken_on'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_test_result_taken_on', table_name='test_result')
    op.drop_index('ix_stay_admitted_on', table_name='stay')
    op.drop_index('ix_stay_open', table_name='stay')
    op.drop_index('ix_person_status', table_name='person')
