"""Tables written with tabs between their cells, as a rendered page's table pastes into a text file.

::

    WER test-clean<TAB>WER test-other<TAB>Paper<TAB>Published<TAB>Notes
    5.83%<TAB>12.69%<TAB>Deep Speech 2: End-to-End Speech Recognition<TAB>December 2015<TAB>Humans
    3.19%<TAB>7.64%<TAB>The CAPIO 2017 Conversational Speech Recognition System<TAB>April 2018<TAB>TDNN

No pipe marks a cell, so no Markdown table holds it: a line of two tabs or more whose cells name a
title or a paper column (``column_names``) heads a table, and every line right under it with as many
cells is a row; the row's cell in that column is its paper's title (two words or more, no list of
names), the year of a year column, or of the first cell holding one, its year.  Read last, on the lines no other reader took.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..document import Document
from .column_names import column_roles
from .found import Found
from .links import Identity
from .name_lists import is_name_list
from .title_features import ANY_YEAR

_WORD = re.compile(r"[^\W\d_]{2,}")


def tab_tables(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as rows of tab-separated tables (see the module's text); ``taken``
    has a byte per line from ``lo``, ``skipped(i)``: line ``i``'s section lists no papers."""
    out: list[Found] = []
    i = lo
    while i < hi:
        line = doc.lines[i]
        if line.count("\t") < 2 or taken[i - lo] or doc.fenced[i] or skipped(i):
            i += 1
            continue
        cols = [c.strip() for c in line.split("\t")]
        roles = column_roles(cols)
        col = roles.get("title", roles.get("paper"))
        i += 1
        if col is None:
            continue
        year_col = roles.get("year")
        while i < hi and "\t" in doc.lines[i] and not taken[i - lo] and not doc.fenced[i]:
            cells = doc.lines[i].split("\t")
            if len(cells) == len(cols) and (f := _row(doc, i, cells, col, year_col)) is not None:
                out.append(f)
            i += 1
    return out


def _row(doc: Document, i: int, cells: list[str], col: int, year_col: int | None) -> Found | None:
    cell = cells[col]
    title = cell.strip()
    if len(_WORD.findall(title)) < 2 or is_name_list(title):
        return None
    t0 = sum(len(c) + 1 for c in cells[:col]) + (len(cell) - len(cell.lstrip()))
    found = Found(first=i, last=i, ident=Identity(), title=title,
                  title_span=(doc.starts[i] + t0, doc.starts[i] + t0 + len(title)))
    for k in ([year_col] if year_col is not None else []) + [k for k in range(len(cells)) if k != col]:
        if (y := ANY_YEAR.search(cells[k])) is not None and not y.string.rstrip().endswith("%"):
            found.year = int(y.group(0))  # (the year column's year, else the first cell's that holds one: "December 2015")
            break
    found.style = {"shape": "tab_row", "cells": len(cells), "title_cell": col}
    return found
