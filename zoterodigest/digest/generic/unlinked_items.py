"""Titles not linked yet, among siblings whose titles are plain text over their links.

::

    * Owls Count Mice in the Snow at Night
      * [https://arxiv.org/abs/2101.00001](https://arxiv.org/abs/2101.00001)
    * Hoots as Tokens in Barn Networks            <- a paper, its link not added yet
    * Feathers Map the Wind over Barns
      * [https://arxiv.org/abs/2101.00003](https://arxiv.org/abs/2101.00003)

A reading list often holds the papers to read as bare titles beside those read,
whose link sits on the line below.  Where two siblings or more (a third of the
run at least) are papers written that way, a sibling whose only line is a title
of the same kind is a paper too.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from ..markup import plain
from .found import Found
from .item_template import NOT_A_PAPER, OWN_PAGE, PAPER_CONTEXT, sibling_runs
from .list_items import Item

#: A title's text: it starts with a capital or a digit and holds three words or more, no sentence's full stop.
_TITLE_TEXT = re.compile(r"[A-Z0-9][^\n]*?\S(?:[ \t]++\S++){2,39}")
_NO_TITLE = re.compile(r"[.:：;]$|^(?:the following|see|note|todo|tbd)\b|\. [A-Z]", re.IGNORECASE)


def unlinked_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                    retry: Callable[[int], Found | None]) -> list[Found]:
    """The items read as no paper that are titles alone among siblings whose papers are plain titles
    over a line of links, read again by ``retry`` (given the item's index) as papers by their titles."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        if len(run) < 3:
            continue
        over_links = sum(1 for it in run if _title_over_links(doc, it, results.get(it.line)))
        if over_links < 2 or over_links * 3 < len(run):
            continue
        for it in run:
            if it.line in results and results[it.line] is None and _bare_title(doc, it) \
                    and (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                out.append(found)
    return out


def labelled_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                    retry: Callable[[int], Found | None]) -> list[Found]:
    """The items of a run under a short label naming papers (``**Sample papers:**``, ``Readings:``) whose
    every item is a paper read already or a title alone: the label says what the titles are."""
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        k = run[0].line - 1
        while k >= 0 and not doc.lines[k].strip():
            k -= 1
        label = plain(doc.lines[k]).strip() if k >= 0 and not doc.fenced[k] else ""
        if not label.endswith((":", "：")) or len(label.split()) > 5 or not PAPER_CONTEXT.search(label) \
                or any(it.line <= k for it in items if it.line < run[0].line and it.end >= k):
            continue  # (no label of papers; or the label is an item of its own)
        bare = [it for it in run if it.line in results and results[it.line] is None]
        if not bare or not all(_bare_title(doc, it) for it in bare):
            continue
        for it in bare:
            if (found := retry(index[it.line])) is not None:
                found.style["bare"] = True
                out.append(found)
    return out


def _title_over_links(doc: Document, item: Item, found: Found | None) -> bool:
    """A paper whose first line is its title, no link on it, and whose links are on the lines under it."""
    line = doc.lines[item.line]
    return found is not None and found.first == item.line and bool(found.ident.papers) \
        and "](" not in line and "http" not in line and found.last > item.line


def _bare_title(doc: Document, item: Item) -> bool:
    """An item of one line, no link, no sub-item: a title's text and nothing else."""
    if item.end != item.line:
        return False
    text = doc.lines[item.line][item.body :].strip()
    return "](" not in text and "http" not in text and _TITLE_TEXT.fullmatch(text) is not None \
        and _NO_TITLE.search(text) is None \
        and (len(text.split()) >= 6 or NOT_A_PAPER.search(text) is None and OWN_PAGE.search(text) is None)
    # ("A Benchmark Dataset for ...": a title of six words or more may name what a short one says it is)
