"""The Zotero client (zoterodigest.zotero.client) against the strict fake server:
batching, per-object results, versions, retries without duplicates, errors and secrets."""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest
from fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer, make_pyzotero

from zoterodigest import zotero as zi
from zoterodigest.digest import read_digest
from zoterodigest.model import Paper
from zoterodigest.zotero.client import KEY_ALPHABET, ZoteroClient, new_key, plan_batches
from zoterodigest.zotero.errors import (
    LibraryChanged,
    ZoteroAuthError,
    ZoteroConfigError,
    ZoteroError,
    ZoteroNotFound,
    ZoteroUnavailable,
)
from zoterodigest.zotero.tag_templates import load_tag_templates

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO.parent / "shared" / "corpus").glob("*/seed-*.md"))
KEY = "Secret0Key0Zotero42"  # distinctive, so a leak is easy to find


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(server: ZoteroLibraryServer, sleeps: Sleeps) -> ZoteroClient:
    return ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=sleeps)


def papers_with_notes(n: int, notes_per_paper: int = 1) -> list[dict]:
    objects = []
    for i in range(n):
        key = new_key()
        p = Paper(arxiv_id=f"2501.{i:05d}", title=f"Paper {i}", authors=["Ada Lovelace"])
        objects.append({"key": key, "version": 0, **zi.item_for(p, citation_key=f"k{i}", tags=[], collections=[])})
        for j in range(notes_per_paper):
            objects.append({"itemType": "note", "parentItem": key, "note": f"<p>Note {i}.{j}</p>", "tags": [],
                            "relations": {}})
    return objects


def library_items(server: ZoteroLibraryServer) -> list:
    return list(server.library("users/1").items.values())


def assert_one_item_per_paper(server: ZoteroLibraryServer, papers: int, notes: int) -> None:
    stored = library_items(server)
    regular = [i for i in stored if i.item_type != "note"]
    assert len(regular) == papers
    assert len({i.fields["archiveID"] for i in regular}) == papers
    assert sum(i.item_type == "note" for i in stored) == notes


def item_posts(server: ZoteroLibraryServer) -> list:
    return server.requests_matching("POST", r"/items$")


# --- keys and batches ----------------------------------------------------------------------------


def test_new_keys_use_zoteros_alphabet():
    keys = {new_key() for _ in range(200)}
    assert len(keys) == 200 and all(len(k) == 8 and set(k) <= set(KEY_ALPHABET) for k in keys)


def test_batches_keep_children_beside_their_parents():
    objects = papers_with_notes(40, 1) + papers_with_notes(10, 3)
    batches = plan_batches(objects)
    assert sorted(i for b in batches for i in b) == list(range(len(objects)))
    assert len(batches) == math.ceil(len(objects) / 50) and all(len(b) <= 50 for b in batches)
    where = {i: n for n, b in enumerate(batches) for i in b}
    keys = {o.get("key"): i for i, o in enumerate(objects)}
    for i, obj in enumerate(objects):
        if obj.get("parentItem"):
            parent = keys[obj["parentItem"]]
            assert where[parent] == where[i] and batches[where[i]].index(parent) < batches[where[i]].index(i)


def test_a_unit_larger_than_a_batch_is_split_in_order():
    objects = papers_with_notes(1, 70)
    batches = plan_batches(objects)
    assert [len(b) for b in batches] == [50, 21] and batches[0][0] == 0


@pytest.mark.skipif(not SEEDS, reason="the shared seed corpus is not present")
def test_the_five_seeds_take_26_item_posts_with_one_item_per_paper(client, server):
    templates = load_tag_templates()
    objects, keys = [], {}
    for path in SEEDS:
        digest = read_digest(path)
        for e in digest.entries:
            if e.paper.identity not in keys:
                keys[e.paper.identity] = new_key()
                item = zi.item_for(e.paper, citation_key=None, tags=zi.tags_for(e, templates), collections=[])
                objects.append({"key": keys[e.paper.identity], "version": 0, **item})
            objects.append(zi.note_item(keys[e.paper.identity], zi.note_html(e, path.name)))
    assert (len(keys), len(objects)) == (617, 1257)
    seen = []
    report = client.write_batches(objects, library_version=client.library_version(), on_batch=seen.append)
    assert report.ok and len(report.successful) == 1257
    assert len(item_posts(server)) == report.batches == len(seen) == 26 == math.ceil(1257 / 50)
    assert report.library_version == server.library("users/1").version
    assert len([i for i in library_items(server) if i.item_type != "note"]) == 617


def test_every_per_object_result_is_read_and_mapped_back(client, server):
    objects = papers_with_notes(3)
    objects[2]["publisher"] = "Not a preprint field"  # the second paper is refused...
    report = client.write_batches(objects, library_version=0)
    assert set(report.failed) == {2, 3}  # ...and so its note (409: parent not found)
    assert report.failed[2].code == 400 and "publisher" in report.failed[2].message
    assert report.failed[2].key == objects[2]["key"] and report.failed[2].object["title"] == "Paper 1"
    assert report.failed[3].code == 409
    assert set(report.successful) == {0, 1, 4, 5} and not report.ok
    again = client.write_batches(objects[:2], library_version=report.library_version)
    assert again.failed[0].code == 412  # already there with version 0: never a twin


