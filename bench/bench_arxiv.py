"""How many requests and how long arXiv enrichment takes for the five seed digests.

Looks up every arXiv id of ``<corpus>/*/seed-*.md`` (615 of them) against the
local fake arXiv (``tests/fakes/arxiv_server.py``, records synthesised for
those ids), which answers HTTP 503 to requests closer than the courtesy delay:

* cold -- empty cache (goal: at most 2 requests);
* warm -- the same look-up again (goal: 0 requests);
* naive -- what one request per paper would cost at arXiv's 3 s per request
  (computed, not run).

The courtesy delay is arXiv's 3 s unless ``--delay`` says otherwise; the
output says which.  Without the corpus it says so and exits 0.

    python bench/bench_arxiv.py [--delay 0.05] [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fakes.arxiv_server import FakeArxiv, synthetic_record
from zoterodigest.enrich import ArxivLookup, enrich
from zoterodigest.enrich.arxiv_lookup import COURTESY_DELAY
from zoterodigest.enrich.arxiv_records import lookup_key
from zoterodigest.ids import parse_arxiv
from zoterodigest.model import Paper

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def papers_from_parser(seeds: list[Path]) -> list[Paper]:
    """Papers with an arXiv id, as the project's digest reader sees them."""
    from zoterodigest.digest import read_digest

    return [e.paper for path in seeds for e in read_digest(path).entries if e.paper.arxiv_id]


def timed_run(papers: list[Paper], server: FakeArxiv, cache_dir: str, delay: float):
    server.reset_log()
    lookup = ArxivLookup(server.url, delay_seconds=delay)
    started = time.monotonic()
    report = enrich(papers, cache=cache_dir, lookup=lookup, offline=False)
    return report, time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding */seed-*.md")
    parser.add_argument(
        "--delay", type=float, default=COURTESY_DELAY, help=f"courtesy delay in seconds (arXiv's: {COURTESY_DELAY})"
    )
    args = parser.parse_args(argv)

    seeds = sorted(args.corpus.glob("*/seed-*.md"))
    if not seeds:
        print(f"corpus not found: no */seed-*.md under {args.corpus}; nothing to measure")
        return 0

    papers = papers_from_parser(seeds)
    # The version each digest names: arXiv has at least that one, so the synthetic record too.
    stated: dict[str, int] = {}
    for p in papers:
        parsed = parse_arxiv(p.arxiv_id or "")
        if parsed is not None:
            key = lookup_key(parsed.id)
            stated[key] = max(stated.get(key, 1), p.arxiv_version or parsed.version or 1)
    keys = list(stated)
    records = [synthetic_record(k) for k in keys]
    records = [r if r.version >= stated[r.id] else synthetic_record(r.id, version=stated[r.id]) for r in records]

    which = "arXiv's" if args.delay == COURTESY_DELAY else "--delay; arXiv asks for 3.0 s"
    print(f"seed digests: {len(seeds)}; papers with an arXiv id: {len(papers)}; distinct ids: {len(keys)}")
    print(f"courtesy delay: {args.delay:g} s ({which}); the server answers 503 to closer requests")

    with (
        FakeArxiv(records, min_interval=args.delay) as server,
        tempfile.TemporaryDirectory(prefix="zd-bench-cache-") as cache_dir,
    ):
        cold, cold_s = timed_run(papers, server, cache_dir, args.delay)
        longest = max((len(r.url) for r in server.log), default=0)
        statuses = sorted({r.status for r in server.log})
        warm, warm_s = timed_run(papers, server, cache_dir, args.delay)

    enriched = sum(1 for p in cold.papers if p.metadata is not None)
    print(
        f"cold: {cold.requests} request(s), {cold_s:.2f} s wall; {len(cold.looked_up)} fetched, "
        f"{len(cold.unknown)} unknown, {len(cold.malformed)} malformed; {enriched}/{len(papers)} papers enriched; "
        f"longest URL {longest} chars; HTTP statuses {statuses}  (goal: <= 2 requests)"
    )
    print(f"warm: {warm.requests} request(s), {warm_s:.3f} s wall; {len(warm.from_cache)} from cache  (goal: 0)")
    naive_s = len(keys) * COURTESY_DELAY
    print(
        f"naive one-request-per-paper: {len(keys)} requests, at least {naive_s:.0f} s = {naive_s / 60:.1f} min "
        f"at {COURTESY_DELAY:g} s each (computed, not run)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
