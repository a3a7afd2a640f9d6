"""The one decision (zoterodigest/sync/decision.py), table-driven: one entry's note
decided from its typed base, the digest's note and Zotero's side, for each
direction and --prefer; what the digest takes, the note Zotero gets, the new base."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest
from digest_texts import TWO_PAPERS

from zoterodigest import zotero as zi
from zoterodigest.digest import parse_bytes
from zoterodigest.state import NoteBase
from zoterodigest.sync.decide.decision import Asked, ZoteroSide, decide_entry, zotero_note
from zoterodigest.sync.decide.desired import placeable_fields, with_fields
from zoterodigest.sync.decide.note_base import zotero_task
from zoterodigest.sync.decide.note_fields import FIELDS, UNKNOWN, note_parts
from zoterodigest.sync.decide.rendered import meaning_hash
from zoterodigest.sync.decide.threeway import Action

PATH = "/decision/reading-log.md"
ENTRY = parse_bytes(TWO_PAPERS.encode("utf-8"), PATH, None).entries[0]
PLACEABLE = placeable_fields(ENTRY)
TASK, SUMMARY = "text-to-image generation", "Diffusion in a latent space."


def note(**fields: str | None) -> str:
    """The entry's note with some fields changed (as push would render it)."""
    return zi.note_html(with_fields(ENTRY, fields) if fields else ENTRY, "reading-log.md", title_heading="Reading Log")


AGREED = note()


def base(**changes: str) -> NoteBase:
    """The base both sides agreed on: the note as rendered, ``changes`` applied per field."""
    return NoteBase({**note_parts(AGREED), **changes}, AGREED)


@dataclass
class Case:
    name: str
    base: NoteBase
    digest: dict[str, str]  # the digest's fields that differ from the agreed ones
    zotero: ZoteroSide
    asked: Asked
    #: field -> action expected (fields not named: NOTHING).
    actions: dict[str, Action]
    #: what the digest takes
    takes: Mapping[str, str] = field(default_factory=dict)
    #: the summary Zotero's note says afterwards (None: as the digest's)
    zotero_summary: str | None = None
    #: whether a note is written
    written: bool = False


