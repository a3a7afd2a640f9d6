"""Parse speed: the corpus and a 9 MB digest, next to markdown-it-py tokenizing.

Prints MB/s, entries/s and peak memory (tracemalloc, measured in a separate
run so it does not slow the timed ones) for:
  - every file of ../shared/corpus, together;
  - the details-cards seed repeated 1, 2, 5 and 10 times (10x is about 9 MB),
    to show how time grows with size;
and the ratio of our full parse to markdown-it-py merely tokenizing the same
text (goal: at most 0.5); then the four largest generic lists (generic-lists/),
each against markdown-it-py (goal: at most 1.0), and the largest repeated; then one
run of plain list items with no link (read by the plain-item model and its run
templates) of 2,000, 4,000 and 8,000 items, to show it grows linearly too.

    python bench/bench_parse.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

from markdown_it import MarkdownIt

from zoterodigest.digest import parse_bytes

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def peak_mib(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs per measurement (best is kept)")
    args = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}: nothing to measure")
        return 0
    files = sorted(p for p in CORPUS.glob("*/*.md") if p.parent.name != "lists-pool")  # (held-out lists: scored only)
    blobs = [(str(p), p.read_bytes()) for p in files]
    total_bytes = sum(len(b) for _, b in blobs)

    def parse_corpus():
        return sum(len(parse_bytes(data, name).entries) for name, data in blobs)

    n_entries = parse_corpus()
    t = best_of(parse_corpus, args.repeat)
    md = MarkdownIt()
    texts = [data.decode("utf-8", "surrogateescape") for _, data in blobs]
    t_md = best_of(lambda: [md.parse(x) for x in texts], args.repeat)
    mem = peak_mib(parse_corpus)
    print(f"corpus: {len(files)} files, {total_bytes / 1e6:.2f} MB, {n_entries} entries")
    print(f"  parse {t * 1000:.0f} ms = {total_bytes / 1e6 / t:.1f} MB/s, {n_entries / t:,.0f} entries/s, peak {mem:.1f} MiB")
    print(f"  markdown-it-py tokenize {t_md * 1000:.0f} ms; ratio ours/markdown-it = {t / t_md:.2f}")

    seed = (CORPUS / "details-cards" / "seed-modality-consistency-zh.md").read_bytes()
    print("details-cards seed repeated k times:")
    per_mb = []
    for k in (1, 2, 5, 10):
        data = seed * k
        text = data.decode("utf-8")
        entries = len(parse_bytes(data, "big.md").entries)
        t = best_of(lambda data=data: parse_bytes(data, "big.md"), args.repeat)
        line = f"  x{k:<2} {len(data) / 1e6:5.2f} MB  parse {t:6.3f} s = {len(data) / 1e6 / t:5.1f} MB/s, {entries / t:8,.0f} entries/s"
        per_mb.append(t / (len(data) / 1e6))
        if k == 10:
            t_md = best_of(lambda text=text: md.parse(text), max(1, args.repeat - 1))
            mem = peak_mib(lambda data=data: parse_bytes(data, "big.md"))
            line += f", peak {mem:.0f} MiB; markdown-it-py {t_md:.3f} s; ratio {t / t_md:.2f}"
        print(line)
    spread = max(per_mb) / min(per_mb)
    print(f"  seconds per MB: {', '.join(f'{x:.3f}' for x in per_mb)} (max/min {spread:.2f}; 1.00 = perfectly linear)")
    print(f"  median {statistics.median(per_mb):.3f} s/MB")
    generic_lists(md, args.repeat)
    plain_runs(args.repeat)
    return 0


def plain_runs(repeat: int) -> None:
    """One run of plain list items, each a title closing with a source and a date (``- Title – bioRxiv –
    2026-01-12``), of 2,000 to 8,000 items: what a run's template costs must grow with the run, not its square."""
    words = ["owl", "barn", "hoot", "tawny", "snowy", "kite", "night", "flight", "mice", "snow", "wind", "feather", "call", "nest", "perch"]
    per_item = []
    for n in (2000, 4000, 8000):
        lines = ["# Reading list of papers", ""]
        lines += [f"- {words[i % 15].capitalize()} {' '.join(words[(i * k) % 15] for k in range(2, 9))} {i} – bioRxiv (all)"
                  f" – 2026-01-{i % 28 + 1:02d}" for i in range(n)]
        data = ("\n".join(lines) + "\n").encode("utf-8")
        entries = len(parse_bytes(data, "run.md").entries)
        t = best_of(lambda data=data: parse_bytes(data, "run.md"), max(1, repeat - 1))
        per_item.append(t / n)
        print(f"  plain run of {n:5d} items: {entries} entries, parse {t:6.3f} s")
    print(f"  plain runs: ms per item {', '.join(f'{x * 1000:.3f}' for x in per_item)} (max/min {max(per_item) / min(per_item):.2f})")


def generic_lists(md: MarkdownIt, repeat: int) -> None:
    """The largest generic lists (any Markdown paper list), each against markdown-it-py
    tokenizing it, and the largest repeated 1, 2 and 4 times (linear growth)."""
    folder = CORPUS / "generic-lists"
    if not folder.is_dir():
        return
    largest = sorted(folder.glob("*.md"), key=lambda p: p.stat().st_size, reverse=True)[:4]
    print("largest generic lists:")
    for path in largest:
        data = path.read_bytes()
        text = data.decode("utf-8", "surrogateescape")
        entries = len(parse_bytes(data, path.name).entries)
        t = best_of(lambda data=data, name=path.name: parse_bytes(data, name), repeat)
        t_md = best_of(lambda text=text: md.parse(text), repeat)
        print(f"  {path.name.split('__')[0]:<14} {len(data) / 1e6:5.2f} MB {entries:5d} entries  parse {t * 1000:5.0f} ms"
              f"  markdown-it-py {t_md * 1000:5.0f} ms  ratio {t / t_md:.2f}")
    data = largest[0].read_bytes()
    per_mb = []
    for k in (1, 2, 4):
        t = best_of(lambda data=data * k: parse_bytes(data, "big.md"), max(1, repeat - 1))
        per_mb.append(t / (len(data) * k / 1e6))
    print(f"  {largest[0].name.split('__')[0]} repeated 1, 2, 4 times: seconds per MB "
          f"{', '.join(f'{x:.3f}' for x in per_mb)} (max/min {max(per_mb) / min(per_mb):.2f})")


if __name__ == "__main__":
    sys.exit(main())
