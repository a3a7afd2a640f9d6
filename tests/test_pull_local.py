"""`pull --local` (zoterodigest.sync.pull_local): pull from the Zotero desktop app's
read-only local API by content, against the strict fake over real HTTP.

The fake serves one library both as the Web API (``users/1``) and as the desktop
(``/api/users/0``): a desktop fully synced with the Web library.  Edits made "in
the desktop" go through ``local_edit`` / ``local_add`` / ``local_delete``, which
change the data but move no version, as Zotero 7-9 do until they sync.  Digests
are pushed through the Web API, as they must be for Zotero 7-9.
"""

from __future__ import annotations

import math
import os
from dataclasses import replace
from pathlib import Path

import pytest
from closed_ports import refusing_url
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer, make_pyzotero
from typer.testing import CliRunner

from zoterodigest.cli import app
from zoterodigest.digest import read_digest
from zoterodigest.state import LibraryRows, NoteBase, State
from zoterodigest.sync import push_digests
from zoterodigest.sync.pull import pull_digests
from zoterodigest.sync.pull_local import (
    PRUNE_REFUSED,
    choose_library,
    content_changes,
    pull_local,
    tracked_keys,
)
from zoterodigest.sync.settings import LocalSettings
from zoterodigest.sync.write.pull_record import keep_state_versions
from zoterodigest.zotero.client import ZoteroClient
from zoterodigest.zotero.errors import LOCAL_DISABLED, ZoteroConfigError, ZoteroRequestError

KEY = "Secret0Key0Zotero42"
LIB = "users/1"
WEB_STATE_NAME = "https://api.zotero.test users/1"  # where the Web push files the library

DIGEST = """# Vision Log

Some words of my own, kept as they are.

## Generation

> **Latent Diffusion Models**  
> *CVPR 2022 Oral*, [arxiv](https://arxiv.org/abs/2112.10752)  
> Task: text-to-image generation  
> Diffusion in the latent space of an autoencoder.

> **Rectified Flow Transformers**  
> *arXiv 2024*, [arxiv](https://arxiv.org/abs/2403.03206)  
> Task: text-to-image generation  
> Rectified flow at scale.

## Segmentation

> **Segment Anything**  
> *ICCV 2023*, [arxiv](https://arxiv.org/abs/2304.02643)  
> Task: segmentation  
> Promptable masks.
"""

#: What a no-change local pull of DIGEST reads: the probe, 3 notes + 3 items in one
#: itemKey batch, and the digest's collection and its two section sub-collections.
TRACKED, COLLECTIONS = 6, 3
EXPECTED_READS = 1 + math.ceil(TRACKED / 50) + COLLECTIONS


@pytest.fixture
def server() -> ZoteroLibraryServer:
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    server.local_api_enabled = True
    return server


@pytest.fixture
def desktop(server):
    with ZoteroHTTPServer(server) as url:
        yield LocalSettings(url + "/api", Path("/nonexistent/config.toml"))


class Desk:
    """One digest pushed through the Web API, then pulled from the desktop."""

    def __init__(self, server: ZoteroLibraryServer, settings: LocalSettings, tmp: Path, text: str = DIGEST) -> None:
        self.server, self.settings, self.state_dir = server, settings, tmp / "state"
        self.path = tmp / "digest.md"
        self.path.write_bytes(text.encode("utf-8"))
        self.requests: list = []
        assert self.push().ok

    def _logged(self, fn):
        before = len(self.server.log)
        result = fn()
        self.requests = self.server.log[before:]
        return result

    def push(self):
        def run():
            with State(self.state_dir) as state:
                client = ZoteroClient(zot=make_pyzotero(self.server, 1, "user", KEY), sleep=lambda s: None)
                return push_digests([read_digest(self.path)], client, state)
        return self._logged(run)

    def web_pull(self):
        def run():
            with State(self.state_dir) as state:
                client = ZoteroClient(zot=make_pyzotero(self.server, 1, "user", KEY), sleep=lambda s: None)
                return pull_digests([self.path], client, state)
        return self._logged(run)

    def pull(self, **kw):
        def run():
            with State(self.state_dir) as state:
                return pull_local([self.path], self.settings, state, **kw)
        return self._logged(run)

    def rows(self) -> LibraryRows:
        with State(self.state_dir) as state:
            return state.library_rows(WEB_STATE_NAME)

    def pulls(self) -> dict[str, int]:
        with State(self.state_dir) as state:
            return state.pull_versions(WEB_STATE_NAME)


