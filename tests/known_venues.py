"""Published versions for the seed digests' papers, as the services would give them
(used by tests/test_one_record.py and bench/bench_known_venues.py).

Every seventh arXiv paper naming no venue of its own (by a hash of its id) is
published at a venue of ``mappings/venues.toml``, in the shapes Semantic Scholar and
Crossref give: the full venue name, the acronym only in ``alternate_names``, ``year``
the arXiv year and the edition's year in the DBLP key; journals with a DOI Crossref
knows.  Titles and first authors are the digest's.  The others are arXiv-only preprints.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from adversarial_cases import Expect
from fakes.arxiv_server import FakeArxiv, synthetic_record
from fakes.crossref_server import FakeCrossref, journal_article
from fakes.s2_server import FakeSemanticScholar, preprint, published

from zoterodigest.enrich import enrich
from zoterodigest.enrich.arxiv_lookup import ArxivLookup
from zoterodigest.enrich.arxiv_records import lookup_key
from zoterodigest.enrich.crossref import Crossref
from zoterodigest.enrich.resolution import resolve_papers
from zoterodigest.enrich.resolve import digest_states_venue
from zoterodigest.enrich.semantic_scholar import SemanticScholar
from zoterodigest.ids import parse_arxiv, submitted_month
from zoterodigest.model import Paper

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


@dataclass
class Answers:
    """What the fakes serve, and what each published paper must end as."""

    papers: list[Paper]
    s2: list[dict[str, Any]] = field(default_factory=list)
    works: list[dict[str, Any]] = field(default_factory=list)
    #: arXiv id -> the publication every writer must show.
    expect: dict[str, Expect] = field(default_factory=dict)


def _published_one(n: int, arxiv_id: str, title: str, author: str, year: int
                   ) -> tuple[dict[str, Any], list[dict[str, Any]], Expect]:
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


def seed_answers(all_papers: list[Paper], *, lazy: bool = False) -> Answers:
    """The answers for the seed papers (``all_papers``: every entry's paper).  ``lazy``:
    answers as a hurried fake would give them -- every first author "A. Author" and
    every year 2024, whatever the paper's -- to see that evidence does not hang on them."""
    out = Answers(papers=[])
    seen: set[str] = set()
    for p in all_papers:
        month = submitted_month(p.arxiv_id) if p.arxiv_id else None
        if p.arxiv_id and month and not digest_states_venue(p) and p.arxiv_id not in seen:
            seen.add(p.arxiv_id)
            out.papers.append(p)
    for p in out.papers:
        arxiv_id = str(p.arxiv_id)
        year = 2024 if lazy else (submitted_month(arxiv_id) or (2024, 1))[0]
        author = "A. Author" if lazy or not p.authors else p.authors[0]
        if int(hashlib.sha1(arxiv_id.encode()).hexdigest(), 16) % 7 == 0:
            s2, more, want = _published_one(len(out.expect), arxiv_id, p.title, author, year)
            out.s2.append(s2)
            out.works += more
            out.expect[arxiv_id] = want
        else:
            out.s2.append(preprint(arxiv_id, p.title, [author], year))
    return out


#: journal_refs of conference papers that name a volume and an issue (as AAAI's do), given to
#: every 50th made-up arXiv record: a conference entry must still carry no journal-only field.
CONFERENCE_REFS = ("Proceedings of the AAAI Conference on Artificial Intelligence, 35(12), 10674-10685 (2021)",
                   "Advances in Neural Information Processing Systems 33 (NeurIPS 2020), pp. 100-110")


def resolve_seeds(papers: list[Paper], workdir: Path) -> tuple[Answers, list[Paper]]:
    """The seed papers enriched from made-up arXiv records (a quarter name a journal of
    their own; see :data:`CONFERENCE_REFS`) and resolved against :func:`seed_answers`."""
    answers = seed_answers(papers)
    ids = sorted({lookup_key(q.id) for q in (parse_arxiv(p.arxiv_id) for p in papers if p.arxiv_id) if q})
    records = [synthetic_record(i) for i in ids]
    for n, record in enumerate(records[::50]):
        record.journal_ref, record.doi = CONFERENCE_REFS[n % len(CONFERENCE_REFS)], None
    with FakeArxiv(records, min_interval=0.0) as ax, FakeSemanticScholar(answers.s2) as s2, \
            FakeCrossref(answers.works) as cr:
        enriched = enrich(papers, cache=workdir / "arxiv", lookup=ArxivLookup(ax.url, delay_seconds=0.0),
                          quiet=True).papers
        report = resolve_papers(enriched, cache=workdir / "answers", s2=lambda: SemanticScholar(s2.url),
                                crossref=lambda: Crossref(cr.url))
    return answers, report.papers
