"""The one vocabulary of zoterodigest: Paper, Venue, Entry and their spans.

A :class:`Paper` is what a digest says about a paper; an :class:`Entry` is one
place in one digest file where it says so, with the exact source span of the
entry and of each field, so that a changed field can be spliced back into
the original text without touching anything else (entries and spans are in
:mod:`zoterodigest.entry`; import them from here or there).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field

from .compact import MadeWhenAsked, packed, packed_strings, unpacked
from .entry import Entry, Span
from .ids import normalise_title

__all__ = ["LINK_KINDS", "PAPER_FIELDS", "ArxivRecord", "Entry", "Paper", "Publication", "Span", "Venue"]

#: Link kinds every reader maps its labels to (others keep a slug of their label).
LINK_KINDS = ("arxiv", "pdf", "paper", "code", "website", "review", "summary", "huggingface")


@dataclass(frozen=True, slots=True)
class Venue:
    """Where a paper appeared: ``CVPR 2025 Highlight`` -> CVPR, 2025, Highlight."""

    name: str
    year: int | None = None
    track: str | None = None
    #: A remark kept from the digest, e.g. the workshop name in parentheses.
    detail: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"name": self.name, "year": self.year, "track": self.track}
        if self.detail:
            data["detail"] = self.detail
        return data

    def render(self) -> str:
        """The venue as digests write it (``CVPR 2025 Highlight``)."""
        parts = [self.name]
        if self.year is not None:
            parts.append(str(self.year))
        if self.track:
            parts.append(self.track)
        text = " ".join(parts)
        if self.detail:
            text += f" ({self.detail})"
        return text


class ArxivRecord(BaseModel):
    """arXiv's own record of a paper (filled by enrichment, cached)."""

    id: str
    version: int
    title: str
    authors: list[str] = Field(default_factory=list)
    abstract: str = ""
    primary_category: str | None = None
    categories: list[str] = Field(default_factory=list)
    published: dt.date | None = None
    updated: dt.date | None = None
    doi: str | None = None
    journal_ref: str | None = None
    comment: str | None = None


class Publication(BaseModel):
    """Where a paper was published, as found by resolution (:mod:`zoterodigest.enrich.resolve`).

    Never a statement of the digest (those are :attr:`Paper.venue`); written to
    BibTeX and Zotero only when the digest names no venue.
    """

    #: "conference" or "journal".
    kind: str
    #: The canonical venue name from mappings/venues.toml, else the name as the source gives it.
    venue: str
    #: Whether ``venue`` is a canonical name of the venue mappings.
    known: bool = False
    #: A paper of one of the venue's workshops.
    workshop: bool = False
    #: The proceedings or journal title as the source gives it.
    container: str | None = None
    year: int | None = None
    pages: str | None = None
    volume: str | None = None
    number: str | None = None
    publisher: str | None = None
    doi: str | None = None
    #: A journal's ISSN and abbreviated title, as Crossref gives them.
    issn: str | None = None
    abbreviation: str | None = None
    #: Where each value came from: field name -> source name.
    sources: dict[str, str] = Field(default_factory=dict)


#: The fields of :class:`Paper`, in order.
PAPER_FIELDS = ("arxiv_id", "arxiv_version", "doi", "title", "authors", "authors_complete", "venue", "year", "task",
                "summary", "one_liner", "abstract", "links", "categories", "topics", "listing_date", "extra",
                "metadata", "publication")
#: Its lists and dicts kept in slots (made when first asked for; links, extra and authors packed).
_COLLECTIONS = ("authors", "links", "extra", "categories", "topics")

