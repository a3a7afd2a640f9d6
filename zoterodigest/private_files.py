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
    """``path`` exists as a 0600 file (made empty if missing), so that SQLite, which
    keeps an existing file's mode for its journals too, never makes it readable by others."""
    fd = os.open(path, os.O_CREAT | os.O_RDWR | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    try:
        with contextlib.suppress(OSError):
            os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
