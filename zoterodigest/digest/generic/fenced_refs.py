"""Papers written as plain references, one to a fenced block (a bibliography kept as code blocks):

::

    ## 3
    ```latex
    Ann Barn, Bob Tawny, and Cy Hoot. Silent flight through serrated
    feathers. IEEE Computer, 15(1):65-82, 1982.
    ```

A fenced block that is no BibTeX and no program (no language, or ``latex``, ``tex``, ``text``...)
holding one reference (names, a title, a year: :func:`.references.parse_reference`) is that paper,
where the document holds three such blocks or more and two in three of its fenced blocks are so
written: a README's code examples never are.  The title may wrap over the block's lines; its span
is kept (a line's end reads as a space).  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from .found import Found, title_of
from .links import Identity
from .references import parse_reference

#: A fence's opening line and its info string.
_OPEN = re.compile(r" {0,3}(?P<f>`{3,}|~{3,})[ \t]*+(?P<info>[^\s`]*)")
#: Info strings of a block of plain text.
_TEXT = frozenset({"", "latex", "tex", "text", "txt", "plain", "plaintext", "markdown", "md"})
_LEAST = 3
_MAX_LINES = 12
_CACHE: list[tuple[Document, dict[int, Found]]] = []


def fenced_references(doc: Document, lo: int, hi: int) -> list[Found]:
    """The papers of the fenced reference blocks opening in lines ``lo`` to ``hi``."""
    return [f for first, f in _blocks(doc).items() if lo <= first < hi]


def _blocks(doc: Document) -> dict[int, Found]:
    """Each fenced reference block's paper by its opening line (counted once per document)."""
    if _CACHE and _CACHE[0][0] is doc:
        return _CACHE[0][1]
    blocks, found = 0, {}
    i, n = 0, len(doc.lines)
    while i < n:
        m = _OPEN.match(doc.lines[i]) if doc.fenced[i] else None
        if m is None:
            i += 1
            continue
        end = i + 1
        while end < n and doc.fenced[end] and not doc.lines[end].strip().startswith(m.group("f")):
            end += 1
        blocks += 1
        if m.group("info").lower() in _TEXT and 1 <= end - i - 1 <= _MAX_LINES and (paper := _paper(doc, i + 1, end - 1)):
            found[i] = paper
        i = end + 1
    out = found if len(found) >= _LEAST and 3 * len(found) >= 2 * blocks else {}
    _CACHE[:] = [(doc, out)]
    return out


def _paper(doc: Document, first: int, last: int) -> Found | None:
    """The paper of the reference on lines ``first`` to ``last``, or None."""
    base = doc.starts[first]
    text = doc.text[base : doc.line_end(last)]
    ref = parse_reference(text)
    if ref is None or ref.authors is None or ref.year is None:
        return None
    t0, t1 = ref.title
    ident = Identity()
    ident.add_text_ids(text)
    found = Found(first=first - 1, last=last + 1, ident=ident, title=title_of(text[t0:t1].replace("\n", " ")),
                  title_span=(base + t0, base + t1))
    found.year = ref.year
    found.authors = " ".join(text[ref.authors[0] : ref.authors[1]].split())
    found.style = {"shape": "fenced reference"}
    return found
