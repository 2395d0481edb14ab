"""Benchmark: how long, and how much memory, a hostile workbook costs before it is refused.

Goal (issue 19): no file takes the program down; each of these is refused with one sentence,
and peak memory stays under 1 GB (the desk's own process and the child that parses the
workbook, reported separately). The files are made here:

- corner: 1.5 KB, one cell at XFD1048576 (python-calamine asked for 550 GB and aborted);
- rows: 1,048,576 rows x 50 numbers, a few MB zipped (took 3 min and 7.4 GB before);
- cell: one name cell of 1 GiB, about 1 MB zipped (took 7:40 and 9.3 GB before);
- dense: 150,000 rows x 200 numbers, inside the unpacking limit but not the child's memory;
- long: 300,000 real rows of 21 cells, past the 200,000-row limit but plausible to read;
- realistic: a 50,000-row manifest, read to the end, for the cost of reading in a child.

    .venv/bin/python bench/bench_hostile.py
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_import import make_manifest  # noqa: E402
from quarantine_desk.importing.reader import ImportFileError, read_file  # noqa: E402
from tests.importing.hostile import (  # noqa: E402
    HEADER_ROW,
    cell_bomb,
    corner_bomb,
    row,
    row_bomb,
    write_sheet,
)


def long_sheet(path: Path) -> Path:
    cells = "".join(f'<c r="{chr(66 + j)}{{r}}"><v>{j}</v></c>' for j in range(20))
    return write_sheet(path, [HEADER_ROW, *(
        row(r, [f'<c r="A{r}"><v>{r}</v></c>', cells.replace("{r}", str(r))])
        for r in range(2, 300_001))], zip64=True)


def dense_sheet(path: Path) -> Path:
    line = "<row>" + "<c><v>1</v></c>" * 200 + "</row>"
    return write_sheet(path, [HEADER_ROW, *(line for _ in range(150_000))], zip64=True)


def megabytes(kilobytes: int) -> str:
    return f"{kilobytes / 1024:,.0f} MB"


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="qd-hostile-") as tmp:
        folder = Path(tmp)
        makers = {
            "corner": lambda p: corner_bomb(p),
            "rows": lambda p: row_bomb(p),
            "cell": lambda p: cell_bomb(p),
            "dense": dense_sheet,
            "long": long_sheet,
            "realistic": lambda p: make_manifest(p, 50_000, 1) or p,
        }
        print(f"{'file':<10} {'size':>9} {'time':>7} {'desk peak':>10} {'child peak':>11}  "
              "outcome")
        for name, make in makers.items():
            path = folder / f"{name}.xlsx"
            make(path)
            random.seed(0)
            started = time.perf_counter()
            try:
                data = read_file(path)
                outcome = f"read {sum(len(s.rows) for s in data.sheets):,} rows"
            except ImportFileError as exc:
                outcome = str(exc)
            took = time.perf_counter() - started
            desk = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            size = path.stat().st_size
            print(f"{name:<10} {size / 1024:>7,.0f} K {took:>6.2f}s {megabytes(desk):>10} "
                  f"{megabytes(child):>11}  {outcome}")
            path.unlink()
    print("(peaks are the highest so far in this run: the desk's process, and the largest "
          "child that parsed a workbook)")


if __name__ == "__main__":
    main()
