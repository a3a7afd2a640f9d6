"""Reading Zotero's side for pull and sync: what changed in the library since the
digests were last pulled (the Web API's download sync, section 2 of
docs/zotero-web-api.md).

Reads: one ``since=V&format=versions`` read (a 304 means nothing changed),
``/deleted?since=V``, and the changed objects 50 keys at a time; all again when
the library moved during those reads (bounded).  ``V`` is the library version
each digest was last pulled at (``zotero_pulls`` in the state), never later
than the last push: a push of *another* digest moves the library's version past
edits this digest has not taken yet.  A digest never pulled has its notes and
items read once whatever their version (compared by meaning, so nothing changes
when nobody edited them).  ``pull --local`` reads by content instead
(:mod:`..pull_local`).
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Any

from ...digest import Digest
from ...state import LibraryRows, State
from ...zotero.client import ZoteroClient
from ...zotero.errors import ZoteroUnavailable
from ..decide.desired import digest_id

#: Rounds of reading before giving up on a library that keeps changing.
MAX_READ_ROUNDS = 3


@dataclass
class LibraryChanges:
    """What changed in the library after ``since``: full JSON of the changed objects
    (trashed included) and the keys deleted for good."""

    since: int
    version: int
    objects: dict[str, dict[str, Any]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    #: Collection keys deleted for good (a digest's collection or section sub-collection).
    deleted_collections: set[str] = field(default_factory=set)


@dataclass
class ContentSource:
    """Zotero's side read by content (``pull --local``): the state rows used
    (``library``), and ``read``, which gives every tracked object for these digests
    given the rows, adding its notices to the list it is given."""

    library: str
    read: Callable[[LibraryRows, list[Digest], list[str]], LibraryChanges]


def read_changes(client: ZoteroClient, since: int, always: Collection[str] = frozenset()) -> LibraryChanges | None:
    """The download sync: versions since, deletions, changed objects (by 50); again
    when the library moved meanwhile.  None: nothing changed (one 304).

    ``always``: keys to read whatever their version (the notes and items of a
    digest never pulled: compared by meaning once, since a push of another
    digest may have moved the library's version past their edits)."""
    for _ in range(MAX_READ_ROUNDS):
        if always:
            versions = client.items_since(0)
        else:
            found = client.items_changed_since(since)
            if found is None:
                return None
            versions = found
        version = client.last_modified_version or since
        deleted = client.deleted_since(since)
        wanted = sorted(k for k, v in versions.items() if int(v) > since or k in always)
        objects = {o["key"]: o for o in client.get_items(wanted)} if wanted else {}
        after = client.last_modified_version or version
        if after == version:
            return LibraryChanges(since, version, objects, set(deleted.get("items") or []),
                                  set(deleted.get("collections") or []))
    raise ZoteroUnavailable("the Zotero library kept changing while it was read: run pull again")


def listed_items(rows: LibraryRows, digests: list[Digest]) -> set[str]:
    """Keys of the items of every paper the digests list.  ``--prune`` reads them
    whatever their version: a paper trashed (or taken out of its collection)
    before an earlier pull, which only reported it, is still found."""
    identities = {e.paper.identity for d in digests for e in d.entries}
    return {r.key for r in rows.items.values() if r.identity in identities}


def changes_since_pulled(client: ZoteroClient, state: State, library: str, rows: LibraryRows, digests: list[Digest],
                         *, prune: bool = False) -> LibraryChanges | None:
    """What changed since each digest was last pulled; a digest never pulled has its
    notes and items read whatever their version; with ``prune`` every listed
    paper's item too (one missing is taken as deleted).  None: nothing changed."""
    assert rows.version is not None
    pulled = state.pull_versions(library)
    names = [digest_id(d.path) for d in digests]
    since = min([rows.version] + [pulled[n] for n in names if n in pulled])
    fresh = {n for n in names if n not in pulled}
    always = {r.key for r in rows.notes.values() if r.entry[0] in fresh}
    identities = {e.paper.identity for d in digests if digest_id(d.path) in fresh for e in d.entries}
    always |= {r.key for r in rows.items.values() if r.identity in identities}
    listed = listed_items(rows, digests) if prune else set()
    changes = read_changes(client, since, always | listed)
    if changes is not None:
        changes.deleted |= listed - set(changes.objects)  # listed, but no longer in the library
    return changes


def with_open_conflicts(client: ZoteroClient, state: State, library: str, rows: LibraryRows, names: list[str],
                        changes: LibraryChanges, also: Collection[str] = ()) -> LibraryChanges:
    """``changes`` plus the notes of conflicts left open by an earlier sync, and their
    items (a task conflict's Zotero side is the item's renamed task tag), read
    whatever their version so the conflict is decided again; and the objects ``also``
    (notes whose rows have no base per field yet: :mod:`..decide.note_base`)."""
    open_rows = [c for c in state.sync_conflicts(library) if c.entry[0] in names]
    open_keys = {c.note_key for c in open_rows} | set(also)
    open_keys |= {rows.notes[c.entry].parent_key for c in open_rows if c.entry in rows.notes}
    missing = sorted(open_keys - set(changes.objects))
    if missing:
        for obj in client.get_items(missing):
            changes.objects[obj["key"]] = obj
    return changes
