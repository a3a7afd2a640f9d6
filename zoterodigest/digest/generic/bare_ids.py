"""Runs of list items that name their papers by a bare arXiv id alone, no ``arXiv:`` before it.

::

    ## Papers

    - 2209.08409 | 2209.08409.md
    - 2210.12126 | 2210.12126.md
    - 2303.00304

A tool's index of the papers it holds notes on may list each by its arXiv id and nothing else, maybe
with the name of its notes file.  A number alone is no id; one written as arXiv writes its new ids
(``YYMM.NNNNN``, a month from 01 to 12, since April 2007) and standing alone in three list items or
more, one after another, is: each item is the paper of that id, its title unknown until the arXiv
record gives it.  Read last, on the lines no other reader took.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ...ids import parse_arxiv
from ..document import Document
from .found import Found
from .links import Identity

#: A list item that is one new-style arXiv id, maybe a version, maybe a separator and a file or page named by it.
_BARE_ID = re.compile(r"[ \t]{0,12}(?:[-*+]|\d{1,4}[.)])[ \t]++(?P<id>(?P<yy>\d{2})(?P<mm>\d{2})\.\d{4,5}(?:v\d{1,2})?)"
                      r"(?:[ \t]*+[|:–—-][ \t]*+[\w./\-]{0,40}?(?P=id)[\w./\-]{0,40})?[ \t]*+$")
#: The fewest such items in a row that make a list of papers.
_LEAST = 3


def _bare_id(line: str) -> str | None:
    m = _BARE_ID.match(line)
    if m is None or not 1 <= int(m.group("mm")) <= 12 or (int(m.group("yy")), int(m.group("mm"))) < (7, 4):
        return None
    return m.group("id")


def bare_id_papers(doc: Document, lo: int, hi: int, taken: bytearray, skipped: Callable[[int], bool]) -> list[Found]:
    """The papers of ``[lo, hi)`` written as runs of bare arXiv ids (see the module's text); ``taken`` has a
    byte per line from ``lo``."""
    out: list[Found] = []
    run: list[tuple[int, str]] = []

    def flush() -> None:
        if len(run) >= _LEAST:
            for i, arxiv in run:
                ident = Identity()
                ident.arxiv, ident.papers = parse_arxiv(arxiv), 1
                found = Found(first=i, last=i, ident=ident)
                found.style = {"shape": "item", "bare": True}
                out.append(found)
        run.clear()

    for i in range(lo, hi):
        line = doc.lines[i]
        if not line.strip():
            continue  # (blank lines between the items: one list)
        arxiv = None if taken[i - lo] or doc.fenced[i] or skipped(i) else _bare_id(line)
        if arxiv is None:
            flush()
        else:
            run.append((i, arxiv))
    flush()
    return out