def item_for(server: ZoteroLibraryServer, arxiv: str):
    return next(i for i in server.library(LIB).items.values()
                if i.item_type != "note" and i.fields.get("url", "").endswith(arxiv))


def note_for(server: ZoteroLibraryServer, arxiv: str):
    parent = item_for(server, arxiv)
    return next(i for i in server.library(LIB).items.values() if i.parent == parent.key)


def summary_span(path: Path, arxiv: str) -> tuple[int, int]:
    text = path.read_text(encoding="utf-8")
    entry = next(e for e in read_digest(path).entries if e.paper.arxiv_id == arxiv)
    span = entry.fields["summary"]
    return len(text[: span.start].encode()), len(text[: span.end].encode())


# --- the fake models Zotero 7-9 ------------------------------------------------------------------


def test_a_local_edit_moves_no_version_and_is_invisible_to_since(server, desktop, tmp_path):
    desk = Desk(server, desktop, tmp_path)
    desk.web_pull()  # the first Web pull of a digest compares everything once; later ones read since=
    library = server.library(LIB)
    note = note_for(server, "2403.03206")
    version, library_version = note.version, library.version
    server.local_edit(LIB, note.key, note=note.note.replace("Rectified flow at scale.", "Edited on the desk."))
    assert "Edited on the desk." in library.items[note.key].note
    assert (library.items[note.key].version, library.version) == (version, library_version)
    # The Web pull (since=) cannot see it: that is why pull --local reads by content.
    before = desk.path.read_bytes()
    desk.web_pull()
    assert desk.path.read_bytes() == before and b"Edited on the desk." not in before
    assert len(desk.requests) == 1 and desk.requests[0].status == 304
    with pytest.raises(ValueError, match="not a valid field"):  # as strict as a write
        server.local_edit(LIB, item_for(server, "2403.03206").key, publisher="X")


# --- pull --local --------------------------------------------------------------------------------


def test_a_note_edited_in_the_desktop_changes_only_its_span(server, desktop, tmp_path):
    desk = Desk(server, desktop, tmp_path)
    rows_before, pulls_before = desk.rows(), desk.pulls()
    start, end = summary_span(desk.path, "2403.03206")
    before = desk.path.read_bytes()
    note = note_for(server, "2403.03206")
    server.local_edit(LIB, note.key, note=note.note.replace("Rectified flow at scale.", "Rectified flow, 8B."))
    report = desk.pull()
    assert report.ok and [d.written for d in report.pull.digests] == [True], report.one_way_lines()
    after = desk.path.read_bytes()
    tail = len(before) - end
    assert after[:start] == before[:start] and after[len(after) - tail:] == before[end:]
    assert after[start:len(after) - tail].rstrip() == b"> Rectified flow, 8B."  # in the family's syntax
    assert len(desk.requests) == EXPECTED_READS and all(r.method == "GET" for r in desk.requests)
    # The state: the note's meaning moved; no version came from the desktop.
    rows = desk.rows()
    entry = next(e for e, r in rows.notes.items() if r.key == note.key)
    assert rows.notes[entry].base.fields != rows_before.notes[entry].base.fields  # the agreed summary moved
    assert "Rectified flow, 8B." in rows.notes[entry].base.seen
    assert {e: r.version for e, r in rows.notes.items()} == {e: r.version for e, r in rows_before.notes.items()}
    assert {i: r.version for i, r in rows.items.items()} == {i: r.version for i, r in rows_before.items.items()}
    assert rows.version == rows_before.version and desk.pulls() == pulls_before
    # Again: nothing changes, and it costs only the reads.
    report = desk.pull()
    assert desk.path.read_bytes() == after and "nothing to pull" in report.one_way_lines()
    assert len(desk.requests) == EXPECTED_READS
    # A Web push sends nothing back (the note already says what the digest says).
    assert desk.push().ok and [r for r in desk.requests if r.method != "GET"] == []
    # Zotero syncs the edit up (the Web version moves): a Web pull finds nothing new.
    # (Zotero's sync uploads the note with its local dateModified; the content is already in place.)
    server.write(LIB, [{"key": note.key, "version": note.version, "note": server.library(LIB).items[note.key].note,
                        "dateModified": "2030-01-01T00:00:00Z"}])
    assert server.library(LIB).items[note.key].version > note.version
    desk.web_pull()
    assert desk.path.read_bytes() == after


