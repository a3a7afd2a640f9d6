"""Hostile answer sets (issue 27): how many papers end with a venue that is not theirs.

Runs every case of ``tests/adversarial_cases.py`` (hand-written answer sets of arXiv,
Semantic Scholar and Crossref, served by the local fakes) through enrichment,
resolution and the writers, and prints per format (.bib in both dialects, CSL JSON,
the Zotero item) how many end right, with a wrong venue, or incomplete (a
preprint where a publication was expected, a wrong year or DOI); ``-v`` lists
every case that is not right.  ``--held-out`` runs the cases written after the
rules were fixed (``tests/adversarial_held_out.py``, never tuned on) instead.

    python bench/bench_adversarial.py [-v] [--held-out]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from adversarial_cases import all_cases
from adversarial_run import FORMATS, judge, run_cases, tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every case that is not right")
    parser.add_argument("--held-out", action="store_true", help="the held-out cases instead")
    args = parser.parse_args(argv)
    if args.held_out:
        from adversarial_held_out import held_out_cases

        cases = held_out_cases()
    else:
        cases = all_cases()
    seen = run_cases(cases)
    counts = tally(cases, seen)
    print(f"hostile answer sets{' (held out)' if args.held_out else ''}: {len(cases)}")
    for fmt in FORMATS:
        c = counts[fmt]
        print(f"  {fmt:9s} right {c['right']:2d} of {len(cases)}; wrong venue {c['wrong venue']:2d}; "
              f"incomplete {c['incomplete']:2d}")
    if args.verbose:
        for case in cases:
            for fmt in FORMATS:
                verdict = judge(seen[case.name][fmt], case.expect)
                if verdict != "right":
                    print(f"  [{fmt}] {case.name}: {verdict}; shows {seen[case.name][fmt]}, expected {case.expect}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
