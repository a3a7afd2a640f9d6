"""Push's reads of the library: as little as the plan needs, cheapest first.

1. The state knows every paper and collection and the library version of the
   last push: one ``If-Modified-Since-Version`` read (304: nothing changed
   anywhere, plan from the state alone; an entry new to the state costs one
   read of its paper's notes).  If the library did change,
   the keys changed since, the deletions since, and those of our objects that
   changed: their versions are refreshed and their edits respected.
2. Otherwise (first push, a new paper, a lost state): the library's identities,
   for adoption, from the local library index (:mod:`.index_refresh`: one full
   read on a machine's first run, then only what changed since), the collections,
   and the items whose identities match a paper's; then the notes of those parents
   whose entries have no note in the state, to match them instead of adding
   twins (more than a few parents: by key, from the index's children).

The plan (:func:`..decide.push_decisions.make_plan`) says what else it needs (an item's
current JSON, a parent's notes, every note when rebuilding a lost state);
:meth:`LibraryReader.complete_plan` reads it and plans again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import Any

from ... import zotero as zi
from ...state import LibraryRows
from ...zotero.client import ZoteroClient
from ...zotero.errors import ZoteroNotFound
from ...zotero.library_index import LibraryIndex
from ..decide.desired import Desired
from ..decide.plan import LibraryView, Plan
from ..decide.push_decisions import make_plan
from .index_refresh import IndexKeeper

#: Above this many parents to look into, all notes of the library are listed instead.
CHILDREN_ONE_BY_ONE = 10
#: How rows learnt from a read are recorded (the engine's ``_record``).
Record = Callable[..., None]


class LibraryReader:
    """Reads the library for one push, keeping the rows' versions current (through
    ``record``) and what later rounds must know (objects read again, keys gone)."""

    def __init__(self, client: ZoteroClient, rows: LibraryRows, record: Record,
                 keeper: IndexKeeper | None = None) -> None:
        self.client = client
        self.rows = rows
        self._record = record
        #: The library index (None, or the desktop's library: every scan reads the library).
        self.keeper = keeper if keeper is not None and keeper.usable else None
        #: The index was brought up to date in this round of reads.
        self._index_current = False
        #: Objects read again after a refused write (by key), and keys found gone.
        self.fresh: dict[str, dict[str, Any]] = {}
        self._gone: set[str] = set()
        #: A read saw the library at another version than the state's (another client
        #: wrote since; a first push's scan is its own start).
        self.moved = False

    def _known(self, desired: Desired) -> bool:
        """Does the state know every paper and collection (and the library's version)?
        Entries without a note row need no scan: their parent's notes are read."""
        rows = self.rows
        return (
            rows.version is not None
            and all(p.identity in rows.items for p in desired.papers)
            and all(c in rows.collections for c in desired.collections)
        )

    def read(self, desired: Desired) -> LibraryView:
        """What is known of the library now, read as cheaply as the state allows."""
        start = self.rows.version
        self._index_current = False
        view = self._read_view(desired)
        if start is not None and view.version != start:
            self.moved = True
        return view

    def _read_view(self, desired: Desired) -> LibraryView:
        view = LibraryView(version=self.rows.version or 0, items=dict(self.fresh), gone=set(self._gone))
        if not self._known(desired):
            self._scan(view, desired)
            return view
        assert self.rows.version is not None
        changed = self.client.items_changed_since(self.rows.version)
        if changed is None:
            return view
        view.version = self.client.last_modified_version or self.rows.version
        deleted = self.client.deleted_since(self.rows.version)
        ours = {r.key for r in self.rows.items.values()} | {r.key for r in self.rows.notes.values()}
        view.gone |= (set(deleted.get("items") or []) & ours) | set(deleted.get("collections") or [])
        fetched = self.client.get_items([k for k in changed if k in ours]) if ours & set(changed) else []
        self._learn(view, fetched)
        return view

    def _scan(self, view: LibraryView, desired: Desired) -> None:
        if self.keeper is not None:
            self._scan_index(view, desired, self.keeper.refresh())
            self._index_current = True
            return
        top = self.client.top_items()
        collections = self.client.collections()
        view.version = self.client.last_modified_version or view.version
        self._learn(view, top)
        view.top_keys = {o["key"] for o in top if not o.get("data", o).get("deleted")}
        view.index = zi.index_by_identity(top)
        view.collections = zi.existing_collection_paths(collections)

    def _scan_index(self, view: LibraryView, desired: Desired, index: LibraryIndex) -> None:
        """The scan from the index: the top-level keys and versions, and the full JSON of
        the items read in this run and of those answering to a paper's identities
        (read by key: as many as the papers without a valid row find)."""
        collections = self.client.collections()
        view.version = index.version
        top = index.top_keys()
        view.top_keys = top
        self._learn(view, [o for k, o in index.fresh.items() if k in top])
        versions = {k: index.entries[k].version for k in top}
        moved = [replace(r, version=versions[r.key]) for r in self.rows.items.values()
                 if r.key in versions and versions[r.key] != r.version and r.key not in index.fresh]
        if moved:
            self._record(items=moved)
        unrowed = [p for p in desired.papers
                   if p.identity not in self.rows.items or self.rows.items[p.identity].key not in top]
        keys = index.papers_with(set().union(*(zi.paper_identity_keys(p.paper) for p in unrowed)))
        found = {o["key"]: o for o in self.client.get_items([k for k in keys if k not in index.fresh])}
        self._learn(view, found.values())
        candidates = [o for k in keys if (o := index.fresh.get(k) or found.get(k)) is not None]
        view.index = zi.index_by_identity(candidates)
        view.trash_index = zi.index_by_identity(candidates, trashed=True)
        view.collections = zi.existing_collection_paths(collections)

    def _learn(self, view: LibraryView, objects: Iterable[dict[str, Any]]) -> None:
        """Take in objects just read: the view holds them, trashed ones count as gone,
        and the versions of our rows follow the server's."""
        objects = list(objects)
        for obj in objects:
            view.items[obj["key"]] = obj
            if obj.get("data", obj).get("deleted"):
                view.gone.add(obj["key"])
                view.trashed.add(obj["key"])
        versions = {o["key"]: int(o.get("version", 0)) for o in objects}
        items = [replace(r, version=versions[r.key]) for r in self.rows.items.values()
                 if r.key in versions and versions[r.key] != r.version]
        parents = {o["key"]: o.get("data", o).get("parentItem") for o in objects}
        notes = [replace(r, version=versions[r.key], parent_key=parents[r.key] or r.parent_key)
                 for r in self.rows.notes.values()
                 if r.key in versions and (versions[r.key] != r.version
                                           or (parents[r.key] and parents[r.key] != r.parent_key))]
        self._record(items=items, notes=notes)

    def complete_plan(self, desired: Desired, view: LibraryView, *, keep_found: bool, rebuilding: bool) -> Plan:
        """The plan, once everything it asks for was read."""
        accessed = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # (created items' accessDate)
        for _ in range(8):
            plan = make_plan(desired, self.rows, view, keep_found=keep_found, rebuilding=rebuilding,
                             accessed=accessed)
            if plan.complete:
                return plan
            if plan.needs_scan:
                self._scan(view, desired)
                continue
            if plan.needs_items:
                wanted = sorted(plan.needs_items)
                found = self.client.get_items(wanted)
                self._learn(view, found)
                view.gone |= set(wanted) - {o["key"] for o in found}
            if plan.needs_children:
                self._read_children(view, sorted(plan.needs_children))
            if plan.needs_all_notes and not plan.needs_children:
                view.all_notes = [n for n in self.client.child_notes() if not n.get("data", n).get("deleted")]
        raise RuntimeError("the push plan kept asking for more reads")  # a bug, not a user problem

    def _read_children(self, view: LibraryView, parents: list[str]) -> None:
        keeper = self.keeper
        few = len(parents) <= CHILDREN_ONE_BY_ONE
        if keeper is not None and (not few or (self._index_current and keeper.current().children)):
            if not self._index_current:
                keeper.refresh()
                self._index_current = True
            self._children_by_key(view, parents, keeper.with_children())
            return
        if few:
            self._children_one_by_one(view, parents)
            return
        grouped: dict[str, list[dict[str, Any]]] = {}
        for child in self.client.child_objects():
            parent = child.get("data", child).get("parentItem")
            if parent:
                grouped.setdefault(parent, []).append(child)
        for parent in parents:
            _take_children(view, parent, grouped.get(parent, []))

    def _children_one_by_one(self, view: LibraryView, parents: list[str]) -> None:
        for parent in parents:
            try:
                kids = self.client.children(parent)
            except ZoteroNotFound:  # deleted since we last looked: made again by the next plan
                view.gone.add(parent)
                self._gone.add(parent)
                kids = []
            _take_children(view, parent, kids)

    def _children_by_key(self, view: LibraryView, parents: list[str], index: LibraryIndex) -> None:
        """The parents' children from the index (50 keys per read, none for those read in
        this run); a parent the index does not hold (trashed, deleted) is asked alone."""
        known = [p for p in parents if p in index.entries]
        kids_of = index.children_of(known)
        keys = [k for p in known for k in kids_of[p]]
        found = {o["key"]: o for o in self.client.get_items([k for k in keys if k not in index.fresh])}
        for parent in known:
            kids = [index.fresh.get(k) or found.get(k) for k in kids_of[parent]]
            _take_children(view, parent, [c for c in kids if c is not None and not c.get("data", c).get("deleted")
                                          and c.get("data", c).get("parentItem") == parent])
        self._children_one_by_one(view, [p for p in parents if p not in index.entries])

    def reread(self, keys: list[str]) -> None:
        """Objects whose update was refused as stale or missing: read them again."""
        found = self.client.get_items(keys)
        for obj in found:
            self.fresh[obj["key"]] = obj
        self._gone |= set(keys) - {o["key"] for o in found}
        view = LibraryView(version=self.rows.version or 0)
        self._learn(view, found)
        self._gone |= view.gone


def _take_children(view: LibraryView, parent: str, kids: list[dict[str, Any]]) -> None:
    """A parent's children as read: all of them (PDFs, comment notes: :mod:`..decide.children`)
    and its notes apart (the summary notes are matched among those)."""
    view.child_items[parent] = kids
    view.children[parent] = [c for c in kids if c.get("data", c).get("itemType") == "note"]
