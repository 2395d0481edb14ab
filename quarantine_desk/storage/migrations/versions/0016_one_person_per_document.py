"""one person per document number: the number is unique

Two desks importing the same people at once once added them twice; the import now checks
again inside the transaction that writes, and the database refuses a second person with
the same document number. A database that already holds such people keeps the number on
the first of them (the lowest id); each later one keeps everything else, and the number
itself moves into the person's other details («Số giấy tờ (trùng với người số N)»), so
nothing is lost and the pair can be merged by hand. Each move is an entry of the audit
trail, in its chain.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from quarantine_desk.storage import audit_chain

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

_person = sa.table('person', sa.column('id', sa.Integer), sa.column('id_number', sa.String),
                   sa.column('extra', sa.JSON(none_as_null=True)))
_trail = sa.table(
    'audit_event', sa.column('seq', sa.Integer), sa.column('chain', sa.String),
    sa.column('at', sa.DateTime), sa.column('user_id', sa.Integer),
    sa.column('username', sa.String), sa.column('action', sa.String),
    sa.column('entity', sa.String), sa.column('entity_id', sa.Integer),
    sa.column('person_id', sa.Integer), sa.column('before', sa.JSON),
    sa.column('after', sa.JSON), sa.column('summary', sa.String))


def upgrade() -> None:
    bind = op.get_bind()
    shared = sa.select(_person.c.id_number).where(_person.c.id_number.is_not(None)).group_by(
        _person.c.id_number).having(sa.func.count() > 1)
    rows = bind.execute(sa.select(_person.c.id, _person.c.id_number, _person.c.extra)
                        .where(_person.c.id_number.in_(shared))
                        .order_by(_person.c.id_number, _person.c.id)).all()
    first: dict[str, int] = {}
    entries = []
    now = datetime.now()
    for person_id, number, extra in rows:
        if number not in first:
            first[number] = person_id
            continue
        key = f"Số giấy tờ (trùng với người số {first[number]})"
        bind.execute(_person.update().where(_person.c.id == person_id).values(
            id_number=None, extra={**(extra or {}), key: number}))
        entries.append(dict(
            at=now, user_id=None, username="system", action="person_edit", entity="person",
            entity_id=person_id, person_id=person_id, before={"id_number": number},
            after={"id_number": None},
            summary=f"Nâng cấp 0016: số giấy tờ {number} trùng với người số "
                    f"{first[number]}; chuyển vào thông tin khác"))
    if entries:
        with Session(bind=bind) as session:
            audit_chain.extend(session, entries)
        bind.execute(_trail.insert(), entries)
    op.drop_index('ix_person_id_number', table_name='person')
    op.create_index('ix_person_id_number', 'person', ['id_number'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_person_id_number', table_name='person')
    op.create_index('ix_person_id_number', 'person', ['id_number'], unique=False)
