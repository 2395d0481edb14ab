"""households, a person's relation to the head of household, a room's block and floor

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('household',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['arrival_batch.id'], name=op.f('fk_household_batch_id_arrival_batch'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_household'))
    )
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_household_batch_id'), ['batch_id'], unique=False)
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('household_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('relation', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_person_household_id'), ['household_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_person_household_id_household'), 'household', ['household_id'], ['id'], ondelete='SET NULL')
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.add_column(sa.Column('block', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('floor', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('room', schema=None) as batch_op:
        batch_op.drop_column('floor')
        batch_op.drop_column('block')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_person_household_id_household'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_person_household_id'))
        batch_op.drop_column('relation')
        batch_op.drop_column('household_id')
    with op.batch_alter_table('household', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_household_batch_id'))
    op.drop_table('household')
