"""Which files the commands take as digests, and where ``export -o`` may write.

* Files zoterodigest writes itself are never read as digests, though a shell
  glob (``*.md``) picks them up: the conflicts file sync writes beside a digest
  (``DIGEST.md.conflicts.md``, see :func:`zoterodigest.sync.report.sync_report.conflicts_path`)
  and pull's backups (``NAME.HASH.bak``, see :func:`zoterodigest.sync.write.digest_writer.backup_path`).
* ``export -o FILE`` never writes onto one of the digests being exported, nor
  over an existing file that does not look like BibTeX (unless forced).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import ExportError

#: The name sync gives the conflicts file beside a digest.
CONFLICTS_SUFFIX = ".conflicts.md"
#: The name pull gives the backups in the state directory.
BACKUP_SUFFIX = ".bak"

_BIB_ENTRY = re.compile(r"^[ \t]*@[ \t]*[A-Za-z]+[ \t]*[{(]", re.MULTILINE)


def not_a_digest(path: Path) -> str | None:
    """Why a file zoterodigest wrote itself must not be read as a digest (None: it may be one)."""
    name = path.name
    if name.endswith(CONFLICTS_SUFFIX) and len(name) > len(CONFLICTS_SUFFIX):
        return f"it is the conflicts file sync writes beside {name[: -len(CONFLICTS_SUFFIX)]}"
    if name.endswith(BACKUP_SUFFIX):
        return "it is a backup (pull keeps the previous version of a digest as NAME.HASH.bak)"
    return None


def split_inputs(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """(the paths that may be digests, one notice per file left out)."""
    kept: list[Path] = []
    notices: list[str] = []
    for path in paths:
        why = not_a_digest(path)
        if why:
            notices.append(f"skipping {path}: {why}, not a digest")
        else:
            kept.append(path)
    return kept, notices


def looks_like_bibtex(text: str) -> bool:
    """Empty, only ``%`` comments, or at least one ``@type{`` block at the start of a line."""
    if _BIB_ENTRY.search(text):
        return True
    return all(not line.strip() or line.lstrip().startswith("%") for line in text.splitlines())


def existing_bib(output: str, inputs: list[Path], *, force: bool) -> str | None:
    """The text of the .bib ``export -o`` will rewrite (None: a new file, or one replaced
    with ``force``).  Raises :class:`ExportError` for an output that is one of the input
    digests (whatever ``force`` says), or an existing file that does not look like
    BibTeX (``force`` replaces that one)."""
    from .output_files import kind_of, read_existing

    if kind_of(output) != "file":  # standard output, a device, a FIFO: written through, never read
        return None
    target = Path(output)
    for path in inputs:
        if os.path.realpath(path) == os.path.realpath(target):
            raise ExportError(f"-o {output} is one of the digests being exported; writing there would destroy it. "
                              "Choose another output file, e.g. -o refs.bib")
    data = read_existing(output)
    if data is None:
        return None
    try:
        text: str | None = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None  # not text: not BibTeX either
    if text is not None and looks_like_bibtex(text):
        return text
    if force:
        return None
    raise ExportError(f"{output} exists and does not look like BibTeX (no @entry in it), so export will not "
                      "write over it. Choose another output file, or pass --force to replace it.")
