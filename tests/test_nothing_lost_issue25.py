"""Issue 25: the lost edits still found after issue 10 (tests/test_nothing_lost.py), one
acceptance test per scenario, with the same harness: the real CLI in a subprocess
against the strict fake Zotero server, a user library and a group library."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_nothing_lost as lost
from test_nothing_lost import CONFLICT_EXIT, LDM, ORIGINAL_TEXTS, Machine, Zotero, assert_nothing_lost, ok, pushed

zotero = lost.zotero  # the fixture: a user library and a group library


@pytest.mark.parametrize("where", ["note", "tag"])
def test_a_task_edited_in_zotero_after_another_machine_s_push_is_taken(tmp_path: Path, zotero: Zotero,
                                                                       where: str) -> None:
    """B pushes a new Task (both carriers: the note's Task line and the task tag); then the
    user edits one of them in Zotero.  A, which knew neither, takes the one edited last
    and never writes B's value back over it; B then finds the same."""
    a = pushed(tmp_path, zotero)
    b = Machine(tmp_path, "B", zotero)
    ok(b.push())
    b.edit("Task: text-to-image generation  \n> \n", "Task: image synthesis  \n> \n")
    ok(b.push())
    assert "image synthesis" in zotero.text(LDM)
    if where == "note":
        zotero.edit_note(LDM, "image synthesis", "latent image synthesis")
    else:
        zotero.rename_task_tag("task: image synthesis", "task: latent image synthesis")
    ok(a.sync())
    assert "Task: latent image synthesis" in a.text
    assert "Task: latent image synthesis" in zotero.text(LDM)
    assert "task: latent image synthesis" in [t["tag"] for t in zotero.item(LDM).tags]
    assert "task: image synthesis" not in [t["tag"] for t in zotero.item(LDM).tags]
    ok(b.pull())
    assert "Task: latent image synthesis" in b.text
    assert "nothing to sync" in ok(a.sync()).stdout
    assert_nothing_lost(zotero, [a, b], ORIGINAL_TEXTS[1:] + ["latent image synthesis"])


def trash(zotero: Zotero, arxiv: str, deleted: int = 1) -> str:
    """The user moves the paper's item to Zotero's trash (``deleted=0``: restores it)."""
    found = [i for i in zotero.lib.items.values()
             if i.item_type not in ("note", "attachment") and i.fields.get("url", "").endswith(arxiv)]
    assert len(found) == 1, [i.key for i in found]
    item = found[0]
    result = zotero.server.write(zotero.prefix, [{"key": item.key, "version": item.version, "deleted": deleted}])
    assert not result["failed"], result
    return item.key


@pytest.mark.parametrize("command", ["push", "sync"])
def test_push_never_re_creates_a_trashed_item_and_restoring_it_leaves_one(tmp_path: Path, zotero: Zotero,
                                                                          command: str) -> None:
    a = pushed(tmp_path, zotero)
    key = trash(zotero, LDM)
    a.edit("Cross-attention conditioning.", "Cross-attention on text embeddings.")  # an edit for the trashed paper
    r = ok(a._run(command, str(a.path)), (0, 1))  # (push without --quiet: its notices shown)
    assert "trash" in (r.stdout + r.stderr).lower() and "Traceback" not in r.stderr
    assert [i.key for i in zotero.lib.items.values() if i.item_type not in ("note", "attachment")
            and i.fields.get("url", "").endswith(LDM)] == [key]  # not made again
    assert "Latent Diffusion Models" in a.text and "Cross-attention on text embeddings." in a.text
    note = next(n for n in zotero.lib.items.values() if n.item_type == "note" and n.parent == key)
    assert "Cross-attention on text embeddings." not in note.note  # not written under the trash
    ok(a.run(command), (0, 1))  # and not on the next run either
    trash(zotero, LDM, deleted=0)  # the user restores it
    ok(a.sync())
    zotero.item(LDM)  # exactly one live item
    assert "Cross-attention on text embeddings." in zotero.text(LDM)
    assert_nothing_lost(zotero, [a], ORIGINAL_TEXTS[:2] + ORIGINAL_TEXTS[3:] + ["Cross-attention on text embeddings."])


@pytest.mark.parametrize("command", ["push", "sync"])
def test_a_machine_without_state_never_re_creates_a_trashed_item(tmp_path: Path, zotero: Zotero,
                                                                  command: str) -> None:
    """Found by the issue 25 model campaign: the state lost (or a new machine), the paper
    trashed in Zotero, then a push or sync made a second item: the library index left
    trashed items out, so the rebuild by identity did not find it."""
    a = pushed(tmp_path, zotero)
    key = trash(zotero, LDM)
    b = Machine(tmp_path, "B", zotero)
    r = ok(b._run(command, str(b.path)), (0, 1, CONFLICT_EXIT))
    assert "Traceback" not in r.stderr
    assert [i.key for i in zotero.lib.items.values() if i.item_type not in ("note", "attachment")
            and i.fields.get("url", "").endswith(LDM)] == [key]  # found in the trash, not made again
    trash(zotero, LDM, deleted=0)  # restored: the one item again
    ok(b.sync(), (0, CONFLICT_EXIT))
    zotero.item(LDM)
    assert_nothing_lost(zotero, [a, b], ORIGINAL_TEXTS)


@pytest.mark.parametrize("gone", ["trashed", "deleted"])
def test_a_machine_without_state_never_overwrites_a_changed_task(tmp_path: Path, zotero: Zotero, gone: str) -> None:
    """Issue 25, item 3: B has no state and a digest whose Task differs from Zotero's;
    the entry's note is in Zotero's trash (or deleted for good).  B's sync makes no
    choice it has no base for: the Task is a conflict, both texts kept."""
    pushed(tmp_path, zotero)
    note = zotero.note(LDM)
    if gone == "trashed":
        result = zotero.server.write(zotero.prefix, [{"key": note.key, "version": note.version, "deleted": 1}])
        assert not result["failed"], result
    else:
        zotero.server.handle("DELETE", f"/{zotero.prefix}/items?itemKey={note.key}",
                             {"Zotero-API-Key": lost.KEY, "If-Unmodified-Since-Version": str(zotero.lib.version)})
    b = Machine(tmp_path, "B", zotero, lost.DIGEST.replace("Task: text-to-image generation  \n> \n",
                                                           "Task: image synthesis  \n> \n"))
    r = ok(b.sync(), CONFLICT_EXIT)
    assert "conflict" in (r.stdout + r.stderr).lower()
    assert "Task: image synthesis" in b.text
    assert "image synthesis" in b.conflicts() and "text-to-image generation" in b.conflicts()
    assert "task: text-to-image generation" in [t["tag"] for t in zotero.item(LDM).tags]
    assert_nothing_lost(zotero, [b], ORIGINAL_TEXTS[1:] + ["image synthesis", "text-to-image generation"])
    ok(b.sync("--prefer", "digest"))
    assert "Task: image synthesis" in zotero.text(LDM)
    assert "task: image synthesis" in [t["tag"] for t in zotero.item(LDM).tags]


OTHER = """# Reading Group

## Favourites

> **Latent Diffusion Models**  
> *CVPR 2022 Oral*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> Read in week 3.
"""


def memberships(zotero: Zotero, arxiv: str) -> tuple[set[str], set[str]]:
    """The names of the item's collections and its topic tags."""
    item = zotero.item(arxiv)
    names = {zotero.lib.collections[k].name for k in item.collections}
    return names, {t["tag"] for t in item.tags if t["tag"].startswith("topic:")}


@pytest.mark.parametrize("command", ["push", "sync"])
def test_pushing_one_digest_keeps_another_digest_s_memberships_of_a_shared_paper(tmp_path: Path, zotero: Zotero,
                                                                                command: str) -> None:
    """Issue 25, item 4: the library does not depend on which files you name."""
    a = pushed(tmp_path, zotero)
    other = a.root / "group.md"
    other.write_text(OTHER, "utf-8")
    ok(a._run(command, str(a.path), str(other)))
    both = memberships(zotero, LDM)
    assert {"Favourites", "Generation"} <= both[0]
    assert {"topic: Favourites", "topic: Generation"} <= both[1]
    ok(a._run(command, str(a.path)))  # one digest only: the other's memberships stay
    assert memberships(zotero, LDM) == both
    ok(a._run(command, str(other)))
    assert memberships(zotero, LDM) == both
    other.write_text(OTHER.replace("## Favourites", "## Classics"), "utf-8")  # moved within the other digest
    ok(a._run(command, str(other)))
    names, topics = memberships(zotero, LDM)
    assert "Classics" in names and "Favourites" not in names and "Generation" in names
    assert "topic: Classics" in topics and "topic: Favourites" not in topics and "topic: Generation" in topics
