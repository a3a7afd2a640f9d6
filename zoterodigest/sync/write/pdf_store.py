"""``push --pdf store``: after the batch that created the attachments, each PDF is
downloaded (politely, cached) and stored through Zotero's upload protocol.

One paper's failure (a download refused, Zotero's quota full: 413) is reported on that
paper with the remedy and the rest go on; its attachment keeps waiting for its file and
the next push uploads it (no second attachment).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ...errors import ZoterodigestError
from ...state import LibraryRows
from ...zotero.client import ZoteroClient
from ...zotero.uploads import store_file
from ..decide.children import ChildAction, ChildSettings, done_kinds, with_done
from ..report.push_report import PushReport


def store_pdfs(client: ZoteroClient, actions: Iterable[ChildAction], settings: ChildSettings, report: PushReport,
               stored: Callable[[ChildAction, int | None], None]) -> int:
    """Upload the file of each attachment in ``actions``; ``stored(action, version)`` is
    called for each one that now has its file.  Returns the requests made to Zotero."""
    before = client.requests
    for action in actions:
        if action.pdf is None or settings.files is None:
            continue
        outcome = report.papers.get(action.parent)
        try:
            path = settings.files.fetch(action.pdf.url)
            done = store_file(client, action.key, path, filename=action.pdf.filename)
        except ZoterodigestError as exc:
            message = f"PDF not stored: {exc}"
            if outcome is not None and outcome.error is None:
                outcome.error = message
            else:
                report.problems.append(f"{action.parent}: {message}")
            continue
        report.children["stored"] += 1
        stored(action, done.library_version)
    return client.requests - before


class ChildWrites:
    """The push engine's bookkeeping of children written: a child created makes its
    parent's state row remember it (a stored PDF only once its file is in), and the
    files to store are uploaded after the batches."""

    def __init__(self, client: ZoteroClient, settings: ChildSettings, rows: LibraryRows,
                 record: Callable[..., None]) -> None:
        self.client = client
        self.settings = settings
        self.rows = rows
        self.record = record
        self.uploads: list[ChildAction] = []

    def made(self, actions: Iterable[Any]) -> None:
        for action in actions:
            if not isinstance(action, ChildAction):
                continue
            if action.upload:
                self.uploads.append(action)
            else:
                self.done(action, None)

    def done(self, action: ChildAction, version: int | None) -> None:
        row = self.rows.items.get(action.parent)
        if row is not None and row.key == action.parent_key:
            self.record(version=version, items=[with_done(row, done_kinds(row) | {action.kind})])
        elif version is not None:
            self.record(version=version)

    def store(self, report: PushReport) -> None:
        uploads, self.uploads = self.uploads, []
        if uploads and self.settings.pdf == "store":
            report.writes += store_pdfs(self.client, uploads, self.settings, report, self.done)
