"""Running a push: read as little of the library as the plan needs, write in
batches, record progress after every batch, re-plan when the library moved.

Reads: see :mod:`..read.push_reads` (cheapest first).

Writes: collections first, then items each followed by its notes, PDF and
comment note (:mod:`..decide.children`; stored PDFs are uploaded after the batches), through
:meth:`ZoteroClient.write_batches` (batches of <= 50 with
``If-Unmodified-Since-Version``).  Every batch's results go to the state at
once, so an interrupted push resumes without duplicates.  A 412 for the whole
request (another client wrote meanwhile) means: read again, plan again, go on
(bounded); a stale or vanished object (412/404 on an update) is read again
and planned again in the next round.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from ...bibtex import assign_and_pin
from ...bibtex.keys import record_keys
from ...digest import Digest
from ...progress import DEFAULT_AFTER_SECONDS, progress
from ...state import ItemRow, NoteRow, State
from ...zotero.client import MAX_BATCH, BatchResult, WriteReport, ZoteroClient
from ...zotero.connector import ConnectorClient
from ...zotero.errors import LibraryChanged, ZoteroError
from ...zotero.tag_templates import load_tag_templates
from ..decide.children import ChildAction, ChildSettings
from ..decide.desired import Desired, DesiredPaper, build_desired
from ..decide.plan import ItemAction, LibraryView, NoteAction, Plan
from ..decide.rendered import RenderedNotes
from ..decide.settled import mark_settled
from ..read.index_refresh import IndexKeeper
from ..read.push_reads import LibraryReader
from ..report.push_report import PaperOutcome, PushReport
from .pdf_store import ChildWrites


class PushEngine:
    """One push of ``desired`` to the client's library, remembered in ``state``."""

    #: Adopt notes found without a row as they are, never writing over them (another
    #: machine's or a user's text; sync then decides each field that differs).
    keep_found = True

    def __init__(self, client: ZoteroClient, state: State, *, dry_run: bool = False, max_rounds: int = 4,
                 quiet: bool = True, console: object | None = None, rebuilding: bool = False,
                 children: ChildSettings | None = None, index_dir: Path | None = None) -> None:
        self.client = client
        self.state = state
        self.dry_run = dry_run
        #: Look for notes moved to other items (and renamed digests' notes) in the whole
        #: library: only when rebuilding a lost state, since it reads every note.
        self.rebuilding = rebuilding
        self.max_rounds = max_rounds
        #: No progress bar when quiet (the default for library use); ``console`` is rich's.
        self.quiet = quiet
        self.console = console
        #: The state's name for this library: the server and the library (a desktop's by its server id).
        self.library = client.state_name
        self.rows = state.library_rows(self.library)
        #: The library index (:mod:`..read.index_refresh`) in ``index_dir`` (default: the cache folder).
        keeper = IndexKeeper(client, index_dir, quiet=quiet, console=console)
        self.reader = LibraryReader(client, self.rows, self._record, keeper)
        #: PDFs and comment notes written (``--pdf store`` uploads after the batches).
        self.kids = ChildWrites(client, children or ChildSettings(), self.rows, self._record)
        #: Write batches Zotero accepted in this run (an error says whether any were).
        self.accepted = 0
        self._titles: list[DesiredPaper] = []

    @property
    def moved(self) -> bool:
        """A read saw the library at another version than the state's (another client
        wrote since; a first push's scan is its own start): sync then keeps only its
        own pull's version for the digests."""
        return self.reader.moved

    # --- the run ----------------------------------------------------------------------------

    def run(self, desired: Desired) -> PushReport:
        report = PushReport(self.client.library, dry_run=self.dry_run)
        self._titles = desired.papers
        settled = False
        for number in range(1, self.max_rounds + 1):
            report.rounds = number
            view = self.reader.read(desired)
            plan = self.reader.complete_plan(desired, view, keep_found=self.keep_found,
                                             rebuilding=self.rebuilding)
            self._note_plan(report, plan)
            if self.dry_run:
                settled = True
                break
            self._record_unwritten(plan)
            try:
                stale = self._execute(plan, view, report)
            except LibraryChanged as exc:
                done = getattr(exc, "report", None)
                report.writes += (done.batches if done is not None else 0) + 1
                continue
            except ZoteroError as exc:  # the CLI says whether anything was written before it
                exc.writes_before = self.accepted
                raise
            if not stale:
                settled = True
                break
            self.reader.reread(stale)
        if not settled:
            report.problems.append(
                f"the library kept changing during {self.max_rounds} rounds; what was written is recorded: "
                "run push again to finish"
            )
        report.requests = self.client.requests
        report.library_version = self.rows.version
        return report

    # --- reading ----------------------------------------------------------------------------

    # --- the plan in the report and the state ---------------------------------------------------

    def _note_plan(self, report: PushReport, plan: Plan) -> None:
        actions = plan.paper_actions()
        for a in plan.items:
            identity = a.paper.identity
            out = report.papers.get(identity)
            if out is None:
                out = report.papers[identity] = PaperOutcome(identity, a.paper.title, actions[identity])
            elif actions[identity] != "unchanged":
                out.action = actions[identity]
            out.key = a.key
            out.error = None
            if a.action == "update" and a.object:
                out.fields = sorted(set(out.fields) | {k for k in a.object if k not in ("key", "version")})
        for n in plan.notes:
            out = report.papers.get(n.parent)
            if out is not None and (n.action != "unchanged" or n.entry not in out.note_actions):
                out.note_actions[n.entry] = n.action
            if n.conflict:
                report.conflicts.append(
                    f"{Path(n.entry[0]).name}: the note for {n.parent} was edited in Zotero and its entry in the "
                    "digest; both texts are kept where they are: run sync to merge them or settle the conflict"
                )
        for row in plan.trashed:
            report.trashed.add(row.identity)
            title = next((p.title for p in self._titles if p.identity == row.identity), row.identity)
            notice = (f"'{title}' is in Zotero's trash: nothing was written for it and the digest keeps it "
                      "(restore it in Zotero, or remove its entry with pull --prune)")
            if notice not in report.notices:
                report.notices.append(notice)
        report.collections_created = max(report.collections_created,
                                         sum(1 for c in plan.collections if c.object is not None))
        report.children.update(c.kind for c in plan.children if c.object is not None)

    def _record(self, *, version: int | None = None, items: Iterable[ItemRow] = (), notes: Iterable[NoteRow] = (),
                collections: Iterable[tuple[tuple[str, ...], str]] = ()) -> None:
        """Remember rows in memory and (unless a dry run) in the state file."""
        items, notes, collections = list(items), list(notes), list(collections)
        if version == self.rows.version:
            version = None  # nothing new to say about the library
        for row in items:
            self.rows.items[row.identity] = row
        for note in notes:
            self.rows.notes[note.entry] = note
        for path, key in collections:
            self.rows.collections[path] = key
        if version is not None:
            self.rows.version = version
        if not self.dry_run and (items or notes or collections or version is not None):
            self.state.record_rows(self.library, version=version, items=items, notes=notes, collections=collections)

    def _record_unwritten(self, plan: Plan) -> None:
        """Rows for what needs no write (reused collections, adopted items and notes
        with nothing to add, new hashes of changes that write nothing), and rows
        the library proved stale forgotten."""
        for identity in plan.forget_items:
            self.rows.items.pop(identity, None)
        for entry in plan.forget_notes:
            self.rows.notes.pop(entry, None)
        for path in plan.forget_collections:
            self.rows.collections.pop(path, None)
        self.state.forget_rows(self.library, items=plan.forget_items, notes=plan.forget_notes,
                               collections=plan.forget_collections)
        self._record(
            items=[a.row for a in plan.items if a.object is None and self.rows.items.get(a.paper.identity) != a.row]
            + [r for r in plan.trashed if self.rows.items.get(r.identity) != r],
            notes=[n.row for n in plan.notes if n.object is None and self.rows.notes.get(n.entry) != n.row],
            collections=[(c.path, c.key) for c in plan.collections if c.object is None],
        )
        record_keys(self.state, zotero=[(a.paper.identity, a.zotero_citation_key) for a in plan.items
                                        if a.zotero_citation_key])

    # --- writing ----------------------------------------------------------------------------

    def _execute(self, plan: Plan, view: LibraryView, report: PushReport) -> list[str]:
        """Write the plan under a progress bar (shown at once when it takes several
        batches, else once it lasts a moment); returns keys of updates refused as stale
        or missing."""
        total = len(plan.collection_writes()) + len(plan.item_writes())
        after = 0.0 if total > MAX_BATCH else DEFAULT_AFTER_SECONDS
        self.kids.uploads = [c for c in plan.children if c.object is None and c.upload]
        with progress(total, label="Zotero push", quiet=self.quiet, console=self.console, after=after) as advance:
            stale = self._write(plan, view, report, advance)
        self.kids.store(report)
        return stale

    def _write_collections(self, plan: Plan, version: int, report: PushReport,
                           advance: Callable[[int], None]) -> int:
        """The collections to make, first (items name their keys); returns the library's
        version after them."""
        collection_writes = plan.collection_writes()
        if not collection_writes:
            return version

        def on_collections(batch: BatchResult) -> None:
            self.accepted += bool(batch.successful)
            advance(len(batch.indexes))
            done = [(collection_writes[i][0].path, collection_writes[i][0].key)
                    for i in [*batch.successful, *batch.unchanged]]
            self._record(version=batch.library_version, collections=done)

        written = self.client.write_batches([o for _, o in collection_writes], library_version=version,
                                            kind="collections", on_batch=on_collections)
        report.writes += written.batches
        for i, failure in written.failed.items():
            path = " / ".join(collection_writes[i][0].path)
            report.problems.append(f"collection {path}: {failure.code} {failure.message}")
        return written.library_version

    def _write(self, plan: Plan, view: LibraryView, report: PushReport, advance: Callable[[int], None]) -> list[str]:
        version = self._write_collections(plan, view.version, report, advance)
        item_writes = plan.item_writes()
        if not item_writes:
            self._record(version=version)
            return []

        def on_items(batch: BatchResult) -> None:
            self.accepted += bool(batch.successful)
            advance(len(batch.indexes))
            items: list[ItemRow] = []
            notes: list[NoteRow] = []
            answers = [(i, int(o.get("version", 0))) for i, o in batch.successful.items()]
            answers += [(i, int(item_writes[i][1].get("version", 0))) for i in batch.unchanged]
            for i, obj_version in answers:
                action = item_writes[i][0]
                self.reader.fresh.pop(action.key, None)
                if isinstance(action, ItemAction):
                    items.append(replace(action.row, version=obj_version))
                elif isinstance(action, NoteAction):
                    notes.append(replace(action.row, version=obj_version))
            self._record(version=batch.library_version, items=items, notes=notes)
            self.kids.made([item_writes[i][0] for i, _ in answers])

        written = self.client.write_batches([o for _, o in item_writes], library_version=version, on_batch=on_items)
        report.writes += written.batches
        return _failures(item_writes, written, report)