def test_unchanged_objects_are_reported_as_such(client):
    first = client.write_batches(papers_with_notes(2), library_version=0)
    stored = [first.successful[i] for i in (0, 2)]
    resend = [{"key": o["key"], "version": o["version"], "title": o["data"]["title"]} for o in stored]
    second = client.write_batches(resend, library_version=first.library_version)
    assert second.unchanged == {0: stored[0]["key"], 1: stored[1]["key"]}


# --- versions ----------------------------------------------------------------------------------------


def test_a_moved_library_raises_library_changed(client, server):
    first = client.write_batches(papers_with_notes(2), library_version=0)
    server.write("users/1", [{"itemType": "preprint", "title": "Someone else's"}])
    with pytest.raises(LibraryChanged) as err:
        client.write_batches(papers_with_notes(60), library_version=first.library_version)
    assert err.value.expected == first.library_version and err.value.current == first.library_version + 1
    assert "re-plan" in str(err.value) and err.value.report.batches == 0
    assert len(library_items(server)) == 5


def test_reads_follow_the_sync_protocol(client, server):
    report = client.write_batches(papers_with_notes(60), library_version=0)
    v = client.library_version()
    assert v == report.library_version == client.last_modified_version
    changed = client.items_since(0)
    assert len(changed) == 120 and client.items_since(v) == {}
    full = client.get_items(changed)  # 120 keys: three requests of <= 50
    assert len(full) == 120 and {o["key"] for o in full} == set(changed)
    assert len(client.top_items()) == 60
    assert client.get_item(full[0]["key"])["key"] == full[0]["key"] and client.get_item("ZZZZZZZZ") is None
    assert client.deleted_since(0)["items"] == []
    assert client.collections() == [] and client.collections_since(0) == {}
    assert client.last_modified_version == v


# --- faults: never a twin ---------------------------------------------------------------------------------


def test_a_dropped_connection_after_commit_is_retried_without_duplicates(client, server):
    server.add_fault("drop_after_commit", method="POST", path=r"/items$")
    report = client.write_batches(papers_with_notes(30), library_version=0)
    assert report.ok and len(report.successful) == 60
    assert len(item_posts(server)) == 3  # 2 batches + 1 retry
    assert_one_item_per_paper(server, 30, 30)


def test_a_dropped_update_is_confirmed_not_failed(client, server):
    first = client.write_batches(papers_with_notes(2), library_version=0)
    stored = client.get_items(first.keys)
    patches = [{"key": o["key"], "version": o["version"], "url": "http://x.test",
                "tags": [*o["data"]["tags"], {"tag": "t", "type": 0}]}
               for o in stored if o["data"]["itemType"] != "note"]
    server.add_fault("drop_after_commit", method="POST", path=r"/items$")
    report = client.write_batches(patches, library_version=first.library_version)
    assert report.ok and len(report.successful) == 2


def test_a_connection_dropped_before_commit_is_simply_retried(client, server):
    server.add_fault("drop_before_commit", method="POST", path=r"/items$")
    assert client.write_batches(papers_with_notes(5), library_version=0).ok
    assert_one_item_per_paper(server, 5, 5)


@pytest.mark.parametrize("kind", ["429", "503", "500"])
def test_rate_limits_and_server_errors_are_waited_out(client, server, sleeps, kind):
    server.add_fault(kind, method="POST", path=r"/items$", seconds=0.25, times=2)
    report = client.write_batches(papers_with_notes(30), library_version=0)
    assert report.ok
    assert sleeps[:2] == [0.25, 0.25]  # Retry-After honoured
    assert_one_item_per_paper(server, 30, 30)


def test_backoff_is_honoured_before_the_next_request(server):
    waits = Sleeps()
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=waits)
    server.add_fault("backoff", method="POST", seconds=5)
    client.write_batches(papers_with_notes(30), library_version=0)
    assert len(waits) == 1 and 4 < waits[0] <= 5


def test_retries_are_bounded(server, sleeps):
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=sleeps, max_retries=2)
    server.add_fault("503", method="POST", times=10)
    with pytest.raises(ZoteroUnavailable, match="try again later"):
        client.write_batches(papers_with_notes(2), library_version=0)
    assert len(item_posts(server)) == 3 and library_items(server) == []
    server.faults.clear()
    server.add_fault("drop_after_commit", method="POST", times=10)
    with pytest.raises(ZoteroUnavailable, match="nothing is duplicated"):
        client.write_batches(papers_with_notes(2), library_version=0)
    assert_one_item_per_paper(server, 2, 2)


