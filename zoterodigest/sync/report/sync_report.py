"""What a sync, status, push or pull run decided and did: one :class:`Decision`
per field of each entry's note, and the :class:`SyncReport` that holds them
beside pull's and push's own reports; as lines for people, JSON for scripts,
and the conflicts file written beside a digest (:func:`conflicts_markdown`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...errors import CONFLICT_EXIT, FAILED_EXIT, OK_EXIT
from ...state import NoteId
from ..decide.pull_plan import PullPlan
from ..decide.threeway import Action
from .pull_report import PullReport
from .push_report import PushReport

#: The field name used in reports, the conflicts file and the state.
SUMMARY = "summary note"


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
    #: ``--prefer``: it settles only the conflicts listed before, as they were listed.
    prefer: str | None = None
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
            return FAILED_EXIT
        held = self.push is not None and bool(self.push.conflicts)
        return CONFLICT_EXIT if self.conflicts or held else OK_EXIT

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

    def one_way_lines(self, *, verbose: bool = False, per_paper: bool = True) -> list[str]:
        """The lines of ``push`` or ``pull``: its own report, then the changes left for
        the other direction and the conflicts (both texts kept)."""
        own: list[str] = []
        if self.direction == "push" and self.push is not None:
            own = self.push.lines(verbose=verbose, per_paper=per_paper)
        elif self.direction == "pull" and self.pull is not None:
            own = self.pull.lines()
        out = [line for line in own]
        out += [d.line() for d in self.decisions if d.action in (Action.LEFT, Action.MERGED)]
        out += self._conflict_lines()
        out += [f"note: {n}" for n in self.notices]
        return out

    def _conflict_lines(self) -> list[str]:
        return self._conflict_texts() + self._conflicts_where()

    def problem_lines(self) -> list[str]:
        """Every problem once (the run's own, pull's and push's, papers that failed):
        the lines for stderr."""
        pull = self.pull.problems if self.pull is not None else []
        push = self.push.problem_lines() if self.push is not None else []
        return list(dict.fromkeys([*self.problems, *pull, *push]))

    def quiet_lines(self) -> list[str]:
        """What ``-q`` still prints: a dry run's diffs (the result asked for) and the
        conflicts with both texts."""
        diffs = self.pull.diff_lines() if self.pull is not None and self.dry_run and not self.status else []
        held = [f"conflict   {c}" for c in self.push.conflicts] if self.push is not None else []
        return diffs + self._conflict_texts() + held + self._conflicts_where()

    def _conflict_texts(self) -> list[str]:
        out: list[str] = []
        for c in self.conflicts:
            out.append(f"CONFLICT {Path(c.entry[0]).name}: '{c.title}' {c.field} changed on both sides")
            out.append("  digest: " + _indent(c.digest_text))
            out.append("  zotero: " + _indent(c.zotero_text))
        return out

    def _conflicts_where(self) -> list[str]:
        if not self.conflicts:
            return []
        where = ", ".join(sorted({str(conflicts_path(c.entry[0])) for c in self.conflicts}))
        if self.prefer is not None:
            return [(f"--prefer {self.prefer} left {_count(len(self.conflicts), 'conflict')} alone: new, or changed "
                    f"since the last run listed them; read them in {where}, then run sync --prefer again")]
        return [f"conflicts listed in {where}; run sync --prefer digest or --prefer zotero to resolve them"]

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
        out += [d.line() for d in moving] + self._digest_lines() + self._zotero_lines() + self._conflict_texts()
        acted = bool(out)
        out += [f"note: {n}" for n in self.notices]
        out += self._conflicts_where()
        if not acted:
            out.append("nothing to sync")
        elif self.status or self.dry_run:  # the summary first, then the plan (diffs can be long)
            out.insert(0, f"{'status only' if self.status else 'dry run'}: nothing written; {self._counts()}")
        return out

    def _counts(self) -> str:
        count = {action: sum(1 for d in self.decisions if d.action is action) for action in Action}
        return (f"{count[Action.TO_DIGEST]} field(s) to the digest, {count[Action.TO_ZOTERO]} to Zotero, "
                f"{count[Action.MERGED]} merged, {count[Action.CONFLICT]} conflict(s):")


    def _digest_lines(self) -> list[str]:
        """What the digests took beyond the note fields, and where they were written."""
        out: list[str] = []
        for d in self.pull.digests if self.pull is not None else []:
            out += [f"{Path(d.path).name}: {line} (zotero → digest)" for line in d.changed
                    if line.startswith("added ") or "task tag" in line]
            if d.written:
                out.append(f"wrote {d.path} (previous version kept in {d.backup})")
        return out

    def _zotero_lines(self) -> list[str]:
        """The papers and notes push wrote."""
        out: list[str] = []
        for paper in self.push.papers.values() if self.push is not None else []:
            if paper.action != "unchanged" or any(a != "unchanged" for a in paper.note_actions.values()):
                notes = [a for a in paper.note_actions.values() if a != "unchanged"]
                what = paper.action if paper.action != "unchanged" else f"note {', '.join(notes)}"
                out.append(f"'{paper.title}': {what} (digest → zotero)")
        return out


def left_for_pull(plan: PullPlan) -> list[str]:
    """What push leaves in Zotero for a pull: papers added to a digest's collections."""
    out = []
    for dplan in plan.digests:
        if dplan.appends:
            n = len(dplan.appends)
            out.append(f"{Path(dplan.digest.path).name}: {n} {'paper' if n == 1 else 'papers'} added to its "
                       "collections in Zotero; run pull or sync to add them to the digest")
    return out


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _indent(text: str) -> str:
    return (text or "(empty)").replace("\n", "\n          ")


def conflicts_markdown(digest_path: str, conflicts: list[Decision]) -> str:
    """The conflicts file: per entry, the field and both texts, as plain Markdown."""
    out = [f"# Sync conflicts in {Path(digest_path).name}", "",
           "Each entry below was changed both in the digest and in Zotero since they last agreed.",
           "Both versions are kept where they are. Edit one side to match the other, or run",
           "`zoterodigest sync --prefer digest` (or `--prefer zotero`) to copy one over the other.",
           "`--prefer` settles the conflicts listed here while both texts read as below.", ""]
    for c in conflicts:
        out += [f"## {c.title} — {c.field}", "", "### Digest", "", c.digest_text or "(empty)", "",
                "### Zotero", "", c.zotero_text or "(empty)", ""]
    return "\n".join(out)

