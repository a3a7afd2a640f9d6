"""`zoterodigest sync` decides per note field (zoterodigest.sync.decide.note_fields):
edits to different fields of one entry on the two sides both flow, the task
(tag and note line) is three-way like the summary, a conflict in one field
lets the others through, and Zotero's edit of a field the digest has no place
for (the note heading) stays in Zotero."""

from __future__ import annotations

import sqlite3

import pytest
from test_pull import BLOCKQUOTE, DETAILS, LIB, item_for
from test_sync import Side, same_meaning

from zoterodigest.state import FILE_NAME
from zoterodigest.sync.decide.note_fields import compose_heading, decide_fields, note_parts, raw_heading
from zoterodigest.sync.decide.rendered import meaning_hash
from zoterodigest.sync.decide.threeway import Action
from zoterodigest.sync.sync import CONFLICT_EXIT, conflicts_path
from zoterodigest.zotero.note_markdown import split_note

SAM = "2304.02643"


@pytest.fixture
def side(tmp_path):
    from fakes.zotero_server import ZoteroLibraryServer
    from test_pull import KEY

    s = Side(ZoteroLibraryServer.single_user(user_id=1, api_key=KEY), tmp_path, BLOCKQUOTE)
    assert s.push().ok
    return s


def tags_of(side: Side, arxiv: str) -> set[str]:
    return {t["tag"] for t in item_for(side.server, arxiv).tags}


def rename_tag(side: Side, arxiv: str, old: str, new: str) -> None:
    item = item_for(side.server, arxiv)
    tags = [{"tag": new if t["tag"] == old else t["tag"]} for t in item.tags]
    assert any(t["tag"] == old for t in item.tags), item.tags
    side.server.write(LIB, [{"key": item.key, "version": item.version, "tags": tags}])


# --- the pure parts -------------------------------------------------------------------------------


def test_note_parts_reads_every_field_and_decide_fields_is_per_field():
    html = ("<h2>T</h2>\n<p>From <i>d.md</i> › S</p>\n<p><strong>Task:</strong> seg</p>\n"
            "<p><strong>In one line:</strong> One.</p>\n<p>Body.</p>")
    parts = note_parts(html)
    assert parts == {"heading": "<h2>T</h2><p>From<em>d.md</em>› S</p>", "task": "seg", "one_liner": "One.",
                     "summary": "Body."}
    digest = {**parts, "heading": "<h2>T2</h2><p>From<em>d.md</em>› S</p>"}
    zotero = {**parts, "summary": "Other body."}
    got = {f.name: f.action for f in decide_fields(parts, digest, zotero, {"summary", "task"})}
    assert got == {"heading": Action.TO_ZOTERO, "task": Action.NOTHING, "one_liner": Action.NOTHING,
                   "summary": Action.TO_DIGEST}
    both = decide_fields(parts, {**parts, "task": "a"}, {**parts, "task": "b"}, {"task"}, prefer="zotero")
    task = next(f for f in both if f.name == "task")
    assert (task.first, task.action, task.digest_value, task.new_base) == (Action.CONFLICT, Action.TO_DIGEST, "b", "b")


def test_a_zotero_heading_is_put_over_ours_and_the_rest_kept():
    ours = "<h2>Ours</h2>\n<p>From <i>d.md</i></p>\n<p>Body &amp; more.</p>"
    theirs = '<div data-schema-version="9"><h2>Theirs</h2>\n<p>From <i>d.md</i> › X</p><p>Old.</p></div>'
    assert raw_heading(theirs) == "<h2>Theirs</h2>\n<p>From <i>d.md</i> › X</p>"
    assert compose_heading(ours, theirs) == "<h2>Theirs</h2>\n<p>From <i>d.md</i> › X</p>\n<p>Body &amp; more.</p>"
    assert raw_heading("<p>no heading</p><h2>late</h2>") == ""


# --- against the fake server ----------------------------------------------------------------------


def test_a_digest_retitle_and_a_zotero_summary_edit_both_flow(side):
    side.edit_digest("> **Segment Anything**", "> **Segment Anything, Retitled**")
    side.edit_note(SAM, "Promptable masks.", "Zotero words on masks.")
    report = side.sync()
    assert report.ok and not report.conflicts and report.exit_code() == 0
    text = side.path.read_text("utf-8")
    assert "> Zotero words on masks." in text and "Promptable masks." not in text
    note = side.note(SAM)
    assert "Segment Anything, Retitled" in note and "Zotero words on masks." in note
    assert item_for(side.server, SAM).fields["title"] == "Segment Anything, Retitled"
    assert side.notes_of(SAM) == 1
    again = side.sync()
    assert side.writes() == [] and "nothing to sync" in again.lines()


