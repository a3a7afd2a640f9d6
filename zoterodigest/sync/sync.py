"""``sync`` and ``status``: pull and push with one three-way decision per summary note.

Why not just "pull, then push": each half on its own resolves a field changed
on both sides its own way (pull takes Zotero's summary over the digest's;
push keeps the Zotero note and adds a second one beside it).  Here the base
-- the note meaning the last push, pull or sync recorded (``zotero_notes``)
-- decides per entry (see :mod:`.threeway`):

* digest moved only: push's engine writes the note (pull leaves it alone);
* Zotero moved only: pull's splice rewrites that summary span;
* both moved to the same meaning: nothing is written, the base moves;
* both moved differently: a conflict.  Pull's change for that entry is
  dropped and push is not given its note, so both texts stay where they are;
  both are printed and written to ``<digest>.conflicts.md`` and remembered in
  the state (``sync_conflicts``), so the next sync reads that note again
  whatever its version.  ``--prefer zotero`` keeps pull's change;
  ``--prefer digest`` moves the base to Zotero's text first, so push updates
  the note in place instead of adding a twin.

Everything else (new entries appended from Zotero, task tags renamed in
Zotero, new papers, item fields) is what pull and push already do.
``status`` runs the same reads and decisions as a dry run and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .. import zotero as zi
from ..bibtex import assign_and_pin
from ..digest import Digest, parse_bytes
from ..digest.document import atomic_write
from ..model import Entry
from ..state import ConflictRow, NoteId, NoteRow, PushRows, State
from ..zotero.client import ZoteroClient
from ..zotero.note_markdown import split_note
from .children import ChildSettings
from .desired import build_desired, digest_id, meaning_hash
from .engine import PushEngine
from .moves import moved_digests, rename_digest
from .note_fields import FieldDecision, compose_heading, decide_fields, note_parts, plain, sync_info, token
from .pull import (
    DigestOutcome,
    FieldChange,
    LibraryChanges,
    Puller,
    PullPlan,
    PullReport,
    _note_changes,
    entry_ids,
    renamed_task,
    task_pattern,
)
from .report import PushReport
from .threeway import DIRECTIONS, Action, decide, resolve, restrict

#: The field name used in reports, the conflicts file and the state.
SUMMARY = "summary note"
#: Exit code of ``sync`` when a conflict is left open.
CONFLICT_EXIT = 3


def conflicts_path(digest_path: str | Path) -> Path:
    """Where a digest's open conflicts are listed: beside it, as readable Markdown."""
    p = Path(digest_path)
    return p.with_name(p.name + ".conflicts.md")


@dataclass
class Decision:
    """One field of one entry: what sync does with it."""

    entry: NoteId
    title: str
    field: str
    action: Action
    preferred: bool = False  # a conflict resolved by --prefer
    digest_text: str = ""
    zotero_text: str = ""
    #: For a change left for later: the side that made it ("zotero" or "digest").
    side: str = ""

    def line(self) -> str:
        how = " (conflict resolved by --prefer)" if self.preferred else ""
        if self.action is Action.LEFT:
            later = "left for pull or sync" if self.side == "zotero" else "left for push or sync"
            how = f" (changed in {'Zotero' if self.side == 'zotero' else 'the digest'}; {later})"
            return f"{Path(self.entry[0]).name}: '{self.title}' {self.field}{how}"
        return f"{Path(self.entry[0]).name}: '{self.title}' {self.field}: {self.action.value}{how}"


