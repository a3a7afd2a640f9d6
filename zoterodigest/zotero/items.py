"""Paper -> Zotero item JSON: the item type, its fields and creators (pure functions).

Notes are built in :mod:`.notes`, tags in :mod:`.tags`, collections in
:mod:`.collection_tree`, and items matched to papers in :mod:`.item_identity`.
Nothing here does I/O or imports pyzotero, so every rule can be tested on its
own and the client stays a thin transport.  The rules follow Zotero's own
conventions (schema v41, the arXiv.org translator, Better BibTeX), so that an
item we create looks like one the user saved by hand and both tools agree.

Item type (see :func:`item_type_for`):

* a venue the mappings know as a conference or workshop -> ``conferencePaper``;
* a venue the mappings know as a journal, or no known venue but a journal DOI
  (from the digest or from arXiv's record) -> ``journalArticle``;
* no venue in the digest, but a publication resolution found
  (``Paper.publication``) -> ``conferencePaper``/``journalArticle`` with its
  proceedings or journal title, pages, volume, issue and DOI, the arXiv id kept
  in ``extra``;
* everything else -> ``preprint``: no venue, venue ``arXiv``, or a venue the
  mappings do not know (kept as a tag, never guessed into a field).  With an
  arXiv id it is stored exactly as the arXiv translator stores it.
"""

from __future__ import annotations

from typing import Any

from ..enrich.publication import CROSSREF
from ..enrich.resolve import found_publication
from ..ids import normalise_doi, submitted_month
from ..link_schemes import is_web_link
from ..mappings import VenueSpec, venue_spec, zotero_settings
from ..model import Paper
from ..names import split_person
from ..resolved import resolved
from .text_limits import ZoteroJson, clip_bytes, clip_chars, one_line
from .translator_fields import arxiv_date, arxiv_extra, doi_as_given, named_version, short_title

# --- Zotero's fields (schema v41) -------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


_COMMON = _words(
    "title abstractNote date citationKey url accessDate archive archiveLocation shortTitle language "
    "libraryCatalog callNumber rights extra"
)
FIELDS: dict[str, frozenset[str]] = {
    "preprint": frozenset(_COMMON + _words("genre repository archiveID place series seriesNumber DOI")),
    "conferencePaper": frozenset(
        _COMMON
        + _words(
            "proceedingsTitle conferenceName publisher place eventPlace volume issue numberOfVolumes pages "
            "series seriesNumber DOI ISBN ISSN"
        )
    ),
    "journalArticle": frozenset(
        _COMMON
        + _words(
            "publicationTitle publisher place volume issue section partNumber partTitle pages series "
            "seriesTitle seriesText journalAbbreviation DOI PMID PMCID ISSN"
        )
    ),
}
#: Fields every regular item type has in schema v41 (used when adopting an item of a type we do not map).
UNIVERSAL_FIELDS = frozenset(
    _words("title abstractNote date citationKey url accessDate shortTitle language rights extra DOI place")
)


# --- item type --------------------------------------------------------------------------------


def journal_doi(paper: Paper) -> str | None:
    """The DOI of the paper's publication (:func:`zoterodigest.resolved.resolved`)."""
    return normalise_doi(resolved(paper).doi)


def item_type_for(paper: Paper) -> str:
    """The item type for the kind of the resolved record (``[item_types]`` of
    mappings/zotero.toml); a venue the digest names that the mappings do not know
    is a preprint (the name kept as a tag, never guessed into a field), and so is
    a paper whose only DOI no source shows to be a publication's."""
    spec = venue_spec(paper.venue)
    types = zotero_settings().item_types
    if spec is not None and spec.kind != "preprint" and spec.kind in types:
        return types[spec.kind]
    rec = resolved(paper)
    if rec.source == "publication" and rec.kind in types:
        return types[rec.kind]
    return types.get("preprint", "preprint")


# --- creators ---------------------------------------------------------------------------------

def split_name(raw: str) -> dict[str, str]:
    """One author as a Zotero creator (``author``): ``firstName``/``lastName`` when a
    split is sound (:func:`zoterodigest.names.split_person`), else the single-field
    ``name`` (organisations, one-word names, names in scripts written without spaces)."""
    name = one_line(raw)
    if not name:
        return {}
    parts = split_person(name)
    if parts is None:
        return {"creatorType": "author", "name": clip_chars(name)}
    family, given = parts
    return _person(given, family)


def _person(first: str, last: str) -> dict[str, str]:
    return {"creatorType": "author", "firstName": clip_chars(first), "lastName": clip_chars(last)}


def creators_for(paper: Paper) -> list[dict[str, str]]:
    """Full author list from arXiv's record when enriched, else the digest's."""
    names = paper.metadata.authors if paper.metadata and paper.metadata.authors else paper.authors
    return [c for c in (split_name(n) for n in names) if c]


# --- the item ---------------------------------------------------------------------------------


def arxiv_extra_line(arxiv_id: str, category: str | None) -> str:
    """``arXiv:2504.18524 [cs.CV]`` as the translator writes it (old-style ids: no category)."""
    if "/" in arxiv_id or not category:
        return f"arXiv:{arxiv_id}"
    return f"arXiv:{arxiv_id} [{category}]"


