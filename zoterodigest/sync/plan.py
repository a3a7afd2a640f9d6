"""The push plan: what to write, computed from what the digests want, what the
state remembers of the last push, and what was read of the library (pure).

Rules (after vdirsyncer's status-table sync, cut down to one writing side):

* An object whose hash equals the state's is left alone: no read, no write.
* A paper without a state row is first looked for in the library by identity
  (arXiv id, DOI, normalised title) and *adopted*: its empty fields filled,
  our tags and collections added, nothing a user wrote overwritten.  Only a
  paper not found is created.  So a lost state never makes a twin.
* A changed paper is merged three ways: a field is replaced only when it is
  empty in Zotero or still holds the value we wrote last (the state's
  ``sent``); tags and collections we added and no longer want are taken away,
  others are kept.
* A note is matched to its entry by the state; without a row, among the
  parent's notes by meaning, then by heading (paper, digest, section).  A
  changed summary updates its note (version-checked) unless someone edited
  the note in Zotero since: then nothing is written, both texts stay where
  they are, and the conflict is reported (never a second note).

When the plan needs something not read yet (the library's items for
adoption, an item's current JSON, a parent's notes) it says so in
``needs_*`` and the engine reads it and plans again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import zotero as zi
from ..state import ItemRow, NoteId, NoteRow, PushRows
from ..zotero.client import new_key as random_key
from .desired import Desired, DesiredPaper, meaning_hash, note_heading
from .note_fields import UNKNOWN, note_parts, sync_info, token, unknown_where_different

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
    #: Keys of the library's top-level items (not trashed), when read.
    top_keys: set[str] | None = None
    #: Collection path -> key, when the collections were read.
    collections: dict[tuple[str, ...], str] | None = None
    #: Keys known to be deleted or trashed.
    gone: set[str] = field(default_factory=set)
    #: Parent key -> its child notes, for the parents whose notes were read.
    children: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: Every note of the library, when read (a lost state's notes moved to other items).
    all_notes: list[dict[str, Any]] | None = None


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
    needs_scan: bool = False
    needs_items: set[str] = field(default_factory=set)
    needs_children: set[str] = field(default_factory=set)
    needs_all_notes: bool = False
    #: Rows the view proved stale (their objects are gone).
    forget_items: set[str] = field(default_factory=set)
    forget_notes: set[NoteId] = field(default_factory=set)
    forget_collections: set[tuple[str, ...]] = field(default_factory=set)

    @property
    def complete(self) -> bool:
        return not (self.needs_scan or self.needs_items or self.needs_children or self.needs_all_notes)

    def collection_writes(self) -> list[tuple[CollectionAction, dict[str, Any]]]:
        return [(a, a.object) for a in self.collections if a.object is not None]

    def item_writes(self) -> list[tuple[ItemAction | NoteAction, dict[str, Any]]]:
        """Items, each followed by its notes (the server takes a note right after a
        parent created in the same batch), then notes of untouched parents."""
        notes_of: dict[str, list[NoteAction]] = {}
        for n in self.notes:
            if n.object is not None:
                notes_of.setdefault(n.parent, []).append(n)
        out: list[tuple[ItemAction | NoteAction, dict[str, Any]]] = []
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


# --- merging ------------------------------------------------------------------------------------


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == [] or value == {}


def retype_allowed(data: dict[str, Any], sent: dict[str, Any], new_type: str | None) -> bool:
    """Whether an item may change to ``new_type`` (a preprint upgraded to a published paper)
    by the three-way rule: we made it as it is (every field we sent is one of its type,
    so nobody changed the type since) and every field the change drops still holds what
    we wrote (nobody edited it).  Adopted items (nothing sent) keep their type."""
    old_type = data.get("itemType", "")
    if not new_type or new_type == old_type or old_type not in zi.FIELDS or new_type not in zi.FIELDS:
        return False
    fields = {k for k in sent if k not in ("tags", "collections", "creators")}
    if not fields or not fields <= zi.FIELDS[old_type]:
        return False
    dropped = [k for k, v in data.items() if k in zi.FIELDS[old_type] - zi.FIELDS[new_type] and not _empty(v)]
    return all(sent.get(k) == data[k] for k in dropped)


def merge_patch(existing: dict[str, Any], sent: dict[str, Any], desired: dict[str, Any]) -> tuple[dict, dict]:
    """The PATCH taking ``existing`` toward ``desired`` without overwriting a user's
    value, and the new ``sent`` (the values we own after it).

    With an empty ``sent`` (adoption) this is :func:`zoterodigest.zotero.items.fill_empty`:
    empty fields filled, tags and collections added.  With the values we wrote
    last, those still unchanged in Zotero may be replaced, and tags or
    collections we added and no longer want are removed.
    """
    data = existing.get("data", existing)
    patch: dict[str, Any] = {}
    item_type = data.get("itemType", "")
    if retype_allowed(data, sent, desired.get("itemType")):
        item_type = patch["itemType"] = desired["itemType"]  # a preprint we made, now published
    allowed = zi.FIELDS.get(item_type, zi.UNIVERSAL_FIELDS)
    owned: dict[str, Any] = {}
    for name, value in desired.items():
        if name in ("itemType", "tags", "collections", "relations", "key", "version"):
            continue
        if name != "creators" and name not in allowed:
            continue
        if _empty(value):
            continue
        have = data.get(name)
        if _empty(have) or (name in sent and have == sent[name]):
            if have != value:
                patch[name] = value
            owned[name] = value
    if not data.get("parentItem"):
        for name in ("tags", "collections"):
            names = (lambda t: t.get("tag")) if name == "tags" else (lambda c: c)
            have = list(data.get(name) or [])
            want = list(desired.get(name) or [])
            want_names = {names(v) for v in want}
            ours_before = set(sent.get(name) or [])
            kept = [v for v in have if not (names(v) in ours_before and names(v) not in want_names)]
            have_names = {names(v) for v in kept}
            result = kept + [v for v in want if names(v) not in have_names]
            if [names(v) for v in result] != [names(v) for v in have]:
                patch[name] = result
            owned[name] = sorted(want_names)
    if patch:
        key = existing.get("key") or data.get("key")
        patch = {"key": key, "version": existing.get("version", data.get("version", 0)), **patch}
    return patch, owned


def owned_fields(item: dict[str, Any]) -> dict[str, Any]:
    """What we own of an item we created: every value we sent."""
    owned = {k: v for k, v in item.items() if k not in ("itemType", "tags", "collections", "relations", "key",
                                                        "version") and not _empty(v)}
    owned["tags"] = sorted(t["tag"] for t in item.get("tags") or [])
    owned["collections"] = sorted(item.get("collections") or [])
    return owned


# --- the plan -----------------------------------------------------------------------------------


def make_plan(
    desired: Desired, rows: PushRows, view: LibraryView, *, new_key: Callable[[], str] = random_key,
    keep_found: bool = False, rebuilding: bool = False,
) -> Plan:
    """Actions taking the library to what ``desired`` says (see the module docstring).

    ``keep_found``: a note of ours found without a row (the state was lost) whose
    text differs from the digest's is adopted as it is, not updated: sync then
    sees each differing field as changed on both sides (no base) -- a conflict
    that keeps both -- instead of push's text silently replacing Zotero's.
    ``rebuilding``: the state was lost, so notes moved to other items and notes of a
    renamed digest are looked for in the whole library (one read of every note)."""
    plan = Plan()
    keys = _plan_collections(desired, rows, view, plan, new_key)
    if plan.needs_scan:
        return plan
    parents = _plan_items(desired, rows, view, plan, keys, new_key)
    if plan.needs_scan:
        return plan
    _plan_notes(desired, rows, view, plan, parents, new_key, keep_found=keep_found, rebuilding=rebuilding)
    return plan


def _plan_collections(desired: Desired, rows: PushRows, view: LibraryView, plan: Plan,
                      new_key: Callable[[], str]) -> dict[tuple[str, ...], str]:
    keys: dict[tuple[str, ...], str] = {}
    existing_keys = set(view.collections.values()) if view.collections is not None else None
    for path in desired.collections:
        key = rows.collections.get(path)
        if key and (key in view.gone or (existing_keys is not None and key not in existing_keys)):
            plan.forget_collections.add(path)
            key = None
        if key:
            keys[path] = key
            continue
        if view.collections is None:
            plan.needs_scan = True
            continue
        found = view.collections.get(path)
        if found:
            plan.collections.append(CollectionAction(path, found))
            keys[path] = found
            continue
        key = new_key()
        parent = keys.get(path[:-1]) if len(path) > 1 else None
        obj = {"key": key, "version": 0, **zi.collection_item(zi.PlannedCollection(path), parent)}
        plan.collections.append(CollectionAction(path, key, obj))
        keys[path] = key
    return keys


def _valid_item_row(row: ItemRow | None, view: LibraryView) -> bool:
    if row is None or row.key in view.gone:
        return False
    return view.top_keys is None or row.key in view.top_keys


def _plan_items(desired: Desired, rows: PushRows, view: LibraryView, plan: Plan,
                collections: dict[tuple[str, ...], str], new_key: Callable[[], str]) -> dict[str, tuple[str, bool]]:
    """Plans every paper; returns identity -> (item key, created in this push)."""
    parents: dict[str, tuple[str, bool]] = {}
    claimed = {r.key for r in rows.items.values() if _valid_item_row(r, view)}
    written: set[str] = set()
    # A collection made anew (ours was deleted in Zotero) must get its members back.
    remade = {c.path for c in plan.collections if c.object is not None}
    for paper in desired.papers:
        item = {**paper.item, "collections": [collections[p] for p in paper.collection_paths if p in collections]}
        row = rows.items.get(paper.identity)
        if row is not None and not _valid_item_row(row, view):
            plan.forget_items.add(paper.identity)
            row = None
        if row is not None:
            parents[paper.identity] = (row.key, False)
            if row.sent_hash == paper.sent_hash and not remade.intersection(paper.collection_paths):
                plan.items.append(ItemAction(paper, "unchanged", row.key, None, row))
                continue
            remote = view.items.get(row.key)
            if remote is None:
                plan.needs_items.add(row.key)
                continue
            patch, owned = merge_patch(remote, row.sent, item)
            version = int(remote.get("version", row.version))
            new_row = ItemRow(paper.identity, row.key, version, paper.sent_hash, owned)
            plan.items.append(ItemAction(paper, "update" if patch else "unchanged", row.key, patch or None, new_row))
            written.add(row.key)
            continue
        if view.index is None:
            plan.needs_scan = True
            continue
        existing = zi.find_existing(paper.paper, view.index)
        if existing is not None and not _may_be_same(paper, existing):
            existing = None
        if existing is not None:
            key = existing.get("key") or existing["data"]["key"]
            data = existing.get("data", existing)
            version = int(existing.get("version", data.get("version", 0)))
            patch, owned = _adoption_patch(existing, item, paper)
            if key in written or (key in claimed and patch):
                patch = {}  # two identities found one item: the first one writes it
            theirs = data.get("citationKey") or None
            action = ItemAction(paper, "adopt", key, patch or None,
                                ItemRow(paper.identity, key, version, paper.sent_hash, owned),
                                zotero_citation_key=theirs if theirs and theirs != paper.citation_key else None)
            plan.items.append(action)
            parents[paper.identity] = (key, False)
            written.add(key)
            claimed.add(key)
            continue
        key = new_key()
        obj = {"key": key, "version": 0, **item}
        plan.items.append(ItemAction(paper, "create", key, obj,
                                     ItemRow(paper.identity, key, 0, paper.sent_hash, owned_fields(item))))
        parents[paper.identity] = (key, True)
    return parents


def _adoption_patch(existing: dict[str, Any], item: dict[str, Any], paper: DesiredPaper) -> tuple[dict, dict]:
    """:func:`merge_patch` for an item found by identity.  An item holds one task: when
    it has a task tag of its own (renamed in Zotero while the state was lost), ours is
    not added beside it but still counted as sent, so sync reads the rename as
    Zotero's value of the task instead of undoing it."""
    pattern = paper.task_pattern
    if pattern is None:
        return merge_patch(existing, {}, item)
    tags = existing.get("data", existing).get("tags") or []
    theirs = {t.get("tag", "") for t in tags if pattern.match(t.get("tag", ""))}
    ours = {t["tag"] for t in item.get("tags") or [] if pattern.match(t["tag"])}
    if not theirs or not ours or theirs & ours:
        return merge_patch(existing, {}, item)
    patch, owned = merge_patch(existing, {}, {**item, "tags": [t for t in item["tags"] if t["tag"] not in ours]})
    owned["tags"] = sorted(set(owned.get("tags") or []) | ours)
    return patch, owned