def test_an_unedited_local_pull_keeps_every_byte_and_every_row(server, desktop, tmp_path):
    desk = Desk(server, desktop, tmp_path)
    before, rows_before = desk.path.read_bytes(), desk.rows()
    report = desk.pull()
    assert report.ok and desk.path.read_bytes() == before and not any(d.changed for d in report.pull.digests)
    rows = desk.rows()  # items with unchanged tags: no change, not even to the tags we own
    assert rows.items == rows_before.items and rows.version == rows_before.version
    assert {e: replace(r, base=NoteBase()) for e, r in rows.notes.items()} == \
        {e: replace(r, base=NoteBase()) for e, r in rows_before.notes.items()}  # sync's own bookkeeping aside
    paths = [r.path for r in desk.requests]
    print(f"no-change local pull: {len(paths)} requests: {paths}")
    assert paths[0] == "/api/" and len(paths) == EXPECTED_READS
    assert sum(1 for r in desk.requests if "itemKey" in r.query) == math.ceil(TRACKED / 50)
    assert sum(1 for p in paths if p.endswith("/items/top") and "/collections/" in p) == COLLECTIONS
    assert all(p.startswith("/api/users/1/") for p in paths[1:])  # the Web library's own user, checked by Zotero


def test_a_task_tag_renamed_in_the_desktop_becomes_the_task_text(server, desktop, tmp_path):
    desk = Desk(server, desktop, tmp_path)
    item = item_for(server, "2304.02643")
    tags = [t for t in item.tags if t["tag"] != "task: segmentation"] + [{"tag": "task: instance segmentation"}]
    server.local_edit(LIB, item.key, tags=tags)
    assert desk.pull().ok
    assert next(e for e in read_digest(desk.path).entries
                if e.paper.arxiv_id == "2304.02643").paper.task == "instance segmentation"
    row = desk.rows().items["arxiv:2304.02643"]
    assert "task: instance segmentation" in row.sent["tags"] and row.version == item.version
    after = desk.path.read_bytes()
    assert desk.pull().ok and desk.path.read_bytes() == after


def test_requests_grow_with_tracked_objects_by_batches_of_50(server, desktop, tmp_path):
    papers = "\n".join(f"> **Paper Number {i} On Things**  \n> *NeurIPS 2023*, [paper](https://example.org/p{i})  \n"
                       f"> Summary {i}.\n" for i in range(30))
    desk = Desk(server, desktop, tmp_path, f"# Many\n\n## All\n\n{papers}")
    desk.pull()
    tracked, collections = 60, 2  # 30 notes + 30 items; the digest's collection and its one section
    assert len(desk.requests) == 1 + math.ceil(tracked / 50) + collections == 5
    assert [len(r.query["itemKey"][0].split(",")) for r in desk.requests if "itemKey" in r.query] == [50, 10]


