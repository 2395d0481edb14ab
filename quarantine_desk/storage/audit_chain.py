"""The audit trail as a hash chain: an entry edited, removed or slipped in is found.

Each entry carries `seq` (1, 2, 3, … with no gaps) and `chain`, the SHA-256 of the previous
entry's chain and of this entry's content. The triggers (db.AUDIT_GUARD_SQLITE, revision
0007 and 0015) refuse UPDATE, DELETE and INSERT OR REPLACE; the chain catches what is done
around them (triggers dropped by hand, rows rewritten, a file spliced together). Someone who
rewrites the whole chain consistently is caught by the head the desk remembers (anchors).

The content format below is part of the data: entries written by an older version must
verify under a newer one. Do not change it; add a new format beside it if ever needed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

GENESIS = "0" * 64
HEAD = _HEAD = "audit_head"  # session.info key: (seq, chain) of the last entry this transaction saw
_PG_LOCK = 0x51D_A0D17  # pg_advisory_xact_lock key: one writer extends the chain at a time

# the columns that make an entry's content, in this order
CONTENT = ("seq", "at", "user_id", "username", "action", "entity", "entity_id", "person_id",
           "before", "after", "summary")


def content(values: dict[str, Any]) -> bytes:
    return _content(tuple(values.get(k) for k in CONTENT))


def _content(parts: tuple[Any, ...]) -> bytes:
    seq, at, *rest = parts
    when = at.isoformat(timespec="microseconds") if isinstance(at, datetime) else at
    return _encode([seq, when, *rest]).encode()


_encode = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                           default=str).encode


def link(previous: str, values: dict[str, Any]) -> str:
    return hashlib.sha256(previous.encode() + b"\n" + content(values)).hexdigest()


def _link(previous: str, parts: tuple[Any, ...]) -> str:
    return hashlib.sha256(previous.encode() + b"\n" + _content(parts)).hexdigest()


def head(session: Session) -> tuple[int, str]:
    """(seq, chain) of the newest entry, or (0, GENESIS) for an empty trail."""
    row = session.execute(text(
        "SELECT seq, chain FROM audit_event WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1"
    )).first()
    return (row[0], row[1]) if row else (0, GENESIS)


def lock(session: Session) -> tuple[int, str]:
    """Take the chain for this transaction (on PostgreSQL, one writer extends it at a time;
    on SQLite the write lock is held already) and return its head as this transaction sees
    it."""
    known = session.info.get(_HEAD)
    if known is None:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
        known = session.info[_HEAD] = head(session)
    return known


def extend(session: Session, entries: list[dict[str, Any]]) -> None:
    """Give each entry (column values about to be inserted) its place in the chain."""
    seq, chain = lock(session)
    for entry in entries:
        seq += 1
        entry["seq"] = seq
        entry["chain"] = chain = link(chain, entry)
    session.info[_HEAD] = (seq, chain)


@dataclass(frozen=True)
class Break:
    """One thing wrong with the chain.

    kind: "edited" (entry seq's content or chain does not match), "missing" (entries seq to
    last are not there), "outside" (entries written without a place in the chain: id),
    "rewritten" (the entry the desk saw last has another chain now, or is gone)."""

    kind: str
    seq: int | None = None
    last: int | None = None
    id: int | None = None


@dataclass(frozen=True)
class Verdict:
    entries: int
    head: tuple[int, str]
    breaks: tuple[Break, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks


def _entries(session: Session) -> Iterator[Any]:
    """(seq, content…, chain, id) in the order of the chain; Core rows, not objects."""
    from quarantine_desk.storage.models import AuditEvent

    columns = [getattr(AuditEvent, name) for name in (*CONTENT, "chain", "id")]
    query = select(*columns).where(AuditEvent.seq.is_not(None)).order_by(AuditEvent.seq)
    result = session.connection().execution_options(yield_per=5000).execute(query)
    for rows in result.partitions():
        yield from rows


def verify(session: Session, anchor: tuple[int, str] | None = None,
           limit: int = 50, progress: Callable[[int, int], None] | None = None) -> Verdict:
    """Walk the whole trail; `anchor` is the (seq, chain) this desk saw last, if any;
    `progress(done, total)` is told every 5,000 entries."""
    from quarantine_desk.storage.models import AuditEvent

    total = (session.scalar(select(func.count(AuditEvent.id))) or 0) if progress else 0

    breaks: list[Break] = []
    outside = session.scalars(
        select(AuditEvent.id).where(AuditEvent.seq.is_(None)).order_by(AuditEvent.id)
        .limit(limit)).all()
    breaks += [Break("outside", id=i) for i in outside]
    expected, previous, count = 1, GENESIS, 0
    seen_anchor = None
    width = len(CONTENT)
    for row in _entries(session):
        count += 1
        if progress is not None and count % 5000 == 0:
            progress(count, max(total, count))
        seq, chain = row[0], row[width]
        if seq > expected:  # the entry after a gap cannot be checked: its link is gone
            breaks.append(Break("missing", seq=expected, last=seq - 1))
        elif _link(previous, tuple(row[:width])) != chain:
            breaks.append(Break("edited", seq=seq, id=row[width + 1]))
        if anchor is not None and seq == anchor[0]:
            seen_anchor = chain
        expected, previous = seq + 1, chain
        if len(breaks) >= limit:
            break
    last = (expected - 1, previous)
    if anchor is not None and anchor[0] > 0 and seen_anchor != anchor[1] and len(breaks) < limit:
        if last[0] < anchor[0]:
            breaks.append(Break("missing", seq=last[0] + 1, last=anchor[0]))
        else:
            breaks.append(Break("rewritten", seq=anchor[0]))
    return Verdict(entries=count, head=last, breaks=tuple(breaks))


def tail(session: Session, anchor: tuple[int, str] | None, last: int = 50) -> tuple[Break, ...]:
    """The quick check made at every start: the entry the desk saw last is still there as
    it was (a trail cut short or rewritten since is caught), and the newest `last` entries
    link to each other. A milliseconds' read; the whole walk is `verify`."""
    from quarantine_desk.storage.models import AuditEvent

    breaks: list[Break] = []
    top, _ = head(session)
    if anchor is not None and anchor[0] > 0:
        if top < anchor[0]:
            breaks.append(Break("missing", seq=top + 1, last=anchor[0]))
        else:
            seen = session.scalar(select(AuditEvent.chain).where(AuditEvent.seq == anchor[0]))
            if seen != anchor[1]:
                breaks.append(Break("rewritten", seq=anchor[0]))
    columns = [getattr(AuditEvent, name) for name in (*CONTENT, "chain", "id")]
    rows = session.execute(select(*columns).where(AuditEvent.seq > top - last - 1)
                           .order_by(AuditEvent.seq)).all()
    width = len(CONTENT)
    for previous, row in zip(rows, rows[1:], strict=False):
        if row[0] != previous[0] + 1:
            breaks.append(Break("missing", seq=previous[0] + 1, last=row[0] - 1))
        elif _link(previous[width], tuple(row[:width])) != row[width]:
            breaks.append(Break("edited", seq=row[0], id=row[width + 1]))
    return tuple(breaks)


def chain_all(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Seq and chain for entries in the order given (revision 0015 chains the old trail)."""
    chain = GENESIS
    for seq, row in enumerate(rows, start=1):
        row = {**row, "seq": seq}
        row["chain"] = chain = link(chain, row)
        yield row
