"""A list's own announcements: the sentences of a news section (``Our paper X has been accepted``,
``2024/05/24: Title``) and the lines of a collapsed news card (``<details><summary>🔔 News</summary>``),
which name the maintainers' papers as news, not as entries of the list.

Pure: reads a :class:`~zoterodigest.digest.document.Document` only.
"""

from __future__ import annotations

import re

from ..document import Document
from ..markup import plain

NEWS = re.compile(r"\b(?:news|updates?|changelog|what'?s new)\b", re.IGNORECASE)
#: A news item dated first ("2024-05-24: Title", "[2024.05] - Title").
DATED_ITEM = re.compile(r"^\W*+\[?(?:19|20)\d{2}[./-]\d{1,2}(?:[./-]\d{1,2})?\]?[ \t]*+[:：\-–—]")
#: A sentence announcing something ("We release ...", "Our paper ... is accepted").
NEWS_SENTENCE = re.compile(r"^\W*+(?:[\d./-]++\W*+)?(?:we|our|i|congrat\w*|new|release[sd]?|check out|adds?|added|fix(?:e[sd])?|"
                           r"updated?|supports?|supported|removed?|improved?|merged?|bump(?:ed)?)\b"
                           r"|\b(?:accepted|released|published|awarded|won)\b", re.IGNORECASE)

_DETAILS = re.compile(r"<(/?)details\b", re.IGNORECASE)
#: A card's summary that is a news label and nothing else (emoji and pointers around it).
_NEWS_SUMMARY = re.compile(r"<summary(?:[ \t][^>]*+)?>[^\w<]*+(?:<[a-z]++>[ \t]*+)?(?:latest[ \t]++)?(?:news|updates?|changelog|what'?s[ \t]++new)"
                           r"[^\w<]*+(?:</[a-z]++>[^\w<]*+)?</summary>", re.IGNORECASE)
#: How many lines after ``<details>`` its summary may open.
_SUMMARY_WITHIN = 2


def hide_news(doc: Document, hidden: bytearray) -> bytearray:
    """``hidden`` (1 for a line no reader reads) with the announcements of every ``<details>`` card whose
    summary says it holds news (to its ``</details>``, nested cards inside): there a line announcing a
    paper ("Our paper [Title](url) has been accepted") is news, not an entry of the list."""
    i, n = 0, len(doc.lines)
    while i < n:
        if "<" in (line := doc.lines[i]) and "<details" in line.lower() and not doc.fenced[i] and _is_news(doc, i):
            end = _card_end(doc, i)
            for k in range(i, end + 1):
                if not hidden[k] and news_item(plain(doc.lines[k]), True):
                    hidden[k] = 1
            i = end
        i += 1
    return hidden


def _is_news(doc: Document, i: int) -> bool:
    for k in range(i, min(i + _SUMMARY_WITHIN + 1, len(doc.lines))):
        if "<summary" in doc.lines[k].lower():
            return _NEWS_SUMMARY.search(doc.lines[k]) is not None
    return False


def _card_end(doc: Document, i: int) -> int:
    """The line closing the card opened at ``i`` (the last line when none does)."""
    depth = 0
    for k in range(i, len(doc.lines)):
        if "<" not in doc.lines[k] or "details" not in doc.lines[k].lower():
            continue
        for m in _DETAILS.finditer(doc.lines[k]):
            depth += -1 if m.group(1) else 1
            if depth == 0:
                return k
    return len(doc.lines) - 1


def news_item(text: str, news_section: bool) -> bool:
    """Whether a record's plain first line is news: an announcing sentence, or under a news heading
    a dated item."""
    return NEWS_SENTENCE.search(text) is not None or (news_section and DATED_ITEM.match(text) is not None)


#: A DOI a journal gives its news pieces, not its papers (Nature's ``10.1038/d41586-...``).
_NEWS_DOI = re.compile(r"10\.1038/d41586-")


def news_doi(doi: str | None) -> bool:
    """Whether ``doi`` names a journal's news piece: in a section of news stories, no paper."""
    return doi is not None and _NEWS_DOI.match(doi) is not None