@dataclass
class SyncReport:
    dry_run: bool = False
    status: bool = False
    #: "both" for sync and status, "push" or "pull" for the one-way commands.
    direction: str = "both"
    decisions: list[Decision] = field(default_factory=list)
    pull: PullReport | None = None
    push: PushReport | None = None
    notices: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def conflicts(self) -> list[Decision]:
        return [d for d in self.decisions if d.action is Action.CONFLICT]

    @property
    def ok(self) -> bool:
        return not self.problems and (self.push is None or self.push.ok)

    def exit_code(self) -> int:
        if not self.ok:
            return 1
        held = self.push is not None and bool(self.push.conflicts)
        return CONFLICT_EXIT if self.conflicts or held else 0

    def decisions_json(self) -> list[dict[str, Any]]:
        return [{"digest": d.entry[0], "paper": d.entry[1], "title": d.title, "field": d.field,
                 "action": d.action.name.lower(), "preferred": d.preferred,
                 **({"changed_in": d.side} if d.action is Action.LEFT else {}),
                 **({"digest_text": d.digest_text, "zotero_text": d.zotero_text}
                    if d.action is Action.CONFLICT else {})} for d in self.decisions]

    def one_way_json(self) -> dict[str, Any]:
        """What ``push --json`` and ``pull --json`` print: that command's own report
        with the field decisions, the open conflicts and the exit code beside it."""
        own = self.push if self.direction == "push" else self.pull
        base = own.to_json() if own is not None else {}
        base["notices"] = list(base.get("notices") or []) + self.notices
        base["problems"] = list(dict.fromkeys([*(base.get("problems") or []), *self.problems]))
        return {**base, "decisions": self.decisions_json(), "conflicts": len(self.conflicts),
                "exit_code": self.exit_code()}

    def one_way_lines(self, *, verbose: bool = False) -> list[str]:
        """The lines of ``push`` or ``pull``: its own report, then the changes left for
        the other direction and the conflicts (both texts kept)."""
        own: list[str] = []
        if self.direction == "push" and self.push is not None:
            own = self.push.lines(verbose=verbose)
        elif self.direction == "pull" and self.pull is not None:
            own = self.pull.lines()
        out = [line for line in own]
        out += [d.line() for d in self.decisions if d.action in (Action.LEFT, Action.MERGED)]
        out += self._conflict_lines()
        out += [f"note: {n}" for n in self.notices]
        return out

    def _conflict_lines(self) -> list[str]:
        out: list[str] = []
        for c in self.conflicts:
            out.append(f"CONFLICT {Path(c.entry[0]).name}: '{c.title}' {c.field} changed on both sides")
            out.append("  digest: " + _indent(c.digest_text))
            out.append("  zotero: " + _indent(c.zotero_text))
        if self.conflicts:
            out.append("conflicts listed in " + ", ".join(
                sorted({str(conflicts_path(c.entry[0])) for c in self.conflicts}))
                + "; run sync --prefer digest or --prefer zotero to resolve them")
        return out

    def to_json(self) -> dict[str, Any]:
        """What ``sync --json`` and ``status --json`` print: every decision per field
        (conflicts with both texts), then pull's and push's own reports."""
        return {
            "status": self.status, "dry_run": self.dry_run, "exit_code": self.exit_code(),
            "decisions": [{"digest": d.entry[0], "paper": d.entry[1], "title": d.title, "field": d.field,
                           "action": d.action.name.lower(), "preferred": d.preferred,
                           **({"digest_text": d.digest_text, "zotero_text": d.zotero_text}
                              if d.action is Action.CONFLICT else {})} for d in self.decisions],
            "pull": self.pull.to_json() if self.pull is not None else None,
            "push": self.push.to_json() if self.push is not None else None,
            "notices": self.notices, "problems": self.problems, "requests": self.requests,
        }

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.dry_run and not self.status and self.pull is not None:
            out += [d.diff.rstrip("\n") for d in self.pull.digests if d.diff]
        moving = [d for d in self.decisions
                  if d.action in (Action.TO_ZOTERO, Action.TO_DIGEST, Action.AGREE, Action.MERGED)]
        out += [d.line() for d in moving]
        if self.pull is not None:
            for d in self.pull.digests:
                out += [f"{Path(d.path).name}: {line} (zotero → digest)" for line in d.changed
                        if line.startswith("added ") or "task tag" in line]
                if d.written:
                    out.append(f"wrote {d.path} (previous version kept in {d.backup})")
        if self.push is not None:
            for paper in self.push.papers.values():
                if paper.action != "unchanged" or any(a != "unchanged" for a in paper.note_actions.values()):
                    notes = [a for a in paper.note_actions.values() if a != "unchanged"]
                    what = paper.action if paper.action != "unchanged" else f"note {', '.join(notes)}"
                    out.append(f"'{paper.title}': {what} (digest → zotero)")
        for c in self.conflicts:
            out.append(f"CONFLICT {Path(c.entry[0]).name}: '{c.title}' {c.field} changed on both sides")
            out.append("  digest: " + _indent(c.digest_text))
            out.append("  zotero: " + _indent(c.zotero_text))
        acted = bool(out)
        out += [f"note: {n}" for n in self.notices]
        if self.conflicts:
            out.append("conflicts listed in " + ", ".join(
                sorted({str(conflicts_path(c.entry[0])) for c in self.conflicts}))
                + "; run sync --prefer digest or --prefer zotero to resolve them")
        if not acted:
            out.append("nothing to sync")
        elif self.status:
            out.append("status only: nothing written")
        elif self.dry_run:
            out.append("dry run: nothing written")
        return out


