"""Reading a workbook in a separate process, so that no file can take the program down.

python-calamine lays a sheet out as one dense block, rows × columns of its furthest cell:
a 1.5 KB workbook with one cell at XFD1048576 asks for 550 GB, and the allocation failure
aborts the process (a Rust abort, not an exception). So the desk never parses a workbook
in its own process: it runs this module as a child with an address-space cap, and the child
either writes the sheets to a file or reports one refusal. Whatever kills the child (the
abort, the cap, a crash in the parser) reaches the operator as one sentence.

This module imports nothing of the package, so that the child starts in tens of
milliseconds: `python sheet_worker.py FILE OUT`, or, in a frozen build, the program itself
with `--read-workbook FILE OUT` (see main.py).
"""

from __future__ import annotations

import gc
import pickle
import sys
from typing import Any

# Limits no real manifest reaches (a flight is a few hundred people, a province's list a
# few tens of thousands), checked before any work per cell is done on the values.
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
# What the child may use: a file inside the limits above fits in it with room to spare.
MEMORY_LIMIT = 1 << 30

# What the child reports (the first item of the pickled tuple).
OK, PASSWORD, UNREADABLE, BROKEN, TOO_MANY_ROWS, TOO_MANY_COLUMNS, CELL_TOO_LONG = range(7)


def cap_memory(limit: int = MEMORY_LIMIT) -> None:
    try:
        import resource
    except ImportError:  # Windows: no rlimit; the child still keeps a crash away from the desk
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def over_limit(sheets: list[tuple[str, list[list[object]]]]) -> tuple[int, str, int] | None:
    """The first limit a sheet breaks: (what, sheet name, the figure found), or None."""
    for name, rows in sheets:
        if len(rows) > MAX_ROWS:
            return TOO_MANY_ROWS, name, len(rows)
        width = max(map(len, rows), default=0)
        if width > MAX_COLUMNS:
            return TOO_MANY_COLUMNS, name, width
        for row in rows:
            for cell in row:
                if type(cell) is str and len(cell) > MAX_CELL_CHARS:
                    return CELL_TOO_LONG, name, len(cell)
    return None


def read(path: str) -> tuple:
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        workbook = CalamineWorkbook.from_path(path)
    except PasswordError:
        return (PASSWORD,)
    except (CalamineError, ValueError, OSError, RuntimeError):
        return (UNREADABLE,)
    sheets: list[tuple[str, Any]] = []
    try:
        for name in workbook.sheet_names:
            rows = workbook.get_sheet_by_name(name).to_python(skip_empty_area=False)
            sheets.append((name, rows))
    except PasswordError:
        return (PASSWORD,)
    except (CalamineError, ValueError, OSError, RuntimeError):
        return (BROKEN,)
    finally:
        workbook.close()
    broken = over_limit(sheets)
    return broken if broken else (OK, sheets)


def main(argv: list[str]) -> int:
    source, out = argv
    cap_memory()
    gc.disable()  # hundreds of thousands of cells, none of them garbage
    result = read(source)
    with open(out, "wb") as fh:
        pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
