"""Which publication a paper gets: the sources' answers merged (pure functions).

Sources, strongest first:

1. **the digest** -- a venue the digest states (other than arXiv) always wins:
   the paper keeps it and gets no :class:`~zoterodigest.model.Publication`;
2. **arXiv's record** -- its ``journal_ref`` (:mod:`.journal_ref`) and its
   journal ``doi`` (looked up at Crossref);
3. **Semantic Scholar** (:mod:`.publication`, the arXiv.org trap applied);
4. **Crossref** -- the metadata of the DOI the digest, arXiv or Semantic
   Scholar give;
5. **a title match** -- only for papers with no id at all, accepted only when
   the normalised titles are identical and the first author or the year agrees.

The first source that names a real venue decides the venue and kind; later
sources naming the same venue (or Crossref, for the DOI of that paper) fill
the fields still empty.  The year comes from the source most likely to give
the edition's year (journal_ref, Crossref, a DBLP key) before Semantic
Scholar's ``year``, which is often the arXiv year.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..ids import normalise_doi, normalise_title
from ..mappings import venue_spec
from ..model import Paper, Publication
from .journal_ref import SOURCE as JOURNAL_REF
from .journal_ref import parse_journal_ref
from .merge import same_person
from .publication import CROSSREF, S2, from_crossref, from_semantic_scholar, journal_doi

DIGEST = "digest"
TITLE_MATCH = "Semantic Scholar title match"
_FILLED = ("pages", "volume", "number", "publisher", "doi", "container")


@dataclass
class Answers:
    """What the services said about one paper (None: not asked, or nothing known)."""

    s2: dict[str, Any] | None = None
    crossref: dict[str, Any] | None = None
    match: dict[str, Any] | None = None
    #: Sources asked whose answer was "not known" (shown as such).
    unknown_to: tuple[str, ...] = ()


@dataclass
class Resolution:
    """The outcome for one paper: its publication (or None) and what each source said."""

    #: "digest" (the digest states a venue), "published", "preprint" or "unresolved" (nothing known).
    status: str
    publication: Publication | None = None
    #: (source, what it said) in source order.
    findings: list[tuple[str, str]] = field(default_factory=list)
    #: Authors a source names, for a paper neither the digest nor arXiv names any for.
    authors: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "publication": self.publication.model_dump(mode="json") if self.publication else None,
            "findings": [{"source": s, "found": w} for s, w in self.findings],
        }


def digest_states_venue(paper: Paper) -> bool:
    """Whether the digest names a venue of its own (a preprint server is none)."""
    if paper.venue is None:
        return False
    spec = venue_spec(paper.venue)
    return spec is None or spec.kind != "preprint"


def found_publication(paper: Paper) -> Publication | None:
    """The publication resolution found, when the digest names no venue of its own
    (what BibTeX entries and Zotero items are made from)."""
    return None if paper.publication is None or digest_states_venue(paper) else paper.publication


def title_match_accepted(paper: Paper, match: dict[str, Any] | None) -> bool:
    """A title match counts only with an identical normalised title and the same
    first author or the same year."""
    if not match or not paper.title or normalise_title(match.get("title") or "") != normalise_title(paper.title):
        return False
    authors = [a.get("name") or "" for a in match.get("authors") or [] if isinstance(a, dict)]
    if paper.authors and authors and same_person(paper.authors[0], authors[0]):
        return True
    year = paper.year or (paper.venue.year if paper.venue else None)
    return year is not None and match.get("year") == year


def stated_doi(paper: Paper) -> str | None:
    """The DOI the digest gives: its DOI field, else a doi.org link."""
    doi = normalise_doi(paper.doi) if paper.doi else None
    if doi:
        return doi
    for url in paper.links.values():
        if "doi.org/" in url and normalise_doi(url):
            return normalise_doi(url)
    return None


def doi_to_ask(paper: Paper, s2: dict[str, Any] | None) -> str | None:
    """The journal DOI to ask Crossref about: the digest's, arXiv's, else Semantic Scholar's."""
    for raw in (stated_doi(paper), paper.metadata.doi if paper.metadata else None,
                (s2.get("externalIds") or {}).get("DOI") if s2 else None):
        doi = journal_doi(raw) if raw else None
        if doi:
            return doi
    return None


