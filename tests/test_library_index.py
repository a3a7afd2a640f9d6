"""Issue 16, big libraries: the local library index (zoterodigest.zotero.library_index,
kept by zoterodigest.sync.read.index_refresh) against the strict fake Zotero server --
built once with one full read, updated with ``since=`` (requests counted), deletions
seen, rebuilt when unusable, and a second machine adopting what is already there."""

from __future__ import annotations

import io
import json
import logging
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

import pytest
from fakes.zotero_server import ZoteroLibraryServer, make_pyzotero
from rich.console import Console

from zoterodigest.digest import read_digest
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.read.index_refresh import IndexKeeper
from zoterodigest.zotero.client import ZoteroClient
from zoterodigest.zotero.library_index import index_path, load_index

KEY = "Secret0Key0Zotero42"
LIB = "users/1"
OTHERS = 230  # the library's other papers: 3 pages of 100


def entry(n: int) -> str:
    return (f"> **A Study Of Topic Number {n} In Depth**  \n> *arXiv 2024*, "
            f"[arxiv](https://arxiv.org/abs/2401.{10000 + n})  \n> Summary of paper {n}.\n")


def digest_text(count: int) -> str:
    return "# Big Log\n\n## Papers\n\n" + "\n".join(entry(n) for n in range(count))


@pytest.fixture
def server() -> ZoteroLibraryServer:
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)
    papers = [{"itemType": "journalArticle", "title": f"Someone else's paper {n}", "DOI": f"10.1000/other.{n}"}
              for n in range(OTHERS)]
    for start in range(0, len(papers), 50):
        server.write(LIB, papers[start : start + 50])
    return server


class Machine:
    """One computer: its own state folder and cache folder (the index lives there)."""

    def __init__(self, server: ZoteroLibraryServer, root: Path, digest: Path) -> None:
        self.server = server
        self.root = root
        self.digest = digest
        self.requests: list = []

    @property
    def cache(self) -> Path:
        return self.root / "cache"

    def push(self, *, lose_state: bool = False):
        if lose_state:
            for path in (self.root / "state").glob("*"):
                path.unlink()
        client = ZoteroClient(zot=make_pyzotero(self.server, 1, "user", KEY), sleep=lambda s: None)
        before = len(self.server.log)
        with State(self.root / "state") as state:
            report = push_digests([read_digest(self.digest)], client, state, index_dir=self.cache)
        self.requests = self.server.log[before:]
        assert report.ok, report.problems
        return report

    def count(self, pattern: str) -> int:
        """GETs of this push whose path and query match ``pattern``."""
        return sum(1 for r in self.requests
                   if r.method == "GET" and re.search(pattern, r.path + "?" + urlencode(r.query, doseq=True)))

    def index(self):
        return load_index(self.cache, f"{self.server.base_url} {LIB}")


def library_counts(server: ZoteroLibraryServer) -> Counter:
    return Counter(i.item_type for i in server.library(LIB).items.values())


@pytest.fixture
def digest(tmp_path: Path) -> Path:
    path = tmp_path / "big-log.md"
    path.write_text(digest_text(3), encoding="utf-8")
    return path