CASES = [
    Case("nothing moved: nothing", base(), {}, ZoteroSide(), Asked(), {}),
    Case("digest moved: Zotero gets it", base(), {"summary": "Mine."}, ZoteroSide(AGREED, 11), Asked(),
         {"summary": Action.TO_ZOTERO}, written=True),
    Case("Zotero moved: the digest takes it", base(), {}, ZoteroSide(note(summary="Theirs."), 11), Asked(),
         {"summary": Action.TO_DIGEST}, takes={"summary": "Theirs."}, zotero_summary="Theirs."),
    Case("both moved alike: agree, nothing written", base(), {"summary": "Same."},
         ZoteroSide(note(summary="Same."), 11), Asked(), {"summary": Action.AGREE}),
    Case("both moved apart: a conflict, each side keeps its text", base(), {"summary": "Mine."},
         ZoteroSide(note(summary="Theirs."), 11), Asked(), {"summary": Action.CONFLICT}, zotero_summary="Theirs."),
    Case("pull: a digest change is left for push", base(), {"summary": "Mine."}, ZoteroSide(AGREED, 11),
         Asked("pull"), {"summary": Action.LEFT}, zotero_summary=SUMMARY),
    Case("push: a Zotero change is left for pull, the note keeps it", base(), {"task": "segmentation"},
         ZoteroSide(note(summary="Theirs."), 11), Asked("push"),
         {"summary": Action.LEFT, "task": Action.TO_ZOTERO}, zotero_summary="Theirs.", written=True),
    Case("--prefer digest without the conflict listed: still a conflict", base(), {"summary": "Mine."},
         ZoteroSide(note(summary="Theirs."), 11), Asked(prefer="digest"), {"summary": Action.CONFLICT},
         zotero_summary="Theirs."),
    Case("--prefer digest on the conflict as listed: Zotero gets the digest's", base(), {"summary": "Mine."},
         ZoteroSide(note(summary="Theirs."), 11), Asked(prefer="digest", listed={"summary": ("Mine.", "Theirs.")}),
         {"summary": Action.TO_ZOTERO}, written=True),
    Case("no base (state lost): differing fields are conflicts", base(summary=UNKNOWN, task=UNKNOWN),
         {"summary": "Mine.", "task": "segmentation"}, ZoteroSide(note(summary="Theirs."), 11), Asked(),
         {"summary": Action.CONFLICT, "task": Action.CONFLICT}, zotero_summary="Theirs."),
    Case("task tag renamed in Zotero: the digest's Task takes it", base(), {},
         ZoteroSide(AGREED, 10, 11, (TASK, "image synthesis")), Asked(), {"task": Action.TO_DIGEST},
         takes={"task": "image synthesis"}, written=True),
    Case("tag renamed, then the Task line edited after it: the line wins", base(), {},
         ZoteroSide(note(task="line task"), 12, 11, (TASK, "tag task")), Asked(), {"task": Action.TO_DIGEST},
         takes={"task": "line task"}),
    Case("Task line edited after a tag renamed, digest's Task moved too: a conflict", base(),
         {"task": "mine"}, ZoteroSide(note(task="line task"), 12, 11, (TASK, "tag task")), Asked(),
         {"task": Action.CONFLICT}),
    Case("not read: as last seen", base(), {}, ZoteroSide(None), Asked(), {}),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_decide_entry(case: Case) -> None:
    ours = note(**case.digest)
    decision = decide_entry(case.base, ours, case.zotero, set(PLACEABLE), case.asked, 10)
    assert {f.name: f.action for f in decision.fields if f.action is not Action.NOTHING} == case.actions
    assert decision.digest_takes == dict(case.takes)
    write = zotero_note(decision, lambda fields: note(**{**case.digest, **fields}))
    assert write.needed == case.written
    expected = case.zotero_summary if case.zotero_summary is not None else note_parts(ours)["summary"]
    assert note_parts(write.html)["summary"] == expected


def test_the_new_base_after_each_side_is_written() -> None:
    decision = decide_entry(base(), note(summary="Mine."), ZoteroSide(note(one_liner="x"), 11), set(PLACEABLE),
                            Asked())
    before = decision.base_after(digest_written=True, zotero_written=False)
    assert before.fields["summary"] == SUMMARY  # Zotero not written yet: the change is found again
    write = zotero_note(decision, lambda fields: note(**fields) if fields else note(summary="Mine."))
    after = decision.base_after(digest_written=True, zotero_written=True, seen=write.html)
    assert after.fields["summary"] == "Mine." and after.seen == write.html
    assert set(after.fields) == set(FIELDS)


def test_a_renamed_tag_held_by_a_conflict_is_not_taken() -> None:
    decision = decide_entry(base(), note(task="mine"), ZoteroSide(AGREED, 10, 11, (TASK, "theirs")),
                            set(PLACEABLE), Asked())
    assert decision.field("task").action is Action.CONFLICT and decision.tag_not_taken
    # Zotero's task is the tag's until a push rewrites the note's line: recorded beside the note.
    recorded = decision.base_after(digest_written=True, zotero_written=False)
    assert recorded.task == "theirs" and zotero_task(NoteBase.loads(recorded.dumps()), TASK) == "theirs"


def test_zotero_keeps_its_heading_edit() -> None:
    theirs = AGREED.replace("High-Resolution Image Synthesis", "HIGH-RES Image Synthesis", 1)
    decision = decide_entry(base(), note(summary="Mine."), ZoteroSide(theirs, 11), set(PLACEABLE), Asked())
    write = zotero_note(decision, lambda fields: note(**fields) if fields else note(summary="Mine."))
    assert "HIGH-RES" in write.html and "Mine." in write.html and write.needed
    assert write.over_meaning == meaning_hash(theirs)
