"""Tests of the fake Zotero Web API server (tests/fakes/zotero_server.py).

They drive it with the real pyzotero client (in-process through an httpx2
MockTransport, and once over a real loopback socket) and compare the shapes of
its answers with recorded answers of the real server in
/work/shared/corpus/fixtures/zotero/.
"""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import httpx2
import pytest
from fakes.zotero_schema import ITEM_TYPES, sanitize_note
from fakes.zotero_server import (
    ZoteroHTTPServer,
    ZoteroLibraryServer,
    make_pyzotero,
    mock_transport,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from pyzotero import errors as ze
from pyzotero import zotero

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURES = SHARED / "corpus" / "fixtures" / "zotero"

KEY = "k1"
HEADERS = {"Zotero-API-Key": KEY, "Zotero-API-Version": "3"}


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


@pytest.fixture
def zot(server: ZoteroLibraryServer) -> zotero.Zotero:
    return make_pyzotero(server, 1, "user", KEY)


def paper(key: str | None = None, title: str = "A paper", **fields: object) -> dict:
    item = {"itemType": "preprint", "title": title, "creators": [], "tags": [], "collections": [], "relations": {}}
    if key:
        item.update(key=key, version=0)
    item.update(fields)
    return item


def note(parent: str, html: str = "<p>Summary</p>", **extra: object) -> dict:
    return {"itemType": "note", "note": html, "parentItem": parent, "tags": [], "relations": {}, **extra}


def call(server: ZoteroLibraryServer, method: str, target: str, body: object = None, **headers: str):
    raw = json.dumps(body).encode() if body is not None else b""
    extra = {name.replace("_", "-"): value for name, value in headers.items()}
    return server.handle(method, target, {**HEADERS, **extra}, raw)


def fixture_json(name: str):
    path = FIXTURES / name
    if not path.exists():
        pytest.skip(f"recorded fixtures not available at {FIXTURES}")
    text = path.read_text(encoding="utf-8")
    if name.endswith(".js"):
        text = text.strip().removeprefix("export default").strip().rstrip(";")
    return json.loads(text)


# --- batches, versions and reads ------------------------------------------------------


def test_parent_and_child_note_in_one_batch_each_get_their_own_version(server, zot):
    result = zot.create_items([paper("AAAAAAAA"), note("AAAAAAAA")])

    assert set(result["success"]) == {"0", "1"} and not result["failed"]
    assert len(server.requests_matching("POST", r"/items$")) == 1
    child_key = result["success"]["1"]
    assert result["successful"]["0"]["version"] == 1 and result["successful"]["1"]["version"] == 2
    assert server.library("users/1").version == 2
    children = zot.children("AAAAAAAA")
    assert [c["key"] for c in children] == [child_key]
    assert children[0]["data"]["parentItem"] == "AAAAAAAA"
    assert zot.item("AAAAAAAA")["meta"]["numChildren"] == 1


def test_identical_reupload_is_unchanged_but_still_raises_library_version(server, zot):
    created = zot.create_items([paper("AAAAAAAA", date="2024-03-05")])["successful"]["0"]["data"]
    again = zot.create_items([created])

    assert again["unchanged"] == {"0": "AAAAAAAA"} and not again["successful"]
    assert zot.item("AAAAAAAA")["version"] == 1  # the object did not change
    assert server.library("users/1").version == 2  # but each committed object bumps the library


def test_versions_since_and_deleted(server, zot):
    created = zot.create_items([paper("AAAAAAAA"), paper("BBBBBBBB"), paper("CCCCCCCC")])
    assert len(created["success"]) == 3
    version = zot.last_modified_version()
    assert version == 3

    item = zot.item("BBBBBBBB")
    item["data"]["title"] = "Renamed"
    assert zot.update_item(item["data"]) is True
    zot.delete_item([zot.item("CCCCCCCC")], last_modified=zot.last_modified_version())

    assert zot.item_versions(since=version) == {"BBBBBBBB": 4}
    assert zot.item_versions() == {"AAAAAAAA": 1, "BBBBBBBB": 4}
    deleted = zot.deleted(since=version)
    assert deleted == {"collections": [], "items": ["CCCCCCCC"], "searches": [], "tags": [], "settings": []}
    assert zot.deleted(since=5)["items"] == []
    assert call(server, "GET", "/users/1/deleted").status == 400


def test_format_keys_is_a_newline_list(server):
    server.write("users/1", [paper("AAAAAAAA"), paper("BBBBBBBB")])
    answer = call(server, "GET", "/users/1/items?format=keys")

    assert answer.status == 200 and answer.headers["Content-Type"] == "text/plain"
    assert sorted(answer.body.decode().split()) == ["AAAAAAAA", "BBBBBBBB"]
    assert answer.body.endswith(b"\n")


def test_if_modified_since_version_gives_304_until_the_library_moves(server):
    server.write("users/1", [paper("AAAAAAAA")])
    unchanged = call(server, "GET", "/users/1/items?format=versions", If_Modified_Since_Version="1")
    assert unchanged.status == 304 and unchanged.body == b""

    server.write("users/1", [paper("BBBBBBBB")])
    moved = call(server, "GET", "/users/1/items?format=versions", If_Modified_Since_Version="1")
    assert moved.status == 200 and moved.json() == {"AAAAAAAA": 1, "BBBBBBBB": 2}


def test_last_modified_version_headers(server):
    server.write("users/1", [paper("AAAAAAAA"), paper("BBBBBBBB")])
    assert call(server, "GET", "/users/1/items/AAAAAAAA").headers["Last-Modified-Version"] == "1"
    assert call(server, "GET", "/users/1/items").headers["Last-Modified-Version"] == "2"
    assert call(server, "GET", "/users/1/items").headers["Zotero-API-Version"] == "3"
    missing = call(server, "GET", "/users/1/items/CCCCCCCC")
    assert missing.status == 404 and "Last-Modified-Version" not in missing.headers
    stale = call(server, "PATCH", "/users/1/items/BBBBBBBB", {"title": "x"}, If_Unmodified_Since_Version="1")
    assert stale.status == 412
    assert stale.body.decode() == "Item has been modified since specified version (expected 1, found 2)"
    assert stale.headers["Last-Modified-Version"] == "2"  # single-object 412: the object version


def test_pagination_through_everything_and_link_header(server, zot):
    for batch in range(3):
        server.write("users/1", [paper(title=f"Paper {batch}-{i}") for i in range(40)])

    items = zot.everything(zot.top(limit=25))

    assert len({i["key"] for i in items}) == 120
    assert len(server.requests_matching("GET", r"/items/top$")) == 5
    first = call(server, "GET", "/users/1/items/top?limit=25")
    assert first.headers["Total-Results"] == "120"
    links = first.headers["Link"]
    assert '<https://api.zotero.test/users/1/items/top?start=25>; rel="next"' in links  # limit=25 is the default
    assert '<https://api.zotero.test/users/1/items/top?start=100>; rel="last"' in links
    assert 'rel="next"' not in call(server, "GET", "/users/1/items/top?limit=100&start=100").headers["Link"]
    assert len(call(server, "GET", "/users/1/items?limit=500").json()) == 100  # limit is capped at 100
    assert len(call(server, "GET", "/users/1/items").json()) == 25  # default limit


def test_item_key_filter_and_trash(server, zot):
    server.write("users/1", [paper("AAAAAAAA"), paper("BBBBBBBB", deleted=1), paper("CCCCCCCC")])

    assert {i["key"] for i in zot.items()} == {"AAAAAAAA", "CCCCCCCC"}
    assert {i["key"] for i in zot.items(includeTrashed=1)} == {"AAAAAAAA", "BBBBBBBB", "CCCCCCCC"}
    assert [i["key"] for i in zot.trash()] == ["BBBBBBBB"]
    assert zot.item("BBBBBBBB")["data"]["deleted"] == 1
    picked = zot.items(itemKey="AAAAAAAA,BBBBBBBB", includeTrashed=1)
    assert {i["key"] for i in picked} == {"AAAAAAAA", "BBBBBBBB"}


# --- writes refused -------------------------------------------------------------------


def test_more_than_50_objects(server, zot):
    with pytest.raises(ze.TooManyItemsError):
        zot.create_items([paper() for _ in range(51)])
    answer = call(server, "POST", "/users/1/items", [paper() for _ in range(51)])
    assert answer.status == 413 and answer.body == b"Cannot add more than 50 items at a time"
    assert call(server, "POST", "/users/1/items", paper()).status == 400  # not an array
    assert server.library("users/1").items == {}


def test_per_object_version_rules(server, zot):
    server.write("users/1", [paper("AAAAAAAA")])
    server.write("users/1", [{"key": "AAAAAAAA", "version": 1, "title": "Second"}])
    result = zot.create_items(
        [
            {"key": "BBBBBBBB", "itemType": "preprint", "title": "No version"},
            {"key": "AAAAAAAA", "version": 0, "title": "Exists"},
            {"key": "CCCCCCCC", "version": 5, "itemType": "preprint"},
            {"key": "AAAAAAAA", "version": 1, "title": "Stale"},
            {"key": "AAAAAAAA", "version": 2, "title": "Fresh"},
        ]
    )

    failed = result["failed"]
    assert {i: f["code"] for i, f in failed.items()} == {"0": 428, "1": 412, "2": 404, "3": 412}
    assert failed["2"]["message"] == "Item doesn't exist (expected version 5; use 0 instead)"
    assert failed["3"]["message"] == "Item has been modified since specified version (expected 1, found 2)"
    assert result["success"] == {"4": "AAAAAAAA"}
    assert zot.item("AAAAAAAA")["data"]["title"] == "Fresh"


def test_post_update_follows_patch_rules(server, zot):
    server.write("users/1", [paper("AAAAAAAA", DOI="10.1/x", tags=[{"tag": "a"}, {"tag": "b"}])])
    zot.create_items([{"key": "AAAAAAAA", "version": 1, "tags": [{"tag": "c"}]}])

    data = zot.item("AAAAAAAA")["data"]
    assert data["DOI"] == "10.1/x"  # untouched property kept
    assert data["tags"] == [{"tag": "c"}]  # arrays replaced whole; manual tags have no "type"


def test_single_object_writes(server, zot):
    server.write("users/1", [paper("AAAAAAAA")])
    assert call(server, "PATCH", "/users/1/items/AAAAAAAA", {"title": "x"}).status == 428
    ok = call(server, "PATCH", "/users/1/items/AAAAAAAA", {"title": "Patched"}, If_Unmodified_Since_Version="1")
    assert ok.status == 204 and ok.headers["Last-Modified-Version"] == "2"
    item = zot.item("AAAAAAAA")
    assert item["data"]["title"] == "Patched" and item["version"] == 2
    with pytest.raises(ze.PreConditionFailedError):
        zot.update_item({**item["data"], "title": "Late", "version": 1})
    put = call(server, "PUT", "/users/1/items/AAAAAAAA", {**paper(), "version": 2})
    assert put.status == 204
    assert call(server, "DELETE", "/users/1/items/AAAAAAAA").status == 428
    gone = call(server, "DELETE", "/users/1/items/AAAAAAAA", If_Unmodified_Since_Version="3")
    assert gone.status == 204 and "AAAAAAAA" not in server.library("users/1").items


def test_multi_delete_checks_the_library_version_not_the_item_version(server, zot):
    server.write("users/1", [paper("AAAAAAAA"), note("AAAAAAAA", key="BBBBBBBB", version=0), paper("CCCCCCCC")])
    items = [zot.item("AAAAAAAA"), zot.item("CCCCCCCC")]
    with pytest.raises(ze.PreConditionFailedError):
        zot.delete_item(items)  # pyzotero sends the first item's version (1); the library is at 3

    zot.delete_item(items, last_modified=3)
    assert server.library("users/1").items == {}  # the child note went with its parent
    assert sorted(zot.deleted(since=3)["items"]) == ["AAAAAAAA", "BBBBBBBB", "CCCCCCCC"]


def test_key_info(zot):
    info = zot.key_info()
    assert info["userID"] == 1 and info["access"]["user"]["write"] is True


def test_batch_if_unmodified_since_version_refuses_the_whole_request(server, zot):
    server.write("users/1", [paper("AAAAAAAA")])
    with pytest.raises(ze.PreConditionFailedError) as refused:
        zot.create_items([paper(title="New")], last_modified=0)

    assert "Library has been modified since specified version (expected 0, found 1)" in str(refused.value)
    assert len(server.library("users/1").items) == 1
    accepted = zot.create_items([{"key": "AAAAAAAA", "title": "No version needed"}], last_modified=1)
    assert accepted["success"] == {"0": "AAAAAAAA"}


def test_write_token_reuse_is_refused(server):
    body = [paper(title="Once")]
    first = call(server, "POST", "/users/1/items", body, Zotero_Write_Token="abcdef0123456789")
    second = call(server, "POST", "/users/1/items", body, Zotero_Write_Token="abcdef0123456789")

    assert first.status == 200 and len(first.json()["success"]) == 1
    assert second.status == 412 and second.body == b"Write token already used"
    assert len(server.library("users/1").items) == 1
    assert call(server, "POST", "/users/1/items", body, Zotero_Write_Token="abc").status == 400


@pytest.mark.parametrize("bad_key", ["AAAAAAA0", "AAAAAAAO", "aaaaaaaa", "AAAAAAA", "AAAAAAAAA"])
def test_client_keys_must_use_the_key_alphabet(zot, bad_key):
    failed = zot.create_items([paper(bad_key)])["failed"]["0"]
    assert failed["code"] == 400 and failed["message"] == f"'{bad_key}' is not a valid item key"


def test_invalid_property_and_field_not_valid_for_type(server, zot):
    result = zot.create_items(
        [
            paper(foo="bar"),
            paper(publisher="Springer"),
            paper(publisher=""),
            {"itemType": "journalArticle", "title": "J", "publisher": "Springer"},
            paper(court="x"),
        ]
    )
    failed = result["failed"]
    assert failed["0"] == {"code": 400, "message": "Invalid property 'foo'"}
    assert failed["1"]["message"] == "'publisher' is not a valid field for type 'preprint'"
    assert failed["4"]["message"] == "'court' is not a valid field for type 'preprint'"  # a field of another type
    assert set(result["success"]) == {"2", "3"}


def test_creators_and_tags_shapes(zot):
    result = zot.create_items(
        [
            paper(creators=[{"creatorType": "author", "firstName": "Ada"}]),
            paper(creators=[{"creatorType": "author"}, {"creatorType": "author", "name": "B"}]),
            paper(creators=[{"creatorType": "inventor", "name": "X"}]),
            paper(tags=[{"tag": "x", "colour": 1}]),
            paper(tags=[{"tag": " kept "}, {"tag": ""}, {"tag": "auto", "type": 1}]),
        ]
    )
    failed = result["failed"]
    assert failed["0"]["message"] == "'lastName' creator field must be set if 'firstName' is set"
    assert failed["1"]["message"] == "creator object must contain 'firstName'/'lastName' or 'name'"
    assert failed["2"]["message"] == "'inventor' is not a valid creator type for item type 'preprint'"
    assert failed["3"]["message"] == "Invalid tag property 'colour'"
    assert result["successful"]["4"]["data"]["tags"] == [{"tag": "kept"}, {"tag": "auto", "type": 1}]


def test_missing_failed_or_note_parent_is_409(server, zot):
    server.write("users/1", [paper("AAAAAAAA"), note("AAAAAAAA", key="NNNNNNNN", version=0)])
    result = zot.create_items(
        [
            note("ZZZZZZZZ"),
            paper("BBBBBBBB", foo=1),  # fails, so its child cannot find it
            note("BBBBBBBB"),
            note("NNNNNNNN"),
            note("CCCCCCCC"),
            paper("CCCCCCCC"),  # created after the child that needed it
        ]
    )
    failed = result["failed"]
    assert failed["0"] == {
        "code": 409,
        "message": "Parent item ZZZZZZZZ not found",
        "data": {"parentItem": "ZZZZZZZZ"},
    }
    assert failed["2"]["code"] == 409 and failed["4"]["code"] == 409
    assert failed["3"]["message"] == "Parent item cannot be a note or attachment"
    assert result["success"] == {"5": "CCCCCCCC"}


def test_collections_unknown_key_and_child_membership(server, zot):
    made = zot.create_collections([{"name": "Reading"}])
    collection = made["success"]["0"]
    result = zot.create_items(
        [
            paper("AAAAAAAA", collections=[collection]),
            paper(collections=["QQQQQQQQ"]),
            note("AAAAAAAA", collections=[collection]),
        ]
    )
    assert result["failed"]["1"] == {
        "code": 409,
        "message": "Collection QQQQQQQQ not found",
        "data": {"collection": "QQQQQQQQ"},
    }
    assert result["failed"]["2"]["message"] == "Child items cannot be assigned to collections"
    assert [i["key"] for i in zot.collection_items(collection)] == ["AAAAAAAA"]
    assert zot.collection(collection)["meta"] == {"numCollections": 0, "numItems": 1}
    version = zot.last_modified_version()
    zot.delete_collection(zot.collection(collection), last_modified=version)
    assert zot.deleted(since=version)["collections"] == [collection]
    assert zot.item("AAAAAAAA")["data"]["collections"] == []


def test_size_limits_are_413(zot):
    result = zot.create_items(
        [
            {"itemType": "note", "note": "x" * 500_001},
            paper(tags=[{"tag": "t" * 256}]),
            paper(abstractNote="é" * 40_000),  # 80,000 bytes
            paper(creators=[{"creatorType": "author", "name": "n" * 256}]),
            paper(abstractNote="a" * 65_535),
        ]
    )
    assert {i: f["code"] for i, f in result["failed"].items()} == {"0": 413, "1": 413, "2": 413, "3": 413}
    assert result["failed"]["2"]["message"].startswith("Abstract field value 'ééé")
    assert "4" in result["success"]


def test_pyzotero_update_items_returns_true_even_when_objects_failed(server, zot):
    server.write("users/1", [paper("AAAAAAAA")])
    assert zot.update_items([{"key": "AAAAAAAA", "version": 1, "publisher": "X"}]) is True
    report = zot.request.json()  # the per-object results are only in the last response
    assert report["failed"]["0"]["message"] == "'publisher' is not a valid field for type 'preprint'"
    assert "publisher" not in zot.item("AAAAAAAA")["data"]


# --- notes -------------------------------------------------------------------------------


def test_notes_are_sanitised_and_reuploads_are_unchanged(server, zot):
    raw = '<p onclick="steal()">Keep <b>this</b></p>\n\n   <script>alert(1)</script><a href="javascript:x()">l</a>'
    stored = zot.create_items([paper("AAAAAAAA"), note("AAAAAAAA", raw)])["successful"]["1"]["data"]

    assert stored["note"] == '<div data-schema-version="9"><p>Keep <b>this</b></p>\n<a>l</a></div>'
    assert stored["note"] != raw
    assert zot.create_items([stored])["unchanged"] == {"0": stored["key"]}
    raw_again = {"key": stored["key"], "version": stored["version"], "note": raw}
    assert zot.create_items([raw_again])["unchanged"] == {"0": stored["key"]}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab <>/=\"'&;\n\tpdivscrptlu")), max_size=60))
