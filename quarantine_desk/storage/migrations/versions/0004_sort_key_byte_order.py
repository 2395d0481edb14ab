"""sort people's names in byte order of their sort key on PostgreSQL too

SQLite compares text byte by byte already; PostgreSQL's default collation
follows the server's locale, which skips the separators the key relies on.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column('person', 'sort_key', type_=sa.String(400, collation='C'),
                        existing_type=sa.String(400), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column('person', 'sort_key', type_=sa.String(400),
                        existing_type=sa.String(400, collation='C'), existing_nullable=False)