@pytest.mark.parametrize("prefer", ["digest", "zotero"])
def test_a_task_renamed_on_both_sides_is_a_conflict_until_prefer(side, prefer):
    side.edit_digest("Task: segmentation", "Task: instance segmentation")
    rename_tag(side, SAM, "task: segmentation", "task: promptable segmentation")
    report = side.sync()
    assert report.exit_code() == CONFLICT_EXIT
    assert [(c.field, c.digest_text, c.zotero_text) for c in report.conflicts] == [
        ("task", "instance segmentation", "promptable segmentation")]
    assert "Task: instance segmentation" in side.path.read_text("utf-8")
    tags = tags_of(side, SAM)
    assert "task: promptable segmentation" in tags and "task: instance segmentation" not in tags
    assert "promptable segmentation" in conflicts_path(side.path).read_text("utf-8")
    # Nothing moved since: still the same conflict, and nothing written.
    assert side.sync().exit_code() == CONFLICT_EXIT and side.writes() == []
    resolved = side.sync(prefer=prefer)
    assert resolved.exit_code() == 0 and not conflicts_path(side.path).exists()
    wanted = "instance segmentation" if prefer == "digest" else "promptable segmentation"
    other = "promptable segmentation" if prefer == "digest" else "instance segmentation"
    assert f"Task: {wanted}" in side.path.read_text("utf-8")
    tags = tags_of(side, SAM)
    assert f"task: {wanted}" in tags and f"task: {other}" not in tags
    assert split_note(side.note(SAM)).task == wanted
    assert side.sync().exit_code() == 0 and side.writes() == []


def test_a_task_tag_renamed_in_zotero_reaches_the_digest_and_the_note(side):
    before = side.path.read_bytes()
    rename_tag(side, SAM, "task: segmentation", "task: open-vocabulary segmentation")
    report = side.sync()
    assert report.exit_code() == 0
    after = side.path.read_bytes()
    start = before.index(b"Task: segmentation") + len(b"Task: ")
    assert after == before[:start] + b"open-vocabulary segmentation" + before[start + len(b"segmentation"):]
    assert split_note(side.note(SAM)).task == "open-vocabulary segmentation"
    assert side.sync().exit_code() == 0 and side.writes() == []


def test_a_heading_edited_in_zotero_stays_through_later_digest_edits(side):
    side.edit_note(SAM, "<h2>Segment Anything</h2>", "<h2>SAM, my own heading</h2>")
    before = side.path.read_bytes()
    report = side.sync()
    assert report.exit_code() == 0 and side.path.read_bytes() == before and side.writes() == []
    side.edit_digest("Promptable masks.", "Masks from prompts, edited in the digest.")
    assert side.sync().exit_code() == 0
    note = side.note(SAM)
    assert "SAM, my own heading" in note and "Masks from prompts, edited in the digest." in note
    assert side.notes_of(SAM) == 1
    assert side.sync().exit_code() == 0 and side.writes() == []


def test_a_conflict_in_one_field_lets_the_other_fields_flow(side):
    side.edit_digest("Promptable masks.", "Digest summary.")
    side.edit_digest("Task: segmentation", "Task: interactive segmentation")
    side.edit_note(SAM, "Promptable masks.", "Zotero summary.")
    report = side.sync()
    assert report.exit_code() == CONFLICT_EXIT
    assert [c.field for c in report.conflicts] == ["summary"]
    note = side.note(SAM)
    parts = split_note(note)
    assert parts.task == "interactive segmentation" and same_meaning(parts.summary, "Zotero summary.")
    assert "task: interactive segmentation" in tags_of(side, SAM)
    text = side.path.read_text("utf-8")
    assert "> Digest summary." in text and "Zotero summary." not in text
    assert side.notes_of(SAM) == 1
    # The conflict stays open (not silently decided for the digest) until a side gives way.
    assert side.sync().exit_code() == CONFLICT_EXIT and side.writes() == []
    side.edit_digest("Digest summary.", "Zotero summary.")
    assert side.sync().exit_code() == 0 and not conflicts_path(side.path).exists()


