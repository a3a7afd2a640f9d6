"""Paper -> BibTeX entry (type and fields), for the bibtex and biblatex dialects.

* A conference from ``mappings/venues.toml`` -> ``@inproceedings`` with its
  canonical booktitle (the workshop booktitle for ``... Workshop`` tracks);
  tracks (Oral, Spotlight, ...) never reach the booktitle.
* A journal -> ``@article`` (``journal``; ``journaltitle`` for biblatex).
* arXiv-only papers: bibtex ``@misc`` with ``eprint``, ``archivePrefix``,
  ``primaryClass`` and a visible ``howpublished = {arXiv preprint arXiv:ID}``;
  biblatex ``@online`` with ``eprint``, ``eprinttype``, ``eprintclass``,
  ``pubstate = {prepublished}`` and ``organization = {arXiv}`` (Pandoc prints no
  eprint; the organization is what shows "arXiv" there, and biblatex prints it too).
* A paper the digest names no venue for but resolution found published
  (``Paper.publication``) -> ``@inproceedings``/``@article`` with the
  canonical venue (or the venue as the source gives it, reported), year,
  volume, number, pages, publisher and DOI.
* Every arXiv paper keeps its eprint fields; papers without an arXiv id keep
  their paper URL.
* A paper nobody named authors for is written as ``@misc``/``@online`` (the
  other types require authors) and reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..enrich.resolve import found_publication
from ..link_schemes import is_web_link
from ..mappings import VenueSpec, venue_spec, venues
from ..model import Paper, Publication
from ..resolved import Resolved, resolved
from .latex import Dropped, authors_to_bibtex, balanced, title_to_latex, to_latex

#: Field order in written entries.
ORDER = (
    "author", "title", "booktitle", "journal", "journaltitle", "howpublished", "organization", "publisher", "year",
    "date", "volume", "number", "pages",
    "doi", "eprint", "archiveprefix", "primaryclass", "eprinttype", "eprintclass", "pubstate", "url",
    "keywords", "abstract", "note", "key",
)
_DISPLAY = {"archiveprefix": "archivePrefix", "primaryclass": "primaryClass"}
#: An arXiv category (cs.LG, math.AG, hep-th, q-bio.NC).
_CATEGORY = re.compile(r"[a-z]+(?:-[a-z]+)*(?:\.[A-Za-z]+(?:-[A-Za-z]+)*)?")
_RANK = {name: n for n, name in enumerate(ORDER)}
#: Each field's line up to its value.
_LABEL = {name: f"  {_DISPLAY.get(name, name)} = {{" for name in ORDER}


@dataclass
class BibEntry:
    """One entry ready to write: ``fields`` hold LaTeX, braces balanced."""

    type: str
    key: str
    fields: dict[str, str]
    identity: str
    #: What the user should know about this entry (dropped characters, fallbacks).
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        fields = self.fields
        # A value is written only when BibTeX will read its braces as balanced (proven, not
        # assumed): one brace too many would close the entry and let the rest forge another.
        lines = [label + value + "}" for name, label in _layout(tuple(fields))
                 if (value := fields[name]) and balanced(value)]
        if not lines:
            return f"@{self.type}{{{self.key},".rstrip(",") + "\n}\n"
        body = ",\n".join(lines)
        return f"@{self.type}{{{self.key},\n{body}\n}}\n"


@lru_cache(maxsize=1024)
def _layout(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """(name, line up to the value) of the written fields among ``names``, in :data:`ORDER`
    (entries share a few sets of field names: each set is ordered once)."""
    return tuple(sorted(((name, _LABEL[name]) for name in set(names) if name in _RANK), key=lambda nl: _RANK[nl[0]]))


@dataclass(frozen=True)
class Options:
    dialect: str = "bibtex"
    abstracts: bool = False
    keywords: bool = False


def official_title(paper: Paper) -> str:
    return paper.metadata.title if paper.metadata and paper.metadata.title else paper.title


def author_list(paper: Paper) -> tuple[list[str], bool]:
    if paper.metadata and paper.metadata.authors:
        return list(paper.metadata.authors), True
    return list(paper.authors), paper.authors_complete


def publication_year(paper: Paper) -> int | None:
    """The year every writer shows (:func:`zoterodigest.resolved.resolved`)."""
    return resolved(paper).year


def paper_url(paper: Paper) -> str | None:
    """The link every export shows: arXiv's page, else the digest's paper, PDF, website or
    review link, else any link of it; only http(s) and doi links (see link_schemes)."""
    if paper.arxiv_id:
        return f"https://arxiv.org/abs/{paper.arxiv_id}"
    for kind in ("paper", "pdf", "website", "review"):
        if is_web_link(paper.links.get(kind)):
            return paper.links[kind]
    return next((u for u in paper.links.values() if is_web_link(u)), None)


def paper_doi(paper: Paper) -> str | None:
    """The DOI every writer shows (:func:`zoterodigest.resolved.resolved`)."""
    return resolved(paper).doi


def _url_value(url: str) -> str:
    """A URL for a verbatim field: the characters that could unbalance or end
    the field are percent-encoded (they are not meaningful in a URL)."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


