"""Pull's plan (:func:`zoterodigest.sync.decide.pull_decisions.make_pull_plan`), table-driven:
each case is what Zotero changed since the base -> the digest's changes, removals,
appended papers and notices (a note field is left to the one decision)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from planner_cases import (
    COLLECTIONS,
    ITEM_KEYS,
    LDM,
    NOTE_KEYS,
    TEMPLATES,
    VERSION,
    agreed_rows,
    desired,
    digest,
    html_of,
    item_json,
    note_json,
    reworded,
)

from zoterodigest.sync.decide.desired import Desired
from zoterodigest.sync.decide.pull_decisions import make_pull_plan
from zoterodigest.sync.read.library_changes import LibraryChanges


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
