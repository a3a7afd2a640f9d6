"""Deciding a pull: what Zotero's changes do to the digests (pure, no I/O).

From what changed in the library (:class:`..read.library_changes.LibraryChanges`),
the state's rows and the digests as read, :func:`make_pull_plan` decides, per
digest:

* a venue tag of ours renamed on an item: the venue text of its entries
  (:mod:`.zotero_edits`); a renamed task tag is owned (the note's fields, the
  task among them, are decided by the one decision, :mod:`.decision`, which the
  run adds to this plan);
* a regular item added to a digest's collection or a section sub-collection: a
  new entry appended under that section (:mod:`.collection_changes`);
* trashed or deleted items and notes: a notice; the digest keeps them, unless
  ``prune``: then the entries of a paper whose item was trashed or deleted for
  good are removed.  A note trashed or deleted on its own never removes its
  entry (a note is not the paper);
* a paper taken out of its entry's collection: a notice, or with ``prune`` a
  removal when the item is in no other collection of that digest;
* a digest's collection deleted in Zotero: a notice, and its row forgotten.

It also says what the state should hold afterwards: the objects' new versions,
the notes whose meaning is renewed, the task and venue tags we now own.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ...digest import Digest
from ...state import LibraryRows, NoteRow
from ...zotero.tag_templates import task_pattern
from ..read.library_changes import LibraryChanges
from .collection_changes import plan_appends, plan_collections_left
from .pull_plan import PlanBuilder, PullPlan, data_of, entry_label, item_gone
from .push_decisions import with_trash_mark
from .zotero_edits import task_changes, venue_changes


def make_pull_plan(digests: list[Digest], rows: LibraryRows, changes: LibraryChanges, templates: dict[str, str], *,
                   flatten: bool = False, collection: str | None = None, prune: bool = False) -> PullPlan:
    """Per digest: field changes, new entries and (``prune``) entries to remove; plus
    notices and state updates (see the module docstring)."""
    build = PlanBuilder(digests, rows, prune=prune)
    _plan_notes(build, changes)
    _plan_items(build, changes, templates)
    _plan_deleted(build, changes)
    plan_collections_left(build, changes, flatten=flatten, collection=collection)
    build.finish()
    plan_appends(build, changes, task_pattern(templates), flatten=flatten, collection=collection)
    return build.plan


def _plan_notes(build: PlanBuilder, changes: LibraryChanges) -> None:
    """Notes of ours: new versions; the trashed reported (an edit's fields are the one
    decision's, :mod:`.decision`)."""
    by_note_key = {row.key: row for row in build.rows.notes.values()}
    for key, obj in changes.objects.items():
        row = by_note_key.get(key)
        if row is None or row.entry[0] not in build.ids:
            continue
        entry = build.ids[row.entry[0]].get(row.entry)
        build.plan.note_versions[row.entry] = int(obj.get("version", row.version))
        if entry is None:
            continue
        if data_of(obj).get("deleted"):
            if not item_gone(row.parent_key, changes):  # else the paper's own notice says it
                build.notice(f"{entry_label(row.entry)}: the note for '{entry.paper.title}' is in "
                             "Zotero's trash; the digest keeps its summary")
            continue


def _plan_items(build: PlanBuilder, changes: LibraryChanges, templates: dict[str, str]) -> None:
    """Items of ours: new versions, trash, renamed task and venue tags."""
    by_item_key = {row.key: row for row in build.rows.items.values()}
    pattern = task_pattern(templates)
    for key, obj in changes.objects.items():
        row = by_item_key.get(key)
        if row is None:
            continue
        data = data_of(obj)
        new_row = replace(row, version=int(obj.get("version", row.version)))
        where = build.listed.get(row.identity, [])
        if data.get("deleted"):
            build.gone(where, "is in Zotero's trash", "trashed in Zotero")
            build.plan.items.append(with_trash_mark(new_row, True))  # so no later push makes it again
            continue
        new_row = with_trash_mark(new_row, False)  # restored, if it was in the trash
        if pattern is not None:
            new_row = task_changes(new_row, data, pattern, templates, where, build)
        new_row = venue_changes(new_row, data, templates, where, build)
        build.plan.items.append(new_row)


def _plan_deleted(build: PlanBuilder, changes: LibraryChanges) -> None:
    """Objects deleted for good: a paper's entries go (``prune``) or are reported; a
    note deleted on its own is reported (its entry keeps the summary)."""
    by_item_key = {row.key: row for row in build.rows.items.values()}
    by_note_key: dict[str, NoteRow] = {row.key: row for row in build.rows.notes.values()}
    for key in sorted(changes.deleted):
        if key in by_item_key:
            build.gone(build.listed.get(by_item_key[key].identity, []), "was deleted in Zotero",
                       "deleted in Zotero")
            continue
        row = by_note_key.get(key)
        if row is None or row.entry[0] not in build.ids or item_gone(row.parent_key, changes):
            continue
        entry = build.ids[row.entry[0]].get(row.entry)
        if entry is not None:
            build.notice(f"{Path(row.entry[0]).name}: the note for '{entry.paper.title}' "
                         "was deleted in Zotero; the digest keeps its summary")