def test_the_index_is_built_once_then_a_push_without_state_reads_only_what_changed(server, tmp_path, digest):
    machine = Machine(server, tmp_path / "one", digest)
    machine.push()
    assert machine.count(r"/items/top\?") == 3  # 230 + 3 top-level items, 100 per page
    index = machine.index()
    assert index is not None and len(index.top_keys()) == OTHERS  # read before this push wrote
    assert 0 < index.version <= server.library(LIB).version

    machine.push(lose_state=True)  # no state, but the index: no full read
    assert machine.count(r"/items/top") == 0
    assert machine.count(r"/items\?.*since=") == 1
    assert library_counts(server)["preprint"] == 3  # adopted, not made again

    # Another client adds 3 papers and trashes one of the others: the index learns
    # exactly those (one versions read, one deletions read, one read of 4 keys).
    server.write(LIB, [{"itemType": "book", "title": f"A book {n}"} for n in range(3)])
    other = next(i for i in server.library(LIB).items.values() if i.fields.get("title") == "Someone else's paper 7")
    server.write(LIB, [{"key": other.key, "version": other.version, "deleted": 1}])
    machine.push(lose_state=True)
    assert machine.count(r"/items/top") == 0
    keyed = [r for r in machine.requests if "itemKey" in r.query]
    books = {i.key for i in server.library(LIB).items.values() if i.item_type == "book"}
    assert set(keyed[0].query["itemKey"][0].split(",")) == books | {other.key}
    assert machine.count(r"/deleted") == 1 and machine.count(r"/items\?.*since=") == 1
    ours = {i.key for i in server.library(LIB).items.values() if i.item_type == "preprint"}
    assert len(keyed) == 2 and set(keyed[1].query["itemKey"][0].split(",")) == ours  # the papers to adopt
    index = machine.index()
    # (kept, flagged: a paper the user trashed is found by identity, never made again)
    assert index is not None and other.key not in index.top_keys() and index.entries[other.key].trashed
    assert len(index.top_keys()) == OTHERS + 3 + 3 - 1


def test_a_deleted_item_leaves_the_index_and_is_made_again(server, tmp_path, digest):
    machine = Machine(server, tmp_path / "one", digest)
    machine.push()
    ours = next(i for i in server.library(LIB).items.values() if i.fields.get("title", "").endswith("Number 1 In Depth"))
    server.handle("DELETE", f"/users/1/items?itemKey={ours.key}",
                  {"Zotero-API-Key": KEY, "If-Unmodified-Since-Version": str(server.library(LIB).version)})
    assert ours.key not in server.library(LIB).items
    machine.push(lose_state=True)
    index = machine.index()
    assert index is not None and ours.key not in index.entries
    assert library_counts(server)["preprint"] == 3  # made again, once


def test_an_unreadable_index_is_rebuilt_and_said_in_a_debug_line(server, tmp_path, digest, caplog):
    machine = Machine(server, tmp_path / "one", digest)
    machine.push()
    path = index_path(machine.cache, f"{server.base_url} {LIB}")
    path.write_text('{"format": 1, "library": "', encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="zoterodigest"):
        machine.push(lose_state=True)
    assert any("library index" in r.getMessage() and "built again" in r.getMessage() for r in caplog.records)
    assert machine.count(r"/items/top\?") == 3
    assert json.loads(path.read_text("utf-8"))["version"] > 0
    assert library_counts(server)["preprint"] == 3


@pytest.mark.parametrize("damage", [b"\xff\xfe not UTF-8", b'{"format": 1, "library": "\xe9', b"\x00" * 64,
                                    b'{"format": 1, "library": "x", "version": 3, "items": {"K": 7}}'])
def test_an_index_that_cannot_be_decoded_is_rebuilt_with_a_notice(server, tmp_path, digest, caplog, damage):
    """Issue 25: one non-UTF-8 byte (or any garbage) in the index is no traceback, on
    this run or the next: the index is read again in full and saved, with a notice."""
    machine = Machine(server, tmp_path / "one", digest)
    machine.push()
    path = index_path(machine.cache, f"{server.base_url} {LIB}")
    path.write_bytes(damage)
    with caplog.at_level(logging.DEBUG, logger="zoterodigest"):
        machine.push(lose_state=True)
    notices = [r for r in caplog.records if "library index" in r.getMessage() and r.levelno >= logging.WARNING]
    assert notices and "built again" in notices[0].getMessage()
    assert json.loads(path.read_text("utf-8"))["version"] > 0
    assert library_counts(server)["preprint"] == 3
    machine.push(lose_state=True)  # the next run uses the rebuilt index
    assert library_counts(server)["preprint"] == 3


