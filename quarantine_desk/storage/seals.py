"""Seals on the rows that decide who may sign in and who may go home.

The audit trail's chain (audit_chain.py) proves that no entry was edited, removed or slipped
in; it says nothing of the data rows themselves, so a direct `sqlite3` edit of a test result,
or an administrator row inserted by hand, left no trace. The rows of the SEALED tables are
sealed here:

- A trigger on each of them notes every inserted, updated or deleted row in `seal_pending`
  (revision 0017), whoever writes: the ORM, a Core statement, the bulk insert, a `sqlite3`
  shell.
- Before each of the program's write transactions commits (`seal`), the rows it touched are
  hashed (`row_hash`: the row's non-null columns as stored), their hashes kept in `row_seal`,
  and one entry of the chain, action "seal", records each table's row count and the sum of
  its rows' hashes modulo 2**256 (a multiset hash: updated from the rows touched, it costs
  nothing for the rows left alone). The notes of the transaction are then removed.
- `check` (audit verify, the window's start-up check, a restore) hashes every row again and
  compares: with the last seal in the chain (a change by hand to rows and `row_seal` alike
  is caught), with `row_seal` (names the row), and reads the notes left behind (a change
  made while the triggers were there, outside the program, names its row too). `outside`
  reads only those notes: a millisecond's check made at every command.

A migration that changes rows of these tables calls `reseal` at its end (its changes are the
program's, not somebody else's). The row format below is part of the data: do not change it;
a new format would reseal every row in a migration.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, insert, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from quarantine_desk.storage import audit_chain
from quarantine_desk.storage.bulk import bulk_insert

SEALED = ("app_user", "person", "stay", "test_result")
ACTION = "seal"
MODULUS = 2 ** 256
_MARK = "seal_mark"  # session.info: the last note of another transaction, at its start (SQLite)
CHUNK = 5000

_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                           default=str).encode


def row_hash(table: str, names: Sequence[str], values: Sequence[Any]) -> str:
    """SHA-256 of one row's non-null columns as the database returns them (so a column
    added later, empty, leaves every hash as it was)."""
    data = {n: v for n, v in zip(names, values, strict=True) if v is not None}
    return hashlib.sha256(f"{table}\n{_encode(data)}".encode()).hexdigest()


# -- the triggers (revision 0017) -------------------------------------------------------------

def sqlite_triggers() -> dict[str, str]:
    """The triggers that note each change of a sealed row, by name."""
    found = {}
    for table in SEALED:
        note = "INSERT INTO seal_pending (entity, row_id) VALUES ('{t}', {side}.id);"
        found[f"seal_{table}_insert"] = (
            f"CREATE TRIGGER IF NOT EXISTS seal_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN {note.format(t=table, side='NEW')} END")
        found[f"seal_{table}_update"] = (
            f"CREATE TRIGGER IF NOT EXISTS seal_{table}_update AFTER UPDATE ON {table} "
            f"BEGIN {note.format(t=table, side='OLD')} INSERT INTO seal_pending (entity, "
            f"row_id) SELECT '{table}', NEW.id WHERE NEW.id <> OLD.id; END")
        found[f"seal_{table}_delete"] = (
            f"CREATE TRIGGER IF NOT EXISTS seal_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN {note.format(t=table, side='OLD')} END")
    return found


POSTGRES_FUNCTION = """CREATE OR REPLACE FUNCTION seal_note() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO seal_pending (entity, row_id) VALUES (TG_TABLE_NAME, OLD.id);
    RETURN OLD;
  END IF;
  INSERT INTO seal_pending (entity, row_id) VALUES (TG_TABLE_NAME, NEW.id);
  IF TG_OP = 'UPDATE' AND OLD.id <> NEW.id THEN
    INSERT INTO seal_pending (entity, row_id) VALUES (TG_TABLE_NAME, OLD.id);
  END IF;
  RETURN NEW;
END $$"""


def postgres_triggers() -> list[str]:
    return [f"CREATE TRIGGER seal_{t} AFTER INSERT OR UPDATE OR DELETE ON {t} FOR EACH ROW "
            f"EXECUTE FUNCTION seal_note()" for t in SEALED]


# -- sealing a transaction ------------------------------------------------------------------

def begun(session: Session, _transaction: Any, connection: Connection) -> None:
    """After a write transaction begins (SQLite: its write lock held): the notes already
    there are somebody else's, left by a change outside the program; this transaction
    seals only the notes after them. On PostgreSQL each note carries its transaction."""
    if connection.dialect.name != "sqlite" or _MARK in session.info:
        return
    try:
        mark = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM seal_pending")
        session.info[_MARK] = mark.scalar()
    except OperationalError:  # a schema older than 0017 (being upgraded)
        session.info[_MARK] = None


def _mine(session: Session) -> tuple[str, dict[str, Any]] | None:
    """The condition on seal_pending for this transaction's own notes."""
    if session.get_bind().dialect.name == "sqlite":
        mark = session.info.get(_MARK)
        return None if mark is None else ("id > :mark", {"mark": mark})
    return "tx = txid_current()", {}


