"""``sync`` and ``status``: pull and push with one three-way decision per note field.

Why not just "pull, then push": each half on its own resolves a field changed
on both sides its own way (pull takes Zotero's summary over the digest's;
push keeps the Zotero note and adds a second one beside it).  Here the base
-- what both sides last agreed on, recorded by the last push, pull or sync
(``zotero_notes``) -- decides per field, in the one decision every writing
command calls (:mod:`.decide.decision`):

* digest moved only: push's engine writes the note (pull leaves it alone);
* Zotero moved only: pull's splice rewrites that span;
* both moved to the same meaning: nothing is written, the base moves;
* both moved differently: a conflict.  The digest keeps its text and the note
  written back keeps Zotero's, so both texts stay where they are; both are printed and written to ``<digest>.conflicts.md`` and remembered
  in the state (``sync_conflicts``), so the next sync reads that note again
  whatever its version.  ``--prefer`` copies one side over the other.

A run is composed of the same pieces as pull and push, none inheriting from
another:

1. read: the digests (:class:`.options.RunOptions`), Zotero's changes
   (:mod:`.read.library_changes`);
2. decide (pure): pull's plan for what is not a note field
   (:func:`.decide.pull_decisions.make_pull_plan`) and each note by the one decision
   (:func:`.decide.decision.decide_entry`, through :class:`.decide.note_decisions.NoteDecider`);
3. run and record the new base: the digest side (:class:`.write.digest_writer.DigestWriter`,
   :func:`.write.pull_record.record_pull`), then the Zotero side (:class:`.write.sync_push.SyncPush`,
   push's engine, which records after every batch).

``push`` and ``pull`` are this run restricted to one side (``direction``): a
change of the other side is left for later, never overwritten.  ``status`` runs
the same reads and decisions as a dry run and writes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import zotero as zi
from ..digest import Digest
from ..digest.file_writes import atomic_write
from ..errors import CONFLICT_EXIT
from ..state import ConflictRow, LibraryRows, NoteId, State
from ..zotero.client import ZoteroClient
from .decide.desired import digest_id
from .decide.note_base import legacy_note_keys
from .decide.note_decisions import NoteDecider
from .decide.pull_decisions import make_pull_plan
from .decide.pull_plan import FieldChange, PullPlan, entry_ids
from .decide.rendered import RenderedNotes
from .decide.settled import mark_settled, moved_keys, touched_entries, unchanged
from .options import RunOptions
from .pull import NOTHING_PUSHED
from .read.library_changes import ContentSource, LibraryChanges, changes_since_pulled, with_open_conflicts
from .read.moves import moved_digests
from .report.pull_report import PullReport
from .report.push_report import PushReport
from .report.sync_report import Decision, SyncReport, conflicts_markdown, conflicts_path, left_for_pull
from .write.digest_writer import DigestOutcome, DigestWriter
from .write.pull_record import keep_state_versions, record_pull
from .write.sync_push import SyncPush


class Syncer:
    """One sync, status, push or pull run of ``paths`` with the client's library,
    remembered in ``state`` (see the module docstring)."""

    def __init__(self, client: ZoteroClient, state: State, options: RunOptions, *,
                 desktop: ContentSource | None = None) -> None:
        self.client = client
        self.state = state
        self.options = options
        #: ``pull --local``: the state rows it uses, and Zotero's side read by content
        #: (no version from the desktop is recorded: :mod:`.pull_local`).
        self.desktop = desktop
        self.library = desktop.library if desktop is not None else client.state_name
        #: Each entry's note rendered once in this run, by every piece of it.
        self.notes = RenderedNotes()
        self.zotero_side = SyncPush(client, state, self.library, options, self.notes)

    def sync(self, paths: list[str | Path]) -> SyncReport:
        opts = self.options
        report = SyncReport(dry_run=opts.dry_run, status=opts.status, direction=opts.direction, prefer=opts.prefer)
        started = self._start(paths, report)
        if started is None:
            return report
        rows, first = started
        originals, digests = opts.read(paths)
        names = [digest_id(d.path) for d in digests]
        self._follow_moves(rows, digests, report)
        changes = self._read_zotero(rows, digests, report)
        changes = with_open_conflicts(self.client, self.state, self.library, rows, names,
                                      changes or LibraryChanges(rows.version or 0, rows.version or 0),
                                      also=legacy_note_keys(rows, names))
        plan = make_pull_plan(digests, rows, changes, opts.templates, flatten=opts.flatten,
                              collection=opts.collection, prune=opts.prune and opts.direction != "push")
        report.notices += plan.notices
        decider = self._decide(digests, rows, changes, plan, report)
        pull = report.pull = PullReport(self.client.library, dry_run=opts.dry_run, since=rows.version,
                                        library_version=changes.version)
        pull_left = self._write_digests(plan, originals, report)
        if not opts.dry_run:
            if opts.direction != "push":
                self._record_digest_side(plan, rows, changes, decider, report)
            self._record_conflicts(names, [d.path for d in digests], report)
        now = self._digests_now(digests, report)
        if not report.problems and opts.direction != "pull":
            report.push = self.zotero_side.push(paths, now, decider, report, pull_left=pull_left,
                                                from_zotero=_appended(plan))
            if first is not None:
                report.push.absorb(first)
        if not opts.dry_run:
            mark_settled(self.state, self.library, now, self.notes)
        report.requests = self.client.requests
        pull.requests = report.requests
        return report

    def _read_zotero(self, rows: LibraryRows, digests: list[Digest], report: SyncReport) -> LibraryChanges | None:
        """Zotero's side: what changed since the digests were last pulled, or (the
        desktop) every tracked object by content."""
        if self.desktop is not None:
            return self.desktop.read(rows, digests, report.notices)
        return changes_since_pulled(self.client, self.state, self.library, rows, digests, prune=self.options.prune)

    def _decide(self, digests: list[Digest], rows: LibraryRows, changes: LibraryChanges, plan: PullPlan,
                report: SyncReport) -> NoteDecider:
        """Each entry's note decided by the one decision (entries unchanged since both
        sides agreed left out: :mod:`.decide.settled`); what the digests take joins pull's plan."""
        listed = self.state.sync_conflicts(self.library) if self.options.prefer else []
        decider = NoteDecider(self.options, self.notes, listed)
        moved, touched = moved_keys(changes), touched_entries(plan)
        for digest in digests:
            heading = zi.title_heading(digest.doc.text)
            label = Path(digest.path).name
            for eid, entry in entry_ids(digest).items():
                hashed = self.notes.entry_hash(entry, label, heading)
                if unchanged(eid, entry, hashed, rows, moved, touched, self.notes):
                    decider.settled[eid] = hashed
                else:
                    report.decisions += decider.decide(digest, heading, entry, eid, rows, changes)
        if self.options.direction != "push":
            _splice_decided(plan, decider)
        return decider

    def _digests_now(self, digests: list[Digest], report: SyncReport) -> list[Digest]:
        """The digests as they are on disk now: those this run wrote read again, the
        others as read at the start (nothing changes a parsed entry before push)."""
        written = {o.path for o in report.pull.digests if o.written} if report.pull is not None else set()
        if not written:
            return digests
        _, again = self.options.read([d.path for d in digests if d.path in written])
        fresh = {d.path: d for d in again}
        return [fresh.get(d.path, d) for d in digests]

    def _start(self, paths: list[str | Path], report: SyncReport) -> tuple[LibraryRows, PushReport | None] | None:
        """The state's rows to start from, rebuilt by identity when the state holds
        nothing for this library (with that push's report); None: the run ends here."""
        opts = self.options
        rows = self.state.library_rows(self.library)
        if rows.version is not None:
            return rows, None
        if opts.direction == "pull":
            report.pull = PullReport(self.client.library, dry_run=opts.dry_run)
            report.pull.notices.append(NOTHING_PUSHED)
            return None
        if opts.dry_run and opts.direction == "push":
            report.push = self.zotero_side.rebuild(paths)  # a dry run of the first push: what it would match or make
            return None
        if opts.dry_run:
            report.notices.append("this library has nothing recorded in the state: run sync (or push) "
                                  "to rebuild it")
            return None
        rebuilt = self.zotero_side.rebuild(paths)
        if not rebuilt.ok:
            report.push = rebuilt
            return None
        if opts.direction != "push":
            report.notices.append("the state held nothing for this library: rebuilt it by identity "
                                  f"({len(rebuilt.papers)} papers matched or made)")
        return self.state.library_rows(self.library), rebuilt

    def _follow_moves(self, rows: LibraryRows, digests: list[Digest], report: SyncReport) -> None:
        """Digests renamed or moved on disk take their rows along (see :func:`moved_digests`)."""
        for old, new in moved_digests(rows, digests):
            report.notices.append(f"{Path(new).name} was {Path(old).name}: its entries keep their notes")
            if not self.options.dry_run:
                self.state.rename_digest(self.library, old, new)
            for eid in [e for e in rows.notes if e[0] == old]:
                rows.notes[(new, eid[1], eid[2])] = replace(rows.notes.pop(eid), entry=(new, eid[1], eid[2]))

    def _write_digests(self, plan: PullPlan, originals: dict[str, bytes], report: SyncReport) -> bool:
        """The digest side: spliced and written, unless this is a push (then what
        Zotero changed beyond the notes is reported as left for a pull, and True
        returned when there is any)."""
        assert report.pull is not None
        if self.options.direction == "push":
            report.notices += left_for_pull(plan)
            return bool(plan.notices) or any(not d.empty for d in plan.digests)
        writer = DigestWriter(self.state, dry_run=self.options.dry_run, family=self.options.family)
        for dplan in plan.digests:
            outcome = writer.write(dplan, originals[dplan.digest.path])
            report.pull.digests.append(outcome)
            if outcome.problem:
                report.problems.append(outcome.problem)
                report.pull.problems.append(outcome.problem)
        return False

    def _record_digest_side(self, plan: PullPlan, rows: LibraryRows, changes: LibraryChanges, decider: NoteDecider,
                            report: SyncReport) -> None:
        """The new base once the digests were written: pull's rows and versions, then
        each note decided per field."""
        assert report.pull is not None
        outcomes = report.pull.digests
        _keep_tag_ownership(plan, rows, decider.tag_not_taken)
        if self.desktop is not None:
            keep_state_versions(plan, rows)
        record_pull(self.state, self.library, plan, rows, changes, outcomes, all_written=not report.problems,
                    parse=self.options.parse, render=self.notes.html)
        if self.desktop is None:
            self.state.record_pulls(self.library, [digest_id(d.path) for d in outcomes if not d.problem],
                                    changes.version)
        self._record_digest_bases(decider, outcomes)

    def _record_conflicts(self, names: list[str], paths: list[str], report: SyncReport) -> None:
        """The state and the conflicts file beside each digest hold exactly the open conflicts."""
        rows = self.state.library_rows(self.library)
        open_rows = [ConflictRow(c.entry, c.field, rows.notes[c.entry].key, c.digest_text, c.zotero_text)
                     for c in report.conflicts if c.entry in rows.notes]
        self.state.record_conflicts(self.library, names, open_rows)
        for path in paths:
            mine = [c for c in report.conflicts if c.entry[0] == digest_id(path)]
            target = conflicts_path(path)
            if target.is_symlink():  # planted (a shared repository): never written through, never removed
                report.problems.append(f"{target} is a symbolic link, so the conflicts were not written there: "
                                       "remove the link and run sync again (both texts stay where they are)")
            elif mine:
                atomic_write(target, conflicts_markdown(path, mine).encode("utf-8"))
            elif target.exists():
                target.unlink()

    def _record_digest_bases(self, decider: NoteDecider, outcomes: list[DigestOutcome]) -> None:
        """After the digests were written: each note decided per field has the base its
        digest now agrees on (a change meant for Zotero keeps the old base until a push
        writes it), and Zotero's note as read."""
        failed = {digest_id(d.path) for d in outcomes if d.problem}
        rows = self.state.library_rows(self.library).notes
        out = []
        for eid, decision in decider.notes.items():
            row = rows.get(eid)
            if row is None or eid[0] in failed:
                continue
            base = decision.base_after(digest_written=True, zotero_written=False)
            version = row.version if self.desktop is not None else decision.version
            out.append(replace(row, version=version, base=base))
        if out:
            self.state.record_rows(self.library, notes=out)


