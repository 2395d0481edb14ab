"""sampling rounds: the tubes of a round, pooled or not, and whose sample is in each

A round is a site's swabs of one day; each tube has the code printed on its label
(`CODE-YYMMDD-NNN`), the room it was taken in and, once the lab answers, its result and Ct.
Each member is one person's sample and the pending test it recorded (services/sampling.py).
Pooling follows Decision 3486/QĐ-BYT of 2020 (samples of one room or one family, at most
ten a tube; the site's pool size is a setting, 5 by default).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sampling_round',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('facility_id', sa.Integer(), nullable=False),
        sa.Column('taken_on', sa.Date(), nullable=False),
        sa.Column('pool_size', sa.Integer(), nullable=False),
        sa.Column('grouping', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['facility_id'], ['facility.id'],
                                name=op.f('fk_sampling_round_facility_id_facility'),
                                ondelete='RESTRICT'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sampling_round')))
    op.create_index('ix_sampling_round_day', 'sampling_round', ['facility_id', 'taken_on'])
    op.create_table(
        'sample_tube',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=40), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('room', sa.String(length=32), nullable=True),
        sa.Column('household_id', sa.Integer(), nullable=True),
        sa.Column('pooled', sa.Boolean(), nullable=False),
        sa.Column('reason', sa.String(length=120), nullable=True),
        sa.Column('result', sa.String(length=16), nullable=True),
        sa.Column('result_on', sa.Date(), nullable=True),
        sa.Column('ct', sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(['round_id'], ['sampling_round.id'],
                                name=op.f('fk_sample_tube_round_id_sampling_round'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sample_tube')),
        sa.UniqueConstraint('code', name=op.f('uq_sample_tube_code')))
    op.create_index(op.f('ix_sample_tube_round_id'), 'sample_tube', ['round_id'])
    op.create_table(
        'tube_member',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('tube_id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('test_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['round_id'], ['sampling_round.id'],
                                name=op.f('fk_tube_member_round_id_sampling_round'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['tube_id'], ['sample_tube.id'],
                                name=op.f('fk_tube_member_tube_id_sample_tube'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_tube_member_person_id_person'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['test_id'], ['test_result.id'],
                                name=op.f('fk_tube_member_test_id_test_result'),
                                ondelete='SET NULL'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_tube_member')),
        sa.UniqueConstraint('round_id', 'person_id', name=op.f('uq_tube_member_round_id')))
    op.create_index(op.f('ix_tube_member_tube_id'), 'tube_member', ['tube_id'])
    op.create_index(op.f('ix_tube_member_person_id'), 'tube_member', ['person_id'])
    op.create_index(op.f('ix_tube_member_test_id'), 'tube_member', ['test_id'])


def downgrade() -> None:
    op.drop_table('tube_member')
    op.drop_table('sample_tube')
    op.drop_index('ix_sampling_round_day', table_name='sampling_round')
    op.drop_table('sampling_round')
