"""`pull --prune`, papers taken out of a digest's collections, deleted collections and
`pull --json` (zoterodigest.sync.pull) against the strict fake Zotero server.

Without --prune a paper gone from Zotero (trashed, deleted, taken out of its
section's collection) is reported and kept; with it, its entry's own lines are
removed (the backup keeps them), a later push does not make the paper again and
the next pull finds nothing.  A note gone on its own never removes its entry; a
deleted collection is only reported (and made again by the next push)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_env import cli_runner
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer
from test_pull import BLOCKQUOTE, KEY, LIB, STATE_NAME, Sync, edit_note, item_for, note_for
from test_pull import setup as pushed

from zoterodigest.digest import parse_bytes, read_digest
from zoterodigest.state import State
from zoterodigest.sync.pull import backup_path


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


def trash(server: ZoteroLibraryServer, arxiv: str) -> None:
    item = item_for(server, arxiv)
    server.write(LIB, [{"key": item.key, "version": item.version, "deleted": 1}])


def delete(server: ZoteroLibraryServer, kind: str, key: str, version: int) -> None:
    answer = server.handle("DELETE", f"/users/1/{kind}/{key}",
                           {"Zotero-API-Key": KEY, "If-Unmodified-Since-Version": str(version)})
    assert answer.status == 204


def collection_key(server: ZoteroLibraryServer, name: str) -> str:
    return next(k for k, c in server.library(LIB).collections.items() if c.name == name and not c.deleted)


def set_collections(server: ZoteroLibraryServer, arxiv: str, keys: list[str]) -> None:
    item = item_for(server, arxiv)
    server.write(LIB, [{"key": item.key, "version": item.version, "collections": keys}])


def titles(path: Path) -> list[str]:
    return [e.paper.title for e in read_digest(path).entries]


def without(data: bytes, *arxiv_ids: str) -> bytes:
    """The digest with those entries removed by the splice itself (what prune must write)."""
    digest = parse_bytes(data, "d.md")
    return digest.with_changes([], [digest.remove_edit(e) for e in digest.entries if e.paper.arxiv_id in arxiv_ids])


def live_items(server: ZoteroLibraryServer, arxiv: str) -> list:
    return [i for i in server.library(LIB).items.values()
            if i.item_type != "note" and i.fields.get("url", "").endswith(arxiv) and not i.deleted]


def note_rows(sync: Sync) -> set[tuple[str, str, int]]:
    with State(sync.state_dir) as state:
        return set(state.library_rows(STATE_NAME).notes)


# --- trashed and deleted papers -----------------------------------------------------------------


def test_without_prune_a_gone_paper_is_kept_and_the_notice_says_how_to_remove_it(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    trash(server, "2304.02643")
    report = sync.pull()
    assert report.ok and sync.path.read_bytes() == before
    assert ("note: digest.md: 'Segment Anything' is in Zotero's trash; the digest keeps it "
            "(run pull --prune to remove it from the digest)") in report.lines()


def test_prune_removes_the_entries_of_trashed_and_deleted_papers(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    trash(server, "2304.02643")
    ldm = item_for(server, "2112.10752")
    delete(server, "items", ldm.key, ldm.version)
    rows_before = note_rows(sync)
    report = sync.pull(prune=True)
    assert report.ok and [d.written for d in report.digests] == [True]
    after = sync.path.read_bytes()
    assert after == without(before, "2304.02643", "2112.10752")  # only those two entries' lines went
    assert titles(sync.path) == ["Rectified Flow Transformers"]
    assert b"Some words of my own, kept as they are." in after and b"## Segmentation" in after
    lines = report.lines()
    assert "digest.md: removed 'Segment Anything' (trashed in Zotero)" in lines
    assert "digest.md: removed 'Latent Diffusion Models' (deleted in Zotero)" in lines
    assert not any("the digest keeps it" in line for line in lines)
    assert sorted(report.digests[0].removed) == ["Latent Diffusion Models", "Segment Anything"]
    assert backup_path(State(sync.state_dir), str(sync.path)).read_bytes() == before
    assert sync.writes() == []
    # The removed entries' note rows are forgotten; the others stay.
    gone = {r for r in rows_before if r[1] in ("arxiv:2304.02643", "arxiv:2112.10752")}
    assert len(gone) == 2 and note_rows(sync) == rows_before - gone
    # Push after prune: the trashed paper is not made again, nothing is written.
    push = sync.push()
    assert push.ok and sync.writes() == []
    assert live_items(server, "2304.02643") == [] and live_items(server, "2112.10752") == []
    # A second pull is a no-op (one 304).
    report = sync.pull(prune=True)
    assert sync.path.read_bytes() == after and report.ok and not any(d.changed for d in report.digests)
    assert sync.pull() and len(sync.requests) == 1 and sync.requests[0].status == 304


def test_prune_finds_a_paper_trashed_before_an_earlier_pull(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    sync.pull()
    trash(server, "2304.02643")
    assert "(run pull --prune to remove it from the digest)" in "\n".join(sync.pull().lines())
    assert sync.pull() and len(sync.requests) == 1  # the trash is behind us now
    report = sync.pull(prune=True)  # yet --prune reads every listed paper's item
    assert "digest.md: removed 'Segment Anything' (trashed in Zotero)" in report.lines()
    assert titles(sync.path) == ["Latent Diffusion Models", "Rectified Flow Transformers"]
    # Versions of the library, deletions, the three listed items (one request of 50).
    assert len(sync.requests) == 3 and sync.writes() == []


def test_prune_finds_a_paper_deleted_before_an_earlier_pull(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    sync.pull()
    ldm = item_for(server, "2112.10752")
    delete(server, "items", ldm.key, ldm.version)
    sync.pull()
    report = sync.pull(prune=True)
    assert "digest.md: removed 'Latent Diffusion Models' (deleted in Zotero)" in report.lines()
    assert "Latent Diffusion Models" not in titles(sync.path)


def test_a_note_gone_on_its_own_never_removes_its_entry(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    note = note_for(server, "2403.03206")
    server.write(LIB, [{"key": note.key, "version": note.version, "deleted": 1}])
    other = note_for(server, "2304.02643")
    delete(server, "items", other.key, other.version)
    report = sync.pull(prune=True)
    assert report.ok and sync.path.read_bytes() == before
    text = "\n".join(report.lines())
    assert "the note for 'Rectified Flow Transformers' is in Zotero's trash; the digest keeps its summary" in text
    assert "the note for 'Segment Anything' was deleted in Zotero; the digest keeps its summary" in text


def test_prune_dry_run_shows_the_removal_and_writes_nothing(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    rows = note_rows(sync)
    trash(server, "2304.02643")
    report = sync.pull(prune=True, dry_run=True)
    out = "\n".join(report.lines())
    assert "-> **Segment Anything**  " in out and "-> Promptable masks." in out and "+>" not in out
    assert "digest.md: removed 'Segment Anything' (trashed in Zotero)" in out and "dry run: nothing written" in out.splitlines()[0]
    assert sync.path.read_bytes() == before and note_rows(sync) == rows
    assert not backup_path(State(sync.state_dir), str(sync.path)).exists()
    sync.pull(prune=True)  # the state did not move: the real run still finds it
    assert sync.path.read_bytes() == without(before, "2304.02643")


def test_prune_with_a_note_edit_and_an_addition_in_the_same_pull(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    edit_note(server, "2304.02643", "Promptable masks.", "Masks on prompt.")  # then trashed: removal wins
    trash(server, "2304.02643")
    edit_note(server, "2403.03206", "Rectified flow at scale.", "Scaled up.")
    server.write(LIB, [{"itemType": "preprint", "title": "Masked Autoencoders Are Scalable Learners",
                        "repository": "arXiv", "archiveID": "arXiv:2111.06377", "date": "2021-11-11",
                        "url": "http://arxiv.org/abs/2111.06377",
                        "collections": [collection_key(server, "Segmentation")]}])
    report = sync.pull(prune=True)
    assert report.ok, report.problems
    entries = read_digest(sync.path).entries
    assert [(e.paper.title, e.section[-1]) for e in entries] == [
        ("Latent Diffusion Models", "Generation"), ("Rectified Flow Transformers", "Generation"),
        ("Masked Autoencoders Are Scalable Learners", "Segmentation")]  # took the removed card's place
    assert entries[1].paper.summary == "Scaled up."
    after = sync.path.read_bytes()
    assert after.startswith(before[: before.index(b"Rectified flow at scale.")])
    assert b"Promptable masks." not in after and b"Masks on prompt." not in after


# --- papers taken out of a digest's collections ---------------------------------------------------


def test_a_paper_taken_out_of_its_section_collection(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    set_collections(server, "2304.02643", [])
    report = sync.pull()
    assert sync.path.read_bytes() == before
    assert ("note: digest.md: 'Segment Anything' was removed from collection 'Vision Log › Segmentation' in "
            "Zotero; the digest keeps it (run pull --prune to remove it)") in report.lines()
    report = sync.pull(prune=True)  # found again although the earlier pull took its version
    assert ("digest.md: removed 'Segment Anything' (removed from collection 'Vision Log › Segmentation' in "
            "Zotero)") in report.lines()
    assert sync.path.read_bytes() == without(before, "2304.02643")
    assert live_items(server, "2304.02643")  # the item itself is left alone
    sync.push()
    assert sync.writes() == []
    assert sync.pull() and len(sync.requests) == 1


def test_flattened_a_paper_taken_out_of_the_digest_collection(server, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(BLOCKQUOTE)
    sync = Sync(server, tmp_path, path)
    assert sync.push(flatten=True).ok
    assert {c.name for c in server.library(LIB).collections.values()} == {"Vision Log"}
    before = path.read_bytes()
    set_collections(server, "2112.10752", [])
    report = sync.pull(flatten=True)
    assert ("note: digest.md: 'Latent Diffusion Models' was removed from collection 'Vision Log' in Zotero; "
            "the digest keeps it (run pull --prune to remove it)") in report.lines()
    sync.pull(flatten=True, prune=True)
    assert path.read_bytes() == without(before, "2112.10752")


def test_a_paper_moved_to_another_section_collection_is_kept(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    set_collections(server, "2304.02643", [collection_key(server, "Generation")])
    report = sync.pull(prune=True)
    assert sync.path.read_bytes() == before and report.ok
    assert ("note: digest.md: 'Segment Anything' was removed from collection 'Vision Log › Segmentation' in "
            "Zotero but is still in 'Vision Log › Generation'; the digest keeps it") in report.lines()


def test_a_paper_put_in_another_collection_too_changes_nothing(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    sam = item_for(server, "2304.02643")
    set_collections(server, "2304.02643", [*sam.collections, collection_key(server, "Generation")])
    report = sync.pull(prune=True)
    assert sync.path.read_bytes() == before and report.notices == []


def test_a_deleted_section_collection_is_reported_never_pruned_and_made_again_by_push(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    key = collection_key(server, "Segmentation")
    delete(server, "collections", key, server.library(LIB).collections[key].version)
    report = sync.pull(prune=True)
    assert report.ok and sync.path.read_bytes() == before
    assert ("note: digest.md: its collection 'Vision Log › Segmentation' was deleted in Zotero; the digest "
            "keeps its entries and the next push makes it again") in report.lines()
    assert not any("was removed from collection" in line for line in report.lines())
    push = sync.push()
    assert push.ok
    again = collection_key(server, "Segmentation")
    assert again != key and again in item_for(server, "2304.02643").collections
    assert sync.pull() and sync.path.read_bytes() == before


def test_a_deleted_digest_collection_with_its_sections(server, tmp_path):
    sync = pushed(server, tmp_path, BLOCKQUOTE)
    before = sync.path.read_bytes()
    key = collection_key(server, "Vision Log")
    delete(server, "collections", key, server.library(LIB).collections[key].version)
    report = sync.pull(prune=True)
    assert report.ok and sync.path.read_bytes() == before
    assert ("note: digest.md: its collections 'Vision Log', 'Vision Log › Generation', 'Vision Log › "
            "Segmentation' were deleted in Zotero; the digest keeps its entries and the next push makes them "
            "again") in report.lines()
    assert sync.push().ok
    assert {c.name for c in server.library(LIB).collections.values() if not c.deleted} == {
        "Vision Log", "Generation", "Segmentation"}


# --- the command: --prune and --json ---------------------------------------------------------------


@pytest.mark.slow
def test_pull_command_prune_and_json(server, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(BLOCKQUOTE)
    env, run = cli_runner(tmp_path)

    outputs = []
    with ZoteroHTTPServer(server) as url:
        env["ZOTERO_API_URL"] = url
        assert run("push", str(path), "--offline", "--quiet").returncode == 0
        trash(server, "2304.02643")
        before = path.read_bytes()
        r = run("pull", str(path), "--json")
        outputs.append(r)
        assert r.returncode == 0, r.stderr
        report = json.loads(r.stdout)
        assert report["ok"] and report["digests"][0]["removed"] == [] and path.read_bytes() == before
        assert any("run pull --prune" in n for n in report["notices"])
        r = run("pull", str(path), "--prune", "--dry-run", "--json")
        outputs.append(r)
        report = json.loads(r.stdout)
        assert r.returncode == 0 and report["dry_run"] and path.read_bytes() == before
        assert report["digests"][0]["removed"] == ["Segment Anything"] and not report["digests"][0]["written"]
        assert "-> **Segment Anything**" in report["digests"][0]["diff"]
        r = run("pull", str(path), "--prune", "--json")
        outputs.append(r)
        report = json.loads(r.stdout)
        assert r.returncode == 0 and report["digests"][0]["written"]
        assert report["digests"][0]["changed"] == ["removed 'Segment Anything' (trashed in Zotero)"]
        assert Path(report["digests"][0]["backup"]).read_bytes() == before
        assert report["library_version"] == server.library(LIB).version and report["requests"] >= 3
        assert titles(path) == ["Latent Diffusion Models", "Rectified Flow Transformers"]
        r = run("pull", str(path), "--prune")
        outputs.append(r)
        assert r.returncode == 0 and "nothing to pull" in r.stdout
        path.write_text("not a digest any more")
        r = run("pull", str(path), "--json")
        outputs.append(r)
        assert r.returncode == 0 and json.loads(r.stdout)["ok"]
    for r in outputs:
        assert KEY not in r.stdout + r.stderr and "Traceback" not in r.stderr
