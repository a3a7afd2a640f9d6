"""The files zoterodigest keeps for itself (state, caches, backups, the library index)
are the user's alone: folders are made 0700 and files 0600, whatever the umask, since
they hold note texts and library contents.  A folder or file the user made keeps its
mode; only what zoterodigest makes, or already owns by name, is set."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_folder(path: Path) -> Path:
    """``path`` made (with its parents) if missing, as 0700; returned for chaining."""
    if not path.is_dir():
        path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
        with contextlib.suppress(OSError):  # the umask may have taken bits away: set exactly
            os.chmod(path, FOLDER_MODE)
    return path


def private_file(path: Path) -> None:
    """A SQLite file and its journals set to 0600, once SQLite made them.  By name only:
    the file is never opened here, since closing any descriptor of a database file drops
    every POSIX lock this process holds on it (other connections' locks included)."""
    for name in (str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"):
        with contextlib.suppress(OSError):
            if os.stat(name).st_mode & 0o777 != FILE_MODE:
                os.chmod(name, FILE_MODE)
