"""Inserting many rows at once through the driver's executemany.

SQLAlchemy's executemany builds and processes a parameter dictionary per row;
for the tens of thousands of rows of a manifest that costs more than SQLite's
own work. Here the statement is compiled once for the dialect, every column's
bind processor is applied column-wise, and the driver gets plain tuples.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, DateTime, Table, insert
from sqlalchemy.orm import Session


def bulk_insert(session: Session, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        session.execute(insert(table), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    processors = [table.c[name].type._cached_bind_processor(dialect) for name in columns]
    processed_columns = []
    for index, processor in enumerate(processors):
        values = [row[index] for row in rows]
        if processor is not None:
            values = _processed(values, processor, table.c[columns[index]].type)
        processed_columns.append(values)
    order = {name: i for i, name in enumerate(columns)}
    assert compiled.positiontup is not None  # SQLite's qmark style
    positions = [order[name] for name in compiled.positiontup]
    params = list(zip(*(processed_columns[p] for p in positions), strict=True))
    dbapi = connection.connection.dbapi_connection
    assert dbapi is not None  # a connection checked out of the pool
    cursor = dbapi.cursor()
    try:
        cursor.executemany(compiled.string, params)
    finally:
        cursor.close()


def _processed(values: list[Any], processor: Any, kind: Any) -> list[Any]:
    """The column's values as SQLite stores them.

    Dates and timestamps take the C-level isoformat, which writes exactly SQLAlchemy's SQLite
    storage format ("YYYY-MM-DD", "YYYY-MM-DD HH:MM:SS.ffffff"); a value repeated down the
    column (the import's timestamp) is converted once.
    """
    if type(kind) is Date:
        return [None if v is None else v.isoformat() for v in values]
    if type(kind) is DateTime:
        seen: dict[Any, Any] = {}
        out: list[Any] = []
        for v in values:
            if v is None:
                out.append(None)
            else:
                text = seen.get(v)
                if text is None:
                    text = seen[v] = v.isoformat(" ", "microseconds")
                out.append(text)
        return out
    return [None if v is None else processor(v) for v in values]
