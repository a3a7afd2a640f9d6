"""Parse and export at 1x, 10x and 100x: time, linearity and memory, side by side.

For every family (and a generic awesome-list) a synthetic digest of 500,
5,000, 10,000 and 50,000 entries is written in the family's real shape
(``bench/synth_digests.py``); each figure comes from a fresh Python process
that first reads (or exports) another small digest of the family, so imports
and caches are warm but hold none of the measured file's values:

* parse -- ``read_digest`` of the file, what ``zoterodigest parse`` does;
* export -- ``zoterodigest export FILE -o refs.bib --offline --quiet`` itself
  (reading, the offline cache, resolution, keys, writing the .bib and the
  state), with empty state and cache folders; ``exp/parse`` is its time over
  the parse's (goal: at most 2.0 at 10,000 entries);
* times are CPU seconds of one run (``time.process_time``), so that other
  work on the machine does not skew the ratios;
* per-entry microseconds of each (goal: at 50,000 within 1.2x of at 5,000);
* parse memory over the file's size: ``mem/file`` is the peak of Python's
  allocations during the parse (tracemalloc, a separate untimed run) over the
  file's bytes; ``rss/file`` the growth of the process's peak resident size
  during the timed parse (goal: under 5x).

    python bench/bench_scale.py [--sizes 500,5000,10000,50000] [--families daily-list,generic]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
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
    """The process's peak resident size (VmHWM: unlike ``ru_maxrss`` it is not the
    parent's peak carried over the fork)."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def current_rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def warm_up(family: str, tmp: str) -> Path:
    """A small digest of the family with other papers: imports, compiled patterns
    and caches are ready, but hold none of the measured file's values."""
    path = Path(tmp) / "warm.md"
    path.write_text(digest_text(family, 300, seed=99), encoding="utf-8")
    return path


def measure_parse(path: Path, family: str) -> dict[str, float]:
    """Parse time (CPU seconds) and parse memory, in this fresh process."""
    from zoterodigest.digest import read_digest

    with tempfile.TemporaryDirectory(prefix="zd-scale-") as tmp:
        read_digest(warm_up(family, tmp))
    gc.collect()
    rss_before = current_rss_bytes()
    t0 = time.process_time()
    digest = read_digest(path)
    parse_s = time.process_time() - t0
    rss_growth = max(0, rss_peak_bytes() - rss_before)
    entries = len(digest.entries)
    del digest
    gc.collect()
    tracemalloc.start()
    read_digest(path)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"entries": entries, "parse_s": parse_s, "traced_peak": traced_peak, "rss_growth": rss_growth}


def measure_export(path: Path, family: str) -> dict[str, float]:
    """``zoterodigest export FILE -o refs.bib --offline --quiet`` (CPU seconds), in this
    fresh process, with empty state and cache folders."""
    from typer.testing import CliRunner

    from zoterodigest.cli import app

    with tempfile.TemporaryDirectory(prefix="zd-scale-") as tmp:
        os.environ.update(ZOTERODIGEST_STATE_DIR=f"{tmp}/state", ZOTERODIGEST_CACHE_DIR=f"{tmp}/cache")
        warm = CliRunner().invoke(app, ["export", str(warm_up(family, tmp)), "-o", f"{tmp}/warm.bib", "--offline", "-q"])
        for state in Path(tmp).glob("state/*"):
            state.unlink()
        out = Path(tmp) / "refs.bib"
        gc.collect()
        t0 = time.process_time()
        result = CliRunner().invoke(app, ["export", str(path), "-o", str(out), "--offline", "--quiet"])
        export_s = time.process_time() - t0
        if warm.exit_code != 0 or result.exit_code != 0 or not out.exists():
            raise SystemExit(f"export failed ({result.exit_code}): {result.output[-2000:]}")
        written = out.read_text(encoding="utf-8").count("\n@") + 1
    return {"export_s": export_s, "bib_entries": written, "warnings": result.output.count("warning:")}


def child(kind: str, path: Path, family: str) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--one", kind, str(path), family]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


HEADER = (f"{'family':<17}{'entries':>8}{'read':>8}{'file MB':>9}{'parse s':>9}{'export s':>9}{'exp/parse':>10}"
          f"{'parse µs/e':>11}{'export µs/e':>12}{'mem/file':>9}{'rss/file':>9}{'warnings':>9}")


def row(family: str, m: dict[str, float]) -> str:
    n = m["entries"] or 1
    return (f"{family:<17}{m['asked']:>8,}{m['entries']:>8,}{m['bytes'] / 1e6:>9.2f}{m['parse_s']:>9.3f}"
            f"{m['export_s']:>9.3f}{m['export_s'] / m['parse_s']:>10.2f}{m['parse_s'] / n * 1e6:>11.0f}"
            f"{m['export_s'] / n * 1e6:>12.0f}{m['traced_peak'] / m['bytes']:>9.2f}{m['rss_growth'] / m['bytes']:>9.2f}"
            f"{m['warnings']:>9,}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,5000,10000,50000", help="entries per digest, comma-separated")
    ap.add_argument("--families", default=",".join(FAMILIES), help="comma-separated, of: " + ", ".join(FAMILIES))
    ap.add_argument("--one", nargs=3, metavar=("KIND", "PATH", "FAMILY"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        kind, path, family = args.one
        fn = measure_parse if kind == "parse" else measure_export
        print(json.dumps(fn(Path(path), family)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    families = args.families.split(",")
    print("parse: read_digest of the file; export: `zoterodigest export FILE -o refs.bib --offline --quiet`;")
    print("CPU seconds of one run, each in a fresh process warmed up on another digest of the family.")
    print("mem/file: tracemalloc peak during the parse / file size; rss/file: growth of peak RSS during it / size;")
    print("warnings: lines export printed (offline, a paper nobody names authors for gets one: about 90 µs each).")
    print(HEADER)
    summary = []
    with tempfile.TemporaryDirectory(prefix="zd-scale-digests-") as tmp:
        for family in families:
            results = []
            for n in sizes:
                path = Path(tmp) / f"{family}-{n}.md"
                path.write_text(digest_text(family, n), encoding="utf-8")
                results.append({"asked": n, "bytes": path.stat().st_size, **child("parse", path, family),
                                **child("export", path, family)})
                path.unlink()
                print(row(family, results[-1]), flush=True)
            summary.append((family, results))
    print()
    for family, results in summary:
        ratio = ", ".join(f"{m['asked']:,}: {m['export_s'] / m['parse_s']:.2f}" for m in results)
        line = f"{family:<17} export/parse {ratio} (goal <= 2.0 at 10,000)"
        if len(results) >= 2:
            big = results[-1]  # against the size nearest a tenth of it (5,000 for 50,000)
            small = min(results[:-1], key=lambda m: abs(m["asked"] - big["asked"] / 10))
            growth = [(big[k] / big["entries"]) / (small[k] / small["entries"]) for k in ("parse_s", "export_s")]
            line += (f"; per entry at {big['asked']:,} over at {small['asked']:,}: parse {growth[0]:.2f}x, "
                     f"export {growth[1]:.2f}x (goal <= 1.2)")
        worst = max(m["traced_peak"] / m["bytes"] for m in results)
        print(f"{line}; parse memory up to {worst:.1f}x the file (goal < 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
