"""Parse memory on the real digests of ../shared/corpus: the peak of Python's
allocations while ``read_digest`` reads each file, over the file's size (the goal of
issue 16: under 5x).  ``bench/bench_scale.py`` measures the same on synthetic digests
of 500 to 50,000 entries; this shows what real files of every family and real
awesome-lists cost.  Files under 20 KB are listed apart: their figure is mostly the
fixed cost of a document, not of its entries.

Every file is read once before the first figure (imports, compiled patterns and
mapping tables are a process's, not a file's), and the memos are emptied before
each figure, so no value of a file is carried over to its measured reading.

    python bench/bench_corpus_memory.py
"""

from __future__ import annotations

import gc
import sys
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from zoterodigest.digest import read_digest
from zoterodigest.memo import forget_all

CORPUS = ROOT.parent / "shared" / "corpus"
SMALL = 20_000


def peak_ratio(path: Path) -> tuple[float, int]:
    forget_all()
    gc.collect()
    tracemalloc.start()
    digest = read_digest(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / path.stat().st_size, len(digest.entries)


def main() -> int:
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure", file=sys.stderr)
        return 1
    files = sorted(p for p in CORPUS.rglob("*.md")
                   if p.name != "SOURCES.md" and "lists-pool" not in p.parts)  # (held-out lists: scored only)
    for path in files:  # imports, compiled patterns and mapping tables ready before the first figure
        read_digest(path)
    rows = []
    for path in files:
        ratio, entries = peak_ratio(path)
        rows.append((path.relative_to(CORPUS).parts[0], ratio, path.stat().st_size, entries, path.name))
    print(f"{'family':<17}{'peak/file':>10}{'bytes':>11}{'entries':>9}  file")
    for family, ratio, size, entries, name in sorted(rows, key=lambda r: (r[2] < SMALL, r[0], r[1])):
        mark = "  (small)" if size < SMALL else ""
        print(f"{family:<17}{ratio:>9.2f}x{size:>11,}{entries:>9}  {name[:60]}{mark}")
    print()
    for family in sorted({r[0] for r in rows}):
        big = [r[1] for r in rows if r[0] == family and r[2] >= SMALL]
        if big:
            print(f"{family:<17} files of 20 KB and more: {min(big):.1f}x to {max(big):.1f}x the file (goal < 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
