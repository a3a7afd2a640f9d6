"""The PDF each item should have in push's plan (:mod:`zoterodigest.sync.decide.children`),
table-driven: each case is (the settings, what the state remembers, what the item holds)
-> the child actions planned."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import pytest
from planner_cases import (
    ITEM_KEYS,
    LDM,
    VERSION,
    agreed_rows,
    desired,
    no_rows_for_ldm,
    nothing,
    read_library,
)

from zoterodigest.state import LibraryRows
from zoterodigest.sync.decide.children import CHILDREN, ChildSettings
from zoterodigest.sync.decide.desired import Desired
from zoterodigest.sync.decide.plan import LibraryView
from zoterodigest.sync.decide.push_decisions import make_plan


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
    no_rows_for_ldm(rows)
    read_library(d, view, [])


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
              nothing, [], needs_children=True),
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
