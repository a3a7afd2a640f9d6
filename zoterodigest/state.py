"""The state directory: what zoterodigest remembers between runs.

One SQLite file, ``state-v1.sqlite3``, in ``$ZOTERODIGEST_STATE_DIR`` or the
user state directory (platformdirs).  It holds no secret.  Today it pins
citation keys: once a paper (by identity) has a key, that key is given
again on every export, whatever papers are added or however the formula
changes.  The sync state of later versions lives beside it.

Losing the file loses nothing a user wrote: keys are recovered from the
.bib being rewritten (its entries are matched to papers by identity).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Self

STATE_DIR_ENV = "ZOTERODIGEST_STATE_DIR"
FILE_NAME = "state-v1.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS citation_keys (
    identity TEXT PRIMARY KEY,
    key TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'zoterodigest'
);
CREATE UNIQUE INDEX IF NOT EXISTS citation_keys_key ON citation_keys (key COLLATE NOCASE);
"""


class StateUnavailable(Exception):
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
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.directory / FILE_NAME, timeout=30, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StateUnavailable(
                f"the state directory {self.directory} cannot be used ({exc}); "
                f"set {STATE_DIR_ENV} to a writable folder"
            ) from None

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
            for identity, key, source in rows:
                if source == "zotero":
                    self._db.execute("DELETE FROM citation_keys WHERE key = ? COLLATE NOCASE AND identity != ?",
                                     (key, identity))
                    self._db.execute(
                        "INSERT INTO citation_keys (identity, key, source) VALUES (?, ?, ?) "
                        "ON CONFLICT (identity) DO UPDATE SET key = excluded.key, source = excluded.source",
                        (identity, key, source),
                    )
                else:
                    self._db.execute(
                        "DELETE FROM citation_keys WHERE identity = ? AND source = 'provisional' AND key != ?",
                        (identity, key),
                    )
                    self._db.execute(
                        "INSERT INTO citation_keys (identity, key, source) VALUES (?, ?, ?) "
                        "ON CONFLICT (identity) DO UPDATE SET source = excluded.source "
                        "WHERE citation_keys.source = 'provisional' AND excluded.key = citation_keys.key",
                        (identity, key, source),
                    )
