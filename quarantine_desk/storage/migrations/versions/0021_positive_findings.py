"""one positive finding per stay: a case applied twice (two desks, or one desk twice) is
refused by the database; the day's summary counts findings, not audit entries

The findings already recorded are read from the trail's «positive_case» entries: the first
of each person's stay (the stay that covers the day found, else the person's latest).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-03
"""

from __future__ import annotations

import json
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    findings = op.create_table(
        'positive_finding',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('person_id', sa.Integer(), nullable=False),
        sa.Column('stay_id', sa.Integer(), nullable=False),
        sa.Column('found_on', sa.Date(), nullable=False),
        sa.Column('recorded_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['person_id'], ['person.id'],
                                name=op.f('fk_positive_finding_person_id_person'),
                                ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['stay_id'], ['stay.id'],
                                name=op.f('fk_positive_finding_stay_id_stay'),
                                ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_positive_finding')),
        sa.UniqueConstraint('stay_id', name=op.f('uq_positive_finding_stay_id')))
    op.create_index(op.f('ix_positive_finding_found_on'), 'positive_finding', ['found_on'])
    bind = op.get_bind()
    events = bind.execute(sa.text(
        "SELECT entity_id, after, at FROM audit_event WHERE action = 'positive_case' "
        "ORDER BY id")).all()
    rows, seen = [], set()
    for person_id, after, at in events:
        if person_id is None:
            continue
        data = after if isinstance(after, dict) else json.loads(after or "{}")
        try:
            found = date.fromisoformat(data.get("found_on") or "")
        except ValueError:
            continue
        stays = bind.execute(sa.text(
            "SELECT id, admitted_on, released_on FROM stay WHERE person_id = :p ORDER BY id"),
            {"p": person_id}).all()
        covering = [s for s in stays if _day(s[1]) <= found
                    and (s[2] is None or found <= _day(s[2]))]
        stay = (covering or stays)[-1:] if stays else []
        if not stay or stay[0][0] in seen:
            continue
        seen.add(stay[0][0])
        rows.append({"person_id": person_id, "stay_id": stay[0][0], "found_on": found,
                     "recorded_at": at if isinstance(at, datetime)
                     else datetime.fromisoformat(str(at))})
    if rows:
        op.bulk_insert(findings, rows)


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    op.drop_index(op.f('ix_positive_finding_found_on'), table_name='positive_finding')
    op.drop_table('positive_finding')
