"""``pull`` for the library's API: a sync that writes the digests only.

The ``pull`` command, ``pull --local`` (:mod:`.pull_local`) and this function all
run :class:`.sync.Syncer` with ``direction="pull"``: Zotero's side is read, each
entry's note decided by the one decision (:mod:`.decide.decision`; a field changed on
both sides is a conflict, both texts kept, never an overwrite), the digests
spliced and written (:class:`.write.digest_writer.DigestWriter`, which keeps a backup
and refuses a file changed on disk meanwhile), and the new base recorded.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..state import State
from ..zotero.client import ZoteroClient
from .decide.pull_plan import PullPlan
from .options import RunOptions
from .report.pull_report import PullReport
from .write.digest_writer import DigestOutcome, backup_path, unified_diff

NOTHING_PUSHED = "this library has no push recorded in the state: push the digests first"


def pull_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> PullReport:
    """Pull the library's changes into the digests at ``paths`` (options: see
    :class:`.options.RunOptions`); a conflict (a field changed on both sides since
    they last agreed) is a notice, both texts kept where they are."""
    from .sync import Syncer

    synced = Syncer(client, state, RunOptions.of(**{**kw, "direction": "pull"})).sync(paths)
    report = synced.pull if synced.pull is not None else PullReport(client.library)
    report.notices += [n for n in synced.notices if n not in report.notices]
    report.notices += [f"{c.line()}: changed on both sides, both texts kept" for c in synced.conflicts]
    report.problems += [p for p in synced.problems if p not in report.problems]
    return report


__all__ = [
    "NOTHING_PUSHED",
    "DigestOutcome",
    "PullPlan",
    "PullReport",
    "backup_path",
    "pull_digests",
    "unified_diff",
]
