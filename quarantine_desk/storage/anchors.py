"""The newest audit entry each desk has seen, per database, kept outside the database.

A trail cut short or rewritten whole still differs from it. The desk that commits a write
moves the anchor to the entry it wrote (Database.write), once the entry the anchor named is
still there as it was; `audit verify` and the window's start-up walk move it too. A backup
gets an anchor of its own when it is made: a backup restored later must hold its trail up
to there.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol

from quarantine_desk.config import data_dir

log = logging.getLogger(__name__)


class _Target(Protocol):
    path: Path | None
    target: str


def anchors_file() -> Path:
    return data_dir() / "audit-anchors.json"


class Anchors:
    """The newest entry (seq, chain) this desk has seen intact, per database, kept outside
    the database: a trail cut short or rewritten whole still differs from it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or anchors_file()

    @staticmethod
    def key(db: _Target | Path) -> str:
        if isinstance(db, Path):
            where = str(db.resolve())
        else:
            where = str(db.path.resolve()) if db.path is not None else _no_password(db.target)
        return hashlib.sha256(where.encode()).hexdigest()[:32]

    def _load(self) -> dict[str, list[Any]]:
        try:
            loaded = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def get(self, db: _Target | Path) -> tuple[int, str] | None:
        found = self._load().get(self.key(db))
        if isinstance(found, list) and len(found) == 2:
            return int(found[0]), str(found[1])
        return None

    def put(self, db: _Target | Path, head: tuple[int, str]) -> None:
        anchors = self._load()
        anchors[self.key(db)] = list(head)
        self._save(anchors)

    def drop(self, db: _Target | Path) -> None:
        anchors = self._load()
        if anchors.pop(self.key(db), None) is not None:
            self._save(anchors)

    def _save(self, anchors: dict[str, list[Any]]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(
                dir=self.path.parent, prefix=f".anchors-p{os.getpid()}-", suffix=".partial")
            with os.fdopen(handle, "w", encoding="utf-8") as fh:
                json.dump(anchors, fh)
            os.replace(temporary, self.path)
        except OSError:
            log.warning("could not keep the audit trail's anchor in %s", self.path)


def _no_password(target: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(target).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy reads: the text itself
        return target
