"""What every family reader provides, and the helpers they share."""

from __future__ import annotations

import itertools
import re
from typing import Any, ClassVar, TypeVar

from ..model import Entry, Paper, Span
from .document import Document, Problem

_TRAILING_WS = re.compile(r"(?<![ \t])[ \t]+$")
_T = TypeVar("_T")


class FieldNotEditable(ValueError):
    """The family has no place to write this field."""


class Sections:
    """The heading path above every line of a document, and the values its entries share.

    Entries under one heading share one path list, and entries that write things
    alike share one style dict (a digest of 50,000 entries has a few dozen of
    each): both are read, never changed in place.
    """

    def __init__(self, doc: Document) -> None:
        from .markup import plain

        self.heading_lines: list[int] = []
        self._paths: list[list[str]] = []
        self._shared: dict[str, Any] = {}
        stack: list[tuple[int, str]] = []
        for i in range(len(doc.lines)):
            h = doc.heading(i)
            if h is None:
                continue
            level, text = h
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, plain(text)))
            self.heading_lines.append(i)
            self._paths.append([t for _, t in stack])

    def path_at(self, i: int) -> list[str]:
        import bisect

        k = bisect.bisect_right(self.heading_lines, i) - 1
        return self._paths[k] if k >= 0 else self.shared_path([])

    def shared_path(self, path: list[str]) -> list[str]:
        """The one list of this document equal to ``path`` (entries keep it; nobody changes it)."""
        return self._share(f"p{path!r}", path)

    def shared_style(self, style: dict[str, Any] | None) -> dict[str, Any]:
        """The one dict of this document equal to ``style`` (entries keep it; nobody changes it)."""
        style = style or {}
        return self._share(f"s{tuple(style.items())!r}", style)

    def _share(self, key: str, value: _T) -> _T:
        shared: _T = self._shared.setdefault(key, value)
        return shared

    def ranges(self, n_lines: int) -> list[tuple[int, int]]:
        """Line ranges ``[lo, hi)`` between headings (the first may have none)."""
        bounds = [0, *self.heading_lines, n_lines]
        out = []
        for lo, hi in itertools.pairwise(bounds):
            if hi > lo:
                out.append((lo, hi))
        return out


class Family:
    """A digest syntax: detect it, read entries with spans, render values back."""

    name: ClassVar[str]
    #: Fields this family can write back.
    editable: ClassVar[frozenset[str]] = frozenset()

    def score(self, doc: Document, lo: int, hi: int) -> int:
        """How many lines in ``[lo, hi)`` look like this family's entries."""
        raise NotImplementedError

    def read(self, doc: Document, lo: int, hi: int, sections: Sections) -> list[Entry]:
        raise NotImplementedError

    def target(self, entry: Entry, field: str, paper: Paper) -> Span:
        """The span a new value of ``field`` goes to (usually the field's own)."""
        return entry.fields[field]

    def render_field(self, doc: Document, entry: Entry, field: str, paper: Paper) -> str:
        """Text to splice over ``target(...)`` for the paper's new value."""
        raise FieldNotEditable(f"the {self.name} family has no place to write '{field}'")

    def render_entry(self, paper: Paper, style: dict[str, Any], eol: str) -> str:
        """A whole new entry in this family's syntax (no leading/trailing blank lines)."""
        raise NotImplementedError

    def section_intro(self, style: dict[str, Any], eol: str) -> str:
        """What a section needs before its first entry (a table's header rows)."""
        return ""

    # --- helpers ------------------------------------------------------------
    @staticmethod
    def problem(doc: Document, i: int, message: str) -> None:
        doc.problems.append(Problem(doc.path, i + 1, message))

    @staticmethod
    def entry(
        doc: Document,
        family: str,
        paper: Paper,
        first: int,
        last: int,
        fields: dict[str, Span],
        sections: Sections,
        style: dict[str, Any] | None = None,
    ) -> Entry:
        return Entry(
            paper=paper,
            family=family,
            section=sections.path_at(first),
            lines=(first + 1, last + 1),
            span=Span(start=doc.starts[first], end=doc.line_end(last)),
            fields=fields,  # (each reader makes a dict for each entry)
            style=sections.shared_style(style),
        )


def content_span(doc: Document, i: int, start_col: int, end_col: int | None = None) -> Span:
    """Span of columns ``[start_col, end_col)`` of line ``i``, trailing spaces excluded."""
    line = doc.lines[i]
    if end_col is None:
        end_col = len(_TRAILING_WS.sub("", line))
    return Span(start=doc.starts[i] + start_col, end=doc.starts[i] + max(start_col, end_col))


def strip_trailing(line: str) -> str:
    return _TRAILING_WS.sub("", line)


def trailing_break(line: str) -> str:
    """The trailing-space line break a line ends with ('' if none)."""
    m = _TRAILING_WS.search(line)
    return m.group(0) if m else ""


def single_line(text: str) -> str:
    """Collapse text onto one line (for cells and one-line fields)."""
    return " ".join(text.split())
