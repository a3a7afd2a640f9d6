"""Keeping digests and a Zotero library in step: read -> decide -> run -> record.

Every command that touches Zotero reads each side (:mod:`.read.library_changes`,
:mod:`.read.push_reads`, the digests through :class:`.options.RunOptions`), decides
with pure functions (:mod:`.decide.threeway`, :mod:`.decide.note_fields`,
:mod:`.decide.note_decisions`, :mod:`.decide.push_decisions`, :mod:`.decide.pull_decisions`), runs
the actions (:mod:`.write.digest_writer` for the digests, :mod:`.write.engine` for Zotero)
and records the new base in the state (:mod:`.write.pull_record`, the engine after
every batch).  :mod:`.sync` composes these for ``sync``, ``status``, ``push``
and ``pull``; :func:`push_digests` is the Zotero writer alone (``push --local``;
``push --connector`` through :mod:`.write.connector_push`, which can only add).
See ``docs/architecture.md``.  The state rows themselves live in
:mod:`zoterodigest.state` (the same SQLite file as the pinned citation keys), so
one file holds everything a run remembers.
"""

from .report.push_report import PaperOutcome, PushReport
from .write.engine import PushEngine, push_digests

__all__ = ["PaperOutcome", "PushEngine", "PushReport", "push_digests"]
