"""announced batches with beds held for them, and hand-overs registered at the desk

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('arrival_batch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('expected', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('detected_at', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('route', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('handed_over_by', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('handed_over_at', sa.DateTime(), nullable=True))
    op.create_table('bed_hold',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('beds', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('lifted_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['batch_id'], ['arrival_batch.id'], name=op.f('fk_bed_hold_batch_id_arrival_batch'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_bed_hold_facility_id_facility'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bed_hold'))
    )
    with op.batch_alter_table('bed_hold', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bed_hold_batch_id'), ['batch_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('bed_hold', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bed_hold_batch_id'))
    op.drop_table('bed_hold')
    with op.batch_alter_table('arrival_batch', schema=None) as batch_op:
        batch_op.drop_column('handed_over_at')
        batch_op.drop_column('handed_over_by')
        batch_op.drop_column('route')
        batch_op.drop_column('detected_at')
        batch_op.drop_column('expected')
