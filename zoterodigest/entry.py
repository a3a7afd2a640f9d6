"""Where a digest states a paper: an :class:`Entry` and the :class:`Span` of each field.

An entry is one place in one digest file: its lines, the exact source span of
the entry and of each field (character offsets into the decoded text), so that
a changed field can be spliced back into the original text without touching
anything else.  Entries keep their offsets packed, since a digest of 50,000
entries would otherwise hold half a million span objects and integers, several
times the file itself.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Paper


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into a document's decoded text.

    An *insertion* span (``insert=True``, ``start == end``) marks where a field
    the entry does not have yet would go; its rendering brings its own line.

    (An :class:`Entry` keeps its spans packed and makes these when asked.)
    """

    start: int
    end: int
    insert: bool = False


#: Two packed values, by the code in the first byte of :attr:`Entry._offsets`.
_PAIRS = {ord(code): struct.Struct(f"<2{code}") for code in "iq"}
#: One tuple for each set of field names (the entries of a family use a few dozen).
_FIELD_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _packed_end(span: Span) -> int:
    """A span's end, as ``~end`` (negative) for an insertion span."""
    return ~span.end if span.insert else span.end


def _unpacked_span(start: int, end: int) -> Span:
    return Span(start, ~end, insert=True) if end < 0 else Span(start, end)


def _pack(values: list[int]) -> bytes:
    """The values in four bytes each when they fit (offsets into a file under 2 GB),
    else eight; the first byte says which (``i`` or ``q``)."""
    code = "i" if -(2**31) <= min(values) and max(values) < 2**31 else "q"
    return code.encode() + struct.pack(f"<{len(values)}{code}", *values)


def _pair(data: bytes, k: int) -> tuple[int, int]:
    """The ``k``-th pair of packed values."""
    pair = _PAIRS[data[0]]
    first, second = pair.unpack_from(data, 1 + k * pair.size)
    return first, second


class Entry:
    """One paper as listed at one place of one digest.

    Its line numbers and spans are kept packed, four bytes an offset, and given
    out as a tuple, a :class:`Span` and a dict of spans when asked for (a digest
    of 50,000 entries would otherwise hold half a million span objects and
    integers, several times the file).  They are the entry as read: an edited
    file is read again.
    """

    __slots__ = ("_names", "_offsets", "family", "paper", "section", "style")

    paper: Paper
    family: str
    #: The headings above the entry, outermost first (entries of a section share the list).
    section: list[str]
    #: How this entry writes things (quote prefix, line-break marker, labels...).
    style: dict[str, Any]
    _names: tuple[str, ...]
    _offsets: bytes

    def __init__(self, paper: Paper, family: str, lines: tuple[int, int], span: Span,
                 section: list[str] | None = None, fields: dict[str, Span] | None = None,
                 style: dict[str, Any] | None = None) -> None:
        paper.compact()  # (an entry's paper is mostly only read from here on)
        self.paper, self.family = paper, family
        self.section = [] if section is None else section
        self.style = {} if style is None else style
        fields = fields or {}
        names = tuple(fields)
        self._names = _FIELD_NAMES.setdefault(names, names)
        offsets = [lines[0], lines[1], span.start, _packed_end(span)]
        for s in fields.values():
            offsets += (s.start, _packed_end(s))
        self._offsets = _pack(offsets)

    @property
    def lines(self) -> tuple[int, int]:
        """First and last line of the entry, 1-based and inclusive."""
        return _pair(self._offsets, 0)

    @property
    def span(self) -> Span:
        """The entry's whole text."""
        return _unpacked_span(*_pair(self._offsets, 1))

    @property
    def fields(self) -> dict[str, Span]:
        """Each field's span (a new dict each time)."""
        pair = _PAIRS[self._offsets[0]]
        at = struct.unpack_from(f"<{len(self._offsets) * 2 // pair.size}{pair.format[-1]}", self._offsets, 1)
        return {name: _unpacked_span(at[4 + 2 * k], at[5 + 2 * k]) for k, name in enumerate(self._names)}

    def _values(self) -> tuple[Any, ...]:
        return (self.paper, self.family, self.lines, self.span, self.section, self.fields, self.style)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Entry):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable (its paper is set anew)

    def __repr__(self) -> str:
        names = ("paper", "family", "lines", "span", "section", "fields", "style")
        return "Entry(" + ", ".join(f"{n}={v!r}" for n, v in zip(names, self._values(), strict=True)) + ")"

    def to_json(self) -> dict[str, Any]:
        """The machine-readable form printed by ``parse --json``."""
        p = self.paper
        return {
            "family": self.family,
            "lines": list(self.lines),
            "section": self.section,
            "arxiv_id": p.arxiv_id,
            "arxiv_version": p.arxiv_version,
            "doi": p.doi,
            "title": p.title,
            "authors": p.authors,
            "authors_complete": p.authors_complete,
            "venue": p.venue.to_json() if p.venue else None,
            "year": p.year,
            "task": p.task,
            "summary": p.summary,
            "one_liner": p.one_liner,
            "abstract": p.abstract,
            "links": p.links,
            "categories": p.categories,
            "topics": p.topics,
            "listing_date": p.listing_date.isoformat() if p.listing_date else None,
            "extra": p.extra,
        }