def test_note_sanitising_is_idempotent(html):
    once = sanitize_note(html)
    assert sanitize_note(once) == once
    assert "<script" not in once.lower()


# --- auth and global endpoints ----------------------------------------------------------------


def test_keys_and_library_access(server):
    server.add_user(2)
    server.add_group(5, "Lab")
    server.add_key("reader", 1, {"users/1": "read", "groups/5": "read"})
    assert call(server, "GET", "/users/1/items", Zotero_API_Key="nope").body == b"Invalid key"
    assert server.handle("GET", "/users/1/items?key=k1", {}).status == 200
    assert server.handle("GET", "/users/1/items", {"Authorization": "Bearer k1"}).status == 200
    assert server.handle("GET", "/users/1/items", {}).status == 403  # private library, no key
    assert server.handle("POST", "/users/1/items", {}, b"[]").status == 403
    assert call(server, "GET", "/users/2/items").status == 403
    assert call(server, "GET", "/groups/99/items").status == 404
    denied = call(server, "POST", "/groups/5/items", [paper()], Zotero_API_Key="reader")
    assert denied.status == 403 and denied.body == b"Write access denied"
    assert call(server, "GET", "/groups/5/items", Zotero_API_Key="reader").status == 200
    with pytest.raises(ze.UserNotAuthorisedError):
        make_pyzotero(server, 1, "user", "unknown").items()


