"""Tables of titles alone, no paper link in any row: their title column as a run of plain items.

::

    |Name |Key Words|
    |---| ---|
    |Explaining and Harnessing Owl Examples | Fast Gradient Sign Method |
    |Towards Owl Models Resistant to Barn Attacks | PGD attack |

A reading list kept as a table may name its papers by their titles alone, or by links to its own
pages of notes (:mod:`.note_links`).  The table reader takes a row only on evidence (a paper's link,
a venue, a year, authors, a header saying "Paper Title"); a table with none of these, that no reader
took, gives its title column here: the column its header names for titles, papers or names, else
its first.  The tables of one header are one run (a daily digest's small tables).  Its cells are
read as the plain items of a list are (:mod:`.plain_items`): the learnt model says whether they are
papers' titles, by their look and the document's.  Pure.
"""

from __future__ import annotations

import re

from ..document import Document
from ..table import is_separator, split_cells
from .column_names import column_roles
from .note_links import note_link

#: What no cell of such a table holds: a link, an address, an image or HTML.
_MARKS = ("](", "http", "www.", "<", "doi:", "arXiv:")


def table_runs(doc: Document, lo: int, hi: int, taken: bytearray) -> list[tuple[list[tuple[int, str]], list[str], int]]:
    """Each linkless table of ``[lo, hi)`` that no reader took (``taken``: a byte per line from ``lo``), as its
    title column's cells (three rows at least: each its line and text), its header's column names and how many rows
    under that header a reader took.  Tables of one header are one run (a daily digest's small tables,
    a day's or a topic's each, are one list's parts; where a reader took some of them, the others are papers too)."""
    by_header: dict[tuple[str, ...], tuple[list[tuple[int, str]], int]] = {}
    taken_rows: dict[tuple[str, ...], int] = {}
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
        if any(taken[r - lo] for r in range(i, k)):
            taken_rows[tuple(cols)] = taken_rows.get(tuple(cols), 0) + sum(taken[r - lo] != 0 for r in rows)
        elif rows and _plain(header) \
                and all(_plain(doc.lines[r]) for r in rows) and not _glossary(doc, rows):
            roles = column_roles(cols)
            column = next((roles[r] for r in ("title", "paper", "name") if r in roles), 0)
            run, n_rows = by_header.get(tuple(cols), ([], 0))
            for r in rows:
                cells = split_cells(doc.lines[r])
                text = cells[column].text(doc.lines[r]).strip() if column < len(cells) else ""
                text = note_link(text) or text if "](" in text else text
                if text:
                    run.append((r, text))
            by_header[tuple(cols)] = (run, n_rows + len(rows))
        i = k
    return [(run, list(cols), taken_rows.get(cols, 0))
            for cols, (cells, n_rows) in by_header.items() if len(run := _no_fillers(cells)) >= 3 and len(run) * 5 >= n_rows * 4]


_WORD = re.compile(r"[^\W\d_]{2}")
_WORDS = re.compile(r"[A-Za-z][\w'’\-]*+")


def _glossary(doc: Document, rows: range) -> bool:
    """Whether most rows give a term and its abbreviation (``| Mining Software Repositories | MSR |``, ``| Continuous
    Integration/Deployment | CI/CD |``): a table of tags or abbreviations, no papers."""
    hits = 0
    for r in rows:
        cells = [c.text(doc.lines[r]).strip(" *_`") for c in split_cells(doc.lines[r])]
        words = [w for c in cells for w in _WORDS.findall(c)]
        initials = {"".join(w[0] for w in _WORDS.findall(c)).upper() for c in cells if len(_WORDS.findall(c)) >= 2}
        hits += any(2 <= len(c) <= 8 and c.replace("/", "").replace("-", "").isupper() and c.replace("/", "").replace("-", "") in initials
                    for c in cells) and len(words) <= 12
    return hits * 3 >= len(rows) * 2


def _no_fillers(cells: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The cells but those whose text three rows or more repeat (a schedule's ``Due to holiday``, ``TBD``)."""
    key = [text.strip(" ?~*.").lower() for _, text in cells]
    counts: dict[str, int] = {}
    for k in key:
        counts[k] = counts.get(k, 0) + 1
    return [c for c, k in zip(cells, key, strict=True) if k and (counts[k] < 3 or not _WORD.search(k))]  # (a check mark, "[X]", stays)


def _plain(row: str) -> bool:
    """Whether a table row holds no link, address, image or HTML but in cells that are links to the list's own pages
    (:mod:`.note_links`: a notes repository's table names each paper by the link to its notes)."""
    if not any(mark in row for mark in _MARKS):
        return True
    return all(not any(mark in t for mark in _MARKS) or note_link(t) is not None for c in split_cells(row)
               if (t := row[c.start : c.end].strip()))


def titles_column(cols: list[str]) -> bool:
    """Whether a table's header names a column for its papers' titles (``Title``, ``Paper``, ``论文``)."""
    return bool({"title", "paper"} & set(column_roles(cols)))