def _may_be_same(paper: DesiredPaper, existing: dict[str, Any]) -> bool:
    """False when a title match is contradicted by ids: the item names another arXiv
    id or DOI than the paper (two papers may share a title, never an id)."""
    theirs = zi.identity_keys(existing)
    ours = zi.paper_identity_keys(paper.paper)
    if theirs & {k for k in ours if not k.startswith("title:")}:
        return True
    for prefix in ("arxiv:", "doi:"):
        a = {k for k in theirs if k.startswith(prefix)}
        b = {k for k in ours if k.startswith(prefix)}
        if a and b and not a & b:
            return False
    return True


def _plan_notes(desired: Desired, rows: PushRows, view: LibraryView, plan: Plan,
                parents: dict[str, tuple[str, bool]], new_key: Callable[[], str], *, keep_found: bool = False,
                rebuilding: bool = False) -> None:
    child_keys = {p: {c.get("key") for c in kids} for p, kids in view.children.items()}
    valid: dict[NoteId, NoteRow] = {}
    for entry, row in rows.notes.items():
        if row.key in view.gone or (row.parent_key in child_keys and row.key not in child_keys[row.parent_key]):
            continue
        valid[entry] = row
    claimed = {r.key for r in valid.values()}
    unmatched = []
    for note in desired.notes:
        if note.parent not in parents:
            continue  # its paper waits for a read
        parent_key, created = parents[note.parent]
        row = valid.get(note.entry)  # a note moved to another item in Zotero keeps its row
        if row is None and note.entry in rows.notes:
            plan.forget_notes.add(note.entry)
        if row is not None:
            plan.notes.append(_planned_note_update(note, row, view, new_key))
        elif created:
            plan.notes.append(_note_create(note, parent_key, new_key))
        elif parent_key not in view.children:
            plan.needs_children.add(parent_key)
        else:
            unmatched.append((note, parent_key))
    chosen = _match_notes(unmatched, view, claimed, plan, rebuilding=rebuilding)
    if chosen is None:
        return
    _plan_found_notes(unmatched, chosen, plan, new_key, keep_found=keep_found)