def test_group_items_carry_created_by_user(server):
    server.add_group(5, "Lab")
    server.keys[KEY].access["groups/5"] = "write"
    result = call(server, "POST", "/groups/5/items", [paper()]).json()
    meta = result["successful"]["0"]["meta"]
    assert meta["createdByUser"]["id"] == 1 and result["successful"]["0"]["library"]["type"] == "group"


def test_schema_endpoints(zot):
    template = zot.item_template("preprint")
    assert [k for k in template if k not in ("itemType", "creators", "tags", "collections", "relations")] == list(
        ITEM_TYPES["preprint"].fields
    )
    assert template["creators"] == [{"creatorType": "author", "firstName": "", "lastName": ""}]
    assert zot.item_template("note") == {"itemType": "note", "note": "", "tags": [], "collections": [], "relations": {}}
    journal_fields = [f["field"] for f in zot.item_type_fields("journalArticle")]
    assert journal_fields[:3] == ["title", "abstractNote", "publicationTitle"] and "citationKey" in journal_fields
    assert {f["field"] for f in zot.item_fields()} >= {"citationKey", "archiveID", "repository"}
    assert [c["field"] for c in zot.creator_fields()] == ["firstName", "lastName", "name"]
    assert zot.item_creator_types("preprint")[0] == {"creatorType": "author", "localized": "Author"}
    assert {t["itemType"] for t in zot.item_types()} >= {"preprint", "conferencePaper", "journalArticle", "note"}


