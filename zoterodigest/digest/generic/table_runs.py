"""Tables of titles alone, no link in any row: their title column as a run of plain items.

::

    |Name |Key Words|
    |---| ---|
    |Explaining and Harnessing Owl Examples | Fast Gradient Sign Method |
    |Towards Owl Models Resistant to Barn Attacks | PGD attack |

A reading list kept as a table may name its papers by their titles alone.  The table reader takes a
row only on evidence (a paper's link, a venue, a year, authors, a header saying "Paper Title"); a
table with none of these, that no reader took, gives its title column here: the column its header
names for titles, papers or names, else its first.  Its cells are read as the plain items of a list
are (:mod:`.plain_items`): the learnt model says whether they are papers' titles, by their look and
the document's.  Pure.
"""

from __future__ import annotations

from ..document import Document
from ..table import is_separator, split_cells
from .column_names import column_roles

#: What no cell of such a table holds: a link, an address, an image or HTML.
_MARKS = ("](", "http", "www.", "<", "doi:", "arXiv:")


def table_runs(doc: Document, lo: int, hi: int, taken: bytearray) -> list[tuple[list[tuple[int, str]], list[str]]]:
    """Each linkless table of ``[lo, hi)`` that no reader took (``taken``: a byte per line from ``lo``), as its
    title column's cells (three rows at least: each its line and text) and its header's column names."""
    out: list[tuple[list[tuple[int, str]], list[str]]] = []
    i = lo
    while i < hi - 1:
        if "|" not in doc.lines[i] or doc.fenced[i] or not is_separator(doc.lines[i + 1]):
            i += 1
            continue
        header = doc.lines[i]
        cols = [header[c.start : c.end].strip(" *_").lower() for c in split_cells(header)]
        k = i + 2
        while k < hi and "|" in doc.lines[k] and doc.lines[k].strip() and not doc.fenced[k]:
            k += 1
        rows = range(i + 2, k)
        if len(rows) >= 3 and not any(taken[r - lo] for r in range(i, k)) \
                and not any(mark in doc.lines[r] for r in range(i, k) for mark in _MARKS):
            roles = column_roles(cols)
            column = next((roles[r] for r in ("title", "paper", "name") if r in roles), 0)
            run = []
            for r in rows:
                cells = split_cells(doc.lines[r])
                text = cells[column].text(doc.lines[r]).strip() if column < len(cells) else ""
                if text:
                    run.append((r, text))
            if len(run) >= 3 and len(run) * 5 >= len(rows) * 4:
                out.append((run, cols))
        i = k
    return out


def titles_column(cols: list[str]) -> bool:
    """Whether a table's header names a column for its papers' titles (``Title``, ``Paper``, ``论文``)."""
    return bool({"title", "paper"} & set(column_roles(cols)))
