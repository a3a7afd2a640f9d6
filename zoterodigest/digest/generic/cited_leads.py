"""Items led by a wiki link to the paper's own page, named by its authors and year, the title after a dash.

::

    ### Session 02: Owl organization
    1. [[Barn & Tawny 2002]] - Competition and Hooting in Historical Perspective.
    2. [[Hoot 1985]] - Do Barns Differ Much?
    3. [[Snowy et al. 2010]] - The Owl Research Initiative: Recognizing Good Owls

A wiki (GitLab's, Obsidian's) names each reading's note by its citation (``[[Surname & Surname Year]]``) and
writes the title after it.  Where a run of three siblings or more, two in three of them written so, has
items read as no paper, each such item is a paper: its title the text after the dash (up to a book's
``. In:``), the link's names and year its authors and year.  No paper's link is needed.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from .found import Found, title_of
from .item_template import sibling_runs
from .list_items import Item

#: ``[[Barn & Tawny 2002]] - Title``: the wiki link's names and year, a dash, the title.
_CITED = re.compile(r"\[\[(?P<n>[A-Z][^\[\]|\n]{1,80}?)[ \t]++(?P<y>(?:19|20)\d{2})[a-z]?\]\][ \t]*+[-–—:][ \t]++"
                    r"(?P<t>[^\s\[][^\n]{2,400}?)[ \t.]*+$")
#: Where a chapter's title ends, its book after it: ``Title. In: Book``.
_IN_BOOK = re.compile(r"\.[ \t]++In:[ \t]")
_RUN = 3


def cited_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper in a run of siblings led by a cited wiki link (two in three): each a paper."""
    del papers  # (the run readers' common signature: the citation is evidence enough)
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if len(run) < _RUN:
            continue
        cited = {it.line: m for it in run if "[[" in (line := doc.lines[it.line]) and (m := _CITED.match(line, it.body)) is not None}
        if len(cited) < _RUN or 3 * len(cited) < 2 * len(run):
            continue
        for it in run:
            if (m := cited.get(it.line)) is None or it.line not in results or results[it.line] is not None \
                    or (found := retry(index[it.line])) is None:
                continue
            t0, t1 = m.span("t")
            if (book := _IN_BOOK.search(doc.lines[it.line], t0, t1)) is not None:
                t1 = book.start()
            base = doc.starts[it.line]
            found.title, found.title_span = title_of(doc.lines[it.line][t0:t1]), (base + t0, base + t1)
            found.authors, found.year, found.venue = m.group("n"), int(m.group("y")), None
            found.style["bare"] = True
            out.append(found)
    return out
