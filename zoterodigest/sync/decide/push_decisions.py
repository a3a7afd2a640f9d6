"""Deciding a push: what to write, computed from what the digests want, what the
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
* Notes: see :mod:`.push_notes`; item patches: :mod:`.item_patch`; PDFs and
  arXiv comment notes: :mod:`.children`.

When the plan needs something not read yet (the library's items for
adoption, an item's current JSON, a parent's notes) it says so in
``needs_*`` and the reader (:mod:`..read.push_reads`) reads it and plans again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ... import zotero as zi
from ...state import ItemRow, LibraryRows
from ...zotero.client import new_key as random_key
from .children import TRASHED, plan_children
from .desired import Desired, DesiredPaper
from .item_patch import MEMBERS, adoption_patch, may_be_same, merge_patch, owned_fields
from .plan import CollectionAction, ItemAction, LibraryView, Plan
from .push_notes import plan_notes


def make_plan(
    desired: Desired, rows: LibraryRows, view: LibraryView, *, new_key: Callable[[], str] = random_key,
    keep_found: bool = False, rebuilding: bool = False, accessed: str | None = None,
) -> Plan:
    """Actions taking the library to what ``desired`` says (see the module docstring).

    ``keep_found``: a note of ours found without a row (the state was lost) whose
    text differs from the digest's is adopted as it is, not updated: sync then
    sees each differing field as changed on both sides (no base) -- a conflict
    that keeps both -- instead of push's text silently replacing Zotero's.
    ``rebuilding``: the state was lost, so notes moved to other items and notes of a
    renamed digest are looked for in the whole library (one read of every note).
    ``accessed``: the ``accessDate`` a created item with a URL gets (ISO 8601, as Zotero's
    translators set it when they save a page); never sent again, never compared."""
    plan = Plan()
    keys = _plan_collections(desired, rows, view, plan, new_key)
    if _waits_for_scan(plan):
        return plan
    parents = _plan_items(desired, rows, view, plan, keys, new_key, accessed)
    if _waits_for_scan(plan):
        return plan
    plan_notes(desired, rows, view, plan, parents, new_key, keep_found=keep_found, rebuilding=rebuilding)
    created = {identity for identity, (_, new) in parents.items() if new}
    plan.children, needs = plan_children(plan.items, rows.items, view, created, new_key)
    plan.needs_children |= needs
    return plan


def _waits_for_scan(plan: Plan) -> bool:
    """The library's items and collections must be read before planning further."""
    return plan.needs_scan


