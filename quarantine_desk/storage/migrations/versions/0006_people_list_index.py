"""one covering index for the people list: search without touching the table

A search matches inside names (LIKE '%…%'), so every row is looked at; with the
name, status, document, phone and current stay beside the sort key in one index, SQLite scans
that index alone and the matches come out already in display order.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_person_list', 'person',
                    ['sort_key', 'name_folded', 'status', 'id_number', 'phone',
                     'current_stay_id'], unique=False)
    op.drop_index('ix_person_sort_key', table_name='person')


def downgrade() -> None:
    op.create_index('ix_person_sort_key', 'person', ['sort_key'], unique=False)
    op.drop_index('ix_person_list', table_name='person')
