"""A persistent SQLite cache of arXiv records (and of ids arXiv does not know).

The file lives in the user cache directory (``platformdirs``), or in
``$ZOTERODIGEST_CACHE_DIR``, and is named after its schema version
(``arxiv-v1.sqlite3``): a newer layout gets a new file instead of
misreading an old one.  It runs in WAL mode with a busy time-out, and every
write is one short ``BEGIN IMMEDIATE`` transaction, so concurrent runs can
share it.

* ``records`` -- one :class:`ArxivRecord` (JSON) per look-up key, with the
  time it was fetched and the server it came from.  Records do not expire:
  arXiv records change only with a new version, which ``refresh`` fetches
  (and a digest naming a newer version than the cached one misses the cache).
* ``unknown`` -- ids arXiv answered nothing for, with the time of that
  answer; they count as known-unknown for ``recheck_after`` seconds (a day by
  default: a paper announced today may reach the API tomorrow).

The same ``recheck_after`` bounds how often a record older than the version a
digest names is fetched again (:meth:`ArxivCache.recently_fetched`).

A cache file that is not a database, or is damaged, is moved aside
(``arxiv-v1.sqlite3.corrupt-YYYYmmddHHMMSS``, with a warning) and a new one
started: losing a cache costs requests, never data.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Self

import platformdirs
from pydantic import ValidationError

from ..dbfiles import check_intact, is_damaged, set_aside, wal_mode
from ..errors import StoreError
from ..model import ArxivRecord
from ..private_files import private_file, private_folder
from .arxiv_lookup import EnrichError

SCHEMA_VERSION = 1
CACHE_DIR_ENV = "ZOTERODIGEST_CACHE_DIR"
FILE_NAME = f"arxiv-v{SCHEMA_VERSION}.sqlite3"
#: Seconds an "arXiv does not know this id" answer (or an older version than a digest names) is trusted.
RECHECK_AFTER = 24 * 3600.0
_CHUNK = 500  # ids per SQL statement (SQLite's variable limit is 999 on old builds)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    record TEXT NOT NULL,
    fetched_at REAL NOT NULL,
    source TEXT
);
CREATE TABLE IF NOT EXISTS unknown (
    id TEXT PRIMARY KEY,
    checked_at REAL NOT NULL
);
"""


class CacheUnavailable(EnrichError, StoreError):
    """The cache file cannot be opened or written."""

    kind = StoreError.kind
    exit_code = StoreError.exit_code


def default_cache_dir() -> Path:
    """``$ZOTERODIGEST_CACHE_DIR``, else the platform's user cache directory for zoterodigest."""
    env = os.environ.get(CACHE_DIR_ENV, "").strip()
    return Path(env).expanduser() if env else platformdirs.user_cache_path("zoterodigest")


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


