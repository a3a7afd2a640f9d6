"""The pull plan's vocabulary: what a pull does to each digest (field changes, new
entries, removals) and what the state holds afterwards, and :class:`PlanBuilder`,
which the deciding functions (:mod:`.pull_decisions`, :mod:`.zotero_edits`,
:mod:`.collection_changes`) fill in.  Pure: no I/O.
"""


from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...digest import Digest
from ...model import Entry, Paper
from ...state import ItemRow, LibraryRows, NoteId
from ..read.library_changes import LibraryChanges
from .desired import digest_id


@dataclass
class FieldChange:
    entry: Entry
    fields: dict[str, Any]
    why: str


@dataclass
class NewEntry:
    paper: Paper
    section: list[str] | None
    item_key: str


@dataclass
class Removal:
    """An entry ``pull --prune`` takes out of its digest, and why (for the report)."""

    entry: Entry
    entry_id: NoteId
    why: str


@dataclass
class DigestPlan:
    digest: Digest
    changes: list[FieldChange] = field(default_factory=list)
    appends: list[NewEntry] = field(default_factory=list)
    removals: list[Removal] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.changes or self.appends or self.removals)


@dataclass
class PullPlan:
    digests: list[DigestPlan] = field(default_factory=list)
    #: Trashed or deleted objects, and edits that have no place in a digest.
    notices: list[str] = field(default_factory=list)
    #: Note rows whose remote version moved: recorded after the digest is written.
    note_versions: dict[NoteId, int] = field(default_factory=dict)
    #: Notes whose text was taken into the digest: their base is renewed (the digest's new rendering).
    pulled_notes: set[NoteId] = field(default_factory=set)
    #: Item rows with their new versions (and task tags we now own).
    items: list[ItemRow] = field(default_factory=list)
    #: Collection rows whose collection was deleted in Zotero: forgotten, so the next
    #: push makes the collection again instead of writing to a key that is gone.
    forget_collections: set[tuple[str, ...]] = field(default_factory=set)


#: Where an entry is listed: (digest id, entry).
Listing = tuple[str, Entry]


def entry_ids(digest: Digest) -> dict[NoteId, Entry]:
    """Each entry under the id push gives its note (digest path, identity, occurrence)."""
    out: dict[NoteId, Entry] = {}
    seen: dict[str, int] = {}
    path = digest_id(digest.path)
    for entry in digest.entries:
        identity = entry.paper.identity
        n = seen.get(identity, 0)
        seen[identity] = n + 1
        out[(path, identity, n)] = entry
    return out


def entry_label(entry_id: NoteId) -> str:
    return Path(entry_id[0]).name


def data_of(obj: dict[str, Any]) -> dict[str, Any]:
    """An object's fields, whether the API gave the envelope or the data alone."""
    data: dict[str, Any] = obj.get("data", obj)
    return data


class PlanBuilder:
    """A pull plan being made: field changes proposed per entry (merged, so an entry
    changed for two reasons is spliced once), removals, notices."""

    def __init__(self, digests: list[Digest], rows: LibraryRows, *, prune: bool) -> None:
        self.plan = PullPlan(digests=[DigestPlan(d) for d in digests])
        self.rows = rows
        self.prune = prune
        self.ids = {digest_id(d.path): entry_ids(d) for d in digests}
        self._plans = {digest_id(p.digest.path): p for p in self.plan.digests}
        self._eid_of = {id(e): eid for entries in self.ids.values() for eid, e in entries.items()}
        self._pending: dict[int, dict[str, Any]] = {}  # id(entry) -> fields, merged per entry
        self._whys: dict[int, list[str]] = {}
        self._where: dict[int, tuple[DigestPlan, Entry]] = {}
        self._removed: set[int] = set()
        #: Identity -> where each paper is listed.
        self.listed: dict[str, list[Listing]] = {}
        for dkey, entries in self.ids.items():
            for entry in entries.values():
                self.listed.setdefault(entry.paper.identity, []).append((dkey, entry))

    def notice(self, text: str) -> None:
        self.plan.notices.append(text)

    def propose(self, digest_key: str, entry: Entry, fields: dict[str, Any], why: str) -> None:
        self._where[id(entry)] = (self._plans[digest_key], entry)
        self._pending.setdefault(id(entry), {}).update(fields)
        self._whys.setdefault(id(entry), []).append(why)

    def remove(self, digest_key: str, entry: Entry, why: str) -> None:
        if id(entry) not in self._removed:
            self._removed.add(id(entry))
            self._plans[digest_key].removals.append(Removal(entry, self._eid_of[id(entry)], why))

    def gone(self, where: list[Listing], what: str, why: str) -> None:
        """A paper trashed or deleted in Zotero: its entries go with ``prune``, else a notice."""
        for dkey, entry in where:
            if self.prune:
                self.remove(dkey, entry, why)
            else:
                self.notice(f"{Path(dkey).name}: '{entry.paper.title}' {what}; the digest keeps it "
                            "(run pull --prune to remove it from the digest)")

    def finish(self) -> None:
        """The proposed field changes, less those of entries that go."""
        for ident, fields in self._pending.items():
            if ident in self._removed:
                continue  # the entry goes: nothing of it is rewritten
            digest_plan, entry = self._where[ident]
            digest_plan.changes.append(FieldChange(entry, fields, "; ".join(dict.fromkeys(self._whys[ident]))))


def item_gone(key: str, changes: LibraryChanges) -> bool:
    """The item was trashed or deleted for good (its notes need no notice of their own)."""
    obj = changes.objects.get(key)
    return key in changes.deleted or (obj is not None and bool(data_of(obj).get("deleted")))
