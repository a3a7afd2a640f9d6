"""The SQLite files zoterodigest keeps (the state, the arXiv cache): telling a damaged
one from one that is merely busy or unwritable, and setting a damaged one aside.

A damaged file is never repaired in place nor deleted: it is renamed
``NAME.corrupt-YYYYmmddHHMMSS`` (its ``-wal``/``-shm`` files with it), a
warning names both files, and the caller starts a fresh one.  Neither file
holds anything a user wrote that cannot be found again (see their modules).
Warnings go to the ``zoterodigest`` logger, which the CLI prints as
``warning: ...`` lines.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from pathlib import Path

log = logging.getLogger("zoterodigest")

# SQLite's primary result codes for a damaged file (extended codes keep them in the low byte).
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def is_damaged(exc: sqlite3.Error) -> bool:
    """Does this error say the file itself is damaged (not locked, not read-only)?"""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text


#: SQLite's primary result codes for a file another connection holds.
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6


def wal_mode(db: sqlite3.Connection, wait: float = 30.0) -> None:
    """Put the file in WAL mode, waiting up to ``wait`` seconds while another connection holds it: SQLite
    answers "database is locked" at once, without its busy handler, when two runs open a new file together."""
    deadline = time.monotonic() + wait
    pause = 0.005
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            code = getattr(err, "sqlite_errorcode", None)
            busy = code & 0xFF in (_SQLITE_BUSY, _SQLITE_LOCKED) if code is not None else "locked" in str(err).lower()
            if not busy or time.monotonic() + pause > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def check_intact(db: sqlite3.Connection) -> None:
    """Raise :class:`sqlite3.DatabaseError` when SQLite's quick check finds damage
    (pages that only fail when read, long after the file was opened)."""
    rows = db.execute("PRAGMA quick_check").fetchall()
    if rows != [("ok",)]:
        raise sqlite3.DatabaseError(f"database disk image is malformed: {rows[0][0] if rows else 'no answer'}")


def set_aside(path: Path, what: str, reason: BaseException, consequence: str) -> Path | None:
    """Rename the damaged file at ``path`` (and its WAL files) out of the way and warn.

    ``what`` names the file for the user ("the state database"), ``consequence``
    says what starting afresh means.  Returns the new name, or None when the file
    was already gone (another run set it aside first).  Raises :class:`OSError`
    when it cannot be renamed.
    """
    stamp = time.strftime("%Y%m%d%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        os.replace(path, aside)
    except FileNotFoundError:
        return None
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            os.replace(side, Path(f"{aside}{suffix}"))
    log.warning("%s %s is damaged (%s); it was moved to %s and a new one started: %s",
                what, path, reason, aside.name, consequence)
    return aside
