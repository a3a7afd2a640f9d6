"""A paper written as a run of labelled fields, one list item each (a reading group's log):

::

    #### August 12, 2020
    - **Paper**: [Pre-training via Owl Calls](https://arxiv.org/abs/2006.15020)
    - **Authors**: [Ann Barn](https://twitter.com/barn), Bob Tawny
    - **Presenter**: Cy Hoot

The ``Paper`` (or ``Title``) item is the entry; the labelled items after it are its fields
(``Authors`` gives the authors) and its lines; a dated heading right above the run is its label
and its first line.  Labelled items right before it (a generated feed's ``- arXiv: 2601.22194v1``
over ``- Title: ...``) are fields of the same record: their lines and ids are the entry's.

Pure: reads a :class:`~zoterodigest.digest.document.Document` only.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain
from .found import Found
from .line_heads import add_links
from .list_items import Item

#: A list item's text that opens with a label and a colon: ``**Paper**:``, ``Authors:``, ``**Code:**``.
_FIELD = re.compile(r"(?:\*\*|__)?(?P<label>(?:[A-Z][A-Za-z]{1,15}|arXiv)(?:[ /][A-Za-z]{1,15})?)(?:[ \t]++\([^()\n]{1,20}\))?(?:\*\*|__)?[ \t]*+:(?:\*\*|__)?[ \t]")
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



def field_runs(doc: Document, items: list[Item]) -> list[tuple[int, int, int]]:
    """(first, title, last) item indexes of each run of labelled items (same indent, no blank line
    between) holding one title-labelled item and another field at least."""
    out: list[tuple[int, int, int]] = []
    for n, item in enumerate(items):
        if label_of(doc.lines[item.line], item) not in _TITLE_LABELS:
            continue
        first = last = n
        while first > 0 and _same_run(doc, items[first - 1], items[first]):
            first -= 1
        while last + 1 < len(items) and _same_run(doc, items[last + 1], items[last], after=True):
            last += 1
        if first < last:
            out.append((first, n, last))
    return out


def _same_run(doc: Document, other: Item, item: Item, after: bool = False) -> bool:
    """Whether ``other``, right before (or ``after``) ``item``, is another field of its record."""
    a, b = (item, other) if after else (other, item)
    return other.indent == item.indent and a.end + 1 == b.line \
        and (label := label_of(doc.lines[other.line], other)) is not None and label not in _TITLE_LABELS


def merge_field_runs(doc: Document, items: list[Item], found: list[Found]) -> list[Found]:
    """One entry per record of fields (a generated feed's ``- arXiv: 2601.22194v1`` / ``- Title: ...`` /
    ``- Links: abs=...``): the entry read at the title item takes the record's lines and the ids its
    other fields write, and entries read at those fields are dropped."""
    drop: set[int] = set()
    for first, n, last in field_runs(doc, items):
        lo, hi, at = items[first].line, items[last].end, items[n].line
        owner = next((f for f in found if f.first <= at <= f.last and f.title), None)
        if owner is None:
            continue
        for it in items[first : last + 1]:
            if it is not items[n]:
                add_links(owner.ident, doc.text_of(it.line, it.end))
        drop.update(id(f) for f in found if f is not owner and lo <= f.first <= hi)
        owner.first, owner.last = min(owner.first, lo), max(owner.last, hi)
    return [f for f in found if id(f) not in drop] if drop else found


#: A sub-item's label and colon (``- Proceedings: ...``, ``- **Preprint**: [bioRxiv](url)``), and the labels of a paper's fields.
_FIELD_ITEM = re.compile(r"(?:\*\*|__|\*|_)?+(?P<l>[A-Za-z][A-Za-z]*+(?:[ \t][a-z]++)?)(?:(?:\*\*|__|\*|_)?+[ \t]*+[:：]"
                         r"|[:：](?:\*\*|__|\*|_))")  # ("**Venue**:", "*Published in:*")
_RECORD_FIELDS = frozenset({"proceedings", "preprint", "journal", "conference", "published", "published in", "publication",
                            "venue", "slides", "video", "poster", "project page", "authors", "paper link", "pdf"})


def field_item(text: str) -> bool:
    """A sub-item that is one of the paper's fields by its label (``Proceedings: ...``, ``**Preprint**: [bioRxiv](url)``)."""
    label = _FIELD_ITEM.match(text)
    return label is not None and label.group("l").lower() in _RECORD_FIELDS
