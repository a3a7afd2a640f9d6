"""A table's column of short names, each linking its paper: a model's or method's name is no title.

::

    | **Model**                                         | **Architecture** | **Data**    |
    | ------------------------------------------------- | ---------------- | ----------- |
    | [Folk-RNN (2016)](https://arxiv.org/abs/1604.08723) <br> [*Code*](github) | LSTM | Monophonic |
    | [Chen & al. (2018)](https://doi.org/10.5281/zenodo.1492351)                 | LSTM | Lead sheet  |

A survey's comparison table names each method in one column, the name a link to the method's paper;
the other columns are features (an architecture, a dataset), never titles.  Where the header names no
column of titles or papers and one column opens, in four rows in five, with such a link (a short label,
maybe its year in parentheses), most of them to a paper host, each of those rows is a paper known by its
address alone: its title is left for the record to give, the name kept beside it (a link to no paper host, a
project page or a blog post, gives no record: its name stands as the title).  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from ..table import Cell
from .found import Found
from .link_finder import find_links
from .links import Identity, link_class
from .prefixes import is_generic_label
from .row_columns import read_columns

#: A name's year in parentheses closing its label (``Folk-RNN (2016)``).
_YEAR = re.compile(r"\(((?:19|20)\d{2})[a-z]?\)$")
#: The most words a name has (``Chen & al.``, ``Melody / Attention-RNN``).
_WORDS = 4


def _lead_link(text: str) -> tuple[str, str] | None:
    """The label and address of the link that opens a cell, when its label is a short name."""
    if not text.lstrip(" *_").startswith("["):
        return None
    links = [t for t in find_links(text) if t[0] != "badge"]
    if not links or text[: links[0][2]].strip(" *_"):
        return None
    label, url = links[0][0].strip(" *_"), links[0][1]
    name = _YEAR.sub("", label).rstrip(" \t")
    if not name or is_generic_label(name) or len(name.replace("&", " ").replace("/", " ").split()) > _WORDS:
        return None
    return label, url


def name_column(texts: Sequence[Sequence[str]], candidates: Sequence[int]) -> int | None:
    """The first of the ``candidates`` columns whose cells open with a named link in four rows in five, at least
    three, most of those links to papers (in a table of one or two rows, every row's to a paper); None when none does."""
    for column in candidates:
        leads = [lead for row in texts if column < len(row) and (lead := _lead_link(row[column])) is not None]
        papers = sum(link_class(u) is not None for _, u in leads)
        if len(leads) >= 3 and len(leads) * 5 >= len(texts) * 4 and papers * 2 > len(leads) or 0 < papers == len(texts) < 3:
            return column
    return None


def name_rows(spans: Sequence[tuple[int, int]], rows: Sequence[str], cells: Callable[[str], list[Cell]], column: int,
              cols: list[str]) -> list[Found]:
    """A paper for each row (``spans``, its text in ``rows``) whose ``column`` opens with a named link: the link its
    address, its title unknown, the name and the label's year kept."""
    out = []
    for (first, last), row in zip(spans, rows, strict=True):
        row_cells = cells(row)
        if column >= len(row_cells) or (lead := _lead_link(row_cells[column].text(row))) is None:
            continue
        label, url = lead
        ident = Identity()
        ident.add_link(None, url)
        found = Found(first=first, last=last, ident=ident)
        found.style = {"shape": "row", "columns": cols}
        found.extra["name"] = _YEAR.sub("", label).rstrip(" \t")
        if link_class(url) is None:
            found.title = found.extra["name"]  # ("[CLIP](blog)": no record to give the title; the name is all the list says)
        if (m := _YEAR.search(label)) is not None:
            found.year = int(m.group(1))
        out.append(found)
    by_paper: dict[str, list[Found]] = {}
    for f in out:
        by_paper.setdefault(f.ident.paper_id or str(id(f)), []).append(f)
    shared = {id(f) for group in by_paper.values() if len({g.extra["name"] for g in group}) >= 3 for f in group}
    return [f for f in out if id(f) not in shared]  # (three names or more linking one paper: metrics citing it, none their own)


def table_name_rows(doc: Document, spans: Sequence[tuple[int, int]], cols: list[str], roles: dict[str, int],
                    cells: Callable[[str], list[Cell]], fit: Callable[[list[Cell], int, dict[str, int]], list[Cell]]) -> list[Found] | None:
    """With no column of titles or papers in a table's header, a paper for each row its column of names (the Name
    column, else the first) opens with a named link, the venue, year, authors and summary of their columns read; None
    when no column is written so (``cells`` splits a row, ``fit`` fits its cells to the header's)."""
    if {"title", "paper"} & set(roles):
        return None
    texts = [doc.text_of(k, last) for k, last in spans]
    column = name_column([[c.text(row) for c in cells(row)] for row in texts], [roles.get("name", 0)])
    if column is None:
        return None
    found = name_rows(spans, texts, cells, column, cols)
    for f in found:
        row = doc.text_of(f.first, f.last)
        year = f.year
        read_columns(row, doc.starts[f.first], fit(cells(row), len(cols), roles), roles, f)
        f.year = f.year or year  # (the label's year where the row has no Year column)
    return found
