"""The one decision: what happens to one entry's note, on both sides (pure, no I/O).

Every command that writes a note comes here -- sync, status, push, pull and
``pull --local`` (through :class:`..sync.Syncer`), ``push --local`` (through the
engine's note planning, :mod:`.push_notes`); nothing before or after it changes
what it decided: the digest's writer splices :attr:`EntryDecision.digest_takes`,
push's engine writes the note :func:`zotero_note` composes, and the state records
:meth:`EntryDecision.base_after`.

Inputs:

* the base (:class:`zoterodigest.state_rows.NoteBase`, as the state holds it):
  each field's value both sides last agreed on, Zotero's note as last read, and
  Zotero's task when its task tag and its note's Task line differ.  A legacy base
  (a row recorded before sync decided per field: only the meaning hash of the
  whole note) is first resolved against both texts (:func:`.note_base.resolved`):
  the side still matching the hash gives the fields; when both moved, what they
  say alike is agreed and the rest unknown;
* the digest's side: the note rendered from the entry, and the fields its family
  has a place for;
* Zotero's side (:class:`ZoteroSide`): the note now (None: not read, so as last
  seen), its version and its item's, and a task tag of ours renamed on the item;
* what the command asked (:class:`Asked`): the direction it writes (``both``,
  ``push``: Zotero only, ``pull``: the digest only) and ``--prefer``.

The cases, field by field (heading, task, one-liner, summary), are those of
:func:`.note_fields.decide_field` (a table in docs/architecture.md).  The task is
one field held twice in Zotero, the note's Task line and the item's task tag:

* a task tag renamed in Zotero from the task last known is Zotero's task;
* unless the Task line was edited too, after the tag (another machine pushed a
  task, then the line was edited): the one written last is Zotero's task.

No base (a state rebuilt after it was lost) is :data:`.note_fields.UNKNOWN` in
every field both sides do not say alike: each differing field is a conflict,
whatever became of the note.  ``--prefer`` settles only the conflicts the last
run listed with the same two texts (a choice is never made blind).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from ...state import NoteBase
from .desired import NOTE_FIELDS
from .note_base import last_tasks, note_base, resolved, zotero_task
from .note_fields import (
    FIELDS,
    LABELS,
    FieldDecision,
    compose_heading,
    decide_fields,
    note_parts,
    plain,
    token,
)
from .rendered import meaning_hash
from .threeway import Action

#: Actions that leave a field's change for a later run (the old base kept).
PENDING = (Action.TO_ZOTERO, Action.LEFT, Action.CONFLICT, Action.MERGED)


@dataclass(frozen=True)
class ZoteroSide:
    """Zotero's side of one entry's note, as read in this run."""

    #: The note's HTML now (None: not read -- unchanged since last seen).
    note: str | None = None
    #: The note's version (None: not read).
    version: int | None = None
    #: The paper's item version (None: not read).
    item_version: int | None = None
    #: A task tag of ours renamed on the item: (old task or None, new task).
    renamed_task: tuple[str | None, str] | None = None


@dataclass(frozen=True)
class Asked:
    """What the command asked: the sides it writes, and ``--prefer``."""

    direction: str = "both"
    prefer: str | None = None
    #: The conflicts of this entry the last run listed: label -> (digest's, Zotero's text).
    listed: Mapping[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class EntryDecision:
    """The decision for one entry's note (see the module docstring)."""

    fields: list[FieldDecision]
    #: Zotero's note decided from (as read, else as last seen) and its version.
    current: str
    version: int
    #: The base decided from, per field (a legacy base resolved: :func:`.note_base.resolved`).
    base: NoteBase
    #: Zotero's task tag was renamed, and the task is not taken into the digest.
    tag_not_taken: bool = False

    @property
    def digest_takes(self) -> dict[str, str]:
        """The values spliced into the digest, per field."""
        return {f.name: v for f in self.fields if (v := f.digest_value) is not None}

    @property
    def pending(self) -> bool:
        """Something is left for a later write to Zotero (or in conflict)."""
        return any(f.action in PENDING for f in self.fields)

    def field(self, name: str) -> FieldDecision:
        return next(f for f in self.fields if f.name == name)

    def zotero_task(self, *, written: bool) -> str:
        """Zotero's task once this run is done: the note written back's, else as read."""
        task = self.field("task")
        return task.note_value if written else task.zotero

    def base_after(self, *, digest_written: bool, zotero_written: bool, seen: str | None = None) -> NoteBase:
        """The new base once this run wrote the sides it did (``seen``: Zotero's note
        now, when this run wrote it)."""
        fields = {f.name: f.base_after(digest_written=digest_written, zotero_written=zotero_written)
                  for f in self.fields}
        return note_base(fields, self.current if seen is None else seen, self.zotero_task(written=seen is not None))

    def keeps_zotero_heading(self) -> bool:
        """The note written back keeps Zotero's heading (Zotero's edit of it, not ours)."""
        f = self.field("heading")
        return f.action is not Action.TO_ZOTERO and token("heading", f.zotero) != token("heading", f.digest)