def _say(pub: Publication | None) -> str:
    if pub is None:
        return "preprint only (no venue)"
    where = f"{pub.venue} {pub.year or ''}".strip()
    extra = ", ".join(f"{f} {getattr(pub, f)}" for f in ("pages", "volume", "number", "doi") if getattr(pub, f))
    return f"{pub.kind} {where}" + (f" ({extra})" if extra else "") + ("" if pub.known else " [venue not in mappings]")


def _combine(found: list[tuple[str, Publication]]) -> Publication:
    """The first publication, completed by the later ones that name the same venue
    (Crossref always: it answers for the paper's own DOI)."""
    first = found[0][1]
    out = first.model_copy(deep=True)
    for other_source, other in found[1:]:
        same = other.venue == out.venue or other_source == CROSSREF
        if not same:
            continue
        for name in _FILLED:
            if getattr(out, name) is None and getattr(other, name) is not None:
                setattr(out, name, getattr(other, name))
                out.sources[name] = other_source
    ranked = sorted(found, key=lambda sp: {JOURNAL_REF: 0, CROSSREF: 1}.get(sp[0], 2))
    for other_source, other in ranked:
        if other.year and (other.venue == out.venue or other_source == CROSSREF):
            out.year = other.year
            out.sources["year"] = other.sources.get("year", other_source)
            break
    return out


def source_authors(answers: Answers, match_accepted: bool) -> list[str]:
    """The author list of the first source that gives one (Semantic Scholar, Crossref, the match)."""
    for paper in (answers.s2, answers.match if match_accepted else None):
        names = [a.get("name") or "" for a in (paper or {}).get("authors") or [] if isinstance(a, dict)]
        if names and all(names):
            return names
    people = (answers.crossref or {}).get("author") or []
    names = [" ".join(filter(None, (a.get("given"), a.get("family")))) or a.get("name") or "" for a in people
             if isinstance(a, dict)]
    return names if names and all(names) else []


def resolve(paper: Paper, answers: Answers) -> Resolution:
    """The publication of ``paper`` from its arXiv record and the services' answers."""
    outcome = _resolve(paper, answers)
    if not paper.authors and not (paper.metadata and paper.metadata.authors) \
            and (answers.s2 or answers.crossref or answers.match):  # (no answer names authors)
        outcome.authors = source_authors(answers, title_match_accepted(paper, answers.match))
    return outcome


def _resolve(paper: Paper, answers: Answers) -> Resolution:
    meta = paper.metadata
    if paper.venue is None and not (meta is not None and meta.journal_ref) and answers.s2 is None \
            and answers.crossref is None and answers.match is None and not answers.unknown_to:
        return Resolution("unresolved")  # no source said anything (as below, without the lists)
    candidates: list[tuple[str, Publication | None, bool]] = []
    if meta is not None and meta.journal_ref:
        candidates.append((JOURNAL_REF, parse_journal_ref(meta.journal_ref), True))
    if answers.s2 is not None:
        candidates.append((S2, from_semantic_scholar(answers.s2), True))
    if answers.crossref is not None:
        candidates.append((CROSSREF, from_crossref(answers.crossref), True))
    if answers.match is not None:
        accepted = title_match_accepted(paper, answers.match)
        candidates.append((TITLE_MATCH, from_semantic_scholar(answers.match) if accepted else None, accepted))
    findings = [(source, _say(pub) if ok else "rejected: title or first author and year differ")
                for source, pub, ok in candidates]
    findings += [(source, "does not know this paper") for source in answers.unknown_to]
    if digest_states_venue(paper):
        venue = paper.venue.render() if paper.venue else ""
        return Resolution(DIGEST, None, [(DIGEST, f"states {venue}; it wins"), *findings])
    found = [(source, pub) for source, pub, _ in candidates if pub is not None]
    if not found:
        return Resolution("preprint" if candidates else "unresolved", None, findings)
    return Resolution("published", _combine(found), findings)
