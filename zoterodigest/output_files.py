"""Where ``export -o`` and ``watch -o`` write, and what they may read there first.

An output is one of three kinds, told apart before anything is opened:

* ``stdout``: ``-``, and the names of the standard output (``/dev/stdout``,
  ``/dev/fd/1``, ``/proc/self/fd/1``): the text goes to file descriptor 1.
* ``file``: a regular file, or a name that does not exist yet.  It is read first
  (a .bib keeps the user's own entries) and replaced by an atomic rename; a
  symlink is followed (see :func:`zoterodigest.digest.file_writes.atomic_write`).
* ``stream``: anything else that exists (a device such as ``/dev/null`` or
  ``/dev/full``, a FIFO, a socket, another ``/dev/fd/N``).  It is never read and
  never replaced: the text is written through it, as ``cat > NAME`` would.

Only a ``file`` is ever read; reading a device or a FIFO could block or never end.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from .errors import ExportError

Kind = Literal["stdout", "file", "stream"]

_STDOUT_NAMES = {"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"}
#: Names that stand for a descriptor the process already holds: written through, even
#: when the descriptor is a regular file (``-o /dev/stderr 2> log``).
_DESCRIPTOR_PREFIXES = ("/dev/fd/", "/proc/self/fd/", "/dev/stderr")


def kind_of(output: str) -> Kind:
    """How ``output`` is written (see the module's docstring)."""
    if output in _STDOUT_NAMES:
        return "stdout"
    if output.startswith(_DESCRIPTOR_PREFIXES):
        return "stream"
    try:
        mode = os.stat(output).st_mode
    except FileNotFoundError:
        return "file"
    except OSError as exc:
        raise ExportError(f"cannot use {output} as the output ({exc.strerror}). Check the path.") from None
    if stat.S_ISDIR(mode):
        raise ExportError(f"{output} is a folder. Name a file inside it, e.g. -o {Path(output) / 'refs.bib'}")
    return "file" if stat.S_ISREG(mode) else "stream"


def read_existing(output: str) -> bytes | None:
    """The bytes of the regular file ``output`` will replace (None: nothing to keep,
    because it does not exist or is not a regular file)."""
    if kind_of(output) != "file":
        return None
    try:
        return Path(output).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ExportError(f"{output} exists but cannot be read ({exc.strerror}). Move it away or fix it.") from None


def check_link(output: str, folders: Sequence[str | os.PathLike[str]]) -> None:
    """Refuse an output reached through a symlink that leads outside the current folder
    and the ``folders`` (the digests'): a link committed to a shared repository must not
    make export write into the user's other files.  A path named directly is the user's
    choice and is not checked."""
    if output in _STDOUT_NAMES or output.startswith(_DESCRIPTOR_PREFIXES):
        return
    target = os.path.realpath(output)
    if target == os.path.abspath(output):
        return  # no link on the way
    inside = [os.path.realpath(os.getcwd()), *(os.path.realpath(f) for f in folders)]
    if any(target == f or target.startswith(f.rstrip(os.sep) + os.sep) for f in inside):
        return
    raise ExportError(f"{output} is a symbolic link to {target}, outside this folder and the digests' folders, so "
                      "export will not write through it. Name the target itself with -o, or remove the link.")


def write(output: str, text: str, folders: Sequence[str | os.PathLike[str]] = ()) -> None:
    """Write ``text`` (UTF-8) to ``output`` as its kind asks; a failure is an
    :class:`ExportError` naming the output and the fix.  ``folders``: where a symlinked
    output may lead besides the current folder (see :func:`check_link`)."""
    check_link(output, folders)
    kind = kind_of(output)
    data = text.encode("utf-8") if kind != "stdout" else b""
    try:
        if kind == "stdout":
            sys.stdout.write(text)
            sys.stdout.flush()
        elif kind == "stream":
            fd = os.open(output, os.O_WRONLY | getattr(os, "O_CLOEXEC", 0))
            try:
                _write_all(fd, data)
            finally:
                os.close(fd)
        else:
            from .digest.file_writes import atomic_write

            atomic_write(output, data)
    except BrokenPipeError:
        raise ExportError(f"{output}: the reader closed the pipe before the output was written whole.") from None
    except OSError as exc:
        raise ExportError(f"cannot write {output} ({exc.strerror}). Check the folder exists, is writable and has "
                          "space.") from None


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