# --- faults -----------------------------------------------------------------------------------


def test_429_on_a_read_is_retried_by_pyzotero(server, zot):
    server.write("users/1", [paper("AAAAAAAA")])
    server.add_fault("429", method="GET", path=r"/items$", seconds=0)

    assert [i["key"] for i in zot.items()] == ["AAAAAAAA"]
    statuses = [r.status for r in server.requests_matching("GET", r"/items$")]
    assert statuses == [429, 200]
    server.add_fault("429", seconds=3)
    answer = server.handle("GET", "/users/1/items", HEADERS)
    assert answer.status == 429 and answer.headers["Retry-After"] == "3" and answer.body == b"Too many requests"


def test_429_and_503_on_writes_commit_nothing(server, zot):
    server.add_fault("503", method="POST", seconds=2)
    with pytest.raises(ze.HTTPError):
        zot.create_items([paper(title="x")])
    server.add_fault("500", nth=len(server.log) + 1)
    with pytest.raises(ze.HTTPError):
        zot.create_items([paper(title="y")])
    server.add_fault("429", method="POST", seconds=0)
    refused = call(server, "POST", "/users/1/items", [paper()])

    assert refused.status == 429 and refused.headers["Retry-After"] == "0"
    assert server.library("users/1").items == {} and server.library("users/1").version == 0
    assert [r.fault for r in server.log] == ["503", "500", "429"]


