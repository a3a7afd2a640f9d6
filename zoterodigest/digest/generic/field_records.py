"""A paper written as a run of labelled fields, one list item each (a reading group's log):

::

    #### August 12, 2020
    - **Paper**: [Pre-training via Owl Calls](https://arxiv.org/abs/2006.15020)
    - **Authors**: [Ann Barn](https://twitter.com/barn), Bob Tawny
    - **Presenter**: Cy Hoot

The ``Paper`` (or ``Title``) item is the entry; the labelled items after it are its fields
(``Authors`` gives the authors) and its lines; a dated heading right above the run is its label
and its first line.

Pure: reads a :class:`~zoterodigest.digest.document.Document` only.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .found import Found
from .list_items import Item

#: A list item's text that opens with a label and a colon: ``**Paper**:``, ``Authors:``, ``**Code:**``.
_FIELD = re.compile(r"(?:\*\*|__)?(?P<label>[A-Z][A-Za-z]{1,15}(?:[ /][A-Za-z]{1,15})?)(?:\*\*|__)?[ \t]*+:(?:\*\*|__)?[ \t]")
_TITLE_LABELS = frozenset({"paper", "title", "article", "publication"})
_AUTHOR_LABELS = frozenset({"authors", "author", "by"})
#: A heading naming a date (a month or a year): the label of the record under it.
_DATED = re.compile(r"^#{1,6}[ \t].*(?:(?:19|20)\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
                    re.IGNORECASE)


def label_of(line: str, item: Item) -> str | None:
    """The item's label, lower-cased, when its text opens with one (``**Paper**:`` gives ``paper``)."""
    m = _FIELD.match(line, item.body)
    return m.group("label").lower() if m else None


def fold_fields(doc: Document, found: Found, items: list[Item], n: int) -> None:
    """When item ``n`` (read as ``found``) is a ``Paper:`` field, take the labelled items after it
    as its fields and lines, and a dated heading right above it as its first line."""
    item = items[n]
    if label_of(doc.lines[item.line], item) not in _TITLE_LABELS:
        return
    last = found.last
    for other in items[n + 1 :]:
        if other.indent != item.indent or other.line > last + 2:
            break
        label = label_of(doc.lines[other.line], other)
        if label is None or label in _TITLE_LABELS:
            break
        if label in _AUTHOR_LABELS and not found.authors:
            text = doc.lines[other.line][other.body :]
            found.authors = plain(text[text.index(":") + 1 :]).strip(" *_") or None
        last = max(last, other.end)
    if last == found.last:
        return  # (a Paper field alone: no record of fields)
    found.last = last
    if item.line > 0 and _DATED.match(doc.lines[item.line - 1]):
        found.first = item.line - 1