def test_a_paper_added_to_the_collection_in_the_desktop_is_appended(server, desktop, tmp_path):
    desk = Desk(server, desktop, tmp_path)
    before = desk.path.read_bytes()
    section = next(k for k, c in server.library(LIB).collections.items() if c.name == "Segmentation")
    library_version = server.library(LIB).version
    server.local_add(LIB, {"itemType": "preprint", "title": "Masked Autoencoders Are Scalable Learners",
                           "repository": "arXiv", "archiveID": "arXiv:2111.06377", "date": "2021-11-11",
                           "url": "http://arxiv.org/abs/2111.06377",
                           "tags": [{"tag": "task: self-supervised learning"}], "collections": [section]})
    assert server.library(LIB).version == library_version
    report = desk.pull()
    assert report.ok
    new = [e for e in read_digest(desk.path).entries if e.paper.arxiv_id == "2111.06377"]
    assert len(new) == 1 and new[0].section[-1] == "Segmentation" and new[0].paper.task == "self-supervised learning"
    assert desk.path.read_bytes().startswith(before)  # appended at the end (the last section)
    after = desk.path.read_bytes()
    desk.pull()
    assert desk.path.read_bytes() == after  # not appended twice


def test_a_deleted_or_trashed_tracked_item_is_reported_and_kept(server, desktop, tmp_path):
    desk = Desk(server, desktop, tmp_path)
    before = desk.path.read_bytes()
    deletions = list(server.library(LIB).deletions)
    server.local_delete(LIB, item_for(server, "2112.10752").key)
    server.local_edit(LIB, item_for(server, "2304.02643").key, deleted=1)
    assert server.library(LIB).deletions == deletions  # nothing for /deleted: it is not synced
    report = desk.pull()
    text = "\n".join(report.one_way_lines())
    assert report.ok and desk.path.read_bytes() == before
    assert "'Latent Diffusion Models' was deleted in Zotero" in text
    assert "'Segment Anything' is in Zotero's trash" in text
    assert "2 of the digests' notes or items are not in this Zotero" in text and "not synced" in text


def test_a_desktop_copy_older_than_the_push_is_not_taken(server, desktop, tmp_path):
    """A summary edited in the digest and pushed through the Web API, while the
    desktop still holds the note from before (not synced yet): the old text must not
    come back into the digest."""
    desk = Desk(server, desktop, tmp_path)
    old = note_for(server, "2403.03206")
    old_note, old_version = old.note, old.version
    desk.path.write_text(DIGEST.replace("Rectified flow at scale.", "Newer words, pushed."), encoding="utf-8")
    assert desk.push().ok and note_for(server, "2403.03206").version > old_version
    stored = server.library(LIB).items[old.key]  # the desktop's copy, from before that push
    stored.note, stored.version = old_note, old_version
    before = desk.path.read_bytes()
    report = desk.pull()
    assert desk.path.read_bytes() == before and b"Newer words, pushed." in before
    assert any("older in this Zotero than what was last pushed" in n for n in report.notices + report.pull.notices)


def test_a_desktop_signed_in_as_someone_else_is_named(desktop, server, tmp_path):
    server.add_user(2)
    server.add_key("Other0Key0Two", 2)
    path = tmp_path / "d.md"
    path.write_text(DIGEST, encoding="utf-8")
    with State(tmp_path / "state") as state:
        client = ZoteroClient(zot=make_pyzotero(server, 2, "user", "Other0Key0Two"), sleep=lambda s: None)
        assert push_digests([read_digest(path)], client, state).ok
        with pytest.raises(ZoteroRequestError, match="not signed in as users/2"):
            pull_local([path], desktop, state)


def test_nothing_pushed_says_so_and_prune_is_refused(server, desktop, tmp_path):
    path = tmp_path / "d.md"
    path.write_text(DIGEST, encoding="utf-8")
    with State(tmp_path / "state") as state:
        report = pull_local([path], desktop, state)
        assert "push them first" in "\n".join(report.one_way_lines()) and report.requests == 1
        with pytest.raises(ZoteroConfigError, match="--prune cannot be used with --local"):
            pull_local([path], desktop, state, prune=True)


# --- pure parts ----------------------------------------------------------------------------------


