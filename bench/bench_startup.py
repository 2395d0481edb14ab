"""Benchmark: how fast a command and the window start (issue 18).

Goals, measured side by side in one run (the machine's speed cancels out of a ratio):
- a read command (`facility list --json` on the demo database) takes at most 1.5× as long
  as `python -c "import sqlalchemy.orm"`;
- the window shows its sign-in box less than 1 s after launch (demo database);
- after «Đăng nhập», the main window is usable in under 0.5 s with 200,000 people.

    .venv/bin/python bench/bench_startup.py [--runs 9] [--people 200000]

The command and the bare import alternate, so a busy moment of the machine falls on both;
the ratio is given for the best run of each (as `timeit` does: the run least disturbed by the
rest of the machine) and for the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quarantine_desk.services import Services  # noqa: E402
from quarantine_desk.services.demo import load_demo  # noqa: E402
from quarantine_desk.storage.db import Database  # noqa: E402

USER, PASSWORD = "quantri", "mật khẩu đủ dài 1"


def launch(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def probe(db: Path, env: dict[str, str]) -> tuple[float, float]:
    """(launch → sign-in box, «Đăng nhập» → usable main window) in seconds."""
    started = time.time()
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "window_probe.py"), str(db),
                          USER, PASSWORD], env=env, check=True, capture_output=True,
                         text=True).stdout
    at = {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line}
    return at["signin"] - started, at["usable"] - at["accepted"]


def with_account(path: Path, people: int) -> Path:
    db = Database(str(path))
    services = Services.open(db)
    if people:
        sys.path.insert(0, str(ROOT / "bench"))
        from bench_operations import fill  # the 200,000-person site of the operations bench

        fill(db, services, people)
    else:
        load_demo(db)
    services.users.add(USER, PASSWORD, "admin")
    db.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--people", type=int, default=200_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="qd-startup-"))
    env = {**os.environ, "XDG_CONFIG_HOME": str(folder / "config"),
           "XDG_DATA_HOME": str(folder / "data"), "XDG_STATE_HOME": str(folder / "state"),
           "XDG_CACHE_HOME": str(folder / "cache"), "QT_QPA_PLATFORM": "offscreen"}
    # an installed program runs from compiled bytecode (the frozen build ships it); a
    # checkout only has it once Python may write it
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    demo = folder / "demo.sqlite3"
    db = Database(str(demo))
    load_demo(db)
    db.close()
    bare = [sys.executable, "-c", "import sqlalchemy.orm"]
    command = [sys.executable, "-m", "quarantine_desk", "--db", str(demo), "facility", "list",
               "--json"]
    launch(command, env)  # the first run compiles the bytecode
    imports, commands = [], []
    for _ in range(args.runs):
        imports.append(launch(bare, env))
        commands.append(launch(command, env))
    for how, pick in (("best", min), ("median", statistics.median)):
        bare_s, command_s = pick(imports), pick(commands)
        print(f"{how} of {args.runs}: python -c 'import sqlalchemy.orm' {bare_s * 1000:5.0f} ms, "
              f"facility list --json (demo database) {command_s * 1000:5.0f} ms, "
              f"ratio {command_s / bare_s:.2f}× (goal ≤ 1.5×)")

    small = with_account(folder / "demo-accounts.sqlite3", 0)
    probe(small, env)  # bytecode of the GUI modules
    shown = statistics.median(probe(small, env)[0] for _ in range(max(3, args.runs // 3)))
    print(f"window: launch → sign-in box (demo database) {shown * 1000:7.0f} ms (goal < 1000)")

    print(f"filling a database with {args.people:,} people…", flush=True)
    big = with_account(folder / "big.sqlite3", args.people)
    usable = statistics.median(probe(big, env)[1] for _ in range(3))
    print(f"window: «Đăng nhập» → usable main window ({args.people:,} people) "
          f"{usable * 1000:7.0f} ms (goal < 500)")


if __name__ == "__main__":
    main()
