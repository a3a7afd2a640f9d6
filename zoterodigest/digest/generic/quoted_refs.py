"""References written each as a blockquote, wrapped onto an unquoted line or not: a publication monitor's log.

::

    > Barn, S., Tawny, J., & Hoot, S. (2025). OwlNarrator:
      Generative Modeling of Barn Transcriptomics with Large Owl Models. bioRxiv, 2025-11.

    > Perch, M., Kite, T., ... & Wing, F. (2025).
      LARIS enables accurate owl interaction analysis in barn transcriptomics. bioRxiv, 2025-11.

A run of blockquotes that no reader took, three of them or more (and half at least) each a whole reference (names, a
year and a title of three words or more), is a list of papers: one per such blockquote.  The quote marks are read as blanks, so the
reference's columns are the document's.  Read last, on the lines no other reader took.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document
from .found import Found, title_of
from .line_heads import add_links
from .links import Identity
from .references import parse_reference

_LEAST = 3
#: A blockquote's mark opening a line (``> ``, ``>``), one level.
_QUOTE = re.compile(r" {0,3}>[ \t]?")


def quoted_references(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` written one blockquote each (see the module's text); ``taken`` has a byte per line
    from ``lo`` (1: another reader's), ``skipped(i)``: line ``i``'s section lists no papers."""
    out: list[Found] = []
    run: list[Found | None] = []

    def close() -> None:  # (three references or more, half the run's quotes at least: a note quoted among them is none)
        read = [f for f in run if f is not None]
        out.extend(read if len(read) >= _LEAST and 2 * len(read) >= len(run) else [])
        run.clear()

    i = lo
    while i < hi:
        if taken[i - lo] or doc.fenced[i] or not doc.lines[i].lstrip().startswith(">"):
            if doc.lines[i].strip() and not taken[i - lo]:
                close()  # (a line of prose between the quotes: the run ends)
            i += 1
            continue
        last = i
        while last + 1 < hi and doc.lines[last + 1].strip() and not taken[last + 1 - lo] and not doc.fenced[last + 1] \
                and last - i < 4 and not doc.lines[last + 1].lstrip().startswith(">"):
            last += 1  # (a quote's lazy lines: one reference; a line quoted again opens the next)
        if skipped(i):
            close()
        else:
            run.append(_reference(doc, i, last))
        i = last + 1
    close()
    return out


def _reference(doc: Document, first: int, last: int) -> Found | None:
    """The blockquote of lines ``first``-``last`` as one whole reference, or None."""
    text = doc.text_of(first, last)
    masked = "\n".join(_QUOTE.sub(lambda m: " " * len(m.group(0)), line, count=1) for line in text.split("\n"))
    at = [k for k, c in enumerate(masked.rstrip()) if not c.isspace() or not masked[k + 1].isspace()]
    # (the columns of the text, each run of blanks and line ends read as its last blank)
    flat = "".join(masked[k] if not masked[k].isspace() else " " for k in at)
    ref = parse_reference(flat)
    if ref is None or ref.authors is None or ref.year is None:
        return None
    t0, t1 = ref.title
    while t0 < t1 and flat[t0] in " \"“":
        t0 += 1
    while t1 > t0 and flat[t1 - 1] in " ,.\"”":
        t1 -= 1
    title = title_of(flat[t0:t1])
    if len(title.split()) < 3:
        return None
    ident = Identity()
    add_links(ident, text)
    found = Found(first=first, last=last, ident=ident, title=title, year=ref.year,
                  authors=flat[ref.authors[0] : ref.authors[1]].strip(" ,.") or None)
    found.title_span = (doc.starts[first] + at[t0], doc.starts[first] + at[t1 - 1] + 1)
    if ref.venue is not None:
        found.venue = flat[ref.venue[0] : ref.venue[1]].strip(" ,.") or None
    found.style = {"shape": "paragraph", "leftover": True}
    return found
