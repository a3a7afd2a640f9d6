"""Linked list items among siblings that link their papers: a title linked to a host no list of hosts names.

::

    1. [Owl Calibration at Scale](https://arxiv.org/abs/2601.19944) by Ann Barn (2026)
    2. [The Owl Probability Matrix](https://zenodo.org/records/19372589) by Ann Barn (2026)   <- a paper too
    3. [A Review of Barn Regression Methods](https://proceedings.mlr.press/v266/bao25a.html) by Bob Owl (2025)

A paper may live on any site: a repository of records, a journal's own pages, a lab's server.  The
item reader takes a link as a paper's on evidence (a known host, a venue, a year beside it); the
siblings of one list share their template, so where three of them or more, two in three of the run,
were read as papers each titled by its link's text, an unread sibling written the same way (the
same markup before its link, its link's text a title of three words or more, its address a document
on the web, an article, a record or a PDF, and of no other kind: code, a video, slides, a badge) is
read again as a paper.  Pure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from ..document import Document
from .found import Found
from .item_template import sibling_runs
from .link_finder import find_links
from .links import other_class
from .list_items import Item
from .run_templates import skeleton

_LEAST = 3
#: Words by which a linked title says it is no paper (a paper's title may well name a framework, a toolkit or a dataset).
_OTHER_WORK = re.compile(r"\b(?:(?:hand|text)?books?|slides?|lectures?|tutorials?|courses?|blog|podcast|videos?|webinars?|awesome|"
                         r"user guide|manual|cheat ?sheet|chapters?|review of|introducing)\b", re.IGNORECASE)
#: An address that names a document (an article, a paper, a record, a PDF), not a site's page or a book.
_DOCUMENT = re.compile(r"(?i)/(?:articles?|papers?|abs|abstract|publications?|records?|doi|pii|paper_files|full|pdf|view|handle|"
                       r"bitstream|citation)\b|\.pdf\b")


def hosted_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                  retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper that link a title as their siblings read as papers do (see the module's text),
    read again by ``retry`` (given the item's index)."""
    del papers  # (the run readers' common signature: the siblings' template is evidence enough)
    index = {item.line: n for n, item in enumerate(items)}
    out: list[Found] = []
    for run in sibling_runs(items):
        shapes = Counter(shape for it in run if (f := results.get(it.line)) is not None and f.title
                         and (shape := _shape(doc, it, f.title)) is not None)
        if not shapes or (read := sum(shapes.values())) < _LEAST or 3 * read < 2 * len(run):
            continue
        (shape, n), = shapes.most_common(1)
        if 3 * n < 2 * read:
            continue
        for it in run:
            if results.get(it.line, 0) is None and _shape(doc, it, None) == shape and (found := retry(index[it.line])) is not None:
                out.append(found)
    return out


def _shape(doc: Document, item: Item, title: str | None) -> str | None:
    """The markup of the item before its first link, when that link's text is a title of three words or more (``title``,
    the title read, where given; else the link's address must name a document) and its address is a web page of no
    other kind than a paper's; else None."""
    line = doc.lines[item.line]
    links = find_links(line, item.body)
    if not links:
        return None
    label, url, start, _ = links[0]
    if label == "badge" or not url.startswith(("http://", "https://")) or other_class(url) is not None \
            or title is None and not _DOCUMENT.search(url):
        return None
    text = label.strip(" *_\"“”")
    if len(text.split()) < 3 or title is not None and title.strip(" *_\"“”") != text or _OTHER_WORK.search(text):
        return None
    return skeleton(line[item.body : start])
