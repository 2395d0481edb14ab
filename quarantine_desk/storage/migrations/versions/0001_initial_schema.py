"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=True),
    sa.Column('password_hash', sa.String(length=200), nullable=True),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_app_user')),
    sa.UniqueConstraint('username', name=op.f('uq_app_user_username'))
    )
    op.create_table('arrival_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('reference', sa.String(length=64), nullable=True),
    sa.Column('origin', sa.String(length=100), nullable=True),
    sa.Column('entry_point', sa.String(length=200), nullable=True),
    sa.Column('arrival_date', sa.Date(), nullable=False),
    sa.Column('detecting_unit', sa.String(length=200), nullable=True),
    sa.Column('source_file', sa.String(length=500), nullable=True),
    sa.Column('source_sha256', sa.String(length=64), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrival_batch'))
    )
    with op.batch_alter_table('arrival_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_arrival_batch_source_sha256'), ['source_sha256'], unique=False)

    op.create_table('facility',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('managing_unit', sa.String(length=200), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('district', sa.String(length=100), nullable=True),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('beds', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_facility')),
    sa.UniqueConstraint('code', name=op.f('uq_facility_code'))
    )
    op.create_table('quarantine_policy',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('group_name', sa.String(length=16), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('test_days', sa.String(length=64), nullable=False),
    sa.Column('home_monitoring_days', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quarantine_policy')),
    sa.UniqueConstraint('valid_from', 'group_name', name=op.f('uq_quarantine_policy_valid_from'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=True),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('before', sa.JSON(), nullable=True),
    sa.Column('after', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['app_user.id'], name=op.f('fk_audit_event_user_id_app_user')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('name_folded', sa.String(length=200), nullable=False),
    sa.Column('sort_key', sa.String(length=400), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('date_of_birth', sa.Date(), nullable=True),
    sa.Column('birth_year', sa.Integer(), nullable=True),
    sa.Column('id_number', sa.String(length=32), nullable=True),
    sa.Column('id_type', sa.String(length=16), nullable=True),
    sa.Column('nationality', sa.String(length=100), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('address', sa.String(length=300), nullable=True),
    sa.Column('fully_vaccinated', sa.Boolean(), nullable=False),
    sa.Column('extra', sa.JSON(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('current_stay_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['arrival_batch.id'], name=op.f('fk_person_batch_id_arrival_batch'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_current_stay_id'), ['current_stay_id'], unique=False)
        batch_op.create_index('ix_person_id_number', ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_name_folded'), ['name_folded'], unique=False)
        batch_op.create_index(batch_op.f('ix_person_sort_key'), ['sort_key'], unique=False)
        batch_op.create_index('ix_person_status_sort', ['status', 'sort_key'], unique=False)

    op.create_table('room',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('beds', sa.Integer(), nullable=False),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_room_facility_id_facility'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_room')),
    sa.UniqueConstraint('facility_id', 'code', name=op.f('uq_room_facility_id'))
    )
    op.create_table('stay',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('facility_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('admitted_on', sa.Date(), nullable=False),
    sa.Column('planned_release_on', sa.Date(), nullable=False),
    sa.Column('released_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('outcome_note', sa.String(length=300), nullable=True),
    sa.ForeignKeyConstraint(['facility_id'], ['facility.id'], name=op.f('fk_stay_facility_id_facility')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_stay_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_stay_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stay'))
    )
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.create_index('ix_stay_facility_open', ['facility_id', 'released_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_stay_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stay_planned_release_on'), ['planned_release_on'], unique=False)
        batch_op.create_index('ix_stay_room_open', ['room_id', 'released_on'], unique=False)

    op.create_table('test_result',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('stay_id', sa.Integer(), nullable=True),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('result', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_test_result_person_id_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stay_id'], ['stay.id'], name=op.f('fk_test_result_stay_id_stay'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_test_result'))
    )
    with op.batch_alter_table('test_result', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_test_result_person_id'), ['person_id'], unique=False)

    # person.current_stay_id and stay.person_id point at each other: the
    # constraint is added once both tables exist.
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_foreign_key(
            op.f('fk_person_current_stay_id_stay'), 'stay', ['current_stay_id'], ['id'],
            ondelete='SET NULL',
        )

    policy = sa.table(
        'quarantine_policy',
        sa.column('valid_from', sa.Date()),
        sa.column('group_name', sa.String()),
        sa.column('days', sa.Integer()),
        sa.column('test_days', sa.String()),
        sa.column('home_monitoring_days', sa.Integer()),
        sa.column('note', sa.String()),
    )
    op.bulk_insert(policy, [
        {'valid_from': date(2020, 1, 1), 'group_name': 'all', 'days': 14, 'test_days': '1,13',
         'home_monitoring_days': 0,
         'note': '14 ngày; xét nghiệm khi đến và trước khi kết thúc cách ly'},
        {'valid_from': date(2021, 1, 1), 'group_name': 'all', 'days': 14, 'test_days': '2,14',
         'home_monitoring_days': 0,
         'note': '14 ngày; xét nghiệm trong 2 ngày đầu và ngày thứ 14'},
        {'valid_from': date(2021, 5, 5), 'group_name': 'all', 'days': 21, 'test_days': '1,14,20',
         'home_monitoring_days': 7,
         'note': '21 ngày; xét nghiệm ngày 1, 14, 20; theo dõi tại nhà 7 ngày'},
        {'valid_from': date(2021, 7, 14), 'group_name': 'all', 'days': 14, 'test_days': '1,7,14',
         'home_monitoring_days': 0, 'note': '14 ngày'},
        {'valid_from': date(2021, 8, 4), 'group_name': 'vaccinated', 'days': 7,
         'test_days': '1,7', 'home_monitoring_days': 7,
         'note': '7 ngày cho người đã tiêm đủ liều hoặc đã khỏi bệnh'},
    ])



def downgrade() -> None:
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('fk_person_current_stay_id_stay'), type_='foreignkey')

    with op.batch_alter_table('test_result', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_test_result_person_id'))

    op.drop_table('test_result')
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_index('ix_stay_room_open')
        batch_op.drop_index(batch_op.f('ix_stay_planned_release_on'))
        batch_op.drop_index(batch_op.f('ix_stay_person_id'))
        batch_op.drop_index('ix_stay_facility_open')

    op.drop_table('stay')
    op.drop_table('room')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_status_sort')
        batch_op.drop_index(batch_op.f('ix_person_sort_key'))
        batch_op.drop_index(batch_op.f('ix_person_name_folded'))
        batch_op.drop_index('ix_person_id_number')
        batch_op.drop_index(batch_op.f('ix_person_current_stay_id'))
        batch_op.drop_index(batch_op.f('ix_person_batch_id'))

    op.drop_table('person')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))

    op.drop_table('audit_event')
    op.drop_table('setting')
    op.drop_table('quarantine_policy')
    op.drop_table('facility')
    with op.batch_alter_table('arrival_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_arrival_batch_source_sha256'))

    op.drop_table('arrival_batch')
    op.drop_table('app_user')