def test_a_library_whose_version_went_back_is_read_again(server, tmp_path, digest, caplog):
    machine = Machine(server, tmp_path / "one", digest)
    machine.push()
    path = index_path(machine.cache, f"{server.base_url} {LIB}")
    saved = json.loads(path.read_text("utf-8"))
    saved["version"] = server.library(LIB).version + 1000  # as after a restore on the server
    path.write_text(json.dumps(saved), encoding="utf-8")
    with caplog.at_level(logging.DEBUG, logger="zoterodigest"):
        machine.push(lose_state=True)
    assert machine.count(r"/items/top\?") == 3
    assert any("built again" in r.getMessage() for r in caplog.records)
    assert machine.index().version <= server.library(LIB).version


def test_a_second_machine_adopts_items_and_notes_without_duplicates(server, tmp_path):
    path = tmp_path / "big-log.md"
    path.write_text(digest_text(14), encoding="utf-8")  # more parents than are read one by one
    first = Machine(server, tmp_path / "one", path)
    first.push()
    before = library_counts(server)
    assert before["preprint"] == 14 and before["note"] == 14

    second = Machine(server, tmp_path / "two", path)
    second.push()  # no state, no index: one full read, then the notes once
    assert library_counts(server) == before
    assert second.count(r"/items/top\?") == 3
    assert second.count(r"itemType=note") == 1  # every note and attachment, once

    second.push(lose_state=True)  # the index knows the children now: read by key
    assert library_counts(server) == before
    assert second.count(r"/items/top") == 0 and second.count(r"itemType=note") == 0
    assert second.count(r"/children") == 0
    index = second.index()
    assert index is not None and index.children
    assert sum(1 for e in index.entries.values() if e.item_type == "note") == 14


def test_the_full_read_draws_a_bar_on_a_terminal_only(server, tmp_path):
    def keeper(console: Console, quiet: bool) -> str:
        client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)
        IndexKeeper(client, tmp_path / f"cache-{quiet}-{console.is_terminal}", quiet=quiet, console=console,
                    bar_after=0).current()
        return console.file.getvalue()  # type: ignore[attr-defined]

    shown = keeper(Console(file=io.StringIO(), force_terminal=True, width=100), quiet=False)
    assert "Reading the Zotero library" in shown
    assert keeper(Console(file=io.StringIO(), force_terminal=True, width=100), quiet=True) == ""
    assert keeper(Console(file=io.StringIO(), force_terminal=False, width=100), quiet=False) == ""


def test_the_desktops_library_keeps_no_index(tmp_path):
    # Its versions do not move on local edits (Zotero 7-9) and it has no /deleted.
    desktop = ZoteroClient(api_url="http://127.0.0.1:9/api", local=True, sleep=lambda s: None)
    assert not IndexKeeper(desktop, tmp_path).usable
    web = ZoteroClient(1, "user", KEY, "http://127.0.0.1:9")
    assert IndexKeeper(web, tmp_path).usable and list(tmp_path.iterdir()) == []  # nothing read or written yet


def test_when_most_of_the_library_changed_it_is_read_whole_instead_of_by_key(server, tmp_path, digest, caplog):
    machine = Machine(server, tmp_path / "one", digest)
    machine.push()
    others = [i for i in server.library(LIB).items.values() if i.item_type == "journalArticle"]
    for start in range(0, len(others), 50):  # 230 edits: 5 reads by key, 3 pages whole
        server.write(LIB, [{"key": i.key, "version": i.version, "extra": "edited"} for i in others[start : start + 50]])
    with caplog.at_level(logging.DEBUG, logger="zoterodigest"):
        machine.push(lose_state=True)
    assert machine.count(r"/items/top\?") == 3
    assert sum(1 for r in machine.requests if "itemKey" in r.query) <= 1  # the papers to adopt, if any
    assert any("cheaper" in r.getMessage() for r in caplog.records)
    assert library_counts(server)["preprint"] == 3