def test_choose_library_prefers_the_desktops_own_rows_then_one_web_library():
    own = "zotero-desktop:srv1 users/0"
    web, group = "https://api.zotero.org users/7", "https://api.zotero.org groups/9"
    assert choose_library(own, [own, web]) == own
    assert choose_library(own, [web, "zotero-desktop:another users/0"]) == web
    assert choose_library(own, []) is None
    with pytest.raises(ZoteroConfigError, match="--library-id"):
        choose_library(own, [group, web])
    assert choose_library(own, [group, web], "9", "group") == group
    assert choose_library(own, [group, web], "7") == web


def test_content_changes_finds_deleted_and_unsynced_copies():
    from zoterodigest.state import ItemRow, NoteRow

    note = ("/d.md", "arxiv:1", 0)
    rows = LibraryRows(version=40, items={"arxiv:1": ItemRow("arxiv:1", "ITEMAAAA", 30, "h"),
                                       "arxiv:2": ItemRow("arxiv:2", "ITEMBBBB", 31, "h")},
                    notes={note: NoteRow(note, "ITEMAAAA", "NOTEAAAA", 32, "m")})
    tracked = tracked_keys(rows, {"/d.md"}, {"arxiv:1", "arxiv:2"})
    assert tracked == {"NOTEAAAA": 32, "ITEMAAAA": 30, "ITEMBBBB": 31}
    found = [{"key": "NOTEAAAA", "version": 29}, {"key": "ITEMAAAA", "version": 35}, {"key": "NEWITEM1", "version": 0}]
    changes, stale = content_changes(rows, tracked, found)
    assert stale == {"NOTEAAAA"} and changes.deleted == {"ITEMBBBB"}
    assert set(changes.objects) == {"ITEMAAAA", "NEWITEM1"} and changes.since == changes.version == 40


def test_keep_state_versions_puts_back_the_rows_versions_only():
    from zoterodigest.state import ItemRow, NoteRow
    from zoterodigest.sync.pull import PullPlan

    note = ("/d.md", "arxiv:1", 0)
    rows = LibraryRows(version=40, items={"arxiv:1": ItemRow("arxiv:1", "ITEMAAAA", 30, "h", {"tags": ["task: a"]})},
                    notes={note: NoteRow(note, "ITEMAAAA", "NOTEAAAA", 32, "m")})
    plan = PullPlan(note_versions={note: 900}, items=[ItemRow("arxiv:1", "ITEMAAAA", 901, "h", {"tags": ["task: b"]})])
    keep_state_versions(plan, rows)
    assert plan.note_versions == {note: 32}
    assert plan.items == [ItemRow("arxiv:1", "ITEMAAAA", 30, "h", {"tags": ["task: b"]})]  # the owned tag stays


# --- the command ---------------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str | None]:
    out: dict[str, str | None] = {k: None for k in os.environ if k.startswith(("ZOTERO", "ARXIV"))}
    out.update(ZOTERODIGEST_STATE_DIR=str(tmp_path / "state"), ZOTERODIGEST_CACHE_DIR=str(tmp_path / "cache"),
               ZOTERODIGEST_CONFIG=str(tmp_path / "config.toml"))
    return out


def run(env, *args: str):
    r = CliRunner().invoke(app, list(args), env=env)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return r


