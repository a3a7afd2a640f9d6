"""The typed base of a note: what both sides last agreed on, per field (pure).

Every note row holds ``sync = {"base": {field: value}, "seen": <Zotero's note as
last read>}`` (plus ``"task"`` when Zotero's task tag and its note's Task line
differ: :func:`.note_fields.zotero_task`).  Rows recorded before sync kept only the
meaning hash of the whole note; the first sync that reads such a row's note (it is
read whatever its version: :func:`legacy_note_keys`) gives it a base per field,
:func:`migrated_base`, and decides it per field like any other.  There is no other
way a note is decided.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ...state import LibraryRows, NoteRow
from .note_fields import FIELDS, UNKNOWN, note_parts, unknown_where_different
from .rendered import meaning_hash


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


def with_base(row: NoteRow, rendered: str, zotero: str | None) -> NoteRow:
    """``row`` with a base per field (unchanged when it has one)."""
    if row.sync.get("base"):
        return row
    return replace(row, sync={"base": migrated_base(row.meaning_hash, rendered, zotero), "seen": zotero or ""})


def legacy_note_keys(rows: LibraryRows, names: Iterable[str]) -> set[str]:
    """The note keys of the rows of these digests that have no base per field yet."""
    wanted = set(names)
    return {r.key for r in rows.notes.values() if r.entry[0] in wanted and not r.sync.get("base")}
