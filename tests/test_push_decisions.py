"""Push's plan (:func:`zoterodigest.sync.decide.push_decisions.make_plan`), table-driven:
each case is (what the state remembers, what the digest says, what Zotero holds) -> the
actions planned for the paper's item and its note (:mod:`zoterodigest.sync.decide.push_notes`
matches and plans the notes), named for the rule it checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from planner_cases import (
    ITEM_KEYS,
    LDM,
    NOTE_KEYS,
    SD3,
    VERSION,
    agreed_rows,
    desired,
    html_of,
    item_json,
    no_rows_for_ldm,
    note_json,
    nothing,
    read_library,
    reworded,
)

from zoterodigest.state import LibraryRows, NoteRow
from zoterodigest.sync.decide.desired import Desired
from zoterodigest.sync.decide.note_base import agreed_on
from zoterodigest.sync.decide.note_fields import UNKNOWN
from zoterodigest.sync.decide.plan import LibraryView, Plan
from zoterodigest.sync.decide.push_decisions import make_plan


@dataclass
class PushCase:
    name: str
    #: Changes the state's rows, the library view and the desired objects for LDM.
    setup: Callable[[Desired, LibraryRows, LibraryView], None]
    item: str | None  # LDM's item action ("create", "adopt", "update", "unchanged") or None (not planned)
    note: str | None  # LDM's note action or None
    needs: str = ""  # what the plan asks to read first: "scan", "items", "children"
    conflict: bool = False
    keep_found: bool = True
    check: Callable[[Plan], None] | None = None


def _digest_renamed_paper(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    rows.items[LDM] = replace(rows.items[LDM], sent_hash="before", sent={**rows.items[LDM].sent, "title": "Old"})


def _zotero_holds_what_we_sent(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _digest_renamed_paper(d, rows, view)
    view.items[ITEM_KEYS[LDM]] = item_json(d, LDM, title="Old")


def _user_retitled_it_in_zotero(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _digest_renamed_paper(d, rows, view)
    view.items[ITEM_KEYS[LDM]] = item_json(d, LDM, title="A title the user typed")


def _state_lost_library_unread(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    no_rows_for_ldm(rows)


def _state_lost_item_in_library(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    no_rows_for_ldm(rows)
    read_library(d, view, [item_json(d, LDM, abstractNote="The user's abstract", date="")])
    view.children[ITEM_KEYS[LDM]] = []  # its notes read: none of ours
    view.all_notes = []  # nor anywhere in the library (another machine's, moved to another item)


def _state_lost_item_in_library_notes_unread(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _state_lost_item_in_library(d, rows, view)
    view.all_notes = None


def _state_lost_item_not_in_library(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    no_rows_for_ldm(rows)
    read_library(d, view, [])


def _item_deleted_in_zotero(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    view.gone |= {ITEM_KEYS[LDM], NOTE_KEYS[LDM]}  # its note went with it
    read_library(d, view, [])


def _note_row(rows: LibraryRows) -> tuple[Any, NoteRow]:
    entry = next(e for e in rows.notes if e[1] == LDM)
    return entry, rows.notes[entry]


def _digest_reworded_summary(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    old = reworded(html_of(d, LDM), "What we sent before.")
    entry, row = _note_row(rows)
    rows.notes[entry] = replace(row, base=agreed_on(old))
    view.items[NOTE_KEYS[LDM]] = note_json(LDM, old)


def _both_reworded_summary(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _digest_reworded_summary(d, rows, view)
    view.items[NOTE_KEYS[LDM]] = note_json(LDM, reworded(html_of(d, LDM), "Reworded in Zotero."))


def _our_write_landed_answer_lost(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _digest_reworded_summary(d, rows, view)
    view.items[NOTE_KEYS[LDM]] = note_json(LDM, html_of(d, LDM))


def _adopted_without_agreed_base(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    entry, row = _note_row(rows)
    base = {**row.base.fields, "summary": UNKNOWN}
    seen = reworded(html_of(d, LDM), "Another text, typed in Zotero.")
    rows.notes[entry] = replace(row, base=replace(row.base, fields=base, seen=seen))


def _note_row_lost(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    entry, _ = _note_row(rows)
    del rows.notes[entry]


def _note_row_lost_same_note_found(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _note_row_lost(d, rows, view)
    view.children[ITEM_KEYS[LDM]] = [note_json(LDM, html_of(d, LDM))]


def _note_row_lost_edited_note_found(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _note_row_lost(d, rows, view)
    view.children[ITEM_KEYS[LDM]] = [note_json(LDM, reworded(html_of(d, LDM), "Reworded in Zotero."))]


def _unknown_summary_base(plan: Plan) -> None:
    row = next(n.row for n in plan.notes if n.parent == LDM)
    assert row.base.fields["summary"] == UNKNOWN and row.base.fields["task"] != UNKNOWN


def _patch_sets_new_title(plan: Plan) -> None:
    action = next(a for a in plan.items if a.paper.identity == LDM)
    assert action.object is not None and action.object["title"] == action.paper.item["title"]


def _rows_forgotten(plan: Plan) -> None:
    assert plan.forget_items == {LDM} and [e[1] for e in plan.forget_notes] == [LDM]


def _adoption_keeps_their_abstract(plan: Plan) -> None:
    action = next(a for a in plan.items if a.paper.identity == LDM)
    assert action.key == ITEM_KEYS[LDM] and action.object is not None
    assert action.object["date"] == action.paper.item["date"]  # an empty field filled
    assert "abstractNote" not in action.object and "title" not in action.object  # theirs, or already equal


PUSH_CASES = [
    PushCase("both sides as the base: nothing read, nothing written", nothing, "unchanged", "unchanged"),
    PushCase("digest changed the item, Zotero not read yet: read it first", _digest_renamed_paper, None,
             "unchanged", needs="items"),
    PushCase("digest changed a field Zotero still holds as we sent it: update", _zotero_holds_what_we_sent,
             "update", "unchanged", check=_patch_sets_new_title),
    PushCase("digest changed a field the user edited in Zotero: theirs kept", _user_retitled_it_in_zotero,
             "unchanged", "unchanged"),
    PushCase("state lost, library not read: scan it first", _state_lost_library_unread, None, None, needs="scan"),
    PushCase("state lost, item found by arXiv id: adopted, nothing of theirs overwritten",
             _state_lost_item_in_library, "adopt", "create", check=_adoption_keeps_their_abstract),
    PushCase("a paper this machine never pushed, found in the library without a note of ours on it: "
             "the library's notes are read first (another machine's note may have moved)",
             _state_lost_item_in_library_notes_unread, "adopt", None, needs="notes"),
    PushCase("state lost, item not in the library: created with its note", _state_lost_item_not_in_library,
             "create", "create"),
    PushCase("item deleted in Zotero: its rows forgotten, made again", _item_deleted_in_zotero, "create", "create",
             check=_rows_forgotten),
    PushCase("digest reworded the summary, Zotero did not: note updated in place", _digest_reworded_summary,
             "unchanged", "update"),
    PushCase("both reworded the summary: nothing written, a conflict reported", _both_reworded_summary,
             "unchanged", "unchanged", conflict=True),
    PushCase("Zotero already holds the digest's words (an answer lost): nothing written",
             _our_write_landed_answer_lost, "unchanged", "unchanged"),
    PushCase("note adopted without an agreed value, the summaries differ: held, a conflict", _adopted_without_agreed_base,
             "unchanged", "unchanged", conflict=True),
    PushCase("note row lost, the item's notes not read: read them", _note_row_lost, "unchanged", None,
             needs="children"),
    PushCase("note row lost, a note saying the same found: adopted", _note_row_lost_same_note_found,
             "unchanged", "adopt"),
    PushCase("note row lost, our note reworded in Zotero: adopted as it is, summary unknown",
             _note_row_lost_edited_note_found, "unchanged", "adopt", check=_unknown_summary_base),
    PushCase("note row lost, our note reworded in Zotero, not keep_found: overwritten",
             _note_row_lost_edited_note_found, "unchanged", "update", keep_found=False),
]


@pytest.mark.parametrize("case", PUSH_CASES, ids=lambda c: c.name)
def test_push_plan(case: PushCase) -> None:
    d = desired()
    rows = agreed_rows(d)
    view = LibraryView(version=VERSION)
    case.setup(d, rows, view)
    keys = iter(f"NEWKEY{i:02d}" for i in range(100))
    plan = make_plan(d, rows, view, new_key=lambda: next(keys), keep_found=case.keep_found)
    needs = {"scan": plan.needs_scan, "items": bool(plan.needs_items), "children": bool(plan.needs_children),
             "notes": plan.needs_all_notes}
    assert [k for k, v in needs.items() if v] == ([case.needs] if case.needs else [])
    items = {a.paper.identity: a.action for a in plan.items}
    notes = {n.parent: n for n in plan.notes}
    assert items.get(LDM) == case.item
    assert (notes[LDM].action if LDM in notes else None) == case.note
    assert (LDM in notes and notes[LDM].conflict) == case.conflict
    if not case.needs:  # the other paper, agreed on both sides, is left alone
        assert items[SD3] == "unchanged" and notes[SD3].action == "unchanged" and notes[SD3].object is None
    if case.check is not None:
        case.check(plan)