@pytest.mark.slow
def test_pull_local_command_end_to_end(server, env, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(DIGEST, encoding="utf-8")
    with ZoteroHTTPServer(server) as url:
        web = {**env, "ZOTERO_API_KEY": KEY, "ZOTERO_LIBRARY_ID": "1", "ZOTERO_API_URL": url}
        assert run(web, "push", str(path), "--offline", "--quiet").exit_code == 0
        note = note_for(server, "2403.03206")
        server.local_edit(LIB, note.key, note=note.note.replace("Rectified flow at scale.", "Scaled up."))
        local = {**env, "ZOTERO_API_URL": url + "/api"}  # no Web API key at all
        before = path.read_bytes()
        r = run(local, "pull", str(path), "--local", "--dry-run")
        assert r.exit_code == 0, r.stderr
        assert "+> Scaled up." in r.stdout and path.read_bytes() == before
        r = run(local, "pull", str(path), "--local")
        assert r.exit_code == 0 and b"Scaled up." in path.read_bytes() and "wrote" in r.stdout
        r = run(local, "pull", str(path), "--local")
        assert r.exit_code == 0 and "nothing to pull" in r.stdout


def test_pull_local_reports_a_summary_edited_on_both_sides_as_pull_does(server, env, tmp_path):
    """Issue 25: the same summary edited in the digest and in the desktop is a conflict
    for ``pull --local`` as for ``pull``: both texts kept where they are and listed,
    exit 3; ``--prefer`` is then needed, nothing is taken silently."""
    path = tmp_path / "digest.md"
    path.write_text(DIGEST, encoding="utf-8")
    with ZoteroHTTPServer(server) as url:
        web = {**env, "ZOTERO_API_KEY": KEY, "ZOTERO_LIBRARY_ID": "1", "ZOTERO_API_URL": url}
        assert run(web, "push", str(path), "--offline", "--quiet").exit_code == 0
        path.write_text(DIGEST.replace("Rectified flow at scale.", "Rectified flow, in my words."), encoding="utf-8")
        note = note_for(server, "2403.03206")
        server.local_edit(LIB, note.key, note=note.note.replace("Rectified flow at scale.", "Edited on the desk."))
        local = {**env, "ZOTERO_API_URL": url + "/api"}
        before = path.read_bytes()
        r = run(local, "pull", str(path), "--local")
        assert r.exit_code == 3, r.stdout + r.stderr
        assert path.read_bytes() == before  # the digest keeps its text
        assert "Edited on the desk." in note_for(server, "2403.03206").note  # Zotero keeps its own
        listed = (tmp_path / "digest.md.conflicts.md").read_text("utf-8")
        assert "Rectified flow, in my words." in listed and "Edited on the desk." in listed
        assert "CONFLICT" in r.stdout and "Edited on the desk." in r.stdout
        r = run(local, "pull", str(path), "--local")  # still open: still reported, still nothing taken
        assert r.exit_code == 3 and path.read_bytes() == before
        # Another field edited in the desktop alone is still taken by the same run.
        item = item_for(server, "2304.02643")
        tags = [t for t in item.tags if t["tag"] != "task: segmentation"] + [{"tag": "task: instance segmentation"}]
        server.local_edit(LIB, item.key, tags=tags)
        r = run(local, "pull", str(path), "--local")
        assert r.exit_code == 3 and b"Task: instance segmentation" in path.read_bytes()
        assert b"Rectified flow, in my words." in path.read_bytes()


def test_local_api_disabled_is_one_clear_message(server, env, tmp_path):
    server.local_api_enabled = False
    path = tmp_path / "digest.md"
    path.write_text(DIGEST, encoding="utf-8")
    with ZoteroHTTPServer(server) as url:
        r = run({**env, "ZOTERO_API_URL": url + "/api"}, "pull", str(path), "--local")
    assert r.exit_code == 1 and r.stderr.strip() == f"error: {LOCAL_DISABLED}"
    assert "Traceback" not in r.stdout + r.stderr and len(server.log) == 1


def test_zotero_not_running_is_one_clear_message(env, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(DIGEST, encoding="utf-8")
    with refusing_url("/api") as closed:
        r = run({**env, "ZOTERO_API_URL": closed}, "pull", str(path), "--local")
    assert r.exit_code == 1 and "Zotero is not running" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_sync_and_status_local_and_prune_local_are_refused_in_one_line(env, tmp_path):
    path = tmp_path / "digest.md"
    path.write_text(DIGEST, encoding="utf-8")
    r = run(env, "sync", str(path), "--local")
    assert r.exit_code == 2 and "sync needs write access" in r.stderr and "pull --local" in r.stderr
    assert "push --connector" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = run(env, "status", str(path), "--local")
    assert r.exit_code == 2 and "pull --local --dry-run" in r.stderr
    r = run(env, "pull", str(path), "--local", "--prune")
    assert r.exit_code == 2 and PRUNE_REFUSED in r.stderr
