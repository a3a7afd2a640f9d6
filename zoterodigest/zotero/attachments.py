"""A paper's child objects besides the digest's summary notes, as Zotero's arXiv
translator makes them (pure): the PDF attachment and arXiv's comment as a note.

* **PDF**: ``--pdf link`` (the default) makes a linked-URL attachment (``linked_url``,
  ``application/pdf``) pointing at the PDF: no download, no storage quota.  It is titled
  "Preprint PDF" when it is arXiv's PDF (as the translator titles it, whatever the item
  type) and "Full Text PDF" when the digest links the published version's own PDF (as
  Zotero titles a publisher's PDF).  ``--pdf store`` stores the file in Zotero (an
  ``imported_url`` attachment and the upload protocol, :mod:`.uploads`); ``--pdf none``
  makes none.  A paper that already has a PDF attachment (from any source) gets no second.
* **Comment**: arXiv's comment ("Accepted at CVPR 2025, 12 pages") as a child note
  ``Comment: ...``, once per item.  It is not a summary note: sync never matches, merges
  or pulls it (:func:`is_comment_note`).

Which of these an item already has is remembered in its state row (``sent["children"]``),
so a push reads an item's children only the first time.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from ..link_schemes import is_web_link
from ..model import Paper
from .open_pdfs import open_pdf
from .text_limits import ZoteroJson, clip_chars, one_line

PDF_MODES = ("link", "store", "none")
DEFAULT_PDF_BASE = "https://arxiv.org/pdf"
PREPRINT_PDF = "Preprint PDF"
FULL_TEXT_PDF = "Full Text PDF"
PDF_TYPE = "application/pdf"
#: Kinds of child object, as remembered in the state row.
PDF, COMMENT = "pdf", "comment"


@dataclass(frozen=True)
class PdfSource:
    url: str
    title: str
    #: The arXiv id and version the file is of (None: the publisher's PDF).
    arxiv_id: str | None = None

    @property
    def filename(self) -> str:
        tail = self.url.rstrip("/").rsplit("/", 1)[-1] or "paper"
        return tail if tail.lower().endswith(".pdf") else f"{tail}.pdf"


@dataclass(frozen=True)
class ChildSpec:
    """One child object a paper should have: its kind and JSON (no key, no parent yet)."""

    kind: str
    object: ZoteroJson
    pdf: PdfSource | None = None


def pdf_source(paper: Paper, base: str = DEFAULT_PDF_BASE) -> PdfSource | None:
    """Where the paper's PDF is: the published version's own PDF link when the digest has
    one and the paper has a venue, else arXiv's (the version the digest names, else the
    latest), else any PDF link the digest gives, else the open PDF of a paper page the digest
    links on CVF, ECVA, OpenReview, ACL Anthology, PMLR or the NeurIPS proceedings
    (:mod:`.open_pdfs`)."""
    own = paper.links.get("pdf") if is_web_link(paper.links.get("pdf")) else None
    published = paper.venue is not None and paper.venue.name.casefold() != "arxiv"
    if own and published and "arxiv.org" not in own:
        return PdfSource(own, FULL_TEXT_PDF)
    arxiv = paper.arxiv_id or (paper.metadata.id if paper.metadata else None)
    if arxiv:
        version = paper.arxiv_version or (paper.metadata.version if paper.metadata else None)
        name = f"{arxiv}v{version}" if version else arxiv
        return PdfSource(f"{base.rstrip('/')}/{name}", PREPRINT_PDF, name)
    if own:
        return PdfSource(own, FULL_TEXT_PDF)
    for url in filter(is_web_link, paper.links.values()):  # (a paper page on a host that publishes its open PDF)
        found = open_pdf(url)
        if found:
            return PdfSource(found, FULL_TEXT_PDF)
    return None


def linked_pdf(source: PdfSource) -> ZoteroJson:
    """A linked-URL PDF attachment's JSON (the parent is added by the planner)."""
    return {"itemType": "attachment", "linkMode": "linked_url", "title": source.title, "url": source.url,
            "contentType": PDF_TYPE, "tags": [], "relations": {}}


def stored_pdf(source: PdfSource) -> ZoteroJson:
    """A stored PDF attachment's JSON, before its file is uploaded (``imported_url``: a
    file saved from a URL, as Zotero saves a translator's PDF)."""
    return {"itemType": "attachment", "linkMode": "imported_url", "title": source.title, "url": source.url,
            "contentType": PDF_TYPE, "filename": source.filename, "tags": [], "relations": {}}


def comment_html(comment: str | None) -> str | None:
    """``<p>Comment: ...</p>`` for arXiv's comment, None without one."""
    text = one_line(comment)
    return f"<p>Comment: {html.escape(text, quote=False)}</p>" if text else None


def wanted_children(paper: Paper, pdf_mode: str, pdf_base: str = DEFAULT_PDF_BASE, *,
                    comments: bool = True) -> list[ChildSpec]:
    """The child objects ``paper`` should have (besides its summary notes)."""
    out: list[ChildSpec] = []
    source = pdf_source(paper, pdf_base) if pdf_mode != "none" else None
    if source is not None:
        obj = stored_pdf(source) if pdf_mode == "store" else linked_pdf(source)
        out.append(ChildSpec(PDF, {**obj, "title": clip_chars(obj["title"])}, source))
    note = comment_html(paper.metadata.comment if paper.metadata and comments else None)
    if note is not None:
        out.append(ChildSpec(COMMENT, {"itemType": "note", "note": note, "tags": [], "relations": {}}))
    return out


# --- what an item already has ------------------------------------------------------------------

_COMMENT = re.compile(r"^\s*Comment:", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")


def _plain(note_html: str) -> str:
    return one_line(html.unescape(_TAG.sub(" ", note_html)))


def is_comment_note(note_html: str) -> bool:
    """A note holding arXiv's comment (ours or the translator's), never a summary note."""
    if "<h2" in note_html[:200].lower():
        return False
    return bool(_COMMENT.match(_plain(note_html)))


def _data(obj: dict[str, Any]) -> dict[str, Any]:
    data: dict[str, Any] = obj.get("data", obj)
    return data


def is_pdf_attachment(obj: dict[str, Any]) -> bool:
    """An attachment that is a PDF: by content type, else by its file name or URL."""
    data = _data(obj)
    if data.get("itemType") != "attachment" or data.get("deleted"):
        return False
    if (data.get("contentType") or "").lower() == PDF_TYPE:
        return True
    name = (data.get("filename") or data.get("path") or data.get("url") or "").lower()
    return name.endswith(".pdf") or "/pdf/" in name


def kinds_present(children: list[dict[str, Any]]) -> set[str]:
    """Which kinds of child object an item's children already hold."""
    out: set[str] = set()
    for child in children:
        data = _data(child)
        if data.get("deleted"):
            continue
        if is_pdf_attachment(child) and not _awaiting_file(data):
            out.add(PDF)
        elif data.get("itemType") == "note" and is_comment_note(data.get("note") or ""):
            out.add(COMMENT)
    return out


def _awaiting_file(data: dict[str, Any]) -> bool:
    return data.get("linkMode") in ("imported_url", "imported_file") and not data.get("md5")


def pending_upload(children: list[dict[str, Any]]) -> dict[str, str]:
    """``{"pdf": key}`` for a stored PDF attachment whose file never arrived (an upload
    that failed, e.g. over the quota): it gets the file, not a twin."""
    for child in children:
        data = _data(child)
        if data.get("itemType") == "attachment" and _awaiting_file(data) and is_pdf_attachment(child):
            return {PDF: str(data.get("key") or child.get("key"))}
    return {}
