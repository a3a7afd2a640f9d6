"""The Zotero side of a sync (and of ``push``): push's engine on the digests as
they are now, with each note written as sync decided it.

* A note decided per field is written as composed: the digest's value where it
  goes to Zotero, Zotero's everywhere else (the heading too, when Zotero's was
  edited); a note already saying that is not written at all.  The engine plans
  such a note from Zotero's text as its base, so it updates it in place.
* A new entry's note held by a conflict (or left for later) is held.
* Afterwards each note decided per field records its new base, and when nobody
  but this push wrote since the reads, the digests are recorded as current at
  the push's version (so the next sync starts from there).

A lost (or never made) state is rebuilt first by :meth:`SyncPush.rebuild`.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .. import zotero as zi
from ..bibtex import assign_and_pin
from ..digest import Digest
from ..state import NoteId, NoteRow, State
from ..zotero.client import ZoteroClient
from .desired import Desired, DesiredNote, build_desired, digest_id, meaning_hash
from .engine import PushEngine
from .note_decisions import NoteDecider, NotePlan, override_entry
from .note_fields import compose_heading, note_parts, token, with_task
from .options import RunOptions
from .pull_plan import entry_ids
from .rendered import RenderedNotes
from .report import PushReport
from .sync_report import SyncReport
from .threeway import Action


class SyncPush:
    """Push's engine composed for one sync, push or status run."""

    def __init__(self, client: ZoteroClient, state: State, library: str, options: RunOptions,
                 notes: RenderedNotes | None = None) -> None:
        self.client = client
        self.state = state
        self.library = library
        self.options = options
        self.notes = notes or RenderedNotes()

    def _desired(self, digests: list[Digest], *, pin: bool, rows: dict[NoteId, NoteRow] | None = None) -> Desired:
        keys = assign_and_pin([e.paper for d in digests for e in d.entries], self.state, pin=pin)
        return build_desired(digests, keys.keys, self.options.templates, flatten=self.options.flatten,
                             collection=self.options.collection, children=self.options.children,
                             notes=self.notes, rows=rows)

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
             pull_left: bool) -> PushReport:
        """Push's engine on ``digests``, as the files at ``paths`` now hold them (see the
        module docstring).  ``pull_left``: a one-way push left changes of Zotero's for a pull."""
        plain_hash = _compose_entries(digests, decider.notes, self.notes)
        engine = PushEngine(self.client, self.state, dry_run=self.options.dry_run, children=self.options.children,
                            quiet=self.options.quiet)
        desired = self._desired(digests, pin=not self.options.dry_run, rows=engine.rows.notes)
        held = {d.entry for d in report.decisions
                if d.action in (Action.CONFLICT, Action.LEFT) and d.entry not in decider.notes}
        desired.notes, in_place = _notes_to_write(desired.notes, decider, held, engine.rows.notes)
        engine.assume(in_place)
        pushed = engine.run(desired)
        if not self.options.dry_run and pushed.ok:
            self._record_bases({e: p for e, p in decider.notes.items() if e[1] not in pushed.trashed}, plain_hash)
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

    def _record_bases(self, notes: dict[NoteId, NotePlan], plain_hash: dict[NoteId, str]) -> None:
        """After a push that went through: each note decided per field has its new
        base, Zotero's note as now held, and the hash a plain push compares with."""
        rows = self.state.push_rows(self.library).notes
        out = []
        for eid, plan in notes.items():
            row = rows.get(eid)
            if row is None or plan.composed is None or eid not in plain_hash:
                continue
            digest_written = self.options.direction != "push"
            base = {f.name: f.base_after(digest_written=digest_written, zotero_written=True) for f in plan.fields}
            sync = with_task({"base": base, "seen": plan.composed}, plan.task_after(written=True))
            out.append(replace(row, meaning_hash=plain_hash[eid], sync=sync))
        if out:
            self.state.record_push(self.library, notes=out)


def _compose_entries(digests: list[Digest], notes: dict[NoteId, NotePlan], render: RenderedNotes) -> dict[NoteId, str]:
    """Each entry decided per field shows, in memory, what its note written back
    says; returns the meaning hash of the note a plain push would render for it."""
    plain_hash: dict[NoteId, str] = {}
    for digest in digests:
        if not any(eid in notes for eid in entry_ids(digest)):
            continue
        heading = zi.title_heading(digest.doc.text)
        for eid, entry in entry_ids(digest).items():
            plan = notes.get(eid)
            if plan is not None:
                rendered = render.html(entry, Path(digest.path).name, heading)
                plain_hash[eid] = meaning_hash(rendered)
                override_entry(entry, plan.fields, note_parts(rendered))
    return plain_hash


def _notes_to_write(wanted: list[DesiredNote], decider: NoteDecider, held: set[NoteId],
                    rows: dict[NoteId, NoteRow]) -> tuple[list[DesiredNote], list[NoteRow]]:
    """The notes push writes (held ones and those Zotero already holds left out: the
    entries sync found unchanged since both sides agreed, too) and the rows to plan
    the notes decided per field from: Zotero's note as their base, so each is written
    in place over what Zotero holds now."""
    kept: list[DesiredNote] = []
    in_place: list[NoteRow] = []
    for note in wanted:
        if note.entry in decider.quiet and decider.quiet[note.entry] == note.entry_hash:
            continue  # Zotero already holds this note (.quiet)
        plan = decider.notes.get(note.entry)
        if plan is None:
            if note.entry not in held:
                kept.append(note)
            continue
        if any(f.name == "heading" and f.action is not Action.TO_ZOTERO
               and token("heading", f.zotero) != token("heading", f.digest) for f in plan.fields):
            note.html = compose_heading(note.html, plan.current)
            note.meaning_hash = meaning_hash(note.html)
        plan.composed = note.html
        if note.meaning_hash == meaning_hash(plan.current):
            continue  # Zotero's note already says this
        row = rows.get(note.entry)
        if row is not None:
            in_place.append(replace(row, version=plan.version, meaning_hash=meaning_hash(plan.current), sync={}))
        kept.append(note)
    return kept, in_place