def _appended(plan: PullPlan) -> frozenset[NoteId]:
    """The entries pull appended (papers added to a digest's collection in Zotero)."""
    return frozenset((digest_id(d.digest.path), a.paper.identity, 0) for d in plan.digests for a in d.appends)


def _splice_decided(plan: PullPlan, decider: NoteDecider) -> None:
    """What the one decision says each digest takes, in pull's plan (whose own
    changes never touch a note's fields); an entry pruned away takes nothing."""
    by_digest = {digest_id(d.digest.path): d for d in plan.digests}
    for eid, decision in decider.notes.items():
        fields = decision.digest_takes
        dplan = by_digest.get(eid[0])
        entry = decider.entries[eid]
        if not fields or dplan is None or any(r.entry is entry for r in dplan.removals):
            continue
        plan.pulled_notes.add(eid)
        dplan.changes.append(FieldChange(entry, dict(fields), "edited in Zotero"))


def _keep_tag_ownership(plan: PullPlan, rows: LibraryRows, not_taken: set[str]) -> None:
    """A renamed task tag not taken into the digest (a conflict, or left for later)
    stays Zotero's: the item row keeps the tags it said we sent, so the rename is
    seen again by the next run instead of being taken for a tag we own and removed."""
    for i, row in enumerate(plan.items):
        before = rows.items.get(row.identity)
        if row.identity in not_taken and before is not None:
            plan.items[i] = replace(row, sent={**row.sent, "tags": before.sent.get("tags") or []})


def sync_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> SyncReport:
    """Sync the digests at ``paths`` with the library (options: see :class:`.options.RunOptions`)."""
    return Syncer(client, state, RunOptions.of(**kw)).sync(paths)


def status_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> SyncReport:
    """What a sync would do, on each side; reads only, writes nothing."""
    return Syncer(client, state, RunOptions.of(status=True, **kw)).sync(paths)


__all__ = ["CONFLICT_EXIT", "Decision", "DigestOutcome", "SyncReport", "Syncer", "conflicts_path",
           "status_digests", "sync_digests"]
