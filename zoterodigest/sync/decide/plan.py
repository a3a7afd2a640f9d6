"""The push plan's vocabulary: what to write to Zotero -- collections, items,
notes, each with the state row to record once written, and PDF attachments and
comment notes (:mod:`.children`) -- and what the library view holds.  Made by :func:`.push_decisions.make_plan` (pure); run by
:class:`..write.engine.PushEngine`.

When the plan needs something not read yet (the library's items for
adoption, an item's current JSON, a parent's notes) it says so in
``needs_*`` and the engine reads it and plans again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ...state import ItemRow, NoteId, NoteRow
from .children import ChildAction
from .desired import DesiredPaper

#: Actions for a paper, as reported.
ACTIONS = ("create", "adopt", "update", "unchanged")


@dataclass
class LibraryView:
    """What is known of the library now (filled by the engine's reads)."""

    version: int
    #: Key -> JSON of items (and notes) read in this run.
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Identity -> existing item; None until the library's top items were read.
    index: dict[str, dict[str, Any]] | None = None
    #: Identity -> an item in Zotero's trash (when the index was read).
    trash_index: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Keys of the library's top-level items (not trashed), when read.
    top_keys: set[str] | None = None
    #: Collection path -> key, when the collections were read.
    collections: dict[tuple[str, ...], str] | None = None
    #: Keys known to be deleted or trashed.
    gone: set[str] = field(default_factory=set)
    #: Of those, the keys read in Zotero's trash (the user may restore them).
    trashed: set[str] = field(default_factory=set)
    #: Parent key -> its child notes, for the parents whose notes were read.
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: Every note of the library, when read (a lost state's notes moved to other items).
    all_notes: list[dict[str, Any]] | None = None
    #: Parent key -> all its children (notes and attachments), for the parents read.
    child_items: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


@dataclass
class CollectionAction:
    path: tuple[str, ...]
    key: str
    object: dict[str, Any] | None = None  # a create; None: reuse


@dataclass
class ItemAction:
    paper: DesiredPaper
    action: str
    key: str
    object: dict[str, Any] | None
    #: The row to record once the write succeeded (its version comes from the answer).
    row: ItemRow
    #: A citation key the user's item already has (it wins for BibTeX too).
    zotero_citation_key: str | None = None


@dataclass
class NoteAction:
    entry: NoteId
    parent: str
    action: str  # create | update | unchanged | adopt
    key: str
    object: dict[str, Any] | None
    row: NoteRow
    conflict: bool = False


@dataclass
class Plan:
    collections: list[CollectionAction] = field(default_factory=list)
    items: list[ItemAction] = field(default_factory=list)
    notes: list[NoteAction] = field(default_factory=list)
    #: PDF attachments and comment notes (:mod:`.children`).
    children: list[ChildAction] = field(default_factory=list)
    needs_scan: bool = False
    needs_items: set[str] = field(default_factory=set)
    needs_children: set[str] = field(default_factory=set)
    needs_all_notes: bool = False
    #: Rows the view proved stale (their objects are gone).
    forget_items: set[str] = field(default_factory=set)
    forget_notes: set[NoteId] = field(default_factory=set)
    forget_collections: set[tuple[str, ...]] = field(default_factory=set)
    #: Papers whose item is in Zotero's trash: nothing written for them, nothing made
    #: again; their rows keep the mark until the item is read back out of the trash.
    trashed: list[ItemRow] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.needs_scan or self.needs_items or self.needs_children or self.needs_all_notes)

    def collection_writes(self) -> list[tuple[CollectionAction, dict[str, Any]]]:
        return [(a, a.object) for a in self.collections if a.object is not None]

    def item_writes(self) -> list[tuple[ItemAction | NoteAction | ChildAction, dict[str, Any]]]:
        """Items, each followed by its notes and other children (the server takes a child
        right after a parent created in the same batch), then children of untouched parents."""
        notes_of: dict[str, list[NoteAction | ChildAction]] = {}
        children: list[NoteAction | ChildAction] = [*self.notes, *self.children]
        for n in children:
            if n.object is not None:
                notes_of.setdefault(n.parent, []).append(n)
        out: list[tuple[ItemAction | NoteAction | ChildAction, dict[str, Any]]] = []
        for a in self.items:
            if a.object is not None:
                out.append((a, a.object))
            out.extend((n, n.object) for n in notes_of.pop(a.paper.identity, []) if n.object is not None)
        for rest in notes_of.values():
            out.extend((n, n.object) for n in rest if n.object is not None)
        return out

    def paper_actions(self) -> dict[str, str]:
        """Identity -> create / adopt / update / unchanged (a note to write makes an
        unchanged paper an update)."""
        out = {a.paper.identity: a.action for a in self.items}
        for n in self.notes:
            if n.object is not None and out.get(n.parent) == "unchanged":
                out[n.parent] = "update"
        return out
