"""What the decision reads from a note's typed base, and how a base is made (pure).

The base itself is plain data, :class:`zoterodigest.state_rows.NoteBase`: each
field's agreed value, Zotero's note as last read (``seen``), and Zotero's task when
its task tag and its note's Task line differ.  Here:

* :func:`note_base` and :func:`agreed_on`: a base as it is recorded (Zotero's task
  kept only where the note's own Task line does not say it);
* :func:`zotero_task`, :func:`last_tasks`: the task as Zotero holds it, and the tasks
  this entry's tag was last known by;
* :func:`seeing`: a base once Zotero's note was read again;
* :func:`resolved`: a *legacy* base (a row recorded before sync decided per field,
  migrated with only the meaning hash of the whole note, :mod:`zoterodigest.state_migration`)
  given its fields the first time both texts are known -- :func:`migrated_base`'s
  rules -- by the one decision (:func:`.decision.decide_entry`); such a row's note is
  read whatever its version (:func:`legacy_note_keys`).  There is no other way a
  note is decided.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from ...state import LibraryRows, NoteBase
from .note_fields import FIELDS, UNKNOWN, note_parts, token, unknown_where_different
from .rendered import meaning_hash


def note_base(fields: Mapping[str, str], seen: str, task: str | None = None) -> NoteBase:
    """A base as recorded: ``task`` (Zotero's task) kept only where ``seen``'s Task line
    does not say it."""
    if task is not None and token("task", task) == token("task", note_parts(seen)["task"]):
        task = None
    return NoteBase(dict(fields), seen, task)


def agreed_on(note: str, *, seen: str | None = None, fields: Mapping[str, str] | None = None) -> NoteBase:
    """The base once both sides say ``note`` (push just made Zotero say what the digest
    says): its fields (or ``fields``), and Zotero's note ``seen`` (default: ``note``)."""
    return NoteBase(dict(fields) if fields is not None else note_parts(note), seen if seen is not None else note)


def zotero_task(base: NoteBase, line: str) -> str:
    """Zotero's task for a note whose Task line now reads ``line``.

    Zotero holds a task twice: in the note's Task line and in the item's task tag.
    A renamed tag taken by a pull (or kept by a push) leaves the line behind until
    a push rewrites the note, so the base records the task beside the note it saw
    (``base.task``, only when the two differ).  While the line still reads as it
    did then, that task is Zotero's; a line edited since is Zotero's new task.
    """
    if base.task is None or token("task", note_parts(base.seen)["task"]) != token("task", line):
        return line
    return base.task


def last_tasks(base: NoteBase) -> set[str]:
    """The tasks this entry's tag was last known by (the agreed one, Zotero's as last
    read): a task tag renamed from one of these is this entry's."""
    known = [base.fields.get("task") or ""]
    if base.seen:
        known.append(zotero_task(base, note_parts(base.seen)["task"]))
    return {token("task", t) for t in known}


def seeing(base: NoteBase, note: str) -> NoteBase:
    """``base`` with Zotero's note read again as ``note``: the task recorded beside the
    old note kept while the new one's Task line reads the same (a legacy base is left
    for the decision to resolve)."""
    if base.legacy is not None:
        return base
    return note_base(base.fields, note, zotero_task(base, note_parts(note)["task"]))


def migrated_base(meaning: str, rendered: str, zotero: str | None) -> dict[str, str]:
    """The base per field of a row that kept only ``meaning`` (the meaning hash of the
    note both sides last agreed on): the fields of the side still saying it (Zotero's
    note, else the digest's rendering); when both moved, what they say alike is
    agreed and the rest unknown (a conflict where they differ, never an overwrite)."""
    if zotero is not None and meaning_hash(zotero) == meaning:
        return note_parts(zotero)
    if meaning_hash(rendered) == meaning:
        return note_parts(rendered)
    if zotero is None:
        return dict.fromkeys(FIELDS, UNKNOWN)
    return unknown_where_different(rendered, zotero)


def resolved(base: NoteBase, rendered: str, zotero: str | None) -> NoteBase:
    """``base`` per field: a legacy base resolved against the digest's note ``rendered``
    and Zotero's ``zotero`` (None: not read), any other as it is."""
    if base.legacy is None:
        return base
    return NoteBase(migrated_base(base.legacy, rendered, zotero), zotero or "")


def legacy_note_keys(rows: LibraryRows, names: Iterable[str]) -> set[str]:
    """The note keys of the rows of these digests whose base is still a legacy one."""
    wanted = set(names)
    return {r.key for r in rows.notes.values() if r.entry[0] in wanted and r.base.legacy is not None}
