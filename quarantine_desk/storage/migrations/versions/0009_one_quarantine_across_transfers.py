"""one quarantine across transfers: each stay knows the first day of its quarantine

Stays linked by a transfer (a stay ended as "transferred" and the same person admitted
elsewhere that day) share the first stay's start.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quarantine_start', sa.Date(), nullable=True))
    bind = op.get_bind()
    stay = sa.table('stay', sa.column('id', sa.Integer), sa.column('person_id', sa.Integer),
                    sa.column('admitted_on', sa.Date), sa.column('released_on', sa.Date),
                    sa.column('outcome', sa.String), sa.column('quarantine_start', sa.Date))
    rows = bind.execute(sa.select(stay.c.id, stay.c.person_id, stay.c.admitted_on,
                                  stay.c.released_on, stay.c.outcome)
                        .order_by(stay.c.person_id, stay.c.admitted_on, stay.c.id)).all()
    starts: dict[int, object] = {}
    previous = None
    for row in rows:
        start = row.admitted_on
        if (previous is not None and previous.person_id == row.person_id
                and previous.outcome == 'transferred'
                and previous.released_on == row.admitted_on):
            start = starts[previous.id]
        starts[row.id] = start
        previous = row
    by_start: dict[object, list[int]] = {}
    for stay_id, start in starts.items():
        by_start.setdefault(start, []).append(stay_id)
    for start, ids in by_start.items():
        for i in range(0, len(ids), 500):
            bind.execute(stay.update().where(stay.c.id.in_(ids[i:i + 500]))
                         .values(quarantine_start=start))
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.alter_column('quarantine_start', existing_type=sa.Date(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('stay', schema=None) as batch_op:
        batch_op.drop_column('quarantine_start')