def decide_entry(base: NoteBase, rendered: str, zotero: ZoteroSide, placeable: set[str],
                 asked: Asked, version: int = 0) -> EntryDecision:
    """The one decision for one entry's note (see the module docstring); ``version``:
    the note's as last read or written (the row's)."""
    base = resolved(base, rendered, zotero.note)
    current = zotero.note if zotero.note is not None else base.seen
    theirs = note_parts(current)
    theirs["task"] = zotero_task(base, theirs["task"])
    renamed = zotero.renamed_task
    line_last = _line_edited_last(theirs["task"], base, zotero)
    seen_rename = renamed is not None and token("task", renamed[0] or "") in last_tasks(base) and not line_last
    if seen_rename and renamed is not None:
        theirs["task"] = renamed[1]
    ours = note_parts(rendered)
    settles = None if asked.prefer is None else {
        name for name in FIELDS if _as_listed(asked, LABELS[name], plain(name, ours[name]), plain(name, theirs[name]))}
    fields = decide_fields(dict(base.fields), ours, theirs, placeable, asked.prefer, asked.direction, settles)
    decision = EntryDecision(fields, current, zotero.version if zotero.version is not None else version, base)
    # A renamed tag not read as this entry's task (another's, or added beside ours) is not taken either:
    # it stays Zotero's, never removed as a tag we own.
    decision.tag_not_taken = renamed is not None and (
        not (seen_rename or line_last) or decision.field("task").action in (Action.CONFLICT, Action.LEFT))
    return decision


def _line_edited_last(line: str, base: NoteBase, zotero: ZoteroSide) -> bool:
    """Both the Task line and the task tag moved from what this machine last knew:
    the line is Zotero's task when the note was written after the item."""
    if zotero.version is None or zotero.item_version is None or token("task", line) in last_tasks(base):
        return False
    return zotero.version > zotero.item_version


def _as_listed(asked: Asked, label: str, digest_text: str, zotero_text: str) -> bool:
    texts = asked.listed.get(label)
    return texts is not None and texts[0].split() == digest_text.split() and texts[1].split() == zotero_text.split()


#: Renders the entry's note with some of its paper's fields replaced.
Render = Callable[[Mapping[str, str | None]], str]


@dataclass(frozen=True)
class NoteWrite:
    """The note Zotero gets for one decided entry."""

    #: The entry's paper fields as the note written says them (the task tag follows).
    fields: Mapping[str, str | None]
    #: The note's HTML.
    html: str
    #: Whether it is written (False: Zotero's note already says it).
    needed: bool
    #: The version and meaning of Zotero's note it is written over (a note changed
    #: since is not written over: the engine reports it and the next run decides).
    version: int
    over_meaning: str
    #: The meaning of the note rendered from the entry as it is (what a plain push compares).
    plain_meaning: str


def zotero_note(decision: EntryDecision, render: Render) -> NoteWrite:
    """The note written to Zotero: the digest's value where it goes to Zotero, the
    merged text for a merge, Zotero's everywhere else (its heading too, when that
    is Zotero's edit)."""
    rendered = render({})
    now = note_parts(rendered)
    update: dict[str, str | None] = {
        f.name: f.note_value or None for f in decision.fields
        if f.name in NOTE_FIELDS and token(f.name, f.note_value) != token(f.name, now[f.name])}
    html = render(update) if update else rendered
    if decision.keeps_zotero_heading():
        html = compose_heading(html, decision.current)
    over = meaning_hash(decision.current)
    return NoteWrite(update, html, meaning_hash(html) != over, decision.version, over, meaning_hash(rendered))
