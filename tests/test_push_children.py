"""PDF attachments and arXiv comment notes made by a push (sync/children.py) against the
strict fake Zotero server: same batch as their item, once per item, kept apart from the
digest's summary notes, ``--pdf store`` through the upload protocol."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from fakes.zotero_server import ZoteroLibraryServer, make_pyzotero

from zoterodigest.digest import read_digest
from zoterodigest.model import ArxivRecord
from zoterodigest.state import State
from zoterodigest.sync import push_digests
from zoterodigest.sync.decide.children import ChildSettings
from zoterodigest.sync.sync import sync_digests
from zoterodigest.zotero.client import ZoteroClient

KEY = "ChildKey0Zotero42"
LIB = "users/1"
DIGEST = """# Reading

## Generation

- [Scaling Rectified Flow Transformers](https://arxiv.org/abs/2403.03206v2) — rectified flow at scale.
- [Another Paper](https://arxiv.org/abs/2404.00001) — a second one.
"""
RECORDS = {
    "2403.03206": ArxivRecord(id="2403.03206", version=2, title="Scaling Rectified Flow Transformers",
                              authors=["Patrick Esser"], primary_category="cs.CV", categories=["cs.CV"],
                              published=dt.date(2024, 3, 5), updated=dt.date(2024, 4, 1),
                              comment="ICML 2024, 12 pages"),
    "2404.00001": ArxivRecord(id="2404.00001", version=1, title="Another Paper", authors=["Ada Lovelace"],
                              primary_category="cs.LG", categories=["cs.LG"], published=dt.date(2024, 4, 1)),
}
PDF_BYTES = b"%PDF-1.5\n" + b"a stored pdf " * 100 + b"\n%%EOF\n"


@pytest.fixture
def server() -> ZoteroLibraryServer:
    return ZoteroLibraryServer.single_user(user_id=1, api_key=KEY)


@pytest.fixture
def digest_path(tmp_path: Path) -> Path:
    path = tmp_path / "reading.md"
    path.write_text(DIGEST, encoding="utf-8")
    return path


def read(path: Path):
    digest = read_digest(path)
    for e in digest.entries:
        e.paper = e.paper.replace(metadata=RECORDS[e.paper.arxiv_id])
    return digest


def client(server: ZoteroLibraryServer) -> ZoteroClient:
    return ZoteroClient(zot=make_pyzotero(server, 1, "user", KEY), sleep=lambda s: None)


def push(server, tmp_path, path, settings: ChildSettings):
    before = len(server.log)
    with State(tmp_path / "state") as state:
        report = push_digests([read(path)], client(server), state, children=settings)
    return report, server.log[before:]


def children_of(server, arxiv_id: str):
    lib = server.library(LIB)
    parent = next(i for i in lib.items.values() if i.fields.get("archiveID") == f"arXiv:{arxiv_id}")
    return [i for i in lib.items.values() if i.parent == parent.key and not i.deleted]


class FakeFiles:
    """PDFs served from memory, counting downloads (the real PdfFiles is tested apart)."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.fetched: list[str] = []

    def fetch(self, url: str) -> Path:
        self.fetched.append(url)
        path = self.tmp / (url.rsplit("/", 1)[-1] + ".pdf")
        path.write_bytes(PDF_BYTES)
        return path


def test_linked_pdf_and_comment_note_come_in_the_items_batch(server, tmp_path, digest_path):
    report, log = push(server, tmp_path, digest_path, ChildSettings.translator())
    assert report.ok, [p.error for p in report.failed]
    counts = report.counts()
    assert (counts["pdfs_created"], counts["comment_notes_created"], counts["pdfs_stored"]) == (2, 1, 0)
    assert "PDFs: attach 2, store 0; comment notes: create 1" in report.lines(verbose=False)[-1]
    posts = [r for r in log if r.method == "POST"]
    assert [r.path for r in posts] == ["/users/1/collections", "/users/1/items"]  # 2 items, 2 notes, 2 PDFs, 1 comment
    kids = children_of(server, "2403.03206")
    pdf = next(k for k in kids if k.item_type == "attachment")
    assert pdf.attachment == {"linkMode": "linked_url", "contentType": "application/pdf"}
    assert pdf.fields == {"title": "Preprint PDF", "url": "https://arxiv.org/pdf/2403.03206v2"}
    comments = [k for k in kids if k.item_type == "note" and "Comment:" in k.note]
    assert len(comments) == 1 and "ICML 2024, 12 pages" in comments[0].note
    assert len([k for k in children_of(server, "2404.00001") if k.item_type == "note"]) == 1  # no comment


def test_a_second_push_adds_no_second_attachment_or_comment_and_reads_nothing_more(server, tmp_path, digest_path):
    push(server, tmp_path, digest_path, ChildSettings.translator())
    count = len(server.library(LIB).items)
    report, log = push(server, tmp_path, digest_path, ChildSettings.translator())
    assert report.ok and len(server.library(LIB).items) == count
    assert [r.status for r in log] == [304]  # one read, answered "nothing changed"


def test_a_lost_state_finds_the_pdf_and_comment_and_summary_note_apart(server, tmp_path, digest_path):
    push(server, tmp_path, digest_path, ChildSettings.translator())
    count = len(server.library(LIB).items)
    summary = next(k for k in children_of(server, "2403.03206") if k.item_type == "note" and "<h2>" in k.note)
    with State(tmp_path / "other-state") as state:
        report = push_digests([read(digest_path)], client(server), state, children=ChildSettings.translator())
    assert report.ok and len(server.library(LIB).items) == count
    notes = [k for k in children_of(server, "2403.03206") if k.item_type == "note"]
    assert summary.key in {n.key for n in notes} and len(notes) == 2


def test_a_pdf_from_another_source_means_no_second_pdf(server, tmp_path, digest_path):
    push(server, tmp_path, digest_path, ChildSettings(pdf="none"))
    lib = server.library(LIB)
    parent = next(i for i in lib.items.values() if i.fields.get("archiveID") == "arXiv:2403.03206")
    zot = make_pyzotero(server, 1, "user", KEY)
    template = zot.item_template("attachment", linkmode="linked_url")
    assert zot.create_items([{**template, "title": "Full Text", "url": "https://example.org/paper.pdf",
                              "parentItem": parent.key}])["success"]
    report, _ = push(server, tmp_path, digest_path, ChildSettings.translator())
    assert report.ok
    pdfs = [k for k in children_of(server, "2403.03206") if k.item_type == "attachment"]
    assert [p.fields["title"] for p in pdfs] == ["Full Text"]
    assert [k.fields["title"] for k in children_of(server, "2404.00001") if k.item_type == "attachment"] == \
        ["Preprint PDF"]


def test_sync_keeps_the_comment_note_out_of_summary_matching(server, tmp_path, digest_path):
    settings = ChildSettings.translator()
    with State(tmp_path / "state") as state:
        first = sync_digests([digest_path], client(server), state, direction="push", children=settings,
                             prepare=lambda ds: [setattr(e, "paper", e.paper.replace(
                                 metadata=RECORDS[e.paper.arxiv_id])) for d in ds for e in d.entries])
    assert first.exit_code() == 0
    comment = next(k for k in children_of(server, "2403.03206") if "Comment:" in k.note)
    server.write(LIB, [{"key": comment.key, "version": comment.version, "note": "<p>Comment: edited by me</p>"}])
    with State(tmp_path / "state") as state:
        again = sync_digests([digest_path], client(server), state, children=settings,
                             prepare=lambda ds: [setattr(e, "paper", e.paper.replace(
                                 metadata=RECORDS[e.paper.arxiv_id])) for d in ds for e in d.entries])
    assert again.exit_code() == 0
    assert digest_path.read_text(encoding="utf-8") == DIGEST  # pulled nothing from the comment note
    assert len([k for k in children_of(server, "2403.03206") if "Comment:" in k.note]) == 1


def test_pdf_store_uploads_each_file_and_reuses_what_zotero_has(server, tmp_path, digest_path):
    files = FakeFiles(tmp_path)
    report, log = push(server, tmp_path, digest_path, ChildSettings.translator("store", files=files))
    assert report.ok, [p.error for p in report.failed]
    assert report.counts()["pdfs_stored"] == 2
    pdf = next(k for k in children_of(server, "2403.03206") if k.item_type == "attachment")
    assert pdf.attachment["linkMode"] == "imported_url"
    assert pdf.attachment["md5"] == hashlib.md5(PDF_BYTES).hexdigest()
    file_posts = [r for r in log if r.path.endswith("/file") or r.path.startswith("/fake-s3/")]
    # two files with the same bytes: the first takes 3 requests, the second is "exists" (1)
    assert len(file_posts) == 4
    again, log = push(server, tmp_path, digest_path, ChildSettings.translator("store", files=files))
    assert again.ok and [r.status for r in log] == [304] and len(files.fetched) == 2


def test_pdf_store_over_quota_is_reported_per_paper_and_retried_later(server, tmp_path, digest_path):
    server.files.quota_mb[LIB] = 0.0001
    files = FakeFiles(tmp_path)
    report, _ = push(server, tmp_path, digest_path, ChildSettings.translator("store", files=files))
    assert not report.ok
    errors = [p.error or "" for p in report.failed]
    assert len(errors) == 2 and all("storage is full" in e and "--pdf link" in e for e in errors)
    assert len(server.library(LIB).items) == 2 + 2 + 2 + 1  # items, summaries, attachments, comment
    server.files.quota_mb[LIB] = 300
    again, _ = push(server, tmp_path, digest_path, ChildSettings.translator("store", files=files))
    assert again.ok, [p.error for p in again.failed]
    attachments = [i for i in server.library(LIB).items.values() if i.item_type == "attachment"]
    assert len(attachments) == 2 and all(a.attachment.get("md5") for a in attachments)


@pytest.mark.parametrize("kind", ["drop_before_commit", "drop_after_commit"])
@pytest.mark.parametrize("where", [r"/items/\w+/file$", r"^/fake-s3/"])
def test_a_dropped_connection_on_a_file_request_is_one_paper_s_error(server, tmp_path, digest_path, kind, where):
    """Issue 25: a connection dropped on the upload authorization or the upload of the
    bytes is reported on that paper, the rest goes on, and the next push stores the
    file (no traceback, no second attachment)."""
    files = FakeFiles(tmp_path)
    server.add_fault(kind, method="POST", path=where)
    report, _ = push(server, tmp_path, digest_path, ChildSettings.translator("store", files=files))
    errors = [p.error or "" for p in report.failed] + list(report.problems)
    assert len(errors) == 1 and "PDF not stored" in errors[0] and "try again" in errors[0], errors
    again, _ = push(server, tmp_path, digest_path, ChildSettings.translator("store", files=files))
    assert again.ok, [p.error for p in again.failed]
    attachments = [i for i in server.library(LIB).items.values() if i.item_type == "attachment"]
    assert len(attachments) == 2 and all(a.attachment.get("md5") for a in attachments)


def test_an_unknown_pdf_mode_is_one_clear_message(digest_path):
    from typer.testing import CliRunner

    from zoterodigest.cli import app

    result = CliRunner().invoke(app, ["push", str(digest_path), "--pdf", "attach"])
    assert result.exit_code == 2 and "--pdf 'attach' is not one of link, store, none" in result.output
    assert "Traceback" not in result.output
