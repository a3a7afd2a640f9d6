"""Start-up: `zoterodigest --help` and a small `parse` next to a bare Python start.

Each command runs as a whole process several times; the minimum wall time of
each is printed with its ratio to `python -c pass` (issue 16's goal: --help at
most 8x).  Also prints how many of the package's modules `--help` imports.

    python bench/bench_start.py [--runs N]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SMALL = """# Reading log

- **Attention Is All You Need** [arXiv](https://arxiv.org/abs/1706.03762)
"""


def best_of(cmd: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    runs = ap.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "log.md"
        small.write_text(SMALL, encoding="utf-8")
        py = [sys.executable]
        cli = [*py, "-m", "zoterodigest"]
        bare = best_of([*py, "-c", "pass"], runs)
        rows = [("python -c pass", bare),
                ("zoterodigest --help", best_of([*cli, "--help"], runs)),
                ("zoterodigest parse SMALL", best_of([*cli, "parse", str(small)], runs))]
    for name, secs in rows:
        print(f"{name:28} {secs * 1000:8.1f} ms  {secs / bare:5.1f}x bare Python")
    probe = ("import sys, runpy; sys.argv=['zoterodigest','--help']\n"
             "try: runpy.run_module('zoterodigest', run_name='__main__')\n"
             "except SystemExit: pass\n"
             "print(sum(m.startswith('zoterodigest') for m in sys.modules), file=sys.stderr)")
    got = subprocess.run([*py, "-c", probe], capture_output=True, text=True, check=True)
    print(f"package modules imported by --help: {got.stderr.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