def test_a_one_liner_edited_in_zotero_reaches_a_details_card(tmp_path):
    from fakes.zotero_server import ZoteroLibraryServer
    from test_pull import KEY

    side = Side(ZoteroLibraryServer.single_user(user_id=1, api_key=KEY), tmp_path, DETAILS)
    assert side.push().ok
    side.edit_note("2103.00020", "Contrastive image-text pretraining for zero-shot transfer",
                   "Image-text contrast, edited in Zotero")
    side.edit_digest("Contrastive loss over pairs", "Contrastive loss over many pairs")
    assert side.sync().exit_code() == 0
    text = side.path.read_text("utf-8")
    assert "**One-liner:** Image-text contrast, edited in Zotero" in text
    note = side.note("2103.00020")
    assert "Image-text contrast, edited in Zotero" in note and "many pairs" in note
    assert side.sync().exit_code() == 0 and side.writes() == []


def test_rows_from_before_per_field_sync_are_decided_whole_then_upgraded(side):
    with sqlite3.connect(side.state_dir / FILE_NAME) as db:  # as migrated: the whole note's meaning hash only
        for key, seen in db.execute("SELECT note_key, json_extract(base_json, '$.seen') FROM zotero_notes").fetchall():
            db.execute("UPDATE zotero_notes SET base_json = json_object('legacy', ?) WHERE note_key = ?",
                       (meaning_hash(seen), key))
    side.edit_note(SAM, "Promptable masks.", "Zotero side, old state.")
    assert side.sync().exit_code() == 0
    assert "> Zotero side, old state." in side.path.read_text("utf-8")
    with sqlite3.connect(side.state_dir / FILE_NAME) as db:
        empty = db.execute("SELECT count(*) FROM zotero_notes WHERE base_json LIKE '%legacy%'").fetchone()[0]
    assert empty == 0
    assert side.sync().exit_code() == 0 and side.writes() == []


def test_a_lost_state_is_rebuilt_by_identity_and_differences_become_conflicts(side):
    import shutil

    items_before = {k for k, i in side.server.library(LIB).items.items()}
    side.edit_note(SAM, "Promptable masks.", "Edited in Zotero before the state was lost.")
    shutil.rmtree(side.state_dir)
    before = side.path.read_bytes()
    report = side.sync()
    assert report.exit_code() == CONFLICT_EXIT
    assert {k for k, i in side.server.library(LIB).items.items()} == items_before  # nothing made twice
    assert [(c.entry[1], c.field) for c in report.conflicts] == [(f"arxiv:{SAM}", "summary")]
    assert side.path.read_bytes() == before
    assert "Edited in Zotero before the state was lost." in side.note(SAM)
    assert any("rebuilt it by identity" in n for n in report.notices)
    assert side.sync(prefer="zotero").exit_code() == 0
    assert "> Edited in Zotero before the state was lost." in side.path.read_text("utf-8")
    assert side.sync().exit_code() == 0 and side.writes() == []
    assert {k for k, i in side.server.library(LIB).items.items()} == items_before


def test_a_venue_tag_renamed_in_zotero_becomes_the_venue_text(side):
    from test_pull import make_client

    from zoterodigest.state import State
    from zoterodigest.sync.pull import pull_digests

    ldm = "2112.10752"
    before = side.path.read_bytes()
    rename_tag(side, ldm, "CVPR", "ICCV")
    with State(side.state_dir) as state:
        report = pull_digests([side.path], make_client(side.server), state)
    assert report.ok
    after = side.path.read_bytes()
    start = before.index(b"*CVPR 2022 Oral*")
    assert after == before[:start] + b"*ICCV 2022 Oral*" + before[start + len(b"*CVPR 2022 Oral*"):]
    # An unrelated new tag is not read as a venue; a second pull changes nothing.
    item = item_for(side.server, SAM)
    side.server.write(LIB, [{"key": item.key, "version": item.version,
                             "tags": [{"tag": "to read"}] + [{"tag": t["tag"]} for t in item.tags if t["tag"] != "ICCV"]}])
    with State(side.state_dir) as state:
        pull_digests([side.path], make_client(side.server), state)
    assert side.path.read_bytes() == after
    # Sync then sends the new venue's tags and fields; nothing is left to do after.
    assert side.sync().exit_code() == 0
    assert "ICCV" in tags_of(side, ldm) and "CVPR" not in tags_of(side, ldm)
    assert side.sync().exit_code() == 0 and side.writes() == []