def _match_notes(unmatched: list[tuple[Any, str]], view: LibraryView, claimed: set[str], plan: Plan, *,
                 rebuilding: bool) -> dict[int, dict[str, Any]] | None:
    """Notes of existing parents without a row: by meaning first, then by heading, then
    by summary (a note whose heading was removed in Zotero); with the state lost, a
    note moved to another item is looked for in the whole library by heading (None:
    those notes must be read first)."""
    chosen: dict[int, dict[str, Any]] = {}
    # ... then a note naming a digest file gone from this digest's folder (renamed since:
    # with the state lost, or on another machine that still has the old name).
    tests = [lambda n, c: meaning_hash(_note_text(c)) == n.meaning_hash,
             lambda n, c: note_heading(_note_text(c)) == n.heading and bool(n.heading),
             lambda n, c: _same_summary(n.html, _note_text(c)),
             lambda n, c: _heading_of_renamed_digest(n, _note_text(c))]
    for test in tests:
        for i, (note, parent_key) in enumerate(unmatched):
            if i in chosen:
                continue
            for candidate in sorted(view.children[parent_key], key=_added_order):
                if candidate.get("key") not in claimed and test(note, candidate):
                    chosen[i] = candidate
                    claimed.add(candidate["key"])
                    break
    if rebuilding and any(i not in chosen for i in range(len(unmatched))):
        if view.all_notes is None:
            plan.needs_all_notes = True
            return None
        for i, (note, _) in enumerate(unmatched):
            for candidate in sorted(view.all_notes, key=_added_order):
                if i not in chosen and candidate.get("key") not in claimed and note.heading \
                        and (note_heading(_note_text(candidate)) == note.heading
                             or _heading_of_renamed_digest(note, _note_text(candidate))):
                    chosen[i] = candidate
                    claimed.add(candidate["key"])
    return chosen


