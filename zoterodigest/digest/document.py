"""A digest file as text with exact offsets: read, splice, write atomically.

The file's bytes are decoded once (UTF-8, BOM noted, undecodable bytes kept
through ``surrogateescape``), so that encoding the text again gives the very
same bytes.  Every edit is a splice ``text[start:end] = new`` at offsets the
readers recorded; nothing else in the file moves.  Files are replaced by an
atomic rename of a fully written sibling file (of a symlink's target: the
link stays a link).
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError

BOM = "\ufeff"


class DigestReadError(InputError):
    """A file that cannot be read at all (missing, a directory, not text)."""

    def __init__(self, path: str, problem: str, fix: str) -> None:
        super().__init__(f"{path}: {problem}. {fix}")
        self.path = path
        self.problem = problem
        self.fix = fix


@dataclass(frozen=True)
class Problem:
    """Something in a file a reader could not make sense of (the rest is still read)."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``new``."""

    start: int
    end: int
    new: str


_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


@dataclass
class Document:
    """Decoded text of one digest with its line table."""

    path: str
    text: str
    bom: bool = False
    #: Line contents without their line ending.
    lines: list[str] = field(default_factory=list)
    #: Offset in ``text`` where each line starts.
    starts: list[int] = field(default_factory=list)
    #: True for lines inside a fenced code block (templates, examples).
    fenced: list[bool] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", bom: bool | None = None) -> Document:
        if bom is None:
            bom = text.startswith(BOM)
        if text.startswith(BOM):
            text = text[1:]
        doc = cls(path=path, text=text, bom=bom)
        doc._index()
        return doc

    def _index(self) -> None:
        text = self.text
        raw_lines = text.split("\n")
        starts = []
        lines = []
        pos = 0
        for raw in raw_lines:
            starts.append(pos)
            pos += len(raw) + 1
            lines.append(raw.removesuffix("\r"))
        if lines and lines[-1] == "" and text.endswith("\n"):
            lines.pop()
            starts.pop()
        self.lines = lines
        self.starts = starts
        fenced = [False] * len(lines)
        fence: str | None = None
        for i, line in enumerate(lines):
            if fence is None:
                m = _FENCE_RE.match(line)
                if m:
                    fence = m.group(1)
                    fenced[i] = True
            else:
                fenced[i] = True
                stripped = line.strip()
                if stripped.startswith(fence[0] * len(fence)) and stripped.strip(fence[0]) == "":
                    fence = None
        self.fenced = fenced

    # --- offsets -----------------------------------------------------------
    def line_end(self, i: int) -> int:
        """Offset just after the content of line ``i`` (before its line ending)."""
        return self.starts[i] + len(self.lines[i])

    def line_stop(self, i: int) -> int:
        """Offset just after line ``i`` including its line ending."""
        return self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)

    def eol(self, i: int) -> str:
        """The line ending used by line ``i`` (the file's usual one for the last line)."""
        end = self.line_end(i)
        if self.text.startswith("\r\n", end):
            return "\r\n"
        if self.text.startswith("\n", end):
            return "\n"
        return self.newline

    @property
    def newline(self) -> str:
        crlf = self.text.count("\r\n")
        return "\r\n" if crlf and crlf * 2 >= self.text.count("\n") else "\n"

    def line_of(self, offset: int) -> int:
        """1-based line number of an offset."""
        import bisect

        return bisect.bisect_right(self.starts, offset)

    def heading(self, i: int) -> tuple[int, str] | None:
        """(level, text) if line ``i`` is an ATX heading outside a fence."""
        line = self.lines[i]
        if not line.lstrip(" ").startswith("#") or self.fenced[i]:
            return None
        m = _HEADING_RE.match(line)
        if not m:
            return None
        return len(m.group(1)), (m.group(2) or "").strip()

    # --- writing -----------------------------------------------------------
    def apply(self, edits: list[Edit]) -> str:
        """The text with the edits spliced in (edits must not overlap)."""
        ordered = sorted(edits, key=lambda e: (e.start, e.end))
        pieces: list[str] = []
        pos = 0
        for e in ordered:
            if e.start < pos:
                raise ValueError(f"overlapping edits at offset {e.start}")
            pieces.append(self.text[pos : e.start])
            pieces.append(e.new)
            pos = e.end
        pieces.append(self.text[pos:])
        return "".join(pieces)

    def encode(self, text: str | None = None) -> bytes:
        """Bytes of the text (this document's, by default), BOM as read."""
        body = self.text if text is None else text
        return ((BOM if self.bom else "") + body).encode("utf-8", "surrogateescape")


_NUL = b"\x00"


def decode(data: bytes, path: str) -> Document:
    """Decode file bytes; undecodable bytes are kept and reported by line."""
    if _NUL in data[:8192] or _NUL in data:
        raise DigestReadError(path, "this is not a text file (it holds NUL bytes)", "Pass a Markdown digest.")
    bom = data.startswith(b"\xef\xbb\xbf")
    problems: list[Problem] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", "surrogateescape")
        bad_lines: list[int] = []
        for n, line in enumerate(text.split("\n"), 1):
            if any("\udc80" <= ch <= "\udcff" for ch in line):
                bad_lines.append(n)
        for n in bad_lines[:20]:
            problems.append(
                Problem(path, n, "bytes that are not UTF-8; the line is read as far as possible and kept as it is"
                        " (re-save the file as UTF-8 to fix)")
            )
        if len(bad_lines) > 20:
            problems.append(Problem(path, bad_lines[20], f"{len(bad_lines) - 20} more lines with bytes that are not UTF-8"))
    doc = Document.from_text(text, path=path, bom=bom)
    doc.problems.extend(problems)
    return doc


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a digest file; raises :class:`DigestReadError` if it cannot be read at all."""
    name = str(path)
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise DigestReadError(name, "no such file", "Check the path.") from None
    except IsADirectoryError:
        raise DigestReadError(name, "this is a directory", "Pass the Markdown files inside it.") from None
    except PermissionError:
        raise DigestReadError(name, "permission denied", "Check the file's permissions.") from None
    except OSError as exc:
        raise DigestReadError(name, f"cannot be read ({exc.strerror})", "Check the path.") from None
    return decode(data, name)


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


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a sibling temp file and an atomic rename.

    A symlink is followed: its target is replaced (the temp file is made in the
    target's folder, so the rename stays atomic) and the link itself is kept.  The
    file keeps its permission bits; a new file gets the usual ones (0o666 less
    the umask), not the temp file's 0o600.
    """
    target = Path(os.path.realpath(path))
    directory = target.parent
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = _new_file_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
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