class Paper:
    """What a digest entry states about one paper (plain values, no syntax).

    A plain slotted class, not a pydantic model: a digest of 50,000 entries holds
    50,000 papers, and a model's ``__dict__`` and field set cost several times the
    values (readers build papers from text they checked; arXiv's and the resolvers'
    answers are validated by :class:`ArxivRecord` and :class:`Publication`).  Its
    storage is compact (:mod:`zoterodigest.compact`): lists and dicts are made when
    first asked for, and :meth:`compact` packs links, extra and authors (an entry
    does so for its paper).
    None of this shows: every field reads and changes as a plain attribute.  Copy
    with :meth:`replace`.
    """

    __slots__ = ("_authors", "_categories", "_extra", "_links", "_topics", "abstract", "arxiv_id", "arxiv_version",
                 "authors_complete", "doi", "listing_date", "metadata", "one_liner", "publication", "summary", "task",
                 "title", "venue", "year")

    arxiv_id: str | None
    doi: str | None
    title: str
    venue: Venue | None
    #: Year of publication when the digest states one (venue year, or a bare year).
    year: int | None
    #: Markdown summary: the digest's own words about the paper.
    summary: str | None
    #: False when the digest's list is cut ("et al.") or absent.
    authors_complete: bool
    listing_date: dt.date | None
    #: arXiv's record, once enriched; the digest's own statements stay above.
    metadata: ArxivRecord | None
    #: The published version found by resolution (None: a preprint, or not resolved).
    publication: Publication | None
    arxiv_version: int | None
    task: str | None
    one_liner: str | None
    abstract: str | None
    _authors: list[str] | str | None
    _links: dict[str, str] | tuple[str, ...] | None
    _extra: dict[str, str] | tuple[str, ...] | None
    _categories: list[str] | None
    _topics: list[str] | None

    def __init__(
        self, *, arxiv_id: str | None = None, arxiv_version: int | None = None, doi: str | None = None,
        title: str = "", authors: Iterable[str] = (), authors_complete: bool = False, venue: Venue | None = None,
        year: int | None = None, task: str | None = None, summary: str | None = None,
        one_liner: str | None = None, abstract: str | None = None, links: Mapping[str, str] | None = None,
        categories: Iterable[str] = (), topics: Iterable[str] = (), listing_date: dt.date | None = None,
        extra: Mapping[str, str] | None = None, metadata: ArxivRecord | None = None,
        publication: Publication | None = None,
    ) -> None:
        self.arxiv_id, self.doi, self.title, self.venue, self.year, self.summary = arxiv_id, doi, title, venue, year, summary
        self.authors_complete, self.listing_date = authors_complete, listing_date
        self.metadata, self.publication = metadata, publication
        # The paper's own copies (as the model made them), none for an empty one.
        self._authors = list(authors) or None
        self._links = dict(links) if links else None
        self._extra = dict(extra) if extra else None
        self.arxiv_version, self.task, self.one_liner, self.abstract = arxiv_version, task, one_liner, abstract
        self._categories = list(categories) or None
        self._topics = list(topics) or None

    authors: MadeWhenAsked[list[str]] = MadeWhenAsked(list)
    #: Link kind (see :data:`LINK_KINDS`) -> URL.
    links: MadeWhenAsked[dict[str, str]] = MadeWhenAsked(dict)
    #: Labelled fields the model has no slot for (kept, never lost).
    extra: MadeWhenAsked[dict[str, str]] = MadeWhenAsked(dict)
    categories: MadeWhenAsked[list[str]] = MadeWhenAsked(list)
    topics: MadeWhenAsked[list[str]] = MadeWhenAsked(list)

    def compact(self) -> None:
        """Pack links and extra into tuples and the authors into one string (read,
        they are dicts and a list again): an entry's paper is mostly only read after
        its digest is."""
        if type(self._links) is dict:  # (the arXiv address of the paper's own id shares the id)
            self._links = packed(self._links, {"\x00arxiv-abs": self.arxiv_id} if self.arxiv_id else None)
        if type(self._extra) is dict:
            self._extra = packed(self._extra)
        if type(self._authors) is list:
            self._authors = packed_strings(self._authors)

    def replace(self, *, deep: bool = False, **changes: Any) -> Paper:
        """A copy with ``changes`` (field name -> value) set; the copy shares its lists
        and dicts with this paper unless ``deep`` (then it has its own copies)."""
        new = copy.deepcopy(self) if deep else Paper.__new__(Paper)
        if not deep:
            for name in Paper.__slots__:
                object.__setattr__(new, name, getattr(self, name))
        for name, value in changes.items():
            if name not in PAPER_FIELDS:
                raise AttributeError(f"Paper has no field '{name}'")
            setattr(new, name, value)
        return new

    def values(self) -> dict[str, Any]:
        """Field name -> value, every field (empty lists and dicts as such; a look is no change)."""
        out: dict[str, Any] = {}
        for name in PAPER_FIELDS:
            if name in _COLLECTIONS:
                value = unpacked(getattr(self, f"_{name}"))
                if value is None:
                    value = {} if name in ("links", "extra") else []
            else:
                value = getattr(self, name)
            out[name] = value
        return out

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Paper):
            return NotImplemented
        return self.values() == other.values()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the model was

    def __repr__(self) -> str:
        return "Paper(" + ", ".join(f"{name}={value!r}" for name, value in self.values().items()) + ")"

    @property
    def identity(self) -> str:
        """Unversioned arXiv id, else DOI, else normalised title."""
        if self.arxiv_id:
            return f"arxiv:{self.arxiv_id}"
        if self.doi:
            return f"doi:{self.doi}"
        return f"title:{normalise_title(self.title)}"
