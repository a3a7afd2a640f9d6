"""``push --connector``: add the digests' papers to Zotero through the connector.

The connector saves items with their notes into the collection selected in
Zotero and answers no keys, so nothing it saved can be read back, updated or
adopted.  Idempotency therefore lives in the state alone (table
``connector_saves``): one row per paper (by identity) and connector URL, with a
hash of the connector item *and its notes* exactly as sent.  On the next run

* an equal hash: the paper is skipped (no request at all);
* no row: the paper is saved (a new item with one note per entry);
* another hash (its metadata, tags or a summary changed): the paper is saved
  again as a new item, and the report says the old item and note stay in
  Zotero (the connector cannot change them; delete the old one by hand, or use
  the Web API / Zotero 10's local API, which update in place).

Rows are recorded after every batch, so a run broken half-way does not save
the same paper twice.  Digest collections are not made: the connector has
no say over where items go.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...progress import DEFAULT_AFTER_SECONDS, progress
from ...state import State
from ...zotero.connector import CONNECTOR_BATCH, ConnectorClient, connector_item
from ..decide.desired import Desired, DesiredPaper, content_hash
from ..report.push_report import PaperOutcome, PushReport

#: Said in every connector report.
ONLY_ADDS = (
    "the connector only adds: it cannot update or adopt items already in Zotero, and saves into the "
    "collection selected in Zotero (the digest's collections are not made)"
)


class ConnectorPush:
    """One push of ``desired`` through ``connector``, remembered in ``state``."""

    def __init__(self, connector: ConnectorClient, state: State, *, dry_run: bool = False, quiet: bool = True,
                 console: object | None = None) -> None:
        self.connector = connector
        self.state = state
        self.dry_run = dry_run
        self.quiet = quiet
        self.console = console
        self.target = connector.state_name

    def run(self, desired: Desired) -> PushReport:
        report = PushReport(f"Zotero connector at {self.connector.url}", dry_run=self.dry_run)
        saved = self.state.connector_hashes(self.target)
        notes_of: dict[str, list[tuple[tuple[str, str, int], str]]] = {}
        for note in desired.notes:
            notes_of.setdefault(note.parent, []).append((note.entry, note.html))
        todo: list[tuple[DesiredPaper, dict[str, Any], str]] = []
        for paper in desired.papers:
            notes = notes_of.get(paper.identity, [])
            item = connector_item(paper.item, [html for _, html in notes])
            sent_hash = content_hash(item)
            old = saved.get(paper.identity)
            action = "unchanged" if old == sent_hash else "create"
            report.papers[paper.identity] = PaperOutcome(
                paper.identity, paper.title, action, None, {entry: action for entry, _ in notes}
            )
            if action == "unchanged":
                continue
            todo.append((paper, item, sent_hash))
            if old is not None:
                verb = "will be" if self.dry_run else "was"
                report.notices.append(
                    f"{paper.identity}: changed since the last connector push; it {verb} saved again as a new item "
                    "with its notes: the old item and its note stay in Zotero (delete them there if unwanted)"
                )
        report.notices.append(ONLY_ADDS)
        if todo and not self.dry_run:
            self.connector.ping()
            self._save(todo, report)
        report.requests = self.connector.requests
        return report

    def _save(self, todo: Sequence[tuple[DesiredPaper, dict[str, Any], str]], report: PushReport) -> None:
        batches = [todo[i : i + CONNECTOR_BATCH] for i in range(0, len(todo), CONNECTOR_BATCH)]
        after = 0.0 if len(batches) > 1 else DEFAULT_AFTER_SECONDS
        with progress(len(todo), label="Zotero connector", quiet=self.quiet, console=self.console,
                      after=after) as advance:
            for batch in batches:
                self.connector.save_items([item for _, item, _ in batch])
                report.writes += 1
                self.state.record_connector(self.target, [(p.identity, h) for p, _, h in batch])
                advance(len(batch))
