"""The one resolved record every writer reads: BibTeX (both dialects), CSL JSON,
Hayagriva and Zotero items (pure).

>>> rec = resolved(paper)        # doctest: +SKIP
>>> rec.kind, rec.venue, rec.year, rec.doi   # doctest: +SKIP

* **The digest names a venue** (other than arXiv): that venue, its track
  (a ``Workshop`` track is the venue's workshops), the digest's year and DOI.
* **Resolution found a publication** (:attr:`Paper.publication`, the digest
  naming no venue): its kind, venue, year, volume, number (journals only),
  pages, publisher and DOI, all from that one publication (never mixed with
  another).
* **Otherwise a preprint**: no venue; no DOI but the one a digest gives for a
  paper without an arXiv id (arXiv's own DOI and a DOI arXiv's record names
  are never a publication until Crossref says so).

The year is the publication's; a preprint's is arXiv's first version's (then
the digest's, the listing's, the one the arXiv id says).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .enrich.publication import journal_doi
from .enrich.resolve import found_publication
from .ids import submitted_month
from .mappings import VenueSpec, venue_spec, venues
from .model import Paper

_BARE_DOI = re.compile(r"10\.\d{4,9}/\S+")


@dataclass(frozen=True)
class Resolved:
    """Where a paper appeared, as every writer shows it."""

    #: "conference", "journal" or "preprint" ("conference" also for a venue no mapping knows).
    kind: str
    #: The canonical venue (a table of mappings/venues.toml) or the name as given; None for a preprint.
    venue: str | None = None
    spec: VenueSpec | None = None
    workshop: bool = False
    year: int | None = None
    doi: str | None = None
    volume: str | None = None
    number: str | None = None
    pages: str | None = None
    publisher: str | None = None
    #: A journal's ISSN and abbreviated title (Crossref's).
    issn: str | None = None
    abbreviation: str | None = None
    #: "digest", "publication" or "preprint": where the venue comes from.
    source: str = "preprint"
    #: The service the published venue came from ("Crossref", "Semantic Scholar"), if one.
    venue_service: str | None = None

    def container(self) -> str | None:
        """The proceedings or journal title (LaTeX braces kept), None for a preprint."""
        if self.kind == "preprint":
            return None
        spec = self.spec
        if spec is None:
            return self.venue
        if self.kind == "journal":
            return spec.journal or spec.full
        return (spec.workshop if self.workshop and spec.workshop else spec.booktitle) or spec.full

    def full_title(self) -> str | None:
        """The venue's full name (Zotero's proceedings or publication title), no braces."""
        if self.kind == "preprint":
            return None
        spec = self.spec
        if spec is None:
            return self.venue
        title = spec.workshop if self.workshop and self.kind == "conference" and spec.workshop else spec.full
        return (title or spec.full).replace("{", "").replace("}", "")


def _fallback_year(paper: Paper) -> int | None:
    if paper.metadata and paper.metadata.published:
        return paper.metadata.published.year
    if paper.year:
        return paper.year
    if paper.venue and paper.venue.year:
        return paper.venue.year
    if paper.listing_date:
        return paper.listing_date.year
    month = submitted_month(paper.arxiv_id) if paper.arxiv_id else None
    return month[0] if month else None  # the id says when it was first submitted


def _digest_doi(paper: Paper) -> str | None:
    return journal_doi(paper.doi) if paper.doi else None


def _venue_doi(paper: Paper) -> str | None:
    """For a venue the digest names: its DOI, else arXiv's record's (never arXiv's own)."""
    return _digest_doi(paper) or (journal_doi(paper.metadata.doi) if paper.metadata and paper.metadata.doi else None)


def _as_written(paper: Paper, doi: str | None) -> str | None:
    """``doi`` as the digest or arXiv's record writes it, when they name it."""
    if doi is None:
        return None
    for raw in (paper.metadata.doi if paper.metadata else None, paper.doi):
        m = _BARE_DOI.search(raw or "")
        if m and journal_doi(m[0].rstrip(".,;")) == journal_doi(doi):
            return m[0].rstrip(".,;")
    return doi


def resolved(paper: Paper) -> Resolved:
    """The record of ``paper`` (see the module's rules)."""
    named = paper.venue is not None and paper.venue.name != "arXiv"
    spec = venue_spec(paper.venue) if named else None
    if named and paper.venue is not None and (spec is None or spec.kind != "preprint"):
        kind = "journal" if spec is not None and spec.kind == "journal" else "conference"
        workshop = "workshop" in (paper.venue.track or "").casefold()
        return Resolved(kind, spec.name if spec else paper.venue.name, spec, workshop,
                        paper.venue.year or _fallback_year(paper), _as_written(paper, _venue_doi(paper)),
                        publisher=spec.publisher if spec and kind == "conference" else None, source="digest")
    found = found_publication(paper)
    if found is not None:
        pub_spec = venues().get(found.venue) if found.known else None
        publisher = found.publisher or (pub_spec.publisher if pub_spec else None)
        kind = found.kind if found.kind in ("conference", "journal") else "conference"
        # (A proceedings volume has no issue: "35(12)" of AAAI's proceedings keeps the volume
        # only -- BibTeX styles refuse both in a conference paper.)
        number = found.number if kind == "journal" else None
        return Resolved(kind, found.venue, pub_spec, found.workshop, found.year or _fallback_year(paper),
                        _as_written(paper, journal_doi(found.doi)), found.volume, number, found.pages, publisher,
                        found.issn if kind == "journal" else None,
                        found.abbreviation if kind == "journal" else None, "publication", found.sources.get("venue"))
    doi = None if paper.arxiv_id else _as_written(paper, _digest_doi(paper))
    return Resolved("preprint", year=_fallback_year(paper), doi=doi)