def _primary_category(paper: Paper) -> str | None:
    if paper.metadata and paper.metadata.primary_category:
        return paper.metadata.primary_category
    return paper.categories[0] if paper.categories else None


def _arxiv_month(arxiv_id: str) -> str | None:
    """``YYYY-MM`` of submission read from the id, when arXiv's record is not at hand."""
    month = submitted_month(arxiv_id)
    return f"{month[0]}-{month[1]:02d}" if month else None


def _year(paper: Paper) -> int | None:
    return resolved(paper).year


def _strip_braces(text: str) -> str:
    return text.replace("{", "").replace("}", "")


def conference_name(spec: VenueSpec, year: int | None, *, workshop: bool = False) -> str:
    """``CVPR 2025`` (``conference_name`` in mappings/zotero.toml): the short name
    everyone cites, with the edition's year (``CVPR Workshops 2025`` for a workshop
    paper: never the main conference's name)."""
    template = zotero_settings().fields.conference_name
    if not year:
        template = template.replace("{year}", "")
    venue = f"{spec.name} Workshops" if workshop else spec.name
    return " ".join(template.replace("{venue}", venue).replace("{year}", str(year or "")).split())


def _paper_url(paper: Paper) -> str | None:
    for kind in ("paper", "website", "pdf", "link"):  # ("link": the page a title links when its host is none known)
        if is_web_link(paper.links.get(kind)):
            return paper.links[kind]
    return None


def _published_fields(paper: Paper, item_type: str, year: int | None) -> dict[str, str]:
    """Venue, numbers and publisher of the publication resolution found (the resolved record)."""
    rec = resolved(paper)
    spec = rec.spec
    out = {"proceedingsTitle" if item_type == "conferencePaper" else "publicationTitle": rec.full_title() or "",
           "publisher": _strip_braces(rec.publisher or ""), "volume": rec.volume or "", "issue": rec.number or "",
           "pages": (rec.pages or "").replace("--", "-")}
    if item_type == "journalArticle":
        out.update(ISSN=rec.issn or "", journalAbbreviation=rec.abbreviation or "")
    if item_type == "conferencePaper":
        out["conferenceName"] = conference_name(spec, year, workshop=rec.workshop) if spec else ""
    if rec.venue_service == CROSSREF:
        out["libraryCatalog"] = zotero_settings().fields.crossref_library_catalog
    return out


def item_for(paper: Paper, *, citation_key: str | None, tags: list[ZoteroJson], collections: list[str]
) -> ZoteroJson:
    """The Zotero item JSON (no key/version: the caller adds them) for a paper."""
    item_type = item_type_for(paper)
    meta = paper.metadata
    arxiv = paper.arxiv_id or (meta.id if meta else None)
    fields: dict[str, str] = {
        "title": one_line(meta.title if meta and meta.title else paper.title),
        "abstractNote": one_line(meta.abstract if meta and meta.abstract else paper.abstract),
        "citationKey": citation_key or "",
    }
    spec = venue_spec(paper.venue)
    year = _year(paper)
    if item_type == "preprint":
        if arxiv:
            constants = zotero_settings().fields
            fields.update(
                repository=constants.preprint_repository,
                archiveID=f"arXiv:{arxiv}",
                DOI=f"10.48550/arXiv.{arxiv}",
                url=f"http://arxiv.org/abs/{arxiv}",
                date=arxiv_date(paper) or _arxiv_month(arxiv) or "",
                extra=arxiv_extra(arxiv, _primary_category(paper), named_version(paper)),
                libraryCatalog=constants.preprint_library_catalog,
            )
        else:
            fields.update(url=_paper_url(paper) or "", date=str(year or ""),
                          DOI=doi_as_given(paper, resolved(paper).doi) or "")
    else:
        if item_type == "conferencePaper" and spec is not None:
            workshop = paper.venue is not None and "workshop" in (paper.venue.track or "").casefold()
            fields["proceedingsTitle"] = _strip_braces(spec.workshop) if workshop and spec.workshop else spec.full
            fields["conferenceName"] = conference_name(spec, year, workshop=workshop)
            fields["publisher"] = _strip_braces(spec.publisher or "")
        elif item_type == "journalArticle":
            fields["publicationTitle"] = spec.full if spec is not None and spec.kind == "journal" else ""
            fields["publisher"] = _strip_braces(spec.publisher or "") if spec is not None and spec.kind == "journal" else ""
        found = found_publication(paper)
        if found is not None:
            fields.update(_published_fields(paper, item_type, year))
        fields["date"] = str(year or "")
        fields["DOI"] = doi_as_given(paper, resolved(paper).doi) or ""
        if arxiv:
            fields["url"] = f"http://arxiv.org/abs/{arxiv}"
            fields["extra"] = arxiv_extra_line(arxiv, _primary_category(paper))
        else:
            fields["url"] = _paper_url(paper) or ""
    fields["shortTitle"] = short_title(fields["title"])  # as Zotero fills it (translator_fields)
    allowed = FIELDS[item_type]
    item: dict[str, Any] = {"itemType": item_type}
    for name, value in fields.items():
        if value and name in allowed:
            item[name] = clip_bytes(value)
    item["creators"] = creators_for(paper)
    item["tags"] = [dict(t) for t in tags]
    item["collections"] = list(collections)
    item["relations"] = {}
    return item