def _left_for_pull(plan: PullPlan) -> list[str]:
    """What push leaves in Zotero for a pull: papers added to a digest's collections."""
    out = []
    for dplan in plan.digests:
        if dplan.appends:
            n = len(dplan.appends)
            out.append(f"{Path(dplan.digest.path).name}: {n} {'paper' if n == 1 else 'papers'} added to its "
                       "collections in Zotero; run pull or sync to add them to the digest")
    return out


def _indent(text: str) -> str:
    return (text or "(empty)").replace("\n", "\n          ")


def conflicts_markdown(digest_path: str, conflicts: list[Decision]) -> str:
    """The conflicts file: per entry, the field and both texts, as plain Markdown."""
    out = [f"# Sync conflicts in {Path(digest_path).name}", "",
           "Each entry below was changed both in the digest and in Zotero since they last agreed.",
           "Both versions are kept where they are. Edit one side to match the other, or run",
           "`zoterodigest sync --prefer digest` (or `--prefer zotero`) to copy one over the other.", ""]
    for c in conflicts:
        out += [f"## {c.title} — {c.field}", "", "### Digest", "", c.digest_text or "(empty)", "",
                "### Zotero", "", c.zotero_text or "(empty)", ""]
    return "\n".join(out)


class Syncer(Puller):
    """One sync (or status) of ``paths`` with the client's library, remembered in ``state``.

    Reuses pull's reads, plan and splice and push's engine; adds the decisions."""

    def __init__(self, client: ZoteroClient, state: State, *, prefer: str | None = None, status: bool = False,
                 dry_run: bool = False, direction: str = "both", **kw: Any) -> None:
        #: PDFs and comment notes a push adds (sync/children.py); none unless asked.
        self.children: ChildSettings | None = kw.pop("children", None)
        super().__init__(client, state, dry_run=dry_run or status, **kw)
        if direction not in DIRECTIONS:
            raise ValueError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
        self.prefer = prefer
        self.status = status
        #: "both" (sync, status), "push" (writes Zotero only) or "pull" (writes digests only).
        self.direction = direction

    # --- the run --------------------------------------------------------------------------------

    def sync(self, paths: list[str | Path]) -> SyncReport:
        report = SyncReport(dry_run=self.dry_run, status=self.status, direction=self.direction)
        rows = self.state.push_rows(self.library)
        if rows.version is None and self.direction == "pull":
            report.pull = PullReport(self.client.library, dry_run=self.dry_run)
            report.pull.notices.append("this library has no push recorded in the state: push the digests first")
            return report
        first: PushReport | None = None
        if rows.version is None:
            if self.dry_run and self.direction == "push":
                report.push = self._rebuild(paths)  # a dry run of the first push: what it would match or make
                return report
            if self.dry_run:
                report.notices.append("this library has nothing recorded in the state: run sync (or push) "
                                      "to rebuild it")
                return report
            first = rebuilt = self._rebuild(paths)
            if not rebuilt.ok:
                report.push = rebuilt
                return report
            if self.direction != "push":
                report.notices.append("the state held nothing for this library: rebuilt it by identity "
                                      f"({len(rebuilt.papers)} papers matched or made)")
            rows = self.state.push_rows(self.library)
        originals = {str(p): Path(p).read_bytes() for p in paths}
        digests = [parse_bytes(data, path, self.family) for path, data in originals.items()]
        self._prepare(digests)
        names = [digest_id(d.path) for d in digests]
        self._follow_moves(rows, digests, report)
        changes = self._read(rows, names, digests)
        plan = self._pull_plan(digests, rows, changes)
        report.notices += plan.notices
        by_entry = {eid: (d, e) for d in digests for eid, e in entry_ids(d).items()}
        rebase: list[NoteRow] = []
        headings = {d.path: zi.title_heading(d.doc.text) for d in digests}  # one parse per digest
        self._notes: dict[NoteId, _NotePlan] = {}
        self._upgrade: list[NoteRow] = []
        #: Papers whose task tag was renamed in Zotero but not taken into the digest.
        self._tag_not_taken: set[str] = set()
        for eid, (digest, entry) in by_entry.items():
            report.decisions += self._decide(digest, headings[digest.path], entry, eid, rows, changes, plan, rebase)
        pull = self._write_digests(plan, originals, rows, changes, report)
        if not self.dry_run:
            if self.direction != "push":
                all_written = not report.problems
                self._keep_tag_ownership(plan, rows)
                self._record(plan, rows, changes, pull, all_written)
                self.state.record_pulls(self.library, [digest_id(d.path) for d in pull.digests if not d.problem],
                                        changes.version)
                self._record_digest_bases(pull)
            if rebase:
                self.state.record_push(self.library, notes=rebase)
            self._record_conflicts(names, [d.path for d in digests], report)
        if not report.problems and self.direction != "pull":
            report.push = self._push(paths, report, rebase)
            if first is not None:
                report.push.absorb(first)
        report.requests = self.client.requests
        pull.requests = report.requests
        return report

    def _keep_tag_ownership(self, plan: PullPlan, rows: PushRows) -> None:
        """A renamed task tag not taken into the digest (a conflict, or left for later)
        stays Zotero's: the item row keeps the tags it said we sent, so the rename is
        seen again by the next run instead of being taken for a tag we own and removed."""
        for i, row in enumerate(plan.items):
            before = rows.items.get(row.identity)
            if row.identity in self._tag_not_taken and before is not None:
                plan.items[i] = replace(row, sent={**row.sent, "tags": before.sent.get("tags") or []})

    def _follow_moves(self, rows: PushRows, digests: list[Digest], report: SyncReport) -> None:
        """Digests renamed or moved on disk take their rows along (see :func:`moved_digests`)."""
        for old, new in moved_digests(rows, digests):
            report.notices.append(f"{Path(new).name} was {Path(old).name}: its entries keep their notes")
            if not self.dry_run:
                rename_digest(self.state, self.library, old, new)
            for eid in [e for e in rows.notes if e[0] == old]:
                rows.notes[(new, eid[1], eid[2])] = replace(rows.notes.pop(eid), entry=(new, eid[1], eid[2]))

    def _write_digests(self, plan: PullPlan, originals: dict[str, bytes], rows: PushRows,
                       changes: LibraryChanges, report: SyncReport) -> PullReport:
        """The digest side: spliced and written, unless this is a push (then what
        Zotero changed beyond the notes is reported as left for a pull)."""
        pull = PullReport(self.client.library, dry_run=self.dry_run, since=rows.version,
                          library_version=changes.version)
        report.pull = pull
        self._pull_left = False
        if self.direction == "push":
            report.notices += _left_for_pull(plan)
            self._pull_left = bool(plan.notices) or any(not d.empty for d in plan.digests)
            return pull
        for dplan in plan.digests:
            outcome = self._write(dplan, originals[dplan.digest.path], pull)
            pull.digests.append(outcome)
            if outcome.problem:
                report.problems.append(outcome.problem)
                pull.problems.append(outcome.problem)
        return pull

    # --- reading and deciding -------------------------------------------------------------------

    def _read(self, rows: Any, names: list[str], digests: list[Digest]) -> LibraryChanges:
        """Pull's reads, plus the notes of conflicts left open (read whatever their version)."""
        pulled = self.state.pull_versions(self.library)
        since = min([rows.version] + [pulled[n] for n in names if n in pulled])
        fresh = {n for n in names if n not in pulled}
        always = {r.key for r in rows.notes.values() if r.entry[0] in fresh}
        identities = {e.paper.identity for d in digests if digest_id(d.path) in fresh for e in d.entries}
        always |= {r.key for r in rows.items.values() if r.identity in identities}
        listed = self._listed_items(rows, digests) if self.prune else set()
        changes = self.read_changes(since, always | listed) or LibraryChanges(since, rows.version)
        changes.deleted |= listed - set(changes.objects)  # listed, but no longer in the library
        open_rows = [c for c in self.state.sync_conflicts(self.library) if c.entry[0] in names]
        open_keys = {c.note_key for c in open_rows}
        # and their items: a task conflict's Zotero side is the item's renamed task tag
        open_keys |= {rows.notes[c.entry].parent_key for c in open_rows if c.entry in rows.notes}
        missing = sorted(open_keys - set(changes.objects))
        if missing:
            for obj in self.client.get_items(missing):
                changes.objects[obj["key"]] = obj
        return changes

    def _pull_plan(self, digests: list[Digest], rows: Any, changes: LibraryChanges) -> PullPlan:
        from .pull import make_pull_plan

        return make_pull_plan(digests, rows, changes, self.templates, flatten=self.flatten,
                              collection=self.collection, prune=self.prune and self.direction != "push")

    def _decide(self, digest: Digest, heading: str | None, entry: Entry, eid: NoteId, rows: PushRows,
                changes: LibraryChanges, plan: PullPlan, rebase: list[NoteRow]) -> list[Decision]:
        """The decisions for one entry's note, and pull's plan adjusted so that pull
        and push each do only their part."""
        row = rows.notes.get(eid)
        title = entry.paper.title
        if row is None:
            return [Decision(eid, title, SUMMARY, Action.TO_ZOTERO)]  # a new entry: push makes its note
        if not row.sync.get("base"):
            return self._decide_whole(digest, heading, entry, eid, row, changes, plan, rebase)
        obj = changes.objects.get(row.key)
        data = obj.get("data", obj) if obj else None
        if data is not None and data.get("deleted"):
            return []  # in Zotero's trash: pull reports it; push decides what to make of it
        note = (data.get("note") or "") if data is not None else None
        current = note if note is not None else row.sync.get("seen", "")
        rendered = zi.note_html(entry, Path(digest.path).name, title_heading=heading)
        zotero = note_parts(current)
        renamed = self._renamed_task(entry, rows, changes)
        if renamed is not None and token("task", renamed[0] or "") == token("task", row.sync["base"].get("task")):
            zotero["task"] = renamed[1]
        fields = decide_fields(row.sync["base"], note_parts(rendered), zotero, _placeable(entry), self.prefer,
                               self.direction)
        task = next(f for f in fields if f.name == "task")
        if renamed is not None and task.action in (Action.CONFLICT, Action.LEFT):
            self._tag_not_taken.add(entry.paper.identity)
        version = int(obj.get("version", row.version)) if obj else row.version
        self._notes[eid] = _NotePlan(fields, current, version)
        self._replace_pull(plan, entry, eid, {f.name: f.digest_value for f in fields if f.digest_value is not None})
        out = []
        for f in fields:
            if f.action is Action.NOTHING or (f.action is Action.TO_DIGEST and not f.placeable):
                continue
            decision = Decision(eid, title, f.label, f.action,
                                preferred=f.first is Action.CONFLICT and f.action is not Action.CONFLICT)
            if f.action is Action.LEFT:
                decision.side = "zotero" if f.first is Action.TO_DIGEST else "digest"
            if f.first is Action.CONFLICT:
                decision.digest_text, decision.zotero_text = plain(f.name, f.digest), plain(f.name, f.zotero)
            out.append(decision)
        return out

    def _renamed_task(self, entry: Entry, rows: PushRows, changes: LibraryChanges) -> tuple[str | None, str] | None:
        """A task tag of ours renamed on the entry's item in Zotero: (old, new)."""
        item = rows.items.get(entry.paper.identity)
        obj = changes.objects.get(item.key) if item is not None else None
        pattern = task_pattern(self.templates)
        if item is None or obj is None or pattern is None:
            return None
        return renamed_task(item, obj.get("data", obj), pattern)

    @staticmethod
    def _replace_pull(plan: PullPlan, entry: Entry, eid: NoteId, fields: dict[str, str]) -> None:
        """Pull's changes to the entry's note fields replaced by the decided ones."""
        plan.pulled_notes.discard(eid)
        target = None
        for dplan in plan.digests:
            for change in list(dplan.changes):
                if change.entry is entry:
                    for name in NOTE_FIELDS:
                        change.fields.pop(name, None)
                    if not change.fields:
                        dplan.changes.remove(change)
            if any(e is entry for e in dplan.digest.entries):
                target = dplan
        if fields and target is not None:
            target.changes.append(FieldChange(entry, dict(fields), "edited in Zotero"))

    def _decide_whole(self, digest: Digest, heading: str | None, entry: Entry, eid: NoteId, row: NoteRow,
                      changes: LibraryChanges, plan: PullPlan, rebase: list[NoteRow]) -> list[Decision]:
        """One decision for the whole note: rows recorded before sync kept a base per field."""
        title = entry.paper.title
        rendered = zi.note_html(entry, Path(digest.path).name, title_heading=heading)
        local = meaning_hash(rendered)
        obj = changes.objects.get(row.key)
        data = obj.get("data", obj) if obj else None
        note = (data.get("note") or "") if data and not data.get("deleted") else None
        remote = meaning_hash(note) if note is not None else None
        same = not _note_changes(entry, note) if note is not None else None
        first = decide(row.meaning_hash, local, remote, same=same)
        action = restrict(resolve(first, self.prefer), self.direction)
        if action is Action.NOTHING:
            # Both sides still say what the row says: from now on, a base per field.
            self._upgrade.append(replace(row, sync=sync_info(rendered)))
            return []
        decision = Decision(eid, title, SUMMARY, action,
                            preferred=first is Action.CONFLICT and action is not Action.CONFLICT)
        if action is Action.LEFT:
            decision.side = "zotero" if first is Action.TO_DIGEST else "digest"
        if first is Action.CONFLICT:
            decision.digest_text = entry.paper.summary or entry.paper.one_liner or ""
            parts = split_note(note or "")
            decision.zotero_text = parts.summary or parts.one_liner or ""
        if action in (Action.CONFLICT, Action.TO_ZOTERO, Action.LEFT) and remote is not None:
            # Pull must not take Zotero's text over the digest's.
            self._drop_pull(plan, entry, eid)
        if action is Action.TO_ZOTERO and remote is not None and obj is not None:
            # --prefer digest: Zotero's text becomes the base, so push updates the note in place.
            rebase.append(replace(row, version=int(obj.get("version", row.version)), meaning_hash=remote))
        return [decision]

    @staticmethod
    def _drop_pull(plan: PullPlan, entry: Entry, eid: NoteId) -> None:
        plan.pulled_notes.discard(eid)
        for dplan in plan.digests:
            for change in list(dplan.changes):
                if change.entry is entry:
                    for name in ("summary", "one_liner"):
                        change.fields.pop(name, None)
                    if not change.fields:
                        dplan.changes.remove(change)

    # --- writing --------------------------------------------------------------------------------

    def _record_conflicts(self, names: list[str], paths: list[str], report: SyncReport) -> None:
        """The state and the conflicts file beside each digest hold exactly the open conflicts."""
        rows = self.state.push_rows(self.library)
        open_rows = [ConflictRow(c.entry, c.field, rows.notes[c.entry].key, c.digest_text, c.zotero_text)
                     for c in report.conflicts if c.entry in rows.notes]
        self.state.record_conflicts(self.library, names, open_rows)
        for path in paths:
            mine = [c for c in report.conflicts if c.entry[0] == digest_id(path)]
            target = conflicts_path(path)
            if mine:
                atomic_write(target, conflicts_markdown(path, mine).encode("utf-8"))
            elif target.exists():
                target.unlink()

    def _record_digest_bases(self, pull: PullReport) -> None:
        """After the digests were written: each note decided per field has the base its
        digest now agrees on (a change meant for Zotero keeps the old base until a push
        writes it), and Zotero's note as read."""
        failed = {digest_id(d.path) for d in pull.digests if d.problem}
        rows = self.state.push_rows(self.library).notes
        out = []
        for eid, plan in self._notes.items():
            row = rows.get(eid)
            if row is None or eid[0] in failed:
                continue
            base = {f.name: f.base_after(digest_written=True, zotero_written=False) for f in plan.fields}
            pending = any(f.action in (Action.TO_ZOTERO, Action.LEFT, Action.CONFLICT, Action.MERGED)
                          for f in plan.fields)
            meaning = meaning_hash(plan.current) if pending else row.meaning_hash
            out.append(replace(row, version=plan.version, meaning_hash=meaning,
                               sync={"base": base, "seen": plan.current}))
        if out:
            self.state.record_push(self.library, notes=out)

    def _push(self, paths: list[str | Path], report: SyncReport, rebase: list[NoteRow]) -> PushReport:
        """Push's engine on the digests as they are now.  A note decided per field is
        written as composed: the digest's value where it goes to Zotero, Zotero's
        everywhere else; a note already saying that is not written at all.  Notes
        decided as a whole and in conflict are held."""
        digests = [parse_bytes(Path(p).read_bytes(), str(p), self.family) for p in paths]
        self._prepare(digests)
        plain_hash: dict[NoteId, str] = {}
        for digest in digests:
            heading = zi.title_heading(digest.doc.text)
            for eid, entry in entry_ids(digest).items():
                plan = self._notes.get(eid)
                if plan is not None:
                    rendered = zi.note_html(entry, Path(digest.path).name, title_heading=heading)
                    plain_hash[eid] = meaning_hash(rendered)
                    _override(entry, plan.fields, note_parts(rendered))
        papers = [e.paper for d in digests for e in d.entries]
        keys = assign_and_pin(papers, self.state, pin=not self.dry_run)
        desired = build_desired(digests, keys.keys, self.templates, flatten=self.flatten,
                                collection=self.collection, children=self.children)
        held = {d.entry for d in report.decisions
                if d.action in (Action.CONFLICT, Action.LEFT) and d.entry not in self._notes}
        engine = _SyncPush(self.client, self.state, dry_run=self.dry_run, children=self.children)
        kept = []
        for note in desired.notes:
            plan = self._notes.get(note.entry)
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
            row = engine.rows.notes.get(note.entry)
            if row is not None:  # written in place over what Zotero holds now
                engine.rows.notes[note.entry] = replace(row, version=plan.version,  # decided per field above
                                                        meaning_hash=meaning_hash(plan.current), sync={})
            kept.append(note)
        desired.notes = kept
        for row in rebase:  # in a dry run the state was not changed: the engine sees the new base anyway
            engine.rows.notes[row.entry] = row
        pushed = engine.run(desired)
        if not self.dry_run and pushed.ok:
            self._record_bases(plain_hash)
            if self._upgrade:
                now = self.state.push_rows(self.library).notes
                self.state.record_push(self.library, notes=[replace(now[r.entry], sync=r.sync) for r in self._upgrade
                                                            if r.entry in now and not now[r.entry].sync])
        one_way_left = self.direction == "push" and self._pull_left
        if not self.dry_run and not one_way_left and not engine.moved and pushed.rounds == 1 and pushed.ok \
                and pushed.library_version is not None and not report.problems:
            # Nobody but this push wrote since the pull's reads: the digests are
            # current at the push's version, so the next sync starts from there.
            self.state.record_pulls(self.library, [digest_id(str(p)) for p in paths], pushed.library_version)
        return pushed

    def _rebuild(self, paths: list[str | Path]) -> PushReport:
        """A lost (or never made) state rebuilt by push's identity matching: items by
        arXiv id, DOI or title, notes by meaning then heading.  A note found whose
        text differs from the digest's is adopted as it is, so the sync that follows
        shows each differing field as a conflict instead of overwriting either side."""
        digests = [parse_bytes(Path(p).read_bytes(), str(p), self.family) for p in paths]
        self._prepare(digests)
        keys = assign_and_pin([e.paper for d in digests for e in d.entries], self.state, pin=False)
        desired = build_desired(digests, keys.keys, self.templates, flatten=self.flatten,
                                collection=self.collection, children=self.children)
        engine = _SyncPush(self.client, self.state, dry_run=self.dry_run, children=self.children)
        engine.rebuilding = True
        pushed = engine.run(desired)
        made = all(p.action == "create" for p in pushed.papers.values())
        if made and not self.dry_run and not engine.moved and pushed.rounds == 1 and pushed.ok \
                and pushed.library_version is not None:
            # Everything was made by this push and nobody else wrote meanwhile: the
            # digests are current at the push's version.  (Items found in the library
            # are read again by the sync that follows, which compares them by meaning.)
            self.state.record_pulls(self.library, [digest_id(str(p)) for p in paths], pushed.library_version)
        return pushed

    def _record_bases(self, plain_hash: dict[NoteId, str]) -> None:
        """After a push that went through: each note decided per field has its new
        base, Zotero's note as now held, and the hash a plain push compares with."""
        rows = self.state.push_rows(self.library).notes
        out = []
        for eid, plan in self._notes.items():
            row = rows.get(eid)
            if row is None or plan.composed is None or eid not in plain_hash:
                continue
            digest_written = self.direction != "push"
            base = {f.name: f.base_after(digest_written=digest_written, zotero_written=True) for f in plan.fields}
            out.append(replace(row, meaning_hash=plain_hash[eid], sync={"base": base, "seen": plan.composed}))
        if out:
            self.state.record_push(self.library, notes=out)


