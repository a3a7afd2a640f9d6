"""Writing the digest side: a digest's plan spliced into its bytes and written.

Only the spans of the fields that changed are rewritten (splice + atomic
rename), so hand-written text around an entry is never touched.  Safety: each
digest's bytes are read at the start and again just before writing; if they
differ, nothing is written to it and the outcome says to run the command
again.  The previous bytes of every digest written are kept in the state
directory (``backups/<file name>.<hash of its path>.bak``, one per digest,
replaced by the next run that writes it): see :func:`backup_path`.
"""

from __future__ import annotations

import difflib
import hashlib
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...digest import FieldNotEditable, parse_bytes
from ...digest.document import Edit
from ...digest.file_writes import ChangedOnDisk, replace_unchanged
from ...state import State
from ..decide.pull_plan import DigestPlan


@dataclass
class DigestOutcome:
    path: str
    changed: list[str] = field(default_factory=list)  # one line per entry changed, added or removed
    written: bool = False
    diff: str = ""
    backup: str | None = None
    problem: str | None = None
    #: Titles of the entries added (papers added in Zotero) and removed (``--prune``).
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "changed": self.changed, "added": self.added, "removed": self.removed,
                "written": self.written, "backup": self.backup, "problem": self.problem,
                "diff": self.diff or None}


def backup_path(state: State, path: str) -> Path:
    """Where the previous version of a digest is kept: the state directory's
    ``backups/`` folder, one file per digest (named by the file and a hash of its
    absolute path), replaced by each pull that writes it.  Kept out of the
    digest's folder so a pull adds no stray file to the user's repository."""
    resolved = str(Path(path).resolve())
    tag = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:10]
    return state.directory / "backups" / f"{Path(path).name}.{tag}.bak"



def unified_diff(path: str, before: bytes, after: bytes) -> str:
    a = before.decode("utf-8", "replace").splitlines(keepends=True)
    b = after.decode("utf-8", "replace").splitlines(keepends=True)
    return "".join(difflib.unified_diff(a, b, fromfile=f"{path} (now)", tofile=f"{path} (after pull)"))


class DigestWriter:
    """Writes digests' plans (``dry_run``: computes the diff only), keeping backups
    in ``state``'s directory."""

    def __init__(self, state: State, *, dry_run: bool = False, family: str | None = None) -> None:
        self.state = state
        self.dry_run = dry_run
        self.family = family

    def write(self, dplan: DigestPlan, original: bytes) -> DigestOutcome:
        """Splice the plan into ``original`` and write it (unless a dry run, or the
        file changed on disk meanwhile); the outcome says what changed and where the
        backup is, or the problem."""
        digest = dplan.digest
        outcome = DigestOutcome(digest.path)
        if dplan.empty:
            return outcome
        try:
            data = self.spliced(dplan)
        except (FieldNotEditable, ValueError) as exc:
            outcome.problem = f"{digest.path}: the changes from Zotero cannot be placed ({exc}); nothing written"
            return outcome
        if data == original:
            return outcome
        broken = _structure_problem(dplan, data, self.family)
        if broken:
            outcome.problem = f"{digest.path}: {broken}; nothing written"
            return outcome
        _describe(dplan, outcome)
        if self.dry_run:
            outcome.diff = unified_diff(digest.path, original, data)
            return outcome
        self._replace(outcome, original, data)
        return outcome

    def _replace(self, outcome: DigestOutcome, original: bytes, data: bytes) -> None:
        """The digest's bytes replaced (the bytes replaced kept as its backup), unless it
        changed on disk since it was read, checked just before the rename: then
        ``outcome`` holds the problem and nothing is written."""
        path = outcome.path
        if _read_only(path):  # a read-only digest is the user's decision: reported, not replaced
            outcome.problem = (f"{path} is read-only, so pull did not change it; make it writable (chmod u+w) "
                               "and run pull again")
            return
        backup = backup_path(self.state, path)
        try:
            replace_unchanged(path, data, original, backup)
        except ChangedOnDisk:
            outcome.problem = f"{path} changed on disk while the pull ran; nothing was written to it: run pull again"
            return
        except OSError as exc:
            outcome.problem = f"{path} cannot be written ({exc.strerror}); nothing written"
            return
        outcome.written = True
        outcome.backup = str(backup)

    def spliced(self, dplan: DigestPlan) -> bytes:
        """The digest's new bytes.  Field changes and removals are spliced in one pass;
        new entries are appended afterwards to the file as it then reads, since the
        entry a new one would follow may be one just removed."""
        digest = dplan.digest
        changes = [(c.entry, c.fields) for c in dplan.changes]
        removals = digest.remove_edits([r.entry for r in dplan.removals])
        if not removals:
            appended: list[Edit] = [digest.append_edit(new.paper, new.section) for new in dplan.appends]
            return digest.with_changes(changes, appended)
        data = digest.with_changes(changes, removals)
        if not dplan.appends:
            return data
        again = parse_bytes(data, digest.path, self.family)
        return again.with_changes([], [again.append_edit(new.paper, new.section) for new in dplan.appends])


def _describe(dplan: DigestPlan, outcome: DigestOutcome) -> None:
    """One line per entry changed, added or removed."""
    for c in dplan.changes:
        outcome.changed.append(f"{', '.join(c.fields)} of '{c.entry.paper.title}' (line {c.entry.lines[0]}): "
                               f"{c.why}")
    for new in dplan.appends:
        where = " › ".join(new.section) if new.section else "the end"
        outcome.changed.append(f"added '{new.paper.title}' under {where} (added in Zotero)")
        outcome.added.append(new.paper.title)
    for r in dplan.removals:
        outcome.changed.append(f"removed '{r.entry.paper.title}' ({r.why})")
        outcome.removed.append(r.entry.paper.title)


def _read_only(path: str) -> bool:
    """Is the digest marked read-only (no write permission bit, as ``chmod a-w`` leaves
    it)?  Its mode is asked, not the process's access: root may write anything."""
    try:
        return not os.stat(path).st_mode & 0o222 or not os.access(path, os.W_OK)
    except OSError:
        return False


def _structure_problem(dplan: DigestPlan, data: bytes, family: str | None) -> str | None:
    """Why the spliced digest must not be written, if it must not: read again, it must
    hold the entries planned (no more: a value from Zotero must never open an entry of
    its own; no fewer) and every entry the plan does not touch, as it was."""
    before = dplan.digest
    after = parse_bytes(data, before.path, family)
    want = len(before.entries) - len(dplan.removals) + len(dplan.appends)
    if len(after.entries) != want:
        return (f"the text from Zotero would make {len(after.entries)} entries where {want} belong (a value from "
                "Zotero would open or close an entry)")
    touched = {id(c.entry) for c in dplan.changes} | {id(r.entry) for r in dplan.removals}
    kept = Counter(e.paper.identity for e in before.entries if id(e) not in touched)
    now = Counter(e.paper.identity for e in after.entries)
    if kept - now:
        return "the text from Zotero would change an entry it was not meant for"
    if Counter(new.paper.identity for new in dplan.appends) - now:
        return "a paper added in Zotero would not read back as the entry it was written as"
    return None
