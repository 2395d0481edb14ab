"""seals on the rows of accounts, people, stays and tests

A trigger on each of `app_user`, `person`, `stay` and `test_result` notes every change in
`seal_pending`; the program seals the rows it changed before each commit (`row_seal`, and a
"seal" entry of the audit chain with each table's count and sum of hashes), so a row edited,
added or removed outside the program is found by `audit verify`, at start-up and on restore
(storage/seals.py). The rows as they are now are sealed here.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

from quarantine_desk.storage import seals

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == 'sqlite'
    op.create_table(
        'row_seal',
        sa.Column('entity', sa.String(length=32), nullable=False),
        sa.Column('row_id', sa.Integer(), nullable=False),
        sa.Column('hash', sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint('entity', 'row_id', name=op.f('pk_row_seal')))
    op.create_table(
        'seal_pending',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entity', sa.String(length=32), nullable=False),
        sa.Column('row_id', sa.Integer(), nullable=False),
        sa.Column('tx', sa.BigInteger(), nullable=True,
                  server_default=None if sqlite else sa.text('txid_current()')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_seal_pending')))
    op.create_index(op.f('ix_seal_pending_tx'), 'seal_pending', ['tx'], unique=False)
    with Session(bind=bind) as session:
        seals.reseal(session)
        session.flush()
    if sqlite:
        for sql in seals.sqlite_triggers().values():
            op.execute(sql)
    else:
        op.execute(seals.POSTGRES_FUNCTION)
        for sql in seals.postgres_triggers():
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':
        for name in seals.sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for table in seals.SEALED:
            op.execute(f"DROP TRIGGER IF EXISTS seal_{table} ON {table}")
        op.execute("DROP FUNCTION IF EXISTS seal_note()")
    op.drop_index(op.f('ix_seal_pending_tx'), table_name='seal_pending')
    op.drop_table('seal_pending')
    op.drop_table('row_seal')