class _Draft:
    """An entry being built: its dialect, fields so far, notes, characters dropped."""

    __slots__ = ("dialect", "dropped", "fields", "notes")

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect
        self.fields: dict[str, str] = {}
        self.notes: list[str] = []
        self.dropped = Dropped()

    def latex(self, text: str) -> str:
        return to_latex(text, self.dialect, self.dropped)


def build_entry(paper: Paper, key: str, options: Options, keywords: list[str] | None = None, *,
                identity: str | None = None) -> BibEntry:
    """The entry for one paper (``key`` already chosen; ``identity``: the paper's, when known)."""
    draft = _Draft(options.dialect)
    _people_title_year(paper, draft)
    found = found_publication(paper)
    etype = _venue_fields(paper, draft) if found is None else _published_fields(found, resolved(paper), draft)
    if "author" not in draft.fields:
        # Styles sort by author; without one they need a sort key.
        draft.fields["key"] = draft.latex(" ".join(official_title(paper).split()[:3]))
    _eprint_fields(paper, etype, draft)
    _links_and_extras(paper, options, keywords, draft)
    if draft.dropped.chars:
        draft.notes.append("characters with no LaTeX form were left out: " + " ".join(sorted(draft.dropped.chars)))
    if draft.dropped.approximated:
        draft.notes.append("letters no LaTeX font encoding has were written as the nearest plain letter: "
                           + " ".join(sorted(draft.dropped.approximated)))
    return BibEntry(type=etype, key=key, fields=draft.fields, identity=paper.identity if identity is None else identity,
                    notes=draft.notes)


def _people_title_year(paper: Paper, draft: _Draft) -> None:
    d, f = draft.dialect, draft.fields
    names, complete = author_list(paper)
    authors = authors_to_bibtex(names, complete, d, draft.dropped)
    if authors:
        f["author"] = authors
    f["title"] = title_to_latex(official_title(paper), d, draft.dropped)
    year = publication_year(paper)
    if year:
        f["date" if d == "biblatex" else "year"] = str(year)
    else:
        draft.notes.append("no year is known (styles will complain); add it to the digest, e.g. '(Nature 2015)'")


def _venue_fields(paper: Paper, draft: _Draft) -> str:
    """Booktitle or journal from the venue mappings; returns the entry type."""
    d, f = draft.dialect, draft.fields
    named = paper.venue is not None and paper.venue.name != "arXiv"
    spec: VenueSpec | None = venue_spec(paper.venue) if named else None
    if named and spec is None:
        draft.notes.append(f"venue '{paper.venue.name if paper.venue else ''}' is not in the venue mappings "
                           "(add it to venues.toml); written as a conference paper with the venue as its booktitle")
    if spec is not None and spec.kind == "preprint":
        spec = None
    etype = "misc" if d == "bibtex" else "online"
    if spec is not None and spec.kind == "journal":
        etype = "article"
        # (No publisher: biblatex's data model has none for @article.)
        f["journaltitle" if d == "biblatex" else "journal"] = spec.journal or spec.full
    elif spec is not None:
        etype = "inproceedings"
        workshop = paper.venue is not None and paper.venue.track == "Workshop"
        f["booktitle"] = (spec.workshop if workshop and spec.workshop else spec.booktitle) or spec.full
        if spec.publisher:
            f["publisher"] = spec.publisher  # (LaTeX already, braces protecting capitals, like booktitle)
    elif named and paper.venue is not None:
        etype = "inproceedings"
        f["booktitle"] = "{" + draft.latex(paper.venue.name) + "}"
    if etype in ("inproceedings", "article") and "author" not in f:
        draft.notes.append("no authors are known (neither the digest nor arXiv names them); written as "
                           f"@{'misc' if d == 'bibtex' else 'online'} so that styles accept it")
        venue_text = f.pop("booktitle", None) or f.pop("journal", None) or f.pop("journaltitle", None)
        f.pop("publisher", None)
        etype = "misc" if d == "bibtex" else "online"
        if venue_text:
            f["howpublished" if d == "bibtex" else "note"] = venue_text
    return etype


