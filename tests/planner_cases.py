"""The pure planners' shared ground, for their table-driven tests (test_push_decisions.py,
test_children.py, test_pull_decisions.py): two papers of one digest, the state after a
push both sides still agree with, and the library as a view.  No server and no file:
the digest is parsed from text, the library is a view."""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from digest_texts import TWO_PAPERS

from zoterodigest import zotero as zi
from zoterodigest.digest import parse_bytes
from zoterodigest.state import ItemRow, LibraryRows, NoteRow
from zoterodigest.sync.decide.children import ChildSettings
from zoterodigest.sync.decide.desired import Desired, build_desired
from zoterodigest.sync.decide.item_patch import owned_fields
from zoterodigest.sync.decide.note_base import agreed_on
from zoterodigest.sync.decide.plan import LibraryView
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


def nothing(d: Desired, rows: LibraryRows, view: LibraryView) -> None:
    pass


def no_rows_for_ldm(rows: LibraryRows) -> None:
    del rows.items[LDM]
    del rows.notes[next(e for e in rows.notes if e[1] == LDM)]


def read_library(d: Desired, view: LibraryView, items: list[dict[str, Any]]) -> None:
    """The library's top items and collections read: ``items`` beside the other paper's."""
    items = [*items, item_json(d, SD3)]
    view.index = zi.index_by_identity(items)
    view.top_keys = {o["key"] for o in items}
    view.collections = dict(COLLECTIONS)
    for obj in items:
        view.items[obj["key"]] = obj
