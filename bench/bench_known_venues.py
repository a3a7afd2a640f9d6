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

    python bench/bench_known_venues.py [--corpus ../shared/corpus] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from adversarial_cases import PREPRINT, Expect
from adversarial_run import FORMATS, _read_back, judge
from fakes.crossref_server import FakeCrossref, journal_article
from fakes.s2_server import FakeSemanticScholar, preprint, published

from zoterodigest.enrich.crossref import Crossref
from zoterodigest.enrich.resolution import resolve_papers
from zoterodigest.enrich.resolve import digest_states_venue
from zoterodigest.enrich.semantic_scholar import SemanticScholar
from zoterodigest.ids import submitted_month

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
#: (Semantic Scholar's name, acronym, canonical venue, kind, DBLP stream or None for a journal).
VENUES = [
    ("Computer Vision and Pattern Recognition", "CVPR", "CVPR", "conference", "cvpr"),
    ("International Conference on Computer Vision", "ICCV", "ICCV", "conference", "iccv"),
    ("European Conference on Computer Vision", "ECCV", "ECCV", "conference", "eccv"),
    ("Neural Information Processing Systems", "NeurIPS", "NeurIPS", "conference", "nips"),
    ("International Conference on Learning Representations", "ICLR", "ICLR", "conference", "iclr"),
    ("International Conference on Machine Learning", "ICML", "ICML", "conference", "icml"),
    ("AAAI Conference on Artificial Intelligence", "AAAI", "AAAI", "conference", "aaai"),
    ("Annual Meeting of the Association for Computational Linguistics", "ACL", "ACL", "conference", "acl"),
    ("Conference on Empirical Methods in Natural Language Processing", "EMNLP", "EMNLP", "conference", "emnlp"),
    ("IEEE Workshop/Winter Conference on Applications of Computer Vision", "WACV", "WACV", "conference", "wacv"),
    ("Conference on Robot Learning", "CoRL", "CoRL", "conference", "corl"),
    ("IEEE International Conference on Robotics and Automation", "ICRA", "ICRA", "conference", "icra"),
    ("IEEE Transactions on Pattern Analysis and Machine Intelligence", "TPAMI", "TPAMI", "journal", None),
    ("International Journal of Computer Vision", "IJCV", "IJCV", "journal", None),
    ("Transactions on Machine Learning Research", "TMLR", "TMLR", "journal", None),
    ("Nature", "Nature", "Nature", "journal", None),
]


def _published_one(n: int, arxiv_id: str, title: str, author: str, year: int) -> tuple[dict, list[dict], Expect]:
    s2_name, acronym, canonical, kind, stream = VENUES[n % len(VENUES)]
    edition = year + 1
    family = author.split()[-1] if author.split() else "Author"
    if kind == "conference":
        paper = published(arxiv_id, title, [author], arxiv_year=year, venue=s2_name, acronym=acronym,
                          dblp=f"conf/{stream}/{family}{edition % 100:02d}")
        return paper, [], Expect("conference", canonical, edition)
    doi = f"10.5555/{acronym.lower()}.{edition}.{n:05d}"
    paper = published(arxiv_id, title, [author], arxiv_year=year, venue=s2_name, acronym=acronym, kind="journal",
                      doi=doi, journal={"name": s2_name, "volume": str(edition - 1980)})
    given, _, last = author.rpartition(" ")
    work = journal_article(doi, title, s2_name, year=edition, volume=str(edition - 1980), page="1-20",
                           authors=[(given or "A.", last or "Author")])
    return paper, [work], Expect("journal", canonical, edition, doi=doi)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder holding */seed-*.md")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every paper that is not right")
    args = parser.parse_args(argv)
    seeds = sorted(args.corpus.glob("*/seed-*.md"))
    if not seeds:
        print(f"corpus not found: no */seed-*.md under {args.corpus}; nothing to measure")
        return 0
    from zoterodigest.digest import read_digest

    papers, seen_ids = [], set()
    for path in seeds:
        for e in read_digest(path).entries:
            p = e.paper
            if p.arxiv_id and not digest_states_venue(p) and p.arxiv_id not in seen_ids and submitted_month(p.arxiv_id):
                seen_ids.add(p.arxiv_id)
                papers.append(p)
    s2_papers, works, expect = [], [], {}
    for n, p in enumerate(papers):
        year = submitted_month(p.arxiv_id)[0]  # type: ignore[arg-type,index]
        author = p.authors[0] if p.authors else "Ann Author"
        if int(hashlib.sha1(p.arxiv_id.encode()).hexdigest(), 16) % 7 == 0:  # type: ignore[union-attr]
            s2, more, want = _published_one(len(expect), p.arxiv_id, p.title, author, year)  # type: ignore[arg-type]
            s2_papers.append(s2)
            works += more
            expect[p.arxiv_id] = want
        else:
            s2_papers.append(preprint(p.arxiv_id, p.title, [author], year))  # type: ignore[arg-type]
    with (FakeSemanticScholar(s2_papers) as s2, FakeCrossref(works) as cr,
          tempfile.TemporaryDirectory(prefix="zd-bench-known-") as cache):
        report = resolve_papers(papers, cache=cache, s2=lambda: SemanticScholar(s2.url),
                                crossref=lambda: Crossref(cr.url))
    class _Case:  # (what _read_back needs of a case)
        def __init__(self, name: str) -> None:
            self.name = name

    seen = _read_back([_Case(p.arxiv_id) for p in report.papers], report.papers)  # type: ignore[arg-type]
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
    return 0 if PREPRINT else 1


if __name__ == "__main__":
    raise SystemExit(main())
