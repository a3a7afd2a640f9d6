"""The fake Zotero server's attachments and file endpoints (docs/zotero-web-api.md §9),
driven by pyzotero's own upload (attachment_simple / upload_attachments) over real HTTP."""

from __future__ import annotations

import hashlib

import httpx2
import pytest
from pyzotero import zotero
from pyzotero.zotero_errors import PreConditionFailedError, RequestEntityTooLargeError

from tests.fakes.zotero_server import ZoteroHTTPServer, ZoteroLibraryServer

KEY = "FILESKEY1"
PDF = b"%PDF-1.4\n" + b"fake pdf body " * 200 + b"\n%%EOF\n"


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=7, api_key=KEY)


@pytest.fixture
def live(server):
    with ZoteroHTTPServer(server) as url:
        zot = zotero.Zotero(7, "user", KEY)
        zot.endpoint = url
        yield zot, url


def parent(zot) -> str:
    answer = zot.create_items([{"itemType": "preprint", "title": "A paper", "creators": [], "tags": [],
                                "collections": [], "relations": {}}])
    return answer["success"]["0"]


def test_pyzotero_uploads_a_file_through_the_three_steps(server, live, tmp_path):
    zot, _ = live
    key = parent(zot)
    path = tmp_path / "paper.pdf"
    path.write_bytes(PDF)
    result = zot.attachment_simple([str(path)], key)
    assert len(result["success"]) == 1 and not result["failure"] and not result["unchanged"]
    attachment = result["success"][0]["key"]
    data = zot.item(attachment)["data"]
    assert data["linkMode"] == "imported_file" and data["parentItem"] == key
    assert data["md5"] == hashlib.md5(PDF).hexdigest() and data["filename"] == "paper.pdf"
    assert data["contentType"] == "application/pdf"
    assert "enclosure" in zot.item(attachment)["links"]
    posts = [r for r in server.log if r.method == "POST" and r.path.endswith("/file")]
    assert len(posts) == 2  # authorization, registration
    assert any(r.path.startswith("/fake-s3/") for r in server.log)
    # the same bytes again: the storage knows them, nothing is uploaded ("exists")
    uploads_before = sum(1 for r in server.log if r.path.startswith("/fake-s3/"))
    again = zot.attachment_simple([str(path)], key)
    assert len(again["unchanged"]) == 1
    assert sum(1 for r in server.log if r.path.startswith("/fake-s3/")) == uploads_before


def test_preconditions_of_the_file_endpoint(server, live, tmp_path):
    zot, url = live
    key = parent(zot)
    path = tmp_path / "paper.pdf"
    path.write_bytes(PDF)
    done = zot.attachment_simple([str(path)], key)["success"][0]
    headers = {"Zotero-API-Key": KEY, "Content-Type": "application/x-www-form-urlencoded"}
    md5 = hashlib.md5(PDF).hexdigest()
    form = f"md5={md5}&filename=paper.pdf&filesize={len(PDF)}&mtime=1700000000000"
    target = f"{url}/users/7/items/{done['key']}/file"
    assert httpx2.post(target, content=form, headers=headers).status_code == 428
    answer = httpx2.post(target, content=form, headers={**headers, "If-None-Match": "*"})
    assert answer.status_code == 412 and "file exists" in answer.text
    answer = httpx2.post(target, content=form, headers={**headers, "If-Match": "0" * 32})
    assert answer.status_code == 412 and "ETag does not match" in answer.text
    answer = httpx2.post(target, content="upload=nope", headers={**headers, "If-Match": md5})
    assert answer.status_code == 400 and "Upload key not found" in answer.text
    note = zot.create_items([{"itemType": "note", "note": "<p>n</p>", "parentItem": key, "tags": [],
                              "relations": {}}])["success"]["0"]
    answer = httpx2.post(f"{url}/users/7/items/{note}/file", content=form, headers={**headers, "If-None-Match": "*"})
    assert answer.status_code == 400 and "not an attachment" in answer.text


def test_linked_url_attachments_take_no_file(server, live):
    zot, url = live
    key = parent(zot)
    template = zot.item_template("attachment", linkmode="linked_url")
    assert "filename" not in template and "url" in template
    ok = zot.create_items([{**template, "title": "Preprint PDF", "url": "https://arxiv.org/pdf/2101.00001v1",
                            "contentType": "application/pdf", "parentItem": key}])
    assert ok["success"]
    bad = zot.create_items([{**template, "url": "https://x/y.pdf", "filename": "y.pdf", "parentItem": key}])
    assert bad["failed"]["0"]["code"] == 400 and "valid only for imported" in bad["failed"]["0"]["message"]
    form = "md5=" + "a" * 32 + "&filename=y.pdf&filesize=3&mtime=1"
    answer = httpx2.post(f"{url}/users/7/items/{ok['success']['0']}/file", content=form,
                         headers={"Zotero-API-Key": KEY, "If-None-Match": "*",
                                  "Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 400 and "linked file/URL" in answer.text
    child = ok["success"]["0"]
    nested = zot.create_items([{**template, "url": "https://x/z.pdf", "parentItem": child}])
    assert nested["failed"]["0"]["code"] == 409


def test_quota_is_413_with_the_storage_headers(server, live, tmp_path):
    zot, _ = live
    server.files.quota_mb["users/7"] = 0.001  # about 1 KB
    key = parent(zot)
    path = tmp_path / "big.pdf"
    path.write_bytes(PDF)
    with pytest.raises(RequestEntityTooLargeError):
        zot.attachment_simple([str(path)], key)
    last = server.log[-1]
    assert last.status == 413


def test_bytes_that_differ_from_the_declared_md5_are_refused(server, live, tmp_path):
    zot, url = live
    key = parent(zot)
    created = zot.create_items([{**zot.item_template("attachment", linkmode="imported_url"), "title": "Preprint PDF",
                                 "url": "https://arxiv.org/pdf/1", "parentItem": key}])["success"]["0"]
    md5 = hashlib.md5(PDF).hexdigest()
    headers = {"Zotero-API-Key": KEY, "If-None-Match": "*", "Content-Type": "application/x-www-form-urlencoded"}
    auth = httpx2.post(f"{url}/users/7/items/{created}/file",
                       content=f"md5={md5}&filename=p.pdf&filesize={len(PDF)}&mtime=1", headers=headers).json()
    wrong = PDF[:-1] + b"X"
    body = auth["prefix"].encode() + wrong + auth["suffix"].encode()
    s3 = httpx2.post(auth["url"], content=body, headers={"Content-Type": auth["contentType"]})
    assert s3.status_code == 400 and "BadDigest" in s3.text
    register = httpx2.post(f"{url}/users/7/items/{created}/file", content=f"upload={auth['uploadKey']}",
                           headers=headers)
    assert register.status_code == 400 and "Remote file not found" in register.text
    s3 = httpx2.post(auth["url"], content=auth["prefix"].encode() + PDF + auth["suffix"].encode(),
                     headers={"Content-Type": auth["contentType"]})
    assert s3.status_code == 201
    register = httpx2.post(f"{url}/users/7/items/{created}/file", content=f"upload={auth['uploadKey']}",
                           headers=headers)
    assert register.status_code == 204 and int(register.headers["Last-Modified-Version"]) > 0
    assert zot.item(created)["data"]["md5"] == md5
    (tmp_path / "p.pdf").write_bytes(PDF)
    with pytest.raises(PreConditionFailedError):  # If-None-Match: * on an item that has its file
        zot.upload_attachments([{"key": created, "filename": "p.pdf"}], basedir=str(tmp_path))
