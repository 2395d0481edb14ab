"""drop person indexes no query uses, so large imports write less

Search matches inside names (LIKE '%…%'), which no index on name_folded serves;
status filters are cheap scans next to the sort_key index; current_stay_id is
only ever followed from person to stay.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_person_name_folded', table_name='person')
    op.drop_index('ix_person_status_sort', table_name='person')
    op.drop_index('ix_person_current_stay_id', table_name='person')


def downgrade() -> None:
    op.create_index('ix_person_current_stay_id', 'person', ['current_stay_id'], unique=False)
    op.create_index('ix_person_status_sort', 'person', ['status', 'sort_key'], unique=False)
    op.create_index('ix_person_name_folded', 'person', ['name_folded'], unique=False)
