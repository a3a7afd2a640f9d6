"""Speed figures side by side in one run (issue 25, item 10): no-op ``sync``,
``status`` and ``push`` on the seed digests next to ``parse --json`` of the same
files (goal: each <= 2x), and ``--help`` next to a bare ``python -c pass``
(goal: <= 8x).

It runs :mod:`bench_noop` (CPU time of in-process CLI runs, least of
``--repeat`` rounds) and :mod:`bench_start` (wall time of whole processes, least
of ``--runs``) one after the other, each in its own process with this tree's
package first on the path, and prints their tables and one verdict line per goal.
Run it on two trees (``--tree``) to compare before and after a change on the
same machine in one sitting.

    python bench/bench_speed.py [--repeat 5] [--runs 9] [--tree PATH ...]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOOP_GOAL, HELP_GOAL = 2.0, 8.0


def run(tree: Path, script: str, *args: str) -> str:
    """One bench script of ``tree``, run with ``tree``'s package first on the path."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, str(tree / "bench" / script), *args], capture_output=True, text=True,
                          env=env, check=True, cwd=tree)
    return done.stdout


def ratios(noop: str, start: str) -> dict[str, float]:
    """The ratios the goals name, read from the two scripts' tables."""
    out: dict[str, float] = {}
    for name in ("sync", "status", "push"):
        m = re.search(rf"^{name}\s+\d+\s+([\d.]+)", noop, re.MULTILINE)
        if m:
            out[name] = float(m[1])
    m = re.search(r"^zoterodigest --help\s+[\d.]+ ms\s+([\d.]+)x", start, re.MULTILINE)
    if m:
        out["--help"] = float(m[1])
    return out


def measure(tree: Path, repeat: int, runs: int) -> dict[str, float]:
    noop = run(tree, "bench_noop.py", "--repeat", str(repeat))
    start = run(tree, "bench_start.py", "--runs", str(runs))
    print(f"== {tree}\n{noop.rstrip()}\n{start.rstrip()}")
    got = ratios(noop, start)
    for name, ratio in got.items():
        goal = HELP_GOAL if name == "--help" else NOOP_GOAL
        what = "bare Python" if name == "--help" else "parse --json"
        print(f"{name:8} {ratio:5.2f}x {what}: {'ok' if ratio <= goal else 'MISSED'} (goal <= {goal:g}x)")
    return got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5, help="rounds of the no-op commands (least kept)")
    ap.add_argument("--runs", type=int, default=9, help="process starts of each start-up command (least kept)")
    ap.add_argument("--tree", type=Path, action="append", help="a source tree to measure (default: this one)")
    args = ap.parse_args()
    trees = [t.resolve() for t in args.tree] if args.tree else [ROOT]
    figures = {tree: measure(tree, args.repeat, args.runs) for tree in trees}
    if len(trees) > 1:
        names = sorted({n for f in figures.values() for n in f})
        print("side by side: " + "; ".join(
            f"{n} " + " -> ".join(f"{figures[t].get(n, float('nan')):.2f}x" for t in trees) for n in names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
