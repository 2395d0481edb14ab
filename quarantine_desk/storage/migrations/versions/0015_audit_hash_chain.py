"""the audit trail as a hash chain, and no INSERT OR REPLACE into it

`INSERT OR REPLACE` rewrote entries of the trail without firing its delete trigger (SQLite
deletes the old row itself). A BEFORE INSERT trigger now refuses an insert that would
replace an entry, by id or by place. Each entry gets its place (`seq`, unique) and `chain`,
the SHA-256 of the previous entry's chain and its own content (storage/audit_chain.py), so
an entry edited, removed or added outside the program is found by `audit verify`, at
start-up and on restore. The existing trail is chained here in the order it was written.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from quarantine_desk.storage.audit_chain import CONTENT, chain_all

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None

NO_REPLACE = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_replace BEFORE INSERT ON audit_event "
    "WHEN EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.id OR seq = NEW.seq) "
    "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END")
NO_UPDATE = (
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event "
    "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END")

_trail = sa.table(
    'audit_event', sa.column('id', sa.Integer), sa.column('seq', sa.Integer),
    sa.column('chain', sa.String), sa.column('at', sa.DateTime),
    sa.column('user_id', sa.Integer), sa.column('username', sa.String),
    sa.column('action', sa.String), sa.column('entity', sa.String),
    sa.column('entity_id', sa.Integer), sa.column('person_id', sa.Integer),
    sa.column('before', sa.JSON), sa.column('after', sa.JSON),
    sa.column('summary', sa.String))


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == 'sqlite'
    op.add_column('audit_event', sa.Column('seq', sa.Integer(), nullable=True))
    op.add_column('audit_event', sa.Column('chain', sa.String(length=64), nullable=True))
    old = [dict(r._mapping) for r in bind.execute(
        sa.select(_trail.c.id, *(_trail.c[k] for k in CONTENT if k != 'seq'))
        .order_by(_trail.c.id))]
    if sqlite:
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    else:
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
    chained = [{'b_id': r['id'], 'b_seq': r['seq'], 'b_chain': r['chain']}
               for r in chain_all(old)]
    if chained:
        bind.execute(_trail.update().where(_trail.c.id == sa.bindparam('b_id')).values(
            seq=sa.bindparam('b_seq'), chain=sa.bindparam('b_chain')), chained)
    if sqlite:
        op.execute(NO_UPDATE)
        op.execute(NO_REPLACE)
    else:
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
    op.create_index('ix_audit_event_seq', 'audit_event', ['seq'], unique=True)


def downgrade() -> None:
    op.drop_index('ix_audit_event_seq', table_name='audit_event')
    if op.get_bind().dialect.name == 'sqlite':
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_replace")
        op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    else:
        op.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only")
    with op.batch_alter_table('audit_event') as batch_op:
        batch_op.drop_column('chain')
        batch_op.drop_column('seq')
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(NO_UPDATE)
        op.execute(
            "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event "
            "BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END")
    else:
        op.execute("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only")
