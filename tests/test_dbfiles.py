"""Opening the SQLite files while another run holds them (:mod:`zoterodigest.dbfiles`)."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from zoterodigest.dbfiles import wal_mode


def _held(path: Path) -> sqlite3.Connection:
    """A connection holding the file in an exclusive transaction (rollback journal, as a new file has)."""
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("INSERT INTO t VALUES (1)")
    return holder


def test_wal_mode_waits_while_another_connection_holds_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    holder = _held(path)
    db = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        db.execute("PRAGMA journal_mode = WAL")  # (SQLite's own answer: at once, no waiting)
    releaser = threading.Timer(0.2, lambda: holder.execute("COMMIT"))
    releaser.start()
    started = time.monotonic()
    wal_mode(db)
    releaser.join()
    assert time.monotonic() - started >= 0.1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT x FROM t").fetchall() == [(1,)]  # the holder's write kept


def test_wal_mode_gives_up_after_its_wait(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    holder = _held(path)
    db = sqlite3.connect(path, timeout=0, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        wal_mode(db, wait=0.1)
    holder.execute("ROLLBACK")
