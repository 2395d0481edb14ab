"""one batch per manifest file: the file's SHA-256 is unique

Two desks importing the same file at once both found it new and both imported everyone
(on PostgreSQL, where writers do not wait for each other). The import now checks again inside
the transaction that writes, and the database refuses a second batch from the same file.
A database that already holds such a pair keeps the file's fingerprint on its first batch
only; the later batch keeps its people and the file's name.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE arrival_batch SET source_sha256 = NULL WHERE source_sha256 IS NOT NULL "
        "AND id NOT IN (SELECT MIN(id) FROM arrival_batch WHERE source_sha256 IS NOT NULL "
        "GROUP BY source_sha256)")
    op.drop_index('ix_arrival_batch_source_sha256', table_name='arrival_batch')
    op.create_index('ix_arrival_batch_source_sha256', 'arrival_batch', ['source_sha256'],
                    unique=True)


def downgrade() -> None:
    op.drop_index('ix_arrival_batch_source_sha256', table_name='arrival_batch')
    op.create_index('ix_arrival_batch_source_sha256', 'arrival_batch', ['source_sha256'],
                    unique=False)
