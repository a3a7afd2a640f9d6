"""The pure planners, table-driven: each case is (what the state remembers, what the
digest says, what Zotero holds) -> the expected action, named for the rule it checks.

* push's plan (:func:`zoterodigest.sync.decide.push_decisions.make_plan`): items and notes, and
  the PDFs each item should have (:mod:`zoterodigest.sync.decide.children`);
* pull's plan (:func:`zoterodigest.sync.decide.pull_decisions.make_pull_plan`);
* sync's decision for one note field (:func:`zoterodigest.sync.decide.note_fields.decide_field`).

No server and no file: the digest is parsed from text, the library is a view.
"""

from __future__ import annotations

from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
from digest_texts import TWO_PAPERS

from zoterodigest import zotero as zi
from zoterodigest.digest import parse_bytes
from zoterodigest.state import ItemRow, LibraryRows, NoteRow
from zoterodigest.sync.decide.children import CHILDREN, ChildSettings
from zoterodigest.sync.decide.desired import Desired, build_desired
from zoterodigest.sync.decide.item_patch import owned_fields
from zoterodigest.sync.decide.note_base import agreed_on
from zoterodigest.sync.decide.note_fields import UNKNOWN, decide_field
from zoterodigest.sync.decide.plan import LibraryView, Plan
from zoterodigest.sync.decide.pull_decisions import make_pull_plan
from zoterodigest.sync.decide.push_decisions import make_plan
from zoterodigest.sync.decide.threeway import Action
from zoterodigest.sync.read.library_changes import LibraryChanges
from zoterodigest.zotero.tag_templates import load_tag_templates

TEMPLATES = load_tag_templates()
PATH = "/planner/reading-log.md"
LDM, SD3 = "arxiv:2112.10752", "arxiv:2403.03206"
ITEM_KEYS = {LDM: "ITEMLDM1", SD3: "ITEMSD31"}
NOTE_KEYS = {LDM: "NOTELDM1", SD3: "NOTESD31"}
COLLECTIONS = {("Reading Log",): "COLLTOP1", ("Reading Log", "Generation"): "COLLGEN1"}
VERSION = 10


def digest(text: str = TWO_PAPERS):
    return parse_bytes(text.encode("utf-8"), PATH, None)


def desired(children: ChildSettings | None = None) -> Desired:
    return build_desired([digest()], {}, TEMPLATES, children=children)


def item_json(d: Desired, identity: str, **fields: Any) -> dict[str, Any]:
    """The item as Zotero holds it after our push (``fields`` changed in Zotero)."""
    paper = next(p for p in d.papers if p.identity == identity)
    data = {**deepcopy(paper.item), "collections": [COLLECTIONS[p] for p in paper.collection_paths], **fields}
    key = ITEM_KEYS[identity]
    return {"key": key, "version": VERSION, "data": {"key": key, "version": VERSION, **data}}


def note_json(identity: str, html: str, *, parent: str | None = None) -> dict[str, Any]:
    key = NOTE_KEYS[identity]
    data = {"key": key, "version": VERSION, "itemType": "note", "parentItem": parent or ITEM_KEYS[identity],
            "note": html, "dateAdded": "2026-01-01T00:00:00Z"}
    return {"key": key, "version": VERSION, "data": data}


def agreed_rows(d: Desired) -> LibraryRows:
    """The state after a push both sides still agree with."""
    rows = LibraryRows(version=VERSION, collections=dict(COLLECTIONS))
    for paper in d.papers:
        sent = owned_fields(item_json(d, paper.identity)["data"])
        rows.items[paper.identity] = ItemRow(paper.identity, ITEM_KEYS[paper.identity], VERSION, paper.sent_hash,
                                             sent)
    for note in d.notes:
        rows.notes[note.entry] = NoteRow(note.entry, ITEM_KEYS[note.parent], NOTE_KEYS[note.parent], VERSION,
                                         agreed_on(note.html))
    return rows


def html_of(d: Desired, identity: str) -> str:
    return next(n.html for n in d.notes if n.parent == identity)


def reworded(html: str, words: str) -> str:
    """The note with another summary paragraph."""
    return html.replace("<p>Diffusion in a latent space.</p>", f"<p>{words}</p>")


# --- push: make_plan --------------------------------------------------------------------------------


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