def _plan_found_notes(unmatched: list[tuple[Any, str]], chosen: dict[int, dict[str, Any]], plan: Plan,
                      new_key: Callable[[], str], *, keep_found: bool) -> None:
    """A note for each entry without a row: the one found (adopted, or updated unless
    ``keep_found``), else a new one."""
    for i, (note, parent_key) in enumerate(unmatched):
        found = chosen.get(i)
        if found is None:
            plan.notes.append(_note_create(note, parent_key, new_key))
            continue
        parent_key = found.get("data", found).get("parentItem") or parent_key
        version = int(found.get("version", 0))
        row = NoteRow(note.entry, parent_key, found["key"], version, note.meaning_hash,
                      sync_info(note.html, seen=_note_text(found)))
        if meaning_hash(_note_text(found)) == note.meaning_hash:
            plan.notes.append(NoteAction(note.entry, note.parent, "adopt", found["key"], None, row))
        elif keep_found:
            text = _note_text(found)
            row = NoteRow(note.entry, parent_key, found["key"], version, meaning_hash(text),
                          sync_info(note.html, seen=text, base=unknown_where_different(note.html, text)))
            plan.notes.append(NoteAction(note.entry, note.parent, "adopt", found["key"], None, row))
        else:
            obj = {"key": found["key"], "version": version, "note": note.html}
            plan.notes.append(NoteAction(note.entry, note.parent, "update", found["key"], obj, row))


