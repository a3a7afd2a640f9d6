"""What a push did (or, with ``--dry-run``, would do): per paper, in counts, and
the requests it took; as lines for people and as JSON for scripts.

Nothing here may hold the API key: the report is built from plans and the
client's scrubbed messages only.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ...errors import CONFLICT_EXIT, FAILED_EXIT, OK_EXIT


@dataclass
class PaperOutcome:
    identity: str
    title: str
    action: str  # create | adopt | update | unchanged
    key: str | None = None
    #: Entry -> what was done with its note (create, update, adopt, unchanged).
    note_actions: dict[tuple[str, str, int], str] = field(default_factory=dict)
    error: str | None = None
    #: The Zotero fields an update changes (``title``, ``tags``, ``collections``...).
    fields: list[str] = field(default_factory=list)

    @property
    def notes(self) -> Counter[str]:
        return Counter(self.note_actions.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "identity": self.identity,
            "title": self.title,
            "action": self.action,
            "failed": self.error is not None,
            "item_key": self.key,
            "notes": dict(sorted(self.notes.items())),
            "fields": self.fields,
            "error": self.error,
        }


@dataclass
class PushReport:
    library: str
    dry_run: bool = False
    papers: dict[str, PaperOutcome] = field(default_factory=dict)
    collections_created: int = 0
    #: Notes edited on both sides, left unwritten (both texts kept).
    conflicts: list[str] = field(default_factory=list)
    #: Problems that are not one paper's (e.g. a collection refused).
    problems: list[str] = field(default_factory=list)
    #: Things to know that are no failure (e.g. what a connector push cannot do).
    notices: list[str] = field(default_factory=list)
    #: Identities of papers whose item is in Zotero's trash: nothing written for them.
    trashed: set[str] = field(default_factory=set)
    requests: int = 0
    writes: int = 0
    rounds: int = 0
    #: Children added besides summary notes (sync/children.py): "pdf", "comment", "stored" (files).
    children: Counter[str] = field(default_factory=Counter)
    library_version: int | None = None

    @property
    def failed(self) -> list[PaperOutcome]:
        return [p for p in self.papers.values() if p.error is not None]

    @property
    def ok(self) -> bool:
        return not self.failed and not self.problems

    def absorb(self, earlier: PushReport) -> None:
        """Take in an earlier pass of the same run (the first push that matched or made
        everything): what it did counts, unless this pass did more to a paper."""
        for identity, before in earlier.papers.items():
            now = self.papers.get(identity)
            if now is None or (now.action == "unchanged" and now.error is None):
                merged_notes = {**before.note_actions, **{k: v for k, v in (now.note_actions if now else {}).items()
                                                          if v != "unchanged"}}
                self.papers[identity] = PaperOutcome(before.identity, before.title, before.action, before.key,
                                                     merged_notes, before.error, before.fields)
        self.collections_created += earlier.collections_created
        self.conflicts = earlier.conflicts + self.conflicts
        self.problems = earlier.problems + self.problems
        self.notices = earlier.notices + self.notices
        self.writes += earlier.writes
        self.children += earlier.children

    def exit_code(self) -> int:
        """1 when something failed, 3 when a conflict was left open, else 0."""
        if not self.ok:
            return FAILED_EXIT
        return CONFLICT_EXIT if self.conflicts else OK_EXIT

    def counts(self) -> dict[str, int]:
        counts = Counter(p.action for p in self.papers.values() if p.error is None)
        out = {name: counts.get(name, 0) for name in ("create", "adopt", "update", "unchanged")}
        out["failed"] = len(self.failed)
        notes: Counter[str] = Counter()
        for p in self.papers.values():
            notes.update(p.notes)
        out.update({f"notes_{name}": notes.get(name, 0) for name in ("create", "update", "adopt", "unchanged")})
        out["collections_created"] = self.collections_created
        out.update(pdfs_created=self.children["pdf"], pdfs_stored=self.children["stored"],
                   comment_notes_created=self.children["comment"])
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "library": self.library,
            "dry_run": self.dry_run,
            "counts": self.counts(),
            "papers": [p.to_json() for p in self.papers.values()],
            "failures": [{"identity": p.identity, "title": p.title, "error": p.error} for p in self.failed],
            "problems": self.problems,
            "conflicts": self.conflicts,
            "notices": self.notices,
            "requests": self.requests,
            "write_requests": self.writes,
            "library_version": self.library_version,
        }

    def problem_lines(self) -> list[str]:
        """What failed (a paper, or something not one paper's): the lines for stderr."""
        return ([f"{p.identity}: {p.title} failed ({p.error})" for p in self.failed]
                + list(self.problems))

    def lines(self, verbose: bool, per_paper: bool = True) -> list[str]:
        """Per-paper lines (all with ``verbose``, else only what changed; none without
        ``per_paper``), conflicts, notices and a summary; what failed is in
        :meth:`problem_lines`."""
        out = []
        for p in self.papers.values():
            if p.error is None and per_paper and (verbose or p.action != "unchanged"):
                notes = ", ".join(f"{n} {a}" for a, n in sorted(p.notes.items()) if a != "unchanged")
                changed = f" [fields: {', '.join(p.fields)}]" if p.fields else ""
                out.append(f"{p.action:<10} {p.identity}: {p.title}{changed}" + (f" [notes: {notes}]" if notes else ""))
        out.extend(f"conflict   {c}" for c in self.conflicts)
        out.extend(f"note       {m}" for m in self.notices)
        # A dry run's plan can be long: its summary comes first, the plan after it.
        return [self.summary(), *out] if self.dry_run else [*out, self.summary()]

    def summary(self) -> str:
        verb = "would " if self.dry_run else ""
        c = self.counts()
        line = (f"{self.library}: {verb}create {c['create']}, adopt {c['adopt']}, update {c['update']}, "
                f"unchanged {c['unchanged']}, failed {c['failed']} papers; notes: {verb}create {c['notes_create']}, "
                f"update {c['notes_update']}; {self.requests} request(s), {self.writes} write(s)")
        if self.children:
            line += (f"; PDFs: {verb}attach {c['pdfs_created']}, store {c['pdfs_stored']}; "
                     f"comment notes: {verb}create {c['comment_notes_created']}")
        return line
