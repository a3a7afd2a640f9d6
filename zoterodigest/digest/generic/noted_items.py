"""List items that are a paper's title in plain words, then a link to the reader's own notes on it.

::

    * Owls Count Mice in the Snow at Night [[note]](./Owls/Owls%20Count%20Mice%20notes.md)
    * **Hoots as Tokens in Barn Networks** [笔记](notes/hoots.md)
    * [Overview] Feathers Map the Wind over Barns [[notes]](./feathers.md)

A notes index names no paper host: each item's title stands before a link labelled as notes
(``note``, ``notes``, ``笔记``, ``summary``) to a page of the reader's own (a path, not an address
on the web).  Where three siblings or more, two in three of the run, are written so, each is a
paper titled by the words before its link (a bracketed tag opening them is cut).  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from .found import Found, title_of
from .item_template import NOT_A_PAPER, sibling_runs
from .link_finder import find_links
from .list_items import Item

#: A link's text naming the reader's notes (in brackets or not): ``[note]``, ``notes``, ``笔记``, ``阅读笔记``.
_NOTE_LABEL = re.compile(r"\[?(?:(?:reading[ \t]++)?notes?|summary|(?:阅读|論文)?笔记|ノート|解读|总结)\]?", re.IGNORECASE)
#: A bracketed tag opening the title (``[Overview] ``, ``【综述】``).
_TAG = re.compile(r"(?:\[[^\[\]]{1,20}\]|【[^【】]{1,20}】)[ \t]*+")
#: A date in parentheses opening the title, as a reading log dates its entries (``(2022.05) ``).
_DATE_OPEN = re.compile(r"\((?:19|20)\d{2}(?:[./-]\d{1,2}){0,2}\)[ \t]*+")
#: The fewest siblings of the run, and the least share of them written this way (two in three).
_RUN = 3
_TITLE_WORDS = 3
_SENTENCE = re.compile(r"[.!?][ \t]++[A-Z]|[.。]$")


def _noted(line: str, body: int) -> tuple[int, int] | None:
    """The title's columns in an item written ``Title [[note]](path)``, or None."""
    links = find_links(line, body)
    if not links or not all(_NOTE_LABEL.fullmatch(label.strip()) and not url.startswith(("http:", "https:", "#"))
                            for label, url, _, _ in links):
        return None
    t0 = body
    while t0 < len(line) and line[t0] in " \t*_":
        t0 += 1
    if (tag := _TAG.match(line, t0) or _DATE_OPEN.match(line, t0)) is not None:
        t0 = tag.end()
    t1 = links[0][2]
    while t1 > t0 and line[t1 - 1] in " \t*_-–:":
        t1 -= 1
    title = title_of(line[t0:t1])
    if line[links[-1][3] :].strip(" \t*_") or not title or _SENTENCE.search(title) or NOT_A_PAPER.search(title):
        return None  # (words after the notes' link, no title, a sentence, a book or a tool)
    words = len(title.split()) if title.isascii() else max(len(title.split()), len(title) // 4)
    return (t0, t1) if words >= _TITLE_WORDS and (title[:1].isupper() or title[:1].isdigit() or not title.isascii()) else None


def noted_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper in a run of siblings written ``Title [[note]](path)``: each a paper."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if len(run) < _RUN or not any(it.line in results and results[it.line] is None for it in run):
            continue
        spans = {it.line: _noted(doc.lines[it.line], it.body) if "](" in doc.lines[it.line] else None for it in run}
        if sum(s is not None for s in spans.values()) * 3 < len(run) * 2:
            continue
        for it in run:
            if (s := spans[it.line]) is None or it.line not in results or results[it.line] is not None \
                    or (found := retry(index[it.line])) is None:
                continue
            base = doc.starts[it.line]
            found.title, found.title_span = title_of(doc.lines[it.line][s[0] : s[1]]), (base + s[0], base + s[1])
            found.style["bare"] = True
            out.append(found)
    return out
