"""Composition root: settings → database → services → command line or GUI."""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence

from quarantine_desk import cli
from quarantine_desk.config import log_dir, resolve_db_target
from quarantine_desk.i18n import LANGUAGES, saved_language, tr, use_language
from quarantine_desk.services import Services
from quarantine_desk.services.errors import ServiceError
from quarantine_desk.storage.db import Database, DatabaseError

log = logging.getLogger(__name__)


def setup_logging() -> None:
    """A rotating log file in the user log folder; no personal data is logged."""
    root = logging.getLogger()
    if any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        return
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "quarantine-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return  # a read-only profile must not stop the program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def open_database(db_arg: str | None, *, full_check: bool = False) -> Database:
    target = resolve_db_target(db_arg)
    create_parent = db_arg is None and target == resolve_db_target(None)
    return Database(target, create_parent=create_parent, full_check=full_check)


def _fail(message: str) -> int:
    print(tr("{PROG}: lỗi: {message}", PROG=cli.PROG, message=message), file=sys.stderr)
    return cli.EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    setup_logging()
    asked = cli.language_asked(argv)
    use_language(asked if asked in LANGUAGES else saved_language())
    try:
        args = cli.parse(argv)
    except cli.UsageError as exc:
        return _fail(str(exc))
    if args.self_test:
        from quarantine_desk import selftest

        return selftest.run()
    if args.command is None:
        from quarantine_desk.ui.launcher import run_gui

        return run_gui(args.db)
    if getattr(args, "before_open", None) is not None:  # `key add`: no database open yet
        try:
            return int(args.before_open(args))
        except (ServiceError, cli.UsageError) as exc:
            return _fail(str(exc))
    try:
        db = open_database(args.db)
    except DatabaseError as exc:
        return _fail(str(exc))
    db.on_waiting(lambda waiting: waiting and print(
        tr("Một bàn khác đang ghi vào cơ sở dữ liệu; đang chờ để ghi…"), file=sys.stderr))
    try:
        warning = Services.open(db).audit.tail_warning()
        if warning is not None:  # said on every command until it is dealt with
            print(tr("{PROG}: cảnh báo: {warning}", PROG=cli.PROG, warning=warning),
                  file=sys.stderr)
        return cli.run_command(cli.sign_in(Services.open(db), args), args)
    except (ServiceError, DatabaseError, cli.UsageError) as exc:
        return _fail(str(exc))
    except BrokenPipeError:  # the reader of our output went away (| head)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except Exception as exc:  # last resort: log it, show one line
        log.exception("command %s failed", args.command)
        return _fail(
            tr(
                "lỗi không lường trước ({kind}); chi tiết trong {folder}",
                kind=type(exc).__name__,
                folder=log_dir(),
            )
        )
    finally:
        db.close()
