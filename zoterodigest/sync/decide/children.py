"""Planning a paper's child objects besides its summary notes: the PDF attachment and
arXiv's comment note (pure; what they are is :mod:`zoterodigest.zotero.attachments`).

* A paper created in this push gets them in the same batch, right after it (client keys:
  the server takes a child whose parent came earlier in the batch), so linked PDFs and
  comment notes cost no extra request.
* An existing item gets only what it lacks: the kinds it holds are remembered in its state
  row (``sent["children"]``); without that, its children are read once (with the notes the
  plan reads anyway) and a PDF from any source, or a comment note, counts as present.
* A stored PDF whose upload did not finish (its attachment has no file) is uploaded again,
  never attached twice.

Comment notes never get a note row: sync, pull and the summary-note matching leave them be.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from ...state import ItemRow
from ...zotero.attachments import DEFAULT_PDF_BASE, PDF, ChildSpec, PdfSource, kinds_present, pending_upload

if TYPE_CHECKING:
    from .plan import ItemAction, LibraryView

CHILDREN = "children"  # the key of the marker in ``ItemRow.sent``
TRASHED = "trashed"  # the key of the mark of an item in Zotero's trash (:mod:`.push_decisions`)


@dataclass
class ChildAction:
    parent: str  # the paper's identity
    parent_key: str
    kind: str
    key: str
    #: The object to create (None: it exists, only its file is to be uploaded).
    object: dict[str, Any] | None
    pdf: PdfSource | None = None
    #: The file goes to Zotero's storage once the attachment exists (``--pdf store``).
    upload: bool = False


def done_kinds(row: ItemRow | None) -> set[str]:
    return set((row.sent if row is not None else {}).get(CHILDREN) or [])


def with_done(row: ItemRow, kinds: set[str]) -> ItemRow:
    """``row`` remembering that its item holds ``kinds``."""
    marker = sorted(kinds)
    if row.sent.get(CHILDREN) == marker:
        return row
    return replace(row, sent={**row.sent, CHILDREN: marker})


def plan_children(items: list[ItemAction], previous: dict[str, ItemRow], view: LibraryView,
                  created: set[str], new_key: Callable[[], str]) -> tuple[list[ChildAction], set[str]]:
    """Child objects to write for the planned ``items`` (their rows get the marker of what
    their item already holds), and the keys of items whose children must be read first.
    ``created``: identities whose item this push creates."""
    actions: list[ChildAction] = []
    needs: set[str] = set()
    for item in items:
        wanted: list[ChildSpec] = item.paper.children
        if not wanted:
            continue
        before = previous.get(item.paper.identity)
        done = done_kinds(before) if before is not None and before.key == item.key else set()
        done &= {c.kind for c in wanted}
        pending: dict[str, str] = {}
        if item.paper.identity not in created and {c.kind for c in wanted} - done:
            kids = view.child_items.get(item.key)
            if kids is None:
                needs.add(item.key)
                continue
            done |= kinds_present(kids) & {c.kind for c in wanted}
            pending = pending_upload(kids)
        item.row = with_done(item.row, done)
        for child in wanted:
            if child.kind in done:
                continue
            upload = child.object.get("linkMode") == "imported_url"
            if child.kind == PDF and PDF in pending:
                actions.append(ChildAction(item.paper.identity, item.key, PDF, pending[PDF], None, child.pdf, True))
                continue
            key = new_key()
            obj = {"key": key, "version": 0, **child.object, "parentItem": item.key}
            actions.append(ChildAction(item.paper.identity, item.key, child.kind, key, obj, child.pdf, upload))
    return actions, needs


@dataclass
class ChildSettings:
    """How a push treats PDFs: ``link``, ``store`` or ``none``; the base of arXiv's PDF
    URLs; for ``store``, where downloads are made and kept (anything with
    ``fetch(url) -> Path``, :class:`zoterodigest.enrich.pdf_files.PdfFiles`); and whether
    arXiv's comment becomes a note.  The commands ask for :meth:`translator` (``link`` and
    comments, as Zotero's arXiv translator); a library caller gets neither unless it asks."""

    pdf: str = "none"
    pdf_base: str = DEFAULT_PDF_BASE
    files: Any = None
    comments: bool = False

    @classmethod
    def translator(cls, pdf: str = "link", pdf_base: str = DEFAULT_PDF_BASE, files: Any = None) -> ChildSettings:
        return cls(pdf=pdf, pdf_base=pdf_base, files=files, comments=True)
