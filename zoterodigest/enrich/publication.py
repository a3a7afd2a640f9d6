"""Semantic Scholar papers and Crossref works as publications (pure functions).

The arXiv.org trap: Semantic Scholar shows a paper it knows only from arXiv
with ``venue: "arXiv.org"``, a ``publicationVenue`` named ``arXiv.org``, a
``journal`` named ``ArXiv`` (volume ``abs/<id>``), ``publicationTypes:
["JournalArticle"]`` and a CoRR DBLP key (``journals/corr/...``).  None of it
is a publication: :func:`from_semantic_scholar` returns None unless a real
venue is named.  Crossref's ``posted-content`` (preprints) is no publication
either.
"""

from __future__ import annotations

import re
from typing import Any

from ..ids import normalise_doi
from ..mappings import venues
from ..model import Publication
from .venue_match import identify

S2 = "Semantic Scholar"
CROSSREF = "Crossref"
#: Venue names that mean "a preprint server", never a publication.
PREPRINT_NAMES = frozenset({"arxiv", "arxiv.org", "corr", "arxiv (cornell university)", "biorxiv", "medrxiv",
                            "chemrxiv", "techrxiv", "research square", "ssrn electronic journal", "ssrn",
                            "preprints.org", "zenodo", "figshare", "openreview", "openreview.net", "authorea",
                            "psyarxiv", "osf preprints", "engrxiv", "eartharxiv", "sciety"})
#: DOI prefixes of DataCite (arXiv, Zenodo, figshare): Crossref does not know them.
DATACITE_PREFIXES = ("10.48550/", "10.5281/", "10.6084/")
#: DOI prefixes of preprint servers and data repositories: never a publication's DOI.
NOT_PUBLICATION_PREFIXES = (*DATACITE_PREFIXES, "10.21203/", "10.2139/ssrn", "10.22541/", "10.31219/", "10.31234/",
                            "10.20944/")
#: Crossref work types that are publications; every other type (posted content, datasets,
#: components, peer reviews, ...) is none.
PUBLICATION_TYPES = {"journal-article": "journal", "proceedings-article": "conference", "book-chapter": "conference"}
_CONFERENCE_WORDS = re.compile(r"\b(?:conference|proceedings|workshop|symposium|meeting|congress)\b", re.IGNORECASE)


def is_preprint_name(name: str | None) -> bool:
    return bool(name) and " ".join(str(name).split()).casefold() in PREPRINT_NAMES


def journal_doi(doi: str | None) -> str | None:
    """A normalised DOI that may name a publication (not arXiv's own, Zenodo's, a preprint
    server's), else None."""
    norm = normalise_doi(doi)
    return norm if norm and not norm.startswith(NOT_PUBLICATION_PREFIXES) else None


def _kind(canonical: str | None, hint: str | None, names: list[str]) -> str:
    if canonical is not None:
        return "journal" if venues()[canonical].kind == "journal" else "conference"
    if hint in ("conference", "journal"):
        return hint
    return "conference" if any(_CONFERENCE_WORDS.search(n) for n in names) else "journal"


def _year_in(text: str | None) -> int | None:
    years = re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", text or "")
    return int(years[-1]) if years else None


def _dblp_year(key: str | None) -> int | None:
    """``conf/cvpr/SmithJK22`` -> 2022, ``journals/nature/SmithJ25`` -> 2025 (the publication's;
    S2's ``year`` is often the arXiv year); CoRR keys (``journals/corr/...``) give none."""
    m = re.match(r"^(?:conf|journals)/(?!corr/)[^/]+/\D*?(\d{2})[a-z]?$", key or "")
    return 2000 + int(m[1]) if m and int(m[1]) < 80 else (1900 + int(m[1]) if m else None)


def _pages(text: Any) -> str | None:
    if not isinstance(text, str) or not text.strip():
        return None
    return re.sub(r"(?:(?<!\s)|(?!\s))\s*+(?:-++|–|—)\s*+", "--", text.strip())


