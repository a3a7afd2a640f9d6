"""Known venues through every writer (issue 27): published papers of the seed digests end
with their venue and year in the .bib, CSL JSON and Zotero alike; preprints stay preprints.

The seed digests' papers (``<corpus>/*/seed-*.md``) that name no venue of their own
are resolved against the local fakes: every seventh arXiv paper (by a hash of its
id) is published at a venue of ``mappings/venues.toml`` in the shapes Semantic
Scholar and Crossref give (full venue name, acronym only in ``alternate_names``,
``year`` the arXiv year, the edition's year in the DBLP key; journals with a DOI
Crossref knows), with the digest's title and first author as the services give
them; the others are arXiv-only preprints.  Prints per writer how many published
papers show their venue and year, and how many preprints stay preprints.  Without
the corpus it says so and exits 0.

    python bench/bench_known_venues.py [--corpus ../shared/corpus] [-v] [--lazy]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from adversarial_run import FORMATS, judge, read_back
from fakes.crossref_server import FakeCrossref
from fakes.s2_server import FakeSemanticScholar
from known_venues import seed_answers

from zoterodigest.enrich.crossref import Crossref
from zoterodigest.enrich.resolution import resolve_papers
from zoterodigest.enrich.semantic_scholar import SemanticScholar

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding */seed-*.md")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every paper that is not right")
    parser.add_argument("--lazy", action="store_true", help="answers with every first author 'A. Author' and "
                        "every year 2024 (evidence must not hang on them)")
    args = parser.parse_args(argv)
    seeds = sorted(args.corpus.glob("*/seed-*.md"))
    if not seeds:
        print(f"corpus not found: no */seed-*.md under {args.corpus}; nothing to measure")
        return 0
    from zoterodigest.digest import read_digest

    answers = seed_answers([e.paper for path in seeds for e in read_digest(path).entries], lazy=args.lazy)
    papers, expect = answers.papers, answers.expect
    with (FakeSemanticScholar(answers.s2) as s2, FakeCrossref(answers.works) as cr,
          tempfile.TemporaryDirectory(prefix="zd-bench-known-") as cache):
        report = resolve_papers(papers, cache=cache, s2=lambda: SemanticScholar(s2.url),
                                crossref=lambda: Crossref(cr.url))
    seen = read_back([str(p.arxiv_id) for p in report.papers], report.papers)
    pubs = [p.arxiv_id for p in papers if p.arxiv_id in expect]
    pres = [p.arxiv_id for p in papers if p.arxiv_id not in expect]
    print(f"seed papers naming no venue of their own: {len(papers)}; published at a known venue: {len(pubs)}; "
          f"preprints: {len(pres)}")
    for fmt in FORMATS:
        right = sum(judge(seen[i][fmt], expect[i]) == "right" for i in pubs)
        wrong = sum(judge(seen[i][fmt], expect[i]) == "wrong venue" for i in pubs)
        kept = sum(seen[i][fmt].kind == "preprint" for i in pres)
        print(f"  {fmt:9s} known venues right {right} of {len(pubs)} (wrong venue {wrong}); "
              f"preprints kept {kept} of {len(pres)}")
        if args.verbose:
            for i in pubs:
                if judge(seen[i][fmt], expect[i]) != "right":
                    print(f"    {i}: shows {seen[i][fmt]}, expected {expect[i]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