def test_backoff_header_is_recorded_by_pyzotero(server, zot):
    server.add_fault("backoff", method="GET", seconds=0.5)
    zot.items()
    assert zot.backoff_until > time.time()  # pyzotero will wait before its next request
    assert server.log[-1].fault == "backoff"


def test_dropped_connection_after_commit_then_retry_makes_no_duplicate(server, zot):
    batch = [paper("AAAAAAAA"), note("AAAAAAAA", key="BBBBBBBB", version=0)]
    server.add_fault("drop_after_commit", method="POST")
    with pytest.raises(httpx2.RemoteProtocolError):
        zot.create_items(batch)
    assert set(server.library("users/1").items) == {"AAAAAAAA", "BBBBBBBB"}  # committed all the same

    retry = zot.create_items(batch)
    assert {f["code"] for f in retry["failed"].values()} == {412}  # version 0 on existing objects
    assert len(server.library("users/1").items) == 2
    assert [r.status for r in server.requests_matching("POST")] == [None, 200]


def test_dropped_connection_before_commit_commits_nothing(server, zot):
    server.add_fault("drop_before_commit", method="POST")
    with pytest.raises(httpx2.RemoteProtocolError):
        zot.create_items([paper("AAAAAAAA")])
    assert server.library("users/1").items == {}
    assert zot.create_items([paper("AAAAAAAA")])["success"] == {"0": "AAAAAAAA"}


