"""A persistent SQLite cache of Semantic Scholar and Crossref answers, with expiry.

Beside the arXiv cache (:mod:`.cache`, same directory: ``$ZOTERODIGEST_CACHE_DIR``
or the user cache directory), in its own file ``resolve-v1.sqlite3``.  One row
per (service, key): the JSON answer (``null`` when the service knows nothing)
and when it was fetched.  How long a row is trusted depends on what it says:

* a **published** paper (a real venue) changes rarely: ``published_ttl``
  (180 days by default);
* a **preprint** or an unknown id may be published any day: ``recheck_ttl``
  (7 days by default), then it is asked again.

WAL mode, short ``BEGIN IMMEDIATE`` writes; a damaged file is moved aside and a
new one started (losing a cache costs requests, never data).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Self

from ..dbfiles import check_intact, is_damaged, set_aside, wal_mode
from ..private_files import private_file, private_folder
from .cache import CACHE_DIR_ENV, CacheUnavailable, default_cache_dir

FILE_NAME = "resolve-v1.sqlite3"
PUBLISHED_TTL = 180 * 24 * 3600.0
RECHECK_TTL = 7 * 24 * 3600.0
_SCHEMA = """CREATE TABLE IF NOT EXISTS answers (
    service TEXT NOT NULL, key TEXT NOT NULL, answer TEXT, published INTEGER NOT NULL,
    fetched_at REAL NOT NULL, PRIMARY KEY (service, key))"""


class AnswerCache:
    """Cached answers in ``directory`` (default :func:`~.cache.default_cache_dir`).

    ``clock`` returns the time in seconds (tests pass their own to age rows).
    """

    def __init__(self, directory: str | Path | None = None, *, published_ttl: float = PUBLISHED_TTL,
                 recheck_ttl: float = RECHECK_TTL, clock: Callable[[], float] = time.time) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.path = self.directory / FILE_NAME
        self.published_ttl = published_ttl
        self.recheck_ttl = recheck_ttl
        self.clock = clock
        try:
            private_folder(self.directory)
            self._db = self._connect()
        except sqlite3.DatabaseError as err:
            if not is_damaged(err):
                raise self._fail(err) from None
            try:
                set_aside(self.path, "the resolution cache", err, "venues and DOIs are fetched again when needed")
                self._db = self._connect()
            except (OSError, sqlite3.Error) as again:
                raise self._fail(again) from None
        except OSError as err:
            raise self._fail(err) from None

    def _fail(self, err: BaseException) -> CacheUnavailable:
        return CacheUnavailable(
            f"cannot use the resolution cache at {self.path} ({err}); set {CACHE_DIR_ENV} to a writable folder"
        )

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
        try:
            db.execute("PRAGMA busy_timeout = 30000")
            wal_mode(db)
            check_intact(db)
            db.execute(_SCHEMA)
        except BaseException:
            db.close()
            raise
        private_file(self.path)
        return db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, service: str, keys: Iterable[str]) -> dict[str, dict[str, Any] | None]:
        """The answers still fresh for these keys (a key absent: ask the service)."""
        now = self.clock()
        out: dict[str, dict[str, Any] | None] = {}
        wanted = list(dict.fromkeys(keys))
        try:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, answer, published, fetched_at FROM answers WHERE service = ? AND key IN ({marks})",
                    [service, *chunk])
                for key, text, published, fetched_at in rows:
                    ttl = self.published_ttl if published else self.recheck_ttl
                    if fetched_at + ttl >= now:
                        try:
                            out[key] = json.loads(text) if text is not None else None
                        except (ValueError, TypeError):
                            continue  # an undecodable row is a miss: the service is asked again
        except sqlite3.Error as err:
            raise self._fail(err) from None
        return out

    def put(self, service: str, answers: dict[str, dict[str, Any] | None],
            published: Callable[[dict[str, Any] | None], bool]) -> None:
        """Store answers; ``published`` says which ones name a real venue (kept longer)."""
        now = self.clock()
        rows = [(service, key, None if a is None else json.dumps(a, ensure_ascii=False), int(published(a)), now)
                for key, a in answers.items()]
        if not rows:
            return
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?, ?, ?, ?)", rows)
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as err:
            raise self._fail(err) from None
