"""The state directory: what zoterodigest remembers between runs.

One SQLite file, ``state-v1.sqlite3``, in ``$ZOTERODIGEST_STATE_DIR`` or the
user state directory (platformdirs).  It holds no secret.  Today it pins
citation keys: once a paper (by identity) has a key, that key is given
again on every export, whatever papers are added or however the formula
changes.  Beside them: what ``push`` agreed with each Zotero library
(``zotero_*`` tables) and what ``push --connector`` saved (``connector_saves``:
one hash per paper, since the connector gives back no keys).  The rows are typed
values (:mod:`zoterodigest.state_rows`), the tables are in
:mod:`zoterodigest.state_schema`, and a file of an older shape is brought to
today's once, when it is opened (:mod:`zoterodigest.state_migration`).

Losing the file loses nothing a user wrote: keys are recovered from the
.bib being rewritten (its entries are matched to papers by identity), and
push and sync find items and notes again by identity.  A damaged file is
set aside (``state-v1.sqlite3.corrupt-YYYYmmddHHMMSS``, with a warning) and a
new one started: see :mod:`zoterodigest.dbfiles`.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Self

from .collector import collector_paused
from .dbfiles import check_intact, is_damaged, set_aside, wal_mode
from .errors import StoreError
from .private_files import private_file, private_folder
from .state_migration import migrate, schema_version
from .state_rows import ConflictRow, ItemRow, LibraryRows, NoteBase, NoteId, NoteRow
from .state_schema import SCHEMA as _SCHEMA
from .state_schema import SCHEMA_VERSION

STATE_DIR_ENV = "ZOTERODIGEST_STATE_DIR"
FILE_NAME = "state-v1.sqlite3"
#: What starting a new state file after a damaged one means (said in the warning).
REBUILT = ("push and sync find your items and notes in Zotero again by identity (nothing is duplicated), "
           "and export reads your citation keys back from the .bib it rewrites")

__all__ = ["REBUILT", "STATE_DIR_ENV", "ConflictRow", "ItemRow", "LibraryRows", "NoteBase", "NoteId", "NoteRow",
           "State", "StateUnavailable", "default_state_dir"]


#: Pinning a key we gave: a new identity gets its row; a provisional row takes the
#: key and source given (the provisional key gives way); any other row stays.
_PIN_OURS = ("INSERT INTO citation_keys (identity, key, source) VALUES (?, ?, ?) "
             "ON CONFLICT (identity) DO UPDATE SET key = excluded.key, source = excluded.source "
             "WHERE citation_keys.source = 'provisional'")


class StateUnavailable(StoreError):
    """The state directory cannot be used; the message names it and the fix."""


def default_state_dir() -> Path:
    env = os.environ.get(STATE_DIR_ENV)
    if env:
        return Path(env)
    from platformdirs import user_state_dir

    return Path(user_state_dir("zoterodigest"))


class State:
    """The state file, opened for one run (a context manager)."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_state_dir()
        #: Each library's rows as read once and kept up to date by this object's writes.
        self._rows: dict[str, LibraryRows] = {}
        path = self.directory / FILE_NAME
        try:
            private_folder(self.directory)
            try:
                self._db = self._open(path)
            except sqlite3.DatabaseError as exc:
                if not is_damaged(exc):
                    raise
                # A damaged file holds nothing that cannot be found again: set it aside.
                set_aside(path, "the state database", exc, REBUILT)
                self._db = self._open(path)
        except (OSError, sqlite3.Error) as exc:
            raise StateUnavailable(
                f"the state directory {self.directory} cannot be used ({exc}); "
                f"set {STATE_DIR_ENV} to a writable folder"
            ) from None

    def _open(self, path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(path, timeout=30, isolation_level=None)
        try:
            wal_mode(db)
            check_intact(db)
            if db.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None:
                # a new file: its tables and its shape at one write
                db.executescript(f"BEGIN IMMEDIATE; {_SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
            else:
                self._check_not_newer(db, path)
                db.executescript(_SCHEMA)
                migrate(db)  # an older shape brought to today's, once (:mod:`.state_migration`)
            self._db = db
        except BaseException:
            db.close()
            raise
        private_file(path)
        return db

    def _check_not_newer(self, db: sqlite3.Connection, path: Path) -> None:
        found = schema_version(db)
        if found > SCHEMA_VERSION:
            raise StateUnavailable(
                f"the state file {path} was written by a newer zoterodigest (its shape {found}, this one knows "
                f"up to {SCHEMA_VERSION}); upgrade zoterodigest, or set {STATE_DIR_ENV} to another folder")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- citation keys --------------------------------------------------------
    def citation_keys(self) -> dict[str, str]:
        """Every pinned key, by paper identity (provisional keys left out)."""
        return dict(self._db.execute("SELECT identity, key FROM citation_keys WHERE source != 'provisional'"))

    def provisional_keys(self) -> dict[str, str]:
        """Keys given while a paper's metadata was missing (offline): they are
        replaced once the metadata is known, and reserved until then."""
        return dict(self._db.execute("SELECT identity, key FROM citation_keys WHERE source = 'provisional'"))

    def pin_keys(self, keys: Iterable[tuple[str, str, str]]) -> None:
        """Record (identity, key, source) rows.  An identity keeps its first key,
        except that a key set in the user's Zotero item (source ``zotero``) wins,
        and a ``provisional`` key gives way to any other."""
        rows = list(keys)
        if not rows:
            return
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            start = 0  # rows in order: ours in runs of one statement each (see _PIN_OURS), Zotero's one by one
            for n in [n for n, row in enumerate(rows) if row[2] == "zotero"]:
                self._db.executemany(_PIN_OURS, rows[start:n])
                start = n + 1
                identity, key, source = rows[n]
                self._db.execute("DELETE FROM citation_keys WHERE key = ? COLLATE NOCASE AND identity != ?",
                                 (key, identity))
                self._db.execute(
                    "INSERT INTO citation_keys (identity, key, source) VALUES (?, ?, ?) "
                    "ON CONFLICT (identity) DO UPDATE SET key = excluded.key, source = excluded.source",
                    (identity, key, source),
                )
            self._db.executemany(_PIN_OURS, rows[start:])

    # --- push state (per Zotero library) ---------------------------------------------
    def library_rows(self, library: str) -> LibraryRows:
        """All rows of one library (``library`` names the server and the library): the
        file is read once per run, then kept up to date by this object's writes; each
        caller gets its own dicts (the rows themselves are never changed in place)."""
        rows = self._rows.get(library)
        if rows is None:
            with collector_paused():  # (thousands of small dicts that all stay alive: see collector.py)
                rows = self._rows[library] = self._read_rows(library)
        return LibraryRows(rows.version, dict(rows.items), dict(rows.notes), dict(rows.collections))

    def _read_rows(self, library: str) -> LibraryRows:
        rows = LibraryRows()
        found = self._db.execute("SELECT version FROM zotero_libraries WHERE library = ?", (library,)).fetchone()
        rows.version = found[0] if found else None
        for identity, key, version, sent_hash, sent in self._db.execute(
            "SELECT identity, item_key, version, sent_hash, sent_json FROM zotero_items WHERE library = ?", (library,)
        ):
            rows.items[identity] = ItemRow(identity, key, version, sent_hash, json.loads(sent))
        for digest, identity, occurrence, parent, key, version, base, settled in self._db.execute(
            "SELECT digest, identity, occurrence, parent_key, note_key, version, base_json, settled_hash "
            "FROM zotero_notes WHERE library = ?",
            (library,),
        ):
            entry = (digest, identity, occurrence)
            rows.notes[entry] = NoteRow(entry, parent, key, version, NoteBase.loads(base), settled)
        for path, key in self._db.execute(
            "SELECT path, collection_key FROM zotero_collections WHERE library = ?", (library,)
        ):
            rows.collections[tuple(json.loads(path))] = key
        return rows

    def record_rows(
        self,
        library: str,
        *,
        version: int | None = None,
        items: Iterable[ItemRow] = (),
        notes: Iterable[NoteRow] = (),
        collections: Iterable[tuple[tuple[str, ...], str]] = (),
    ) -> None:
        """Record progress in one transaction (called after every batch, so an
        interrupted push resumes where it stopped)."""
        items, notes, collections = list(items), list(notes), list(collections)
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for row in items:
                self._db.execute(
                    "INSERT OR REPLACE INTO zotero_items (library, identity, item_key, version, sent_hash, sent_json) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (library, row.identity, row.key, row.version, row.sent_hash,
                     json.dumps(row.sent, sort_keys=True, ensure_ascii=False)),
                )
            for note in notes:
                self._db.execute(
                    "INSERT OR REPLACE INTO zotero_notes (library, digest, identity, occurrence, parent_key, note_key, "
                    "version, base_json, settled_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (library, *note.entry, note.parent_key, note.key, note.version, note.base.dumps(), note.settled),
                )
            for path, key in collections:
                self._db.execute(
                    "INSERT OR REPLACE INTO zotero_collections (library, path, collection_key) VALUES (?, ?, ?)",
                    (library, json.dumps(list(path), ensure_ascii=False), key),
                )
            if version is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO zotero_libraries (library, version) VALUES (?, ?)", (library, version)
                )
        cached = self._rows.get(library)
        if cached is not None:
            cached.items.update((row.identity, row) for row in items)
            cached.notes.update((row.entry, row) for row in notes)
            cached.collections.update(collections)
            cached.version = version if version is not None else cached.version

    def forget_rows(self, library: str, *, items: Iterable[str] = (), notes: Iterable[NoteId] = (),
                    collections: Iterable[tuple[str, ...]] = ()) -> None:
        """Drop rows whose objects are gone from the library (deleted or trashed there)."""
        items, notes, collections = list(items), list(notes), list(collections)
        if not (items or notes or collections):
            return
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for identity in items:
                self._db.execute("DELETE FROM zotero_items WHERE library = ? AND identity = ?", (library, identity))
            for entry in notes:
                self._db.execute(
                    "DELETE FROM zotero_notes WHERE library = ? AND digest = ? AND identity = ? AND occurrence = ?",
                    (library, *entry),
                )
            for path in collections:
                self._db.execute("DELETE FROM zotero_collections WHERE library = ? AND path = ?",
                                 (library, json.dumps(list(path), ensure_ascii=False)))
        self._rows.pop(library, None)

    # --- connector saves (push --connector) ---------------------------------------------
    def connector_hashes(self, target: str) -> dict[str, str]:
        """Identity -> hash of what was last saved through the connector at ``target``."""
        return dict(self._db.execute("SELECT identity, sent_hash FROM connector_saves WHERE target = ?", (target,)))

    def record_connector(self, target: str, rows: Iterable[tuple[str, str]]) -> None:
        """Record (identity, hash) pairs just saved (after every batch, so a broken run
        does not save them twice)."""
        rows = list(rows)
        if not rows:
            return
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR REPLACE INTO connector_saves (target, identity, sent_hash, saved_at) "
                "VALUES (?, ?, ?, datetime('now'))",
                [(target, identity, sent_hash) for identity, sent_hash in rows],
            )

    # --- pull (per digest) ------------------------------------------------------------------
    def libraries_tracking(self, digests: Iterable[str]) -> list[str]:
        """The libraries holding notes pushed from any of ``digests`` (absolute paths):
        ``pull --local`` finds there which library the desktop holds a copy of."""
        digests = list(digests)
        if not digests:
            return []
        marks = ", ".join("?" * len(digests))
        found = self._db.execute(f"SELECT DISTINCT library FROM zotero_notes WHERE digest IN ({marks})", digests)
        return sorted(name for (name,) in found)

    def pull_versions(self, library: str) -> dict[str, int]:
        """Digest (absolute path) -> the library version it was last pulled at."""
        return dict(self._db.execute("SELECT digest, version FROM zotero_pulls WHERE library = ?", (library,)))

    def record_pulls(self, library: str, digests: Iterable[str], version: int) -> None:
        """The digests are now up to date with the library at ``version``."""
        rows = [(library, d, version) for d in digests]
        if not rows:
            return
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT OR REPLACE INTO zotero_pulls (library, digest, version) VALUES (?, ?, ?)", rows)

    def rename_digest(self, library: str, old: str, new: str) -> None:
        """A digest moved or renamed on disk: its note rows, pull version and open
        conflicts follow it to the new path, so its entries keep their notes."""
        self._rows.pop(library, None)
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            for table in ("zotero_notes", "zotero_pulls", "sync_conflicts"):
                self._db.execute(f"UPDATE OR IGNORE {table} SET digest = ? WHERE library = ? AND digest = ?",
                                 (new, library, old))

    # --- sync conflicts (per digest) ----------------------------------------------------------
    def sync_conflicts(self, library: str) -> list[ConflictRow]:
        """Every conflict the last sync of each digest left open in ``library``."""
        rows = self._db.execute(
            "SELECT digest, identity, occurrence, field, note_key, digest_text, zotero_text FROM sync_conflicts "
            "WHERE library = ? ORDER BY digest, identity, occurrence, field", (library,))
        return [ConflictRow((d, i, int(o)), f, k, dt, zt) for d, i, o, f, k, dt, zt in rows]

    def record_conflicts(self, library: str, digests: Iterable[str], rows: Iterable[ConflictRow]) -> None:
        """The open conflicts of ``digests`` are now exactly ``rows`` (older ones are cleared)."""
        digests, rows = list(digests), list(rows)
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("DELETE FROM sync_conflicts WHERE library = ? AND digest = ?",
                                 [(library, d) for d in digests])
            self._db.executemany(
                "INSERT OR REPLACE INTO sync_conflicts (library, digest, identity, occurrence, field, note_key, "
                "digest_text, zotero_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(library, *r.entry, r.field, r.note_key, r.digest_text, r.zotero_text) for r in rows])

