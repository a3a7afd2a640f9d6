"""Recording a pull in the state: the new base once the digests were written.

Afterwards the state holds the new object versions, the base of the notes as
the digest now renders them (so the next push sends nothing back) and the
library version (so the next pull finds nothing), unless a digest could not be
written: then the library version stays, and the next pull sees the same
changes again.  Rows of what is gone are forgotten: the note rows of entries
removed from a written digest, and the rows of collections deleted in Zotero
(so the next push makes them again).  The item row stays: another digest may
still list the paper.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ... import zotero as zi
from ...digest import Digest
from ...model import Entry
from ...state import LibraryRows, NoteBase, NoteId, NoteRow, State
from ..decide.desired import digest_id
from ..decide.note_base import agreed_on, seeing
from ..decide.pull_plan import PullPlan, data_of, entry_ids
from ..read.library_changes import LibraryChanges
from .digest_writer import DigestOutcome


def record_pull(state: State, library: str, plan: PullPlan, rows: LibraryRows, changes: LibraryChanges,
                outcomes: list[DigestOutcome], *, all_written: bool, parse: Callable[[bytes, str], Digest],
                render: Render | None = None) -> None:
    """New versions for every row whose object moved; for notes taken into a
    written digest, the base agreed on the note push would now send (``parse`` reads
    a written digest again, prepared as push prepares it; ``render`` renders a
    note, once per run when it is sync's :class:`..decide.rendered.RenderedNotes`)."""
    written = {digest_id(d.path) for d in outcomes if d.written}
    failed = {digest_id(d.path) for d in outcomes if d.problem}
    need = {e for e in plan.pulled_notes if e[0] in written or e[0] not in failed}
    fresh = _rendered_notes(plan, need, written, parse, render or _render) if need else {}
    notes: list[NoteRow] = []
    for entry_id, version in plan.note_versions.items():
        row = rows.notes.get(entry_id)
        if row is None or entry_id[0] in failed:
            continue
        html = fresh.get(entry_id)
        notes.append(replace(row, version=version, base=pulled_base(row, changes.objects.get(row.key), html)))
    state.record_rows(library, version=changes.version if all_written else None,
                      items=plan.items if all_written else [], notes=notes)
    removed = [r.entry_id for d in plan.digests if digest_id(d.digest.path) in written for r in d.removals]
    if removed or plan.forget_collections:
        state.forget_rows(library, notes=removed, collections=plan.forget_collections)


#: Renders an entry's note: (entry, digest file name, title heading) -> HTML.
Render = Callable[[Entry, str, str | None], str]


def _render(entry: Entry, label: str, heading: str | None) -> str:
    return zi.note_html(entry, label, title_heading=heading)


def _rendered_notes(plan: PullPlan, need: set[NoteId], written: set[str],
                    parse: Callable[[bytes, str], Digest], render: Render) -> dict[NoteId, str]:
    """The note push would now render for each entry in ``need`` (read again from
    disk where its digest was written)."""
    fresh: dict[NoteId, str] = {}
    for dplan in plan.digests:
        key = digest_id(dplan.digest.path)
        if not any(e[0] == key for e in need):
            continue
        path = Path(dplan.digest.path)
        again = parse(path.read_bytes(), str(path)) if key in written else dplan.digest
        heading = zi.title_heading(again.doc.text)
        for entry_id, entry in entry_ids(again).items():
            if entry_id in need:
                fresh[entry_id] = render(entry, path.name, heading)
    return fresh


def pulled_base(row: NoteRow, obj: dict[str, Any] | None, rendered: str | None) -> NoteBase:
    """A note row's base after a pull: Zotero's note as read is what it holds now
    (Zotero's task as last read kept while the note's Task line reads the same); a
    note taken into the digest agrees with the digest's new rendering."""
    note = data_of(obj).get("note") if obj is not None and not data_of(obj).get("deleted") else None
    if note is None:
        return row.base
    if rendered is not None:
        return agreed_on(rendered, seen=note)
    return seeing(row.base, note)


def keep_state_versions(plan: PullPlan, rows: LibraryRows) -> None:
    """Put back the state's object versions in ``plan`` (``pull --local``: desktop
    versions must not replace them, :mod:`..pull_local`); bases and owned tags
    stay."""
    plan.note_versions = {e: rows.notes[e].version if e in rows.notes else v for e, v in plan.note_versions.items()}
    plan.items = [replace(r, version=rows.items[r.identity].version) if r.identity in rows.items else r
                  for r in plan.items]
