"""Sync's decisions for each entry's summary note, and what they leave to each side.

Per entry (``NoteDecider.decide``):

* no note row: a new entry -- push makes its note;
* a row recorded before sync kept a base per field gets one first
  (:mod:`.note_base`);
* the note is in Zotero's trash: nothing here (pull reports it, push decides);
* otherwise one decision per field (:func:`.note_fields.decide_fields`): the
  heading, the task (a task tag renamed in Zotero counts as Zotero's task), the
  one-liner and the summary.

Each decision says what the digest takes (:class:`PullEdit`, applied to pull's
plan by :func:`apply_pull_edits`) and what the note written to Zotero says
(:class:`NotePlan`, used by :mod:`.sync_push`).  Entries found unchanged since
both sides agreed (:mod:`.quiet`) are not decided at all: ``NoteDecider.quiet``.
Pure apart from rendering notes (once per run, :class:`.rendered.RenderedNotes`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..digest import Digest, family_named
from ..model import Entry
from ..state import ConflictRow, NoteId, NoteRow, PushRows
from ..zotero.tag_templates import task_pattern
from .library_changes import LibraryChanges
from .note_base import with_base
from .note_fields import FIELDS, LABELS, FieldDecision, decide_fields, note_parts, plain, token, zotero_task
from .options import RunOptions
from .pull_plan import FieldChange, PullPlan, data_of
from .rendered import RenderedNotes
from .sync_report import SUMMARY, Decision
from .threeway import Action
from .zotero_edits import renamed_task

#: Entry fields a note's fields are spliced into (the heading has no place).
NOTE_FIELDS = ("task", "one_liner", "summary")


@dataclass
class NotePlan:
    """Sync's decisions for one note: per field, Zotero's note now and its version."""

    fields: list[FieldDecision]
    current: str
    version: int
    composed: str | None = None

    def task_after(self, *, written: bool) -> str:
        """Zotero's task once this run is done: the note written back's, else as read
        (a renamed tag's, when it was taken for Zotero's task)."""
        task = next(f for f in self.fields if f.name == "task")
        return task.note_value if written else task.zotero


@dataclass
class PullEdit:
    """Pull's changes to one entry's note fields, replaced by what sync decided."""

    entry: Entry
    eid: NoteId
    fields: dict[str, str]


class NoteDecider:
    """Decides every entry's note for one run; holds what the decisions leave to do."""

    def __init__(self, options: RunOptions, notes: RenderedNotes | None = None,
                 listed: list[ConflictRow] | None = None) -> None:
        self.render = notes or RenderedNotes()
        self.prefer = options.prefer
        #: The conflicts the last run listed: ``--prefer`` settles only these, while
        #: both texts are still the ones listed (a choice is never made blind).
        self.listed = {(c.entry, c.field): c for c in listed or []}
        self.direction = options.direction
        self.pattern = task_pattern(options.templates)
        #: Notes decided per field.
        self.notes: dict[NoteId, NotePlan] = {}
        #: Papers whose task tag was renamed in Zotero but not taken into the digest.
        self.tag_not_taken: set[str] = set()
        self.pull_edits: list[PullEdit] = []
        #: Entries not decided: unchanged since both sides agreed (entry id -> entry hash).
        self.quiet: dict[NoteId, str] = {}

    def decide(self, digest: Digest, heading: str | None, entry: Entry, eid: NoteId, rows: PushRows,
               changes: LibraryChanges) -> list[Decision]:
        """The decisions for one entry's note (see the module docstring)."""
        row = rows.notes.get(eid)
        title = entry.paper.title
        if row is None:
            return [Decision(eid, title, SUMMARY, Action.TO_ZOTERO)]  # a new entry: push makes its note
        obj = changes.objects.get(row.key)
        data = data_of(obj) if obj else None
        if data is not None and data.get("deleted"):
            return []  # in Zotero's trash: pull reports it; push decides what to make of it
        note = (data.get("note") or "") if data is not None else None
        rendered = self.render.html(entry, Path(digest.path).name, heading)
        row = with_base(row, rendered, note)  # a row recorded before sync: its base per field, once
        current = note if note is not None else row.sync.get("seen", "")
        zotero = note_parts(current)
        zotero["task"] = zotero_task(row.sync, zotero["task"])
        renamed = self._renamed_task(entry, rows, changes)
        if renamed is not None and token("task", renamed[0] or "") in _last_tasks(row) \
                and not _line_edited_last(zotero["task"], row, obj, self._item_obj(entry, rows, changes)):
            zotero["task"] = renamed[1]
        ours = note_parts(rendered)
        settles = None if self.prefer is None else {
            name for name in FIELDS
            if self._as_listed(eid, LABELS[name], plain(name, ours[name]), plain(name, zotero[name]))}
        fields = decide_fields(row.sync["base"], ours, zotero, placeable_fields(entry), self.prefer,
                               self.direction, settles)
        task = next(f for f in fields if f.name == "task")
        if renamed is not None and task.action in (Action.CONFLICT, Action.LEFT):
            self.tag_not_taken.add(entry.paper.identity)
        version = int(obj.get("version", row.version)) if obj else row.version
        self.notes[eid] = NotePlan(fields, current, version)
        self.pull_edits.append(PullEdit(entry, eid, {f.name: f.digest_value for f in fields
                                                     if f.digest_value is not None}))
        return [_field_decision(eid, title, f) for f in fields
                if not (f.action is Action.NOTHING or (f.action is Action.TO_DIGEST and not f.placeable))]

    def _as_listed(self, eid: NoteId, label: str, digest_text: str, zotero_text: str) -> bool:
        """Whether the last run listed this conflict with these two texts."""
        row = self.listed.get((eid, label))
        return row is not None and _same(row.digest_text, digest_text) and _same(row.zotero_text, zotero_text)

    @staticmethod
    def _item_obj(entry: Entry, rows: PushRows, changes: LibraryChanges) -> dict[str, Any] | None:
        item = rows.items.get(entry.paper.identity)
        return changes.objects.get(item.key) if item is not None else None

    def _renamed_task(self, entry: Entry, rows: PushRows, changes: LibraryChanges) -> tuple[str | None, str] | None:
        """A task tag of ours renamed on the entry's item in Zotero: (old, new)."""
        item = rows.items.get(entry.paper.identity)
        obj = changes.objects.get(item.key) if item is not None else None
        if item is None or obj is None or self.pattern is None:
            return None
        return renamed_task(item, data_of(obj), self.pattern)


