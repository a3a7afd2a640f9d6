"""The commands' inputs: which files are digests, reading them, and the problems
found on the way (each a ``warning:``/``error:`` line on stderr)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.markup import escape

from ..errors import UsageError
from ..families import FAMILIES
from .reporting import err, warn

if TYPE_CHECKING:  # imported when a command runs, so --help stays quick
    from ..digest import Digest

NO_DIGEST = "no digest given. Pass one or more Markdown files, or --example for the bundled one."
NO_PUSHED_DIGEST = "no digest given. Pass the Markdown files that were pushed."
NONE_READ = "no digest could be read: fix the files named above and run the command again"


def example_path() -> Path:
    """The digest shipped with the package, used by ``--example``."""
    from importlib import resources

    return Path(str(resources.files("zoterodigest.examples").joinpath("reading-log.md")))


def check_family(family: str | None) -> None:
    if family is not None and family not in FAMILIES:
        raise UsageError(f"unknown family '{family}'. Choose one of: {', '.join(FAMILIES)}.")


def digest_files(paths: list[Path]) -> list[Path]:
    """The inputs less the files zoterodigest writes itself (see zoterodigest.inputs), each
    left out with a one-line notice."""
    from ..inputs import split_inputs

    kept, notices = split_inputs(paths)
    for notice in notices:
        err.print(f"notice: {escape(notice)}")
    return kept


#: An input named ``-`` is standard input (parse, export and resolve, which never write a digest).
STDIN = Path("-")


def inputs(files: list[Path] | None, example: bool, *, stdin: bool = True) -> list[Path]:
    """parse's, export's, push's and resolve's inputs (``--example`` first); ``-`` is
    standard input where ``stdin`` allows it, and at most once."""
    paths = digest_files(list(files or []))
    _check_stdin(paths, allowed=stdin)
    if example:
        paths.insert(0, example_path())
    if not paths:
        raise UsageError(NO_DIGEST)
    return paths


def pushed_paths(files: list[Path] | None) -> list[Path]:
    """pull's, sync's and status's inputs: existing files, the conflicts files and backups left out."""
    paths = digest_files(list(files or []))
    _check_stdin(paths, allowed=False)
    if not paths:
        raise UsageError(NO_PUSHED_DIGEST)
    for path in paths:
        if not path.is_file():
            raise UsageError(f"{path} is not a file. Pass the digests that were pushed.")
    return paths


def _check_stdin(paths: list[Path], *, allowed: bool) -> None:
    count = sum(1 for p in paths if p == STDIN)
    if count and not allowed:
        raise UsageError("'-' (standard input) cannot be used here: this command records the digest by its file "
                         "(and may write it back). Save the text to a file and pass that.")
    if count > 1:
        raise UsageError("'-' (standard input) is given more than once. Name it once.")


def with_entries(digests: list[Digest]) -> list[Digest]:
    """The digests that hold entries; each empty one gets a warning (push and sync make
    nothing in Zotero for it, not even its collection)."""
    kept = []
    for digest in digests:
        if digest.entries:
            kept.append(digest)
        else:
            err.print(f"warning: {escape(str(digest.path))} has no entries: nothing is made in Zotero for it "
                      "(no collection); add entries and run the command again")
    return kept


def read_all(paths: list[Path], family: str | None, problems: list[str] | None = None) -> tuple[list[Digest], int]:
    """Read every file; report problems (on stderr, and into ``problems`` when given, as
    ``--json`` lists them); count files that could not be read at all."""
    from ..digest import DigestReadError, read_digest

    digests = []
    failed = 0
    seen = problems if problems is not None else []
    for path in paths:
        try:
            digest = read_digest(path, family)
        except DigestReadError as exc:
            err.print(f"error: {exc}")
            seen.append(str(exc))
            failed += 1
            continue
        for problem in digest.problems:
            warn(str(problem))
            seen.append(str(problem))
        digests.append(digest)
    return digests, failed


def report_unread(digests: list[Digest]) -> None:
    """One line per digest some of whose paper links no entry took (``parse --explain`` lists them)."""
    from ..digest.coverage import unread_links, unread_notice

    for digest in digests:
        if digest.entries and (n := len(unread_links(digest))):
            err.print(escape(unread_notice(str(digest.path), n)))


def sync_paths(paths: list[Path], family: str | None) -> tuple[list[Path], list[Digest]]:
    """The digests sync and status may work on: those with entries (an empty one makes
    nothing in Zotero; it gets a warning), and the digests read on the way (handed to
    the sync, which reads each file again only if it changed since).  Unreadable files
    are left to sync, which reports them."""
    from ..digest import DigestReadError, read_digest

    kept: list[Path] = []
    read: list[Digest] = []
    for path in paths:
        try:
            digest = read_digest(path, family)
        except DigestReadError:
            kept.append(path)
            continue
        if with_entries([digest]):
            kept.append(path)
            read.append(digest)
    return kept, read
