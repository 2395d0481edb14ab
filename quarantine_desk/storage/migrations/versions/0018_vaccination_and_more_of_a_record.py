"""a person's vaccination and recovery, current address, insurance number, arrival date and
symptoms; quarantine rules by vaccination status

Each person gets the doses, the last dose's date, the vaccine and a recovery date
(domain/vaccination.py derives the status on a day from them), the address they go home to
(`current_address`, beside the permanent `address`), a health insurance number, the day they
arrived when the list gives it per row, the symptoms written at arrival and the room the list
gave (tried first by the allocation, under the room rules). All are empty
for the people already there, so their seals hold (storage/seals.py hashes non-empty
columns only).

The rules of 8399/BYT-MT of 6/10/2021 for arrivals are added by status (figures as the
office's request quotes them; editable on the settings page): fully vaccinated or recovered
7 days and 7 at home, tests on days 1 and 7; partly vaccinated 7 days and 7 at home;
unvaccinated 14 days and 14 at home, tests on days 1, 7 and 14. The shipped rule of
14/7/2021 (5599/BYT-MT: 14 days and 14 at home) gets its 14 days at home, unless it was edited.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None

_policy = sa.table(
    'quarantine_policy', sa.column('valid_from', sa.Date()), sa.column('group_name', sa.String()),
    sa.column('days', sa.Integer()), sa.column('test_days', sa.String()),
    sa.column('home_monitoring_days', sa.Integer()), sa.column('note', sa.String()))
_8399 = date(2021, 10, 6)
RULES = [
    ('full', 7, '1,7', 7, '8399/BYT-MT 6/10/2021: đã tiêm đủ liều: 7 ngày, theo dõi tại nhà 7 ngày'),
    ('recovered', 7, '1,7', 7, '8399/BYT-MT 6/10/2021: đã khỏi bệnh: 7 ngày, theo dõi tại nhà 7 ngày'),
    ('partial', 7, '1,7', 7, '8399/BYT-MT 6/10/2021: tiêm chưa đủ liều: 7 ngày, theo dõi tại nhà 7 ngày'),
    ('none', 14, '1,7,14', 14, '8399/BYT-MT 6/10/2021: chưa tiêm: 14 ngày, theo dõi tại nhà 14 ngày'),
]


def upgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.add_column(sa.Column('vaccine_doses', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('last_dose_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('vaccine', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('recovered_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('current_address', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('insurance_number', sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column('arrived_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('arrival_symptoms', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('requested_room', sa.String(length=32), nullable=True))
    bind = op.get_bind()
    have = {(r[0], r[1]) for r in bind.execute(sa.select(_policy.c.valid_from,
                                                         _policy.c.group_name))}
    op.bulk_insert(_policy, [
        {'valid_from': _8399, 'group_name': g, 'days': d, 'test_days': t,
         'home_monitoring_days': h, 'note': n}
        for g, d, t, h, n in RULES if (_8399, g) not in have])
    bind.execute(_policy.update().where(
        _policy.c.valid_from == date(2021, 7, 14), _policy.c.group_name == 'all',
        _policy.c.days == 14, _policy.c.home_monitoring_days == 0,
        _policy.c.note == '14 ngày').values(
        home_monitoring_days=14, note='5599/BYT-MT 14/7/2021: 14 ngày, theo dõi tại nhà 14 ngày'))


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(_policy.delete().where(_policy.c.valid_from == _8399,
                                        _policy.c.group_name.in_([g for g, *_ in RULES])))
    with op.batch_alter_table('person', schema=None) as batch_op:
        for name in ('requested_room', 'arrival_symptoms', 'arrived_on', 'insurance_number', 'current_address',
                     'recovered_on', 'vaccine', 'last_dose_on', 'vaccine_doses'):
            batch_op.drop_column(name)
