"""State files of an older shape brought to today's, once, when they are opened.

The shape is the file's ``PRAGMA user_version``
(:data:`zoterodigest.state_schema.SCHEMA_VERSION`).  A file below it is migrated in
one transaction (``BEGIN IMMEDIATE``: a crash or a failure leaves the old file as it
was, and another run opening it meanwhile waits, then finds it done); the version is
raised in the same transaction, so a file is migrated exactly once.

Version 2, the typed base: each note row's ``meaning_hash`` and untyped ``sync_json``
(``{"base": {field: value}, "seen": note, "task": task}``) become one
:class:`zoterodigest.state_rows.NoteBase` in ``base_json``.  A row that held a base
per field keeps it as it was.  A row recorded before per-field sync held only the
meaning hash of the whole note both sides agreed on: its fields cannot be told from
a hash, so its base is a *legacy* base carrying that hash, resolved by the one
decision the first time it sees both texts
(:func:`zoterodigest.sync.decide.note_base.resolved`).  The settled marker
(``settled_hash``, ``quiet_hash`` in older files) is carried over as it was; it vouched
for the row as it was written, so it holds no longer and the next run goes the full
way once for each entry.
"""

from __future__ import annotations

import json
import sqlite3

from .state_rows import NoteBase
from .state_schema import NOTES_TABLE, SCHEMA_VERSION


def schema_version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection) -> bool:
    """Bring the file open on ``db`` (autocommit) to :data:`SCHEMA_VERSION`; True when
    this call migrated it."""
    if schema_version(db) >= SCHEMA_VERSION:
        return False
    db.execute("BEGIN IMMEDIATE")
    try:
        done = schema_version(db) < SCHEMA_VERSION  # another run may have migrated it while we waited
        if done:
            _typed_bases(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return done


def typed_base(meaning: str, sync_json: str | None) -> NoteBase:
    """The typed base of a note row of the old shape (pure): its per-field base when it
    had one, else a legacy base carrying its meaning hash."""
    try:
        sync = json.loads(sync_json or "{}")
    except ValueError:
        sync = {}
    base = sync.get("base") if isinstance(sync, dict) else None
    if not isinstance(base, dict) or not base:
        return NoteBase.from_legacy(meaning)
    task = sync.get("task")
    return NoteBase({str(k): str(v) for k, v in base.items()}, str(sync.get("seen") or ""),
                    None if task is None else str(task))


def _typed_bases(db: sqlite3.Connection) -> None:
    """The note rows rebuilt with a typed base (inside the caller's transaction)."""
    have = {row[1] for row in db.execute("PRAGMA table_info(zotero_notes)")}
    if "base_json" in have:
        return  # made in today's shape (a file whose tables were created before its version was set)
    meaning = "meaning_hash" if "meaning_hash" in have else "''"
    sync = "sync_json" if "sync_json" in have else "'{}'"
    settled = next((name for name in ("settled_hash", "quiet_hash") if name in have), "''")
    old = db.execute(f"SELECT library, digest, identity, occurrence, parent_key, note_key, version, {meaning}, "
                     f"{sync}, {settled} FROM zotero_notes").fetchall()
    db.execute("DROP TABLE IF EXISTS zotero_notes_typed")
    db.execute(NOTES_TABLE.format(name="zotero_notes_typed"))
    db.executemany("INSERT INTO zotero_notes_typed (library, digest, identity, occurrence, parent_key, note_key, "
                   "version, base_json, settled_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [(*row[:7], typed_base(str(row[7] or ""), row[8]).dumps(), str(row[9] or "")) for row in old])
    db.execute("DROP TABLE zotero_notes")
    db.execute("ALTER TABLE zotero_notes_typed RENAME TO zotero_notes")
