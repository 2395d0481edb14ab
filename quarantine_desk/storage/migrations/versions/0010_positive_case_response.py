"""a positive case inside a site: contact levels, rooms closed for cleaning, contacts' days

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_level', sa.String(length=4), nullable=True))
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.add_column(sa.Column('closed_until', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('closed_note', sa.String(length=300), nullable=True))
    with op.batch_alter_table('quarantine_policy', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contact_days', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('quarantine_policy', schema=None) as batch_op:
        batch_op.drop_column('contact_days')
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.drop_column('closed_note')
        batch_op.drop_column('closed_until')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('contact_level')
