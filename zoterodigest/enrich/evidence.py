"""Evidence that a service's answer is about this paper (pure functions).

An answer is used only once it is shown to be the paper: its normalised title is the
digest's or arXiv's, **and** its first author is the paper's (surname and initial) or
its year is one the paper has (the digest's, arXiv's first or latest version's, the one
the arXiv id says; one year off for an answer asked by the paper's own id).  For the DOI
the digest or arXiv's record gives (the authors' own statement), or the DOI of a Semantic
Scholar answer already shown to be the paper, the title is enough (a publication's year
may well not be arXiv's).  Each function returns the evidence in words, or "" (none).
"""

from __future__ import annotations

from typing import Any

from ..ids import normalise_doi, normalise_title, submitted_month
from ..model import Paper
from .merge import same_person
from .publication import work_year


def _known_titles(paper: Paper) -> set[str]:
    titles = {normalise_title(paper.title)}
    if paper.metadata is not None:
        titles.add(normalise_title(paper.metadata.title))
    return titles - {""}


def _known_years(paper: Paper) -> set[int]:
    meta = paper.metadata
    month = submitted_month(paper.arxiv_id) if paper.arxiv_id else None  # (the id says when it was submitted)
    years = {paper.year, paper.venue.year if paper.venue else None,
             meta.published.year if meta and meta.published else None,
             meta.updated.year if meta and meta.updated else None, month[0] if month else None}
    return {y for y in years if y}


def same_paper(paper: Paper, title: str | None, first_author: str | None, year: int | None, *,
               stated: str = "", by_id: bool = False) -> str:
    """The evidence that an answer (its title, first author and year) is about ``paper``,
    or "" (see the module docstring); ``stated``: why the title alone is enough;
    ``by_id``: the answer was asked for by the paper's own id (its year may then be a
    year off the paper's: arXiv's first version and a service's year straddle new year)."""
    if not title or normalise_title(title) not in _known_titles(paper):
        return ""
    if stated:
        return f"same title; {stated}"
    firsts = [names[0] for names in (paper.authors, paper.metadata.authors if paper.metadata else []) if names]
    if first_author and any(same_person(first_author, mine) for mine in firsts):
        return f"same title and first author ({first_author})"
    if year is None:
        return ""
    known = _known_years(paper)
    if year in known:
        return f"same title and year ({year})"
    near = by_id and any(abs(year - y) <= 1 for y in known)
    return f"same title, asked by its id, and year {year} within one of the paper's" if near else ""


def s2_evidence(paper: Paper, answer: dict[str, Any] | None, *, by_id: bool = False) -> str:
    """The evidence that a Semantic Scholar paper is ``paper``, or "" (``by_id``: the
    answer to the paper's own id, not a title match)."""
    if not answer:
        return ""
    authors = [a.get("name") or "" for a in answer.get("authors") or [] if isinstance(a, dict)]
    year = answer.get("year") if isinstance(answer.get("year"), int) else None
    return same_paper(paper, answer.get("title"), authors[0] if authors else None, year, by_id=by_id)


def crossref_evidence(paper: Paper, work: dict[str, Any] | None, stated_doi: str | None,
                      s2: dict[str, Any] | None = None) -> str:
    """The evidence that a Crossref work is ``paper``, or "" (``stated_doi``: the DOI the
    digest gives; ``s2``: a Semantic Scholar answer already shown to be the paper, whose
    DOI it may be)."""
    if not work:
        return ""
    titles = work.get("title") or []
    people = [a for a in work.get("author") or [] if isinstance(a, dict)]
    first = next((a for a in people if a.get("sequence") == "first"), people[0] if people else None)
    name = " ".join(filter(None, ((first or {}).get("given"), (first or {}).get("family")))) or (first or {}).get("name")
    doi = normalise_doi(work.get("DOI"))
    stated = ""
    if doi is not None and paper.metadata is not None and normalise_doi(paper.metadata.doi) == doi:
        stated = "the DOI arXiv's record gives (the authors')"
    elif doi is not None and doi == stated_doi:
        stated = "the DOI the digest gives"
    elif doi is not None and s2 and normalise_doi((s2.get("externalIds") or {}).get("DOI")) == doi:
        stated = "the DOI of the Semantic Scholar answer shown to be this paper"
    return same_paper(paper, titles[0] if titles else None, name, work_year(work), stated=stated)
