"""``pull``: bring what changed in Zotero since the last push or pull into the digests.

Why a separate half: a push only ever writes to Zotero; a pull only ever
writes to digests, and only the spans of the fields that changed (splice +
atomic rename), so hand-written text around an entry is never touched.

A pull is composed of the same pieces as sync (:mod:`.sync`), without sync's
per-field decisions:

1. read Zotero's side: what changed since each digest was last pulled
   (:func:`.library_changes.changes_since_pulled`);
2. decide: :func:`.pull_decisions.make_pull_plan` (pure);
3. run: each digest's plan spliced and written (:class:`.digest_writer.DigestWriter`,
   which keeps a backup and refuses a file changed on disk meanwhile);
4. record the new base: :func:`.pull_record.record_pull` and the library version
   each written digest is now current at.

The ``pull`` command itself runs as a sync that writes the digests only
(``direction="pull"``), so a change made on both sides is a conflict there, not
an overwrite; so is ``pull --local`` (:mod:`.pull_local`).  :func:`pull_digests`
is the plain pull, kept for the library's API.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..state import State
from ..zotero.client import ZoteroClient
from .desired import digest_id
from .digest_writer import DigestOutcome, DigestWriter, backup_path, unified_diff
from .library_changes import changes_since_pulled
from .options import RunOptions
from .pull_decisions import make_pull_plan
from .pull_plan import PullPlan
from .pull_record import record_pull
from .pull_report import PullReport

NOTHING_PUSHED = "this library has no push recorded in the state: push the digests first"


def run_pull(paths: list[str | Path], client: ZoteroClient, state: State, options: RunOptions) -> PullReport:
    """One pull into ``paths``: read, decide, write, record."""
    library = client.state_name
    report = PullReport(client.library, dry_run=options.dry_run)
    rows = state.push_rows(library)
    report.since = rows.version
    if rows.version is None:
        report.notices.append(NOTHING_PUSHED)
        return report
    originals, digests = options.read(paths)
    changes = changes_since_pulled(client, state, library, rows, digests, prune=options.prune)
    report.requests = client.requests
    if changes is None:
        report.library_version = rows.version
        return report
    plan = make_pull_plan(digests, rows, changes, options.templates, flatten=options.flatten,
                          collection=options.collection, prune=options.prune)
    report.notices += plan.notices
    writer = DigestWriter(state, dry_run=options.dry_run, family=options.family)
    for dplan in plan.digests:
        outcome = writer.write(dplan, originals[dplan.digest.path])
        report.digests.append(outcome)
        if outcome.problem:
            report.problems.append(outcome.problem)
    all_written = not report.problems
    if not options.dry_run:
        record_pull(state, library, plan, rows, changes, report.digests, all_written=all_written,
                    parse=options.parse)
        state.record_pulls(library, [digest_id(d.path) for d in report.digests if not d.problem], changes.version)
    report.requests = client.requests
    report.library_version = changes.version if all_written and not options.dry_run else rows.version
    return report


def pull_digests(paths: list[str | Path], client: ZoteroClient, state: State, **kw: Any) -> PullReport:
    """Pull the library's changes into the digests at ``paths`` (options: see
    :class:`.options.RunOptions`)."""
    return run_pull(paths, client, state, RunOptions.of(**kw))


__all__ = ["DigestOutcome", "PullPlan", "PullReport", "backup_path", "pull_digests", "run_pull", "unified_diff"]