def seal(session: Session) -> None:
    """Before commit: seal the rows this transaction changed (nothing to do when it changed
    none of the sealed tables: one indexed read)."""
    session.flush()
    mine = _mine(session)
    if mine is None:
        return
    where, params = mine
    conn = session.connection()
    touched = conn.execute(text(f"SELECT DISTINCT entity FROM seal_pending WHERE {where}"),
                           params).scalars().all()
    if not touched:
        return
    audit_chain.lock(session)
    sums = last_seal(session)
    for table in SEALED:
        if table not in touched:
            continue
        chosen = (f"SELECT row_id FROM seal_pending WHERE entity = '{table}' AND {where}")
        old = conn.execute(text(f"SELECT hash FROM row_seal WHERE entity = '{table}' AND "
                                f"row_id IN ({chosen})"), params).scalars().all()
        new = [(table, row_id, digest) for row_id, digest in
               _hashes(conn, table, f"WHERE id IN ({chosen})", params)]
        count, total = sums.get(table, (0, 0))
        total = (total + sum(int(d, 16) for *_, d in new) - sum(int(d, 16) for d in old))
        sums[table] = (count + len(new) - len(old), total % MODULUS)
        conn.execute(text(f"DELETE FROM row_seal WHERE entity = '{table}' AND row_id IN "
                          f"({chosen})"), params)
        _keep(session, new)
    conn.execute(text(f"DELETE FROM seal_pending WHERE {where}"), params)
    _record(session, sums)


def _hashes(conn: Connection, table: str, where: str,
            params: dict[str, Any]) -> Iterator[tuple[int, str]]:
    """(id, hash) of the rows of `table` that `where` selects, read as stored."""
    result = conn.execute(text(f"SELECT * FROM {table} {where}"), params)
    names = list(result.keys())
    at = names.index("id")
    for rows in iter(lambda: result.fetchmany(CHUNK), []):
        for row in rows:
            yield row[at], row_hash(table, names, row)


def last_seal(session: Session) -> dict[str, tuple[int, int]]:
    """Each table's (row count, sum of hashes) as the chain's newest seal records them."""
    from quarantine_desk.storage.models import AuditEvent

    found = session.scalar(select(AuditEvent.after).where(AuditEvent.action == ACTION)
                           .order_by(AuditEvent.seq.desc()).limit(1))
    return {t: (n, int(s, 16)) for t, (n, s) in (found or {}).items()}


def _record(session: Session, sums: dict[str, tuple[int, int]]) -> None:
    from quarantine_desk.storage.models import AuditEvent

    entry = dict(at=datetime.now(), user_id=None, username="system", action=ACTION,
                 entity=None, entity_id=None, person_id=None, before=None,
                 after={t: [n, f"{s:064x}"] for t, (n, s) in sorted(sums.items())},
                 summary=None)
    audit_chain.extend(session, [entry])
    session.execute(insert(AuditEvent), [entry])


def reseal(session: Session) -> None:
    """Seal every row as it is now (revision 0017's start, and any later migration that
    changes sealed rows): the hashes kept are replaced and a seal entry records them."""
    conn = session.connection()
    conn.execute(text("DELETE FROM row_seal"))
    sums = {}
    for table in SEALED:
        count = total = 0
        batch: list[tuple[str, int, str]] = []
        for row_id, digest in _hashes(conn, table, "", {}):
            count += 1
            total += int(digest, 16)
            batch.append((table, row_id, digest))
            if len(batch) >= CHUNK:
                _keep(session, batch)
                batch = []
        _keep(session, batch)
        sums[table] = (count, total % MODULUS)
    conn.execute(text("DELETE FROM seal_pending"))
    _record(session, sums)


def _keep(session: Session, batch: list[tuple[str, int, str]]) -> None:
    """Insert (entity, row id, hash) rows, through the bulk insert (a flight's import seals
    tens of thousands of rows)."""
    from quarantine_desk.storage.models import RowSeal

    bulk_insert(session, cast(Table, RowSeal.__table__), ("entity", "row_id", "hash"), batch)


# -- checking ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """One thing wrong with the sealed rows.

    kind: "edited", "added", "removed" (row `row_id` of `table` differs from its seal, has
    none, or is gone), "outside" (a change noted by the triggers that the program did not
    make), "table" (the table's rows, counted `count`, do not add up to the chain's last
    seal, which counted `sealed`: its rows and their kept hashes were both changed)."""

    kind: str
    table: str
    row_id: int | None = None
    count: int | None = None
    sealed: int | None = None


def present(session: Session) -> bool:
    """Whether the database has the seals (revision 0017 or later)."""
    try:
        session.execute(text("SELECT 1 FROM row_seal LIMIT 1")).first()
    except OperationalError:
        session.rollback()
        return False
    return True


def outside(session: Session, limit: int = 20) -> list[Finding]:
    """The changes noted by the triggers and never sealed: made outside the program."""
    rows = session.execute(text("SELECT entity, row_id FROM seal_pending GROUP BY entity, "
                                "row_id ORDER BY min(id) LIMIT :n"), {"n": limit}).all()
    return [Finding("outside", table, row_id) for table, row_id in rows]


def check(session: Session, limit: int = 50) -> list[Finding]:
    """Every sealed row hashed again and compared with its seal and with the chain's."""
    found = outside(session, limit)
    named = {(f.table, f.row_id) for f in found}
    sums = last_seal(session)
    conn = session.connection()
    for table in SEALED:
        kept: dict[int, str] = dict(conn.execute(text(
            f"SELECT row_id, hash FROM row_seal WHERE entity = '{table}'")).all())
        count = total = 0
        rows: list[Finding] = []
        for row_id, digest in _hashes(conn, table, "", {}):
            count += 1
            total += int(digest, 16)
            sealed = kept.pop(row_id, None)
            if sealed != digest and (table, row_id) not in named:
                rows.append(Finding("edited" if sealed else "added", table, row_id))
        rows += [Finding("removed", table, row_id) for row_id in kept
                 if (table, row_id) not in named]
        expected = sums.get(table, (0, 0))
        named_here = rows or any(f.table == table for f in found)
        if (count, total % MODULUS) != expected and not named_here:
            rows.append(Finding("table", table, count=count, sealed=expected[0]))
        found += rows
    return found[:limit]
