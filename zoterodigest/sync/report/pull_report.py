"""What a pull did (or, with ``--dry-run``, would do): per digest what changed and
where its backup is, the notices and problems; as lines for people and as JSON
for scripts.  Holds no secret (no key, no URL)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..write.digest_writer import DigestOutcome


@dataclass
class PullReport:
    library: str
    dry_run: bool = False
    since: int | None = None
    library_version: int | None = None
    digests: list[DigestOutcome] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    requests: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """What ``pull --json`` prints: per digest what changed and where the backup is,
        the notices, problems and requests.  Holds no secret (no key, no URL)."""
        return {"library": self.library, "dry_run": self.dry_run, "ok": self.ok, "since": self.since,
                "library_version": self.library_version, "requests": self.requests,
                "digests": [d.to_json() for d in self.digests], "notices": self.notices,
                "problems": self.problems}

    def diff_lines(self) -> list[str]:
        """A dry run's unified diffs, one per digest that would change."""
        return [d.diff.rstrip("\n") for d in self.digests if d.diff and not d.problem] if self.dry_run else []

    def lines(self) -> list[str]:
        out: list[str] = []
        for d in self.digests:
            name = Path(d.path).name
            if d.problem:
                continue
            if self.dry_run and d.diff:
                out.append(d.diff.rstrip("\n"))
            for line in d.changed:
                out.append(f"{name}: {line}")
            if d.written:
                out.append(f"wrote {d.path} (previous version kept in {d.backup})")
        out += [f"note: {n}" for n in self.notices]
        if not any(d.changed for d in self.digests):
            out.append("nothing to pull" if self.since is not None else "nothing to pull (nothing pushed yet)")
        elif self.dry_run:  # the summary first, then the plan (diffs can be long)
            changed = [d for d in self.digests if d.changed and not d.problem]
            count = sum(len(d.changed) for d in changed)
            out.insert(0, f"dry run: nothing written; {count} change(s) to {len(changed)} digest(s) would be pulled:")
        return out