@dataclass
class _NotePlan:
    """Sync's decisions for one note: per field, Zotero's note now and its version."""

    fields: list[FieldDecision]
    current: str
    version: int
    composed: str | None = None


#: Entry fields a note's fields are spliced into (the heading has no place).
NOTE_FIELDS = ("task", "one_liner", "summary")


def _placeable(entry: Entry) -> set[str]:
    """The note fields this entry's family has a span for (one span holding both
    summary and one-liner counts as the summary's)."""
    from ..digest import family_named

    editable = family_named(entry.family).editable
    out = {name for name in NOTE_FIELDS if name in editable and name in entry.fields}
    if "one_liner" in out and entry.fields.get("one_liner") == entry.fields.get("summary"):
        out.discard("one_liner")
    return out


def _override(entry: Entry, fields: list[FieldDecision], now: dict[str, str]) -> None:
    """The entry as the note written back should show it: Zotero's value in each
    note field that does not go to Zotero (in memory only; the digest keeps its text)."""
    update: dict[str, Any] = {}
    for f in fields:
        if f.name in NOTE_FIELDS and token(f.name, f.note_value) != token(f.name, now.get(f.name, "")):
            update[f.name] = f.note_value or None
    if update:
        entry.paper = entry.paper.model_copy(update=update)


class _SyncPush(PushEngine):
    """Push's engine, noting whether its first read saw the library move past the
    version pull just read (then only our pull's version is kept)."""

    moved = False

    def _read(self, desired: Any) -> Any:
        start = self.rows.version
        view = super()._read(desired)
        if start is not None and view.version != start:  # a first push's scan is its own start
            self.moved = True
        return view


def sync_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> SyncReport:
    """Sync the digests at ``paths`` with the library (see :class:`Syncer`)."""
    return Syncer(client, state, **kw).sync(paths)


def status_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> SyncReport:
    """What a sync would do, on each side; reads only, writes nothing."""
    return Syncer(client, state, status=True, **kw).sync(paths)


__all__ = ["CONFLICT_EXIT", "Decision", "DigestOutcome", "SyncReport", "Syncer", "conflicts_path",
           "status_digests", "sync_digests"]
