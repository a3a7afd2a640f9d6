"""The Zotero side of a sync (and of ``push``): push's engine on the digests as
they are now, with each note written as sync decided it.

* A note decided per field is written as composed: the digest's value where it
  goes to Zotero, Zotero's everywhere else (the heading too, when Zotero's was
  edited), as :func:`..decide.decision.zotero_note` composes it; a note already saying
  that is not written at all.  The note carries the version and meaning of
  Zotero's note it goes over, so the engine updates it in place, and never over
  a note changed since it was read.
* A new entry's note held by a conflict (or left for later) is held.
* Afterwards each note decided per field records its new base, and when nobody
  but this push wrote since the reads, the digests are recorded as current at
  the push's version (so the next sync starts from there).

A lost (or never made) state is rebuilt first by :meth:`SyncPush.rebuild`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from ... import zotero as zi
from ...bibtex import assign_and_pin
from ...collector import collector_paused
from ...digest import Digest
from ...model import Entry
from ...state import NoteId, NoteRow, State
from ...zotero.client import ZoteroClient
from ..decide.decision import EntryDecision, NoteWrite, Render, zotero_note
from ..decide.desired import Desired, DesiredNote, build_desired, digest_id, with_fields
from ..decide.note_decisions import NoteDecider
from ..decide.pull_plan import entry_ids
from ..decide.rendered import RenderedNotes
from ..decide.threeway import Action
from ..options import RunOptions
from ..report.push_report import PushReport
from ..report.sync_report import SyncReport
from .engine import PushEngine


class SyncPush:
    """Push's engine composed for one sync, push or status run."""

    def __init__(self, client: ZoteroClient, state: State, library: str, options: RunOptions,
                 notes: RenderedNotes | None = None) -> None:
        self.client = client
        self.state = state
        self.library = library
        self.options = options
        self.notes = notes or RenderedNotes()

    def _desired(self, digests: list[Digest], *, pin: bool, rows: dict[NoteId, NoteRow] | None = None,
                 writes: Mapping[NoteId, NoteWrite] | None = None) -> Desired:
        keys = assign_and_pin([e.paper for d in digests for e in d.entries], self.state, pin=pin)
        with collector_paused():  # (an item per paper, all kept: see collector.py)
            return build_desired(digests, keys.keys, self.options.templates, flatten=self.options.flatten,
                                 collection=self.options.collection, children=self.options.children,
                                 notes=self.notes, rows=rows, writes=writes)

    def rebuild(self, paths: list[str | Path]) -> PushReport:
        """A lost (or never made) state rebuilt by push's identity matching: items by
        arXiv id, DOI or title, notes by meaning then heading.  A note found whose
        text differs from the digest's is adopted as it is, so the sync that follows
        shows each differing field as a conflict instead of overwriting either side."""
        _, digests = self.options.read(paths)
        desired = self._desired(digests, pin=False)
        engine = PushEngine(self.client, self.state, dry_run=self.options.dry_run, rebuilding=True,
                            children=self.options.children, quiet=self.options.quiet)
        pushed = engine.run(desired)
        made = all(p.action == "create" for p in pushed.papers.values())
        if made and self._undisturbed(engine, pushed):
            # Everything was made by this push and nobody else wrote meanwhile: the
            # digests are current at the push's version.  (Items found in the library
            # are read again by the sync that follows, which compares them by meaning.)
            self._current(paths, pushed)
        return pushed

    def push(self, paths: list[str | Path], digests: list[Digest], decider: NoteDecider, report: SyncReport, *,
             pull_left: bool, from_zotero: frozenset[NoteId] = frozenset()) -> PushReport:
        """Push's engine on ``digests``, as the files at ``paths`` now hold them (see the
        module docstring).  ``pull_left``: a one-way push left changes of Zotero's for a pull;
        ``from_zotero``: the entries this run's pull took from Zotero."""
        writes = _note_writes(digests, decider.notes, self.notes)
        engine = PushEngine(self.client, self.state, dry_run=self.options.dry_run, children=self.options.children,
                            quiet=self.options.quiet)
        desired = self._desired(digests, pin=not self.options.dry_run, rows=engine.rows.notes, writes=writes)
        held = {d.entry for d in report.decisions
                if d.action in (Action.CONFLICT, Action.LEFT) and d.entry not in decider.notes}
        desired.notes = [n for n in desired.notes if n.entry not in held and not _settled(n, decider.settled)]
        for note in desired.notes:
            note.from_zotero = note.entry in from_zotero
        pushed = engine.run(desired)
        if not self.options.dry_run and pushed.ok:
            self._record_bases({e: d for e, d in decider.notes.items() if e[1] not in pushed.trashed}, writes)
        one_way_left = self.options.direction == "push" and pull_left
        if not one_way_left and not report.problems and self._undisturbed(engine, pushed):
            # Nobody but this push wrote since the pull's reads: the digests are
            # current at the push's version, so the next sync starts from there.
            self._current(paths, pushed)
        return pushed

    def _undisturbed(self, engine: PushEngine, pushed: PushReport) -> bool:
        """A real run, settled in one round, with nobody else writing meanwhile."""
        return (not self.options.dry_run and not engine.moved and pushed.rounds == 1 and pushed.ok
                and pushed.library_version is not None)

    def _current(self, paths: list[str | Path], pushed: PushReport) -> None:
        assert pushed.library_version is not None
        self.state.record_pulls(self.library, [digest_id(str(p)) for p in paths], pushed.library_version)

    def _record_bases(self, decisions: dict[NoteId, EntryDecision], writes: dict[NoteId, NoteWrite]) -> None:
        """After a push that went through: each decided note has its new base, Zotero's
        note as now held."""
        rows = self.state.library_rows(self.library).notes
        out = []
        for eid, decision in decisions.items():
            row, write = rows.get(eid), writes.get(eid)
            if row is None or write is None:
                continue
            base = decision.base_after(digest_written=self.options.direction != "push", zotero_written=True,
                                       seen=write.html)
            out.append(replace(row, base=base))
        if out:
            self.state.record_rows(self.library, notes=out)


def _settled(note: DesiredNote, settled: dict[NoteId, str]) -> bool:
    """Zotero already holds this note: its entry is unchanged since both sides agreed (.settled)."""
    return note.entry in settled and settled[note.entry] == note.entry_hash


def _note_writes(digests: list[Digest], decisions: dict[NoteId, EntryDecision],
                 render: RenderedNotes) -> dict[NoteId, NoteWrite]:
    """The note Zotero gets for each decided entry, from the entry as the digest now holds it."""
    out: dict[NoteId, NoteWrite] = {}
    for digest in digests:
        if not any(eid in decisions for eid in entry_ids(digest)):
            continue
        heading = zi.title_heading(digest.doc.text)
        label = Path(digest.path).name
        for eid, entry in entry_ids(digest).items():
            decision = decisions.get(eid)
            if decision is not None:
                out[eid] = zotero_note(decision, _renderer(entry, label, heading, render))
    return out


def _renderer(entry: Entry, label: str, heading: str | None, render: RenderedNotes) -> Render:
    def rendered(fields: Mapping[str, str | None]) -> str:
        return render.html(with_fields(entry, fields) if fields else entry, label, heading)
    return rendered
