"""Running a push: read as little of the library as the plan needs, write in
batches, record progress after every batch, re-plan when the library moved.

Reads, cheapest first:

1. The state knows every paper and collection and the library version of the
   last push: one ``If-Modified-Since-Version`` read (304: nothing changed
   anywhere, plan from the state alone; an entry new to the state costs one
   read of its paper's notes).  If the library did change,
   the keys changed since, the deletions since, and those of our objects that
   changed: their versions are refreshed and their edits respected.
2. Otherwise (first push, a new paper, a lost state): the library's top items
   and collections, for adoption by identity; then the notes of those parents
   whose entries have no note in the state, to match them instead of adding
   twins.

Writes: collections first, then items each followed by its notes, through
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

from .. import zotero as zi
from ..bibtex import assign_and_pin
from ..digest import Digest
from ..progress import DEFAULT_AFTER_SECONDS, progress
from ..state import ItemRow, NoteRow, State
from ..zotero.client import MAX_BATCH, BatchResult, ZoteroClient
from ..zotero.connector import ConnectorClient
from ..zotero.errors import LibraryChanged, ZoteroNotFound
from ..zotero.tag_templates import load_tag_templates
from .children import ChildAction, ChildSettings
from .desired import Desired, build_desired
from .pdf_store import ChildWrites
from .plan import ItemAction, LibraryView, NoteAction, Plan, make_plan
from .report import PaperOutcome, PushReport

#: Above this many parents to look into, all notes of the library are listed instead.
CHILDREN_ONE_BY_ONE = 10


class PushEngine:
    """One push of ``desired`` to the client's library, remembered in ``state``."""

    #: Adopt notes found without a row as they are, never writing over them (another
    #: machine's or a user's text; sync then decides each field that differs).
    keep_found = True
    #: Look for notes moved to other items (and renamed digests' notes) in the whole
    #: library: only when rebuilding a lost state, since it reads every note.
    rebuilding = False

    def __init__(self, client: ZoteroClient, state: State, *, dry_run: bool = False, max_rounds: int = 4,
                 quiet: bool = True, console: object | None = None, children: ChildSettings | None = None) -> None:
        self.client = client
        #: PDFs and comment notes (sync/children.py): ``--pdf store`` uploads after the batches.
        self.children = children or ChildSettings()
        self.state = state
        self.dry_run = dry_run
        self.max_rounds = max_rounds
        #: No progress bar when quiet (the default for library use); ``console`` is rich's.
        self.quiet = quiet
        self.console = console
        #: The state's name for this library: the server and the library (a desktop's by its server id).
        self.library = client.state_name
        self.rows = state.push_rows(self.library)
        self._kids = ChildWrites(client, self.children, self.rows, self._record)
        self._fresh: dict[str, dict[str, Any]] = {}
        self._gone: set[str] = set()

    # --- the run ----------------------------------------------------------------------------

    def run(self, desired: Desired) -> PushReport:
        report = PushReport(self.client.library, dry_run=self.dry_run)
        settled = False
        for number in range(1, self.max_rounds + 1):
            report.rounds = number
            view = self._read(desired)
            plan = self._complete_plan(desired, view)
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
            if not stale:
                settled = True
                break
            self._reread(stale)
        if not settled:
            report.problems.append(
                f"the library kept changing during {self.max_rounds} rounds; what was written is recorded: "
                "run push again to finish"
            )
        report.requests = self.client.requests
        report.library_version = self.rows.version
        return report

    # --- reading ----------------------------------------------------------------------------

    def _known(self, desired: Desired) -> bool:
        """Does the state know every paper and collection (and the library's version)?
        Entries without a note row need no scan: their parent's notes are read."""
        rows = self.rows
        return (
            rows.version is not None
            and all(p.identity in rows.items for p in desired.papers)
            and all(c in rows.collections for c in desired.collections)
        )

    def _read(self, desired: Desired) -> LibraryView:
        view = LibraryView(version=self.rows.version or 0, items=dict(self._fresh), gone=set(self._gone))
        if not self._known(desired):
            self._scan(view)
            return view
        assert self.rows.version is not None
        changed = self.client.items_changed_since(self.rows.version)
        if changed is None:
            return view
        view.version = self.client.last_modified_version or self.rows.version
        deleted = self.client.deleted_since(self.rows.version)
        ours = {r.key for r in self.rows.items.values()} | {r.key for r in self.rows.notes.values()}
        view.gone |= (set(deleted.get("items") or []) & ours) | set(deleted.get("collections") or [])
        fetched = self.client.get_items([k for k in changed if k in ours]) if ours & set(changed) else []
        self._learn(view, fetched)
        return view

    def _scan(self, view: LibraryView) -> None:
        top = self.client.top_items()
        collections = self.client.collections()
        view.version = self.client.last_modified_version or view.version
        self._learn(view, top)
        view.top_keys = {o["key"] for o in top if not o.get("data", o).get("deleted")}
        view.index = zi.index_by_identity(top)
        view.collections = zi.existing_collection_paths(collections)

    def _learn(self, view: LibraryView, objects: Iterable[dict[str, Any]]) -> None:
        """Take in objects just read: the view holds them, trashed ones count as gone,
        and the versions of our rows follow the server's."""
        objects = list(objects)
        for obj in objects:
            view.items[obj["key"]] = obj
            if obj.get("data", obj).get("deleted"):
                view.gone.add(obj["key"])
        versions = {o["key"]: int(o.get("version", 0)) for o in objects}
        items = [replace(r, version=versions[r.key]) for r in self.rows.items.values()
                 if r.key in versions and versions[r.key] != r.version]
        parents = {o["key"]: o.get("data", o).get("parentItem") for o in objects}
        notes = [replace(r, version=versions[r.key], parent_key=parents[r.key] or r.parent_key)
                 for r in self.rows.notes.values()
                 if r.key in versions and (versions[r.key] != r.version
                                           or (parents[r.key] and parents[r.key] != r.parent_key))]
        self._record(items=items, notes=notes)

    def _complete_plan(self, desired: Desired, view: LibraryView) -> Plan:
        for _ in range(8):
            plan = make_plan(desired, self.rows, view, keep_found=self.keep_found, rebuilding=self.rebuilding)
            if plan.complete:
                return plan
            if plan.needs_scan:
                self._scan(view)
                continue
            if plan.needs_items:
                wanted = sorted(plan.needs_items)
                found = self.client.get_items(wanted)
                self._learn(view, found)
                view.gone |= set(wanted) - {o["key"] for o in found}
            if plan.needs_children:
                self._read_children(view, sorted(plan.needs_children))
            if plan.needs_all_notes and not plan.needs_children:
                view.all_notes = [n for n in self.client.child_notes() if not n.get("data", n).get("deleted")]
        raise RuntimeError("the push plan kept asking for more reads")  # a bug, not a user problem

    def _read_children(self, view: LibraryView, parents: list[str]) -> None:
        if len(parents) <= CHILDREN_ONE_BY_ONE:
            for parent in parents:
                try:
                    kids = self.client.children(parent)
                except ZoteroNotFound:  # deleted since we last looked: made again by the next plan
                    view.gone.add(parent)
                    self._gone.add(parent)
                    kids = []
                view.children[parent] = [c for c in kids if c.get("data", c).get("itemType") == "note"]
                view.child_items[parent] = kids
            return
        grouped: dict[str, list[dict[str, Any]]] = {}
        for child in self.client.child_objects():
            parent = child.get("data", child).get("parentItem")
            if parent:
                grouped.setdefault(parent, []).append(child)
        for parent in parents:
            view.child_items[parent] = grouped.get(parent, [])
            view.children[parent] = [c for c in view.child_items[parent] if c.get("data", c).get("itemType") == "note"]

    def _reread(self, keys: list[str]) -> None:
        """Objects whose update was refused as stale or missing: read them again."""
        found = self.client.get_items(keys)
        for obj in found:
            self._fresh[obj["key"]] = obj
        self._gone |= set(keys) - {o["key"] for o in found}
        view = LibraryView(version=self.rows.version or 0)
        self._learn(view, found)
        self._gone |= view.gone

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
        for n in plan.notes:
            out = report.papers.get(n.parent)
            if out is not None and (n.action != "unchanged" or n.entry not in out.note_actions):
                out.note_actions[n.entry] = n.action
            if n.conflict:
                report.conflicts.append(
                    f"{Path(n.entry[0]).name}: the note for {n.parent} was edited in Zotero and its entry in the "
                    "digest; both texts are kept where they are: run sync to merge them or settle the conflict"
                )
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
            self.state.record_push(self.library, version=version, items=items, notes=notes, collections=collections)

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
        self.state.forget_push(self.library, items=plan.forget_items, notes=plan.forget_notes,
                               collections=plan.forget_collections)
        self._record(
            items=[a.row for a in plan.items if a.object is None and self.rows.items.get(a.paper.identity) != a.row],
            notes=[n.row for n in plan.notes if n.object is None and self.rows.notes.get(n.entry) != n.row],
            collections=[(c.path, c.key) for c in plan.collections if c.object is None],
        )
        zotero_keys = [(a.paper.identity, a.zotero_citation_key, "zotero") for a in plan.items if a.zotero_citation_key]
        if zotero_keys:
            self.state.pin_keys(zotero_keys)

    # --- writing ----------------------------------------------------------------------------

    def _execute(self, plan: Plan, view: LibraryView, report: PushReport) -> list[str]:
        """Write the plan under a progress bar (shown at once when it takes several
        batches, else once it lasts a moment); returns keys of updates refused as stale
        or missing."""
        total = len(plan.collection_writes()) + len(plan.item_writes())
        after = 0.0 if total > MAX_BATCH else DEFAULT_AFTER_SECONDS
        self._kids.uploads = [c for c in plan.children if c.object is None and c.upload]
        with progress(total, label="Zotero push", quiet=self.quiet, console=self.console, after=after) as advance:
            stale = self._write(plan, view, report, advance)
        self._kids.store(report)
        return stale

    def _write(self, plan: Plan, view: LibraryView, report: PushReport, advance: Callable[[int], None]) -> list[str]:
        version = view.version
        collection_writes = plan.collection_writes()
        if collection_writes:
            def on_collections(batch: BatchResult) -> None:
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
            version = written.library_version
        item_writes = plan.item_writes()
        if not item_writes:
            self._record(version=version)
            return []

        def on_items(batch: BatchResult) -> None:
            advance(len(batch.indexes))
            items: list[ItemRow] = []
            notes: list[NoteRow] = []
            answers = [(i, int(o.get("version", 0))) for i, o in batch.successful.items()]
            answers += [(i, int(item_writes[i][1].get("version", 0))) for i in batch.unchanged]
            for i, obj_version in answers:
                action = item_writes[i][0]
                self._fresh.pop(action.key, None)
                if isinstance(action, ItemAction):
                    items.append(replace(action.row, version=obj_version))
                elif isinstance(action, NoteAction):
                    notes.append(replace(action.row, version=obj_version))
            self._record(version=batch.library_version, items=items, notes=notes)
            self._kids.made([item_writes[i][0] for i, _ in answers])

        written = self.client.write_batches([o for _, o in item_writes], library_version=version, on_batch=on_items)
        report.writes += written.batches
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
            elif isinstance(action, ChildAction):  # a PDF or comment note (sync/children.py)
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
) -> PushReport:
    """Push the (enriched) entries of ``digests``: citation keys as the BibTeX export
    gives them (and pinned the same way, unless a dry run), then the backend.

    The backend seam: a :class:`ZoteroClient` (Web API, or the desktop's local API
    with ``local=True``: same protocol) goes through :class:`PushEngine`; a
    :class:`ConnectorClient` through :class:`~zoterodigest.sync.connector_push.ConnectorPush`,
    which can only add.  Both take the same :class:`Desired`."""
    papers = [e.paper for d in digests for e in d.entries]
    keys = assign_and_pin(papers, state, pin=not dry_run)
    desired = build_desired(digests, keys.keys, templates if templates is not None else load_tag_templates(),
                            flatten=flatten, collection=collection, children=children)
    if isinstance(client, ConnectorClient):
        from .connector_push import ConnectorPush

        return ConnectorPush(client, state, dry_run=dry_run, quiet=quiet, console=console).run(desired)
    return PushEngine(client, state, dry_run=dry_run, quiet=quiet, console=console, children=children).run(desired)

