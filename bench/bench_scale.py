"""Parse and export at 1x, 10x and 100x: time, linearity and memory, side by side.

For every family (and a generic awesome-list) a synthetic digest of 500, 5,000
and 50,000 entries is written in the family's real shape
(``bench/synth_digests.py``), then, each scale in a fresh Python process:

* parse -- ``read_digest`` of the file, what ``zoterodigest parse`` does (best
  of a few runs below 50,000 entries);
* export -- ``zoterodigest export FILE -o refs.bib --offline --quiet`` itself
  (reading, the offline cache, resolution, keys, writing the .bib), with empty
  state and cache folders; ``export/parse`` is its time over the parse's, both
  measured in the same process (goal: at most 2.0 at 10,000 entries);
* per-entry microseconds of each (goal: at 50,000 within 1.2x of at 5,000);
* parse memory over the file's size: the peak of Python's allocations during
  the parse (tracemalloc, a separate untimed run) divided by the file's bytes,
  and the growth of the process's peak resident size (``ru_maxrss``) during it
  (goal: under 5x).

    python bench/bench_scale.py [--sizes 500,5000,50000] [--families daily-list,generic]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synth_digests import FAMILIES, digest_text


def rss_peak_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def current_rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def measure(path: Path, entries: int, runs: int) -> dict[str, float]:
    """One scale, in this (fresh) process: parse and export times, parse memory."""
    from typer.testing import CliRunner

    from zoterodigest.cli import app
    from zoterodigest.digest import read_digest

    size = path.stat().st_size
    gc.collect()
    rss_before = current_rss_bytes()
    got = len(read_digest(path).entries)  # the first run, also the resident-size figure
    rss_growth = max(0, rss_peak_bytes() - rss_before)
    gc.collect()
    parse_s = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        digest = read_digest(path)
        parse_s = min(parse_s, time.perf_counter() - t0)
        del digest
        gc.collect()
    tracemalloc.start()
    read_digest(path)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    gc.collect()

    with tempfile.TemporaryDirectory(prefix="zd-scale-") as tmp:
        os.environ.update(ZOTERODIGEST_STATE_DIR=f"{tmp}/state", ZOTERODIGEST_CACHE_DIR=f"{tmp}/cache")
        out = Path(tmp) / "refs.bib"
        args = ["export", str(path), "-o", str(out), "--offline", "--quiet"]
        export_s = float("inf")
        for _ in range(runs):
            out.unlink(missing_ok=True)
            for state in Path(tmp).glob("state/*"):
                state.unlink()
            t0 = time.perf_counter()
            result = CliRunner().invoke(app, args)
            export_s = min(export_s, time.perf_counter() - t0)
            if result.exit_code != 0 or not out.exists():
                raise SystemExit(f"export failed ({result.exit_code}): {result.output[-2000:]}")
        written = out.read_text(encoding="utf-8").count("\n@")
    return {"entries": got, "asked": entries, "bytes": size, "parse_s": parse_s, "export_s": export_s,
            "traced_peak": traced_peak, "rss_growth": rss_growth, "bib_entries": written + 1}


def child(path: Path, entries: int, runs: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--one", str(path), str(entries), str(runs)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


HEADER = (f"{'family':<17}{'entries':>8}{'read':>8}{'file MB':>9}{'parse s':>9}{'export s':>9}{'exp/parse':>10}"
          f"{'parse µs/e':>11}{'export µs/e':>12}{'mem/file':>9}{'rss/file':>9}")


def row(family: str, m: dict[str, float]) -> str:
    n = m["entries"] or 1
    return (f"{family:<17}{m['asked']:>8,}{m['entries']:>8,}{m['bytes'] / 1e6:>9.2f}{m['parse_s']:>9.3f}"
            f"{m['export_s']:>9.3f}{m['export_s'] / m['parse_s']:>10.2f}{m['parse_s'] / n * 1e6:>11.0f}"
            f"{m['export_s'] / n * 1e6:>12.0f}{m['traced_peak'] / m['bytes']:>9.2f}{m['rss_growth'] / m['bytes']:>9.2f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,5000,50000", help="entries per digest, comma-separated")
    ap.add_argument("--families", default=",".join(FAMILIES), help="comma-separated, of: " + ", ".join(FAMILIES))
    ap.add_argument("--one", nargs=3, metavar=("PATH", "ENTRIES", "RUNS"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(Path(args.one[0]), int(args.one[1]), int(args.one[2]))))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    families = args.families.split(",")
    print("parse: read_digest of the file; export: `zoterodigest export FILE -o refs.bib --offline --quiet`,")
    print("each scale in a fresh process, best of 3 runs (1 run at 50,000 entries and more).")
    print("mem/file: tracemalloc peak during the parse / file size; rss/file: growth of peak RSS during it / size.")
    print(HEADER)
    summary = []
    with tempfile.TemporaryDirectory(prefix="zd-scale-digests-") as tmp:
        for family in families:
            results = []
            for n in sizes:
                path = Path(tmp) / f"{family}-{n}.md"
                path.write_text(digest_text(family, n), encoding="utf-8")
                results.append(child(path, n, 3 if n < 50_000 else 1))
                path.unlink()
                print(row(family, results[-1]), flush=True)
            summary.append((family, results))
    print()
    for family, results in summary:
        per = [m["export_s"] / max(m["entries"], 1) for m in results]
        per_parse = [m["parse_s"] / max(m["entries"], 1) for m in results]
        text = ", ".join(f"{a['asked']:,}: {a['export_s'] / a['parse_s']:.2f}" for a in results)
        growth = ""
        if len(results) >= 2:
            growth = (f"; per entry at {results[-1]['asked']:,} vs {results[-2]['asked']:,}: parse "
                      f"{per_parse[-1] / per_parse[-2]:.2f}x, export {per[-1] / per[-2]:.2f}x (goal <= 1.2)")
        worst = max(m["traced_peak"] / m["bytes"] for m in results)
        print(f"{family:<17} export/parse {text} (goal <= 2.0 at 10,000){growth}; parse memory <= {worst:.1f}x file (goal < 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
