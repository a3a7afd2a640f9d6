"""Writing a file without ever leaving half of it: a temp file beside it, synced, then
an atomic rename (following symlinks, keeping the file's mode), and the replacement of
a digest that checks, just before the renames, that nobody saved it meanwhile.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from ..private_files import FILE_MODE, private_folder


def _new_file_mode() -> int:
    """The mode ``open()`` would give a new file: 0o666 less the process's umask."""
    try:  # Linux says it without changing it
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return 0o666 & ~int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


class ChangedOnDisk(Exception):
    """The file no longer holds the bytes it was read with: nothing was replaced."""


def atomic_write(path: str | os.PathLike[str], data: bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to ``path`` through a sibling temp file and an atomic rename.

    A symlink is followed: its target is replaced (the temp file is made in the
    target's folder, so the rename stays atomic) and the link itself is kept.  The
    file keeps its permission bits; a new file gets the usual ones (0o666 less
    the umask), not the temp file's 0o600; ``mode`` sets it whatever it was.
    """
    target = Path(os.path.realpath(path))
    tmp = _temp_copy(target, data, mode)
    try:
        os.replace(tmp, target)
    except BaseException:
        _unlink(tmp)
        raise
    _sync_folder(target.parent)


def replace_unchanged(path: str | os.PathLike[str], data: bytes, expected: bytes, backup: Path) -> None:
    """Replace the bytes ``expected`` at ``path`` with ``data``, keeping them in
    ``backup`` (the user's alone: 0600 in a 0700 folder).  Both new files are written
    first; the file is read again just before the two renames, and when it no longer
    holds ``expected`` (an editor saved meanwhile) neither rename happens:
    :class:`ChangedOnDisk`.  So the backup only ever holds bytes that were actually
    replaced."""
    target = Path(os.path.realpath(path))
    private_folder(backup.parent)
    tmp = _temp_copy(target, data)
    kept: str | None = None
    try:
        kept = _temp_copy(backup, expected, FILE_MODE)
        if target.read_bytes() != expected:
            raise ChangedOnDisk(str(path))
        os.replace(kept, backup)
        kept = None
        os.replace(tmp, target)
    except BaseException:
        _unlink(tmp)
        if kept is not None:
            _unlink(kept)
        raise
    _sync_folder(target.parent)


def _temp_copy(target: Path, data: bytes, mode: int | None = None) -> str:
    """A temp file beside ``target`` holding ``data`` (synced), with ``mode``, else the
    mode the target has (a new file: the usual one)."""
    if mode is None:
        try:
            mode = stat.S_IMODE(target.stat().st_mode)
        except FileNotFoundError:
            mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _sync_folder(directory: Path) -> None:
    try:
        dfd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