def from_semantic_scholar(paper: dict[str, Any] | None) -> Publication | None:
    """The publication a Semantic Scholar paper object names, or None (a preprint, or nothing known).

    Its DOI is left out: a DOI counts only once Crossref says what it is (:func:`from_crossref`)."""
    if not paper:
        return None
    pv = paper.get("publicationVenue") or {}
    journal = paper.get("journal") or {}
    ext = paper.get("externalIds") or {}
    venue_names = [n for n in (pv.get("name"), paper.get("venue")) if n and not is_preprint_name(n)]
    journal_name = journal.get("name")
    journal_real = bool(journal_name) and not is_preprint_name(journal_name)
    if not venue_names and not (journal_real and (journal.get("volume") or journal.get("pages"))):
        return None
    names = venue_names + [n for n in pv.get("alternate_names") or [] if not is_preprint_name(n)]
    if journal_real:
        names.append(journal_name)
    found = identify(names)
    canonical = found.canonical if found else None
    types = paper.get("publicationTypes") or []
    hint = pv.get("type") or ("conference" if "Conference" in types else None)
    kind = _kind(canonical, hint, names)
    year = _dblp_year(ext.get("DBLP")) or (_year_in(journal_name) if journal_real else None)
    if year is None and kind == "journal":
        year = _year_in(paper.get("publicationDate"))  # (a journal's date; S2's year is often arXiv's)
    pub = Publication(
        kind=kind, venue=canonical or (found.given if found else names[0]), known=canonical is not None,
        workshop=bool(found and found.workshop), container=journal_name if journal_real else None,
        year=year or paper.get("year"), pages=_pages(journal.get("pages")),
        volume=journal.get("volume") if journal_real and journal.get("volume") else None,
    )
    pub.sources = {f: S2 for f in ("venue", "year", "pages", "volume") if getattr(pub, f)}
    return pub


def work_year(work: dict[str, Any]) -> int | None:
    for name in ("issued", "published-print", "published-online", "published"):
        parts = (work.get(name) or {}).get("date-parts") or [[None]]
        if parts and parts[0] and isinstance(parts[0][0], int):
            return parts[0][0]
    return None


def from_crossref(work: dict[str, Any] | None) -> Publication | None:
    """The publication a Crossref work describes, or None: only a journal article, a
    proceedings article or a book chapter is one (never posted content, a dataset, a
    component, a peer review), and never on a preprint server."""
    if not work:
        return None
    kind = PUBLICATION_TYPES.get(str(work.get("type")))
    containers = [c for c in (work.get("container-title") or []) if c]
    doi = journal_doi(work.get("DOI"))
    if kind is None or not containers or not doi or any(is_preprint_name(c) for c in containers) \
            or any(is_preprint_name((i or {}).get("name")) for i in work.get("institution") or []):
        return None
    event = (work.get("event") or {}).get("name")
    names = [*reversed(containers), *(work.get("short-container-title") or []), *([event] if event else [])]
    found = identify(names)
    canonical = found.canonical if found else None
    pub = Publication(
        kind=_kind(canonical, kind, names), venue=canonical or (found.given if found else containers[-1]),
        known=canonical is not None, workshop=bool(found and found.workshop),
        container=containers[-1], year=work_year(work), pages=_pages(work.get("page")),
        volume=work.get("volume") or None, number=work.get("issue") or None,
        publisher=work.get("publisher") or None, doi=doi,
    )
    if pub.kind == "journal":
        pub.issn = next((str(i) for i in work.get("ISSN") or [] if i), None)
        pub.abbreviation = next((str(t) for t in work.get("short-container-title") or [] if t), None)
    pub.sources = {f: CROSSREF for f in ("venue", "year", "pages", "volume", "number", "publisher", "doi", "issn",
                                         "abbreviation") if getattr(pub, f)}
    return pub
