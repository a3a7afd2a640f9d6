"""What the digests want a Zotero library to hold (pure, no I/O).

One item per distinct paper (identity: arXiv id, else DOI, else normalised
title), carrying the union of the tags and collections of all its listings;
one child note per digest entry, so a paper listed twice keeps both summaries;
one collection per digest and one sub-collection per section.  Each object
comes with a hash of what it should say, so a later push can tell "nothing
changed" from the state alone, without reading the library.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ... import zotero as zi
from ...bibtex import merge_listings
from ...digest import Digest, family_named
from ...model import Entry, Paper
from ...state import NoteId, NoteRow
from ...zotero.attachments import ChildSpec
from ...zotero.tag_templates import task_pattern
from .children import ChildSettings
from .rendered import RenderedNotes, content_hash, meaning_hash

if TYPE_CHECKING:
    from .decision import NoteWrite

__all__ = ["Desired", "DesiredNote", "DesiredPaper", "build_desired", "content_hash", "digest_id", "meaning_hash",
           "note_heading", "placeable_fields", "with_fields"]


#: The note fields a digest entry holds (the heading has no place in a digest).
NOTE_FIELDS = ("task", "one_liner", "summary")

_HEADING = re.compile(r"^(<h2>.*?</h2>(?:<p>From\b.*?</p>)?)")


def note_heading(note: str) -> str:
    """The part of a note naming the paper and where it is listed (title, digest,
    section): how a note of ours is recognised when the state is lost and its
    summary changed meanwhile."""
    m = _HEADING.match(zi.note_meaning(note))
    return m[1] if m else ""


def digest_id(path: str) -> str:
    """The digest part of an entry's identity: the file's absolute path."""
    return str(Path(path).resolve())


@dataclass
class DesiredPaper:
    identity: str
    paper: Paper
    citation_key: str
    #: Item JSON without key, version and collections (those are keys, known later).
    item: dict[str, Any]
    collection_paths: list[tuple[str, ...]]
    sent_hash: str
    #: Matches the tags the ``task`` template makes (None: no such template): an item
    #: carries one task, so adopting one that has another task keeps theirs.
    task_pattern: re.Pattern[str] | None = None
    #: The PDF attachment and comment note it should have (zotero/attachments.py).
    children: list[ChildSpec] = field(default_factory=list)
    #: Digest id -> the memberships that digest gives the item: its tag names
    #: (``tags``) and collection paths (``collections``).  A push of some digests
    #: changes only theirs (:func:`.push_decisions.with_members`).
    members: dict[str, dict[str, list[Any]]] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.item.get("title") or self.paper.title


class DesiredNote:
    """The note one entry should have.  Its HTML is rendered when first asked for:
    a note Zotero is known to hold already (its row's settled marker holds: see
    :mod:`.rendered`) that nothing writes or matches is never rendered, and its
    meaning is hashed only when asked for."""

    def __init__(self, entry: NoteId, parent: str, html: str | Callable[[], str],
                 known: str | None = None, entry_hash: str = "", over: tuple[int, str] | None = None,
                 source: Entry | None = None) -> None:
        self.entry = entry
        #: The digest entry the note is rendered from (for :attr:`placeable`).
        self._source = source
        #: The entry was taken from Zotero by this run's pull (another machine made its
        #: note): without a row, its note is looked for in the whole library.
        self.from_zotero = False
        #: Its row's marker holds: unchanged since both sides agreed (:mod:`.settled`).
        self.settled = known is not None
        #: The note Zotero holds when settled (the one rendered from the entry).
        self._known = known
        #: Decided by the one decision (:mod:`.decision`): the version and meaning of
        #: Zotero's note this note is written over (None: push's own matching).
        self.over = over
        self.parent = parent  # the paper's identity
        #: :func:`.rendered.entry_hash` of the entry the note is rendered from.
        self.entry_hash = entry_hash
        self._html = html if isinstance(html, str) else None
        self._render = html if not isinstance(html, str) else None
        self._heading: str | None = None
        self._meaning: str | None = None

    @property
    def meaning_hash(self) -> str:
        """The note's :func:`.rendered.meaning_hash` (hashed once, when first asked for)."""
        if self._meaning is None:
            self._meaning = meaning_hash(self._known if self._known is not None else self.html)
        return self._meaning

    @property
    def html(self) -> str:
        if self._html is None:
            assert self._render is not None
            self._html = self._render()
        return self._html

    @html.setter
    def html(self, value: str) -> None:
        self._html = value
        self._heading = None

    @property
    def placeable(self) -> set[str]:
        """The note fields the entry's family has a place for (:func:`placeable_fields`;
        found when asked for: a note nothing decides never needs them)."""
        return placeable_fields(self._source) if self._source is not None else set()

    @property
    def heading(self) -> str:
        """The note's heading (:func:`note_heading`)."""
        if self._heading is None:
            self._heading = note_heading(self.html)
        return self._heading


