"""Tables whose rows hold two papers or more, each in a column of its own.

::

    | Date | Group A Paper              | Group B Paper              |
    |------|----------------------------|----------------------------|
    | 8/24 | [Owl Flight](arxiv/1)      | [Barn Acoustics](arxiv/2)  |

Besides the title column, another column that holds one linked title in most rows is a
column of papers too: each of its cells is an entry, its identity its own cell's links
(and those of the row's columns that hold no title), its span its cell.
"""

from __future__ import annotations

import re

from ..document import Document
from ..table import Cell
from .found import Found
from .line_heads import add_links
from .link_finder import find_links
from .links import Identity, link_class
from .prefixes import is_generic_label


def twin_columns(rows: list[list[str]], title: int, cols: list[str]) -> list[int]:
    """The other columns that hold one linked title in most rows, as the title column does, and that
    the header names for papers as it names the title column (``Group A Paper | Group B Paper``, two
    readings a session): each such cell is a paper of its own."""
    named = set(_PAPER_WORD.findall(cols[title].lower())) if title < len(cols) else set()
    width = min(max((len(r) for r in rows), default=0), len(cols))
    counts = [sum(1 for r in rows if n < len(r) and _linked_title(r[n], r[title] if title < len(r) else ""))
              if named and set(_PAPER_WORD.findall(cols[n].lower())) == named else 0 for n in range(width)]
    return [n for n, c in enumerate(counts) if n != title and c >= 2 and c * 2 >= len(rows)]


#: The words a header names papers by (``Paper``, ``Reading``, ``Group A Paper``).
_PAPER_WORD = re.compile(r"papers?|readings?|titles?|articles?|publications?|论文|文章")


def _linked_title(cell: str, title: str) -> bool:
    """A cell opening with one link to a paper whose text is a title (three words at least), not the
    row's ``title`` again (``[Earth Embeddings as Products](url)``: the title column's paper linked)."""
    links = [t for t in find_links(cell) if t[0] != "badge"]
    return len(links) == 1 and not cell[: links[0][2]].strip(" \t*_") and len(links[0][0].split()) >= 3 \
        and not is_generic_label(links[0][0]) and link_class(links[0][1]) is not None \
        and links[0][0].lower().strip(" *_") not in title.lower()


def _cell_identity(row: str, cells: list[Cell], keep: set[int]) -> Identity:
    """The papers linked in the cells ``keep`` of a row only."""
    ident = Identity()
    for n in sorted(keep):
        if n < len(cells):
            add_links(ident, cells[n].text(row))
    return ident


def own_cells(doc: Document, found: Found, cells: list[Cell], columns: set[int]) -> None:
    """Give a paper of a row with several (``columns``: those holding titles) its own cell's links and span."""
    row = doc.text_of(found.first, found.last)
    at = found.title_span[0] - doc.starts[found.first] if found.title_span else -1
    own = next((n for n, c in enumerate(cells) if c.start <= at < c.end), None)
    found.ident = _cell_identity(row, cells, set(range(len(cells))) - (columns - {own}))
    if own is not None:  # (papers sharing a row: each is its own cell)
        base = doc.starts[found.first]
        found.style, found.span = dict(found.style, part=True), (base + cells[own].start, base + cells[own].end)
