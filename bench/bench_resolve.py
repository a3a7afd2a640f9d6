"""How many requests resolution (published versions) costs for the five seed digests.

Resolves every paper of ``<corpus>/*/seed-*.md`` against the local fakes of
Semantic Scholar and Crossref (``tests/fakes/s2_server.py``,
``tests/fakes/crossref_server.py``); the fakes know every arXiv id of the
seeds, one in three as a published paper with a DOI Crossref knows, the rest
as arXiv-only preprints (the arXiv.org shape):

* cold -- empty cache (goals: at most 2 Semantic Scholar requests, and
  ceil(DOIs/50) Crossref requests);
* warm -- the same run again (goal: 0 requests to either);
* offline -- ``--offline`` with the warm cache (goal: 0 requests).

Without the corpus it says so and exits 0.

    python bench/bench_resolve.py [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import math
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.fakes.crossref_server import FakeCrossref, proceedings_article
from tests.fakes.s2_server import FakeSemanticScholar, preprint, published
from zoterodigest.enrich.arxiv_records import lookup_key
from zoterodigest.enrich.crossref import Crossref
from zoterodigest.enrich.resolution import resolve_papers
from zoterodigest.enrich.resolve import digest_states_venue
from zoterodigest.enrich.semantic_scholar import SemanticScholar
from zoterodigest.ids import parse_arxiv

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding */seed-*.md")
    args = parser.parse_args(argv)
    seeds = sorted(args.corpus.glob("*/seed-*.md"))
    if not seeds:
        print(f"corpus not found: no */seed-*.md under {args.corpus}; nothing to measure")
        return 0
    from zoterodigest.digest import read_digest

    papers = [e.paper for path in seeds for e in read_digest(path).entries]
    ids = sorted({lookup_key(p.id) for p in (parse_arxiv(q.arxiv_id) for q in papers if q.arxiv_id) if p})
    # (The services name each paper by its title and first author, as the digest does: answers
    # are used only once shown to be the paper.)
    titles = {lookup_key(p.id): q.title for q in papers if q.arxiv_id and (p := parse_arxiv(q.arxiv_id))}
    s2_papers, works = [], []
    for n, arxiv_id in enumerate(ids):
        year = 2000 + int(arxiv_id[:2]) if arxiv_id[:2].isdigit() else 2024
        if n % 3 == 0:
            doi = f"10.1109/cvpr.2024.{n:05d}"
            s2_papers.append(published(arxiv_id, titles[arxiv_id], ["A. Author"], arxiv_year=year,
                                       venue="Computer Vision and Pattern Recognition", acronym="CVPR",
                                       dblp=f"conf/cvpr/Author{n}24", doi=doi))
            works.append(proceedings_article(doi, titles[arxiv_id], "2024 IEEE/CVF Conference on Computer "
                                             "Vision and Pattern Recognition (CVPR)", year=2024, page="1-10"))
        else:
            s2_papers.append(preprint(arxiv_id, titles[arxiv_id], ["A. Author"], year))
    no_id = [p for p in papers if not p.arxiv_id and not p.doi]
    matched = sum(1 for p in no_id if not digest_states_venue(p))
    print(f"seed digests: {len(seeds)}; papers: {len(papers)}; distinct arXiv ids: {len(ids)}; "
          f"papers with no id: {len(no_id)} ({matched} need a title match; the others state a venue); DOIs Crossref is asked: {len(works)}")
    with (FakeSemanticScholar(s2_papers) as s2, FakeCrossref(works) as cr,
          tempfile.TemporaryDirectory(prefix="zd-bench-resolve-") as cache):

        def run(offline: bool = False):
            before = (s2.requests, cr.requests)
            report = resolve_papers(papers, cache=cache, offline=offline, s2=lambda: SemanticScholar(s2.url),
                                    crossref=lambda: Crossref(cr.url))
            return report, s2.requests - before[0], cr.requests - before[1]

        cold, cold_s2, cold_cr = run()
        warm, warm_s2, warm_cr = run()
        _, off_s2, off_cr = run(offline=True)
    upgraded = len({cold.papers[i].identity for i in cold.upgraded})
    print(f"cold: {cold_s2} Semantic Scholar request(s) (goal: <= 2), {cold_cr} Crossref request(s) "
          f"(goal: ceil({len(works)}/50) = {math.ceil(len(works) / 50)}); {upgraded} distinct papers upgraded; "
          f"warnings: {len(cold.warnings)}")
    print(f"warm: {warm_s2} Semantic Scholar, {warm_cr} Crossref request(s) (goal: 0); "
          f"{len({warm.papers[i].identity for i in warm.upgraded})} upgraded again from the cache")
    print(f"offline: {off_s2} Semantic Scholar, {off_cr} Crossref request(s) (goal: 0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