@dataclass
class Desired:
    papers: list[DesiredPaper] = field(default_factory=list)
    notes: list[DesiredNote] = field(default_factory=list)
    #: Every collection path, parents before children.
    collections: list[tuple[str, ...]] = field(default_factory=list)
    #: The ids of the digests this run pushes (their memberships are the ones it may change).
    digests: set[str] = field(default_factory=set)


def build_desired(
    digests: list[Digest],
    citation_keys: dict[str, str],
    templates: dict[str, str],
    *,
    flatten: bool = False,
    collection: str | None = None,
    children: ChildSettings | None = None,
    notes: RenderedNotes | None = None,
    rows: Mapping[NoteId, NoteRow] | None = None,
    writes: Mapping[NoteId, NoteWrite] | None = None,
) -> Desired:
    """Items, notes and collections for the entries of ``digests`` (already enriched).

    ``citation_keys`` maps identity -> the key the BibTeX export gives, so the
    Zotero ``citationKey`` and the .bib agree.  ``notes`` renders each note once
    per run; with the state's note ``rows``, a note whose row vouches for it is
    rendered only if something asks for its HTML.  ``writes``: the notes the one
    decision composed (:func:`.decision.zotero_note`); their entries' papers say
    what those notes say (the task tag follows the note's task).
    """
    out = Desired()
    settings = children or ChildSettings()
    listed = _Listings(templates, flatten, collection, notes or RenderedNotes(), rows or {}, writes or {})
    for digest in digests:
        out.notes += listed.add(digest)
    for paper in merge_listings([p for group in listed.papers.values() for p in group]):
        identity = paper.identity
        key = citation_keys.get(identity)
        item = zi.item_for(paper, citation_key=key, tags=listed.tags[identity], collections=[])
        paths = listed.paths[identity]
        digest_hash = content_hash({"item": item, "collections": [list(p) for p in paths]})
        out.papers.append(DesiredPaper(identity, paper, key or "", item, paths, digest_hash,
                                       children=zi.wanted_children(paper, settings.pdf, settings.pdf_base,
                                                                   comments=settings.comments),
                                       members=listed.members.get(identity, {})))
    pattern = task_pattern(templates)
    for desired in out.papers:
        desired.task_pattern = pattern
    out.collections = list(listed.all_paths)
    out.digests = {digest_id(d.path) for d in digests}
    return out