def _nothing(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    pass


def _digest_renamed_paper(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    rows.items[LDM] = replace(rows.items[LDM], sent_hash="before", sent={**rows.items[LDM].sent, "title": "Old"})


def _zotero_holds_what_we_sent(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _digest_renamed_paper(d, rows, view)
    view.items[ITEM_KEYS[LDM]] = item_json(d, LDM, title="Old")


def _user_retitled_it_in_zotero(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _digest_renamed_paper(d, rows, view)
    view.items[ITEM_KEYS[LDM]] = item_json(d, LDM, title="A title the user typed")


def _no_rows_for_ldm(rows: LibraryRows) -> None:
    del rows.items[LDM]
    del rows.notes[next(e for e in rows.notes if e[1] == LDM)]


def _state_lost_library_unread(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _no_rows_for_ldm(rows)


def _read_library(d: Desired, view: LibraryView, items: list[dict[str, Any]]) -> None:
    """The library's top items and collections read: ``items`` beside the other paper's."""
    items = [*items, item_json(d, SD3)]
    view.index = zi.index_by_identity(items)
    view.top_keys = {o["key"] for o in items}
    view.collections = dict(COLLECTIONS)
    for obj in items:
        view.items[obj["key"]] = obj


def _state_lost_item_in_library(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _no_rows_for_ldm(rows)
    _read_library(d, view, [item_json(d, LDM, abstractNote="The user's abstract", date="")])
    view.children[ITEM_KEYS[LDM]] = []  # its notes read: none of ours
    view.all_notes = []  # nor anywhere in the library (another machine's, moved to another item)


def _state_lost_item_in_library_notes_unread(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _state_lost_item_in_library(d, rows, view)
    view.all_notes = None


def _state_lost_item_not_in_library(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _no_rows_for_ldm(rows)
    _read_library(d, view, [])


def _item_deleted_in_zotero(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    view.gone |= {ITEM_KEYS[LDM], NOTE_KEYS[LDM]}  # its note went with it
    _read_library(d, view, [])


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
    PushCase("both sides as the base: nothing read, nothing written", _nothing, "unchanged", "unchanged"),
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


# --- push: the PDF each item should have (children.py) ----------------------------------------------


@dataclass
class ChildCase:
    name: str
    settings: ChildSettings
    setup: Callable[[Desired, LibraryRows, LibraryView], None]
    #: LDM's child actions: (kind, an object to create, a file to upload).
    actions: list[tuple[str, bool, bool]]
    needs_children: bool = False
    #: What LDM's item row remembers its item holds, once planned.
    marker: list[str] | None = None


def _created_in_this_push(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    _no_rows_for_ldm(rows)
    _read_library(d, view, [])


def _row_remembers_its_pdf(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    rows.items[LDM] = replace(rows.items[LDM], sent={**rows.items[LDM].sent, CHILDREN: ["pdf"]})


def _attachment(key: str, **data: Any) -> dict[str, Any]:
    return {"key": key, "version": VERSION, "data": {"key": key, "version": VERSION, "itemType": "attachment",
                                                     "parentItem": ITEM_KEYS[LDM], **data}}


def _user_attached_a_pdf(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    view.child_items[ITEM_KEYS[LDM]] = [_attachment("USERPDF1", linkMode="imported_file", filename="ldm.pdf",
                                                    contentType="application/pdf", md5="0" * 32)]


def _stored_pdf_never_got_its_file(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    view.child_items[ITEM_KEYS[LDM]] = [_attachment("HALFPDF1", linkMode="imported_url", filename="2112.10752.pdf",
                                                    contentType="application/pdf")]


CHILD_CASES = [
    ChildCase("a paper created in this push gets its linked PDF, no read", ChildSettings.translator(),
              _created_in_this_push, [("pdf", True, False)]),
    ChildCase("--pdf store: the attachment is created, its file uploaded after", ChildSettings.translator("store"),
              _created_in_this_push, [("pdf", True, True)]),
    ChildCase("--pdf none: nothing", ChildSettings(pdf="none"), _created_in_this_push, []),
    ChildCase("an existing item never looked at: its children are read first", ChildSettings.translator(),
              _nothing, [], needs_children=True),
    ChildCase("a row remembering the PDF: no read, no second PDF", ChildSettings.translator(),
              _row_remembers_its_pdf, [], marker=["pdf"]),
    ChildCase("a PDF the user attached counts: none added, remembered", ChildSettings.translator(),
              _user_attached_a_pdf, [], marker=["pdf"]),
    ChildCase("a stored PDF whose upload failed gets its file, not a twin", ChildSettings.translator("store"),
              _stored_pdf_never_got_its_file, [("pdf", False, True)], marker=[]),
]


@pytest.mark.parametrize("case", CHILD_CASES, ids=lambda c: c.name)
def test_child_plan(case: ChildCase) -> None:
    d = desired(case.settings)
    rows = agreed_rows(d)
    view = LibraryView(version=VERSION)
    case.setup(d, rows, view)
    keys = iter(f"NEWKEY{i:02d}" for i in range(100))
    plan = make_plan(d, rows, view, new_key=lambda: next(keys), keep_found=True)
    mine = [c for c in plan.children if c.parent == LDM]
    assert [(c.kind, c.object is not None, c.upload) for c in mine] == case.actions
    assert (ITEM_KEYS[LDM] in plan.needs_children) == case.needs_children
    item = next(a for a in plan.items if a.paper.identity == LDM)
    if case.marker is not None:
        assert item.row.sent.get(CHILDREN) == case.marker
    for child in mine:
        if child.object is None:
            assert child.key == "HALFPDF1"  # the attachment waiting for its file
            continue
        assert child.object["parentItem"] == item.key
        writes = [obj["key"] for _, obj in plan.item_writes()]
        # right after its parent and the parent's note: in the same batch, no extra request
        assert writes.index(child.key) == writes.index(item.key) + 2


# --- pull: make_pull_plan ------------------------------------------------------------------------------


@dataclass
class PullCase:
    name: str
    #: Zotero's changes since the base (built from the desired objects).
    changes: Callable[[Desired], LibraryChanges]
    #: Field changes expected per identity ({} : none).
    fields: dict[str, dict[str, Any]] = field(default_factory=dict)
    removed: list[str] = field(default_factory=list)
    appended: list[str] = field(default_factory=list)
    #: A word every notice holds, or "" for no notice.
    notice: str = ""
    prune: bool = False
    pulled_notes: bool = False


def changed(*objects: dict[str, Any], deleted: tuple[str, ...] = ()) -> LibraryChanges:
    return LibraryChanges(VERSION, VERSION + 1, {o["key"]: o for o in objects}, set(deleted))


def _trashed(obj: dict[str, Any]) -> dict[str, Any]:
    obj["data"]["deleted"] = 1
    return obj


def _task_renamed(d: Desired) -> LibraryChanges:
    obj = item_json(d, LDM)
    obj["data"]["tags"] = [t if not t["tag"].startswith("task: ") else {"tag": "task: image synthesis", "type": 0}
                           for t in obj["data"]["tags"]]
    return changed(obj)


def _added_to_section(d: Desired) -> LibraryChanges:
    new = {"key": "ITEMNEW1", "version": VERSION + 1,
           "data": {"key": "ITEMNEW1", "itemType": "preprint", "title": "Denoising Diffusion Probabilistic Models",
                    "url": "https://arxiv.org/abs/2006.11239", "collections": [COLLECTIONS[("Reading Log",
                                                                                              "Generation")]],
                    "creators": [{"creatorType": "author", "firstName": "Jonathan", "lastName": "Ho"}],
                    "tags": [], "date": "2020"}}
    return changed(new)


def _taken_out_of_section(d: Desired) -> LibraryChanges:
    obj = item_json(d, LDM)
    obj["data"]["collections"] = []
    return changed(obj)


PULL_CASES = [
    PullCase("nothing changed in Zotero: nothing to do", lambda d: changed()),
    PullCase("note saved again with the same meaning: nothing to splice",
             lambda d: changed(note_json(LDM, f"<div>{html_of(d, LDM)}</div>"))),
    PullCase("summary reworded in Zotero: left to the one decision (pull's plan has no note field)",
             lambda d: changed(note_json(LDM, reworded(html_of(d, LDM), "Reworded in Zotero.")))),
    PullCase("note in Zotero's trash: reported, the summary stays",
             lambda d: changed(_trashed(note_json(LDM, html_of(d, LDM)))), notice="trash"),
    PullCase("note deleted for good: reported, the summary stays",
             lambda d: changed(deleted=(NOTE_KEYS[LDM],)), notice="deleted"),
    PullCase("item in Zotero's trash: reported, the entry stays",
             lambda d: changed(_trashed(item_json(d, LDM))), notice="trash"),
    PullCase("item in Zotero's trash, --prune: the entry goes",
             lambda d: changed(_trashed(item_json(d, LDM))), removed=[LDM], prune=True),
    PullCase("item deleted for good, --prune: the entry goes",
             lambda d: changed(deleted=(ITEM_KEYS[LDM],)), removed=[LDM], prune=True),
    PullCase("task tag renamed in Zotero: owned, the Task left to the one decision", _task_renamed),
    PullCase("paper added to a section's collection: appended under it", _added_to_section,
             appended=["Denoising Diffusion Probabilistic Models"]),
    PullCase("paper taken out of its section's collection: reported, the entry stays", _taken_out_of_section,
             notice="removed from collection"),
    PullCase("paper taken out of its section's collection, --prune: the entry goes", _taken_out_of_section,
             removed=[LDM], prune=True),
]


@pytest.mark.parametrize("case", PULL_CASES, ids=lambda c: c.name)
def test_pull_plan(case: PullCase) -> None:
    d = desired()
    rows = agreed_rows(d)
    plan = make_pull_plan([digest()], rows, case.changes(d), TEMPLATES, prune=case.prune)
    (dplan,) = plan.digests
    assert {c.entry.paper.identity: c.fields for c in dplan.changes} == case.fields
    assert [r.entry.paper.identity for r in dplan.removals] == case.removed
    assert [a.paper.title for a in dplan.appends] == case.appended
    if case.notice:
        assert plan.notices and all(case.notice in n for n in plan.notices), plan.notices
    else:
        assert plan.notices == []
    assert bool(plan.pulled_notes) == case.pulled_notes


# --- sync: decide_field -------------------------------------------------------------------------------


@dataclass
class FieldCase:
    name: str
    field: str
    base: str
    digest: str
    zotero: str
    first: Action
    action: Action
    placeable: bool = True
    prefer: str | None = None
    direction: str = "both"


FIELD_CASES = [
    FieldCase("nobody moved", "summary", "A", "A", "A", Action.NOTHING, Action.NOTHING),
    FieldCase("digest moved: copied to Zotero", "summary", "A", "B", "A", Action.TO_ZOTERO, Action.TO_ZOTERO),
    FieldCase("Zotero moved: copied to the digest", "summary", "A", "A", "B", Action.TO_DIGEST, Action.TO_DIGEST),
    FieldCase("both moved to the same meaning: agree", "summary", "A", "B  ", "B", Action.AGREE, Action.AGREE),
    FieldCase("a task differing only in case is the same task", "task", "Seg", "seg", "Seg", Action.NOTHING,
              Action.NOTHING),
    FieldCase("both moved differently: conflict", "task", "A", "B", "C", Action.CONFLICT, Action.CONFLICT),
    FieldCase("both changed different lines of the summary: merged", "summary", "one\ntwo\nthree",
              "ONE\ntwo\nthree", "one\ntwo\nTHREE", Action.MERGED, Action.MERGED),
    FieldCase("both changed the same line of the summary: conflict", "summary", "one\ntwo", "uno\ntwo",
              "eins\ntwo", Action.CONFLICT, Action.CONFLICT),
    FieldCase("no agreed value, Zotero's empty: the digest's words win", "summary", UNKNOWN, "Words", "",
              Action.TO_ZOTERO, Action.TO_ZOTERO),
    FieldCase("no agreed value, the digest's empty: Zotero's words win", "one_liner", UNKNOWN, "", "Words",
              Action.TO_DIGEST, Action.TO_DIGEST),
    FieldCase("no agreed value, both have words: conflict, no merge", "summary", UNKNOWN, "one\ntwo", "one\nthree",
              Action.CONFLICT, Action.CONFLICT),
    FieldCase("a field the digest cannot hold, both moved: Zotero's stays in the note", "heading", "A", "B", "C",
              Action.TO_DIGEST, Action.TO_DIGEST, placeable=False),
    FieldCase("conflict, --prefer digest: the digest's copied", "task", "A", "B", "C", Action.CONFLICT,
              Action.TO_ZOTERO, prefer="digest"),
    FieldCase("conflict, --prefer zotero: Zotero's copied", "task", "A", "B", "C", Action.CONFLICT,
              Action.TO_DIGEST, prefer="zotero"),
    FieldCase("push: Zotero's change left for pull or sync", "summary", "A", "A", "B", Action.TO_DIGEST,
              Action.LEFT, direction="push"),
    FieldCase("pull: the digest's change left for push or sync", "summary", "A", "B", "A", Action.TO_ZOTERO,
              Action.LEFT, direction="pull"),
    FieldCase("push: the digest's change written", "summary", "A", "B", "A", Action.TO_ZOTERO, Action.TO_ZOTERO,
              direction="push"),
    FieldCase("push, a field the digest cannot hold: Zotero's kept in the note", "heading", "A", "A", "B",
              Action.TO_DIGEST, Action.TO_DIGEST, placeable=False, direction="push"),
    FieldCase("pull: a conflict stays a conflict", "task", "A", "B", "C", Action.CONFLICT, Action.CONFLICT,
              direction="pull"),
]


@pytest.mark.parametrize("case", FIELD_CASES, ids=lambda c: c.name)
def test_decide_field(case: FieldCase) -> None:
    decision = decide_field(case.field, case.base, case.digest, case.zotero, placeable=case.placeable,
                            prefer=case.prefer, direction=case.direction)
    assert (decision.first, decision.action) == (case.first, case.action)
    if case.action is Action.MERGED:
        assert decision.merged == "ONE\ntwo\nTHREE" and decision.note_value == decision.digest_value == "ONE\ntwo\nTHREE"
