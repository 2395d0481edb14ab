"""health checks and certificate numbers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('health_check',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('temperature', sa.Float(), nullable=True),
    sa.Column('symptoms', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_health_check_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_health_check_stay_id_stay'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_health_check')),
    sa.UniqueConstraint('person_id', 'checked_on', name=op.f('uq_health_check_person_id'))
    )
    with op.batch_alter_table('health_check', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_health_check_checked_on'), ['checked_on'], unique=False)
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.add_column(sa.Column('certificate_number', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('certificate_year', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('certificate_seq', sa.Integer(), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_stay_certificate_year'),
                                          ['certificate_year', 'certificate_number'])


def downgrade() -> None:
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_stay_certificate_year'), type_='unique')
        batch_op.drop_column('certificate_seq')
        batch_op.drop_column('certificate_year')
        batch_op.drop_column('certificate_number')

    with op.batch_alter_table('health_check', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_health_check_checked_on'))

    op.drop_table('health_check')
