"""Each entry's note rendered once per run, and known without rendering when the
state says nothing changed since both sides agreed (pure, no I/O).

An entry's note is a function of a few of its values (title, digest file name,
section, task, one-liner, summary) and of the code rendering it:
:func:`entry_hash` hashes exactly those.  :class:`RenderedNotes` renders a note
once per entry hash and run.  A note row's ``settled`` marker
(:func:`settled_marker`: the entry hash and a hash of the row itself, recorded by
:mod:`.settled` when the rendered note, the row's base and Zotero's note as last
seen all say the same) lets a run take Zotero's note as last seen for the one it
would render: the marker holds only while neither the entry nor the row changed
since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

import markdown_it
import nh3

from ... import __version__
from ... import zotero as zi
from ...model import Entry
from ...state import NoteId, NoteRow
from ...zotero.collection_tree import section_names

#: What a note's HTML depends on besides the entry: the code rendering it (raise the
#: first value when :func:`zoterodigest.zotero.notes.note_html` changes its output).
_RENDERING = ("note-1", __version__, markdown_it.__version__, getattr(nh3, "__version__", ""))


def content_hash(value: Any) -> str:
    """A short stable hash of a JSON-able value (keys sorted)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def meaning_hash(note: str) -> str:
    """Hash of a note's meaning: equal for what we sent and what the server stored
    after sanitising it, different once somebody changed the words."""
    return content_hash(zi.note_meaning(note))


def entry_hash(entry: Entry, label: str, heading: str | None) -> str:
    """Everything the note for ``entry`` (listed in the digest file ``label`` whose
    title heading is ``heading``) is made from, and which of its fields the digest
    has a place for (what sync's per-field decision reads from the entry)."""
    paper = entry.paper
    title = paper.metadata.title if paper.metadata and paper.metadata.title else paper.title
    one_span = entry.fields.get("one_liner") == entry.fields.get("summary")
    return content_hash([_RENDERING, title, label, section_names(entry.section, heading), paper.task,
                         paper.one_liner, paper.summary, entry.family, sorted(entry.fields), one_span])


def row_hash(row: NoteRow) -> str:
    """Everything a note row says (what its ``settled`` marker vouches for)."""
    return content_hash([row.parent_key, row.key, row.version, row.base.to_json()])


def settled_marker(entry: str, row: NoteRow) -> str:
    """The marker of ``row`` for the entry hashed ``entry`` (see the module docstring)."""
    return content_hash([entry, row_hash(row)])


def is_settled(row: NoteRow | None, entry: str) -> bool:
    """The row's marker says: this entry's note, this row, both sides agreed."""
    return row is not None and bool(row.settled) and row.settled == settled_marker(entry, row)


class RenderedNotes:
    """Notes rendered at most once per entry hash (one object per run), and rows'
    markers checked."""

    def __init__(self) -> None:
        self._html: dict[str, str] = {}
        #: id(row) -> (row, row_hash(row), entry hash -> marker): rows are never changed in place.
        self._rows: dict[int, tuple[NoteRow, str, dict[str, str]]] = {}
        #: id(entry) -> (entry, its paper, label, heading, entry_hash): an entry changes
        #: only by being given another paper.
        self._entries: dict[int, tuple[Entry, object, str, str | None, str]] = {}

    def entry_hash(self, entry: Entry, label: str, heading: str | None) -> str:
        """:func:`entry_hash`, each entry hashed once while it keeps its paper."""
        found = self._entries.get(id(entry))
        if found is None or found[0] is not entry or found[1] is not entry.paper or found[2:4] != (label, heading):
            found = self._entries[id(entry)] = (entry, entry.paper, label, heading, entry_hash(entry, label, heading))
        return found[4]

    def marker(self, entry: str, row: NoteRow) -> str:
        """:func:`settled_marker`, each row hashed once."""
        found = self._rows.get(id(row))
        if found is None or found[0] is not row:
            found = self._rows[id(row)] = (row, row_hash(row), {})
        markers = found[2]
        if entry not in markers:
            markers[entry] = content_hash([entry, found[1]])
        return markers[entry]

    def is_settled(self, row: NoteRow | None, entry: str) -> bool:
        """:func:`is_settled`, each row hashed once."""
        return row is not None and bool(row.settled) and row.settled == self.marker(entry, row)

    def html(self, entry: Entry, label: str, heading: str | None, hashed: str | None = None) -> str:
        """The note for ``entry`` (``hashed``: its :func:`entry_hash`, when known)."""
        key = hashed or self.entry_hash(entry, label, heading)
        found = self._html.get(key)
        if found is None:
            found = self._html[key] = zi.note_html(entry, label, title_heading=heading)
        return found

    def settled_note(self, rows: Mapping[NoteId, NoteRow], eid: NoteId, hashed: str) -> str | None:
        """The entry's note as Zotero holds it, without rendering it, when its row's
        marker holds (it is then the note rendered from the entry); None: render it."""
        row = rows.get(eid)
        return row.base.seen if row is not None and self.is_settled(row, hashed) else None
