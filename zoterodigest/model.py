"""The one vocabulary of zoterodigest: Paper, Venue, Entry and their spans.

A :class:`Paper` is what a digest says about a paper; an :class:`Entry` is one
place in one digest file where it says so, with the exact source span of the
entry and of each field, so that a changed field can be spliced back into
the original text without touching anything else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from .ids import normalise_title

#: Link kinds every reader maps its labels to (others keep a slug of their label).
LINK_KINDS = ("arxiv", "pdf", "paper", "code", "website", "review", "summary", "huggingface")


class Venue(BaseModel):
    """Where a paper appeared: ``CVPR 2025 Highlight`` -> CVPR, 2025, Highlight."""

    model_config = ConfigDict(frozen=True)

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
    #: Where each value came from: field name -> source name.
    sources: dict[str, str] = Field(default_factory=dict)


class Paper(BaseModel):
    """What a digest entry states about one paper (plain values, no syntax)."""

    arxiv_id: str | None = None
    arxiv_version: int | None = None
    doi: str | None = None
    title: str = ""
    authors: list[str] = Field(default_factory=list)
    #: False when the digest's list is cut ("et al.") or absent.
    authors_complete: bool = False
    venue: Venue | None = None
    #: Year of publication when the digest states one (venue year, or a bare year).
    year: int | None = None
    task: str | None = None
    #: Markdown summary: the digest's own words about the paper.
    summary: str | None = None
    one_liner: str | None = None
    abstract: str | None = None
    links: dict[str, str] = Field(default_factory=dict)
    categories: list[str] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    listing_date: dt.date | None = None
    #: Labelled fields the model has no slot for (kept, never lost).
    extra: dict[str, str] = Field(default_factory=dict)
    #: arXiv's record, once enriched; the digest's own statements stay above.
    metadata: ArxivRecord | None = None
    #: The published version found by resolution (None: a preprint, or not resolved).
    publication: Publication | None = None

    @property
    def identity(self) -> str:
        """Unversioned arXiv id, else DOI, else normalised title."""
        if self.arxiv_id:
            return f"arxiv:{self.arxiv_id}"
        if self.doi:
            return f"doi:{self.doi}"
        return f"title:{normalise_title(self.title)}"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into a document's decoded text.

    An *insertion* span (``insert=True``, ``start == end``) marks where a field
    the entry does not have yet would go; its rendering brings its own line.

    (Spans and entries are plain slotted dataclasses, not pydantic models: a
    digest of 50,000 entries holds half a million spans, and a model's field
    set and ``__dict__`` cost several times the two offsets.)
    """

    start: int
    end: int
    insert: bool = False


@dataclass(slots=True)
class Entry:
    """One paper as listed at one place of one digest."""

    paper: Paper
    family: str
    #: First and last line of the entry, 1-based and inclusive.
    lines: tuple[int, int]
    span: Span
    section: list[str] = field(default_factory=list)
    fields: dict[str, Span] = field(default_factory=dict)
    #: How this entry writes things (quote prefix, line-break marker, labels...).
    style: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The machine-readable form printed by ``parse --json``."""
        p = self.paper
        return {
            "family": self.family,
            "lines": list(self.lines),
            "section": self.section,
            "arxiv_id": p.arxiv_id,
            "arxiv_version": p.arxiv_version,
            "doi": p.doi,
            "title": p.title,
            "authors": p.authors,
            "authors_complete": p.authors_complete,
            "venue": p.venue.to_json() if p.venue else None,
            "year": p.year,
            "task": p.task,
            "summary": p.summary,
            "one_liner": p.one_liner,
            "abstract": p.abstract,
            "links": p.links,
            "categories": p.categories,
            "topics": p.topics,
            "listing_date": p.listing_date.isoformat() if p.listing_date else None,
            "extra": p.extra,
        }