_FROM = re.compile(r"(<p>From<em>)(.*?)(</em>)")


def _heading_of_renamed_digest(note: Any, theirs: str) -> bool:
    """``theirs`` has our note's heading (paper, section) but names another digest file,
    one that no longer exists beside ours: the digest was renamed, this is its note."""
    heading = note_heading(theirs)
    m = _FROM.search(heading)
    if not note.heading or m is None or m[2] == Path(note.entry[0]).name:
        return False
    if (Path(note.entry[0]).parent / m[2]).exists():
        return False  # that digest is still there: its note, not ours
    return _FROM.sub(lambda x: x[1] + Path(note.entry[0]).name + x[3], heading, count=1) == note.heading


def _same_summary(ours: str, theirs: str) -> bool:
    """Two notes hold the same non-empty summary (whatever their headings say)."""
    a, b = note_parts(ours)["summary"], note_parts(theirs)["summary"]
    return bool(a) and token("summary", a) == token("summary", b)


def _note_text(note: dict[str, Any]) -> str:
    return note.get("data", note).get("note", "") or ""


def _added_order(note: dict[str, Any]) -> tuple[str, str]:
    return (note.get("data", note).get("dateAdded", ""), note.get("key", ""))


def _note_create(note: Any, parent_key: str, new_key: Callable[[], str]) -> NoteAction:
    key = new_key()
    obj = {"key": key, "version": 0, **zi.note_item(parent_key, note.html)}
    return NoteAction(note.entry, note.parent, "create", key, obj,
                      NoteRow(note.entry, parent_key, key, 0, note.meaning_hash, sync_info(note.html)))


def _planned_note_update(note: Any, row: NoteRow, view: LibraryView, new_key: Callable[[], str]) -> NoteAction:
    if row.meaning_hash == note.meaning_hash:
        return NoteAction(note.entry, note.parent, "unchanged", row.key, None, row)
    if UNKNOWN in (row.sync.get("base") or {}).values():
        # Adopted without knowing what both sides agreed on (the state was lost): only a
        # three-way decision (sync, push through the Web API) may write over it.
        return NoteAction(note.entry, note.parent, "unchanged", row.key, None, row, conflict=True)
    remote = view.items.get(row.key)
    if remote is not None and meaning_hash(_note_text(remote)) == note.meaning_hash:
        # Zotero already holds this text: our earlier write landed although its
        # answer was lost (a dropped connection), or the user typed the same.
        landed = NoteRow(note.entry, row.parent_key, row.key, int(remote.get("version", row.version)),
                         note.meaning_hash, sync_info(note.html, seen=_note_text(remote)))
        return NoteAction(note.entry, note.parent, "unchanged", row.key, None, landed)
    if remote is not None and meaning_hash(_note_text(remote)) != row.meaning_hash:
        # Edited in Zotero since the base (by a user, or another machine after this
        # run read the library): nothing is written and no second note made; both
        # texts stay where they are and the conflict is reported.
        return NoteAction(note.entry, note.parent, "unchanged", row.key, None, row, conflict=True)
    version = int(remote.get("version", row.version)) if remote is not None else row.version
    obj = {"key": row.key, "version": version, "note": note.html}
    return NoteAction(note.entry, note.parent, "update", row.key, obj,
                      NoteRow(note.entry, row.parent_key, row.key, version, note.meaning_hash, sync_info(note.html)))
