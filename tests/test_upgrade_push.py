"""A preprint already pushed, found published later: the Zotero item becomes a
conference paper or journal article by the three-way rule (only fields that still
hold what zoterodigest wrote change; an item the user edited keeps its type)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fakes.zotero_server import ZoteroLibraryServer, make_pyzotero

from zoterodigest import zotero as zi
from zoterodigest.digest import read_digest
from zoterodigest.model import ArxivRecord, Paper, Publication, Venue
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.decide.item_patch import merge_patch
from zoterodigest.zotero.client import ZoteroClient

KEY = "Secret0Key0Zotero42"
LIB = "users/1"
TITLE = "Learning Transferable Visual Models From Natural Language Supervision"
DIGEST = f"""# Log

> **{TITLE}**  
> *arXiv 2021*, [arxiv](https://arxiv.org/abs/2103.00020)  
> Task: zero-shot classification  
> Contrastive pretraining.
"""
RECORD = ArxivRecord(id="2103.00020", version=1, title=TITLE, authors=["Alec Radford", "Jong Wook Kim"],
                     primary_category="cs.CV", categories=["cs.CV"], published=dt.date(2021, 2, 26))
ICML = Publication(kind="conference", venue="ICML", known=True, year=2021, pages="8748--8763", volume="139")


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


def push(server, tmp_path: Path, publication: Publication | None):
    path = tmp_path / "log.md"
    if not path.exists():
        path.write_text(DIGEST)
    digest = read_digest(path)
    for e in digest.entries:
        e.paper = e.paper.replace(metadata=RECORD, publication=publication)
    client = ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)
    with State(tmp_path / "state") as state:
        return push_digests([digest], client, state)


def the_item(server):
    return next(i for i in server.library(LIB).items.values() if i.item_type != "note")


def test_item_for_a_published_paper():
    item = zi.item_for(Paper(arxiv_id="2103.00020", title=TITLE, metadata=RECORD, publication=ICML),
                       citation_key="k", tags=[], collections=[])
    assert item["itemType"] == "conferencePaper"
    assert item["proceedingsTitle"] == "International Conference on Machine Learning"
    assert (item["conferenceName"], item["pages"], item["volume"], item["date"]) == ("ICML 2021", "8748-8763",
                                                                                      "139", "2021")
    assert item["extra"] == "arXiv:2103.00020 [cs.CV]" and "DOI" not in item
    # Listed as "arXiv 2020", published in 2021: the edition's year.
    listed = Paper(arxiv_id="2103.00020", title=TITLE, venue=Venue(name="arXiv", year=2020), publication=ICML)
    assert zi.item_for(listed, citation_key="k", tags=[], collections=[])["date"] == "2021"
    journal = Publication(kind="journal", venue="Phys. Rev. D", known=False, year=2019, volume="100",
                          number="4", pages="123456", doi="10.1103/physrevd.100.123456")
    item = zi.item_for(Paper(arxiv_id="1901.00001", title="T", publication=journal), citation_key="k", tags=[],
                       collections=[])
    assert item["itemType"] == "journalArticle" and item["publicationTitle"] == "Phys. Rev. D"
    assert (item["volume"], item["issue"], item["DOI"]) == ("100", "4", "10.1103/physrevd.100.123456")


def test_a_pushed_preprint_is_upgraded_in_place(server, tmp_path):
    push(server, tmp_path, None)
    before = the_item(server)
    assert before.item_type == "preprint" and before.fields["archiveID"] == "arXiv:2103.00020"
    report = push(server, tmp_path, ICML)
    assert report.ok
    after = the_item(server)
    assert after.key == before.key and after.item_type == "conferencePaper"
    assert after.fields["proceedingsTitle"] == "International Conference on Machine Learning"
    assert after.fields["pages"] == "8748-8763" and after.fields["date"] == "2021"
    assert after.fields["extra"] == "arXiv:2103.00020 [cs.CV]" and "archiveID" not in after.fields
    assert after.fields["citationKey"] == before.fields["citationKey"]  # the key is pinned
    again = push(server, tmp_path, ICML)
    assert again.ok and the_item(server).version == after.version  # nothing left to do


def test_an_item_the_user_edited_keeps_its_type_and_edits(server, tmp_path):
    push(server, tmp_path, None)
    item = the_item(server)
    server.write(LIB, [{"key": item.key, "version": item.version, "archiveID": "arXiv:2103.00020v3",
                        "date": "2021-03-01"}])
    assert push(server, tmp_path, ICML).ok
    after = the_item(server)
    assert after.item_type == "preprint" and after.fields["archiveID"] == "arXiv:2103.00020v3"
    assert after.fields["date"] == "2021-03-01"


def test_merge_patch_changes_the_type_only_by_the_three_way_rule():
    ours = {"itemType": "preprint", "title": "T", "repository": "arXiv", "archiveID": "arXiv:1", "date": "2021-02-26"}
    sent = {k: v for k, v in ours.items() if k != "itemType"}
    desired = {"itemType": "conferencePaper", "title": "T", "proceedingsTitle": "P", "date": "2021"}
    patch, owned = merge_patch({"key": "K", "version": 3, "data": ours}, sent, desired)
    assert patch["itemType"] == "conferencePaper" and patch["proceedingsTitle"] == "P" and patch["date"] == "2021"
    assert owned["proceedingsTitle"] == "P"
    # what the row remembers of the item's PDF and comment note (sync/children.py) is no field
    with_children, _ = merge_patch({"key": "K", "version": 3, "data": ours}, {**sent, "children": ["pdf"]}, desired)
    assert with_children["itemType"] == "conferencePaper"
    edited = {**ours, "repository": "My repository"}
    patch, _ = merge_patch({"key": "K", "version": 3, "data": edited}, sent, desired)
    assert "itemType" not in patch and "proceedingsTitle" not in patch
    adopted, _ = merge_patch({"key": "K", "version": 3, "data": ours}, {}, desired)
    assert "itemType" not in adopted
    retyped_by_user = {**ours, "itemType": "journalArticle"}
    patch, _ = merge_patch({"key": "K", "version": 3, "data": retyped_by_user},
                           {**sent, "archiveID": "arXiv:1"}, desired)
    assert "itemType" not in patch
