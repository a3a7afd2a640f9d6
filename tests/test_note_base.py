"""The typed base of a note (zoterodigest.sync.decide.note_base): a note row recorded before
sync kept a base per field (only the meaning hash of the whole note) gets one the
first time sync reads it, and is then decided per field like every other note -- no
separate whole-note decision.  Against the strict fake Zotero server."""

from __future__ import annotations

from dataclasses import replace

import pytest
from test_pull import STATE_NAME
from test_sync import CASES, Side, server  # noqa: F401  (the fixture)

from zoterodigest.state import NoteBase, State
from zoterodigest.sync.decide.note_base import migrated_base
from zoterodigest.sync.decide.note_fields import UNKNOWN, note_parts
from zoterodigest.sync.decide.rendered import meaning_hash

ARXIV, SUMMARY = "2403.03206", "Rectified flow at scale."


def legacy(side: Side) -> None:
    """The state as a version before sync left it, once migrated: only the meaning hash
    of the note both sides agreed on (a legacy base) in the note rows."""
    with State(side.state_dir) as state:
        rows = state.library_rows(STATE_NAME)
        state.record_rows(STATE_NAME, notes=[replace(r, base=NoteBase.from_legacy(meaning_hash(r.base.seen)))
                                             for r in rows.notes.values()])


def bases(side: Side) -> list[dict]:
    with State(side.state_dir) as state:
        return [dict(r.base.fields) for r in state.library_rows(STATE_NAME).notes.values()]  # {}: still legacy


@pytest.fixture
def side(server, tmp_path):  # noqa: F811
    side = Side(server, tmp_path, CASES["blockquote-cards"][0])
    assert side.push().ok
    legacy(side)
    return side


def test_migrated_base_is_the_side_that_did_not_move():
    old = "<h2>T</h2><p><strong>Task:</strong> a</p><p>Old words.</p>"
    new = "<h2>T</h2><p><strong>Task:</strong> a</p><p>New words.</p>"
    assert migrated_base(meaning_hash(old), old, new) == note_parts(old)  # the digest moved
    assert migrated_base(meaning_hash(old), new, old) == note_parts(old)  # Zotero moved
    both = migrated_base(meaning_hash("<p>gone</p>"), old, new)  # both moved: only what they share is agreed
    assert both["summary"] == UNKNOWN and both["task"] == "a"


def test_a_legacy_row_with_nothing_changed_gets_a_base_and_writes_nothing(side):
    report = side.sync()
    assert report.exit_code() == 0 and not side.writes()
    assert all(b for b in bases(side))
    assert side.sync().exit_code() == 0 and not side.writes()


def test_a_legacy_row_takes_a_digest_edit_to_zotero(side):
    side.edit_digest(SUMMARY, "Scaled rectified flow.")
    assert side.sync().exit_code() == 0
    assert "Scaled rectified flow." in side.note(ARXIV) and side.notes_of(ARXIV) == 1


def test_a_legacy_row_takes_a_zotero_edit_to_the_digest(side):
    side.edit_note(ARXIV, SUMMARY, "Edited in Zotero.")
    assert side.sync().exit_code() == 0
    assert "Edited in Zotero." in side.path.read_text("utf-8")


def test_a_legacy_row_edited_on_both_sides_is_a_conflict_until_prefer(side):
    side.edit_digest(SUMMARY, "Digest words.")
    side.edit_note(ARXIV, SUMMARY, "Zotero words.")
    report = side.sync()
    assert report.exit_code() == 3 and "Digest words." in side.path.read_text("utf-8")
    assert "Zotero words." in side.note(ARXIV)
    assert side.sync(prefer="digest").exit_code() == 0
    assert "Digest words." in side.note(ARXIV) and side.notes_of(ARXIV) == 1
