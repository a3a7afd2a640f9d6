"""Items that open with a year and a venue before a dash, then a title (``**2022 Nature** - Title``,
``_**2021 Clinical Chem.**_ - Title``, ``✅ **2024 Clinical Med** - Title``), read as no paper for want of a link:
where the document writes five items so or more (its linked papers among them), each such item is a paper, one
alone under its label too.  Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..document import Document
from ..markup import plain
from .dated_leads import dated_lead
from .found import Found
from .list_items import Item

#: Marks before an item's text: ticks, stars, emphasis.
_MARKS = re.compile(r"[^\w\[]*+")
#: How many items of the document open so before one with no link is taken as a paper.
_DOCUMENT_LEAST = 5


def _title(doc: Document, item: Item) -> str | None:
    """The item's title after its year and venue, or None when it opens otherwise."""
    text = plain(doc.lines[item.line][item.body :])
    text = text[_MARKS.match(text).end() :]  # type: ignore[union-attr]
    lead = dated_lead(text)
    return text[lead[0] :].strip().rstrip(".") if lead is not None else None


def dated_titles(doc: Document, items: Sequence[Item], results: dict[int, Found | None],
                 retry: Callable[[int], Found | None], papers: bool = False) -> list[Found]:
    """The items read as no paper, one line and no link, opening with a year and a venue before a dash, in a
    document of five such items or more (``retry`` reads item ``n`` again)."""
    del papers  # (the run readers' common signature: the document's template is evidence enough)
    dated = [n for n, it in enumerate(items) if it.end == it.line and _title(doc, it) is not None]
    if len(dated) < _DOCUMENT_LEAST:
        return []
    out: list[Found] = []
    for n in dated:
        item, line = items[n], doc.lines[items[n].line]
        if item.line in results and results[item.line] is None and "](" not in line and "http" not in line \
                and (found := retry(n)) is not None:
            found.title = _title(doc, item) or found.title  # (not the emphasis a template's retry takes: "_**2021 Clin. Chem.**_")
            at = line.find(found.title, item.body)
            found.title_span = (doc.starts[item.line] + at, doc.starts[item.line] + at + len(found.title)) if at >= 0 else None
            found.style["bare"] = True
            out.append(found)
    return out
