"""Deciding a push's notes: each entry's note matched and planned (pure).

A note is matched to its entry by the state; without a row, among the parent's
notes by meaning, then by heading (paper, digest, section), then by summary;
with the state lost, in the whole library (a note moved to another item, or a
renamed digest's note).  A changed summary updates its note (version-checked)
unless someone edited the note in Zotero since: then nothing is written, both
texts stay where they are, and the conflict is reported (never a second note).
A note found without a row is adopted as it is when ``keep_found``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ... import zotero as zi
from ...state import LibraryRows, NoteId, NoteRow
from .decision import Asked, ZoteroSide, decide_entry
from .desired import Desired, DesiredNote, meaning_hash, note_heading
from .note_base import agreed_on
from .note_fields import UNKNOWN, compose_heading, note_parts, token, unknown_where_different
from .plan import LibraryView, NoteAction, Plan
from .threeway import Action


def plan_notes(desired: Desired, rows: LibraryRows, view: LibraryView, plan: Plan,
                parents: dict[str, tuple[str, bool]], new_key: Callable[[], str], *, keep_found: bool = False,
                rebuilding: bool = False) -> None:
    child_keys = {p: {c.get("key") for c in kids} for p, kids in view.children.items()}
    valid: dict[NoteId, NoteRow] = {}
    for entry, row in rows.notes.items():
        if row.key in view.gone or (row.parent_key in child_keys and row.key not in child_keys[row.parent_key]):
            continue
        valid[entry] = row
    claimed = {r.key for r in valid.values()}
    unmatched: list[tuple[DesiredNote, str]] = []
    for note in desired.notes:
        if note.parent not in parents:
            continue  # its paper waits for a read
        parent_key, created = parents[note.parent]
        mine = valid.get(note.entry)  # a note moved to another item in Zotero keeps its row
        if mine is None and note.entry in rows.notes:
            plan.forget_notes.add(note.entry)
        if mine is not None:
            plan.notes.append(_planned_note_update(note, mine, view, new_key))
        elif created:
            plan.notes.append(_note_create(note, parent_key, new_key))
        elif parent_key not in view.children:
            plan.needs_children.add(parent_key)
        else:
            unmatched.append((note, parent_key))
    # A paper this machine never pushed, found in the library: any note of it was made by
    # someone else (another machine), and may have been moved to another item since.
    # So is a paper of a digest the state holds no note of (its rows lost, then rebuilt by a run over another
    # digest of the library only): its note, made by an earlier run, may have been moved to another item too.
    known_digests = {entry[0] for entry in rows.notes}
    unknown = {n.parent for n, _ in unmatched if n.parent not in rows.items or n.entry[0] not in known_digests}
    chosen = _match_notes(unmatched, view, claimed, plan, rebuilding=rebuilding, unknown=unknown)
    if chosen is None:
        return
    _plan_found_notes(unmatched, chosen, plan, new_key, keep_found=keep_found, rebuilding=rebuilding)


def _match_notes(unmatched: list[tuple[DesiredNote, str]], view: LibraryView, claimed: set[str], plan: Plan, *,
                 rebuilding: bool, unknown: frozenset[str] | set[str] = frozenset()) -> dict[int, dict[str, Any]] | None:
    """Notes of existing parents without a row: by meaning first, then by heading, then
    by summary (a note whose heading was removed in Zotero); with the state lost, a
    note moved to another item is looked for in the whole library by heading (None:
    those notes must be read first)."""
    chosen: dict[int, dict[str, Any]] = {}
    # ... then a note naming a digest file gone from this digest's folder (renamed since:
    # with the state lost, or on another machine that still has the old name).
    tests: list[Callable[[DesiredNote, dict[str, Any]], bool]] = [
        lambda n, c: meaning_hash(_note_text(c)) == n.meaning_hash,
        lambda n, c: note_heading(_note_text(c)) == n.heading and bool(n.heading),
        lambda n, c: _same_summary(n.html, _note_text(c)),
        lambda n, c: _heading_of_renamed_digest(n, _note_text(c))]
    for test in tests:
        for i, (note, parent_key) in enumerate(unmatched):
            if i in chosen:
                continue
            for candidate in sorted(view.children[parent_key], key=_added_order):
                if zi.is_comment_note(_note_text(candidate)):
                    continue  # arXiv's comment: never a summary note (.children)
                if candidate.get("key") not in claimed and test(note, candidate):
                    chosen[i] = candidate
                    claimed.add(candidate["key"])
                    break
    # With the state lost, for an entry a pull just took from Zotero, or of a paper this
    # machine never pushed (another machine made its note, which the user may have moved to
    # another item since), a note is looked for in the whole library by its heading too.
    wide: list[tuple[DesiredNote | None, str]] = [
        (n if rebuilding or n.from_zotero or n.parent in unknown else None, key) for n, key in unmatched]
    if any(i not in chosen and note is not None for i, (note, _) in enumerate(wide)):
        if view.all_notes is None:
            plan.needs_all_notes = True
            return None
        _match_in_library(wide, view.all_notes, claimed, chosen)
    return chosen


def _match_in_library(unmatched: list[tuple[DesiredNote | None, str]], notes: list[dict[str, Any]],
                      claimed: set[str], chosen: dict[int, dict[str, Any]]) -> None:
    """A note moved to another item, or a renamed digest's note, found among every note
    of the library by its heading (None: a note not looked for there)."""
    for i, (note, _) in enumerate(unmatched):
        for candidate in sorted(notes, key=_added_order):
            if note is not None and i not in chosen and candidate.get("key") not in claimed and note.heading \
                    and (note_heading(_note_text(candidate)) == note.heading
                         or _heading_of_renamed_digest(note, _note_text(candidate))):
                chosen[i] = candidate
                claimed.add(candidate["key"])


def _plan_found_notes(unmatched: list[tuple[DesiredNote, str]], chosen: dict[int, dict[str, Any]], plan: Plan,
                      new_key: Callable[[], str], *, keep_found: bool, rebuilding: bool = False) -> None:
    """A note for each entry without a row: the one found (adopted, or updated unless
    ``keep_found``), else a new one.  A new note on an item found while rebuilding a
    lost state (its old note trashed, deleted or never made) knows no agreed task: the
    item's task tag may say another, and only sync's three-way decision may choose."""
    for i, (note, parent_key) in enumerate(unmatched):
        found = chosen.get(i)
        if found is None:
            made = _note_create(note, parent_key, new_key)
            if rebuilding:
                base = made.row.base
                made.row = replace(made.row, base=replace(base, fields={**base.fields, "task": UNKNOWN}))
            plan.notes.append(made)
            continue
        parent_key = found.get("data", found).get("parentItem") or parent_key
        version = int(found.get("version", 0))
        row = NoteRow(note.entry, parent_key, found["key"], version, agreed_on(note.html, seen=_note_text(found)))
        if meaning_hash(_note_text(found)) == note.meaning_hash:
            plan.notes.append(NoteAction(note.entry, note.parent, "adopt", found["key"], None, row))
        elif keep_found:
            text = _note_text(found)
            row = NoteRow(note.entry, parent_key, found["key"], version,
                          agreed_on(note.html, seen=text, fields=unknown_where_different(note.html, text)))
            plan.notes.append(NoteAction(note.entry, note.parent, "adopt", found["key"], None, row))
        else:
            obj = {"key": found["key"], "version": version, "note": note.html}
            plan.notes.append(NoteAction(note.entry, note.parent, "update", found["key"], obj, row))


_FROM = re.compile(r"(<p>From<em>)(.*?)(</em>)")


def _heading_of_renamed_digest(note: DesiredNote, theirs: str) -> bool:
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


def _note_create(note: DesiredNote, parent_key: str, new_key: Callable[[], str]) -> NoteAction:
    key = new_key()
    obj = {"key": key, "version": 0, **zi.note_item(parent_key, note.html)}
    return NoteAction(note.entry, note.parent, "create", key, obj,
                      NoteRow(note.entry, parent_key, key, 0, agreed_on(note.html)))


def _decided_update(note: DesiredNote, row: NoteRow, over: tuple[int, str], view: LibraryView) -> NoteAction:
    """A note the one decision composed (:mod:`.decision`): written over Zotero's note as
    it was decided from; a note changed since (read again after a 412) is not written
    over, and the next run decides it again."""
    version, meaning = over
    remote = view.items.get(row.key)
    if remote is not None:
        now = meaning_hash(_note_text(remote))
        if now == note.meaning_hash:
            landed = NoteRow(note.entry, row.parent_key, row.key, int(remote.get("version", version)),
                             agreed_on(note.html, seen=_note_text(remote)))
            return NoteAction(note.entry, note.parent, "unchanged", row.key, None, landed)
        if now != meaning:
            return NoteAction(note.entry, note.parent, "unchanged", row.key, None, row, conflict=True)
        version = int(remote.get("version", version))
    obj = {"key": row.key, "version": version, "note": note.html}
    return NoteAction(note.entry, note.parent, "update", row.key, obj,
                      NoteRow(note.entry, row.parent_key, row.key, version, agreed_on(note.html)))


def _planned_note_update(note: DesiredNote, row: NoteRow, view: LibraryView, new_key: Callable[[], str]) -> NoteAction:
    """A note of ours with a row: as sync decided it (``note.over``), else decided here by
    the one decision, writing Zotero only (``push --local``, a first push's adopted
    notes): a field Zotero moved, or one in conflict, holds the note (nothing
    written, reported; pull or sync takes it); else the note is written when Zotero's
    does not say it already (with Zotero's heading, when that is Zotero's edit)."""
    if note.over is not None:
        return _decided_update(note, row, note.over, view)
    remote = view.items.get(row.key)
    if note.settled and remote is None:
        return NoteAction(note.entry, note.parent, "unchanged", row.key, None, row)  # .settled
    text = _note_text(remote) if remote is not None else None
    zotero = ZoteroSide(text, int(remote.get("version", row.version)) if remote is not None else None)
    decision = decide_entry(row.base, note.html, zotero, note.placeable, Asked("push"), row.version)
    row = replace(row, base=decision.base)  # a legacy base resolved (recorded per field from now on)
    if any(f.action in (Action.CONFLICT, Action.LEFT) for f in decision.fields):
        return NoteAction(note.entry, note.parent, "unchanged", row.key, None, row, conflict=True)
    html = compose_heading(note.html, decision.current) if decision.keeps_zotero_heading() else note.html
    base = decision.base_after(digest_written=False, zotero_written=True, seen=html)
    if meaning_hash(html) == meaning_hash(decision.current):
        # Zotero already says this: an earlier write landed though its answer was lost,
        # or the user typed the same.
        landed = NoteRow(note.entry, row.parent_key, row.key, decision.version, replace(base, seen=decision.current))
        return NoteAction(note.entry, note.parent, "unchanged", row.key, None, landed)
    obj = {"key": row.key, "version": decision.version, "note": html}
    return NoteAction(note.entry, note.parent, "update", row.key, obj,
                      NoteRow(note.entry, row.parent_key, row.key, decision.version, base))
