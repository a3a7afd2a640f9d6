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

from ..ids import normalise_doi
from ..mappings import venue_spec
from ..model import Paper, Publication
from .evidence import crossref_evidence, s2_evidence
from .journal_ref import COMMENT, comment_publication, not_published, parse_journal_ref
from .journal_ref import SOURCE as JOURNAL_REF
from .publication import CROSSREF, S2, from_crossref, from_semantic_scholar, journal_doi

DIGEST = "digest"
TITLE_MATCH = "Semantic Scholar title match"
_FILLED = ("pages", "volume", "number", "publisher", "doi", "container", "issn", "abbreviation")


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
    #: Per source used: the evidence it is about this paper.
    evidence: dict[str, str] = field(default_factory=dict)
    #: Sources naming another publication than the one chosen ("source: what it said").
    disagreements: list[str] = field(default_factory=list)

    def provenance(self) -> dict[str, dict[str, Any]]:
        """Per field of the publication: its value, the source and that source's evidence."""
        pub = self.publication
        if pub is None:
            return {}
        return {name: {"value": getattr(pub, name), "source": source, "evidence": self.evidence.get(source, "")}
                for name, source in pub.sources.items() if getattr(pub, name, None) is not None}

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "publication": self.publication.model_dump(mode="json") if self.publication else None,
            "fields": self.provenance(),
            "findings": [{"source": s, "found": w} for s, w in self.findings],
            "disagreements": list(self.disagreements),
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
    first author or the same year (:mod:`.evidence`)."""
    return bool(s2_evidence(paper, match))


def stated_doi(paper: Paper) -> str | None:
    """The DOI the digest gives: its DOI field, else a doi.org link."""
    doi = normalise_doi(paper.doi) if paper.doi else None
    if doi:
        return doi
    for url in paper.links.values():
        if "doi.org/" in url and normalise_doi(url):
            return normalise_doi(url)
    return None


def authors_doi(paper: Paper) -> str | None:
    """The DOI the digest or arXiv's record gives (the authors' own statement), if it may
    name a publication."""
    for raw in (stated_doi(paper), paper.metadata.doi if paper.metadata else None):
        doi = journal_doi(raw) if raw else None
        if doi:
            return doi
    return None


def doi_to_ask(paper: Paper, s2: dict[str, Any] | None) -> str | None:
    """The DOI to ask Crossref about: the digest's, arXiv's, else that of a Semantic
    Scholar answer shown to be this paper."""
    if s2 is not None and not s2_evidence(paper, s2, by_id=True):
        s2 = None
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


def _digest_names(paper: Paper, pub: Publication) -> bool:
    """Whether the venue (and year, when both give one) the digest states is ``pub``'s."""
    if paper.venue is None:
        return False
    spec = venue_spec(paper.venue)
    name = spec.name if spec is not None else paper.venue.name
    same_year = paper.venue.year is None or pub.year is None or paper.venue.year == pub.year
    return name.casefold() == pub.venue.casefold() and same_year


def same_publication(a: Publication, b: Publication) -> bool:
    """Whether two sources describe the same publication (same kind, venue and track)."""
    return (a.kind, a.venue.casefold(), a.workshop) == (b.kind, b.venue.casefold(), b.workshop)


def _combine(found: list[tuple[str, Publication]]) -> Publication:
    """One publication: the first found (sources in :func:`_resolve`'s order), completed
    only by sources describing the same publication -- a conference paper and its journal
    extension are never mixed.  A DOI is Crossref's alone; the year is the strongest
    source's (journal_ref, Crossref, then the first)."""
    out = found[0][1].model_copy(deep=True)
    same = [(src, pub) for src, pub in found if same_publication(pub, out)]
    for other_source, other in same[1:]:
        for name in _FILLED:
            if getattr(out, name) is None and getattr(other, name) is not None:
                setattr(out, name, getattr(other, name))
                out.sources[name] = other_source
    if out.doi is not None and out.sources.get("doi") != CROSSREF:
        out.doi = None
        out.sources.pop("doi", None)
    ranked = sorted(same, key=lambda sp: {JOURNAL_REF: 0, COMMENT: 0, CROSSREF: 1}.get(sp[0], 2))
    for other_source, other in ranked:
        if other.year:
            out.year = other.year
            out.sources["year"] = other.sources.get("year", other_source)
            break
    return out


def shown_s2(paper: Paper, answers: Answers) -> dict[str, Any] | None:
    """The Semantic Scholar answer (by id, else the title match) shown to be ``paper``, if any."""
    if answers.s2 is not None and s2_evidence(paper, answers.s2, by_id=True):
        return answers.s2
    return answers.match if answers.match is not None and s2_evidence(paper, answers.match) else None


