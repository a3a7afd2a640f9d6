"""Push digests to a Zotero library, idempotently and cheaply.

``desired`` says what the digests want the library to hold (pure), ``plan``
compares that with the state of the last push and what was read of the
library (pure, so every rule is testable without a server), ``engine`` reads
the library, runs the plan in batches and records progress after every batch,
``settings`` finds the credentials, ``report`` says what happened.
The desktop app: ``desktop`` opens its local API (same engine), and
``connector_push`` adds papers through its connector (add-only, idempotent by
hashes in the state).  The state
rows themselves live in :mod:`zoterodigest.state` (the same SQLite file as the
pinned citation keys), so one file holds everything a run remembers.
"""

from .engine import PushEngine, push_digests
from .report import PaperOutcome, PushReport

__all__ = ["PaperOutcome", "PushEngine", "PushReport", "push_digests"]
