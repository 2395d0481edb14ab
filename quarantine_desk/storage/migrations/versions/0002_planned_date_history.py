"""history of changes to a stay's planned release date

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('planned_date_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=False),
    sa.Column('changed_at', sa.DateTime(), nullable=False),
    sa.Column('old_date', sa.Date(), nullable=False),
    sa.Column('new_date', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_planned_date_change_stay_id_stay'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_planned_date_change_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_planned_date_change'))
    )
    with op.batch_alter_table('planned_date_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planned_date_change_stay_id'), ['stay_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('planned_date_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planned_date_change_stay_id'))
    op.drop_table('planned_date_change')