def test_a_long_retry_after_is_not_slept_through(server, sleeps):
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=sleeps, max_wait=30)
    server.add_fault("429", method="GET", seconds=600)
    with pytest.raises(ZoteroUnavailable, match="600 s"):
        client.library_version()
    assert sleeps == []


# --- configuration, errors, secrets -------------------------------------------------------------------------


def _all_text(exc: BaseException) -> str:
    return f"{exc} {exc!r} {exc.args!r}"


def test_a_refused_key_names_the_setting_and_never_the_key(server):
    other = ZoteroLibraryServer.single_user(user_id=1, api_key="SomeOtherKey")
    client = ZoteroClient(zot=make_pyzotero(other, 1, "user", KEY), sleep=lambda s: None)
    with pytest.raises(ZoteroAuthError) as err:
        client.library_version()
    assert "ZOTERO_API_KEY" in str(err.value) and KEY not in _all_text(err.value) and err.value.status == 403
    assert KEY not in repr(client)


def test_read_only_keys_missing_libraries_and_groups(sleeps):
    server = ZoteroLibraryServer.single_user(user_id=1, api_key=KEY, write=False)
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=sleeps)
    with pytest.raises(ZoteroAuthError, match="may not write") as err:
        client.write_batches(papers_with_notes(1), library_version=0)
    assert KEY not in _all_text(err.value)
    missing = ZoteroClient(zot=make_pyzotero(server, 99, "group", KEY), sleep=sleeps)
    with pytest.raises(ZoteroNotFound, match="ZOTERO_LIBRARY_ID") as err:
        missing.library_version()
    assert "groups/99" in str(err.value) and KEY not in _all_text(err.value)


def test_server_messages_echoing_the_key_are_scrubbed(client):
    report = client.write_batches([{"name": KEY + "x" * 300, "parentCollection": False}], library_version=0,
                                  kind="collections")
    failure = report.failed[0]
    assert failure.code == 413 and "[API key]" in failure.message and KEY not in failure.message


def test_configuration_from_the_environment(server):
    with pytest.raises(ZoteroConfigError) as err:
        ZoteroClient.from_env({})
    assert "ZOTERO_API_KEY and ZOTERO_LIBRARY_ID are not set" in str(err.value)
    with pytest.raises(ZoteroConfigError, match="ZOTERO_LIBRARY_TYPE"):
        ZoteroClient.from_env({"ZOTERO_API_KEY": KEY, "ZOTERO_LIBRARY_ID": "1", "ZOTERO_LIBRARY_TYPE": "team"})
    with pytest.raises(ZoteroConfigError, match="ZOTERO_LIBRARY_ID") as err:
        ZoteroClient.from_env({"ZOTERO_API_KEY": KEY, "ZOTERO_LIBRARY_ID": "me"})
    assert KEY not in _all_text(err.value)
    default = ZoteroClient.from_env({"ZOTERO_API_KEY": KEY, "ZOTERO_LIBRARY_ID": "1"})
    assert default.api_url == "https://api.zotero.org" and default.library == "users/1"
    assert KEY not in repr(default) and KEY not in repr(vars(default)) and KEY not in str(vars(default))


def test_a_self_hosted_api_url_over_a_real_socket(server, sleeps):
    with ZoteroHTTPServer(server) as url:
        env = {"ZOTERO_API_KEY": KEY, "ZOTERO_LIBRARY_ID": "1", "ZOTERO_API_URL": url + "/"}
        client = ZoteroClient.from_env(env, sleep=sleeps)
        server.add_fault("drop_after_commit", method="POST")
        report = client.write_batches(papers_with_notes(3), library_version=client.library_version())
        assert report.ok
    assert_one_item_per_paper(server, 3, 3)
    assert all(r.headers.get("authorization") == f"Bearer {KEY}" for r in server.log)


def test_a_dropped_collection_batch_creates_no_twin(client, server):
    objects = [{"name": f"C{i}", "parentCollection": False} for i in range(3)]
    server.add_fault("drop_after_commit", method="POST", path=r"/collections$")
    report = client.write_batches(objects, library_version=0, kind="collections")
    assert report.ok and len(report.successful) == 3
    assert sorted(c.name for c in server.library("users/1").collections.values()) == ["C0", "C1", "C2"]


def test_dropped_reads_are_retried_and_give_up_cleanly(server, sleeps):
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=sleeps, max_retries=1)
    server.add_fault("drop_before_commit", method="GET", times=1)
    assert client.library_version() == 0
    server.add_fault("drop_before_commit", method="GET", times=5)
    with pytest.raises(ZoteroUnavailable) as err:
        client.items_since(0)
    assert KEY not in _all_text(err.value) and isinstance(err.value, ZoteroError)


def test_request_counts_stay_small(client, server):
    report = client.write_batches(papers_with_notes(25), library_version=client.library_version())
    assert report.batches == 1 and client.requests == 2
    assert Counter(r.method for r in server.log) == {"GET": 1, "POST": 1}