def _failures(item_writes: list[tuple[ItemAction | NoteAction | ChildAction, dict[str, Any]]], written: WriteReport,
              report: PushReport) -> list[str]:
    """Each refused write on its paper in ``report``; returns the keys of updates refused
    as stale or missing (read again and planned again)."""
    stale: list[str] = []
    failed_parents: set[str] = set()
    for i in sorted(written.failed):
        failure = written.failed[i]
        action, obj = item_writes[i]
        if int(obj.get("version", 0)) > 0 and failure.code in (404, 412):
            stale.append(obj["key"])
            continue
        identity = action.paper.identity if isinstance(action, ItemAction) else action.parent
        outcome = report.papers[identity]
        if isinstance(action, ItemAction):
            failed_parents.add(identity)
            outcome.error = f"{failure.code} {failure.message}"
        elif isinstance(action, ChildAction):  # a PDF or comment note (.children)
            outcome.error = outcome.error or f"{action.kind}: {failure.code} {failure.message}"
        elif identity not in failed_parents and outcome.error is None:
            outcome.error = f"note from {Path(action.entry[0]).name}: {failure.code} {failure.message}"
    return stale


def push_digests(
    digests: list[Digest],
    client: ZoteroClient | ConnectorClient,
    state: State,
    *,
    dry_run: bool = False,
    flatten: bool = False,
    collection: str | None = None,
    templates: dict[str, str] | None = None,
    quiet: bool = True,
    console: object | None = None,
    children: ChildSettings | None = None,
    index_dir: Path | None = None,
) -> PushReport:
    """Push the (enriched) entries of ``digests``: citation keys as the BibTeX export
    gives them (and pinned the same way, unless a dry run), then the backend.

    The backend seam: a :class:`ZoteroClient` (Web API, or the desktop's local API
    with ``local=True``: same protocol) goes through :class:`PushEngine`; a
    :class:`ConnectorClient` through :class:`~zoterodigest.sync.write.connector_push.ConnectorPush`,
    which can only add.  Both take the same :class:`Desired`.  ``index_dir``: where the
    library index is kept (default: the cache folder)."""
    papers = [e.paper for d in digests for e in d.entries]
    keys = assign_and_pin(papers, state, pin=not dry_run)
    notes = RenderedNotes()
    rows = state.library_rows(client.state_name).notes if isinstance(client, ZoteroClient) else None
    desired = build_desired(digests, keys.keys, templates if templates is not None else load_tag_templates(),
                            flatten=flatten, collection=collection, children=children, notes=notes, rows=rows)
    if isinstance(client, ConnectorClient):
        from .connector_push import ConnectorPush

        return ConnectorPush(client, state, dry_run=dry_run, quiet=quiet, console=console).run(desired)
    report = PushEngine(client, state, dry_run=dry_run, quiet=quiet, console=console, children=children,
                        index_dir=index_dir).run(desired)
    if not dry_run:
        mark_settled(state, client.state_name, digests, notes)
    return report

