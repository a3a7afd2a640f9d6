"""Sync's decision for one note field (:func:`zoterodigest.sync.decide.note_fields.decide_field`),
table-driven: (field, base, digest, Zotero, placeable, --prefer, direction) -> the
action before and after --prefer and the direction."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from zoterodigest.sync.decide.note_fields import UNKNOWN, decide_field
from zoterodigest.sync.decide.threeway import Action


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
