"""Sync's decisions for each entry's summary note, and what they leave to each side.

Per entry (``NoteDecider.decide``):

* no note row: a new entry -- push makes its note;
* a row recorded before sync kept a base per field (a legacy base) gets one from
  the decision itself (:func:`.note_base.resolved`), its note read whatever its version;
* the note is in Zotero's trash: nothing here (pull reports it, push decides);
* otherwise one decision per field (:func:`.note_fields.decide_fields`): the
  heading, the task (a task tag renamed in Zotero counts as Zotero's task), the
  one-liner and the summary.

Each entry's note is decided by the one decision (:func:`.decision.decide_entry`);
the digest's writer splices what it says the digest takes, push writes the note it
composes (:mod:`..write.sync_push`).  Entries found unchanged since both sides agreed
(:mod:`.settled`) are not decided at all: ``NoteDecider.settled``.
Pure apart from rendering notes (once per run, :class:`.rendered.RenderedNotes`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...digest import Digest
from ...model import Entry
from ...state import ConflictRow, LibraryRows, NoteId
from ...zotero.tag_templates import task_pattern
from ..options import RunOptions
from ..read.library_changes import LibraryChanges
from ..report.sync_report import SUMMARY, Decision
from .decision import Asked, EntryDecision, ZoteroSide, decide_entry
from .desired import placeable_fields
from .note_fields import FieldDecision, plain
from .pull_plan import data_of
from .rendered import RenderedNotes
from .threeway import Action
from .zotero_edits import renamed_task


class NoteDecider:
    """Decides every entry's note for one run; holds what the decisions leave to do."""

    def __init__(self, options: RunOptions, notes: RenderedNotes | None = None,
                 listed: list[ConflictRow] | None = None) -> None:
        self.render = notes or RenderedNotes()
        self.prefer = options.prefer
        #: The conflicts the last run listed: ``--prefer`` settles only these, while
        #: both texts are still the ones listed (a choice is never made blind).
        self.listed = {(c.entry, c.field): (c.digest_text, c.zotero_text) for c in listed or []}
        self.direction = options.direction
        self.pattern = task_pattern(options.templates)
        #: Notes decided per field.
        self.notes: dict[NoteId, EntryDecision] = {}
        #: The entry each decided note was decided for (as read at the start).
        self.entries: dict[NoteId, Entry] = {}
        #: Papers whose task tag was renamed in Zotero but not taken into the digest.
        self.tag_not_taken: set[str] = set()
        #: Entries not decided: unchanged since both sides agreed (entry id -> entry hash).
        self.settled: dict[NoteId, str] = {}

    def decide(self, digest: Digest, heading: str | None, entry: Entry, eid: NoteId, rows: LibraryRows,
               changes: LibraryChanges) -> list[Decision]:
        """The decisions for one entry's note (see the module docstring)."""
        row = rows.notes.get(eid)
        title = entry.paper.title
        if row is None:  # a new entry: push makes its note
            if self._renamed_task(entry, rows, changes) is not None:
                self.tag_not_taken.add(entry.paper.identity)  # (no base: a renamed task tag stays Zotero's)
            return [Decision(eid, title, SUMMARY, Action.TO_ZOTERO)]
        obj = changes.objects.get(row.key)
        data = data_of(obj) if obj else None
        if data is not None and data.get("deleted"):
            return []  # in Zotero's trash: pull reports it; push decides what to make of it
        note = (data.get("note") or "") if data is not None else None
        rendered = self.render.html(entry, Path(digest.path).name, heading)
        item = self._item_obj(entry, rows, changes)
        zotero = ZoteroSide(note, int(obj.get("version", row.version)) if obj else None,
                            int(item.get("version", 0)) if item else None, self._renamed_task(entry, rows, changes))
        listed = {label: texts for (e, label), texts in self.listed.items() if e == eid}
        decision = decide_entry(row.base, rendered, zotero, placeable_fields(entry),
                                Asked(self.direction, self.prefer, listed), row.version)
        if decision.tag_not_taken:
            self.tag_not_taken.add(entry.paper.identity)
        self.notes[eid] = decision
        self.entries[eid] = entry
        return [_field_decision(eid, title, f) for f in decision.fields
                if not (f.action is Action.NOTHING or (f.action is Action.TO_DIGEST and not f.placeable))]

    @staticmethod
    def _item_obj(entry: Entry, rows: LibraryRows, changes: LibraryChanges) -> dict[str, Any] | None:
        item = rows.items.get(entry.paper.identity)
        return changes.objects.get(item.key) if item is not None else None

    def _renamed_task(self, entry: Entry, rows: LibraryRows, changes: LibraryChanges) -> tuple[str | None, str] | None:
        """A task tag of ours renamed on the entry's item in Zotero: (old, new)."""
        item = rows.items.get(entry.paper.identity)
        obj = changes.objects.get(item.key) if item is not None else None
        if item is None or obj is None or self.pattern is None:
            return None
        return renamed_task(item, data_of(obj), self.pattern)


def _field_decision(eid: NoteId, title: str, f: FieldDecision) -> Decision:
    decision = Decision(eid, title, f.label, f.action,
                        preferred=f.first is Action.CONFLICT and f.action is not Action.CONFLICT)
    if f.action is Action.LEFT:
        decision.side = "zotero" if f.first is Action.TO_DIGEST else "digest"
    if f.first is Action.CONFLICT:
        decision.digest_text, decision.zotero_text = plain(f.name, f.digest), plain(f.name, f.zotero)
    return decision
