"""References written one per line, with no blank line between them or one: a bibliography pasted as one paragraph, or a paragraph each.

::

    Abraham, K.G. and Kearney, M.S.  (2020).  “Explaining the Decline in Owl Counts,”  <em>Journal of Owls</em>, 58(3).  Doi: 10.9999/owl.1
    Barn, A., Tawny, B., and Hoot, C.  (2016).  “<a href="pdf/Night.pdf">Night Flight of the Barn Owl,</a>”  <em>Owl Letters</em>, 34.

A run of three lines or more that no reader took, each a whole reference by itself (names, a year and a
title of three words or more, read from its text with its markup dropped), is a list of papers: one per
line (in a section listing no papers, such as ``## Citation``, eight or more pasted without blank lines).  Where most of a run quote
their titles, as an article's title is, a title not quoted (in italics: a book's, a report's) is no paper unless
a journal, proceedings or pages follow it.  A wrapped reference fails (its lines are parts), and so does prose (it names no authors and year
at its start).  Read last, on the lines no other reader took.  Pure.
"""

from __future__ import annotations

from collections.abc import Callable

from ..document import Document
from ..markup import plain
from .found import Found
from .line_heads import add_links
from .links import Identity
from .list_items import ITEM
from .non_papers import SERIAL
from .reference_marks import Reference
from .references import parse_reference

_LEAST = 3
#: So many references in a run are a bibliography even in a section that lists none (``## Citation``: a paper's own).
_MANY = 8
#: What opens a line that is no reference paragraph's: a heading, a table row, an HTML block, a quote.
_NOT_OPENING = ("#", "|", "<table", "<tr", "<td", "<li", "<ul", "<ol", ">", "```", "~~~")


def reference_lines(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of whole references, one a line (see the module's text);
    ``taken`` has a byte per line from ``lo`` (1: another reader's), ``skipped(i)``: line ``i``'s section lists no papers."""
    out: list[Found] = []
    run: list[tuple[int, str, Reference]] = []

    def close() -> None:
        spaced = bool(run) and run[-1][0] - run[0][0] >= len(run)  # (a paragraph each: a section's own list, no pasted bibliography)
        if len(run) >= _LEAST and (len(run) >= _MANY and not spaced or not skipped(run[0][0])):
            quoted = 2 * sum(1 for _, text, ref in run if _quoted(text, ref)) >= len(run)
            out.extend(_found(doc, i, text, ref) for i, text, ref in run
                       if not quoted or _quoted(text, ref) or SERIAL.search(text, ref.title[1]))
        run.clear()

    for i in range(lo, hi):
        if not doc.lines[i].strip() and run and run[-1][0] == i - 1:
            continue  # (one blank line between two references: a bibliography written a paragraph each)
        read = None if taken[i - lo] or doc.fenced[i] else _reference(doc.lines[i])
        if read is None:
            close()
        else:
            run.append((i, *read))
    close()
    return out


def _reference(line: str) -> tuple[str, Reference] | None:
    """The line's plain text and its reference when the whole line is one, else None."""
    stripped = line.strip()
    if len(stripped) < 30 or stripped.lower().startswith(_NOT_OPENING) or ITEM.match(line):
        return None
    text = plain(stripped)
    ref = parse_reference(text)
    if ref is None or ref.authors is None or ref.year is None or ref.authors[0] > 2:
        return None
    title = text[ref.title[0] : ref.title[1]].strip(" \t,.\"“”")
    return (text, ref) if len(title.split()) >= 3 else None


def _quoted(text: str, ref: Reference) -> bool:
    """Whether the reference's title is in quotes (as an article's is where a book's is in italics)."""
    return any(q in text[max(0, ref.title[0] - 2) : ref.title[0]] for q in "\"“")


def _found(doc: Document, i: int, text: str, ref: Reference) -> Found:
    line = doc.lines[i]
    title = text[ref.title[0] : ref.title[1]].strip(" \t,.\"“”")
    ident = Identity()
    add_links(ident, line)
    found = Found(first=i, last=i, ident=ident, title=title, year=ref.year,
                  authors=text[ref.authors[0] : ref.authors[1]].strip(" \t,.") if ref.authors else None)
    if (t0 := line.find(title)) >= 0:  # (the title's place in the line, when its markup leaves it whole)
        found.title_span = (doc.starts[i] + t0, doc.starts[i] + t0 + len(title))
    if ref.venue is not None:
        found.venue = text[ref.venue[0] : ref.venue[1]].strip(" \t,.") or None
    found.style = {"shape": "paragraph", "leftover": True, "one_line": True}
    return found