def _same(a: str, b: str) -> bool:
    return a.split() == b.split()


def _line_edited_last(line: str, row: NoteRow, note: dict[str, Any] | None, item: dict[str, Any] | None) -> bool:
    """Zotero holds the task twice (the note's Task line, the item's task tag), and a
    push writes both alike.  When both moved from what this machine last knew (another
    machine pushed a task, then one of them was edited), the one edited last is
    Zotero's task: the line, when the note was written after the item (its version is
    higher); else the tag."""
    if note is None or item is None or token("task", line) in _last_tasks(row):
        return False
    return int(note.get("version", 0)) > int(item.get("version", 0))


def _last_tasks(row: NoteRow) -> set[str]:
    """The task this entry's tag was last known by (Zotero's, as last read, and the
    agreed one): a task tag renamed from one of these is this entry's."""
    seen = row.sync.get("seen")
    known = [row.sync["base"].get("task") or ""]
    if seen is not None:
        known.append(zotero_task(row.sync, note_parts(seen)["task"]))
    return {token("task", t) for t in known}


def _field_decision(eid: NoteId, title: str, f: FieldDecision) -> Decision:
    decision = Decision(eid, title, f.label, f.action,
                        preferred=f.first is Action.CONFLICT and f.action is not Action.CONFLICT)
    if f.action is Action.LEFT:
        decision.side = "zotero" if f.first is Action.TO_DIGEST else "digest"
    if f.first is Action.CONFLICT:
        decision.digest_text, decision.zotero_text = plain(f.name, f.digest), plain(f.name, f.zotero)
    return decision


def apply_pull_edits(plan: PullPlan, edits: list[PullEdit]) -> None:
    """Pull's plan with each entry's note fields as sync decided them: pull's own
    changes to those fields dropped, the decided values (if any) spliced instead."""
    for edit in edits:
        if not edit.fields:  # a note the digest takes something from keeps its fresh meaning recorded
            plan.pulled_notes.discard(edit.eid)
        names = NOTE_FIELDS
        target = None
        for dplan in plan.digests:
            for change in list(dplan.changes):
                if change.entry is edit.entry:
                    for name in names:
                        change.fields.pop(name, None)
                    if not change.fields:
                        dplan.changes.remove(change)
            if any(e is edit.entry for e in dplan.digest.entries):
                target = dplan
        if edit.fields and target is not None:
            target.changes.append(FieldChange(edit.entry, dict(edit.fields), "edited in Zotero"))


def placeable_fields(entry: Entry) -> set[str]:
    """The note fields this entry's family has a span for (one span holding both
    summary and one-liner counts as the summary's)."""
    editable = family_named(entry.family).editable
    out = {name for name in NOTE_FIELDS if name in editable and name in entry.fields}
    if "one_liner" in out and entry.fields.get("one_liner") == entry.fields.get("summary"):
        out.discard("one_liner")
    return out


def override_entry(entry: Entry, fields: list[FieldDecision], now: dict[str, str]) -> None:
    """The entry as the note written back should show it: Zotero's value in each
    note field that does not go to Zotero (in memory only; the digest keeps its text)."""
    update: dict[str, Any] = {}
    for f in fields:
        if f.name in NOTE_FIELDS and token(f.name, f.note_value) != token(f.name, now.get(f.name, "")):
            update[f.name] = f.note_value or None
    if update:
        entry.paper = entry.paper.replace(**update)