class _Listings:
    """What the digests say of each paper (by identity): its listings, the union of
    their tags and collection paths; every collection path; each entry's note."""

    def __init__(self, templates: dict[str, str], flatten: bool, collection: str | None, notes: RenderedNotes,
                 rows: Mapping[NoteId, NoteRow], writes: Mapping[NoteId, NoteWrite]) -> None:
        self.templates, self.flatten, self.collection, self.notes, self.rows = templates, flatten, collection, notes, rows
        self.writes = writes
        self.papers: dict[str, list[Paper]] = {}
        self.tags: dict[str, list[dict[str, Any]]] = {}
        self.paths: dict[str, list[tuple[str, ...]]] = {}
        self.all_paths: dict[tuple[str, ...], None] = {}
        self.members: dict[str, dict[str, dict[str, list[Any]]]] = {}

    def add(self, digest: Digest) -> list[DesiredNote]:
        """The digest's entries taken in; returns their notes."""
        heading = zi.title_heading(digest.doc.text)
        entries = digest.entries
        for planned in zi.collection_plan(digest.path, heading, [e.section for e in entries], flatten=self.flatten,
                                          name=self.collection):
            self.all_paths.setdefault(planned.path, None)
        label, where = Path(digest.path).name, digest_id(digest.path)
        seen: dict[str, int] = {}
        by_section: dict[tuple[str, ...], tuple[str, ...]] = {}
        notes = []
        for entry in entries:
            identity = entry.paper.identity
            eid = (where, identity, seen.get(identity, 0))
            write = self.writes.get(eid)
            if write is not None and write.fields:
                entry = with_fields(entry, write.fields)
            self.papers.setdefault(identity, []).append(entry.paper)
            mine = self._take_tags(entry, where, heading)
            section = tuple(entry.section)
            if section not in by_section:
                by_section[section] = zi.collection_path(digest.path, heading, entry.section, flatten=self.flatten,
                                                         name=self.collection)
            if by_section[section] not in self.paths.setdefault(identity, []):
                self.paths[identity].append(by_section[section])
            if list(by_section[section]) not in mine["collections"]:
                mine["collections"].append(list(by_section[section]))
            seen[identity] = eid[2] + 1
            if write is None:
                notes.append(_desired_note(eid, entry, label, heading, self.notes, self.rows))
            elif write.needed:  # (else Zotero's note already says it)
                notes.append(DesiredNote(eid, identity, write.html, over=(write.version, write.over_meaning)))
        return notes

    def _take_tags(self, entry: Entry, where: str, heading: str | None) -> dict[str, list[Any]]:
        """The entry's tags taken in; returns its digest's memberships of the paper."""
        identity = entry.paper.identity
        bag = self.tags.setdefault(identity, [])
        mine = self.members.setdefault(identity, {}).setdefault(where, {"tags": [], "collections": []})
        for tag in zi.tags_for(entry, self.templates, title_heading=heading):
            if all(t["tag"] != tag["tag"] for t in bag):
                bag.append(tag)
            if tag["tag"] not in mine["tags"]:
                mine["tags"].append(tag["tag"])
        return mine


def placeable_fields(entry: Entry) -> set[str]:
    """The note fields this entry's family has a span for (one span holding both
    summary and one-liner counts as the summary's)."""
    editable = family_named(entry.family).editable
    out = {name for name in NOTE_FIELDS if name in editable and name in entry.fields}
    if "one_liner" in out and entry.fields.get("one_liner") == entry.fields.get("summary"):
        out.discard("one_liner")
    return out


def with_fields(entry: Entry, fields: Mapping[str, str | None]) -> Entry:
    """A copy of ``entry`` whose paper says ``fields`` (the entry read stays as it is)."""
    out = copy.copy(entry)
    changes: dict[str, Any] = dict(fields)
    out.paper = entry.paper.replace(**changes)
    return out


def _desired_note(eid: NoteId, entry: Entry, label: str, heading: str | None, notes: RenderedNotes,
                  rows: Mapping[NoteId, NoteRow]) -> DesiredNote:
    hashed = notes.entry_hash(entry, label, heading)
    known = notes.settled_note(rows, eid, hashed)
    if known is None:
        return DesiredNote(eid, eid[1], notes.html(entry, label, heading, hashed), entry_hash=hashed, source=entry)
    return DesiredNote(eid, eid[1], lambda: notes.html(entry, label, heading, hashed), known, hashed, source=entry)

