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
import sys
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..size_limits import megabytes_from_env

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


_HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+((?:[ \t#]*+[^ \t#\n])*+))?[ \t#]*$")
_FENCE_RE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
#: A MyST directive's name after a fence, one whose body is Markdown (not code, maths or raw text).
_DIRECTIVE_RE = re.compile(r"[ \t]*+\{(?!code|sourcecode|literalinclude|math|raw|eval|mermaid|csv-table|bibliography)[a-z][a-z-]*+\}")


@dataclass
class Document:
    """Decoded text of one digest with its line table.

    A file read from bytes keeps only its lines (decoded one by one): the text
    as one string is put together when first asked for (to splice edits or
    write), since one emoji in a file makes Python store every character of a
    single string in four bytes -- four times the file, held for nothing while
    the readers work on lines.
    """

    path: str
    _text: str | None = None
    bom: bool = False
    #: How the file's bytes are encoded: utf-8, or utf-16-le / utf-16-be (written back so).
    encoding: str = "utf-8"
    #: Line contents without their line ending.
    lines: list[str] = field(default_factory=list)
    #: Offset in ``text`` where each line starts (an array: 4 bytes a line, 8 past 2 GB; not 36).
    starts: array[int] = field(default_factory=lambda: array("q"))
    #: 1 for lines inside a fenced code block (templates, examples), else 0 (a byte a line).
    fenced: bytearray = field(default_factory=bytearray)
    problems: list[Problem] = field(default_factory=list)
    #: Length of the text (characters).
    length: int = 0
    #: What follows the last line's content: its line ending, a lone ``\\r``, or nothing.
    tail: str = ""

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", bom: bool | None = None) -> Document:
        if bom is None:
            bom = text.startswith(BOM)
        if text.startswith(BOM):
            text = text[1:]
        doc = cls(path=path, _text=text, bom=bom)
        doc._index(text.split("\n"))
        return doc

    @classmethod
    def from_lines(cls, raw_lines: list[str], path: str, bom: bool) -> Document:
        """A document from its text split at every ``\\n`` (line endings' ``\\r`` kept)."""
        doc = cls(path=path, bom=bom)
        doc._index(raw_lines)
        return doc

    @property
    def text(self) -> str:
        """The whole decoded text (without the BOM)."""
        if self._text is None:
            self._text = self.text_of(0, len(self.lines) - 1) + self.tail if self.lines else ""
        return self._text

    def _index(self, raw_lines: list[str]) -> None:
        starts = array("i" if sum(map(len, raw_lines)) + len(raw_lines) < 2**31 else "q")
        lines = []
        pos = 0
        for raw in raw_lines:
            starts.append(pos)
            pos += len(raw) + 1
            lines.append(raw.removesuffix("\r"))
        self.length = pos - 1
        self.tail = "\r" if raw_lines[-1].endswith("\r") else ""
        if len(raw_lines) > 1 and raw_lines[-1] == "":
            lines.pop()  # the text ends with a line ending
            starts.pop()
            self.tail = "\r\n" if raw_lines[-2].endswith("\r") else "\n"
        self.lines = lines
        self.starts = starts
        fenced = bytearray(len(lines))
        fence: str | None = None
        directive = False
        for i, line in enumerate(lines):
            if fence is None:
                m = _FENCE_RE.match(line)
                if m and not (m.group(1)[0] == "`" and "`" in line[m.end():]):  # (CommonMark: a backtick fence's info has no backtick)
                    fence = m.group(1)
                    fenced[i] = 1
                    # (a MyST directive fenced so holds Markdown: "```{admonition} More papers")
                    directive = _DIRECTIVE_RE.match(line, m.end()) is not None
            else:
                fenced[i] = not directive or line.strip().startswith(fence)
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
        return self.starts[i + 1] if i + 1 < len(self.starts) else self.length

    def _ending(self, i: int) -> str:
        """What follows line ``i``'s content up to the next line (``tail`` for the last)."""
        if i + 1 >= len(self.starts):
            return self.tail
        return "\n" if self.starts[i + 1] - self.line_end(i) == 1 else "\r\n"

    def text_of(self, first: int, last: int) -> str:
        """The text of lines ``first`` to ``last`` with the line endings between them:
        ``text[starts[first] : line_end(last)]``."""
        if self._text is not None:
            return self._text[self.starts[first] : self.line_end(last)]
        if first == last:
            return self.lines[first]
        lines = self.lines
        return "".join([*(lines[k] + self._ending(k) for k in range(first, last)), lines[last]])

    def eol(self, i: int) -> str:
        """The line ending used by line ``i`` (the file's usual one for the last line)."""
        ending = self._ending(i)
        return ending if ending.endswith("\n") else self.newline

    @property
    def newline(self) -> str:
        """The file's usual line ending (``\\r\\n`` when at least half are)."""
        ends = [self._ending(i) for i in range(len(self.lines))]
        crlf = ends.count("\r\n")
        return "\r\n" if crlf and crlf * 2 >= crlf + ends.count("\n") else "\n"

    def blank(self) -> bool:
        """True when the text holds nothing but white space."""
        return not any(line.strip() for line in self.lines)

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
        errors = "surrogateescape" if self.encoding == "utf-8" else "surrogatepass"
        return ((BOM if self.bom else "") + body).encode(self.encoding, errors)


_NUL = b"\x00"
_BOM_BYTES = BOM.encode("utf-8")


def decode(data: bytes, path: str) -> Document:
    """Decode file bytes line by line; undecodable bytes are kept (``surrogateescape``,
    so encoding gives the same bytes) and reported by line."""
    wide = _utf16(data)
    doc = _decode_utf16(data, path, wide) if wide is not None else None
    if doc is not None:
        return doc
    if _NUL in data[:8192] or data.count(_NUL) * 1000 > len(data):
        # (git's rule: a NUL in the first 8 KB makes a binary file; past them, a few stray NULs, a character a copy
        # and paste broke, stay in a text file as they are, one in a thousand bytes at most)
        raise DigestReadError(path, "this is not a text file (it holds NUL bytes)", "Pass a Markdown digest.")
    bom = data.startswith(_BOM_BYTES)
    raw: list[Any] = data.split(b"\n")  # bytes, each replaced by its text in turn
    if bom:
        raw[0] = raw[0][len(_BOM_BYTES):]
    bad_lines: list[int] = []
    for n, piece in enumerate(raw):
        try:
            raw[n] = piece.decode("utf-8")
        except UnicodeDecodeError:
            raw[n] = piece.decode("utf-8", "surrogateescape")
            bad_lines.append(n + 1)
    doc = Document.from_lines(raw, path, bom)
    for n in bad_lines[:20]:
        doc.problems.append(
            Problem(path, n, "bytes that are not UTF-8; the line is read as far as possible and kept as it is"
                    " (re-save the file as UTF-8 to fix)")
        )
    if len(bad_lines) > 20:
        doc.problems.append(Problem(path, bad_lines[20], f"{len(bad_lines) - 20} more lines with bytes that are not UTF-8"))
    return doc


def _utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for a file in UTF-16 (by its BOM, or, without one,
    by the zero byte of every ASCII character on one side); None otherwise."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16-le" if data[:2] == b"\xff\xfe" else "utf-16-be"
    head = data[:4096]
    if len(head) < 4 or len(head) % 2 or _NUL not in head:
        return None
    odd, even = head[1::2], head[0::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _decode_utf16(data: bytes, path: str, encoding: str) -> Document | None:
    """The document in UTF-16, or None when the bytes are not whole UTF-16 after all (they
    are then read as UTF-8, every byte kept)."""
    bom = data[:2] in (b"\xff\xfe", b"\xfe\xff")
    if len(data) % 2:
        return None
    try:
        text = data[2 if bom else 0:].decode(encoding, "surrogatepass")
    except UnicodeDecodeError:
        return None
    doc = Document.from_lines(text.split("\n"), path, bom)
    doc.encoding = encoding
    return doc


#: The largest digest read, in megabytes (a list of 16 MB has some 100,000 entries; reading
#: one takes about 16 s and 700 MB of memory).
MAX_MB_ENV = "ZOTERODIGEST_MAX_DIGEST_MB"
DEFAULT_MAX_MB = 16


def max_digest_bytes() -> int:
    """``ZOTERODIGEST_MAX_DIGEST_MB`` megabytes (default 16), in bytes."""
    return megabytes_from_env(MAX_MB_ENV, DEFAULT_MAX_MB)


def _check_size(name: str, size: int, limit: int) -> None:
    if size > limit:
        raise DigestReadError(name, f"larger than {limit / 2**20:g} MB, the most a digest may hold",
                              f"Split it, or set {MAX_MB_ENV} to a larger number of megabytes.")


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a digest file; raises :class:`DigestReadError` if it cannot be read at all."""
    name = str(path)
    p = Path(path)
    limit = max_digest_bytes()
    if name == "-":  # standard input (parse, export, resolve)
        data = sys.stdin.buffer.read(limit + 1)
        _check_size(name, len(data), limit)
        return decode(data, "-")
    try:
        with p.open("rb") as handle:
            _check_size(name, os.fstat(handle.fileno()).st_size, limit)
            data = handle.read(limit + 1)  # a file still growing, or not a regular file
        _check_size(name, len(data), limit)
    except FileNotFoundError:
        raise DigestReadError(name, "no such file", "Check the path.") from None
    except IsADirectoryError:
        raise DigestReadError(name, "this is a directory", "Pass the Markdown files inside it.") from None
    except PermissionError:
        raise DigestReadError(name, "permission denied", "Check the file's permissions.") from None
    except OSError as exc:
        raise DigestReadError(name, f"cannot be read ({exc.strerror})", "Check the path.") from None
    return decode(data, name)
