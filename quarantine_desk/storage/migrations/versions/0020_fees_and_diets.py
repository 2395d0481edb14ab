"""meals and fees: rates by kind of site from a date, exemptions, payments; a person's diet

Resolution 16/NQ-CP of 8/2/2021: at state sites a person pays for meals, 80,000 VND a day,
and the state pays 40,000 VND a day of essentials; people who entered before it pay
nothing (its row is for new entries only: a quarantine begun before it pays no person part
from then on). Hotels bill their own
rates and get no row. The figures are the resolution's as the issue quotes them; every row is
editable (services/fees.py).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-03
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('diet', sa.String(length=120), nullable=True))
    rates = op.create_table(
        'fee_rate',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('facility_kind', sa.String(length=16), nullable=False),
        sa.Column('valid_from', sa.Date(), nullable=False),
        sa.Column('person_rate', sa.Integer(), nullable=False),
        sa.Column('state_rate', sa.Integer(), nullable=False),
        sa.Column('new_entries_only', sa.Boolean(), nullable=False),
        sa.Column('note', sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_rate')),
        sa.UniqueConstraint('facility_kind', 'valid_from', name=op.f('uq_fee_rate_facility_kind')))
    op.create_table(
        'fee_exemption',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('document', sa.String(length=200), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_fee_exemption_person_id_person'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_exemption')),
        sa.UniqueConstraint('person_id', 'kind', name=op.f('uq_fee_exemption_person_id')))
    op.create_table(
        'fee_payment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('amount', sa.BigInteger(), nullable=False),
        sa.Column('paid_on', sa.Date(), nullable=False),
        sa.Column('receipt', sa.String(length=40), nullable=False),
        sa.Column('reverses_id', sa.Integer(), nullable=True),
        sa.Column('note', sa.String(length=300), nullable=True),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('created_by', sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_fee_payment_person_id_person'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['reverses_id'], ['fee_payment.id'],
                                name=op.f('fk_fee_payment_reverses_id_fee_payment')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_fee_payment')),
        sa.UniqueConstraint('person_id', 'receipt', name=op.f('uq_fee_payment_person_id')),
        sa.UniqueConstraint('reverses_id', name=op.f('uq_fee_payment_reverses_id')))
    op.create_index(op.f('ix_fee_payment_person_id'), 'fee_payment', ['person_id'])
    op.bulk_insert(rates, [
        {'facility_kind': '*', 'valid_from': date(2021, 2, 8), 'person_rate': 80000,
         'state_rate': 40000, 'new_entries_only': True,
         'note': '16/NQ-CP 8/2/2021: người cách ly trả tiền ăn 80.000 đồng/ngày; nhà nước '
                 'chi 40.000 đồng/ngày sinh hoạt phí'},
        {'facility_kind': 'hotel', 'valid_from': date(2021, 2, 8), 'person_rate': 0,
         'state_rate': 0, 'new_entries_only': True,
         'note': '16/NQ-CP 8/2/2021: khách sạn thu theo giá riêng của cơ sở, không theo mức này'},
    ])


def downgrade() -> None:
    op.drop_index(op.f('ix_fee_payment_person_id'), table_name='fee_payment')
    op.drop_table('fee_payment')
    op.drop_table('fee_exemption')
    op.drop_table('fee_rate')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('diet')