class ArxivCache:
    """The arXiv record cache in ``directory`` (default :func:`default_cache_dir`).

    Use as a context manager or call :meth:`close`.  ``recheck_after`` is how
    long (seconds) answers that may change are trusted; ``clock`` returns
    the time in seconds (tests pass their own to age entries).
    """

    def __init__(
        self,
        directory: str | os.PathLike[str] | None = None,
        *,
        recheck_after: float = RECHECK_AFTER,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.path = self.directory / FILE_NAME
        self.recheck_after = recheck_after
        self.clock = clock
        self._db = self._open()

    # -- opening -------------------------------------------------------------
    def _fail(self, err: BaseException) -> CacheUnavailable:
        return CacheUnavailable(
            f"cannot use the arXiv cache at {self.path} ({err}); set {CACHE_DIR_ENV} to a writable folder"
        )

    def _open(self) -> sqlite3.Connection:
        try:
            private_folder(self.directory)
        except OSError as err:
            raise self._fail(err) from None
        try:
            return self._connect()
        except sqlite3.DatabaseError as err:
            if not is_damaged(err):
                raise self._fail(err) from None
            damage = err
        # Not a database (or damaged): move it aside and start again.
        try:
            set_aside(self.path, "the arXiv cache", damage, "arXiv metadata is fetched again when needed")
            return self._connect()
        except (OSError, sqlite3.Error) as err:
            raise self._fail(err) from None

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            wal_mode(db)
            db.execute("PRAGMA synchronous = NORMAL")
            check_intact(db)
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                with self._write(db):
                    if db.execute("PRAGMA user_version").fetchone()[0] not in (0, SCHEMA_VERSION):
                        db.execute("DROP TABLE IF EXISTS records")
                        db.execute("DROP TABLE IF EXISTS unknown")
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            db.execute(statement)
                    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except BaseException:
            db.close()
            raise
        private_file(self.path)
        return db

    class _write:
        """``with self._write(db):`` -- one immediate transaction, committed or rolled back."""

        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, exc_type: object, *rest: object) -> None:
            self.db.execute("ROLLBACK" if exc_type else "COMMIT")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading -------------------------------------------------------------
    def get(self, keys: Iterable[str]) -> dict[str, ArxivRecord]:
        """Cached records for the given look-up keys (absent keys are left out)."""
        found: dict[str, ArxivRecord] = {}
        try:
            for chunk in _chunks(list(dict.fromkeys(keys))):
                marks = ",".join("?" * len(chunk))
                for key, text in self._db.execute(f"SELECT id, record FROM records WHERE id IN ({marks})", chunk):
                    try:
                        found[key] = ArxivRecord.model_validate_json(text)
                    except ValidationError:
                        continue  # an unreadable row is a miss
        except sqlite3.Error as err:
            raise self._fail(err) from None
        return found

    def _recent(self, sql: str, keys: Iterable[str]) -> set[str]:
        since = self.clock() - self.recheck_after
        out: set[str] = set()
        try:
            for chunk in _chunks(list(dict.fromkeys(keys))):
                marks = ",".join("?" * len(chunk))
                out.update(key for (key,) in self._db.execute(sql.format(marks=marks), [since, *chunk]))
        except sqlite3.Error as err:
            raise self._fail(err) from None
        return out

    def known_unknown(self, keys: Iterable[str]) -> set[str]:
        """Keys arXiv said it does not know, within the last ``recheck_after`` seconds."""
        return self._recent("SELECT id FROM unknown WHERE checked_at >= ? AND id IN ({marks})", keys)

    def recently_fetched(self, keys: Iterable[str]) -> set[str]:
        """Keys whose record was fetched within the last ``recheck_after`` seconds."""
        return self._recent("SELECT id FROM records WHERE fetched_at >= ? AND id IN ({marks})", keys)

    def __len__(self) -> int:
        count: int = self._db.execute("SELECT COUNT(*) FROM records").fetchone()[0]
        return count

    # -- writing -------------------------------------------------------------
    def put(self, records: Iterable[ArxivRecord], source: str | None = None) -> None:
        """Store records (replacing older ones) and clear them from the unknown list."""
        now = self.clock()
        rows = [(r.id, r.version, r.model_dump_json(), now, source) for r in records]
        if not rows:
            return
        try:
            with self._write(self._db) as db:
                db.executemany(
                    "INSERT OR REPLACE INTO records (id, version, record, fetched_at, source) VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
                db.executemany("DELETE FROM unknown WHERE id = ?", [(r[0],) for r in rows])
        except sqlite3.Error as err:
            raise self._fail(err) from None

    def put_unknown(self, keys: Iterable[str]) -> None:
        """Remember that arXiv does not know these keys (and drop any record of them)."""
        now = self.clock()
        rows = [(k,) for k in dict.fromkeys(keys)]
        if not rows:
            return
        try:
            with self._write(self._db) as db:
                db.executemany(
                    "INSERT OR REPLACE INTO unknown (id, checked_at) VALUES (?, ?)", [(k, now) for (k,) in rows]
                )
                db.executemany("DELETE FROM records WHERE id = ?", rows)
        except sqlite3.Error as err:
            raise self._fail(err) from None

    def forget(self, keys: Iterable[str]) -> None:
        """Drop everything cached about these keys."""
        rows = [(k,) for k in dict.fromkeys(keys)]
        try:
            with self._write(self._db) as db:
                db.executemany("DELETE FROM records WHERE id = ?", rows)
                db.executemany("DELETE FROM unknown WHERE id = ?", rows)
        except sqlite3.Error as err:
            raise self._fail(err) from None