def _published_fields(pub: Publication, rec: Resolved, draft: _Draft) -> str:
    """A publication resolution found: its venue (canonical when mapped), numbers and
    publisher; returns the entry type (``@misc``/``@online`` without authors)."""
    d, f = draft.dialect, draft.fields
    spec = venues().get(pub.venue) if pub.known else None
    if spec is None:
        draft.notes.append(f"venue '{pub.venue}' is not in the venue mappings (add it to venues.toml); written as "
                           "the source gives it")
    if pub.kind == "journal":
        etype = "article"
        title = (spec.journal or spec.full) if spec else draft.latex(pub.venue)
        f["journaltitle" if d == "biblatex" else "journal"] = title
    else:
        etype = "inproceedings"
        booktitle = ((spec.workshop if pub.workshop and spec.workshop else spec.booktitle) or spec.full) if spec \
            else "{" + draft.latex(pub.venue) + "}"
        f["booktitle"] = booktitle
        publisher = draft.latex(pub.publisher) if pub.publisher else (spec.publisher if spec else None)
        if publisher:
            f["publisher"] = publisher
    for name in ("volume", "number", "pages"):
        value = getattr(rec, name)
        if value:
            f[name] = draft.latex(value.replace("--", "-")).replace("-", "--") if name == "pages" else draft.latex(value)
    if "author" not in f:
        draft.notes.append("no authors are known (neither the digest nor arXiv names them); written as "
                           f"@{'misc' if d == 'bibtex' else 'online'} so that styles accept it")
        venue_text = f.pop("booktitle", None) or f.pop("journal", None) or f.pop("journaltitle", None)
        for name in ("publisher", "volume", "number", "pages"):
            f.pop(name, None)
        etype = "misc" if d == "bibtex" else "online"
        if venue_text:
            f["howpublished" if d == "bibtex" else "note"] = venue_text
    return etype


def _eprint_fields(paper: Paper, etype: str, draft: _Draft) -> None:
    """arXiv's eprint fields, in the dialect's names."""
    if not paper.arxiv_id:
        return
    f = draft.fields
    f["eprint"] = paper.arxiv_id
    category = paper.metadata.primary_category if paper.metadata else (paper.categories[0] if paper.categories else None)
    if category and not _CATEGORY.fullmatch(category):
        category = None  # arXiv's answer is outside text: only a category's shape is written
    if draft.dialect == "bibtex":
        f["archiveprefix"] = "arXiv"
        if category:
            f["primaryclass"] = category
        if etype == "misc" and "howpublished" not in f:
            f["howpublished"] = f"arXiv preprint arXiv:{paper.arxiv_id}"
    else:
        f["eprinttype"] = "arxiv"
        if category:
            f["eprintclass"] = category
        if etype == "online" and "note" not in f:
            f["pubstate"] = "prepublished"
            f["organization"] = "arXiv"


def _links_and_extras(paper: Paper, options: Options, keywords: list[str] | None, draft: _Draft) -> None:
    """DOI and URL, then the abstract and keywords when asked for."""
    f = draft.fields
    doi = paper_doi(paper)
    if doi:
        f["doi"] = _url_value(doi)
    url = paper_url(paper)
    if url:
        f["url"] = _url_value(url)
    elif paper.links:
        draft.notes.append("links that are not http(s) or doi were left out: "
                           + ", ".join(sorted({u.split(":", 1)[0] + ":" for u in paper.links.values()})))
    if options.abstracts:
        abstract = paper.metadata.abstract if paper.metadata and paper.metadata.abstract else paper.abstract
        if abstract:
            f["abstract"] = draft.latex(" ".join(abstract.split()))
    if options.keywords and keywords:
        f["keywords"] = draft.latex(", ".join(keywords))
