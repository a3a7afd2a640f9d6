"""Keeping digests and a Zotero library in step: read -> decide -> run -> record.

Every command that touches Zotero reads each side (:mod:`.library_changes`,
:mod:`.push_reads`, the digests through :class:`.options.RunOptions`), decides
with pure functions (:mod:`.threeway`, :mod:`.note_fields`,
:mod:`.note_decisions`, :mod:`.push_decisions`, :mod:`.pull_decisions`), runs
the actions (:mod:`.digest_writer` for the digests, :mod:`.engine` for Zotero)
and records the new base in the state (:mod:`.pull_record`, the engine after
every batch).  :mod:`.sync` composes these for ``sync``, ``status``, ``push``
and ``pull``; :func:`push_digests` is the Zotero writer alone (``push --local``;
``push --connector`` through :mod:`.connector_push`, which can only add).
See ``docs/architecture.md``.  The state rows themselves live in
:mod:`zoterodigest.state` (the same SQLite file as the pinned citation keys), so
one file holds everything a run remembers.
"""

from .engine import PushEngine, push_digests
from .report import PaperOutcome, PushReport

__all__ = ["PaperOutcome", "PushEngine", "PushReport", "push_digests"]