def _plan_collections(desired: Desired, rows: LibraryRows, view: LibraryView, plan: Plan,
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


def in_trash(row: ItemRow, view: LibraryView) -> bool:
    """Is the paper's item in Zotero's trash?  Read so in this run, or marked so by an
    earlier one and not read back out of it since (a restore moves its version, so the
    next read of what changed finds it)."""
    if row.key in view.trashed:
        return True
    if not row.sent.get(TRASHED):
        return False
    obj = view.items.get(row.key)
    if obj is not None:
        return bool(obj.get("data", obj).get("deleted"))
    return view.top_keys is None or row.key not in view.top_keys


def with_trash_mark(row: ItemRow, trashed: bool) -> ItemRow:
    sent = {k: v for k, v in row.sent.items() if k != TRASHED}
    return replace(row, sent={**sent, TRASHED: True} if trashed else sent)


def _row_for(paper: DesiredPaper, rows: LibraryRows, view: LibraryView, plan: Plan) -> tuple[ItemRow | None, bool]:
    """The row to plan ``paper`` from (None: its item is to be found or made), and
    whether its item is in Zotero's trash (the user's decision: it stays there, nothing
    is written for it and it is never made again)."""
    row = rows.items.get(paper.identity)
    if row is None:
        return None, False
    if in_trash(row, view):
        plan.trashed.append(with_trash_mark(row, True))
        return None, True
    if TRASHED in row.sent:
        row = with_trash_mark(row, False)  # restored from the trash
    if not _valid_item_row(row, view):
        plan.forget_items.add(paper.identity)
        return None, False
    return row, False


def others_memberships(item: dict[str, Any], row: ItemRow, pushed: set[str],
                       keys: dict[tuple[str, ...], str]) -> dict[str, Any]:
    """``item`` with the tags and collections the digests *not* pushed in this run gave
    it when they were last pushed (recorded in the row): a push of some digests
    changes only their memberships of a shared paper."""
    others = {d: m for d, m in (row.sent.get(MEMBERS) or {}).items() if d not in pushed}
    if not others:
        return item
    tags = list(item.get("tags") or [])
    collections = list(item.get("collections") or [])
    for member in others.values():
        tags += [{"tag": t} for t in member.get("tags") or [] if all(x["tag"] != t for x in tags)]
        found = [keys.get(tuple(p)) for p in member.get("collections") or []]
        collections += [k for k in found if k is not None and k not in collections]
    return {**item, "tags": tags, "collections": collections}


def with_members(sent: dict[str, Any], row: ItemRow, paper: DesiredPaper, pushed: set[str], *,
                 before: ItemRow | None = None) -> ItemRow:
    """``row`` whose ``sent`` (``sent``, plus the memberships of ``before``'s other
    digests) records each digest's memberships, this run's digests as ``paper`` has
    them now."""
    earlier = (before or row).sent.get(MEMBERS) or {}
    members = {**{d: m for d, m in earlier.items() if d not in pushed}, **paper.members}
    if sent.get(MEMBERS) == members and sent is row.sent:
        return row
    return replace(row, sent={**sent, MEMBERS: members})


def _existing(paper: DesiredPaper, view: LibraryView, plan: Plan) -> tuple[dict[str, Any] | None, bool]:
    """The library's item for a paper without a row (None: none found), and whether the
    one found is in Zotero's trash (:func:`_found_in_trash`)."""
    assert view.index is not None
    existing = zi.find_existing(paper.paper, view.index)
    if existing is not None and not may_be_same(paper, existing):
        existing = None
    if existing is None and _found_in_trash(paper, view, plan):
        return None, True
    return existing, False


def _found_in_trash(paper: DesiredPaper, view: LibraryView, plan: Plan) -> bool:
    """The paper's item is in Zotero's trash (found by identity: a lost state, another
    machine's push): the user's decision, so it is recorded as trashed, never made again."""
    trashed = zi.find_existing(paper.paper, view.trash_index)
    if trashed is None or not may_be_same(paper, trashed):
        return False
    key = trashed.get("key") or trashed["data"]["key"]
    version = int(trashed.get("version", trashed.get("data", trashed).get("version", 0)))
    plan.trashed.append(with_trash_mark(ItemRow(paper.identity, key, version, "", {}), True))
    return True


def _valid_item_row(row: ItemRow | None, view: LibraryView) -> bool:
    if row is None or row.key in view.gone:
        return False
    return view.top_keys is None or row.key in view.top_keys


def _new_item(key: str, item: dict[str, Any], accessed: str | None) -> dict[str, Any]:
    """A created item's JSON: with an ``accessDate`` when it has a URL (never compared later)."""
    obj = {"key": key, "version": 0, **item}
    if accessed and item.get("url"):
        obj["accessDate"] = accessed
    return obj


def _plan_items(desired: Desired, rows: LibraryRows, view: LibraryView, plan: Plan,
                collections: dict[tuple[str, ...], str], new_key: Callable[[], str],
                accessed: str | None = None) -> dict[str, tuple[str, bool]]:
    """Plans every paper; returns identity -> (item key, created in this push)."""
    parents: dict[str, tuple[str, bool]] = {}
    claimed = {r.key for r in rows.items.values() if _valid_item_row(r, view)}
    written: set[str] = set()
    # A collection made anew (ours was deleted in Zotero) must get its members back.
    remade = {c.path for c in plan.collections if c.object is not None}
    for paper in desired.papers:
        item = {**paper.item, "collections": [collections[p] for p in paper.collection_paths if p in collections]}
        row, trashed = _row_for(paper, rows, view, plan)
        if trashed:
            continue
        if row is not None:
            parents[paper.identity] = (row.key, False)
            if row.sent_hash == paper.sent_hash and not remade.intersection(paper.collection_paths):
                plan.items.append(ItemAction(paper, "unchanged", row.key, None, with_members(row.sent, row, paper,
                                                                                            desired.digests)))
                continue
            remote = view.items.get(row.key)
            if remote is None:
                plan.needs_items.add(row.key)
                continue
            item = others_memberships(item, row, desired.digests, rows.collections)
            patch, owned = merge_patch(remote, row.sent, item)
            version = int(remote.get("version", row.version))
            new_row = with_members(owned, ItemRow(paper.identity, row.key, version, paper.sent_hash, owned), paper,
                                   desired.digests, before=row)
            plan.items.append(ItemAction(paper, "update" if patch else "unchanged", row.key, patch or None, new_row))
            written.add(row.key)
            continue
        if view.index is None:
            plan.needs_scan = True
            continue
        existing, in_the_trash = _existing(paper, view, plan)
        if in_the_trash:
            continue
        if existing is not None:
            key = existing.get("key") or existing["data"]["key"]
            data = existing.get("data", existing)
            version = int(existing.get("version", data.get("version", 0)))
            patch, owned = adoption_patch(existing, item, paper)
            if key in written or (key in claimed and patch):
                patch = {}  # two identities found one item: the first one writes it
            theirs = data.get("citationKey") or None
            action = ItemAction(paper, "adopt", key, patch or None,
                                with_members(owned, ItemRow(paper.identity, key, version, paper.sent_hash, owned),
                                             paper, desired.digests),
                                zotero_citation_key=theirs if theirs and theirs != paper.citation_key else None)
            plan.items.append(action)
            parents[paper.identity] = (key, False)
            written.add(key)
            claimed.add(key)
            continue
        obj = _new_item(key := new_key(), item, accessed)
        made = ItemRow(paper.identity, key, 0, paper.sent_hash, owned_fields(item))
        plan.items.append(ItemAction(paper, "create", key, obj, with_members(made.sent, made, paper, desired.digests)))
        parents[paper.identity] = (key, True)
    return parents
