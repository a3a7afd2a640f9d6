"""Entries nothing happened to since both sides last agreed, told from the state
alone: a no-op run neither renders nor compares their notes.

A note row's ``settled`` marker (:func:`.rendered.settled_marker`) is recorded at the
end of a run (:func:`mark_settled`) for each row of which :func:`agreed` holds: the
row's base is one per field (not a legacy base), the note rendered from the entry
is the note Zotero was last seen holding, whose Task line is Zotero's task (no
renamed task tag recorded beside it), and each field of it says what the base says.
For such a row, sync's full way -- render the note, split it and Zotero's into
fields, decide each field three-way -- decides "nothing" on every field, writes
nothing and records the row unchanged; so a later run may skip it
(:func:`unchanged`) as long as

* the entry hashes the same and the row is the same (the marker still holds);
* Zotero changed neither the note nor its paper's item since the digest was last
  pulled (neither is among the changes read), and no open conflict names it;
* pull's plan touches no field of the entry.

Any other case goes the full way, which is exact; the marker only saves work.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ... import zotero as zi
from ...digest import Digest
from ...model import Entry
from ...state import LibraryRows, NoteId, NoteRow, State
from ..read.library_changes import LibraryChanges
from .note_fields import FIELDS, note_parts, token
from .pull_plan import PullPlan, entry_ids
from .rendered import RenderedNotes


def agreed(row: NoteRow, html: str) -> bool:
    """Whether the row and the entry's note ``html`` agree (see the module docstring)."""
    base = row.base
    if base.legacy is not None or not base.fields or base.task is not None or base.seen != html:
        return False
    parts = note_parts(html)
    agreed = base.fields
    return all(agreed.get(name, "") == parts[name] or token(name, agreed.get(name, "")) == token(name, parts[name])
               for name in FIELDS)


def touched_entries(plan: PullPlan) -> set[int]:
    """``id()`` of every entry pull's plan changes or removes."""
    out: set[int] = set()
    for dplan in plan.digests:
        out.update(id(c.entry) for c in dplan.changes)
        out.update(id(r.entry) for r in dplan.removals)
    return out


def moved_keys(changes: LibraryChanges) -> set[str]:
    """Keys of the objects Zotero changed, trashed or deleted since the last pull."""
    return set(changes.objects) | changes.deleted


def unchanged(eid: NoteId, entry: Entry, hashed: str, rows: LibraryRows, moved: set[str], touched: set[int],
              notes: RenderedNotes) -> bool:
    """Nothing to render or decide for this entry's note (hashed ``hashed``): see the
    module docstring; ``moved`` from :func:`moved_keys`, ``touched`` from
    :func:`touched_entries`."""
    row = rows.notes.get(eid)
    item = rows.items.get(entry.paper.identity)
    if row is None or item is None or id(entry) in touched or not notes.is_settled(row, hashed):
        return False
    return row.key not in moved and item.key not in moved


def mark_settled(state: State, library: str, digests: list[Digest], notes: RenderedNotes) -> int:
    """Record the marker of each row whose entry (as ``digests`` now hold it) and row
    agree; returns how many markers were recorded.  Rows whose marker still holds are
    not rendered again."""
    rows = state.library_rows(library).notes
    out: list[NoteRow] = []
    for digest in digests:
        heading = zi.title_heading(digest.doc.text)
        label = Path(digest.path).name
        for eid, entry in entry_ids(digest).items():
            row = rows.get(eid)
            if row is None:
                continue
            hashed = notes.entry_hash(entry, label, heading)
            marker = notes.marker(hashed, row)
            if row.settled != marker and agreed(row, notes.html(entry, label, heading, hashed)):
                out.append(replace(row, settled=marker))
    if out:
        state.record_rows(library, notes=out)
    return len(out)