def source_authors(answers: Answers, paper: Paper) -> list[str]:
    """The author list of the first source shown to be ``paper`` that gives one
    (Semantic Scholar, the match, Crossref)."""
    for found, by_id in ((answers.s2, True), (answers.match, False)):
        if not s2_evidence(paper, found, by_id=by_id):
            continue
        names = [a.get("name") or "" for a in (found or {}).get("authors") or [] if isinstance(a, dict)]
        if names and all(names):
            return names
    if not crossref_evidence(paper, answers.crossref, stated_doi(paper), shown_s2(paper, answers)):
        return []
    people = (answers.crossref or {}).get("author") or []
    names = [" ".join(filter(None, (a.get("given"), a.get("family")))) or a.get("name") or "" for a in people
             if isinstance(a, dict)]
    return names if names and all(names) else []


def resolve(paper: Paper, answers: Answers) -> Resolution:
    """The publication of ``paper`` from its arXiv record and the services' answers."""
    outcome = _resolve(paper, answers)
    if not paper.authors and not (paper.metadata and paper.metadata.authors) \
            and (answers.s2 or answers.crossref or answers.match):  # (no answer names authors)
        outcome.authors = source_authors(answers, paper)
    return outcome


def _candidates(paper: Paper, answers: Answers) -> list[tuple[str, Publication | None, str]]:
    """(source, its publication, the evidence or why it is rejected) in the order of
    :func:`_combine`: arXiv's journal_ref, arXiv's comment, Crossref for the authors' own
    DOI, Semantic Scholar, Crossref for Semantic Scholar's DOI, the title match.  An
    answer not shown to be this paper (:mod:`.evidence`) gives nothing."""
    meta = paper.metadata
    out: list[tuple[str, Publication | None, str]] = []
    if meta is not None and meta.journal_ref:
        out.append((JOURNAL_REF, parse_journal_ref(meta.journal_ref), "arXiv's own record of this paper (the authors)"))
    stated = comment_publication(meta.comment) if meta is not None else None
    if stated is not None:
        out.append((COMMENT, stated, "arXiv's own record of this paper (the authors' comment)"))
    crossref: tuple[str, Publication | None, str] | None = None
    if answers.crossref is not None:
        ok = crossref_evidence(paper, answers.crossref, stated_doi(paper), shown_s2(paper, answers))
        crossref = (CROSSREF, from_crossref(answers.crossref) if ok else None, ok or _NOT_THIS)
        if normalise_doi(answers.crossref.get("DOI")) == authors_doi(paper):
            out.append(crossref)
            crossref = None
    if answers.s2 is not None:
        ok = s2_evidence(paper, answers.s2, by_id=True)
        out.append((S2, from_semantic_scholar(answers.s2) if ok else None, ok or _NOT_THIS))
    if crossref is not None:
        out.append(crossref)
    if answers.match is not None:
        ok = s2_evidence(paper, answers.match)
        out.append((TITLE_MATCH, from_semantic_scholar(answers.match) if ok else None, ok or _NOT_THIS))
    return out


_NOT_THIS = "rejected: not shown to be this paper (the title, or both the first author and the year, differ)"


def _resolve(paper: Paper, answers: Answers) -> Resolution:
    meta = paper.metadata
    if paper.venue is None and not (meta is not None and (meta.journal_ref or meta.comment)) and answers.s2 is None \
            and answers.crossref is None and answers.match is None and not answers.unknown_to:
        return Resolution("unresolved")  # no source said anything (as below, without the lists)
    candidates = _candidates(paper, answers)
    findings = [(source, _say(pub) if pub is not None or why != _NOT_THIS else why) for source, pub, why in candidates]
    evidence = {source: why for source, pub, why in candidates if pub is not None}
    findings += [(source, "does not know this paper") for source in answers.unknown_to]
    if digest_states_venue(paper):
        venue = paper.venue.render() if paper.venue else ""
        others = [f"{source}: {_say(pub)}" for source, pub, _ in candidates
                  if pub is not None and not _digest_names(paper, pub)]
        return Resolution(DIGEST, None, [(DIGEST, f"states {venue}; it wins"), *findings], disagreements=others)
    status = next(((label, text) for label, text in (("arXiv journal_ref", meta.journal_ref if meta else None),
                                                     ("arXiv comment", meta.comment if meta else None))
                   if not_published(text)), None)
    if status is not None:
        said = f"says \"{' '.join(str(status[1]).split())}\": not published (yet), whatever the services say"
        vetoed = [f"{source}: {_say(pub)}" for source, pub, _ in candidates if pub is not None]
        return Resolution("preprint", None, [(status[0], said), *findings], disagreements=vetoed)
    found = [(source, pub) for source, pub, _ in candidates if pub is not None]
    if not found:
        return Resolution("preprint" if candidates else "unresolved", None, findings)
    chosen = _combine(found)
    others = [f"{source}: {_say(pub)}" for source, pub in found if not same_publication(pub, chosen)]
    return Resolution("published", chosen, findings, evidence=evidence, disagreements=others)