def test_latency_and_concurrency_limit(server):
    server.latency = 0.05
    server.concurrency_limit = 1
    answers: list[int] = []
    threads = [
        threading.Thread(target=lambda: answers.append(call(server, "GET", "/users/1/items").status)) for _ in range(2)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert time.perf_counter() - started >= 0.05
    assert sorted(answers) == [200, 429] and server.max_in_flight == 2


# --- the real HTTP server thread ------------------------------------------------------------


def test_real_http_server_with_pyzotero(server):
    with ZoteroHTTPServer(server) as url:
        assert url.startswith("http://127.0.0.1:")
        zot = zotero.Zotero(1, "user", KEY, client=httpx2.Client(trust_env=False))
        zot.endpoint = url
        created = zot.create_items([paper("AAAAAAAA"), note("AAAAAAAA")])
        assert len(created["success"]) == 2
        assert created["successful"]["0"]["links"]["self"]["href"] == f"{url}/users/1/items/AAAAAAAA"
        assert [c["data"]["itemType"] for c in zot.children("AAAAAAAA")] == ["note"]

        server.add_fault("drop_after_commit", method="POST")
        with pytest.raises(httpx2.TransportError):
            zot.create_items([paper("CCCCCCCC")])
        assert "CCCCCCCC" in server.library("users/1").items
        assert zot.item_versions() == {"AAAAAAAA": 1, "CCCCCCCC": 3, created["success"]["1"]: 2}


# --- desktop app: local API and connector -----------------------------------------------------


def test_local_api_is_read_only(server):
    server.write("users/1", [paper("AAAAAAAA")])
    assert server.handle("GET", "/api/users/0/items", {}).body == b"Local API is not enabled"
    server.local_api_enabled = True
    local = zotero.Zotero(0, "user", local=True, client=httpx2.Client(transport=mock_transport(server)))

    assert [i["key"] for i in local.items()] == ["AAAAAAAA"]
    post = server.handle("POST", "/api/users/0/items", {}, b"[]")
    assert post.status == 400 and post.body == b"Endpoint does not support method\n"
    assert server.handle("PATCH", "/api/users/0/items/AAAAAAAA", {}, b"{}").status == 501
    assert server.handle("GET", "/api/users/0/items/new?itemType=book", {}).status == 404
    assert server.handle("GET", "/api/users/0/deleted?since=0", {}).status == 404
    assert server.handle("GET", "/api/users/7/items", {}).status == 400


def test_connector_save_items(server):
    assert b"Zotero is running" in server.handle("GET", "/connector/ping", {}).body
    server.connector_collection = server.write("users/1", [{"name": "Inbox"}], "collections")["success"]["0"]
    body = {
        "items": [
            {
                "itemType": "preprint",
                "title": "Saved",
                "creators": [{"creatorType": "author", "firstName": "A", "lastName": "B"}],
                "tags": ["arxiv", {"tag": "ml"}],
                "notes": [{"note": "<p>n</p>"}],
                "unknownField": "dropped",
            }
        ]
    }
    answer = server.handle("POST", "/connector/saveItems", {}, json.dumps(body).encode())

    assert answer.status == 201 and answer.body == b""
    items = list(server.library("users/1").items.values())
    parent = next(i for i in items if i.item_type == "preprint")
    assert parent.tags == [{"tag": "arxiv", "type": 1}, {"tag": "ml", "type": 1}]
    assert parent.collections == [server.connector_collection]
    assert [i.parent for i in items if i.item_type == "note"] == [parent.key]


# --- shapes against the recorded answers of the real server ------------------------------------


def test_item_json_shape_matches_recorded_items(server):
    recorded = fixture_json("pyzotero_item_doc.json")
    recorded_journal = fixture_json("papers-mcp_item.json")
    journal = {
        "itemType": "journalArticle",
        "title": "T",
        "date": "1993",
        "creators": [{"creatorType": "author", "name": "Institute"}],
        "collections": [],
    }
    server.write("users/1", [journal])
    served = call(server, "GET", "/users/1/items").json()[0]

    assert list(served) == list(recorded)
    assert set(served["library"]) == set(recorded["library"])
    assert set(served["library"]["links"]["alternate"]) == {"href", "type"}
    assert set(served["links"]) == set(recorded["links"])
    assert set(served["meta"]) == set(recorded["meta"])
    assert set(served["data"]) == set(recorded_journal["data"])  # every schema-v41 journalArticle field
    assert list(served["data"])[:5] == ["key", "version", "itemType", "title", "creators"]
    assert served["meta"]["parsedDate"] == "1993" and served["meta"]["creatorSummary"] == "Institute"


def test_child_and_collection_shapes_match_recorded_objects(server):
    recorded_child = fixture_json("papers-mcp_attachment.json")
    recorded_collection = fixture_json("pyzotero_collection_doc.json")
    recorded_listing = fixture_json("pyzotero_collections_doc.json")
    made = server.write("users/1", [{"name": "Parent"}], "collections")["success"]["0"]
    server.write("users/1", [{"name": "Child", "parentCollection": made}], "collections")
    server.write("users/1", [paper("AAAAAAAA"), note("AAAAAAAA")])

    child = call(server, "GET", "/users/1/items/AAAAAAAA/children").json()[0]
    assert {"self", "alternate", "up"} <= set(child["links"]) and set(recorded_child["links"]) >= {"up"}
    assert "collections" not in child["data"] and "collections" not in recorded_child["data"]
    assert child["data"]["parentItem"] == "AAAAAAAA"
    collections = {c["data"]["name"]: c for c in call(server, "GET", "/users/1/collections").json()}
    served = collections["Child"]
    assert set(served) == set(recorded_collection)
    assert set(served["links"]) == set(recorded_collection["links"])
    assert set(served["meta"]) == set(recorded_collection["meta"])
    assert set(served["data"]) == set(recorded_collection["data"])
    assert collections["Parent"]["data"]["parentCollection"] is False
    assert recorded_listing[0]["data"]["parentCollection"] is False


def test_write_report_layout_matches_recorded_reports(server):
    mixed = fixture_json("zotero-api-client_multi-mixed-write-response.js")
    created = fixture_json("pyzotero_creation_doc.json")
    report = call(server, "POST", "/users/1/items", [paper(), paper(foo=1), paper()]).json()

    assert set(mixed) | set(created) <= set(report) == {"successful", "success", "unchanged", "failed"}
    assert set(report["failed"]["1"]) <= {"key", "code", "message", "data"}
    assert set(mixed["failed"]["1"]) <= {"key", "code", "message", "data"}
    assert all(isinstance(k, str) and k.isdigit() for k in [*report["success"], *mixed["success"]])
    assert report["success"] == {i: o["key"] for i, o in report["successful"].items()}
